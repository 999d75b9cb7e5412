package io.github.llamaffm.tests;

import io.github.llamaffm.Cancellation;
import io.github.llamaffm.Completion;
import io.github.llamaffm.ContextParams;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.Generation;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.Quantization;
import io.github.llamaffm.Sampler;
import io.github.llamaffm.StopReason;
import io.github.llamaffm.Token;
import io.github.llamaffm.chat.ChatSession;
import io.github.llamaffm.Proposer;
import io.github.llamaffm.Speculation;
import io.github.llamaffm.SpeculationStats;
import io.github.llamaffm.testkit.RandomLlamaModel;
import io.github.llamaffm.speculative.DraftModel;
import io.github.llamaffm.speculative.PromptLookup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Speculative decoding end to end on random-weight models: with greedy sampling the tokens, text,
 * stop reason and the context's remembered tokens are exactly those of the same generation without
 * speculation, whatever the proposer (draft models that agree often or never, prompt lookup, an
 * oracle that knows the answer, one that is always wrong) and the draft length; with a sampling
 * chain the output keeps the target's distribution (llama.cpp's acceptance rule).
 */
class SpeculativeDecodingTest {
    private static final Path DIR = Path.of("target", "test-models");
    private static LlamaModel spm, bpe, wide, wideQ4, bpeOther;

    @BeforeAll
    static void load() {
        spm = LlamaModel.load(TestModels.tiny("llama-spm"));
        bpe = LlamaModel.load(TestModels.tiny("llama-bpe"));
        Path widePath = model("spec-wide-bpe", RandomLlamaModel.tiny().embeddingLength(128).feedForwardLength(256).blockCount(3)
                .headCount(4).headCountKv(4).seed(99));
        wide = LlamaModel.load(widePath);
        wideQ4 = LlamaModel.load(quantized(widePath, Quantization.Q4_0));
        bpeOther = LlamaModel.load(model("spec-other-bpe", RandomLlamaModel.tiny().seed(4321)));
    }

    @AfterAll
    static void close() {
        for (LlamaModel m : new LlamaModel[]{spm, bpe, wide, wideQ4, bpeOther}) if (m != null) m.close();
    }

