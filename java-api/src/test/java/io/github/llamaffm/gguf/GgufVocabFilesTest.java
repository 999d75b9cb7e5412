package io.github.llamaffm.gguf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reads every vocabulary file shipped with llama.cpp and checks facts that must hold for each. */
class GgufVocabFilesTest {

    static Stream<Path> vocabFiles() throws Exception {
        return NativeTools.vocabFiles().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vocabFiles")
    void readsVocabFile(Path file) throws Exception {
        try (GgufFile gguf = GgufFile.read(file)) {
            assertTrue(gguf.version() == 2 || gguf.version() == 3, "version " + gguf.version());
            String arch = gguf.architecture().orElseThrow();
            assertFalse(arch.isBlank());
            assertTrue(gguf.findInt(arch + ".context_length").orElseThrow() > 0, "context length");
            assertTrue(gguf.getInt(arch + ".block_count") > 0, "block count");
            assertTrue(gguf.getInt(arch + ".embedding_length") > 0, "embedding length");
            assertFalse(gguf.getString("tokenizer.ggml.model").isBlank());

            GgufArray tokens = gguf.getArray("tokenizer.ggml.tokens");
            assertEquals(GgufType.STRING, tokens.elementType());
            int n = tokens.size();
            assertTrue(n > 1000, n + " tokens");
            gguf.findArray("tokenizer.ggml.scores").ifPresent(scores -> {
                assertEquals(GgufType.FLOAT32, scores.elementType());
                assertEquals(n, scores.size(), "scores");
            });
            gguf.findArray("tokenizer.ggml.token_type").ifPresent(types -> {
                assertEquals(GgufType.INT32, types.elementType());
                assertEquals(n, types.size(), "token types");
                for (int t : types.toIntArray()) {
                    assertTrue(t >= 0 && t <= 6, "token type " + t);
                }
            });
            gguf.findArray("tokenizer.ggml.merges").ifPresent(merges -> {
                assertEquals(GgufType.STRING, merges.elementType());
                assertTrue(merges.size() > 0);
                assertTrue(merges.getString(0).contains(" "), "a merge is two tokens: " + merges.getString(0));
            });
            for (String id : List.of("bos", "eos", "unknown", "padding")) {
                gguf.findLong("tokenizer.ggml." + id + "_token_id").ifPresent(v ->
                        assertTrue(v >= 0 && v < n, id + " id " + v + " of " + n));
            }
            gguf.findLong(arch + ".vocab_size").ifPresent(v -> assertEquals(n, v, "vocab_size"));

            assertTrue(gguf.tensors().isEmpty(), "vocabulary files have no tensors");
            assertTrue(gguf.dataOffset() <= gguf.fileSize());
            assertEquals(GgufFile.DEFAULT_ALIGNMENT, gguf.alignment());
            // Every key is reachable and every value prints.
            gguf.metadata().forEach((k, v) -> assertFalse(v.toString().isEmpty(), k));
        }
    }

    @Test
    void knownFacts() throws Exception {
        try (GgufFile spm = GgufFile.read(NativeTools.vocab("llama-spm"))) {
            assertEquals("llama", spm.getString("general.architecture"));
            assertEquals("llama", spm.getString("tokenizer.ggml.model"));
            GgufArray tokens = spm.getArray("tokenizer.ggml.tokens");
            assertEquals(32000, tokens.size());
            assertEquals("<unk>", tokens.getString(0));
            assertEquals("<s>", tokens.getString(1));
            assertEquals("</s>", tokens.getString(2));
            assertEquals(1, spm.getInt("tokenizer.ggml.bos_token_id"));
            assertEquals(2, spm.getInt("tokenizer.ggml.eos_token_id"));
            assertTrue(spm.getBool("tokenizer.ggml.add_bos_token"));
            assertEquals(GgufType.UINT32, spm.get("tokenizer.ggml.bos_token_id").orElseThrow().type());
        }
        try (GgufFile bpe = GgufFile.read(NativeTools.vocab("llama-bpe"))) {
            assertEquals("gpt2", bpe.getString("tokenizer.ggml.model"));
            assertEquals("llama-bpe", bpe.getString("tokenizer.ggml.pre"));
            assertEquals(128256, bpe.getArray("tokenizer.ggml.tokens").size());
            assertEquals("<|begin_of_text|>", bpe.getArray("tokenizer.ggml.tokens").getString(128000));
        }
        try (GgufFile aquila = GgufFile.read(NativeTools.vocab("aquila"))) {
            assertEquals(2, aquila.version(), "aquila's vocabulary is a GGUF v2 file");
        }
    }
}
