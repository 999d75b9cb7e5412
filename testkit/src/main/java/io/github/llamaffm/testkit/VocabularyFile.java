package io.github.llamaffm.testkit;

import io.github.llamaffm.gguf.GgufArray;
import io.github.llamaffm.gguf.GgufFile;
import io.github.llamaffm.gguf.GgufFormatException;
import io.github.llamaffm.gguf.GgufType;
import io.github.llamaffm.gguf.GgufValue;
import io.github.llamaffm.gguf.GgufValueException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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

    /** llama.cpp's {@code LLAMA_TOKEN_TYPE_CONTROL}: a special token such as {@code <|im_start|>}. */
    private static final int CONTROL = 3;
    private static final String TYPES = "tokenizer.ggml.token_type";

    /**
     * This tokenizer with some tokens replaced by control tokens, as a model family's tokenizer
     * puts its special tokens in slots that the shared vocabulary file leaves as placeholders
     * (Qwen2-VL's {@code <|vision_start|>} at 151652 of the qwen2 vocabulary, say).
     *
     * @param replacements token id to the control token's text
     * @return a new tokenizer (this one when there is nothing to replace)
     * @throws IllegalArgumentException when an id is outside the vocabulary, a text is empty or
     *                                  already a token, or the vocabulary has no int32 token types
     *                                  or tokens that are not valid UTF-8
     */
    VocabularyFile withControlTokens(Map<Integer, String> replacements) {
        if (replacements.isEmpty()) return this;
        GgufArray tokens = tokenizer.get(TOKENS).asArray();
        GgufValue typesValue = tokenizer.get(TYPES);
        if (typesValue == null || typesValue.type() != GgufType.ARRAY || typesValue.asArray().elementType() != GgufType.INT32
                || typesValue.asArray().size() != vocabSize) {
            throw new IllegalArgumentException("the vocabulary has no int32 '" + TYPES + "' array of " + vocabSize + " values");
        }
        List<String> texts = new ArrayList<>(tokens.toStringList());
        for (int i = 0; i < texts.size(); i++) {
            // the copy re-encodes every token: refuse what would not come back byte for byte
            if (!Arrays.equals(tokens.getStringBytes(i), texts.get(i).getBytes(StandardCharsets.UTF_8))) {
                throw new IllegalArgumentException("token " + i + " is not valid UTF-8; control tokens cannot be set in this vocabulary");
            }
        }
        Set<String> existing = new HashSet<>(texts);
        int[] types = typesValue.asArray().toIntArray();
        for (Map.Entry<Integer, String> r : new TreeMap<>(replacements).entrySet()) {
            int id = r.getKey();
            String text = r.getValue();
            if (id < 0 || id >= vocabSize) throw new IllegalArgumentException("token id " + id + " is outside the vocabulary of " + vocabSize);
            if (text.isEmpty() || existing.contains(text)) throw new IllegalArgumentException("'" + text + "' is empty or already a token");
            existing.add(text);
            texts.set(id, text);
            types[id] = CONTROL;
        }
        Map<String, GgufValue> copy = new LinkedHashMap<>(tokenizer);
        copy.put(TOKENS, GgufValue.ofArray(GgufArray.ofStrings(texts)));
        copy.put(TYPES, GgufValue.ofArray(GgufArray.ofInt32(types)));
        return new VocabularyFile(Collections.unmodifiableMap(copy), vocabSize);
    }
}
