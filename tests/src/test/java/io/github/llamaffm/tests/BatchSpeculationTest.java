package io.github.llamaffm.tests;

import io.github.llamaffm.BatchGenerator;
import io.github.llamaffm.BatchRequest;
import io.github.llamaffm.Cancellation;
import io.github.llamaffm.Completion;
import io.github.llamaffm.ContextParams;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.Generation;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.Proposer;
import io.github.llamaffm.Speculation;
import io.github.llamaffm.SpeculationStats;
import io.github.llamaffm.StopReason;
import io.github.llamaffm.Token;
import io.github.llamaffm.Vocab;
import io.github.llamaffm.chat.ChatCall;
import io.github.llamaffm.chat.ChatEngine;
import io.github.llamaffm.chat.ChatMessage;
import io.github.llamaffm.chat.ChatRequest;
import io.github.llamaffm.speculative.DraftModel;
import io.github.llamaffm.speculative.PromptLookup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Speculative decoding in continuous batching ({@link BatchGenerator}, {@link ChatEngine}): with
 * greedy sampling every request gives, token for token, what the same request gives without
 * speculation, whatever runs beside it (requests with other proposers or none), whatever the
 * proposer (an oracle that knows the answer, one that is always or partly wrong, prompt lookup, a
 * draft model with a sequence per request) and however it ends (end token, token limit, stop
 * string, cancellation, a full sequence); and what a sequence keeps for the prompt cache is what a
 * plain run keeps, so a following request reuses it and gives the plain answer.
 */
class BatchSpeculationTest {
    private static LlamaModel model;
    private static final List<String> PROMPTS = List.of(
            "Once upon a time",
            "def fibonacci(n):",
            "The capital of France is",
            "int add(int a, int b) { return a + b; }\nint sub(int a, int b) { return a - b; }\nint mul(int a, int b) {",
            "Hello, my name is",
            "1, 2, 3, 4, 5, 6,");

    @BeforeAll
    static void load() {
        model = LlamaModel.load(TestModels.tiny("llama-bpe"));
    }

    @AfterAll
    static void close() {
        model.close();
    }

    private static ContextParams params(int sequences, int perSequence) {
        return ContextParams.builder().contextSize(perSequence * sequences).batchSize(256).sequences(sequences)
                .unifiedKv(false).threads(2).build();
    }

    private static GenerateParams greedy(int maxTokens) {
        return GenerateParams.builder().maxTokens(maxTokens).build();
    }

    private static int[] tokens(String prompt) {
        return model.vocab().tokenize(prompt);
    }

    /** The tokens (ids, {@link Vocab#NO_TOKEN} for flushed text), text and end of one request. */
    private record Run(int[] ids, String text, StopReason reason, int generated, int promptDecoded, SpeculationStats stats) {
        void assertSameAs(Run plain, String what) {
            assertArrayEquals(plain.ids, ids, what + ": tokens");
            assertEquals(plain.text, text, what + ": text");
            assertEquals(plain.reason, reason, what + ": stop reason");
            assertEquals(plain.generated, generated, what + ": generated count");
        }

        /** The generated token ids, without flushed text. */
        int[] generatedIds() {
            return Arrays.stream(ids).filter(id -> id != Vocab.NO_TOKEN).toArray();
        }
    }

    /** A request whose tokens are collected as they stream. */
    private record Pending(BatchRequest request, List<Integer> ids) {
        int[] streamed() {
            synchronized (ids) {
                return ids.stream().mapToInt(Integer::intValue).filter(id -> id != Vocab.NO_TOKEN).toArray();
            }
        }

        Run join() {
            Completion c = request.join();
            int[] a;
            synchronized (ids) {
                a = ids.stream().mapToInt(Integer::intValue).toArray();
            }
            return new Run(a, c.text(), c.stopReason(), c.generatedTokens(), c.promptTokens(), request.speculationStats());
        }
    }

    private static Pending submit(BatchGenerator gen, int[] prompt, GenerateParams gp) {
        return submit(gen, prompt, gp, t -> { });
    }

    private static Pending submit(BatchGenerator gen, int[] prompt, GenerateParams gp, Consumer<Token> also) {
        List<Integer> ids = new ArrayList<>();
        BatchRequest r = gen.submit(prompt, gp, t -> {
            synchronized (ids) {
                ids.add(t.id());
            }
            also.accept(t);
        });
        return new Pending(r, ids);
    }

