package io.github.llamaffm.tests;

import io.github.llamaffm.BatchGenerator;
import io.github.llamaffm.BatchRequest;
import io.github.llamaffm.Completion;
import io.github.llamaffm.ContextFullException;
import io.github.llamaffm.ContextParams;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaException;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.Sampler;
import io.github.llamaffm.SpecialTokens;
import io.github.llamaffm.StopReason;
import io.github.llamaffm.Token;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Continuous batching: parallel requests give what each gives alone, in fewer decode calls. */
class BatchGeneratorTest {
    private static LlamaModel model;
    private static final String SYSTEM = "You are a test assistant. Answer briefly.\n";
    private static final List<String> QUESTIONS = List.of("What is one plus one?", "Name a colour.",
            "Why is the sky blue?", "Count to five.", "Say hello.");

    @BeforeAll
    static void load() {
        model = LlamaModel.load(TestModels.tiny("llama-bpe"));
    }

    @AfterAll
    static void close() {
        model.close();
    }

    private static ContextParams params(int sequences) {
        return ContextParams.builder().contextSize(256 * sequences).batchSize(256).sequences(sequences).unifiedKv(false).threads(2).build();
    }

    private static GenerateParams greedy(int n) {
        return GenerateParams.builder().maxTokens(n).build();
    }

    private static GenerateParams sampled(int n, long seed) {
        return GenerateParams.builder().maxTokens(n)
                .sampler(Sampler.builder().topK(40).topP(0.9f).temperature(0.9f).seed(seed).build()).build();
    }

    /** What each prompt gives alone, one after another, through ctx.generate. */
    private static List<Completion> sequential(List<String> prompts, java.util.function.IntFunction<GenerateParams> params) {
        List<Completion> out = new ArrayList<>();
        try (LlamaContext ctx = model.newContext(params(1))) {
            for (int i = 0; i < prompts.size(); i++) {
                ctx.memory().clear();
                out.add(ctx.generate(prompts.get(i), params.apply(i)).run());
            }
        }
        return out;
    }

    private static List<String> prompts() {
        return QUESTIONS.stream().map(q -> SYSTEM + q).toList();
    }

    @Test
    void parallelGreedyEqualsSequential() {
        List<Completion> expected = sequential(prompts(), i -> greedy(24));
        try (LlamaContext ctx = model.newContext(params(4)); BatchGenerator gen = BatchGenerator.builder(ctx).build()) {
            assertEquals(4, gen.capacity());
            List<BatchRequest> requests = prompts().stream().map(p -> gen.submit(p, greedy(24))).toList();
            for (int i = 0; i < requests.size(); i++) {
                Completion c = requests.get(i).join();
                assertEquals(expected.get(i).text(), c.text(), "request " + i);
                assertEquals(expected.get(i).stopReason(), c.stopReason());
                assertEquals(expected.get(i).generatedTokens(), c.generatedTokens());
            }
            BatchGenerator.Stats stats = gen.stats();
            long tokens = expected.stream().mapToLong(Completion::generatedTokens).sum();
            assertTrue(stats.steps() < tokens, "batched: " + stats.steps() + " decode calls for " + tokens + " tokens");
            assertEquals(tokens, stats.generatedTokens());
        }
    }

    @Test
    void eachRequestSamplesWithItsOwnSampler() {
        List<Completion> expected = sequential(prompts(), i -> sampled(20, 100 + i));
        try (LlamaContext ctx = model.newContext(params(6)); BatchGenerator gen = BatchGenerator.builder(ctx).build()) {
            List<BatchRequest> requests = new ArrayList<>();
            for (int i = 0; i < prompts().size(); i++) requests.add(gen.submit(prompts().get(i), sampled(20, 100 + i)));
            for (int i = 0; i < requests.size(); i++) assertEquals(expected.get(i).text(), requests.get(i).join().text(), "request " + i);
        }
    }

