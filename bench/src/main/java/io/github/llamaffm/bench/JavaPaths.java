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
import java.util.List;
import java.util.SplittableRandom;

/**
 * The two Java paths, each run test by test as llama-bench runs them: a context sized for the
 * test ({@code n_ctx} = the test's tokens), one warm-up run, then the repetitions, each from an
 * empty memory, with random tokens (BOS first). The warm-up is a whole run of the test (llama-bench
 * warms generation up with one token): the JIT compiles the loop before it is timed.
 */
public final class JavaPaths {
    private final BenchSettings settings;

    /**
     * Creates the runner.
     *
     * @param settings threads, token counts, repetitions, batch sizes
     */
    public JavaPaths(BenchSettings settings) {
        this.settings = settings;
    }

    /**
     * Decoding only, as llama-bench: pp = one batch of the prompt's tokens decoded into an empty
     * memory (logits of the last one); tg = single-token decodes at positions 0, 1, 2, ….
     * Through the public API ({@code Batch}, {@code LlamaContext.decode}).
     *
     * @param modelId the model's short name for the figures
     * @param file    the GGUF file
     * @return the pp and tg figures
     */
    public List<Figure> decodeOnly(String modelId, Path file) {
        try (LlamaModel model = LlamaModel.load(file)) {
            return decodeOnly(modelId, Figure.JAVA_DECODE, tokens -> new ApiDecoder(model, tokens, settings));
        }
    }

    /**
     * Decoding only through the generated bindings, with a ggml thread pool attached to the context
     * as llama-bench attaches one: FFM's own cost, without the API's, and what the pool gives.
     *
     * @param modelId the model's short name for the figures
     * @param file    the GGUF file
     * @return the pp and tg figures
     */
    public List<Figure> decodeOnlyBindings(String modelId, Path file) {
        return decodeOnly(modelId, Figure.JAVA_BINDINGS, tokens -> new RawDecoder(file, tokens, settings, true));
    }

    private List<Figure> decodeOnly(String modelId, String path, java.util.function.IntFunction<Decoder> open) {
        SplittableRandom random = new SplittableRandom(1);
        double[] pp = new double[settings.repetitions()];
        try (Decoder d = open.apply(settings.promptTokens())) {
            decodePrompt(d, random); // warm-up
            for (int r = 0; r < pp.length; r++) {
                d.clearMemory();
                long t0 = System.nanoTime();
                decodePrompt(d, random);
                pp[r] = settings.promptTokens() * 1e9 / (System.nanoTime() - t0);
            }
        }
        double[] tg = new double[settings.repetitions()];
        try (Decoder d = open.apply(settings.genTokens())) {
            decodeTokens(d, settings.genTokens(), random); // warm-up
            for (int r = 0; r < tg.length; r++) {
                d.clearMemory();
                long t0 = System.nanoTime();
                decodeTokens(d, settings.genTokens(), random);
                tg[r] = settings.genTokens() * 1e9 / (System.nanoTime() - t0);
            }
        }
        return List.of(new Figure(modelId, path, settings.ppTest(), pp), new Figure(modelId, path, settings.tgTest(), tg));
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
     * @param modelId the model's short name for the figures
     * @param file    the GGUF file
     * @return the pp and tg figures
     */
    public List<Figure> generate(String modelId, Path file) {
        SplittableRandom random = new SplittableRandom(2);
        double[] pp = new double[settings.repetitions()];
        double[] tg = new double[settings.repetitions()];
        try (LlamaModel model = LlamaModel.load(file)) {
            Sampler.Builder chain = Sampler.builder().topK(40).topP(0.95f).temperature(0.8f).seed(42);
            Vocab vocab = model.vocab();
            for (int t = 0; t < vocab.size(); t++) if (vocab.isEndOfGeneration(t)) chain.logitBias(t, Float.NEGATIVE_INFINITY);
            int start = vocab.addsBos() ? vocab.bos() : 0;
            try (Sampler sampler = chain.build();
                 LlamaContext ctx = model.newContext(contextParams(settings.promptTokens() + 1, settings))) {
                GenerateParams one = GenerateParams.builder().maxTokens(1).sampler(sampler).build();
                generateTimed(ctx, prompt(start, vocab.size(), random), one, 1); // warm-up
                for (int r = 0; r < pp.length; r++) {
                    ctx.clear();
                    pp[r] = settings.promptTokens() * 1e9 / generateTimed(ctx, prompt(start, vocab.size(), random), one, 1);
                }
            }
            try (Sampler sampler = chain.build();
                 LlamaContext ctx = model.newContext(contextParams(settings.genTokens(), settings))) {
                GenerateParams gen = GenerateParams.builder().maxTokens(settings.genTokens()).sampler(sampler).build();
                generateTimed(ctx, new int[] {start}, gen, settings.genTokens()); // warm-up
                for (int r = 0; r < tg.length; r++) {
                    ctx.clear();
                    tg[r] = settings.genTokens() * 1e9 / generateTimed(ctx, new int[] {start}, gen, settings.genTokens());
                }
            }
        }
        return List.of(new Figure(modelId, Figure.JAVA_GENERATE, settings.ppTest(), pp),
                new Figure(modelId, Figure.JAVA_GENERATE, settings.tgTest(), tg));
    }

    /** The context for a test of {@code tokens} tokens, set as llama-bench sets its own. */
    static ContextParams contextParams(int tokens, BenchSettings settings) {
        return ContextParams.builder().contextSize(tokens).batchSize(settings.batchSize()).microBatchSize(settings.microBatch())
                .threads(settings.threads()).batchThreads(settings.threads()).build();
    }

    private int[] prompt(int start, int vocabSize, SplittableRandom random) {
        int[] p = new int[settings.promptTokens()];
        p[0] = start;
        for (int i = 1; i < p.length; i++) p[i] = random.nextInt(vocabSize);
        return p;
    }

    /** Runs one generation to its end, as a user's loop does; returns its nanoseconds. */
    private static long generateTimed(LlamaContext ctx, int[] prompt, GenerateParams params, int expected) {
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
}
