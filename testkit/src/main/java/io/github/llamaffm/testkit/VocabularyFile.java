package io.github.llamaffm.testkit;

import io.github.llamaffm.gguf.GgufArray;
import io.github.llamaffm.gguf.GgufFile;
import io.github.llamaffm.gguf.GgufFormatException;
import io.github.llamaffm.gguf.GgufType;
import io.github.llamaffm.gguf.GgufValue;
import io.github.llamaffm.gguf.GgufValueException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tokenizer of a llama.cpp vocabulary file ({@code models/ggml-vocab-*.gguf}) as a
 * {@link RandomLlamaModel} copies it: every {@code tokenizer.*} key verbatim, in the file's order,
 * and the token count that sets the model's vocabulary size. Apart from the model so that what
 * makes a file a vocabulary is decided in one place, with format errors that name the file.
 *
 * @param tokenizer every {@code tokenizer.*} key of the file, unmodifiable
 * @param vocabSize the length of {@code tokenizer.ggml.tokens}
 */
record VocabularyFile(Map<String, GgufValue> tokenizer, int vocabSize) {
    private static final String TOKENS = "tokenizer.ggml.tokens";

    /**
     * Reads the tokenizer of a vocabulary file.
     *
     * @param path the file
     * @return its tokenizer
     * @throws IOException         when the file cannot be read
     * @throws GgufFormatException when the file is not valid GGUF or has no
     *                             {@code tokenizer.ggml.tokens} string array
     */
    static VocabularyFile read(Path path) throws IOException {
        Map<String, GgufValue> tokenizer = new LinkedHashMap<>();
        try (GgufFile vocab = GgufFile.read(path)) {
            vocab.metadata().forEach((k, v) -> {
                if (k.startsWith("tokenizer.")) {
                    tokenizer.put(k, v);
                }
            });
            GgufArray tokens;
            try {
                tokens = vocab.findArray(TOKENS).orElseThrow(() -> new GgufFormatException(
                        path, -1, "no '" + TOKENS + "' array: not a vocabulary file"));
            } catch (GgufValueException e) {
                throw new GgufFormatException(path, e.offset(), e.problem(), e);
            }
            if (tokens.elementType() != GgufType.STRING || tokens.isEmpty()) {
                throw new GgufFormatException(path, -1, "'" + TOKENS + "' is not a non-empty string array");
            }
            return new VocabularyFile(Collections.unmodifiableMap(tokenizer), tokens.size());
        }
    }
}
