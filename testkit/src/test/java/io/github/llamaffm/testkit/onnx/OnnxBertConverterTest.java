package io.github.llamaffm.testkit.onnx;

import io.github.llamaffm.ContextParams;
import io.github.llamaffm.gguf.GgmlType;
import io.github.llamaffm.gguf.GgufFile;
import io.github.llamaffm.gguf.GgufTensorInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The converter on a tiny BERT built as PyTorch's exporter lays one out ({@link TinyBert}). */
class OnnxBertConverterTest {
    @TempDir
    Path dir;

    private Path onnx(byte[] bytes) throws Exception {
        return Files.write(dir.resolve("model.onnx"), bytes);
    }

    private Path tokenizer(String json) throws Exception {
        return Files.writeString(dir.resolve("tokenizer.json"), json);
    }

    @Test
    void writesLlamaCppsBertTensorsAndKeys() throws Exception {
        TinyBert bert = new TinyBert();
        Path gguf = dir.resolve("tiny.gguf");
        OnnxBertConverter.Result r = OnnxBertConverter.convert(onnx(bert.build()), tokenizer(TinyBert.tokenizerJson()),
                gguf, "tiny", ContextParams.Pooling.MEAN);
        assertEquals(new OnnxBertConverter.Result(TinyBert.LAYERS, TinyBert.EMBD, TinyBert.FF, TinyBert.HEADS,
                TinyBert.POSITIONS, TinyBert.VOCAB, 2, TinyBert.EPS), r);

        try (GgufFile f = GgufFile.read(gguf)) {
            assertEquals("bert", f.getString("general.architecture"));
            assertEquals("tiny", f.getString("general.name"));
            assertEquals(TinyBert.LAYERS, f.getInt("bert.block_count"));
            assertEquals(TinyBert.POSITIONS, f.getInt("bert.context_length"));
            assertEquals(TinyBert.EMBD, f.getInt("bert.embedding_length"));
            assertEquals(TinyBert.FF, f.getInt("bert.feed_forward_length"));
            assertEquals(TinyBert.HEADS, f.getInt("bert.attention.head_count"));
            assertEquals(TinyBert.EPS, f.getFloat("bert.attention.layer_norm_epsilon"));
            assertFalse(f.getBool("bert.attention.causal"));
            assertEquals(1, f.getInt("bert.pooling_type"));
            assertEquals(0, f.getInt("general.file_type"));

            assertEquals("bert", f.getString("tokenizer.ggml.model"));
            assertEquals(List.of("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "\u2581hello", "\u2581world", "s",
                    "\u2581a\u00e9", "\u2581!"), f.getArray("tokenizer.ggml.tokens").toStringList());
            int[] types = new int[TinyBert.VOCAB];
            for (int i = 0; i < types.length; i++) types[i] = f.getArray("tokenizer.ggml.token_type").getInt(i);
            assertArrayEquals(new int[] {3, 3, 3, 3, 3, 1, 1, 1, 1, 1}, types);
            assertEquals(2, f.getInt("tokenizer.ggml.token_type_count"));
            assertEquals(2, f.getInt("tokenizer.ggml.cls_token_id"));
            assertEquals(2, f.getInt("tokenizer.ggml.bos_token_id"));
            assertEquals(3, f.getInt("tokenizer.ggml.seperator_token_id"));
            assertEquals(3, f.getInt("tokenizer.ggml.eos_token_id"));
            assertEquals(1, f.getInt("tokenizer.ggml.unknown_token_id"));
            assertEquals(0, f.getInt("tokenizer.ggml.padding_token_id"));
            assertEquals(4, f.getInt("tokenizer.ggml.mask_token_id"));
            assertTrue(f.getBool("tokenizer.ggml.add_bos_token"));
            assertTrue(f.getBool("tokenizer.ggml.add_eos_token"));
            assertFalse(f.getBool("tokenizer.ggml.add_sep_token"));
            assertTrue(f.getBool("tokenizer.ggml.normalizer.lowercase"));
            assertFalse(f.containsKey("tokenizer.ggml.normalizer.strip_accents"), "null in the file: follows lowercase");

            Set<String> expected = new TreeSet<>(List.of("token_embd.weight", "position_embd.weight", "token_types.weight",
                    "token_embd_norm.weight", "token_embd_norm.bias"));
            for (int l = 0; l < TinyBert.LAYERS; l++) {
                for (String t : List.of("attn_q", "attn_k", "attn_v", "attn_output", "attn_output_norm", "ffn_up",
                        "ffn_down", "layer_output_norm")) {
                    expected.add("blk." + l + "." + t + ".weight");
                    expected.add("blk." + l + "." + t + ".bias");
                }
            }
            Set<String> names = new TreeSet<>();
            for (GgufTensorInfo t : f.tensors()) {
                names.add(t.name());
                assertEquals(GgmlType.F32, t.type().orElseThrow(), t.name());
            }
            assertEquals(expected, names);

            // embeddings keep their rows: ONNX [vocab, embd] is ggml [embd, vocab]
            assertArrayEquals(new long[] {TinyBert.EMBD, TinyBert.VOCAB}, f.tensor("token_embd.weight").orElseThrow().shape());
            assertArrayEquals(bert.values.get("embeddings.word_embeddings.weight"), f.readTensorFloats("token_embd.weight"));
            assertArrayEquals(bert.values.get("encoder.layer.1.output.LayerNorm.bias"),
                    f.readTensorFloats("blk.1.layer_output_norm.bias"));
            // a linear weight [in, out] becomes PyTorch's [out, in] rows: ggml [in, out], element (i, o) at o * in + i
            assertArrayEquals(new long[] {TinyBert.EMBD, TinyBert.FF}, f.tensor("blk.1.ffn_up.weight").orElseThrow().shape());
            float[] onnxUp = bert.values.get("encoder.layer.1.intermediate.dense.weight.onnx");
            float[] up = f.readTensorFloats("blk.1.ffn_up.weight");
            for (int i = 0; i < TinyBert.EMBD; i++) {
                for (int o = 0; o < TinyBert.FF; o++) assertEquals(onnxUp[i * TinyBert.FF + o], up[o * TinyBert.EMBD + i]);
            }
            assertArrayEquals(new long[] {TinyBert.FF, TinyBert.EMBD}, f.tensor("blk.0.ffn_down.weight").orElseThrow().shape());
        }
    }

