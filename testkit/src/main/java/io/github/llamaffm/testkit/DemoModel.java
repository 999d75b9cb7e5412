package io.github.llamaffm.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The demo model of the chat program, the server and the examples: a small llama-architecture
 * model with random weights and the real Qwen2 tokenizer and chat template (the tokenizer is
 * bundled in this jar), written once into the user's cache ({@code $XDG_CACHE_HOME/llama-ffm/demo},
 * else {@code ~/.cache/llama-ffm/demo}). It answers in noise, but shows every part of a program
 * working without a download. The files belong to the cache: callers read them and delete nothing.
 */
public final class DemoModel {
    private static final String VOCAB = "/io/github/llamaffm/testkit/demo-vocab.gguf";

    private DemoModel() {}

    /**
     * The description of the demo model (its shape, for writers such as a LoRA adapter's).
     *
     * @param vocab the demo vocabulary file (next to the model)
     * @return the description
     * @throws IOException if the vocabulary cannot be read
     */
    public static RandomLlamaModel spec(Path vocab) throws IOException {
        return RandomLlamaModel.tiny().vocabulary(vocab).name("llama-ffm demo (random weights)").seed(42).build();
    }

    /**
     * The demo vocabulary file, next to the demo model (written by {@link #path()}).
     *
     * @return its path
     * @throws IOException if the demo model cannot be written
     */
    public static Path vocabulary() throws IOException {
        return path().resolveSibling("demo-vocab.gguf");
    }

    /**
     * A multimodal projector for the demo model (a {@link RandomProjector}: LLaVA's {@code mlp} over
     * a small vision encoder, random weights), written next to it on first use: images become
     * 16 tokens each, which the model answers in noise.
     *
     * @return its path
     * @throws IOException if it cannot be written
     */
    public static Path projector() throws IOException {
        Path model = path();
        Path projector = model.resolveSibling("demo-mmproj-v1.gguf");
        if (Files.isRegularFile(projector)) return projector;
        Path tmp = Files.createTempFile(model.getParent(), "demo-mmproj", ".tmp");
        RandomProjector.of(spec(vocabulary())).seed(42).write(tmp);
        Files.move(tmp, projector, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return projector;
    }

    /**
     * The demo model, written on first use.
     *
     * @return its path
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
        spec(vocab).write(tmp);
        Files.move(tmp, model, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return model;
    }
}
