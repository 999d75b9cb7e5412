package io.github.llamaffm.tests;

import io.github.llamaffm.Batch;
import io.github.llamaffm.ContextParams;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.Logprob;
import io.github.llamaffm.Sampler;
import io.github.llamaffm.SpecialTokens;
import io.github.llamaffm.Token;
import io.github.llamaffm.eval.ScoredText;
import io.github.llamaffm.eval.Scoring;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Log-probabilities of generated tokens and scored continuations equal a log-softmax computed here,
 * in double, from the logits the context exposes after decoding the same tokens one by one.
 */
class LogprobsTest {
    private static final double EPS = 1e-4;
    private static LlamaModel model;

    @BeforeAll
    static void load() {
        model = LlamaModel.load(EvalModels.model("gpt2")); // wide weights: far from uniform
    }

    @AfterAll
    static void close() {
        model.close();
    }

    private static LlamaContext context() {
        return model.newContext(ContextParams.builder().contextSize(256).threads(2).build());
    }

    /** log-softmax of a logits row, in double. */
    private static double[] logSoftmax(MemorySegment logits) {
        float[] l = logits.toArray(ValueLayout.JAVA_FLOAT);
        double max = Double.NEGATIVE_INFINITY;
        for (float v : l) max = Math.max(max, v);
        double sum = 0;
        for (float v : l) sum += Math.exp(v - max);
        double lse = max + Math.log(sum);
        double[] out = new double[l.length];
        for (int i = 0; i < l.length; i++) out[i] = l[i] - lse;
        return out;
    }

    /** For each token after the prompt: the log-softmax of the logits that predicted it (decoded one at a time). */
    private static List<double[]> reference(int[] prompt, int[] next) {
        List<double[]> rows = new ArrayList<>();
        try (LlamaContext ctx = context(); Batch b = Batch.create(256)) {
            b.add(prompt, 0, 0, true);
            ctx.decode(b);
            int pos = prompt.length;
            for (int t : next) {
                rows.add(logSoftmax(ctx.logits(-1)));
                b.clear().add(t, pos++, 0, true);
                ctx.decode(b);
            }
        }
        return rows;
    }

    /** The same, from one decode of prompt and continuation together (the logits of a batch differ from one-by-one decodes in the last digits). */
    private static List<double[]> batchReference(int[] prompt, int[] next) {
        List<double[]> rows = new ArrayList<>();
        try (LlamaContext ctx = context(); Batch b = Batch.create(256)) {
            for (int i = 0; i < prompt.length; i++) b.add(prompt[i], i, 0, true);
            for (int i = 0; i < next.length; i++) b.add(next[i], prompt.length + i, 0, true);
            ctx.decode(b);
            for (int i = 0; i < next.length; i++) rows.add(logSoftmax(ctx.logits(prompt.length - 1 + i)));
        }
        return rows;
    }

