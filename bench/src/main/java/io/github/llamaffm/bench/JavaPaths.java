package io.github.llamaffm.bench;

import io.github.llamaffm.ContextParams;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.Generation;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.Sampler;
import io.github.llamaffm.StopReason;
import io.github.llamaffm.Token;
import io.github.llamaffm.Vocab;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The Java paths on one model, run as llama-bench runs its tests: a context per test sized for
 * it ({@code n_ctx} = the test's tokens), warmed up once with a whole run of the test (the JIT
 * compiles the loop, the context's buffers are touched, as llama-bench's own warm-up run does),
 * then repetitions, each from an empty memory, with random tokens (BOS first). The model and the
 * warmed contexts stay open across rounds, so every timed repetition runs warm, as llama-bench's do.
 */
public final class JavaPaths implements AutoCloseable {
    private final BenchSettings settings;
    private final String modelId;
    private final Path file;
    private final LlamaModel model;
    private final SplittableRandom random = new SplittableRandom(1);
    private Decoder decodePp, decodeTg, bindingsPp, bindingsTg;
    private Generating generatePp, generateTg;

    /**
     * Loads the model.
     *
     * @param settings threads, token counts, repetitions, batch sizes
     * @param modelId  the model's short name for the figures
     * @param file     the GGUF file
     */
    public JavaPaths(BenchSettings settings, String modelId, Path file) {
        this.settings = settings;
        this.modelId = modelId;
        this.file = file;
        this.model = LlamaModel.load(file);
    }

    /**
     * Decoding only, as llama-bench: pp = one batch of the prompt's tokens decoded into an empty
     * memory (logits of the last one); tg = single-token decodes at positions 0, 1, 2, ….
     * Through the public API ({@code Batch}, {@code LlamaContext.decode}).
     *
     * @param round the round these samples belong to
     * @return the pp and tg figures
     */
    public List<Figure> decodeOnly(int round) {
        if (decodePp == null) {
            decodePp = warmPrompt(new ApiDecoder(model, settings.promptTokens(), settings));
            decodeTg = warmTokens(new ApiDecoder(model, settings.genTokens(), settings));
        }
        return decodeOnly(Figure.JAVA_DECODE, decodePp, decodeTg, round);
    }

    /**
     * Decoding only through the generated bindings, with a ggml thread pool attached to the context
     * as llama-bench attaches one: FFM's own cost, without the API's, and what the pool gives.
     *
     * @param round the round these samples belong to
     * @return the pp and tg figures
     */
    public List<Figure> decodeOnlyBindings(int round) {
        if (bindingsPp == null) {
            bindingsPp = warmPrompt(new RawDecoder(file, settings.promptTokens(), settings, LLAMA_BENCH_POLL));
            bindingsTg = warmTokens(new RawDecoder(file, settings.genTokens(), settings, LLAMA_BENCH_POLL));
        }
        return decodeOnly(Figure.JAVA_BINDINGS, bindingsPp, bindingsTg, round);
    }

