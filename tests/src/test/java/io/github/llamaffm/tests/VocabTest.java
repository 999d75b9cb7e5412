package io.github.llamaffm.tests;

import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.ModelLoadException;
import io.github.llamaffm.ModelParams;
import io.github.llamaffm.SpecialTokens;
import io.github.llamaffm.Vocab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The vocabulary API on real tokenizers (vocabulary-only loads of llama.cpp's vocab files). */
class VocabTest {
    private static LlamaModel spm;
    private static LlamaModel bpe;

    @BeforeAll
    static void load() {
        ModelParams vocabOnly = ModelParams.builder().vocabOnly(true).build();
        spm = LlamaModel.load(NativeSource.root().resolve("models/ggml-vocab-llama-spm.gguf"), vocabOnly);
        bpe = LlamaModel.load(NativeSource.root().resolve("models/ggml-vocab-llama-bpe.gguf"), vocabOnly);
    }

    @AfterAll
    static void close() {
        spm.close();
        bpe.close();
    }

    @Test
    void specialTokensAndFacts() {
        Vocab v = spm.vocab();
        assertEquals(32000, v.size());
        assertEquals(Vocab.Type.SPM, v.type());
        assertEquals(1, v.bos());
        assertEquals(2, v.eos());
        assertTrue(v.isEndOfGeneration(v.eos()));
        assertFalse(v.isEndOfGeneration(100));
        assertTrue(v.isControl(v.bos()));
        assertTrue(v.addsBos());
        Vocab b = bpe.vocab();
        assertEquals(Vocab.Type.BPE, b.type());
        assertEquals(128000, b.bos());
        assertTrue(b.isEndOfGeneration(b.eot()) || b.eot() == Vocab.NO_TOKEN);
    }

    @Test
    void roundTripsText() {
        for (LlamaModel m : new LlamaModel[]{spm, bpe}) {
            Vocab v = m.vocab();
            String text = "Hello, world! Ünïcödé ✓ 🦙 日本語 tab\there";
            int[] ids = v.tokenize(text, SpecialTokens.NONE);
            assertTrue(ids.length > 5);
            assertEquals(text, v.detokenize(ids).stripLeading());
            int[] withBos = v.tokenize(text, SpecialTokens.ADD);
            assertEquals(v.bos(), withBos[0]);
            StringBuilder pieces = new StringBuilder();
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            for (int id : ids) bytes.writeBytes(v.pieceBytes(id, false));
            pieces.append(bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(text, pieces.toString().stripLeading());
        }
    }

    @Test
    void specialTokensInTextAreParsedOnlyWhenAsked() {
        Vocab v = bpe.vocab();
        String text = "<|begin_of_text|>hi";
        int[] parsed = v.tokenize(text, SpecialTokens.PARSE);
        int[] plain = v.tokenize(text, SpecialTokens.NONE);
        assertEquals(v.bos(), parsed[0]);
        assertTrue(plain.length > parsed.length, "as plain text the marker is several ordinary tokens");
        for (int id : plain) assertFalse(v.isControl(id), "no control token from plain text");
    }

    @Test
    void anyStringTokenizesWithoutCrashing() {
        for (LlamaModel m : new LlamaModel[]{spm, bpe}) {
            Vocab v = m.vocab();
            assertArrayEquals(new int[0], v.tokenize("", SpecialTokens.NONE));
            assertArrayEquals(new int[]{v.bos()}, v.tokenize("", SpecialTokens.ADD));
            assertTrue(v.tokenize("a\0b\0", SpecialTokens.NONE).length >= 2, "NUL is text");
            assertTrue(v.tokenize("\uD800 lone \uDFFF surrogates \uDBFF", SpecialTokens.PARSE).length > 0);
            String huge = "All work and no play makes Jack a dull boy. ".repeat(25_000); // ~1.1 MB
            int[] ids = v.tokenize(huge, SpecialTokens.ADD);
            assertTrue(ids.length > 100_000, "tokens: " + ids.length);
            assertEquals(huge, v.detokenize(ids, SpecialTokens.ADD).stripLeading());
            assertTrue(v.tokenize("\u0000".repeat(1000), SpecialTokens.PARSE).length > 0);
        }
    }

    @Test
    void badTokenIdsAreRejectedInJava() {
        Vocab v = spm.vocab();
        assertThrows(IllegalArgumentException.class, () -> v.detokenize(new int[]{1, -5}));
        assertThrows(IllegalArgumentException.class, () -> v.detokenize(new int[]{v.size()}));
        assertThrows(IllegalArgumentException.class, () -> v.piece(Integer.MAX_VALUE));
        assertThrows(IllegalArgumentException.class, () -> v.tokenText(-1));
        assertThrows(IllegalArgumentException.class, () -> v.isEndOfGeneration(v.size()));
    }

    @Test
    void useAfterCloseThrows() {
        LlamaModel m = LlamaModel.load(NativeSource.root().resolve("models/ggml-vocab-gpt-2.gguf"),
                ModelParams.builder().vocabOnly(true).build());
        Vocab v = m.vocab();
        assertTrue(v.tokenize("hi", SpecialTokens.NONE).length > 0);
        m.close();
        m.close(); // idempotent
        assertTrue(m.isClosed());
        assertThrows(IllegalStateException.class, () -> v.tokenize("hi", SpecialTokens.NONE));
        assertThrows(IllegalStateException.class, () -> v.detokenize(new int[]{1}));
        assertThrows(IllegalStateException.class, m::description);
        assertThrows(IllegalStateException.class, m::chatTemplate);
        assertThrows(IllegalStateException.class, m::newContext);
    }

    @Test
    void loadFailuresCarryThePathAndLlamaCppsMessage(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("missing.gguf");
        ModelLoadException e1 = assertThrows(ModelLoadException.class, () -> LlamaModel.load(missing));
        assertTrue(e1.getMessage().contains(missing.toString()) && e1.getMessage().contains("no such file"), e1.getMessage());

        Path text = Files.writeString(dir.resolve("text.gguf"), "definitely not a GGUF file");
        ModelLoadException e2 = assertThrows(ModelLoadException.class, () -> LlamaModel.load(text));
        assertTrue(e2.getMessage().contains(text.toString()) && e2.getMessage().contains("llama.cpp:"), e2.getMessage());

        ModelLoadException e3 = assertThrows(ModelLoadException.class, () -> LlamaModel.load(dir));
        assertTrue(e3.getMessage().contains("directory"), e3.getMessage());

        Path truncated = dir.resolve("truncated.gguf");
        byte[] real = Files.readAllBytes(NativeSource.root().resolve("models/ggml-vocab-llama-spm.gguf"));
        Files.write(truncated, java.util.Arrays.copyOf(real, real.length / 3));
        ModelLoadException e4 = assertThrows(ModelLoadException.class,
                () -> LlamaModel.load(truncated, ModelParams.builder().vocabOnly(true).build()));
        assertTrue(e4.getMessage().contains("llama.cpp:"), e4.getMessage());
    }

    @Test
    void metadataAndChatTemplate() {
        assertEquals("llama", spm.metadata().get("general.architecture"));
        assertTrue(bpe.metadata().containsKey("tokenizer.ggml.model"));
        assertTrue(bpe.chatTemplate().isEmpty() || bpe.chatTemplate().get().contains("{"));
    }
}
