package io.github.llamaffm.tests;

import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.ModelParams;
import io.github.llamaffm.SpecialTokens;
import io.github.llamaffm.Vocab;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tokenization equals llama.cpp's own test vectors ({@code models/ggml-vocab-*.gguf.inp/.out}),
 * for every vocabulary that ships them: the oracle is llama.cpp's, not ours.
 */
class TokenizerConformanceTest {
    private static final String SEPARATOR = "\n__ggml_vocab_test__\n";

    static Stream<Path> vocabularies() throws IOException {
        try (Stream<Path> s = Files.list(NativeSource.root().resolve("models"))) {
            List<Path> l = s.filter(p -> p.getFileName().toString().matches("ggml-vocab-.*\\.gguf"))
                    .filter(p -> Files.exists(Path.of(p + ".inp")) && Files.exists(Path.of(p + ".out")))
                    .sorted().toList();
            assertTrue(l.size() >= 10, "vocabularies with vectors: " + l);
            return l.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vocabularies")
    void tokenizesLikeLlamaCppsVectors(Path vocabFile) throws IOException {
        String raw = Files.readString(Path.of(vocabFile + ".inp"), StandardCharsets.UTF_8);
        List<String> inputs = new ArrayList<>();
        int pos = 0;
        while (pos < raw.length()) {
            int next = raw.indexOf(SEPARATOR, pos);
            if (next < 0) {
                inputs.add(raw.substring(pos));
                break;
            }
            inputs.add(raw.substring(pos, next));
            pos = next + SEPARATOR.length();
        }
        List<String> outputs = Files.readAllLines(Path.of(vocabFile + ".out"), StandardCharsets.UTF_8);
        assertEquals(outputs.size(), inputs.size(), "vector files disagree in length");
        try (LlamaModel model = LlamaModel.load(vocabFile, ModelParams.builder().vocabOnly(true).build())) {
            Vocab vocab = model.vocab();
            int failures = 0;
            StringBuilder report = new StringBuilder();
            for (int i = 0; i < inputs.size(); i++) {
                String o = outputs.get(i).strip();
                int[] expected = o.isEmpty() ? new int[0] : Arrays.stream(o.split(" ")).mapToInt(Integer::parseInt).toArray();
                int[] actual = vocab.tokenize(inputs.get(i), SpecialTokens.NONE);
                if (!Arrays.equals(expected, actual)) {
                    failures++;
                    if (failures <= 3) {
                        report.append("\n  input ").append(i).append(" '").append(inputs.get(i)).append("': expected ")
                                .append(Arrays.toString(expected)).append(" got ").append(Arrays.toString(actual));
                    }
                }
            }
            assertEquals(0, failures, vocabFile.getFileName() + ": " + failures + " of " + inputs.size() + " differ" + report);
        }
    }
}