    /**
     * Waits until thread pools that poll sleep. After a decode, the workers of a pool with a poll
     * level spin for the next one (poll 50, llama-bench's and the bindings path's: a fraction of a
     * second); on a machine with as many cores as threads, a spinning worker of another context
     * takes a core from the test that starts next. llama-bench frees each test's pool before the
     * next test, so its tests never meet one.
     */
    static void settle() {
        try {
            Thread.sleep(SETTLE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Longer than a poll-50 spin (about 0.15 s on this machine's kind of CPU) with a margin. */
    private static final long SETTLE_MILLIS = 1000;

    private Decoder warmPrompt(Decoder d) {
        decodePrompt(d, random);
        return d;
    }

    private Decoder warmTokens(Decoder d) {
        decodeTokens(d, settings.genTokens(), random);
        return d;
    }

    private List<Figure> decodeOnly(String path, Decoder ppDecoder, Decoder tgDecoder, int round) {
        double[] pp = new double[settings.repetitions()];
        settle();
        for (int r = 0; r < pp.length; r++) {
            ppDecoder.clearMemory();
            long t0 = System.nanoTime();
            decodePrompt(ppDecoder, random);
            pp[r] = settings.promptTokens() * 1e9 / (System.nanoTime() - t0);
        }
        double[] tg = new double[settings.repetitions()];
        settle();
        for (int r = 0; r < tg.length; r++) {
            tgDecoder.clearMemory();
            long t0 = System.nanoTime();
            decodeTokens(tgDecoder, settings.genTokens(), random);
            tg[r] = settings.genTokens() * 1e9 / (System.nanoTime() - t0);
        }
        return List.of(Figure.ofRound(modelId, path, settings.ppTest(), pp, round),
                Figure.ofRound(modelId, path, settings.tgTest(), tg, round));
    }

    private void decodePrompt(Decoder d, SplittableRandom random) {
        int n = settings.promptTokens(), vocab = d.vocabSize();
        for (int start = 0; start < n; start += settings.batchSize()) {
            int end = Math.min(n, start + settings.batchSize());
            d.clear();
            for (int i = start; i < end; i++) {
                int token = i == 0 && d.startToken() >= 0 ? d.startToken() : random.nextInt(vocab);
                d.add(token, i, i == n - 1);
            }
            d.decode();
        }
    }

    private static void decodeTokens(Decoder d, int count, SplittableRandom random) {
        int token = d.startToken() >= 0 ? d.startToken() : random.nextInt(d.vocabSize());
        for (int i = 0; i < count; i++) {
            d.clear();
            d.add(token, i, true);
            d.decode();
            token = random.nextInt(d.vocabSize());
        }
    }

    /**
     * The user's path: {@code ctx.generate(tokens, params)} with a top-k 40 / top-p 0.95 /
     * temperature 0.8 chain, each token's text assembled. pp = a prompt of {@code promptTokens}
     * random tokens generating one token (decode, one sample, one piece); tg = a BOS prompt
     * generating {@code genTokens} tokens: the same decodes as llama-bench's tg plus sampling and
     * text. End-of-generation tokens are biased out so every run makes all its tokens.
     *
     * @param round the round these samples belong to
     * @return the pp and tg figures
     */
    public List<Figure> generate(int round) {
        if (generatePp == null) {
            generatePp = new Generating(settings.promptTokens() + 1, 1);
            generatePp.timed(promptTokens()); // warm-up
            generateTg = new Generating(settings.genTokens(), settings.genTokens());
            generateTg.timed(new int[] {generateTg.start});
        }
        double[] pp = new double[settings.repetitions()];
        double[] tg = new double[settings.repetitions()];
        settle();
        for (int r = 0; r < pp.length; r++) pp[r] = settings.promptTokens() * 1e9 / generatePp.timed(promptTokens());
        settle();
        for (int r = 0; r < tg.length; r++) tg[r] = settings.genTokens() * 1e9 / generateTg.timed(new int[] {generateTg.start});
        return List.of(Figure.ofRound(modelId, Figure.JAVA_GENERATE, settings.ppTest(), pp, round),
                Figure.ofRound(modelId, Figure.JAVA_GENERATE, settings.tgTest(), tg, round));
    }

    private int[] promptTokens() {
        int[] p = new int[settings.promptTokens()];
        p[0] = generatePp.start;
        for (int i = 1; i < p.length; i++) p[i] = random.nextInt(model.vocab().size());
        return p;
    }

    /** A context and a sampler chain for one generate test; {@link #timed} runs it once from an empty memory. */
    private final class Generating implements AutoCloseable {
        final int start;
        final int expected;
        final Sampler sampler;
        final LlamaContext ctx;
        final GenerateParams params;

        Generating(int contextSize, int tokens) {
            Sampler.Builder chain = Sampler.builder().topK(40).topP(0.95f).temperature(0.8f).seed(42);
            Vocab vocab = model.vocab();
            for (int t = 0; t < vocab.size(); t++) if (vocab.isEndOfGeneration(t)) chain.logitBias(t, Float.NEGATIVE_INFINITY);
            start = vocab.addsBos() ? vocab.bos() : 0;
            expected = tokens;
            sampler = chain.build();
            ctx = model.newContext(contextParams(contextSize, settings));
            params = GenerateParams.builder().maxTokens(tokens).sampler(sampler).build();
        }

        /** Runs one generation to its end, as a user's loop does; returns its nanoseconds. */
        long timed(int[] prompt) {
            ctx.clear();
            long t0 = System.nanoTime();
            Generation g = ctx.generate(prompt, params);
            int count = 0;
            long chars = 0;
            for (Token t : g) { // a last token without an id carries held-back text, not a sampled token
                if (t.id() != Vocab.NO_TOKEN) count++;
                chars += t.text().length();
            }
            long nanos = System.nanoTime() - t0;
            if (count != expected || g.result().stopReason() != StopReason.MAX_TOKENS) {
                throw new IllegalStateException("the generation made " + count + " tokens (" + g.result().stopReason() + "), expected "
                        + expected + " (" + chars + " chars)");
            }
            return nanos;
        }

        @Override
        public void close() {
            ctx.close();
            sampler.close();
        }
    }

    /** Frees the contexts and the model. */
    @Override
    public void close() {
        for (AutoCloseable c : new AutoCloseable[] {decodePp, decodeTg, bindingsPp, bindingsTg, generatePp, generateTg}) {
            try {
                if (c != null) c.close();
            } catch (Exception e) {
                throw new IllegalStateException("cannot close " + c, e);
            }
        }
        model.close();
    }

    /**
     * The context for a test of {@code tokens} tokens, set as llama-bench sets its own: its sizes,
     * its threads, and a thread pool of the context's own whose idle workers spin for the next
     * decode at poll level 50 (llama-bench's {@code --poll}; the API's default is 0).
     */
    static ContextParams contextParams(int tokens, BenchSettings settings) {
        return ContextParams.builder().contextSize(tokens).batchSize(settings.batchSize()).microBatchSize(settings.microBatch())
                .threads(settings.threads()).batchThreads(settings.threads()).threadPoll(LLAMA_BENCH_POLL).build();
    }

    /**
     * What the API's decoding costs over the generated bindings alone, measured token by token:
     * two contexts of the model (one through {@code Batch}/{@code ctx.decode}, one through
     * {@link RawDecoder}) decode the same tokens at the same positions, alternately, the order
     * swapped every token, so that the machine's drift hits both alike. Both pools sleep at once
     * (poll 0): a spinning worker of one context would take a core from the other.
     *
     * @param tokens    tokens per sequence (positions 0 .. tokens - 1)
     * @param sequences sequences measured, after one for warm-up
     * @return the per-token time ratios
     */
    public Paired pairedApiVsBindings(int tokens, int sequences) {
        List<Double> ratios = new ArrayList<>();
        long apiNanos = 0, rawNanos = 0;
        ContextParams params = contextParams(tokens, settings).toBuilder().threadPoll(0).build();
        try (Decoder api = new ApiDecoder(model, params); Decoder raw = new RawDecoder(file, tokens, settings, 0)) {
            int vocab = api.vocabSize(), start = api.startToken();
            for (int q = 0; q <= sequences; q++) {
                api.clearMemory();
                raw.clearMemory();
                for (int i = 0; i < tokens; i++) {
                    int token = i == 0 && start >= 0 ? start : random.nextInt(vocab);
                    boolean apiFirst = i % 2 == 0;
                    long first = timedDecode(apiFirst ? api : raw, token, i), second = timedDecode(apiFirst ? raw : api, token, i);
                    long a = apiFirst ? first : second, r = apiFirst ? second : first;
                    if (q > 0) {
                        ratios.add((double) a / r);
                        apiNanos += a;
                        rawNanos += r;
                    }
                }
            }
        }
        return new Paired(ratios.stream().mapToDouble(Double::doubleValue).toArray(), apiNanos, rawNanos);
    }

    private static long timedDecode(Decoder d, int token, int position) {
        long t0 = System.nanoTime();
        d.clear();
        d.add(token, position, true);
        d.decode();
        return System.nanoTime() - t0;
    }

    /**
     * Per-token times of the API over the bindings alone.
     *
     * @param ratios   API time / bindings time, one per token pair
     * @param apiNanos all API decodes together
     * @param rawNanos all bindings decodes together
     */
    public record Paired(double[] ratios, long apiNanos, long rawNanos) {
        /**
         * The ratio at a quantile.
         *
         * @param q 0..1
         * @return the ratio
         */
        public double quantile(double q) {
            double[] s = ratios.clone();
            Arrays.sort(s);
            return s[(int) Math.min(s.length - 1, Math.round(q * (s.length - 1)))];
        }

        /**
         * One line for the report.
         *
         * @return the text
         */
        public String summary() {
            return String.format(Locale.ROOT, "API decode time / bindings-only decode time, per token, paired (%d pairs): median %.4f "
                    + "(quartiles %.4f–%.4f), all tokens together %.4f", ratios.length, quantile(0.5), quantile(0.25), quantile(0.75),
                    (double) apiNanos / rawNanos);
        }
    }

    /** llama-bench's default {@code --poll}. */
    static final int LLAMA_BENCH_POLL = 50;
}