    /** The plain greedy generation of a fresh one-sequence context (ctx.generate, no speculation). */
    private static Run plain(int[] prompt, GenerateParams gp) {
        try (LlamaContext ctx = model.newContext(params(1, 512))) {
            Generation g = ctx.generate(prompt, gp.toBuilder().speculative(null).build());
            List<Integer> ids = new ArrayList<>();
            for (Token t : g) ids.add(t.id());
            Completion c = g.result();
            return new Run(ids.stream().mapToInt(Integer::intValue).toArray(), c.text(), c.stopReason(), c.generatedTokens(),
                    c.promptTokens(), SpeculationStats.NONE);
        }
    }

    /** Counts the proposers the oracles opened and closed. */
    private static final AtomicInteger OPENED = new AtomicInteger(), CLOSED = new AtomicInteger();

    /**
     * Proposes the reference continuation (known in advance), wrong from token {@code wrongFrom}
     * of each proposal on (0: always wrong).
     */
    private static Speculation oracle(int promptLength, int[] reference, int wrongFrom) {
        int vocab = model.vocab().size();
        return Speculation.of(target -> {
            OPENED.incrementAndGet();
            return new Proposer() {
                @Override
                public int propose(int[] tokens, int length, int max, int[] draft) {
                    int done = length - promptLength; // reference tokens generated so far
                    int n = 0;
                    for (; n < max && done + n < reference.length; n++) {
                        int right = reference[done + n];
                        draft[n] = n < wrongFrom ? right : (right + 1) % vocab;
                    }
                    return n;
                }

                @Override
                public void close() {
                    CLOSED.incrementAndGet();
                }
            };
        });
    }

    private static Speculation right(int[] prompt, Run reference, int maxDraft) {
        return oracle(prompt.length, reference.generatedIds(), Integer.MAX_VALUE).withDraftLength(0, maxDraft);
    }

