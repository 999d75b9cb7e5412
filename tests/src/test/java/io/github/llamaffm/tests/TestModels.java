package io.github.llamaffm.tests;

import io.github.llamaffm.gguf.RandomLlamaModel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Small llama-architecture models with seeded random weights and a real tokenizer from
 * llama.cpp's {@code models/ggml-vocab-*.gguf}, written once per test run into target/.
 */
final class TestModels {
    private static final Path DIR = Path.of("target", "test-models");
    private static final Map<String, Path> CACHE = new ConcurrentHashMap<>();

    private TestModels() {}

    /** The description of the {@link #tiny} model (for writers that need its shape, e.g. LoRA adapters). */
    static RandomLlamaModel spec(String vocab) {
        try {
            return RandomLlamaModel.tiny().vocabulary(NativeSource.root().resolve("models/ggml-vocab-" + vocab + ".gguf")).seed(1234).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A tiny model with the tokenizer of {@code models/ggml-vocab-<vocab>.gguf}. */
    static Path tiny(String vocab) {
        return CACHE.computeIfAbsent(vocab, v -> {
            try {
                Files.createDirectories(DIR);
                Path out = DIR.resolve("tiny-" + v + ".gguf").toAbsolutePath();
                Path tmp = Files.createTempFile(DIR, "tiny-" + v, ".tmp");
                spec(v).write(tmp);
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