    /**
     * The prompt cache: a request goes to the idle sequence that holds the longest start of its
     * prompt and decodes only the rest; texts equal a generator without it; a KV memory too small
     * for the kept tokens drops them instead of failing requests.
     */
    @Test
    void cachedPromptsDecodeOnlyWhatIsNewAndGiveTheSameText() {
        List<Completion> expected = sequential(prompts(), i -> greedy(16));
        try (LlamaContext ctx = model.newContext(params(2));
             BatchGenerator gen = BatchGenerator.builder(ctx).cachePrompts(true).build()) {
            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < prompts().size(); i++) {
                    Completion c = gen.submit(prompts().get(i), greedy(16)).join();
                    assertEquals(expected.get(i).text(), c.text(), "round " + round + ", request " + i);
                    // one after another: the system prompt is in an idle sequence after the first
                    if (round == 1 || i > 0) assertTrue(c.promptTokens() < expected.get(i).promptTokens(), "request " + i);
                }
            }
            Completion again = gen.submit(prompts().get(0), greedy(16)).join();
            assertEquals(1, gen.submit(prompts().get(0), greedy(16)).join().promptTokens(), "a repeated prompt decodes its last token only");
            assertEquals(expected.get(0).text(), again.text());
            assertTrue(gen.stats().cachedTokens() > 0);
        }
        // a KV memory that cannot keep them all: kept tokens make way for new requests
        List<String> long_ = QUESTIONS.stream().map(q -> (q + " ").repeat(20)).toList();
        List<Completion> expectedLong = sequential(long_, i -> greedy(16));
        // any three requests' tokens outgrow the context, so a third one finds no room unless kept ones go
        int total = expectedLong.stream().mapToInt(c -> c.promptTokens() + 16).sorted().limit(3).sum();
        try (LlamaContext ctx = model.newContext(ContextParams.builder().contextSize(256).sequences(4).unifiedKv(true)
                .threads(2).build());
             BatchGenerator gen = BatchGenerator.builder(ctx).cachePrompts(true).build()) {
            assertTrue(total > 256, "the test's premise: the kept tokens outgrow the context: " + total);
            for (int i = 0; i < long_.size(); i++) {
                Completion c = gen.submit(long_.get(i), greedy(16)).join();
                assertEquals(expectedLong.get(i).text(), c.text(), "request " + i);
                assertEquals(StopReason.MAX_TOKENS, c.stopReason(), "request " + i);
            }
        }
    }

    @Test
    void sharedPrefixIsDecodedOnceAndCopied() {
        List<Completion> expected = sequential(prompts(), i -> greedy(16));
        int prefixTokens = model.vocab().tokenize(SYSTEM, SpecialTokens.ADD_AND_PARSE).length;
        try (LlamaContext ctx = model.newContext(params(4));
             BatchGenerator gen = BatchGenerator.builder(ctx).sharedPrefix(SYSTEM).build()) {
            assertEquals(3, gen.capacity());
            List<BatchRequest> requests = prompts().stream().map(p -> gen.submit(p, greedy(16))).toList();
            for (int i = 0; i < requests.size(); i++) {
                Completion c = requests.get(i).join();
                assertEquals(expected.get(i).text(), c.text(), "request " + i);
                assertEquals(expected.get(i).promptTokens() - prefixTokens, c.promptTokens(), "only the question is decoded");
            }
            BatchGenerator.Stats s = gen.stats();
            assertEquals(prompts().size(), s.prefixReuses());
            long total = expected.stream().mapToLong(Completion::promptTokens).sum();
            assertEquals(total - (long) (prompts().size() - 1) * prefixTokens, s.promptTokens(), "the prefix counts once");
        }
    }

    /** A request cancelled while it waits in the queue ends without taking a sequence (or its kept tokens). */
    @Test
    void aRequestCancelledInTheQueueNeverTakesASequence() {
        List<Completion> expected = sequential(prompts().subList(0, 2), i -> greedy(30));
        try (LlamaContext ctx = model.newContext(params(1));
             BatchGenerator gen = BatchGenerator.builder(ctx).cachePrompts(true).build()) {
            Completion first = gen.submit(prompts().get(0), greedy(30)).join();
            BatchRequest running = gen.submit(prompts().get(1), greedy(30));
            BatchRequest waiting = gen.submit(prompts().get(0), greedy(30));
            waiting.cancel();
            Completion c = waiting.join();
            assertEquals(StopReason.CANCELLED, c.stopReason());
            assertEquals(0, c.promptTokens(), "nothing decoded for it");
            assertEquals(0, c.generatedTokens());
            assertEquals(expected.get(1).text(), running.join().text());
            assertEquals(expected.get(0).text(), first.text());
            assertEquals(1, gen.submit(prompts().get(1), greedy(30)).join().promptTokens(),
                    "the sequence still holds the last prompt the cancelled request never touched");
        }
    }

    @Test
    void cancellingOneLeavesTheOthersRunning() {
        List<Completion> expected = sequential(prompts().subList(0, 3), i -> greedy(30));
        try (LlamaContext ctx = model.newContext(params(3)); BatchGenerator gen = BatchGenerator.builder(ctx).build()) {
            AtomicInteger seen = new AtomicInteger();
            BatchRequest[] victim = new BatchRequest[1];
            BatchRequest a = gen.submit(prompts().get(0), greedy(30));
            victim[0] = gen.submit(prompts().get(1), greedy(30), t -> {
                if (seen.incrementAndGet() == 3) victim[0].cancel();
            });
            BatchRequest c = gen.submit(prompts().get(2), greedy(30));
            Completion cancelled = victim[0].join();
            assertEquals(StopReason.CANCELLED, cancelled.stopReason());
            assertTrue(cancelled.generatedTokens() <= 4, "stopped at the next step: " + cancelled.generatedTokens());
            assertEquals(expected.get(0).text(), a.join().text());
            assertEquals(expected.get(2).text(), c.join().text());
            assertEquals(30, c.join().generatedTokens());
        }
    }

    @Test
    void requestsFromManyVirtualThreadsStreamTheirTokens() throws Exception {
        List<String> prompts = new ArrayList<>();
        for (int i = 0; i < 8; i++) prompts.add(SYSTEM + QUESTIONS.get(i % QUESTIONS.size()) + " #" + i);
        List<Completion> expected = sequential(prompts, i -> greedy(12));
        try (LlamaContext ctx = model.newContext(params(4)); BatchGenerator gen = BatchGenerator.builder(ctx).build();
             ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<String>> texts = new ArrayList<>();
            for (String p : prompts) {
                texts.add(pool.submit(() -> {
                    StringBuilder sb = new StringBuilder();
                    for (Token t : gen.submit(p, greedy(12))) sb.append(t.text());
                    return sb.toString();
                }));
            }
            for (int i = 0; i < prompts.size(); i++) assertEquals(expected.get(i).text(), texts.get(i).get(), "request " + i);
            assertEquals(0, gen.running());
            assertEquals(0, gen.queued());
        }
    }

    @Test
    void oneModelSharedByContextsOnManyThreads() throws Exception {
        List<Completion> expected = sequential(prompts(), i -> greedy(16));
        ConcurrentHashMap<Integer, String> got = new ConcurrentHashMap<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < prompts().size(); i++) {
                int k = i;
                done.add(pool.submit(() -> {
                    try (LlamaContext ctx = model.newContext(ContextParams.builder().contextSize(256).threads(1).build())) {
                        got.put(k, ctx.complete(prompts().get(k), greedy(16)));
                    }
                }));
            }
            for (Future<?> f : done) f.get();
        }
        for (int i = 0; i < prompts().size(); i++) assertEquals(expected.get(i).text(), got.get(i));
    }

    @Test
    void misuseEndsInExceptions() {
        try (LlamaContext ctx = model.newContext(params(2))) {
            BatchGenerator gen = BatchGenerator.builder(ctx).build();
            IllegalStateException busy = assertThrows(IllegalStateException.class, () -> ctx.complete("x", greedy(2)));
            assertTrue(busy.getMessage().contains("another thread"), busy.getMessage());
            assertThrows(IllegalStateException.class, () -> BatchGenerator.builder(ctx).build(), "one generator per context");

            String tooLong = "word ".repeat(300);
            LlamaException full = assertThrows(LlamaException.class, () -> gen.submit(tooLong, greedy(2)).join());
            assertInstanceOf(ContextFullException.class, full);

            // Sampler settings hold no state: running requests may share them; each gets its own chain.
            Sampler shared = Sampler.builder().temperature(0.8f).seed(1).build();
            GenerateParams sp = GenerateParams.builder().maxTokens(12).sampler(shared).build();
            BatchRequest first = gen.submit("the same prompt", sp);
            BatchRequest second = gen.submit("the same prompt", sp);
            assertEquals(first.join().text(), second.join().text(), "same settings and seed, same prompt: same text");
            assertEquals(StopReason.MAX_TOKENS, second.join().stopReason());
            assertThrows(IllegalArgumentException.class, () -> gen.submit("", GenerateParams.builder().addSpecial(false).build()));

            BatchRequest running = gen.submit("long", greedy(500));
            gen.submit("takes the second sequence", greedy(500));
            BatchRequest queued2 = gen.submit("queued behind too", greedy(500));
            running.iterator().next(); // running now
            gen.close();
            assertThrows(LlamaException.class, queued2::join, "still queued when the generator closed");
            gen.close();
            assertEquals(StopReason.CANCELLED, running.join().stopReason());
            assertThrows(IllegalStateException.class, () -> gen.submit("late", greedy(2)));
            assertEquals(3, ctx.generate("the context is free again", greedy(3)).run().generatedTokens());
        }
    }

    @Test
    void closingTheContextUnderARunningGeneratorEndsItsRequests() {
        LlamaContext ctx = model.newContext(params(2));
        BatchGenerator gen = BatchGenerator.builder(ctx).build();
        BatchRequest r = gen.submit("going on and on", greedy(5000));
        gen.submit("takes the second sequence", greedy(5000));
        BatchRequest queued2 = gen.submit("waits too", greedy(5000));
        r.iterator().next(); // running now
        ctx.close();
        assertThrows(LlamaException.class, queued2::join, "never started: ends exceptionally");
        Completion c = r.join();
        assertEquals(StopReason.CANCELLED, c.stopReason());
        assertTrue(gen.isClosed());
        gen.close();
    }
}
