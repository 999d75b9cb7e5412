package io.github.llamaffm.eval;

import io.github.llamaffm.Cancellation;
import io.github.llamaffm.ContextParams;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.SpecialTokens;
import io.github.llamaffm.internal.LogitMath;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The perplexity of a text under a model, computed as llama.cpp's {@code llama-perplexity} does
 * (its default mode), so that both give the same final estimate:
 *
 * <ul>
 *   <li>the text is tokenized with the vocabulary's special tokens added (BOS) and none parsed;</li>
 *   <li>it is cut into chunks of {@link Builder#contextSize(int) contextSize} tokens (a tail shorter
 *       than a chunk is left out), and at most {@link Builder#chunks(int) chunks} of them are used;</li>
 *   <li>each chunk is decoded from an empty KV memory, with BOS written over its first token when the
 *       vocabulary adds BOS;</li>
 *   <li>only the second half of each chunk is scored (the model always has half a context before the
 *       token it predicts): positions {@code contextSize/2 .. contextSize-2} predict the next token;</li>
 *   <li>several chunks share one decode, one sequence each, when {@link Builder#batchSize(int)
 *       batchSize} holds several contexts ({@code batchSize / contextSize} of them); a chunk longer
 *       than the batch takes several decodes;</li>
 *   <li>the result is {@code exp(mean nll)} and its error {@code ppl * sqrt(var(nll) / (n - 1))}.</li>
 * </ul>
 *
 * <pre>{@code
 * PerplexityResult r = Perplexity.builder().contextSize(512).threads(4).build().compute(model, text);
 * System.out.println(r.format());   // PPL = 7.1234 +/- 0.05678
 * }</pre>
 *
 * <p>With {@link Builder#saveLogits(Path)}, the run also writes the log-probabilities of every
 * scored token, in the format of llama.cpp's {@code --kl-divergence-base} file, for
 * {@link KlDivergence} (or {@code llama-perplexity --kl-divergence}) to compare another model with.
 *
 * <p>Each call makes a context of its own ({@code contextSize * sequences} tokens) and closes it.
 * Instances are immutable and may be shared by threads; a {@link Builder#cancellation(Cancellation)
 * cancellation} handle, once cancelled, stops every later run too.
 */
public final class Perplexity {
    /** Receives the running estimate after each chunk, on the computing thread. */
    @FunctionalInterface
    public interface Listener {
        /**
         * A chunk was scored. An exception thrown here ends the computation and propagates.
         *
         * @param chunk      the chunk just scored, from 1
         * @param chunks     chunks in all
         * @param perplexity the perplexity over chunks {@code 1..chunk}
         */
        void onChunk(int chunk, int chunks, double perplexity);
    }

    private final int contextSize, batchSize, chunks, threads;
    private final Listener listener;
    private final Cancellation cancellation;
    private final ContextParams contextParams;
    private final Path saveLogits;

    private Perplexity(Builder b) {
        this.contextSize = b.contextSize;
        this.batchSize = b.batchSize;
        this.chunks = b.chunks;
        this.threads = b.threads;
        this.listener = b.listener;
        this.cancellation = b.cancellation;
        this.contextParams = b.contextParams;
        this.saveLogits = b.saveLogits;
    }

    /**
     * A builder with llama-perplexity's defaults: context 512, batch 2048, all chunks, threads as
     * available processors.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Tokens per chunk.
     *
     * @return the context size
     */
    public int contextSize() {
        return contextSize;
    }

    /**
     * Most tokens per decode.
     *
     * @return the batch size
     */
    public int batchSize() {
        return batchSize;
    }

    /**
     * Most chunks to evaluate, or -1 for all.
     *
     * @return the chunk limit
     */
    public int chunks() {
        return chunks;
    }

    /**
     * Threads for decoding.
     *
     * @return the thread count
     */
    public int threads() {
        return threads;
    }

    /**
     * The perplexity of a text: tokenized with BOS added when the vocabulary adds one, special
     * tokens not parsed (as {@code llama-perplexity -f FILE} does; it also drops one newline at the
     * end of the file, which this method does not: pass the same text).
     *
     * @param model the model
     * @param text  the text, at least {@code 2 * contextSize} tokens long
     * @return the estimate
     * @throws IllegalArgumentException if the text has fewer than {@code 2 * contextSize} tokens,
     *                                  or the vocabulary adds EOS to a text (llama.cpp refuses those)
     * @throws java.util.concurrent.CancellationException if cancelled or interrupted
     * @throws UncheckedIOException     if the logits file cannot be written
     * @throws io.github.llamaffm.LlamaException if a decode fails
     * @throws NullPointerException     if an argument is null
     */
    public PerplexityResult compute(LlamaModel model, String text) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(text, "text");
        ChunkRunner.checkSettings(model, contextSize);
        return compute(model, model.vocab().tokenize(text, SpecialTokens.ADD));
    }

    /**
     * The perplexity of a token sequence (see {@link #compute(LlamaModel, String)}); the tokens are
     * used as they are (include a BOS first if the model wants one).
     *
     * @param model  the model
     * @param tokens the tokens, at least {@code 2 * contextSize} of them
     * @return the estimate
     * @throws IllegalArgumentException if there are fewer than {@code 2 * contextSize} tokens, a
     *                                  token is outside the vocabulary, or the vocabulary adds EOS
     * @throws java.util.concurrent.CancellationException if cancelled or interrupted
     * @throws UncheckedIOException     if the logits file cannot be written
     * @throws io.github.llamaffm.LlamaException if a decode fails
     * @throws NullPointerException     if an argument is null
     */
    public PerplexityResult compute(LlamaModel model, int[] tokens) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(tokens, "tokens");
        ChunkRunner.checkSettings(model, contextSize);
        int nVocab = model.vocab().size();
        if (tokens.length < 2 * contextSize) {
            throw new IllegalArgumentException("perplexity with a context of " + contextSize + " needs at least "
                    + 2 * contextSize + " tokens; the text has only " + tokens.length);
        }
        for (int t : tokens) {
            if (t < 0 || t >= nVocab) throw new IllegalArgumentException("token " + t + " is outside the vocabulary (0.." + (nVocab - 1) + ")");
        }
        int nChunkMax = tokens.length / contextSize;
        int nChunk = chunks < 0 ? nChunkMax : Math.min(chunks, nChunkMax);
        Sums sums = new Sums(nChunk);
        try (LogitsFile.Writer out = saveLogits == null ? null
                : LogitsFile.Writer.open(saveLogits, contextSize, nVocab, nChunk, tokens)) {
            ChunkRunner.run(model, tokens, contextSize, nChunk, batchSize, threads, contextParams, cancellation, new ChunkRunner.Rows() {
                @Override
                public void row(int chunk, int target, float[] logits) {
                    double v = out == null ? -LogitMath.logProb(logits, nVocab, target) : out.row(logits, nVocab, target);
                    sums.nll += v;
                    sums.nll2 += v * v;
                    sums.count++;
                }

                @Override
                public void chunkDone(int chunk) {
                    double ppl = Math.exp(sums.nll / sums.count);
                    sums.running.add(ppl);
                    if (listener != null) listener.onChunk(chunk + 1, nChunk, ppl);
                }
            });
            if (out != null) out.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + saveLogits, e);
        }
        double nll = sums.nll / sums.count;
        double nll2 = sums.nll2 / sums.count;
        double ppl = Math.exp(nll);
        nll2 -= nll * nll;
        double error = nll2 > 0 ? Math.sqrt(nll2 / (sums.count - 1)) * ppl : Double.NaN;
        return new PerplexityResult(ppl, error, sums.count, nChunk, contextSize, sums.running);
    }

    private static final class Sums {
        double nll, nll2;
        int count;
        final List<Double> running;

        Sums(int chunks) {
            running = new ArrayList<>(chunks);
        }
    }

    @Override
    public String toString() {
        return "Perplexity[contextSize=" + contextSize + ", batchSize=" + batchSize + ", chunks=" + chunks + ", threads=" + threads + "]";
    }

    /** Builds a {@link Perplexity}. Not thread-safe. */
    public static final class Builder {
        private int contextSize = 512, batchSize = 2048, chunks = -1;
        private int threads = Runtime.getRuntime().availableProcessors();
        private Listener listener;
        private Cancellation cancellation;
        private ContextParams contextParams = ContextParams.defaults();
        private Path saveLogits;

        private Builder() {
        }

        /**
         * Tokens per chunk ({@code llama-perplexity -c}); the context made holds
         * {@code max(1, batchSize / contextSize)} chunks of this size.
         *
         * @param tokens tokens, {@code >= 4}
         * @return this builder
         * @throws IllegalArgumentException if below 4
         */
        public Builder contextSize(int tokens) {
            if (tokens < 4) throw new IllegalArgumentException("contextSize must be >= 4: " + tokens);
            contextSize = tokens;
            return this;
        }

        /**
         * Most tokens per decode ({@code -b}); a multiple of the context size decodes that many
         * chunks at once, a value below it decodes each chunk in several batches.
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
         * Most chunks to evaluate ({@code --chunks}); -1 (the default) for all.
         *
         * @param n chunks, {@code >= 1}, or -1
         * @return this builder
         * @throws IllegalArgumentException if 0 or below -1
         */
        public Builder chunks(int n) {
            if (n == 0 || n < -1) throw new IllegalArgumentException("chunks must be >= 1, or -1 for all: " + n);
            chunks = n;
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
         * A listener told the running estimate after each chunk.
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
         * A handle that stops the computation (also inside a running decode); it then throws
         * {@link java.util.concurrent.CancellationException}. Interrupting the computing thread
         * does the same.
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
         * Also writes the log-probabilities of the scored tokens to {@code file} (replaced), in the
         * format of llama.cpp's {@code --kl-divergence-base} file: the reference for
         * {@link KlDivergence}. The file takes about {@code 2 * vocabularySize} bytes per scored token.
         *
         * @param file the file to write
         * @return this builder
         * @throws NullPointerException if {@code file} is null
         */
        public Builder saveLogits(Path file) {
            saveLogits = Objects.requireNonNull(file, "file");
            return this;
        }

        /**
         * Builds the settings.
         *
         * @return an immutable {@link Perplexity}
         */
        public Perplexity build() {
            return new Perplexity(this);
        }
    }
}
