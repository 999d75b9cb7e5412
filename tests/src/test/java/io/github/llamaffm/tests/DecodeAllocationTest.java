package io.github.llamaffm.tests;

import io.github.llamaffm.Batch;
import io.github.llamaffm.ContextParams;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.Sampler;
import io.github.llamaffm.Token;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.management.ManagementFactory;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the hot paths allocate on the Java heap, counted by the JVM for this thread (bytes, not
 * time): the decode loop nothing per token, the logits read in place (never a copy of the
 * vocabulary-sized row), a generated token only its own {@code Token} and text.
 */
class DecodeAllocationTest {
    private static final int TOKENS = 48;
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static LlamaModel model;

    @BeforeAll
    static void load() {
        assertTrue(THREADS.isThreadAllocatedMemorySupported() && THREADS.isThreadAllocatedMemoryEnabled(),
                "this JVM does not count allocated bytes per thread");
        model = LlamaModel.load(TestModels.tiny("llama-bpe"));
    }

    @AfterAll
    static void close() {
        model.close();
    }

    private static LlamaContext context() {
        return model.newContext(ContextParams.builder().contextSize(TOKENS + 8).threads(1).batchThreads(1).build());
    }

    /** Heap bytes this thread allocated per token over one run of {@code run} (after warm-up runs). */
    private static double bytesPerToken(Runnable run) {
        return (double) leastBytes(run) / TOKENS;
    }

    /** Heap bytes this thread allocated in one run of {@code run}: the least of three, after three warm-ups. */
    private static long leastBytes(Runnable run) {
        for (int i = 0; i < 3; i++) run.run();
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) { // the least of three: a stray allocation of the test harness is not the code's
            long before = THREADS.getCurrentThreadAllocatedBytes();
            run.run();
            least = Math.min(least, THREADS.getCurrentThreadAllocatedBytes() - before);
        }
        return least;
    }

    private static void decodeTokens(LlamaContext ctx, Batch batch, boolean readLogits, float[] sink) {
        ctx.memory().clear();
        int vocab = model.vocab().size();
        for (int i = 0; i < TOKENS; i++) {
            batch.clear().add((i * 7919) % vocab, i, 0, true);
            ctx.decode(batch);
            if (readLogits) {
                MemorySegment row = ctx.logits(-1);
                sink[0] += row.getAtIndex(ValueLayout.JAVA_FLOAT, i);
            }
        }
    }

    @Test
    void theDecodeLoopAllocatesNothingPerToken() {
        float[] sink = new float[1];
        try (LlamaContext ctx = context(); Batch batch = Batch.create(1)) {
            double perToken = bytesPerToken(() -> decodeTokens(ctx, batch, false, sink));
            // Clearing the memory once per run may allocate a few bytes; a token allocates none.
            assertTrue(perToken < 4, "decoding allocated " + perToken + " bytes per token");
        }
    }

    @Test
    void readingLogitsInPlaceCopiesNothing() {
        float[] sink = new float[1];
        int rowBytes = model.vocab().size() * Float.BYTES;
        try (LlamaContext ctx = context(); Batch batch = Batch.create(1)) {
            double perToken = bytesPerToken(() -> decodeTokens(ctx, batch, true, sink));
            // A view (and its scope) per decode: a few hundred bytes, never the row's thousands.
            assertTrue(perToken < 1024 && perToken < rowBytes / 64.0,
                    "reading the logits allocated " + perToken + " bytes per token (a row is " + rowBytes + ")");
        }
    }

    @Test
    void aGeneratedTokenAllocatesOnlyItsTokenAndText() {
        int vocab = model.vocab().size();
        Sampler.Builder chain = Sampler.builder().topK(40).topP(0.95f).temperature(0.8f).seed(7);
        for (int t = 0; t < vocab; t++) if (model.vocab().isEndOfGeneration(t)) chain.logitBias(t, Float.NEGATIVE_INFINITY);
        int[] counted = new int[1];
        Sampler sampler = chain.build();
        try (LlamaContext ctx = model.newContext(ContextParams.builder().contextSize(2 * TOKENS + 8).threads(1).batchThreads(1).build())) {
            // Each generation builds (and frees) its own sampler chain: a cost per generation, not
            // per token. Two lengths tell them apart: the extra TOKENS tokens cost what tokens cost.
            long[] bytes = new long[2];
            for (int k = 1; k <= 2; k++) {
                GenerateParams params = GenerateParams.builder().maxTokens(k * TOKENS).sampler(sampler).build();
                int expected = k * TOKENS;
                bytes[k - 1] = leastBytes(() -> {
                    ctx.memory().clear();
                    int n = 0;
                    for (Token t : ctx.generate(new int[] {model.vocab().bos()}, params)) n++;
                    counted[0] = n;
                });
                // k * TOKENS sampled tokens, and at most one more that flushes held-back text
                assertTrue(counted[0] >= expected, "the generation ended after " + counted[0] + " tokens; the per-token figure would be off");
            }
            double perToken = (double) (bytes[1] - bytes[0]) / TOKENS;
            System.out.printf("generation: %.0f bytes per token, %d bytes per generation besides%n", perToken,
                    bytes[0] - Math.round(perToken * TOKENS));
            assertTrue(perToken < 1024 && perToken < vocab * Float.BYTES / 64.0,
                    "generating allocated " + perToken + " bytes per token");
        }
    }
}
