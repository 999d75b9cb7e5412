package io.github.llamaffm;

import io.github.llamaffm.internal.NativeParams;

import java.lang.foreign.MemorySegment;

/**
 * How a {@link LlamaContext} is made. Immutable; {@link #defaults()} are llama.cpp's own
 * ({@code llama_context_default_params()}) except the thread counts, which default to the
 * number of available processors, and a thread pool of the context's own ({@code threadPool}).
 * There is no seed here: seeds belong to {@link Sampler}s.
 *
 * @param contextSize    tokens the context holds; 0 means the model's training context
 * @param batchSize      most tokens one {@code llama_decode} call takes (prompts are split into
 *                       batches of this size)
 * @param microBatchSize most tokens computed at once inside a decode
 * @param sequences      independent sequences the KV memory holds
 * @param threads        threads for generation (one token at a time)
 * @param batchThreads   threads for prompt processing (batches)
 * @param flashAttention when to use flash attention
 * @param embeddings     also compute embeddings
 * @param offloadKqv     keep the KV memory on the GPU when layers are offloaded
 * @param unifiedKv      one KV buffer shared by all sequences (a prefix copied to several sequences
 *                       is then stored once, and each sequence may use the whole context); when
 *                       false, each of the {@code sequences} gets {@code contextSize / sequences}
 * @param pooling        how embeddings of a sequence are pooled (embedding contexts)
 * @param threadPool     give the context worker threads of its own that live as long as it does
 *                       (as llama-cli and llama-bench do); on by default. Without one, ggml
 *                       starts and joins its worker threads for every decode, which costs from
 *                       tens of microseconds to milliseconds a decode, depending on the machine
 * @param threadPoll     with a thread pool: how long its idle workers spin waiting for the next
 *                       decode before they sleep, 0 (sleep at once, the default) to 100
 *                       (llama-cli's and llama-bench's 50). A spinning worker keeps a core busy:
 *                       on a machine with no spare cores it slows down every other context's
 *                       decodes meanwhile
 */