    private static void check(List<Token> tokens, int[] prompt, int topN) {
        int[] ids = tokens.stream().mapToInt(Token::id).toArray();
        List<double[]> ref = reference(prompt, ids);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            double[] r = ref.get(i);
            assertTrue(t.hasLogprob(), t.toString());
            assertEquals(r[t.id()], t.logprob(), EPS, "token " + i);
            assertEquals(topN, t.topLogprobs().size());
            double[] sorted = r.clone();
            Arrays.sort(sorted); // ascending: the k-th most likely is sorted[length - 1 - k]
            for (int k = 0; k < topN; k++) {
                Logprob alt = t.topLogprobs().get(k);
                assertEquals(sorted[sorted.length - 1 - k], alt.logprob(), EPS, "alternative " + k + " of token " + i);
                assertEquals(r[alt.id()], alt.logprob(), EPS);
                assertEquals(new String(model.vocab().pieceBytes(alt.id(), true), java.nio.charset.StandardCharsets.UTF_8), alt.piece());
                if (k > 0) assertTrue(alt.logprob() <= t.topLogprobs().get(k - 1).logprob());
            }
        }
    }

    @Test
    void greedyTokensCarryTheirLogprobsAndTheTopAlternatives() {
        int[] prompt = model.vocab().tokenize("The quick brown fox", SpecialTokens.ADD);
        List<Token> tokens = new ArrayList<>();
        try (LlamaContext ctx = context()) {
            for (Token t : ctx.generate(prompt, GenerateParams.builder().maxTokens(12).logprobs(5).build())) {
                if (t.id() >= 0) tokens.add(t);
            }
        }
        assertEquals(12, tokens.size());
        for (Token t : tokens) {
            assertEquals(t.id(), t.topLogprobs().get(0).id(), "greedy picks the most likely token");
            assertEquals(t.logprob(), t.topLogprobs().get(0).logprob(), 0.0);
            assertTrue(t.logprob() <= 0 && t.probability() > 0 && t.probability() <= 1);
        }
        check(tokens, prompt, 5);
    }

    @Test
    void logprobsComeFromTheLogitsBeforeTheSamplerChain() {
        int[] prompt = model.vocab().tokenize("Sampling with heat", SpecialTokens.ADD);
        Sampler hot = Sampler.builder().topK(40).temperature(3f).seed(5).build();
        List<Token> tokens = new ArrayList<>();
        try (LlamaContext ctx = context()) {
            for (Token t : ctx.generate(prompt, GenerateParams.builder().maxTokens(10).sampler(hot).logprobs(20).build())) {
                if (t.id() >= 0) tokens.add(t);
            }
        }
        assertTrue(tokens.stream().anyMatch(t -> t.id() != t.topLogprobs().get(0).id()), "a hot sampler leaves the argmax sometimes");
        check(tokens, prompt, 20);
        // topN 0: the token's own log-probability only
        List<Token> plain = new ArrayList<>();
        try (LlamaContext ctx = context()) {
            for (Token t : ctx.generate(prompt, GenerateParams.builder().maxTokens(4).logprobs(0).build())) plain.add(t);
        }
        check(plain, prompt, 0);
    }

    /** Batched generation and chat sessions pass the option through. */
    @Test
    void batchedGenerationAndChatCarryLogprobs() throws Exception {
        int[] prompt = model.vocab().tokenize("Batched requests", SpecialTokens.ADD);
        GenerateParams gp = GenerateParams.builder().maxTokens(6).logprobs(2).build();
        List<Token> alone = new ArrayList<>();
        try (LlamaContext ctx = context()) {
            for (Token t : ctx.generate(prompt, gp)) if (t.id() >= 0) alone.add(t);
        }
        List<Token> batched = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (LlamaContext ctx = model.newContext(ContextParams.builder().contextSize(512).sequences(2).threads(2).build());
             io.github.llamaffm.BatchGenerator bg = io.github.llamaffm.BatchGenerator.builder(ctx).build()) {
            io.github.llamaffm.BatchRequest r = bg.submit(prompt, gp, t -> {
                if (t.id() >= 0) batched.add(t);
            });
            List<Token> other = new java.util.concurrent.CopyOnWriteArrayList<>();
            io.github.llamaffm.BatchRequest r2 = bg.submit("another request", GenerateParams.builder().maxTokens(6).build(), other::add);
            r.join();
            r2.join();
            assertFalse(other.isEmpty());
            assertTrue(other.stream().noneMatch(Token::hasLogprob), "a request without the option gets none");
        }
        assertEquals(alone.stream().map(Token::id).toList(), batched.stream().map(Token::id).toList());
        for (int i = 0; i < alone.size(); i++) {
            assertEquals(alone.get(i).logprob(), batched.get(i).logprob(), 1e-2);
            assertEquals(2, batched.get(i).topLogprobs().size());
            assertEquals(batched.get(i).id(), batched.get(i).topLogprobs().get(0).id());
        }
        try (LlamaModel chatModel = LlamaModel.load(TestModels.tiny("qwen2"));
             LlamaContext ctx = chatModel.newContext(ContextParams.builder().contextSize(512).threads(2).build())) {
            io.github.llamaffm.chat.ChatSession chat = io.github.llamaffm.chat.ChatSession.builder(ctx).maxTokens(5).logprobs(3).build();
            int n = 0;
            for (Token t : chat.send("Hello")) {
                if (t.id() < 0) continue;
                n++;
                assertTrue(t.hasLogprob() && t.logprob() <= 0, t.toString());
                assertEquals(3, t.topLogprobs().size());
                assertEquals(t.id(), t.topLogprobs().get(0).id(), "greedy");
            }
            assertTrue(n > 0);
            assertThrows(IllegalArgumentException.class, () -> io.github.llamaffm.chat.ChatSession.builder(ctx).logprobs(50));
        }
        // a chat engine's calls (the server's path) keep the tokens with their log-probabilities
        try (LlamaModel chatModel = LlamaModel.load(TestModels.tiny("qwen2"));
             io.github.llamaffm.chat.ChatEngine engine = io.github.llamaffm.chat.ChatEngine.builder(chatModel).sequences(2)
                     .contextSize(1024).threads(2).build()) {
            io.github.llamaffm.chat.ChatRequest req = io.github.llamaffm.chat.ChatRequest.builder(
                    List.of(io.github.llamaffm.chat.ChatMessage.user("Hello"))).build();
            io.github.llamaffm.chat.ChatCall with = engine.submit(req, GenerateParams.builder().maxTokens(5).logprobs(2).build());
            io.github.llamaffm.chat.ChatCall without = engine.submit(req, GenerateParams.builder().maxTokens(5).build());
            io.github.llamaffm.chat.ChatResult r = with.join();
            without.join();
            List<Token> lp = with.logprobs();
            assertEquals(r.completion().generatedTokens(), lp.size());
            for (Token t : lp) {
                assertTrue(t.hasLogprob());
                assertEquals(2, t.topLogprobs().size());
            }
            assertTrue(without.logprobs().isEmpty());
        }
    }

    @Test
    void withoutTheOptionTokensCarryNone() {
        try (LlamaContext ctx = context()) {
            for (Token t : ctx.generate("Plain", GenerateParams.builder().maxTokens(3).build())) {
                assertFalse(t.hasLogprob());
                assertTrue(t.topLogprobs().isEmpty());
            }
        }
        assertThrows(IllegalArgumentException.class, () -> GenerateParams.builder().logprobs(21));
        assertThrows(IllegalArgumentException.class, () -> GenerateParams.builder().logprobs(-2));
        assertEquals(7, GenerateParams.builder().logprobs(7).build().toBuilder().build().logprobs());
        assertEquals(-1, GenerateParams.defaults().logprobs());
    }

    @Test
    void scoringAContinuationSumsItsTokensLogprobs() {
        int[] prompt = model.vocab().tokenize("Once upon a time", SpecialTokens.ADD);
        int[] cont = model.vocab().tokenize(" there was a small dragon", SpecialTokens.NONE);
        List<double[]> ref = batchReference(prompt, cont);
        double sum = 0;
        boolean greedy = true;
        for (int i = 0; i < cont.length; i++) {
            sum += ref.get(i)[cont[i]];
            double[] r = ref.get(i);
            double best = Arrays.stream(r).max().orElseThrow();
            greedy &= r[cont[i]] == best;
        }
        try (LlamaContext ctx = context()) {
            ScoredText s = Scoring.score(ctx, prompt, cont);
            assertEquals(cont.length, s.tokens().size());
            assertEquals(prompt.length, s.promptTokens());
            for (int i = 0; i < cont.length; i++) {
                assertEquals(cont[i], s.tokens().get(i).id());
                assertEquals(ref.get(i)[cont[i]], s.tokens().get(i).logprob(), EPS);
            }
            assertEquals(sum, s.logprob(), EPS * cont.length);
            assertEquals(greedy, s.greedy());
            // the text form tokenizes the same way here
            assertEquals(s.logprob(), Scoring.score(ctx, "Once upon a time", " there was a small dragon").logprob(), 1e-9);

            // the greedy continuation scores as greedy, with the generation's own log-probabilities
            List<Token> gen = new ArrayList<>();
            for (Token t : ctx.generate(prompt, GenerateParams.builder().maxTokens(8).logprobs(0).build())) if (t.id() >= 0) gen.add(t);
            int[] ids = gen.stream().mapToInt(Token::id).toArray();
            ScoredText g = Scoring.score(ctx, prompt, ids);
            assertTrue(g.greedy());
            // (one-by-one decodes and one batch agree to about 1e-3 on these wide random weights)
            assertEquals(gen.stream().mapToDouble(Token::logprob).sum(), g.logprob(), 1e-2);
            // batches smaller than the text: the same scores, row for row
            try (LlamaContext small = model.newContext(ContextParams.builder().contextSize(256).batchSize(3).threads(2).build())) {
                ScoredText s3 = Scoring.score(small, prompt, cont);
                for (int i = 0; i < cont.length; i++) assertEquals(s.tokens().get(i).logprob(), s3.tokens().get(i).logprob(), 1e-2);
            }
            assertThrows(IllegalArgumentException.class, () -> Scoring.score(ctx, new int[0], cont));
            assertThrows(IllegalArgumentException.class, () -> Scoring.score(ctx, prompt, new int[0]));
            assertThrows(IllegalArgumentException.class, () -> Scoring.score(ctx, prompt, new int[300]));
        }
    }
}
