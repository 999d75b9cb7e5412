package io.github.llamaffm.tests;

import io.github.llamaffm.Cancellation;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.eval.KlDivergence;
import io.github.llamaffm.eval.Perplexity;
import io.github.llamaffm.eval.PerplexityResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input to perplexity and KL divergence: each a clear exception in Java, and the model stays usable. */
class EvalInputTest {
    private static LlamaModel spm, gpt2;
    private static Path base; // a valid base file of the spm model: 2 chunks of 64 tokens
    @TempDir
    static Path dir;

    @BeforeAll
    static void load() {
        spm = LlamaModel.load(EvalModels.model("spm"));
        gpt2 = LlamaModel.load(EvalModels.model("gpt2"));
        base = dir.resolve("base.kld");
        Perplexity.builder().contextSize(64).chunks(2).threads(2).saveLogits(base).build().compute(spm, EvalModels.text(3000));
    }

    @AfterAll
    static void close() {
        spm.close();
        gpt2.close();
    }

    @Test
    void aTextShorterThanTwoChunksIsRefused() {
        Perplexity p = Perplexity.builder().contextSize(256).threads(2).build();
        String text = EvalModels.text(300);
        int tokens = spm.vocab().tokenize(text, io.github.llamaffm.SpecialTokens.ADD).length;
        assertTrue(tokens < 512);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p.compute(spm, text));
        assertTrue(e.getMessage().contains("at least 512 tokens") && e.getMessage().contains("only " + tokens), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> p.compute(spm, new int[]{1, 2, 3}));
        assertThrows(IllegalArgumentException.class, () -> Perplexity.builder().contextSize(8).build().compute(spm, new int[]{1, -5, 3, 4, 5, 6, 7, 8,
                9, 10, 11, 12, 13, 14, 15, 16}));
        assertThrows(IllegalArgumentException.class, () -> Perplexity.builder().contextSize(3));
        assertThrows(IllegalArgumentException.class, () -> Perplexity.builder().chunks(0));
    }

    @Test
    void aBaseOfAnotherVocabularyIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KlDivergence.builder().threads(2).build().compute(gpt2, base));
        assertTrue(e.getMessage().contains("vocabulary of 32000") && e.getMessage().contains("" + gpt2.vocab().size()), e.getMessage());
    }

    private static String refusal(byte[] bytes, String name) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return assertThrows(IllegalArgumentException.class, () -> KlDivergence.builder().threads(2).build().compute(spm, f)).getMessage();
    }

    @Test
    void truncatedOrCorruptBaseFilesAreRefused() throws Exception {
        byte[] ok = Files.readAllBytes(base);
        assertTrue(refusal(Arrays.copyOf(ok, ok.length - 1), "short.kld").contains("truncated"));
        assertTrue(refusal(Arrays.copyOf(ok, 30), "header.kld").contains("truncated"));
        assertTrue(refusal(Arrays.copyOf(ok, 10), "tiny.kld").contains("too short"));
        assertTrue(refusal(Arrays.copyOf(ok, ok.length + 3), "long.kld").contains("after the last chunk"));
        byte[] magic = ok.clone();
        magic[0] = 'X';
        assertTrue(refusal(magic, "magic.kld").contains("_logits_"));
        ByteBuffer b = ByteBuffer.wrap(ok.clone()).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(8, 2); // context size 2
        assertTrue(refusal(b.array(), "ctx.kld").contains("below 4"));
        b = ByteBuffer.wrap(ok.clone()).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(16, 1 << 30); // a chunk count that would need gigabytes
        assertTrue(refusal(b.array(), "chunks.kld").contains("truncated"));
        b = ByteBuffer.wrap(ok.clone()).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(20 + 4 * 5, 999_999); // a token outside the vocabulary
        assertTrue(refusal(b.array(), "token.kld").contains("outside the vocabulary"));
        b = ByteBuffer.wrap(ok.clone()).order(ByteOrder.LITTLE_ENDIAN);
        int firstRow = 20 + 4 * 128;
        b.putFloat(firstRow + 2 * (32000 + 4) * 3, Float.NaN); // the 4th scored token's scale
        assertTrue(refusal(b.array(), "nan.kld").contains("corrupt"));
        // the model is fine afterwards
        assertTrue(KlDivergence.builder().threads(2).build().compute(spm, base).sameTop().value() == 1.0);
    }

    /** Seeded random damage to a base file: a result or an IllegalArgumentException, nothing else (and no crash). */
    @Test
    void damagedBaseFilesNeverCrash() throws Exception {
        byte[] ok = Files.readAllBytes(base);
        java.util.SplittableRandom r = new java.util.SplittableRandom(Long.getLong("eval.fuzz.seed", 24));
        KlDivergence kl = KlDivergence.builder().threads(2).build();
        int refused = 0, rounds = Integer.getInteger("eval.fuzz.rounds", 12);
        for (int i = 0; i < rounds; i++) {
            byte[] b = ok.clone();
            int edits = 1 + r.nextInt(4);
            for (int e = 0; e < edits; e++) {
                // mostly the header and tokens, where the checks are; sometimes anywhere
                int at = r.nextInt(4) == 0 ? r.nextInt(b.length) : r.nextInt(20 + 4 * 128);
                b[at] = (byte) r.nextInt(256);
            }
            if (r.nextInt(5) == 0) b = Arrays.copyOf(b, r.nextInt(b.length));
            Path f = dir.resolve("fuzz" + i + ".kld");
            Files.write(f, b);
            try {
                kl.compute(spm, f);
            } catch (IllegalArgumentException expected) {
                refused++;
            }
        }
        assertTrue(refused > 0, "some damage is refused");
    }

    /** llama.cpp's perplexity refuses vocabularies that add EOS to a text (it asserts); so does this, in Java. */
    @Test
    void aVocabularyThatAddsEosIsRefused() throws Exception {
        io.github.llamaffm.gguf.GgufWriter w = TestModels.spec("llama-spm").newWriter();
        w.putBool("tokenizer.ggml.add_eos_token", true);
        Path m = dir.resolve("adds-eos.gguf");
        w.write(m);
        try (LlamaModel bert = LlamaModel.load(m)) {
            assertTrue(bert.vocab().addsEos());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Perplexity.builder().contextSize(16).threads(2).build().compute(bert, EvalModels.text(2000)));
            assertTrue(e.getMessage().contains("adds EOS"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> KlDivergence.builder().threads(2).build().compute(bert, base));
        }
    }

    @Test
    void cancellationStopsTheRunAndLeavesTheModelUsable() {
        Cancellation c = new Cancellation();
        AtomicInteger chunks = new AtomicInteger();
        Perplexity p = Perplexity.builder().contextSize(64).batchSize(64).threads(2).cancellation(c)
                .listener((chunk, all, ppl) -> {
                    chunks.incrementAndGet();
                    c.cancel();
                }).build();
        String text = EvalModels.text(4000);
        assertThrows(CancellationException.class, () -> p.compute(spm, text));
        assertEquals(1, chunks.get());
        assertThrows(CancellationException.class, () -> p.compute(spm, text), "a cancelled handle stays cancelled");
        Path out = dir.resolve("cancelled.kld");
        assertThrows(CancellationException.class, () -> Perplexity.builder().contextSize(64).threads(2).cancellation(c)
                .saveLogits(out).build().compute(spm, text));
        assertFalse(Files.exists(out), "no partial base file");
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> Perplexity.builder().contextSize(64).threads(2).build().compute(spm, text));
        } finally {
            Thread.interrupted();
        }
        PerplexityResult r = Perplexity.builder().contextSize(64).threads(2).chunks(2).build().compute(spm, text);
        assertEquals(2, r.chunks());
        assertTrue(r.perplexity() > 1 && r.error() > 0, r.toString());
    }
}