    /**
     * Requests with different proposers and without one run side by side in one generator, more
     * of them than it has sequences: each gives its plain tokens; the counts are as the proposer
     * makes them (a right oracle: everything accepted; a wrong one: nothing), and every proposer
     * opened was closed.
     */
    @Test
    void mixedRequestsInOneGeneratorGiveThePlainTokens() {
        GenerateParams gp = greedy(32);
        List<int[]> prompts = PROMPTS.stream().map(BatchSpeculationTest::tokens).toList();
        List<Run> reference = prompts.stream().map(p -> plain(p, gp)).toList();
        assertTrue(reference.stream().filter(r -> r.generated >= 8).count() >= 4, "replies long enough to speculate on: " + reference);
        int opened = OPENED.get(), closed = CLOSED.get();
        try (LlamaContext ctx = model.newContext(params(4, 512)); BatchGenerator gen = BatchGenerator.builder(ctx).build()) {
            List<Pending> pending = new ArrayList<>();
            List<String> kinds = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < prompts.size(); i++) {
                    int[] p = prompts.get(i);
                    int[] ref = reference.get(i).generatedIds();
                    int kind = (i + round * 3) % 6;
                    Speculation s = switch (kind) {
                        case 0 -> null;
                        case 1 -> right(p, reference.get(i), 4);
                        case 2 -> oracle(p.length, ref, 0).withDraftLength(0, 3);
                        case 3 -> PromptLookup.of().withDraftLength(0, 10);
                        case 4 -> oracle(p.length, ref, 2).withDraftLength(0, 8);
                        default -> right(p, reference.get(i), 16);
                    };
                    kinds.add(List.of("none", "right/4", "wrong/3", "lookup/10", "wrong-from-2/8", "right/16").get(kind));
                    pending.add(submit(gen, p, gp.toBuilder().speculative(s).build()));
                }
            }
            SpeculationStats total = SpeculationStats.NONE;
            for (int j = 0; j < pending.size(); j++) {
                Run run = pending.get(j).join();
                Run ref = reference.get(j % prompts.size());
                String what = "request " + j + " (" + kinds.get(j) + ")";
                run.assertSameAs(ref, what);
                total = total.plus(run.stats);
                switch (kinds.get(j)) {
                    case "none" -> assertEquals(SpeculationStats.NONE, run.stats, what);
                    case "right/4", "right/16" -> {
                        if (ref.generated > 1) assertTrue(run.stats.drafted() > 0, what + ": " + run.stats);
                        assertEquals(run.stats.drafted(), run.stats.accepted(), what + ": a right oracle is always accepted: " + run.stats);
                        assertTrue(run.stats.steps() < ref.generated || ref.generated <= 1, what + ": fewer steps than tokens: " + run.stats);
                    }
                    case "wrong/3" -> {
                        if (ref.generated > 1) assertTrue(run.stats.drafted() > 0, what + ": " + run.stats);
                        assertEquals(0, run.stats.accepted(), what + ": " + run.stats);
                    }
                    case "wrong-from-2/8" -> assertTrue(run.stats.accepted() <= 2 * run.stats.steps(), what + ": " + run.stats);
                    default -> { }
                }
            }
            assertEquals(total, gen.speculationStats());
            assertTrue(total.accepted() > 0, total.toString());
        }
        assertEquals(OPENED.get() - opened, CLOSED.get() - closed, "every proposer opened was closed");
        assertTrue(OPENED.get() - opened >= 6);
    }

    /** Every token limit from 1 to 10 and stop strings taken from the reply end where a plain run ends. */
    @Test
    void tokenLimitsAndStopStringsEndWhereAPlainRunEnds() {
        try (LlamaContext ctx = model.newContext(params(2, 512)); BatchGenerator gen = BatchGenerator.builder(ctx).build()) {
            for (int i : new int[]{0, 3}) {
                int[] p = tokens(PROMPTS.get(i));
                Run full = plain(p, greedy(40));
                for (int max = 1; max <= 10; max++) {
                    Run ref = plain(p, greedy(max));
                    Pending a = submit(gen, p, greedy(max).toBuilder().speculative(right(p, full, 8)).build());
                    Pending b = submit(gen, p, greedy(max).toBuilder().speculative(PromptLookup.of().withDraftLength(0, 10)).build());
                    a.join().assertSameAs(ref, "prompt " + i + ", right oracle, maxTokens " + max);
                    b.join().assertSameAs(ref, "prompt " + i + ", lookup, maxTokens " + max);
                }
                String text = full.text;
                assertTrue(text.length() >= 12, "a reply to take stop strings from: " + text);
                for (int at : new int[]{text.length() / 3, text.length() / 2, 2 * text.length() / 3}) {
                    String stop = text.substring(at, at + 3);
                    GenerateParams gp = GenerateParams.builder().maxTokens(40).stop(stop).build();
                    Run ref = plain(p, gp);
                    assertEquals(StopReason.STOP_STRING, ref.reason, "the premise: the plain run stops at " + stop);
                    for (Speculation s : List.of(right(p, full, 8), right(p, full, 2), PromptLookup.of())) {
                        submit(gen, p, gp.toBuilder().speculative(s).build()).join()
                                .assertSameAs(ref, "prompt " + i + ", stop '" + stop + "', " + s);
                    }
                }
            }
        }
    }

    /**
     * A request cancelled from its token consumer after n tokens ends with the same n tokens as
     * without speculation, although the rest of its proposal was verified in the same decode.
     */
    @Test
    void cancellationEndsWhereAPlainRequestEnds() {
        int[] p = tokens(PROMPTS.get(3));
        Run full = plain(p, greedy(40));
        try (LlamaContext ctx = model.newContext(params(2, 512)); BatchGenerator gen = BatchGenerator.builder(ctx).build()) {
            for (int n : new int[]{1, 2, 5, 9}) {
                List<Run> runs = new ArrayList<>();
                for (Speculation s : java.util.Arrays.asList(null, right(p, full, 8), PromptLookup.of())) {
                    Cancellation c = new Cancellation();
                    AtomicInteger seen = new AtomicInteger();
                    GenerateParams gp = greedy(40).toBuilder().cancellation(c).speculative(s).build();
                    runs.add(submit(gen, p, gp, t -> {
                        if (seen.incrementAndGet() == n) c.cancel();
                    }).join());
                }
                assertEquals(StopReason.CANCELLED, runs.get(0).reason);
                assertEquals(n, runs.get(0).generated);
                runs.get(1).assertSameAs(runs.get(0), "cancelled after " + n + ", right oracle");
                runs.get(2).assertSameAs(runs.get(0), "cancelled after " + n + ", lookup");
                assertTrue(runs.get(1).stats.accepted() > 0 || n == 1, runs.get(1).stats.toString());
            }
        }
    }

    /** A sequence that fills up ends its request as a plain one does, at the same token. */
    @Test
    void aFullSequenceEndsTheRequestAtTheSameToken() {
        int[] p = tokens((PROMPTS.get(3) + "\n").repeat(5));
        try (LlamaContext ctx = model.newContext(params(2, 256)); BatchGenerator gen = BatchGenerator.builder(ctx).build()) {
            assertEquals(256, ctx.sequenceContextSize());
            assertTrue(p.length > 150 && p.length < 230, "a prompt that leaves a few dozen tokens: " + p.length);
            Run ref = submit(gen, p, greedy(200)).join();
            assertEquals(StopReason.CONTEXT_FULL, ref.reason, "the premise: the sequence fills up");
            Run full = plain(p, greedy(200));
            for (Speculation s : List.of(right(p, full, 8), right(p, full, 16), PromptLookup.of(), oracle(p.length, full.generatedIds(), 3))) {
                Pending a = submit(gen, p, greedy(200).toBuilder().speculative(s).build());
                Pending b = submit(gen, p, greedy(200));
                a.join().assertSameAs(ref, "speculative, " + s);
                b.join().assertSameAs(ref, "plain beside it");
            }
        }
    }

    /**
     * A unified KV memory too small for all requests: requests whose batch with proposals does
     * not fit are decoded again without them; every request's tokens are a plain run's (whole, or
     * the start of it when the memory ran out), and nothing hangs.
     */
    @Test
    void aFullSharedMemoryIsHandledAsWithoutSpeculation() {
        List<int[]> prompts = PROMPTS.stream().limit(4).map(q -> tokens(PROMPTS.get(3) + "\n" + q)).toList();
        List<Run> reference = prompts.stream().map(p -> plain(p, greedy(60))).toList();
        int needed = 0;
        for (int i = 0; i < prompts.size(); i++) needed += prompts.get(i).length + reference.get(i).generated;
        assertTrue(needed > 300, "the premise: the requests together need more than the memory's 256 cells: " + needed);
        try (LlamaContext ctx = model.newContext(ContextParams.builder().contextSize(256).sequences(4).unifiedKv(true).threads(2).build());
             BatchGenerator gen = BatchGenerator.builder(ctx).build()) {
            List<Pending> pending = new ArrayList<>();
            for (int i = 0; i < prompts.size(); i++) {
                pending.add(submit(gen, prompts.get(i), greedy(60).toBuilder()
                        .speculative(i % 2 == 0 ? right(prompts.get(i), reference.get(i), 12) : PromptLookup.of()).build()));
            }
            int full = 0;
            for (int i = 0; i < pending.size(); i++) {
                Run run = pending.get(i).join();
                Run ref = reference.get(i);
                if (run.reason == StopReason.CONTEXT_FULL) {
                    full++;
                    int[] got = run.generatedIds();
                    assertArrayEquals(Arrays.copyOf(ref.generatedIds(), got.length), got, "request " + i + ": the start of the plain reply");
                } else {
                    run.assertSameAs(ref, "request " + i);
                }
            }
            assertTrue(full > 0, "the premise: the memory runs out for some request");
            // the generator goes on
            submit(gen, prompts.get(0), greedy(8).toBuilder().speculative(PromptLookup.of()).build()).join()
                    .assertSameAs(plain(prompts.get(0), greedy(8)), "after the memory ran out");
        }
    }

    /**
     * The prompt cache after a speculative request holds what it holds after a plain one: a
     * following request that repeats the prompt and the reply decodes as few tokens and gives the
     * same tokens, whether the first one ended by its token limit, a stop string in the middle
     * of a verified batch, or a cancellation.
     */
    @Test
    void thePromptCacheAfterASpeculativeRequestIsAPlainOnes() {
        int[] p = tokens(PROMPTS.get(3));
        Run full = plain(p, greedy(40));
        String stop = full.text.substring(full.text.length() / 2, full.text.length() / 2 + 3);
        int[] more = tokens(" and then");
        for (String end : List.of("max", "stop", "cancel")) {
            List<Run[]> results = new ArrayList<>();
            for (Speculation s : java.util.Arrays.asList(null, right(p, full, 8), PromptLookup.of(), oracle(p.length, full.generatedIds(), 2))) {
                try (LlamaContext ctx = model.newContext(params(1, 512));
                     BatchGenerator gen = BatchGenerator.builder(ctx).cachePrompts(true).build()) {
                    Cancellation c = new Cancellation();
                    GenerateParams.Builder b = greedy(end.equals("max") ? 20 : 40).toBuilder().speculative(s).cancellation(c);
                    if (end.equals("stop")) b.stop(stop);
                    AtomicInteger seen = new AtomicInteger();
                    Run first = submit(gen, p, b.build(), t -> {
                        if (end.equals("cancel") && seen.incrementAndGet() == 7) c.cancel();
                    }).join();
                    int[] ids = first.generatedIds();
                    int[] next = new int[p.length + ids.length + more.length];
                    System.arraycopy(p, 0, next, 0, p.length);
                    System.arraycopy(ids, 0, next, p.length, ids.length);
                    System.arraycopy(more, 0, next, p.length + ids.length, more.length);
                    Run second = submit(gen, next, greedy(16).toBuilder().speculative(s).build()).join();
                    results.add(new Run[]{first, second});
                    if (s == null) {
                        second.assertSameAs(plain(next, greedy(16)), end + ": the follow-up equals a fresh context's");
                        assertTrue(second.promptDecoded < next.length / 2, end + ": the follow-up reused the cache: " + second.promptDecoded);
                    }
                }
            }
            Run[] ref = results.get(0);
            for (int k = 1; k < results.size(); k++) {
                results.get(k)[0].assertSameAs(ref[0], end + ", proposer " + k + ": first request");
                results.get(k)[1].assertSameAs(ref[1], end + ", proposer " + k + ": follow-up");
                assertEquals(ref[1].promptDecoded, results.get(k)[1].promptDecoded, end + ", proposer " + k + ": prompt tokens decoded by the follow-up");
            }
        }
    }

    /**
     * A draft model serves a generator when its context has a sequence per request: the same
     * model as draft agrees always; a draft context with one sequence is refused at submit.
     */
    @Test
    void aDraftContextWithASequencePerRequestServesTheGenerator() {
        GenerateParams gp = greedy(24);
        List<int[]> prompts = PROMPTS.stream().map(BatchSpeculationTest::tokens).toList();
        List<Run> reference = prompts.stream().map(p -> plain(p, gp)).toList();
        try (LlamaContext ctx = model.newContext(params(3, 256));
             LlamaContext draft = model.newContext(params(3, 256));
             LlamaContext small = model.newContext(params(1, 256));
             BatchGenerator gen = BatchGenerator.builder(ctx).build()) {
            Speculation spec = DraftModel.of(draft).withDraftLength(0, 6);
            assertEquals(3, spec.factory().concurrency());
            for (int round = 0; round < 2; round++) { // the second round reuses what the draft's sequences hold
                List<Pending> pending = new ArrayList<>();
                for (int[] p : prompts) pending.add(submit(gen, p, gp.toBuilder().speculative(spec).build()));
                for (int i = 0; i < pending.size(); i++) {
                    Run run = pending.get(i).join();
                    run.assertSameAs(reference.get(i), "round " + round + ", request " + i);
                    if (reference.get(i).generated > 2) {
                        assertTrue(run.stats.accepted() > 0 && run.stats.accepted() == run.stats.drafted(),
                                "the same model as draft agrees: " + run.stats);
                    }
                }
            }
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> gen.submit(prompts.get(0), gp.toBuilder().speculative(DraftModel.of(small)).build(), null));
            assertTrue(e.getMessage().contains("serves 1 generation at once"), e.getMessage());
        }
    }

    /**
     * A proposer that fails (when opened, or when proposing) fails its own request only; the
     * others give their plain tokens, and the failed request's proposer is closed.
     */
    @Test
    void aFailingProposerFailsItsRequestOnly() {
        GenerateParams gp = greedy(20);
        int[] p0 = tokens(PROMPTS.get(0)), p1 = tokens(PROMPTS.get(1));
        Run ref0 = plain(p0, gp), ref1 = plain(p1, gp);
        AtomicInteger closes = new AtomicInteger();
        Speculation throwsOnPropose = Speculation.of(target -> new Proposer() {
            int calls;

            @Override
            public int propose(int[] tokens, int length, int max, int[] draft) {
                if (++calls == 3) throw new IllegalStateException("proposer broke");
                return 0;
            }

            @Override
            public void close() {
                closes.incrementAndGet();
            }
        });
        Speculation throwsOnOpen = Speculation.of(target -> {
            throw new IllegalStateException("no proposer today");
        });
        Speculation tooMany = Speculation.of(target -> new Proposer() {
            @Override
            public int propose(int[] tokens, int length, int max, int[] draft) {
                return max + 1;
            }

            @Override
            public void close() {
                closes.incrementAndGet();
            }
        });
        try (LlamaContext ctx = model.newContext(params(4, 256)); BatchGenerator gen = BatchGenerator.builder(ctx).build()) {
            Pending ok0 = submit(gen, p0, gp.toBuilder().speculative(right(p0, ref0, 4)).build());
            Pending bad1 = submit(gen, p1, gp.toBuilder().speculative(throwsOnPropose).build());
            Pending bad2 = submit(gen, p1, gp.toBuilder().speculative(throwsOnOpen).build());
            Pending bad3 = submit(gen, p1, gp.toBuilder().speculative(tooMany).build());
            Pending ok1 = submit(gen, p1, gp);
            assertEquals("proposer broke", assertThrows(IllegalStateException.class, () -> bad1.request().join()).getMessage());
            assertEquals("no proposer today", assertThrows(IllegalStateException.class, () -> bad2.request().join()).getMessage());
            assertTrue(assertThrows(IllegalStateException.class, () -> bad3.request().join()).getMessage().contains("were asked"));
            ok0.join().assertSameAs(ref0, "beside failing proposers, speculative");
            ok1.join().assertSameAs(ref1, "beside failing proposers, plain");
            assertEquals(2, closes.get(), "the failed requests' proposers were closed");
            // the tokens the failed request streamed before it failed are the plain reply's start
            int[] got = bad1.streamed();
            assertArrayEquals(Arrays.copyOf(ref1.generatedIds(), got.length), got);
        }
    }

    /** ChatEngine passes the speculation through: the same reply, with the call's own counts. */
    @Test
    void chatEnginePassesSpeculationThrough() {
        try (LlamaModel chat = LlamaModel.load(TestModels.withTemplate("qwen2", "Qwen-Qwen2.5-7B-Instruct"));
             ChatEngine engine = ChatEngine.builder(chat).sequences(2).contextSize(1024).build()) {
            ChatRequest req = ChatRequest.builder(List.of(ChatMessage.system("Be brief."),
                    ChatMessage.user("Repeat after me: one two three, one two three, one two three"))).build();
            GenerateParams gp = greedy(40);
            ChatCall first = engine.submit(req, gp.toBuilder().logprobs(0).build());
            String plain = first.join().reply().content();
            int[] ids = first.logprobs().stream().mapToInt(Token::id).toArray();
            assertTrue(ids.length > 4, "a reply to speculate on: " + plain);
            Speculation oracle = Speculation.of(target -> (tokens, length, max, draft) -> {
                int done = length - first.promptTokens(), n = 0;
                for (; n < max && done + n < ids.length; n++) draft[n] = ids[done + n];
                return n;
            });
            ChatCall call = engine.submit(req, gp.toBuilder().speculative(oracle.withDraftLength(0, 4)).build());
            assertEquals(plain, call.join().reply().content());
            SpeculationStats stats = call.speculationStats();
            assertTrue(stats.steps() > 0 && stats.accepted() == stats.drafted(), stats.toString());
            ChatCall lookup = engine.submit(req, gp.toBuilder().speculative(PromptLookup.of()).build());
            assertEquals(plain, lookup.join().reply().content());
            assertEquals(stats.plus(lookup.speculationStats()), engine.speculationStats());
            assertSame(SpeculationStats.NONE, engine.submit(req, gp).speculationStats());
        }
    }
}
