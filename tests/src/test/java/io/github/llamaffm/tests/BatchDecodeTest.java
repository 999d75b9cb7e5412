package io.github.llamaffm.tests;

import io.github.llamaffm.Batch;
import io.github.llamaffm.ContextParams;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.SpecialTokens;
import io.github.llamaffm.Token;
import io.github.llamaffm.gguf.GgufFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Decoding batches by hand: the same tokens as generate(), several sequences per decode, outputs in place. */
class BatchDecodeTest {
    private static LlamaModel model;

    @BeforeAll
    static void load() {
        model = LlamaModel.load(TestModels.tiny("llama-bpe"));
    }

    @AfterAll
    static void close() {
        model.close();
    }

    static int argmax(MemorySegment logits) {
        int best = 0;
        float max = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < logits.byteSize() / 4; i++) {
            float v = logits.getAtIndex(ValueLayout.JAVA_FLOAT, i);
            if (v > max) {
                max = v;
                best = i;
            }
        }
        return best;
    }

    /** Greedy decoding through Batch, one decode per token, the way llama-simple does it. */
    static int[] greedy(LlamaContext ctx, Batch batch, int[] prompt, int sequence, int n) {
        int[] out = new int[n];
        batch.clear().add(prompt, 0, sequence, true);
        ctx.decode(batch);
        int pos = prompt.length;
        for (int i = 0; i < n; i++) {
            out[i] = argmax(ctx.logits(batch.size() - 1));
            batch.clear().add(out[i], pos++, sequence, true);
            ctx.decode(batch);
        }
        return out;
    }

    private static ContextParams params(int sequences) {
        return ContextParams.builder().contextSize(512).batchSize(128).sequences(sequences).unifiedKv(true).threads(2).build();
    }

    @Test
    void batchDecodingEqualsGenerate() {
        int[] prompt = model.vocab().tokenize("The batch API decodes what generate decodes", SpecialTokens.ADD);
        try (LlamaContext a = model.newContext(params(1)); LlamaContext b = model.newContext(params(1)); Batch batch = Batch.create(128)) {
            int[] viaBatch = greedy(a, batch, prompt, 0, 16);
            int[] viaGenerate = b.generate(prompt, GenerateParams.builder().maxTokens(16).build()).stream()
                    .mapToInt(Token::id).filter(id -> id >= 0).toArray();
            assertArrayEquals(viaGenerate, viaBatch);
            assertEquals(prompt.length + 16, a.memory().maxPosition(0) + 1);
            assertEquals(0, a.tokenCount(), "generate()'s record of sequence 0 no longer applies");
        }
    }

    @Test
    void severalSequencesInOneDecodeMatchSeparateDecodes() {
        int[] p0 = model.vocab().tokenize("First sequence of the batch", SpecialTokens.ADD);
        int[] p1 = model.vocab().tokenize("A second, longer sequence decoded in the same call", SpecialTokens.ADD);
        try (LlamaContext both = model.newContext(params(2)); LlamaContext one = model.newContext(params(1));
             Batch batch = Batch.create(128)) {
            int r0 = batch.add(p0, 0, 0, true);
            int r1 = batch.add(p1, 0, 1, true);
            assertEquals(p0.length + p1.length, batch.size());
            assertEquals(2, batch.outputCount());
            both.decode(batch);
            float[] l0 = both.logits(r0).toArray(ValueLayout.JAVA_FLOAT);
            float[] l1 = both.logits(r1).toArray(ValueLayout.JAVA_FLOAT);

            batch.clear().add(p1, 0, 0, true);
            one.decode(batch);
            float[] alone = one.logits(batch.size() - 1).toArray(ValueLayout.JAVA_FLOAT);
            assertClose(alone, l1);
            one.memory().clear();
            batch.clear().add(p0, 0, 0, true);
            one.decode(batch);
            assertClose(one.logits(-1).toArray(ValueLayout.JAVA_FLOAT), l0);
            assertEquals(p0.length - 1, both.memory().maxPosition(0));
            assertEquals(p1.length - 1, both.memory().maxPosition(1));
        }
    }

    static void assertClose(float[] expected, float[] actual) {
        assertEquals(expected.length, actual.length);
        double scale = 0;
        for (float v : expected) scale = Math.max(scale, Math.abs(v));
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-3 * scale + 1e-5, "logit " + i);
        }
        assertEquals(argmax(MemorySegment.ofArray(expected)), argmax(MemorySegment.ofArray(actual)));
    }

    @Test
    void rowsBelongingToSeveralSequencesAndEmbeddings() {
        ContextParams cp = params(2).toBuilder().embeddings(true).pooling(ContextParams.Pooling.MEAN).build();
        int[] prompt = model.vocab().tokenize("shared by two sequences", SpecialTokens.ADD);
        try (LlamaContext ctx = model.newContext(cp); Batch batch = Batch.create(64, 2)) {
            for (int i = 0; i < prompt.length; i++) batch.add(prompt[i], i, new int[]{0, 1}, true);
            assertArrayEquals(new int[]{0, 1}, batch.sequences(0));
            ctx.decode(batch);
            assertEquals(prompt.length - 1, ctx.memory().maxPosition(1));
            MemorySegment e = ctx.embeddings(prompt.length - 1);
            assertEquals(model.embeddingSize() * 4L, e.byteSize());
            MemorySegment pooled = ctx.sequenceEmbeddings(1);
            float[] p = pooled.toArray(ValueLayout.JAVA_FLOAT);
            assertEquals(model.embeddingSize(), p.length);
            for (float v : p) assertTrue(Float.isFinite(v));
            assertTrue(e.isReadOnly());
        }
    }

    @Test
    void badBatchesAreRefusedInJava() {
        try (LlamaContext ctx = model.newContext(params(2)); Batch batch = Batch.create(4)) {
            assertThrows(IllegalArgumentException.class, () -> ctx.decode(batch), "empty");
            batch.add(model.vocab().size(), 0, 0, true);
            IllegalArgumentException vocab = assertThrows(IllegalArgumentException.class, () -> ctx.decode(batch));
            assertTrue(vocab.getMessage().contains("outside the vocabulary"), vocab.getMessage());
            batch.clear().add(1, 0, 2, true);
            IllegalArgumentException seq = assertThrows(IllegalArgumentException.class, () -> ctx.decode(batch));
            assertTrue(seq.getMessage().contains("sequence 2"), seq.getMessage());
            assertThrows(IllegalArgumentException.class, () -> batch.add(1, -1, 0, true));
            assertThrows(IllegalArgumentException.class, () -> batch.add(1, 0, -1, true));
            batch.clear();
            for (int i = 0; i < 4; i++) batch.add(1, i, 0, false);
            assertThrows(IllegalStateException.class, () -> batch.add(1, 4, 0, false), "full");
            assertThrows(IllegalStateException.class, () -> batch.add(new float[model.embeddingSize()], 0, 0, true));
            try (Batch big = Batch.create(200)) {
                for (int i = 0; i < 129; i++) big.add(1, i, 0, false);
                assertThrows(IllegalArgumentException.class, () -> ctx.decode(big), "over the context's batch size");
            }
            assertThrows(IllegalArgumentException.class, () -> ctx.logits(7), "not a row of the last decode");
        }
    }

    @Test
    void useAfterCloseThrows() {
        Batch batch = Batch.create(8);
        try (LlamaContext ctx = model.newContext(params(1))) {
            batch.add(1, 0, 0, true);
            batch.close();
            batch.close();
            assertThrows(IllegalStateException.class, () -> batch.add(1, 1, 0, true));
            assertThrows(IllegalStateException.class, () -> ctx.decode(batch));
        }
        LlamaContext closed = model.newContext(params(1));
        closed.close();
        try (Batch b = Batch.create(2)) {
            b.add(1, 0, 0, true);
            assertThrows(IllegalStateException.class, () -> closed.decode(b));
            assertThrows(IllegalStateException.class, () -> closed.memory().clear());
            assertThrows(IllegalStateException.class, () -> closed.memory().maxPosition(0));
        }
    }

    @Test
    void embeddingBatchesDecode() {
        try (LlamaContext ctx = model.newContext(params(1)); Batch batch = Batch.createForEmbeddings(4, model.embeddingSize())) {
            float[] row = new float[model.embeddingSize()];
            for (int i = 0; i < row.length; i++) row[i] = (float) Math.sin(i);
            batch.add(row, 0, 0, false);
            batch.add(row, 1, 0, true);
            ctx.decode(batch);
            assertEquals(model.vocab().size(), ctx.logits(1).byteSize() / 4);
            for (float v : ctx.logits(1).toArray(ValueLayout.JAVA_FLOAT)) assertTrue(Float.isFinite(v));
            assertThrows(IllegalArgumentException.class, () -> batch.add(new float[3], 2, 0, true));
        }
    }

    /**
     * Rows of the model's own {@code token_embd.weight} decode as their tokens do: llama.cpp's
     * graph takes either the looked-up rows or the given ones into the same layers, and a llama
     * model does not scale either. Several fresh contexts in a row: a row written to the wrong
     * place leaves uninitialized memory that differs from run to run.
     */
    @Test
    void embeddingRowsDecodeAsTheirTokens() throws IOException {
        int[] ids = model.vocab().tokenize("Input embeddings are rows of the token table, decoded at their positions", SpecialTokens.ADD);
        assertRowsDecodeAsTokens(model, TestModels.tiny("llama-bpe"), ids);
    }

    /**
     * The same on an M-RoPE model ({@code qwen2vl}), where llama.cpp reads four positions per
     * embedding row ({@code pos[section * rows + row]}) and one per token row, broadcasting it.
     */
    @Test
    void embeddingRowsOfAnMropeModelDecodeAsTheirTokens() throws IOException {
        Path file = TestModels.qwen2vl();
        try (LlamaModel qwen = LlamaModel.load(file)) {
            int[] ids = qwen.vocab().tokenize("M-RoPE models read four positions for each embedding row", SpecialTokens.ADD);
            assertRowsDecodeAsTokens(qwen, file, ids);
        }
    }

    private static void assertRowsDecodeAsTokens(LlamaModel m, Path file, int[] ids) throws IOException {
        int n = m.embeddingSize();
        float[] table;
        try (GgufFile f = GgufFile.read(file)) {
            table = f.readTensorFloats("token_embd.weight");
        }
        assertEquals((long) m.vocab().size() * n, table.length);
        assertTrue(ids.length > 8, "enough rows to overlap if misplaced: " + ids.length);
        ContextParams cp = params(1);
        float[][] expected = new float[ids.length][];
        try (LlamaContext ctx = m.newContext(cp); Batch batch = Batch.create(ids.length)) {
            for (int i = 0; i < ids.length; i++) batch.add(ids[i], i, 0, true);
            ctx.decode(batch);
            for (int i = 0; i < ids.length; i++) expected[i] = ctx.logits(i).toArray(ValueLayout.JAVA_FLOAT);
        }
        // a batch just as large as the rows: positions llama.cpp reads past them are outside it
        try (Batch batch = Batch.createForEmbeddings(ids.length, n)) {
            for (int run = 0; run < 3; run++) {
                try (LlamaContext ctx = m.newContext(cp)) {
                    batch.clear();
                    // the second half goes into the memory after the first, as a continued prompt
                    int half = ids.length / 2;
                    for (int i = 0; i < half; i++) batch.add(Arrays.copyOfRange(table, ids[i] * n, ids[i] * n + n), i, 0, true);
                    ctx.decode(batch);
                    for (int i = 0; i < half; i++) assertTight(expected[i], ctx.logits(i).toArray(ValueLayout.JAVA_FLOAT), "run " + run + " row " + i);
                    batch.clear();
                    for (int i = half; i < ids.length; i++) batch.add(Arrays.copyOfRange(table, ids[i] * n, ids[i] * n + n), i, 0, true);
                    ctx.decode(batch);
                    for (int i = half; i < ids.length; i++) {
                        assertTight(expected[i], ctx.logits(i - half).toArray(ValueLayout.JAVA_FLOAT), "run " + run + " row " + i);
                    }
                    assertEquals(ids.length - 1, ctx.memory().maxPosition(0));
                }
            }
        }
    }

    /** Equal up to float rounding (the same kernels on the same inputs; only summation order may differ). */
    private static void assertTight(float[] expected, float[] actual, String what) {
        assertEquals(expected.length, actual.length);
        double scale = 0;
        for (float v : expected) scale = Math.max(scale, Math.abs(v));
        for (int i = 0; i < expected.length; i++) {
            assertTrue(Float.isFinite(actual[i]), what + ": logit " + i + " is " + actual[i]);
            assertEquals(expected[i], actual[i], 1e-5 * scale, what + ": logit " + i);
        }
    }
}
