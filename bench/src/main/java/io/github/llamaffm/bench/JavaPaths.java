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
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The Java paths on one model, run as llama-bench runs its tests: a context per test sized for
 * it ({@code n_ctx} = the test's tokens), warmed up once with a whole run of the test (the
 * context's buffers are touched, as llama-bench's own warm-up run does; the JIT is warmed up
 * beforehand, see {@link #warmUpCompiler}),
 * then repetitions, each from an empty memory, with random tokens (BOS first). The model and the
 * warmed contexts stay open across rounds, so every timed repetition runs warm, as llama-bench's do.
 */
public final class JavaPaths implements AutoCloseable {
    private final BenchSettings settings;
    private final String modelId;
    private final Path file;
    private final LlamaModel model;
    private final int poll;
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
        this(settings, modelId, file, LLAMA_BENCH_POLL);
    }

    /** With the poll level of the contexts' thread pools (the compiler warm-up uses 0: no spinning worker of one path slows the next). */
    private JavaPaths(BenchSettings settings, String modelId, Path file, int poll) {
        this.settings = settings;
        this.modelId = modelId;
        this.file = file;
        this.poll = poll;
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
        openDecoders();
        return decodeOnly(Figure.JAVA_DECODE, decodePp, decodeTg, round);
    }

    private void openDecoders() {
        if (decodePp == null) {
            decodePp = warmPrompt(new ApiDecoder(model, contextParams(settings.promptTokens(), settings, poll)));
            decodeTg = warmTokens(new ApiDecoder(model, contextParams(settings.genTokens(), settings, poll)));
        }
    }

    /**
     * Decoding only through the generated bindings, with a ggml thread pool attached to the context
     * as llama-bench attaches one: FFM's own cost, without the API's, and what the pool gives.
     *
     * @param round the round these samples belong to
     * @return the pp and tg figures
     */
    public List<Figure> decodeOnlyBindings(int round) {
        openBindings();
        return decodeOnly(Figure.JAVA_BINDINGS, bindingsPp, bindingsTg, round);
    }

    private void openBindings() {
        if (bindingsPp == null) {
            bindingsPp = warmPrompt(new RawDecoder(file, settings.promptTokens(), settings, poll));
            bindingsTg = warmTokens(new RawDecoder(file, settings.genTokens(), settings, poll));
        }
    }

    /**
     * Runs the Java paths' code on a small model until the JIT has compiled it, so that timed
     * repetitions seldom share the machine with the compiler. A test on the 1B model runs the per-token
     * code only a few hundred times, far from the thousands of calls after which HotSpot's
     * optimizing compiler takes a method; on a machine with as many cores as decoding threads,
     * a compiler thread at work takes a core from the decode. llama-bench's code is compiled
     * before it runs; this is the Java side's equivalent of that, done once per process.
     *
     * @param settings   the run's threads and batch sizes (token counts are made small)
     * @param smallModel a small model of the same architecture (the tiny one)
     * @param maxSeconds the warm-up's time limit (it ends earlier once the JIT is quiet)
     * @return one line saying what the warm-up took
     */
    public static String warmUpCompiler(BenchSettings settings, Path smallModel, int maxSeconds) {
        BenchSettings small = new BenchSettings(settings.threads(), 64, 32, 1, settings.batchSize(), settings.microBatch());
        long start = System.nanoTime(), compiledBefore = Jit.millis();
        int passes = 0, quiet = 0;
        try (JavaPaths paths = new JavaPaths(small, "warm-up", smallModel, 0)) {
            while (quiet < WARM_QUIET_PASSES && System.nanoTime() - start < maxSeconds * 1_000_000_000L) {
                long before = Jit.millis();
                paths.exercise();
                passes++;
                quiet = Jit.millis() == before ? quiet + 1 : 0;
            }
        }
        return String.format(Locale.ROOT, "%d passes of every Java path on %s in %.1f s, %d ms of JIT compilation%s", passes,
                smallModel.getFileName(), (System.nanoTime() - start) / 1e9, Jit.millis() - compiledBefore,
                quiet < WARM_QUIET_PASSES ? " (stopped at the time limit, the compiler still busy)" : ", the last "
                        + WARM_QUIET_PASSES + " without any");
    }

    /** Passes without any compilation after which the warm-up ends. */
    private static final int WARM_QUIET_PASSES = 10;

    /** One untimed run of every Java path (decode, bindings, generate), for {@link #warmUpCompiler}. */
    private void exercise() {
        openDecoders();
        openBindings();
        openGenerating();
        for (Decoder d : new Decoder[] {decodePp, bindingsPp}) {
            d.clearMemory();
            decodePrompt(d, random);
        }
        for (Decoder d : new Decoder[] {decodeTg, bindingsTg}) {
            d.clearMemory();
            decodeTokens(d, settings.genTokens(), random);
        }
        generatePp.timed(promptTokens());
        generateTg.timed(new int[] {generateTg.start});
    }

    /**
     * What the JIT did to this instance's timed repetitions: a repetition during which the JIT
     * compiled anything (the JVM's total compilation time moved) is run again, at most
     * {@value #JIT_RETRIES} times, so that the figures are of compiled code as llama-bench's are;
     * one still overlapped after that is kept.
     *
     * @return a line for the report: repetitions run again, and compilation in the kept ones
     */
    public String jitReport() {
        return String.format(Locale.ROOT, "%d of %d repetitions run again after the JIT compiled during them; "
                + "%d ms of compilation during the kept ones", retried, timedReps, compiledWhileKept);
    }

    /** Times one repetition ({@code run} returns its nanoseconds), again while the JIT compiled during it. */
    private long timedRep(LongSupplier run) {
        for (int attempt = 0; ; attempt++) {
            long compiled = Jit.millis();
            long nanos = run.getAsLong();
            long during = Jit.millis() - compiled;
            if (during == 0 || attempt == JIT_RETRIES) {
                timedReps++;
                compiledWhileKept += during;
                return nanos;
            }
            retried++;
        }
    }

    /** How many times a repetition overlapped by compilation is run again. */
    static final int JIT_RETRIES = 3;
    private long compiledWhileKept;
    private int retried, timedReps;

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
            pp[r] = settings.promptTokens() * 1e9 / timedRep(() -> {
                ppDecoder.clearMemory();
                long t0 = System.nanoTime();
                decodePrompt(ppDecoder, random);
                return System.nanoTime() - t0;
            });
        }
        double[] tg = new double[settings.repetitions()];
        settle();
        for (int r = 0; r < tg.length; r++) {
            tg[r] = settings.genTokens() * 1e9 / timedRep(() -> {
                tgDecoder.clearMemory();
                long t0 = System.nanoTime();
                decodeTokens(tgDecoder, settings.genTokens(), random);
                return System.nanoTime() - t0;
            });
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
        openGenerating();
        double[] pp = new double[settings.repetitions()];
        double[] tg = new double[settings.repetitions()];
        settle();
        for (int r = 0; r < pp.length; r++) pp[r] = settings.promptTokens() * 1e9 / timedRep(() -> generatePp.timed(promptTokens()));
        settle();
        for (int r = 0; r < tg.length; r++) tg[r] = settings.genTokens() * 1e9 / timedRep(() -> generateTg.timed(new int[] {generateTg.start}));
        return List.of(Figure.ofRound(modelId, Figure.JAVA_GENERATE, settings.ppTest(), pp, round),
                Figure.ofRound(modelId, Figure.JAVA_GENERATE, settings.tgTest(), tg, round));
    }

    private void openGenerating() {
        if (generatePp == null) {
            generatePp = new Generating(settings.promptTokens() + 1, 1, poll);
            generatePp.timed(promptTokens()); // warm-up
            generateTg = new Generating(settings.genTokens(), settings.genTokens(), poll);
            generateTg.timed(new int[] {generateTg.start});
        }
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

        Generating(int contextSize, int tokens, int poll) {
            Sampler.Builder chain = Sampler.builder().topK(40).topP(0.95f).temperature(0.8f).seed(42);
            Vocab vocab = model.vocab();
            for (int t = 0; t < vocab.size(); t++) if (vocab.isEndOfGeneration(t)) chain.logitBias(t, Float.NEGATIVE_INFINITY);
            start = vocab.addsBos() ? vocab.bos() : 0;
            expected = tokens;
            sampler = chain.build();
            ctx = model.newContext(contextParams(contextSize, settings, poll));
            params = GenerateParams.builder().maxTokens(tokens).sampler(sampler).build();
        }

        /** Runs one generation to its end, as a user's loop does; returns its nanoseconds. */
        long timed(int[] prompt) {
            ctx.memory().clear();
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
     * decode at {@code poll} (llama-bench's {@code --poll} is 50; the API's default is 0).
     */
    private static ContextParams contextParams(int tokens, BenchSettings settings, int poll) {
        return ContextParams.builder().contextSize(tokens).batchSize(settings.batchSize()).microBatchSize(settings.microBatch())
                .threads(settings.threads()).batchThreads(settings.threads()).threadPoll(poll).build();
    }

    /**
     * What the API's decoding costs over the generated bindings alone, measured token by token
     * ({@link Paired}): two contexts (one through {@code Batch}/{@code ctx.decode}, one through
     * {@link RawDecoder}) decode the same tokens at the same positions, alternately, the order
     * swapped every token. Both pools sleep at once (poll 0): a spinning worker of one context
     * would take a core from the other.
     *
     * <p>Each side loads a copy of the model of its own, and two copies in one process can decode
     * 1–2 % apart whatever code drives them (measured: the API against the API, the copy loaded
     * first the slower). So the measurement runs in two halves, the API's copy loaded first in one
     * and second in the other.
     *
     * @param tokens    tokens per sequence (positions 0 .. tokens - 1)
     * @param sequences sequences measured (split between the halves), each half after one for warm-up
     * @return API time / bindings time per token
     */
    public Paired pairedApiVsBindings(int tokens, int sequences) {
        return Paired.ofHalves(apiVsBindingsHalf(tokens, (sequences + 1) / 2, true), apiVsBindingsHalf(tokens, sequences / 2, false));
    }

    private Paired apiVsBindingsHalf(int tokens, int sequences, boolean apiLoadedFirst) {
        Decoder raw = null, api = null;
        LlamaModel copy = null;
        try {
            if (!apiLoadedFirst) raw = new RawDecoder(file, tokens, settings, 0);
            copy = LlamaModel.load(file);
            api = new ApiDecoder(copy, contextParams(tokens, settings, 0));
            if (raw == null) raw = new RawDecoder(file, tokens, settings, 0);
            Decoder a = api, r = raw;
            int vocab = api.vocabSize(), start = api.startToken();
            return pairTokens(Paired.Kind.API_VS_BINDINGS, tokens, sequences, () -> {
                a.clearMemory();
                r.clearMemory();
                int[] sequence = new int[tokens];
                for (int i = 0; i < tokens; i++) sequence[i] = i == 0 && start >= 0 ? start : random.nextInt(vocab);
                return new PairedSequence() {
                    public long subject(int i) {
                        return timedDecode(a, sequence[i], i);
                    }

                    public long baseline(int i) {
                        return timedDecode(r, sequence[i], i);
                    }
                };
            });
        } finally {
            if (raw != null) raw.close();
            if (api != null) api.close();
            if (copy != null) copy.close();
        }
    }

    /**
     * What the user's full path costs over decoding alone, measured token by token ({@link Paired}):
     * one context runs {@code ctx.generate} (the sampler chain of {@link #generate}, each token's
     * text assembled), another decodes the same tokens at the same positions through
     * {@code Batch}/{@code ctx.decode}, alternately, the order swapped every token. A generate step
     * decodes the token sampled before, samples the next and assembles its text: the subject's
     * time per token is that step's, the baseline's one decode. Both contexts share this model and
     * sleep between decodes (poll 0); the halves swap which context is created first.
     *
     * @param tokens    tokens per sequence (positions 0 .. tokens - 1)
     * @param sequences sequences measured (split between the halves), each half after one for warm-up
     * @return generate step time / decode time per token
     */
    public Paired pairedGenerateVsDecode(int tokens, int sequences) {
        return Paired.ofHalves(generateVsDecodeHalf(tokens, (sequences + 1) / 2, true), generateVsDecodeHalf(tokens, sequences / 2, false));
    }

    private Paired generateVsDecodeHalf(int tokens, int sequences, boolean generatingFirst) {
        Decoder decoder = null;
        Generating gen = null;
        try {
            if (!generatingFirst) decoder = new ApiDecoder(model, contextParams(tokens, settings, 0));
            gen = new Generating(tokens, tokens, 0);
            if (decoder == null) decoder = new ApiDecoder(model, contextParams(tokens, settings, 0));
            Decoder d = decoder;
            Generating g = gen;
            return pairTokens(Paired.Kind.GENERATE_VS_DECODE, tokens, sequences, () -> {
                d.clearMemory();
                g.ctx.memory().clear();
                Iterator<Token> steps = g.ctx.generate(new int[] {g.start}, g.params).iterator();
                int[] sampled = new int[tokens];
                return new PairedSequence() {
                    public long subject(int i) { // decodes the token step i - 1 sampled (the prompt's BOS for step 0), samples the next
                        long t0 = System.nanoTime();
                        Token t = steps.next();
                        long nanos = System.nanoTime() - t0;
                        if (t.id() == Vocab.NO_TOKEN) throw new IllegalStateException("generate step " + i + " sampled no token");
                        sampled[i] = t.id();
                        return nanos;
                    }

                    public long baseline(int i) {
                        return timedDecode(d, i == 0 ? g.start : sampled[i - 1], i);
                    }
                };
            });
        } finally {
            if (decoder != null) decoder.close();
            if (gen != null) gen.close();
        }
    }

    /** One sequence of a paired measurement: token {@code i} on either side, timed. */
    private interface PairedSequence {
        long subject(int i);

        long baseline(int i);
    }

    /**
     * Runs {@code sequences + 1} sequences of {@code tokens} token pairs (the first for warm-up, not
     * counted), the subject first on even tokens and the baseline first on odd ones. {@code start}
     * resets both sides for a sequence.
     */
    private static Paired pairTokens(Paired.Kind kind, int tokens, int sequences, Supplier<PairedSequence> start) {
        if (sequences == 0) return new Paired(kind, new double[0], 0, 0);
        double[] ratios = new double[sequences * tokens];
        long subjectNanos = 0, baselineNanos = 0;
        for (int q = 0; q <= sequences; q++) {
            PairedSequence seq = start.get();
            for (int i = 0; i < tokens; i++) {
                long subject, baseline;
                if (i % 2 == 0) {
                    subject = seq.subject(i);
                    baseline = seq.baseline(i);
                } else {
                    baseline = seq.baseline(i);
                    subject = seq.subject(i);
                }
                if (q > 0) {
                    ratios[(q - 1) * tokens + i] = (double) subject / baseline;
                    subjectNanos += subject;
                    baselineNanos += baseline;
                }
            }
        }
        return new Paired(kind, ratios, subjectNanos, baselineNanos);
    }

    private static long timedDecode(Decoder d, int token, int position) {
        long t0 = System.nanoTime();
        d.clear();
        d.add(token, position, true);
        d.decode();
        return System.nanoTime() - t0;
    }

    /** llama-bench's default {@code --poll}. */
    static final int LLAMA_BENCH_POLL = 50;
}
