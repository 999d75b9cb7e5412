package io.github.llamaffm.tests;

import io.github.llamaffm.Batch;
import io.github.llamaffm.Cancellation;
import io.github.llamaffm.Completion;
import io.github.llamaffm.ContextParams;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.SpecialTokens;
import io.github.llamaffm.StopReason;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.lang.foreign.ValueLayout;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A context's own ggml thread pool (the default): the same results as ggml's per-decode threads, threads freed on close. */
class ThreadPoolTest {
    private static final String PROMPT = "The thread pool keeps its workers between decodes";
    private static LlamaModel model;

    @BeforeAll
    static void load() {
        model = LlamaModel.load(TestModels.tiny("llama-bpe"));
    }

    @AfterAll
    static void close() {
        model.close();
    }

    private static ContextParams.Builder params(int threads) {
        return ContextParams.builder().contextSize(256).threads(threads).batchThreads(threads);
    }

    private static float[] promptLogits(LlamaContext ctx) {
        int[] tokens = model.vocab().tokenize(PROMPT, SpecialTokens.ADD);
        try (Batch batch = Batch.create(tokens.length)) {
            batch.add(tokens, 0, 0, true);
            ctx.decode(batch);
            return ctx.logits(tokens.length - 1).toArray(ValueLayout.JAVA_FLOAT);
        }
    }

    private static String greedy(LlamaContext ctx) {
        return ctx.generate(PROMPT, GenerateParams.builder().maxTokens(24).build()).run().text();
    }

    @Test
    void poolsGiveTheSameLogitsAndTextAsPerDecodeThreads() {
        float[] logits;
        String text;
        try (LlamaContext plain = model.newContext(params(2).threadPool(false).build())) {
            logits = promptLogits(plain);
            plain.memory().clear();
            text = greedy(plain);
        }
        for (int poll : new int[] {0, 50, 100}) {
            try (LlamaContext pooled = model.newContext(params(2).threadPool(true).threadPoll(poll).build())) {
                // same thread count, same split of the work: bit for bit the same numbers
                assertArrayEquals(logits, promptLogits(pooled), "poll " + poll);
                pooled.memory().clear();
                assertEquals(text, greedy(pooled), "poll " + poll);
            }
        }
    }

    @Test
    void moreThreadsThanThePoolHasReplaceThePool() {
        String text;
        try (LlamaContext plain = model.newContext(params(1).threadPool(false).build())) {
            text = greedy(plain);
        }
        try (LlamaContext pooled = model.newContext(params(1).threadPool(true).build())) {
            assertEquals(text, greedy(pooled));
            pooled.setThreads(2, 3);
            assertEquals(2, pooled.threads());
            assertEquals(3, pooled.batchThreads());
            pooled.memory().clear();
            String wider = greedy(pooled);
            pooled.setThreads(1, 1);
            pooled.memory().clear();
            assertEquals(text, greedy(pooled), "back to one thread: the one-thread result");
            assertTrue(!wider.isEmpty());
        }
    }

    @Test
    void closingAContextStopsItsWorkers() {
        int before = liveThreads();
        for (int i = 0; i < 30; i++) {
            try (LlamaContext ctx = model.newContext(params(2).threadPool(true).threadPoll(0).build())) {
                greedy(ctx);
            }
        }
        // 30 pools of one worker each would be 30 threads (more threads than this machine's 2 cores
        // would make each spinning barrier wait for the scheduler); allow for JVM threads coming and going
        int after = liveThreads();
        assertTrue(after - before < 10, "native threads before " + before + ", after " + after);
    }

    /** The process's threads, native ones included (Linux). */
    private static int liveThreads() {
        return Objects.requireNonNull(new File("/proc/self/task").list(), "/proc/self/task").length;
    }

    @Test
    void aPooledDecodeCanStillBeCancelledAndTheContextGoesOn() {
        try (LlamaContext ctx = model.newContext(params(2).threadPool(true).build())) {
            Cancellation early = new Cancellation();
            early.cancel();
            Completion c = ctx.generate("never decoded " + "word ".repeat(100), GenerateParams.builder().maxTokens(5).cancellation(early).build()).run();
            assertEquals(StopReason.CANCELLED, c.stopReason());
            ctx.memory().clear();
            assertEquals(5, ctx.generate(PROMPT, GenerateParams.builder().maxTokens(5).build()).run().generatedTokens());
        }
    }

    @Test
    void pollLevelsOutsideZeroToHundredAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> params(2).threadPoll(101).build());
        assertThrows(IllegalArgumentException.class, () -> params(2).threadPoll(-1).build());
        ContextParams p = params(2).threadPool(true).threadPoll(7).build();
        assertTrue(p.threadPool());
        assertEquals(7, p.threadPoll());
        assertTrue(ContextParams.defaults().threadPool(), "a pool of the context's own by default");
        assertEquals(0, ContextParams.defaults().threadPoll(), "idle workers sleep at once by default");
    }
}
