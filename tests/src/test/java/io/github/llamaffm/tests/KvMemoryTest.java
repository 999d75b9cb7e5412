package io.github.llamaffm.tests;

import io.github.llamaffm.Batch;
import io.github.llamaffm.ContextParams;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.KvMemory;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.SpecialTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.foreign.ValueLayout;
import java.util.Arrays;

import static io.github.llamaffm.tests.BatchDecodeTest.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** KV memory edits: the model's outputs after an edit equal those of decoding the edited text directly. */
class KvMemoryTest {
    private static LlamaModel model;
    private static int[] prompt;

    @BeforeAll
    static void load() {
        model = LlamaModel.load(TestModels.tiny("llama-bpe"));
        prompt = model.vocab().tokenize("A system prompt that several conversations share, then a question", SpecialTokens.ADD);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    private static LlamaContext context(boolean unified) {
        return model.newContext(ContextParams.builder().contextSize(512).batchSize(128).sequences(4).unifiedKv(unified).threads(2).build());
    }

    /** The logits after decoding {@code tokens} from scratch in a fresh context. */
    private static float[] reference(int[] tokens) {
        try (LlamaContext ctx = context(true); Batch batch = Batch.create(128)) {
            batch.add(tokens, 0, 0, true);
            ctx.decode(batch);
            return ctx.logits(-1).toArray(ValueLayout.JAVA_FLOAT);
        }
    }

    private static float[] decodeNext(LlamaContext ctx, Batch batch, int token, int pos, int seq) {
        batch.clear().add(token, pos, seq, true);
        ctx.decode(batch);
        return ctx.logits(0).toArray(ValueLayout.JAVA_FLOAT);
    }

    @Test
    void copiedPrefixContinuesLikeTheWholeText() {
        for (boolean unified : new boolean[]{true, false}) {
            int n = prompt.length - 1;
            try (LlamaContext ctx = context(unified); Batch batch = Batch.create(128)) {
                KvMemory mem = ctx.memory();
                batch.add(Arrays.copyOf(prompt, n), 0, 0, false);
                ctx.decode(batch);
                mem.copy(0, 2);
                assertEquals(0, mem.minPosition(2));
                assertEquals(n - 1, mem.maxPosition(2));
                float[] viaCopy = decodeNext(ctx, batch, prompt[n], n, 2);
                assertClose(reference(prompt), viaCopy);
                assertEquals(n - 1, mem.maxPosition(0), "the source is unchanged");
                assertEquals(-1, mem.maxPosition(3));
                if (!unified) assertThrows(IllegalArgumentException.class, () -> mem.copy(0, 3, 2, 5));
            }
        }
    }

    @Test
    void removingTheTailRewinds() {
        try (LlamaContext ctx = context(true); Batch batch = Batch.create(128)) {
            int[] other = model.vocab().tokenize(" and something else entirely", SpecialTokens.NONE);
            int keep = prompt.length - 4;
            batch.add(prompt, 0, 1, false);
            ctx.decode(batch);
            assertTrue(ctx.memory().remove(1, keep, -1));
            assertEquals(keep - 1, ctx.memory().maxPosition(1));
            batch.clear().add(other, keep, 1, true);
            ctx.decode(batch);
            int[] edited = new int[keep + other.length];
            System.arraycopy(prompt, 0, edited, 0, keep);
            System.arraycopy(other, 0, edited, keep, other.length);
            assertClose(reference(edited), ctx.logits(-1).toArray(ValueLayout.JAVA_FLOAT));
        }
    }

    @Test
    void shiftingPositionsKeepsRelativeOrder() {
        // RoPE attention depends on relative positions only: a sequence shifted as a whole continues
        // as it would have unshifted (up to the rounding of re-rotating the stored keys).
        try (LlamaContext ctx = context(true); Batch batch = Batch.create(128)) {
            KvMemory mem = ctx.memory();
            assertTrue(mem.canShift());
            int n = prompt.length - 1, delta = 37;
            batch.add(Arrays.copyOf(prompt, n), 0, 1, false);
            batch.add(Arrays.copyOf(prompt, n), 0, 2, false);
            ctx.decode(batch);
            mem.shift(1, -1, -1, delta);
            assertEquals(delta, mem.minPosition(1));
            assertEquals(n - 1 + delta, mem.maxPosition(1));
            float[] expected = reference(prompt);
            assertClose(expected, decodeNext(ctx, batch, prompt[n], n + delta, 1));
            // shifting only part of a sequence changes relative positions, and the outputs: the check above can fail
            mem.shift(2, 0, n / 2, delta);
            float[] unshifted = decodeNext(ctx, batch, prompt[n], mem.maxPosition(2) + 1, 2);
            double diff = 0, scale = 0;
            for (int i = 0; i < expected.length; i++) {
                diff = Math.max(diff, Math.abs(expected[i] - unshifted[i]));
                scale = Math.max(scale, Math.abs(expected[i]));
            }
            assertTrue(diff > 5e-3 * scale, "relative positions must matter beyond assertClose's tolerance: " + diff + " of " + scale);

            mem.shift(1, -1, -1, -delta);
            assertEquals(0, mem.minPosition(1));
            mem.divide(1, -1, -1, 2);
            assertEquals(n / 2, mem.maxPosition(1));
            assertThrows(IllegalArgumentException.class, () -> mem.divide(1, -1, -1, 0));
            assertThrows(IllegalArgumentException.class, () -> mem.shift(-1, 0, -1, 1), "llama.cpp asserts on -1 here");
        }
    }

    @Test
    void keepAndRangesAndBadIds() {
        try (LlamaContext ctx = context(true); Batch batch = Batch.create(128)) {
            KvMemory mem = ctx.memory();
            for (int s = 0; s < 4; s++) batch.add(Arrays.copyOf(prompt, 5 + s), 0, s, false);
            ctx.decode(batch);
            for (int s = 0; s < 4; s++) assertEquals(4 + s, mem.maxPosition(s));
            mem.keep(2);
            assertEquals(-1, mem.maxPosition(0));
            assertEquals(-1, mem.maxPosition(3));
            assertEquals(6, mem.maxPosition(2));
            mem.remove(-1, -1, -1);
            assertEquals(-1, mem.maxPosition(2));
            assertThrows(IllegalArgumentException.class, () -> mem.maxPosition(4));
            assertThrows(IllegalArgumentException.class, () -> mem.remove(-2, 0, 1));
            assertThrows(IllegalArgumentException.class, () -> mem.copy(0, 9));
            assertThrows(IllegalArgumentException.class, () -> mem.keep(-1));
        }
    }

    @Test
    void generateFollowsEditsOfSequenceZero() {
        GenerateParams gp = GenerateParams.builder().maxTokens(6).build();
        try (LlamaContext ctx = context(true)) {
            ctx.generate(prompt, gp).run();
            int held = ctx.tokenCount();
            assertEquals(prompt.length + 5, held);
            ctx.memory().remove(0, prompt.length, -1);
            assertEquals(prompt.length, ctx.tokenCount(), "removing the tail keeps the record of the rest");
            var again = ctx.generate(prompt, gp).run();
            assertEquals(1, again.promptTokens(), "only the last prompt token is decoded again");
            ctx.memory().shift(0, 2, -1, -1);
            assertEquals(0, ctx.tokenCount(), "a shift of sequence 0 ends the record");
            var fresh = ctx.generate(prompt, gp).run();
            assertEquals(prompt.length, fresh.promptTokens());
            assertFalse(fresh.text().isEmpty());
        }
    }
}
