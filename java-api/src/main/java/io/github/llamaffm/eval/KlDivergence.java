package io.github.llamaffm.eval;

import io.github.llamaffm.Cancellation;
import io.github.llamaffm.ContextParams;
import io.github.llamaffm.LlamaModel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The KL divergence of a model (say, a quantization) from a reference model, over the text the
 * reference was evaluated on, computed as llama.cpp's {@code llama-perplexity --kl-divergence}
 * does. First save the reference's log-probabilities with {@link Perplexity.Builder#saveLogits(Path)}
 * (or {@code llama-perplexity --kl-divergence-base FILE}: the file format is llama.cpp's, either
 * side reads the other's), then:
 *
 * <pre>{@code
 * Perplexity.builder().contextSize(512).saveLogits(base).build().compute(f16Model, text);
 * KlDivergenceResult r = KlDivergence.builder().build().compute(q4Model, base);
 * System.out.println(r.kld() + " " + r.sameTop());
 * }</pre>
 *
 * <p>The model is run on the tokens stored in the file, in chunks of the file's context size, as
 * {@link Perplexity} runs them; for each scored token it compares the model's distribution with the
 * stored one (quantized to 16 bits, entries more than 16 nats below the top left out, as
 * llama.cpp stores them). The file is checked in Java before anything runs: another vocabulary
 * size, a truncated or corrupt file each throw {@link IllegalArgumentException}.
 *
 * <p>Instances are immutable and may be shared by threads.
 */
public final class KlDivergence {
    /** Receives the running statistics after each chunk, on the computing thread. */
    @FunctionalInterface
    public interface Listener {
        /**
         * A chunk was compared (the values llama.cpp prints per chunk). An exception thrown here
         * ends the computation and propagates.
         *
         * @param progress the statistics over the chunks so far
         */
        void onChunk(Progress progress);
    }

    /**
     * The running statistics after a chunk, as llama.cpp prints them per chunk (fractions, not percent).
     *
     * @param chunk       the chunk just compared, from 1
     * @param chunks      chunks in all
     * @param perplexity  the model's perplexity so far
     * @param logPplRatio {@code ln(PPL(Q)/PPL(base))} so far
     * @param kld         the mean KL divergence so far
     * @param rmsDeltaP   the RMS of the right token's probability difference so far
     * @param sameTop     the fraction of tokens with the same top token so far
     */
    public record Progress(int chunk, int chunks, Estimate perplexity, Estimate logPplRatio, Estimate kld,
                           Estimate rmsDeltaP, Estimate sameTop) {
    }

    private final int batchSize, threads;
    private final Listener listener;
    private final Cancellation cancellation;
    private final ContextParams contextParams;

    private KlDivergence(Builder b) {
        this.batchSize = b.batchSize;
        this.threads = b.threads;
        this.listener = b.listener;
        this.cancellation = b.cancellation;
        this.contextParams = b.contextParams;
    }

    /**
     * A builder with llama-perplexity's defaults: batch 2048, threads as available processors.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Compares {@code model} with the reference stored in {@code base}.
     *
     * @param model the model to judge
     * @param base  a file from {@link Perplexity.Builder#saveLogits(Path)} or llama.cpp's
     *              {@code --kl-divergence-base}
     * @return the statistics
     * @throws IllegalArgumentException if the file is not such a file, is truncated, holds trailing
     *                                  bytes or a corrupt record, was made with another vocabulary
     *                                  size, or the model's vocabulary adds EOS
     * @throws UncheckedIOException     if the file cannot be read
     * @throws java.util.concurrent.CancellationException if cancelled or interrupted
     * @throws io.github.llamaffm.LlamaException if a decode fails
     * @throws NullPointerException     if an argument is null
     */
    public KlDivergenceResult compute(LlamaModel model, Path base) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(base, "base");
        int nVocab = model.vocab().size();
        try (LogitsFile.Reader in = LogitsFile.Reader.open(base, nVocab)) {
            ChunkRunner.checkSettings(model, in.nCtx);
            int perChunk = LogitsFile.scoredPerChunk(in.nCtx);
            long capacity = (long) perChunk * in.nChunk;
            if (capacity > Integer.MAX_VALUE - 16) throw LogitsFile.Reader.bad(base, "it holds too many scored tokens");
            int nv2 = LogitsFile.rowShorts(nVocab) * 2;
            KlStats stats = new KlStats((int) capacity);
            ChunkRunner.run(model, in.tokens, in.nCtx, in.nChunk, batchSize, threads, contextParams, cancellation, new ChunkRunner.Rows() {
                ByteBuffer rows;
                int readChunk = -1, row;

                @Override
                public void row(int chunk, int target, float[] logits) {
                    if (chunk != readChunk) {
                        try {
                            rows = in.nextChunk(chunk);
                        } catch (IOException e) {
                            throw new UncheckedIOException("cannot read " + base, e);
                        }
                        readChunk = chunk;
                        row = 0;
                    }
                    stats.add(logits, nVocab, rows, row++ * nv2, target);
                }

                @Override
                public void chunkDone(int chunk) {
                    if (listener != null) {
                        listener.onChunk(new Progress(chunk + 1, in.nChunk, stats.ppl(), stats.logPplRatio(), stats.kld(),
                                stats.rmsDeltaP(), stats.sameTop()));
                    }
                }
            });
            return KlDivergenceResult.of(stats, in.nChunk);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + base, e);
        }
    }

    @Override
    public String toString() {
        return "KlDivergence[batchSize=" + batchSize + ", threads=" + threads + "]";
    }

    /** Builds a {@link KlDivergence}. Not thread-safe. */
    public static final class Builder {
        private int batchSize = 2048;
        private int threads = Runtime.getRuntime().availableProcessors();
        private Listener listener;
        private Cancellation cancellation;
        private ContextParams contextParams = ContextParams.defaults();

        private Builder() {
        }

        /**
         * Most tokens per decode ({@code -b}); see {@link Perplexity.Builder#batchSize(int)}. The
         * context size is the one stored in the reference file.
         *
         * @param tokens tokens, {@code >= 1}
         * @return this builder
         * @throws IllegalArgumentException if below 1
         */
        public Builder batchSize(int tokens) {
            if (tokens < 1) throw new IllegalArgumentException("batchSize must be >= 1: " + tokens);
            batchSize = tokens;
            return this;
        }

        /**
         * Threads for decoding ({@code -t}).
         *
         * @param n threads, {@code >= 1}
         * @return this builder
         * @throws IllegalArgumentException if below 1
         */
        public Builder threads(int n) {
            if (n < 1) throw new IllegalArgumentException("threads must be >= 1: " + n);
            threads = n;
            return this;
        }

        /**
         * A listener told the running statistics after each chunk.
         *
         * @param l the listener
         * @return this builder
         * @throws NullPointerException if {@code l} is null
         */
        public Builder listener(Listener l) {
            listener = Objects.requireNonNull(l, "listener");
            return this;
        }

        /**
         * Other settings of the context each run makes (flash attention, micro-batch size, KV
         * offload, thread pool...); its context size, batch size, sequences and threads are those of
         * this run, and embeddings are off. {@link ContextParams#defaults()} unless set: llama.cpp's
         * defaults, as {@code llama-perplexity} uses them.
         *
         * @param base the settings
         * @return this builder
         * @throws NullPointerException if {@code base} is null
         */
        public Builder contextParams(ContextParams base) {
            contextParams = java.util.Objects.requireNonNull(base, "contextParams");
            return this;
        }

        /**
         * A handle that stops the computation (also inside a running decode) with a
         * {@link java.util.concurrent.CancellationException}.
         *
         * @param c the handle
         * @return this builder
         * @throws NullPointerException if {@code c} is null
         */
        public Builder cancellation(Cancellation c) {
            cancellation = Objects.requireNonNull(c, "cancellation");
            return this;
        }

        /**
         * Builds the settings.
         *
         * @return an immutable {@link KlDivergence}
         */
        public KlDivergence build() {
            return new KlDivergence(this);
        }
    }
}
