package io.github.llamaffm.testkit;

import io.github.llamaffm.gguf.GgmlType;
import io.github.llamaffm.gguf.GgufFormatException;
import io.github.llamaffm.gguf.GgufValue;
import io.github.llamaffm.gguf.GgufWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A llama-architecture model with seeded random weights and a real tokenizer, written as GGUF for
 * tests and benchmarks. The tokenizer is copied verbatim from a llama.cpp vocabulary file (every
 * {@code tokenizer.*} key of, for example, {@code models/ggml-vocab-llama-bpe.gguf}); the vocabulary
 * size is that file's token count. The weights give real speed and deterministic output, not
 * sensible text.
 *
 * <pre>{@code
 * RandomLlamaModel.tiny()
 *     .vocabulary(Path.of(".../models/ggml-vocab-llama-spm.gguf"))
 *     .seed(42)
 *     .build()
 *     .write(Path.of("tiny.gguf"));
 * }</pre>
 *
 * <p>The file has the keys and tensors llama.cpp reads for {@code LLM_ARCH_LLAMA}
 * ({@code src/models/llama.cpp}, {@code src/llama-arch.cpp}): {@code general.architecture},
 * {@code general.name}, {@code general.file_type}, {@code llama.vocab_size},
 * {@code llama.context_length}, {@code llama.embedding_length}, {@code llama.block_count},
 * {@code llama.feed_forward_length}, {@code llama.attention.head_count},
 * {@code llama.attention.head_count_kv}, {@code llama.attention.layer_norm_rms_epsilon},
 * {@code llama.rope.freq_base}, {@code llama.rope.dimension_count}; tensors (shapes in ggml order,
 * {@code ne0} first) {@code token_embd.weight [n_embd, n_vocab]}, per block {@code blk.N.attn_norm
 * [n_embd]}, {@code attn_q [n_embd, n_embd]}, {@code attn_k} and {@code attn_v [n_embd,
 * head_dim * n_head_kv]}, {@code attn_output [n_embd, n_embd]}, {@code ffn_norm [n_embd]},
 * {@code ffn_gate} and {@code ffn_up [n_embd, n_ff]}, {@code ffn_down [n_ff, n_embd]}; then
 * {@code output_norm.weight [n_embd]} and, unless embeddings are tied, {@code output.weight
 * [n_embd, n_vocab]}.
 *
 * <p><b>Qwen2-VL text models.</b> With {@link Builder#mrope(int, int, int)} (or from
 * {@link #qwen2vlTiny()}) the file is a {@code qwen2vl} model instead ({@code src/models/qwen2vl.cpp}):
 * the same keys under {@code qwen2vl.}, plus {@code qwen2vl.rope.dimension_sections} (int32 array
 * of 4: temporal, height, width, 0), and per block the q/k/v biases of Qwen2 ({@code attn_q.bias
 * [n_embd]}, {@code attn_k.bias} and {@code attn_v.bias [head_dim * n_head_kv]}, F32, random). Its
 * rope is M-RoPE, so libmtmd gives an image fewer positions than tokens
 * ({@link RandomQwen2VlProjector} writes a matching projector). {@link Builder#controlToken(int, String)}
 * puts a model family's special tokens (Qwen2-VL's {@code <|vision_start|>}) into placeholder slots
 * of the vocabulary file.
 *
 * <p>Weights: matrices in the chosen type (F32, F16 or BF16), approximately normal with mean 0 and
 * standard deviation {@link Builder#weightStd(float)} (default 0.02; each value a sum of four
 * uniforms, so bounded at 3.5 standard deviations); norm weights are 1.0 in F32. Every tensor's data
 * depends only on the seed and the tensor's name, and is generated in parallel chunks and streamed
 * to disk, so writing the Llama-3.2-1B shape (about 5 GB in F32) needs little memory. The same
 * settings and seed always give a byte-identical file.
 *
 * <p>Instances are immutable and may be shared between threads.
 *
 * <p>This class describes the model; the architecture's keys and tensor table, the generation of
 * the weights and the reading of the vocabulary file are package-private classes of their own.
 */
public final class RandomLlamaModel {
    /** Qwen2-VL's tokenizer: the vision tokens in the slots the qwen2 vocabulary file leaves as placeholders. */
    private static final Map<Integer, String> QWEN2VL_TOKENS = Map.of(151652, "<|vision_start|>", 151653, "<|vision_end|>",
            151654, "<|vision_pad|>", 151655, "<|image_pad|>", 151656, "<|video_pad|>");

    private final Path vocabulary;
    private final LlamaSettings settings;
    private final VocabularyFile vocab;

    private RandomLlamaModel(Path vocabulary, LlamaSettings settings, VocabularyFile vocab) {
        this.vocabulary = vocabulary;
        this.settings = settings;
        this.vocab = vocab;
    }

    /**
     * Starts a builder with the {@link #tiny()} shape and no vocabulary.
     *
     * @return a new builder; {@link Builder#vocabulary(Path)} must be set before {@code build()}
     */
    public static Builder builder() {
        return tiny();
    }

    /**
     * Starts a builder with a tiny shape that loads and runs in milliseconds: 64 embedding, 2
     * blocks, 4 heads, 2 KV heads, feed-forward 128, context 512, rope base 10000, RMS epsilon
     * 1e-5, F32, separate output matrix, seed 0.
     *
     * @return a new builder; {@link Builder#vocabulary(Path)} must be set before {@code build()}
     */
    public static Builder tiny() {
        return new Builder().name("random-llama-tiny").embeddingLength(64).feedForwardLength(128).blockCount(2)
                .headCount(4).headCountKv(2).contextLength(512).ropeFreqBase(10000f).rmsEps(1e-5f)
                .tensorType(GgmlType.F32).tiedEmbeddings(false);
    }

    /**
     * Starts a builder with the shape of Llama 3.2 1B: 2048 embedding, 16 blocks, 32 heads, 8 KV
     * heads, feed-forward 8192, training context 131072, rope base 500000, RMS epsilon 1e-5, tied
     * embeddings, F16. With the llama-bpe vocabulary (128256 tokens) that is 1.24 billion
     * parameters, about 2.5 GB in F16 (5 GB in F32).
     *
     * @return a new builder; {@link Builder#vocabulary(Path)} must be set before {@code build()}
     */
    public static Builder llama32_1b() {
        return new Builder().name("random-llama-3.2-1b").embeddingLength(2048).feedForwardLength(8192).blockCount(16)
                .headCount(32).headCountKv(8).contextLength(131072).ropeFreqBase(500000f).rmsEps(1e-5f)
                .tensorType(GgmlType.F16).tiedEmbeddings(true);
    }

    /**
     * Starts a builder for a tiny Qwen2-VL text model: the {@link #tiny()} shape (head dimension 16)
     * with architecture {@code qwen2vl}, M-RoPE sections 2, 3, 3 (of the 8 rotated pairs) and q/k/v
     * biases; with the qwen2 vocabulary ({@code models/ggml-vocab-qwen2.gguf}) give it Qwen2-VL's
     * vision tokens with {@link Builder#qwen2vlTokens()}.
     *
     * @return a new builder; {@link Builder#vocabulary(Path)} must be set before {@code build()}
     */
    public static Builder qwen2vlTiny() {
        return tiny().name("random-qwen2vl-tiny").mrope(2, 3, 3);
    }

    // ---------------------------------------------------------------- facts

    /**
     * Returns the architecture written as {@code general.architecture}.
     *
     * @return {@code llama}, or {@code qwen2vl} for a model with M-RoPE sections
     */
    public String architecture() {
        return settings.architecture();
    }

    /**
     * Returns the M-RoPE sections of a Qwen2-VL model.
     *
     * @return a copy of the 4 sections (temporal, height, width, 0), or {@code null} for a llama model
     */
    public int[] ropeSections() {
        return settings.ropeSections();
    }

    /**
     * Returns the vocabulary file the tokenizer was copied from.
     *
     * @return the path given to the builder
     */
    public Path vocabulary() {
        return vocabulary;
    }

    /**
     * Returns the model name written as {@code general.name}.
     *
     * @return the name
     */
    public String name() {
        return settings.name();
    }

    /**
     * Returns the number of tokens: the length of the vocabulary's {@code tokenizer.ggml.tokens}.
     *
     * @return the vocabulary size
     */
    public int vocabSize() {
        return vocab.vocabSize();
    }

    /**
     * Returns the embedding length ({@code n_embd}).
     *
     * @return the embedding length
     */
    public int embeddingLength() {
        return settings.embeddingLength();
    }

    /**
     * Returns the feed-forward length ({@code n_ff}).
     *
     * @return the feed-forward length
     */
    public int feedForwardLength() {
        return settings.feedForwardLength();
    }

    /**
     * Returns the number of transformer blocks ({@code n_layer}).
     *
     * @return the block count
     */
    public int blockCount() {
        return settings.blockCount();
    }

    /**
     * Returns the number of attention heads.
     *
     * @return the head count
     */
    public int headCount() {
        return settings.headCount();
    }

    /**
     * Returns the number of key/value heads (grouped-query attention).
     *
     * @return the KV head count
     */
    public int headCountKv() {
        return settings.headCountKv();
    }

    /**
     * Returns the size of one head: embedding length / head count, also the rope dimension count.
     *
     * @return the head dimension
     */
    public int headDim() {
        return settings.headDim();
    }

    /**
     * Returns the training context length written as {@code llama.context_length}.
     *
     * @return the context length
     */
    public int contextLength() {
        return settings.contextLength();
    }

    /**
     * Returns the rope frequency base.
     *
     * @return the rope base
     */
    public float ropeFreqBase() {
        return settings.ropeFreqBase();
    }

    /**
     * Returns the RMS norm epsilon.
     *
     * @return the epsilon
     */
    public float rmsEps() {
        return settings.rmsEps();
    }

    /**
     * Returns the seed of the weights.
     *
     * @return the seed
     */
    public long seed() {
        return settings.seed();
    }

    /**
     * Returns the type of the weight matrices (norm weights are always F32).
     *
     * @return F32, F16 or BF16
     */
    public GgmlType tensorType() {
        return settings.tensorType();
    }

    /**
     * Tells whether the output projection reuses the token embeddings (no {@code output.weight}).
     *
     * @return {@code true} when embeddings are tied
     */
    public boolean tiedEmbeddings() {
        return settings.tiedEmbeddings();
    }

    /**
     * Returns the standard deviation of the random weights.
     *
     * @return the standard deviation
     */
    public float weightStd() {
        return settings.weightStd();
    }

    /**
     * Returns the tokenizer metadata copied from the vocabulary file, with the control tokens the
     * builder set ({@link Builder#controlToken(int, String)}).
     *
     * @return an unmodifiable map of every {@code tokenizer.*} key, in that file's order
     */
    public Map<String, GgufValue> tokenizerMetadata() {
        return vocab.tokenizer();
    }

    /**
     * Returns the number of parameters (elements of all tensors).
     *
     * @return the parameter count
     */
    public long parameterCount() {
        return LlamaLayout.tensors(settings, vocab.vocabSize()).stream().mapToLong(LlamaLayout.Entry::elements).sum();
    }

    /** The validated settings, for the layout of an adapter. */
    LlamaSettings settings() {
        return settings;
    }

    // ---------------------------------------------------------------- writing

    /**
     * Writes the model, as {@code newWriter().write(path)}.
     *
     * @param path the file to write (replaced if it exists)
     * @throws IOException when writing fails
     */
    public void write(Path path) throws IOException {
        newWriter().write(path);
    }

    /**
     * Returns a writer holding this model's metadata and its tensors as streamed sources, so that a
     * caller can add or change metadata (a chat template, say) before writing. The random data is
     * generated during {@link GgufWriter#write(Path)}.
     *
     * @return a new writer, owned by the caller
     */
    public GgufWriter newWriter() {
        GgufWriter w = new GgufWriter();
        LlamaLayout.putMetadata(w, settings, vocab.vocabSize());
        w.putAll(vocab.tokenizer());
        for (LlamaLayout.Entry t : LlamaLayout.tensors(settings, vocab.vocabSize())) {
            w.addTensor(t.name(), t.type(settings), t.shape(), RandomWeights.of(settings, t));
        }
        return w;
    }

    // ---------------------------------------------------------------- builder

    /**
     * Collects the settings of a {@link RandomLlamaModel}. Start from {@link RandomLlamaModel#tiny()}
     * or {@link RandomLlamaModel#llama32_1b()}; every setter returns this builder. Not thread-safe.
     */
    public static final class Builder {
        private Path vocabulary;
        private String name = "random-llama";
        private int embeddingLength;
        private int feedForwardLength;
        private int blockCount;
        private int headCount;
        private int headCountKv;
        private int contextLength;
        private float ropeFreqBase = 10000f;
        private float rmsEps = 1e-5f;
        private long seed;
        private GgmlType tensorType = GgmlType.F32;
        private boolean tiedEmbeddings;
        private float weightStd = 0.02f;
        private int[] ropeSections;
        private final Map<Integer, String> controlTokens = new TreeMap<>();

        private Builder() {
        }

        /**
         * Sets the vocabulary file whose {@code tokenizer.*} metadata is copied, such as llama.cpp's
         * {@code models/ggml-vocab-llama-bpe.gguf}. Required.
         *
         * @param vocabFile a GGUF file with a {@code tokenizer.ggml.tokens} array
         * @return this builder
         */
        public Builder vocabulary(Path vocabFile) {
            this.vocabulary = Objects.requireNonNull(vocabFile, "vocabFile");
            return this;
        }

        /**
         * Sets the model name written as {@code general.name}.
         *
         * @param name the name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Sets the embedding length ({@code n_embd}); a multiple of the head count.
         *
         * @param n the embedding length, positive
         * @return this builder
         */
        public Builder embeddingLength(int n) {
            this.embeddingLength = n;
            return this;
        }

        /**
         * Sets the feed-forward length ({@code n_ff}).
         *
         * @param n the feed-forward length, positive
         * @return this builder
         */
        public Builder feedForwardLength(int n) {
            this.feedForwardLength = n;
            return this;
        }

        /**
         * Sets the number of transformer blocks.
         *
         * @param n the block count, positive
         * @return this builder
         */
        public Builder blockCount(int n) {
            this.blockCount = n;
            return this;
        }

        /**
         * Sets the number of attention heads.
         *
         * @param n the head count, positive
         * @return this builder
         */
        public Builder headCount(int n) {
            this.headCount = n;
            return this;
        }

        /**
         * Sets the number of key/value heads; the head count must be a multiple of it.
         *
         * @param n the KV head count, positive
         * @return this builder
         */
        public Builder headCountKv(int n) {
            this.headCountKv = n;
            return this;
        }

        /**
         * Sets the training context length written as {@code llama.context_length}.
         *
         * @param n the context length, positive
         * @return this builder
         */
        public Builder contextLength(int n) {
            this.contextLength = n;
            return this;
        }

        /**
         * Sets the rope frequency base.
         *
         * @param base the base, positive
         * @return this builder
         */
        public Builder ropeFreqBase(float base) {
            this.ropeFreqBase = base;
            return this;
        }

        /**
         * Sets the RMS norm epsilon.
         *
         * @param eps the epsilon, positive
         * @return this builder
         */
        public Builder rmsEps(float eps) {
            this.rmsEps = eps;
            return this;
        }

        /**
         * Sets the seed of the random weights.
         *
         * @param seed any value
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Sets the type of the weight matrices; norm weights stay F32.
         *
         * @param type F32, F16 or BF16
         * @return this builder
         */
        public Builder tensorType(GgmlType type) {
            this.tensorType = Objects.requireNonNull(type, "type");
            return this;
        }

        /**
         * Sets whether the output projection reuses the token embeddings (then no
         * {@code output.weight} is written).
         *
         * @param tied {@code true} to tie
         * @return this builder
         */
        public Builder tiedEmbeddings(boolean tied) {
            this.tiedEmbeddings = tied;
            return this;
        }

        /**
         * Sets the standard deviation of the random weights (default 0.02).
         *
         * @param std the standard deviation, finite and not negative
         * @return this builder
         */
        public Builder weightStd(float std) {
            this.weightStd = std;
            return this;
        }

        /**
         * Makes the model a Qwen2-VL text model ({@code qwen2vl}): M-RoPE with these sections of
         * the rotated pairs of a head, and q/k/v biases. Checked at {@code build()}: not negative,
         * not all zero, summing to at most half the head dimension.
         *
         * @param temporal pairs rotated by the temporal position
         * @param height   pairs rotated by the row of an image token
         * @param width    pairs rotated by the column of an image token
         * @return this builder
         */
        public Builder mrope(int temporal, int height, int width) {
            this.ropeSections = new int[] {temporal, height, width, 0};
            return this;
        }

        /**
         * Replaces token {@code id} of the vocabulary file with a control token (type 3), as a model
         * family's tokenizer fills slots that the shared vocabulary file leaves as placeholders.
         * Checked at {@code build()}: the id inside the vocabulary, the text not already a token.
         *
         * @param id   the token id
         * @param text the control token's text, such as {@code <|vision_start|>}
         * @return this builder
         */
        public Builder controlToken(int id, String text) {
            controlTokens.put(id, Objects.requireNonNull(text, "text"));
            return this;
        }

        /**
         * Puts Qwen2-VL's vision tokens where its tokenizer has them, in placeholder slots of the
         * qwen2 vocabulary file: {@code <|vision_start|>} 151652, {@code <|vision_end|>} 151653,
         * {@code <|vision_pad|>} 151654, {@code <|image_pad|>} 151655, {@code <|video_pad|>} 151656
         * (libmtmd wraps a Qwen2-VL image in the first two).
         *
         * @return this builder
         */
        public Builder qwen2vlTokens() {
            controlTokens.putAll(QWEN2VL_TOKENS);
            return this;
        }

        /**
         * Checks the settings and reads the vocabulary file.
         *
         * @return the model description, ready to write
         * @throws IllegalStateException    when no vocabulary was set
         * @throws IllegalArgumentException when a size is not positive, the embedding length is
         *                                  not an even multiple of the head count, the head count
         *                                  not a multiple of the KV head count, the type not F32,
         *                                  F16 or BF16, a float setting out of range, M-RoPE
         *                                  sections out of range, or a control token that does not
         *                                  fit the vocabulary
         * @throws IOException              when the vocabulary file cannot be read
         * @throws GgufFormatException      when the vocabulary file is not valid GGUF or has no
         *                                  {@code tokenizer.ggml.tokens} string array
         */
        public RandomLlamaModel build() throws IOException {
            if (vocabulary == null) {
                throw new IllegalStateException("no vocabulary file set");
            }
            LlamaSettings settings = new LlamaSettings(name, embeddingLength, feedForwardLength, blockCount, headCount,
                    headCountKv, contextLength, ropeFreqBase, rmsEps, seed, tensorType, tiedEmbeddings, weightStd, ropeSections);
            return new RandomLlamaModel(vocabulary, settings, VocabularyFile.read(vocabulary).withControlTokens(controlTokens));
        }
    }
}