public record ContextParams(int contextSize, int batchSize, int microBatchSize, int sequences, int threads,
                            int batchThreads, FlashAttention flashAttention, boolean embeddings, boolean offloadKqv,
                            boolean unifiedKv, Pooling pooling, boolean threadPool, int threadPoll) {

    /** How the embeddings of a sequence's tokens become one vector ({@code enum llama_pooling_type}). */
    public enum Pooling {
        /** The model's own choice (from its GGUF metadata). */
        UNSPECIFIED(-1),
        /** No pooling: one embedding per token. */
        NONE(0),
        /** The mean of the tokens' embeddings. */
        MEAN(1),
        /** The embedding of the first (CLS) token. */
        CLS(2),
        /** The embedding of the last token. */
        LAST(3),
        /** A relevance score, for reranking models. */
        RANK(4);

        final int value;

        Pooling(int value) {
            this.value = value;
        }

        static Pooling of(int v) {
            for (Pooling p : values()) if (p.value == v) return p;
            return UNSPECIFIED;
        }
    }

    /** When flash attention is used ({@code enum llama_flash_attn_type}). */
    public enum FlashAttention {
        /** llama.cpp decides per device. */
        AUTO(-1),
        /** Never. */
        DISABLED(0),
        /** Always. */
        ENABLED(1);

        final int value;

        FlashAttention(int value) {
            this.value = value;
        }

        static FlashAttention of(int v) {
            for (FlashAttention f : values()) if (f.value == v) return f;
            return AUTO;
        }
    }

    /**
     * Validates the parameters.
     *
     * @throws IllegalArgumentException if a size or count is out of range
     * @throws NullPointerException     if an enum is null
     */
    public ContextParams {
        if (contextSize < 0) throw new IllegalArgumentException("contextSize must be >= 0 (0 = the model's): " + contextSize);
        if (batchSize < 1) throw new IllegalArgumentException("batchSize must be >= 1: " + batchSize);
        if (microBatchSize < 1) throw new IllegalArgumentException("microBatchSize must be >= 1: " + microBatchSize);
        if (sequences < 1) throw new IllegalArgumentException("sequences must be >= 1: " + sequences);
        if (threads < 1 || batchThreads < 1) throw new IllegalArgumentException("threads must be >= 1");
        if (threadPoll < 0 || threadPoll > 100) throw new IllegalArgumentException("threadPoll must be 0..100, got " + threadPoll);
        java.util.Objects.requireNonNull(flashAttention, "flashAttention");
        java.util.Objects.requireNonNull(pooling, "pooling");
    }

    /**
     * llama.cpp's defaults ({@code llama_context_default_params()}: 512 tokens, batch 2048,
     * micro-batch 512, one sequence, flash attention auto, no embeddings, KV offloaded, separate
     * KV streams, pooling unspecified), threads set to the available processors, a thread pool of
     * its own with idle workers sleeping at once. Loads no native library (a test compares them
     * with llama.cpp's).
     *
     * @return the defaults
     */
    public static ContextParams defaults() {
        int cpus = Runtime.getRuntime().availableProcessors();
        return new ContextParams(512, 2048, 512, 1, cpus, cpus, FlashAttention.AUTO, false, true, false,
                Pooling.UNSPECIFIED, true, 0);
    }

    /**
     * A builder starting from {@link #defaults()}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder(defaults());
    }

    /**
     * A builder starting from these parameters.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    void writeTo(MemorySegment p) {
        NativeParams.context(p, contextSize, batchSize, Math.min(microBatchSize, batchSize), sequences, threads, batchThreads,
                flashAttention.value, embeddings, offloadKqv, unifiedKv, pooling.value);
    }

    /** Builds {@link ContextParams}. Not thread-safe. */
    public static final class Builder {
        private int contextSize;
        private int batchSize;
        private int microBatchSize;
        private int sequences;
        private int threads;
        private int batchThreads;
        private FlashAttention flashAttention;
        private boolean embeddings;
        private boolean offloadKqv;
        private boolean unifiedKv;
        private Pooling pooling;
        private boolean threadPool;
        private int threadPoll;

        private Builder(ContextParams p) {
            contextSize = p.contextSize;
            batchSize = p.batchSize;
            microBatchSize = p.microBatchSize;
            sequences = p.sequences;
            threads = p.threads;
            batchThreads = p.batchThreads;
            flashAttention = p.flashAttention;
            embeddings = p.embeddings;
            offloadKqv = p.offloadKqv;
            unifiedKv = p.unifiedKv;
            pooling = p.pooling;
            threadPool = p.threadPool;
            threadPoll = p.threadPoll;
        }

        /**
         * Tokens the context holds.
         *
         * @param tokens context size; 0 for the model's training context
         * @return this builder
         */
        public Builder contextSize(int tokens) {
            contextSize = tokens;
            return this;
        }

        /**
         * Most tokens one decode call takes; longer prompts are decoded in several batches.
         *
         * @param tokens batch size, {@code >= 1}
         * @return this builder
         */
        public Builder batchSize(int tokens) {
            batchSize = tokens;
            return this;
        }

        /**
         * Most tokens computed at once inside a decode (capped at the batch size).
         *
         * @param tokens micro-batch size, {@code >= 1}
         * @return this builder
         */
        public Builder microBatchSize(int tokens) {
            microBatchSize = tokens;
            return this;
        }

        /**
         * Independent sequences the KV memory holds.
         *
         * @param n sequences, {@code >= 1}
         * @return this builder
         */
        public Builder sequences(int n) {
            sequences = n;
            return this;
        }

        /**
         * Threads for both generation and prompt processing.
         *
         * @param n threads, {@code >= 1}
         * @return this builder
         */
        public Builder threads(int n) {
            threads = n;
            batchThreads = n;
            return this;
        }

        /**
         * Threads for prompt processing only.
         *
         * @param n threads, {@code >= 1}
         * @return this builder
         */
        public Builder batchThreads(int n) {
            batchThreads = n;
            return this;
        }

        /**
         * When to use flash attention.
         *
         * @param mode the mode
         * @return this builder
         * @throws NullPointerException if {@code mode} is null
         */
        public Builder flashAttention(FlashAttention mode) {
            flashAttention = java.util.Objects.requireNonNull(mode, "flashAttention");
            return this;
        }

        /**
         * Also compute embeddings.
         *
         * @param on true to compute embeddings
         * @return this builder
         */
        public Builder embeddings(boolean on) {
            embeddings = on;
            return this;
        }

        /**
         * Keep the KV memory on the GPU when layers are offloaded.
         *
         * @param on true to offload
         * @return this builder
         */
        public Builder offloadKqv(boolean on) {
            offloadKqv = on;
            return this;
        }

        /**
         * One KV buffer shared by all sequences (see {@link ContextParams#unifiedKv()}).
         *
         * @param on true for a unified KV buffer
         * @return this builder
         */
        public Builder unifiedKv(boolean on) {
            unifiedKv = on;
            return this;
        }

        /**
         * How embeddings of a sequence are pooled (embedding contexts).
         *
         * @param mode the pooling
         * @return this builder
         * @throws NullPointerException if {@code mode} is null
         */
        public Builder pooling(Pooling mode) {
            pooling = java.util.Objects.requireNonNull(mode, "pooling");
            return this;
        }

        /**
         * Whether the context keeps worker threads of its own for its whole life (default on).
         *
         * @param on true for a thread pool of the context's own, false for threads started per decode
         * @return this builder
         */
        public Builder threadPool(boolean on) {
            threadPool = on;
            return this;
        }

        /**
         * How long the thread pool's idle workers spin for the next decode before sleeping.
         *
         * @param level 0 (sleep at once, the default) to 100; llama-cli and llama-bench use 50
         * @return this builder
         */
        public Builder threadPoll(int level) {
            threadPoll = level;
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @return immutable parameters
         * @throws IllegalArgumentException if a value is out of range
         */
        public ContextParams build() {
            return new ContextParams(contextSize, batchSize, microBatchSize, sequences, threads, batchThreads,
                    flashAttention, embeddings, offloadKqv, unifiedKv, pooling, threadPool, threadPoll);
        }
    }
}