    private static Path model(String name, RandomLlamaModel.Builder b) {
        try {
            Files.createDirectories(DIR);
            Path out = DIR.resolve(name + ".gguf").toAbsolutePath();
            Path tmp = Files.createTempFile(DIR, name, ".tmp");
            b.vocabulary(TestModels.vocab("llama-bpe")).build().write(tmp);
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path quantized(Path source, Quantization q) {
        try {
            Path out = source.resolveSibling(source.getFileName().toString().replace(".gguf", "-" + q + ".gguf"));
            Path tmp = Files.createTempFile(DIR, "quant", ".tmp");
            q.quantize(source, tmp, 2);
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LlamaModel byName(String name) {
        return switch (name) {
            case "spm" -> spm;
            case "bpe" -> bpe;
            case "wide" -> wide;
            case "wideQ4" -> wideQ4;
            case "bpeOther" -> bpeOther;
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static ContextParams ctxParams() {
        return ContextParams.builder().contextSize(512).threads(2).build();
    }

    /** What a generation produced and what it left in the context. */
    private record Outcome(int[] ids, String text, StopReason reason, int generated, int[] kept, SpeculationStats stats) {
        void assertSameAs(Outcome plain, String what) {
            assertArrayEquals(plain.ids, ids, what + ": tokens");
            assertEquals(plain.text, text, what + ": text");
            assertEquals(plain.reason, reason, what + ": stop reason");
            assertEquals(plain.generated, generated, what + ": generated count");
            assertArrayEquals(plain.kept, kept, what + ": tokens the context holds afterwards");
        }
    }

    private static Outcome run(LlamaContext ctx, String prompt, GenerateParams gp) {
        Generation g = ctx.generate(prompt, gp);
        List<Integer> ids = new ArrayList<>();
        for (Token t : g) ids.add(t.id());
        Completion c = g.result();
        return new Outcome(ids.stream().mapToInt(Integer::intValue).toArray(), c.text(), c.stopReason(), c.generatedTokens(),
                ctx.tokens(), g.speculationStats());
    }

    /** A fresh context's plain greedy generation. */
    private static Outcome plain(LlamaModel m, String prompt, GenerateParams gp) {
        try (LlamaContext ctx = m.newContext(ctxParams())) {
            return run(ctx, prompt, gp.toBuilder().speculative(null).build());
        }
    }

    /** Proposes the reference continuation (known in advance), wrong from token {@code wrongFrom} of each proposal on. */
    private static Speculation oracle(int promptLength, int[] reference, int wrongFrom, int vocab) {
        return Speculation.of(target -> (tokens, length, max, draft) -> {
            int done = length - promptLength; // reference tokens generated so far
            int n = 0;
            for (; n < max && done + n < reference.length; n++) {
                int right = reference[done + n];
                draft[n] = n < wrongFrom ? right : (right + 1) % vocab;
            }
            return n;
        });
    }

    @ParameterizedTest(name = "{0} with draft {1}, {2}, max draft {3}")
    @CsvSource({
            "spm, spm, 'Once upon a time', 4",
            "spm, spm, 'The quick brown fox', 1",
            "bpe, bpe, 'def fibonacci(n):', 8",
            "bpe, bpeOther, 'Hello, my name is', 5",
            "wide, wideQ4, 'The capital of France is', 6",
            "wide, wideQ4, 'for (int i = 0; i < n; i++) {', 12",
            "wideQ4, wide, 'In the beginning', 3"})
    void greedyDraftModelGivesIdenticalTokens(String target, String draft, String prompt, int maxDraft) {
        LlamaModel t = byName(target), d = byName(draft);
        GenerateParams gp = GenerateParams.builder().maxTokens(32).build();
        Outcome reference = plain(t, prompt, gp);
        try (LlamaContext ctx = t.newContext(ctxParams()); LlamaContext draftCtx = d.newContext(ctxParams())) {
            Speculation spec = DraftModel.of(draftCtx).withDraftLength(0, maxDraft);
            Outcome o = run(ctx, prompt, gp.toBuilder().speculative(spec).build());
            o.assertSameAs(reference, target + "/" + draft);
            assertTrue(o.stats.steps() > 0 && o.stats.drafted() > 0, o.stats.toString());
            if (t == d) assertTrue(o.stats.acceptanceRate() > 0.9, "the same model as draft agrees: " + o.stats);
            // a second generation on the same two contexts reuses what they hold and still agrees
            Outcome again = run(ctx, prompt + " and then", gp.toBuilder().speculative(spec).build());
            again.assertSameAs(plain(t, prompt + " and then", gp), "second generation");
        }
    }

    @ParameterizedTest(name = "{0}: prompt lookup, max draft {1}")
    @CsvSource({"spm, 2", "spm, 10", "bpe, 4", "wide, 10"})
    void greedyPromptLookupGivesIdenticalTokens(String target, int maxDraft) {
        LlamaModel t = byName(target);
        String prompt = "int add(int a, int b) { return a + b; }\nint sub(int a, int b) { return a - b; }\nint mul(int a, int b) {";
        GenerateParams gp = GenerateParams.builder().maxTokens(64).build();
        Outcome reference = plain(t, prompt, gp);
        try (LlamaContext ctx = t.newContext(ctxParams())) {
            Outcome o = run(ctx, prompt, gp.toBuilder().speculative(PromptLookup.of().withDraftLength(0, maxDraft)).build());
            o.assertSameAs(reference, target + " prompt lookup");
            // the spm model falls into a loop early: lookup then proposes, and is right
            if (target.equals("spm")) assertTrue(o.stats.accepted() > 0, o.stats.toString());
        }
    }

    @Test
    void oracleProposalsAreAllAcceptedAndWrongOnesNone() {
        String prompt = "Counting sheep:";
        GenerateParams gp = GenerateParams.builder().maxTokens(40).build();
        Outcome reference = plain(spm, prompt, gp);
        int promptLength = spm.vocab().tokenize(prompt, io.github.llamaffm.SpecialTokens.ADD_AND_PARSE).length;
        int vocab = spm.vocab().size();
        for (int maxDraft : new int[]{1, 3, 16}) {
            for (int wrongFrom : new int[]{0, 2, Integer.MAX_VALUE}) {
                try (LlamaContext ctx = spm.newContext(ctxParams())) {
                    Speculation s = oracle(promptLength, reference.ids, wrongFrom, vocab).withDraftLength(0, maxDraft);
                    Outcome o = run(ctx, prompt, gp.toBuilder().speculative(s).build());
                    String what = "max draft " + maxDraft + ", wrong from " + wrongFrom;
                    o.assertSameAs(reference, what);
                    // each proposal's right prefix is accepted, nothing after it
                    long expectedPerStep = Math.min(maxDraft, wrongFrom);
                    assertTrue(o.stats.accepted() <= o.stats.steps() * expectedPerStep, what + ": " + o.stats);
                    if (wrongFrom == 0) assertEquals(0, o.stats.accepted(), what + ": " + o.stats);
                    if (wrongFrom == Integer.MAX_VALUE) assertEquals(o.stats.drafted(), o.stats.accepted(), what + ": " + o.stats);
                    if (wrongFrom > 0) assertTrue(o.stats.accepted() > 0, what + ": " + o.stats);
                }
            }
        }
    }

    /** Log-probabilities of accepted tokens come from the row of the verified batch they were sampled at. */
    @Test
    void logprobsAreThoseOfAPlainRun() {
        String prompt = "Once upon a time";
        GenerateParams gp = GenerateParams.builder().maxTokens(24).logprobs(3).build();
        List<Token> plain = new ArrayList<>(), spec = new ArrayList<>();
        try (LlamaContext ctx = spm.newContext(ctxParams())) {
            for (Token t : ctx.generate(prompt, gp)) plain.add(t);
        }
        try (LlamaContext ctx = spm.newContext(ctxParams()); LlamaContext draftCtx = spm.newContext(ctxParams())) {
            Generation g = ctx.generate(prompt, gp.toBuilder().speculative(DraftModel.of(draftCtx).withDraftLength(0, 6)).build());
            for (Token t : g) spec.add(t);
            assertTrue(g.speculationStats().accepted() > 0, g.speculationStats().toString());
        }
        assertEquals(plain.size(), spec.size());
        for (int i = 0; i < plain.size(); i++) {
            Token a = plain.get(i), b = spec.get(i);
            assertEquals(a.id(), b.id(), "token " + i);
            // batched rows round differently in the last float digits
            assertEquals(a.logprob(), b.logprob(), 1e-3, "token " + i);
            assertEquals(a.topLogprobs().stream().map(io.github.llamaffm.Logprob::id).toList(),
                    b.topLogprobs().stream().map(io.github.llamaffm.Logprob::id).toList(), "token " + i);
        }
    }

    @Test
    void stopStringsAndTokenLimitsEndAsWithoutSpeculation() {
        String prompt = "The story begins";
        Outcome longRun = plain(spm, prompt, GenerateParams.builder().maxTokens(40).build());
        int promptLength = spm.vocab().tokenize(prompt, io.github.llamaffm.SpecialTokens.ADD_AND_PARSE).length;
        Speculation perfect = oracle(promptLength, longRun.ids, Integer.MAX_VALUE, spm.vocab().size()).withDraftLength(0, 8);
        Speculation lookup = PromptLookup.of(1, 3).withDraftLength(0, 8);
        for (Speculation s : List.of(perfect, lookup)) {
            for (int max : new int[]{1, 2, 3, 5, 8, 13}) {
                GenerateParams gp = GenerateParams.builder().maxTokens(max).build();
                try (LlamaContext ctx = spm.newContext(ctxParams())) {
                    Outcome o = run(ctx, prompt, gp.toBuilder().speculative(s).build());
                    o.assertSameAs(plain(spm, prompt, gp), "maxTokens " + max + " with " + s);
                    assertEquals(max, o.generated);
                }
            }
            // stop strings taken from the middle of the text (they may span tokens)
            String text = longRun.text;
            for (int at : new int[]{3, text.length() / 3, text.length() / 2}) {
                String stop = text.substring(at, Math.min(text.length(), at + 3)).strip();
                if (stop.isEmpty()) continue;
                GenerateParams gp = GenerateParams.builder().maxTokens(40).stop(stop).build();
                Outcome reference = plain(spm, prompt, gp);
                assertEquals(StopReason.STOP_STRING, reference.reason, "'" + stop + "' in '" + text + "'");
                try (LlamaContext ctx = spm.newContext(ctxParams())) {
                    run(ctx, prompt, gp.toBuilder().speculative(s).build()).assertSameAs(reference, "stop '" + stop + "' with " + s);
                }
            }
        }
    }

    @Test
    void endOfGenerationInsideAVerifiedBatch() {
        // a bias on EOS that makes the plain run end by itself after a few tokens, found by bisection
        // (a larger bias ends it sooner)
        int eos = spm.vocab().eos();
        String prompt = "Short answer:";
        int promptLength = spm.vocab().tokenize(prompt, io.github.llamaffm.SpecialTokens.ADD_AND_PARSE).length;
        float lo = 0, hi = 64;
        for (int i = 0; i < 40; i++) {
            float bias = (lo + hi) / 2;
            GenerateParams gp = GenerateParams.builder().maxTokens(64).sampler(Sampler.builder().logitBias(eos, bias).temperature(0).build()).build();
            Outcome reference = plain(spm, prompt, gp);
            if (reference.reason != StopReason.END_OF_GENERATION) {
                lo = bias;
                continue;
            }
            if (reference.generated < 3) {
                hi = bias;
                continue;
            }
            int[] withEos = Arrays.copyOf(reference.ids, reference.ids.length + 1);
            withEos[reference.ids.length] = eos; // the oracle even proposes the end
            try (LlamaContext ctx = spm.newContext(ctxParams())) {
                Outcome o = run(ctx, prompt, gp.toBuilder().speculative(oracle(promptLength, withEos, Integer.MAX_VALUE, spm.vocab().size())).build());
                o.assertSameAs(reference, "EOS bias " + bias);
                assertTrue(o.stats.accepted() > 0, o.stats.toString());
            }
            try (LlamaContext ctx = spm.newContext(ctxParams()); LlamaContext draft = spm.newContext(ctxParams())) {
                run(ctx, prompt, gp.toBuilder().speculative(DraftModel.of(draft)).build()).assertSameAs(reference, "draft, EOS bias " + bias);
            }
            return;
        }
        throw new AssertionError("no EOS bias in [" + lo + ", " + hi + "] ended the plain run after 3..64 tokens");
    }

    @Test
    void grammarsConstrainSpeculativeOutputAlike() {
        String gbnf = "root ::= (\"cat\" | \"dog\" | \"bird\") (\" \" [0-9])+ \"\\n\"";
        for (long seed = 1; seed <= 2; seed++) {
            Sampler s = Sampler.builder().grammar(gbnf, "root").temperature(seed % 2 == 0 ? 0 : 1.0f).seed(seed).build();
            GenerateParams gp = GenerateParams.builder().maxTokens(24).sampler(s).build();
            Outcome reference = plain(spm, "Animal:", gp);
            try (LlamaContext ctx = spm.newContext(ctxParams()); LlamaContext draft = spm.newContext(ctxParams())) {
                Outcome o = run(ctx, "Animal:", gp.toBuilder().speculative(DraftModel.of(draft).withDraftLength(0, 5)).build());
                o.assertSameAs(reference, "grammar, seed " + seed);
                assertTrue(o.text.matches("(cat|dog|bird)( [0-9])+\n") || o.reason == StopReason.MAX_TOKENS, o.text);
            }
        }
    }

    @Test
    void cancellationMidwayLeavesWhatAPlainRunLeaves() {
        String prompt = "Cancel me";
        for (int after : new int[]{1, 2, 5, 9}) {
            Outcome[] both = new Outcome[2];
            for (int k = 0; k < 2; k++) {
                try (LlamaContext ctx = spm.newContext(ctxParams()); LlamaContext draft = spm.newContext(ctxParams())) {
                    Cancellation c = new Cancellation();
                    GenerateParams.Builder b = GenerateParams.builder().maxTokens(40).cancellation(c);
                    if (k == 1) b.speculative(DraftModel.of(draft).withDraftLength(0, 6));
                    Generation g = ctx.generate(prompt, b.build());
                    List<Integer> ids = new ArrayList<>();
                    for (Token t : g) {
                        ids.add(t.id());
                        if (ids.size() == after) c.cancel();
                    }
                    both[k] = new Outcome(ids.stream().mapToInt(Integer::intValue).toArray(), g.result().text(), g.result().stopReason(),
                            g.result().generatedTokens(), ctx.tokens(), g.speculationStats());
                    if (k == 1) assertTrue(after < 2 || g.speculationStats().accepted() > 0, g.speculationStats().toString());
                }
            }
            assertEquals(StopReason.CANCELLED, both[0].reason);
            both[1].assertSameAs(both[0], "cancelled after " + after);
        }
    }

    @Test
    void aDraftClosedMidwayLeavesTheGenerationWithoutProposals() {
        GenerateParams gp = GenerateParams.builder().maxTokens(32).build();
        Outcome reference = plain(spm, "Closing the draft", gp);
        try (LlamaContext ctx = spm.newContext(ctxParams())) {
            LlamaContext draft = spm.newContext(ctxParams());
            Generation g = ctx.generate("Closing the draft", gp.toBuilder().speculative(DraftModel.of(draft)).build());
            List<Integer> ids = new ArrayList<>();
            long draftedBefore = -1;
            for (Token t : g) {
                ids.add(t.id());
                if (ids.size() == 8) {
                    draftedBefore = g.speculationStats().drafted();
                    draft.close();
                }
            }
            assertArrayEquals(reference.ids, ids.stream().mapToInt(Integer::intValue).toArray());
            assertArrayEquals(reference.kept, ctx.tokens());
            assertTrue(draftedBefore > 0, g.speculationStats().toString());
            // nothing was proposed after the close, except what was already verified
            assertTrue(g.speculationStats().drafted() <= draftedBefore + 16, g.speculationStats() + " vs " + draftedBefore);
        }
    }

    @Test
    void anInterruptDuringTheDraftsDecodeCancels() {
        try (LlamaContext ctx = spm.newContext(ctxParams()); LlamaContext draft = spm.newContext(ctxParams())) {
            Proposer.Factory drafting = DraftModel.of(draft).factory();
            int[] calls = {0};
            // the interrupt arrives while the draft works: its decode aborts, the generation ends CANCELLED
            Speculation interrupting = Speculation.of(target -> {
                Proposer inner = drafting.open(target);
                return new Proposer() {
                    @Override
                    public int propose(int[] tokens, int length, int max, int[] out) {
                        if (++calls[0] == 3) Thread.currentThread().interrupt();
                        return inner.propose(tokens, length, max, out);
                    }

                    @Override
                    public void close() {
                        inner.close();
                    }
                };
            });
            Generation g = ctx.generate("Interrupted", GenerateParams.builder().maxTokens(40).speculative(interrupting).build());
            List<Integer> ids = new ArrayList<>();
            try {
                for (Token t : g) ids.add(t.id());
            } finally {
                Thread.interrupted(); // clear the flag for the next tests
            }
            assertEquals(StopReason.CANCELLED, g.result().stopReason());
            assertEquals(3, calls[0]);
            // what came out is the plain output's start, and the context holds what a plain run cancelled there holds
            Outcome reference = plain(spm, "Interrupted", GenerateParams.builder().maxTokens(ids.size()).build());
            assertArrayEquals(reference.ids, ids.stream().mapToInt(Integer::intValue).toArray());
            assertArrayEquals(reference.kept, ctx.tokens());
            // both contexts stay usable, the draft context too
            GenerateParams gp = GenerateParams.builder().maxTokens(8).build();
            run(ctx, "again", gp.toBuilder().speculative(DraftModel.of(draft)).build()).assertSameAs(plain(spm, "again", gp), "after the interrupt");
        }
    }

    @Test
    void contextFullEndsAsWithoutSpeculation() {
        String prompt = "x ".repeat(200);
        ContextParams small = ContextParams.builder().contextSize(256).threads(2).build();
        GenerateParams gp = GenerateParams.builder().maxTokens(200).build();
        Outcome reference;
        try (LlamaContext ctx = spm.newContext(small)) {
            reference = run(ctx, prompt, gp);
        }
        assertEquals(StopReason.CONTEXT_FULL, reference.reason);
        try (LlamaContext ctx = spm.newContext(small); LlamaContext draft = spm.newContext(small)) {
            run(ctx, prompt, gp.toBuilder().speculative(DraftModel.of(draft).withDraftLength(0, 16)).build())
                    .assertSameAs(reference, "context full");
        }
    }

    @Test
    void chatSessionRepliesAreTheSame() {
        try (LlamaModel chatModel = LlamaModel.load(TestModels.tiny("qwen2"))) {
            List<String> plainReplies = new ArrayList<>(), specReplies = new ArrayList<>();
            SpeculationStats total = SpeculationStats.NONE;
            for (int k = 0; k < 2; k++) {
                try (LlamaContext ctx = chatModel.newContext(ContextParams.builder().contextSize(1024).threads(2).build());
                     LlamaContext draft = chatModel.newContext(ContextParams.builder().contextSize(1024).threads(2).build())) {
                    ChatSession.Builder b = ChatSession.builder(ctx).systemPrompt("You are terse.").maxTokens(16);
                    if (k == 1) b.speculative(DraftModel.of(draft));
                    ChatSession chat = b.build();
                    for (String msg : List.of("Hello there", "Tell me more", "And then?")) {
                        Generation g = chat.send(msg);
                        g.run();
                        (k == 0 ? plainReplies : specReplies).add(g.result().text());
                        total = total.plus(g.speculationStats());
                    }
                }
            }
            assertEquals(plainReplies, specReplies);
            assertTrue(total.accepted() > 0, total.toString());
        }
    }

    /**
     * With a sampling chain, llama.cpp's rule samples with the target's own chain at each position
     * and keeps a proposed token only when the sample equals it: every token is a sample of the
     * target's distribution given the tokens before it, and the chain (its random generator
     * included) sees the same calls as without speculation. So, per seed, the output is the plain
     * output unless batched and single-token decodes round a logit differently right at a sampling
     * boundary; and over seeds, the distribution of the output is the target's.
     */
    @Test
    void samplingKeepsTheTargetsDistribution() {
        String prompt = "Roll the dice";
        int seeds = 200, length = 3; // the acceptance rule decides from the third token on (sampled at row 1)
        Sampler.Builder base = Sampler.builder().topK(3).temperature(1.5f);
        Map<String, Integer> plainCounts = new HashMap<>(), specCounts = new HashMap<>();
        int differing = 0;
        long accepted = 0;
        try (LlamaContext ctx = spm.newContext(ctxParams()); LlamaContext draft = spm.newContext(ctxParams())) {
            Speculation spec = DraftModel.of(draft).withDraftLength(0, 3);
            for (int seed = 0; seed < seeds; seed++) {
                GenerateParams gp = GenerateParams.builder().maxTokens(length).sampler(base.seed(seed).build()).build();
                ctx.memory().clear();
                int[] a = run(ctx, prompt, gp).ids;
                ctx.memory().clear();
                Outcome o = run(ctx, prompt, gp.toBuilder().speculative(spec).build());
                accepted += o.stats.accepted();
                if (!Arrays.equals(a, o.ids)) differing++;
                // independent samples for the distribution test: plain with seed s, speculative with seed s + seeds
                ctx.memory().clear();
                int[] b = run(ctx, prompt, GenerateParams.builder().maxTokens(length).sampler(base.seed(seed + seeds).build())
                        .speculative(spec).build()).ids;
                plainCounts.merge(Arrays.toString(a), 1, Integer::sum);
                specCounts.merge(Arrays.toString(b), 1, Integer::sum);
            }
        }
        assertTrue(accepted > 0, "the draft (the same model, greedy) agrees with some samples");
        // Rounding differences can flip a token only when a uniform draw lands within ~1e-6 of a
        // cumulative-probability boundary: expected count far below one in 200 seeds; 3 allows for
        // a rare flip without hiding a wrong rule, which would differ in most seeds.
        assertTrue(differing <= 3, differing + " of " + seeds + " seeds differ");
        // Two-sample chi-square test of the sequences' distribution (bins with fewer than 10
        // samples pooled). With fixed seeds the outcome is fixed; the threshold z > 3.09
        // (Wilson-Hilferty, p < 0.001) means a correct rule would fail for 1 seed set in 1000,
        // while a rule that keeps proposed tokens too often (greedy ones) shifts the mass of
        // several bins by far more.
        double chi = 0;
        int df = -1, pooledA = 0, pooledB = 0;
        java.util.Set<String> keys = new java.util.TreeSet<>(plainCounts.keySet());
        keys.addAll(specCounts.keySet());
        for (String key : keys) {
            int x = plainCounts.getOrDefault(key, 0), y = specCounts.getOrDefault(key, 0);
            if (x + y < 10) {
                pooledA += x;
                pooledB += y;
                continue;
            }
            chi += (double) (x - y) * (x - y) / (x + y);
            df++;
        }
        if (pooledA + pooledB > 0) {
            chi += (double) (pooledA - pooledB) * (pooledA - pooledB) / (pooledA + pooledB);
            df++;
        }
        assertTrue(df >= 5, "too few bins: " + df);
        double z = (Math.cbrt(chi / df) - (1 - 2.0 / (9 * df))) / Math.sqrt(2.0 / (9 * df));
        assertTrue(z < 3.09, "chi-square " + chi + " with " + df + " degrees of freedom (z " + z + ")");
    }

    /** The tiny spm model with its tokenizer edited. */
    private static Path spmVariant(String name, java.util.function.Consumer<io.github.llamaffm.gguf.GgufWriter> edit) {
        try {
            io.github.llamaffm.gguf.GgufWriter w = TestModels.spec("llama-spm").newWriter();
            edit.accept(w);
            Files.createDirectories(DIR);
            Path out = DIR.resolve("spec-spm-" + name + ".gguf").toAbsolutePath();
            Path tmp = Files.createTempFile(DIR, name, ".tmp");
            w.write(tmp);
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void swapTokens(io.github.llamaffm.gguf.GgufWriter w, int a, int b) {
        List<String> tokens = new ArrayList<>(w.metadata().get("tokenizer.ggml.tokens").asArray().toStringList());
        java.util.Collections.swap(tokens, a, b);
        w.putArray("tokenizer.ggml.tokens", io.github.llamaffm.gguf.GgufArray.ofStrings(tokens));
    }

    /** llama.cpp's rule, each part: vocabulary type, BOS use and id, token text from id 5 on (ids 0..4 are not compared). */
    @Test
    void vocabulariesAreComparedAsLlamaCppCompares() {
        Map<String, String> refused = Map.of(
                "text", "token 100 differs",
                "bos", "BOS token differs",
                "addbos", "BOS token differs");
        for (var e : refused.entrySet()) {
            Path p = spmVariant(e.getKey(), w -> {
                switch (e.getKey()) {
                    case "text" -> swapTokens(w, 100, 101);
                    case "bos" -> w.putUInt32("tokenizer.ggml.bos_token_id", 3);
                    default -> w.putBool("tokenizer.ggml.add_bos_token", false);
                }
            });
            try (LlamaModel m = LlamaModel.load(p); LlamaContext draft = m.newContext(ctxParams()); LlamaContext ctx = spm.newContext(ctxParams())) {
                IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
                        () -> ctx.generate("x", GenerateParams.builder().speculative(DraftModel.of(draft)).build()), e.getKey());
                assertTrue(x.getMessage().contains(e.getValue()), x.getMessage());
            }
        }
        // the first five ids are not compared (llama.cpp starts at SPEC_VOCAB_CHECK_START_TOKEN_ID 5)
        Path early = spmVariant("early", w -> swapTokens(w, 3, 4));
        try (LlamaModel m = LlamaModel.load(early); LlamaContext draft = m.newContext(ctxParams()); LlamaContext ctx = spm.newContext(ctxParams())) {
            GenerateParams gp = GenerateParams.builder().maxTokens(12).build();
            run(ctx, "accepted", gp.toBuilder().speculative(DraftModel.of(draft)).build()).assertSameAs(plain(spm, "accepted", gp), "early ids");
        }
    }

    @Test
    void refusesWhatCannotWork() {
        try (LlamaContext ctx = spm.newContext(ctxParams());
             LlamaContext bpeDraft = bpe.newContext(ctxParams());
             LlamaContext smallDraft = spm.newContext(ContextParams.builder().contextSize(256).threads(2).build())) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ctx.generate("x", GenerateParams.builder().speculative(DraftModel.of(bpeDraft)).build()));
            assertTrue(e.getMessage().contains("draft model"), e.getMessage());
            e = assertThrows(IllegalArgumentException.class,
                    () -> ctx.generate("x", GenerateParams.builder().speculative(DraftModel.of(smallDraft)).build()).run());
            assertTrue(e.getMessage().contains("draft context holds"), e.getMessage());
            e = assertThrows(IllegalArgumentException.class,
                    () -> ctx.generate("x", GenerateParams.builder().speculative(DraftModel.of(ctx)).build()).run());
            assertTrue(e.getMessage().contains("own"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> PromptLookup.of().withDraftLength(0, 0));
            assertThrows(IllegalArgumentException.class, () -> PromptLookup.of().withDraftLength(3, 2));
            assertThrows(IllegalArgumentException.class, () -> PromptLookup.of().withDraftLength(0, Speculation.MAX_DRAFT_LIMIT + 1));
            assertThrows(IllegalArgumentException.class, () -> PromptLookup.of(0, 2));
            assertThrows(IllegalArgumentException.class, () -> DraftModel.of(ctx, 1.5f));
            // a proposer that breaks its contract fails the generation, not the JVM
            Speculation greedyLiar = Speculation.of(t -> (tokens, length, max, draft) -> max + 1);
            assertThrows(IllegalStateException.class,
                    () -> ctx.generate("x", GenerateParams.builder().maxTokens(8).speculative(greedyLiar).build()).run());
            // tokens outside the vocabulary end the proposal there; the output is unchanged
            Speculation outside = Speculation.of(t -> (tokens, length, max, draft) -> {
                Arrays.fill(draft, 0, max, Integer.MAX_VALUE);
                return max;
            });
            GenerateParams gp = GenerateParams.builder().maxTokens(8).build();
            run(ctx, "still usable", gp.toBuilder().speculative(outside).build()).assertSameAs(plain(spm, "still usable", gp), "outside");
            // the draft context serves one generation at a time
            try (LlamaContext draft = spm.newContext(ctxParams()); LlamaContext other = spm.newContext(ctxParams())) {
                Speculation s = DraftModel.of(draft);
                Generation first = ctx.generate("one", GenerateParams.builder().maxTokens(8).speculative(s).build());
                java.util.Iterator<Token> it = first.iterator();
                assertTrue(it.hasNext());
                assertThrows(IllegalStateException.class,
                        () -> other.generate("two", GenerateParams.builder().maxTokens(8).speculative(s).build()).run());
                while (it.hasNext()) it.next();
                assertEquals(8, other.generate("two", GenerateParams.builder().maxTokens(8).speculative(s).build()).run().generatedTokens());
            }
        }
    }
}