    @Test
    void refusesWhatItCannotConvert() throws Exception {
        Path model = onnx(new TinyBert().build());
        Path out = dir.resolve("x.gguf");
        String json = TinyBert.tokenizerJson();
        assertThrows(IllegalArgumentException.class, () -> OnnxBertConverter.convert(model, tokenizer(json), out, "x", ContextParams.Pooling.RANK));
        assertThrows(NullPointerException.class, () -> OnnxBertConverter.convert(model, tokenizer(json), out, null, ContextParams.Pooling.MEAN));

        // a tokenizer of another size than the embeddings
        String bigger = json.replace("\"!\": 9}", "\"!\": 9, \"extra\": 10}");
        assertMessage("10 token embeddings but the tokenizer 11", () -> OnnxBertConverter.convert(model, tokenizer(bigger), out, "x", ContextParams.Pooling.MEAN));
        // a BPE tokenizer
        String bpe = json.replace("\"type\": \"WordPiece\", \"unk_token\"", "\"type\": \"BPE\", \"unk_token\"");
        assertMessage("is not WordPiece", () -> OnnxBertConverter.convert(model, tokenizer(bpe), out, "x", ContextParams.Pooling.MEAN));
        // two tokens on one id
        String dup = json.replace("\"!\": 9", "\"!\": 8");
        assertMessage("share id 8", () -> OnnxBertConverter.convert(model, tokenizer(dup), out, "x", ContextParams.Pooling.MEAN));
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void refusesAGraphWithoutWhatBertNeeds() throws Exception {
        Path tok = tokenizer(TinyBert.tokenizerJson());
        Path out = dir.resolve("x.gguf");
        byte[] model = new TinyBert().build();
        // no reshape of the query into heads: the head count is nowhere
        assertMessage("cannot tell the head count", () -> OnnxBertConverter.convert(
                onnx(replace(model, "Reshape", "Reshapx")), tok, out, "x", ContextParams.Pooling.MEAN));
        // a norm renamed out of BERT's names
        assertMessage("has no llama.cpp BERT tensor", () -> OnnxBertConverter.convert(
                onnx(replace(model, "encoder.layer.1.output.LayerNorm", "encoder.layer.1.output.LayerNorX")), tok, out, "x", ContextParams.Pooling.MEAN));
        // a linear layer's bias renamed: nothing says whose weight the MatMul's is
        assertMessage("gets no named bias", () -> OnnxBertConverter.convert(
                onnx(replace(model, "encoder.layer.1.output.dense.bias", "encoder.layer.1.output.dense.beta")), tok, out, "x", ContextParams.Pooling.MEAN));
        // a layer missing: layer 1's query weight renamed to layer 7's
        assertMessage("no tensor for llama.cpp's 'blk.1.attn_q.weight'", () -> OnnxBertConverter.convert(
                onnx(replace(model, "encoder.layer.1.attention.self.query", "encoder.layer.7.attention.self.query")), tok, out, "x", ContextParams.Pooling.MEAN));
        // GELU replaced
        assertMessage("not BERT's activation", () -> OnnxBertConverter.convert(
                onnx(replace(model, "Erf", "Tan")), tok, out, "x", ContextParams.Pooling.MEAN));
        assertFalse(Files.exists(out), "nothing written");
    }

    /** The same bytes with one ASCII string replaced by another of the same length. */
    static byte[] replace(byte[] data, String from, String to) {
        assertEquals(from.length(), to.length());
        byte[] f = from.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] out = data.clone();
        int n = 0;
        outer:
        for (int i = 0; i + f.length <= out.length; i++) {
            for (int j = 0; j < f.length; j++) if (out[i + j] != f[j]) continue outer;
            System.arraycopy(to.getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, out, i, f.length);
            n++;
        }
        assertTrue(n > 0, "no '" + from + "' in the data");
        return out;
    }

    private static void assertMessage(String part, org.junit.jupiter.api.function.Executable e) {
        OnnxFormatException x = assertThrows(OnnxFormatException.class, e);
        assertTrue(x.getMessage().contains(part), x.getMessage());
    }
}
