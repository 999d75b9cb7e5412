package io.github.llamaffm.examples.chat;

import io.github.llamaffm.gguf.RandomLlamaModel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The demo model of the chat program: a small llama-architecture model with random weights and
 * the real Qwen2 tokenizer and chat template (bundled in this jar), written once into the user's
 * cache. It chats in noise, but shows every part of the program working without a download.
 */
public final class DemoModel {
    private static final String VOCAB = "/io/github/llamaffm/examples/demo-vocab.gguf";

    private DemoModel() {}

    /**
     * The demo model's file, written on first use.
     *
     * @return the path of the GGUF file
     * @throws IOException if it cannot be written
     */
    public static Path path() throws IOException {
        String cache = System.getenv("XDG_CACHE_HOME");
        Path dir = (cache == null || cache.isBlank() ? Path.of(System.getProperty("user.home"), ".cache") : Path.of(cache))
                .resolve("llama-ffm").resolve("demo");
        Path model = dir.resolve("demo-chat-v1.gguf");
        if (Files.isRegularFile(model)) return model;
        Files.createDirectories(dir);
        Path vocab = dir.resolve("demo-vocab.gguf");
        try (InputStream in = DemoModel.class.getResourceAsStream(VOCAB)) {
            if (in == null) throw new IOException("the demo vocabulary is missing from the jar (" + VOCAB + ")");
            Files.copy(in, vocab, StandardCopyOption.REPLACE_EXISTING);
        }
        Path tmp = Files.createTempFile(dir, "demo", ".tmp");
        RandomLlamaModel.tiny().vocabulary(vocab).name("llama-ffm demo (random weights)").seed(42).build().write(tmp);
        Files.move(tmp, model, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return model;
    }
}
