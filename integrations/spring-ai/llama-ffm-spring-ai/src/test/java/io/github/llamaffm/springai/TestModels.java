package io.github.llamaffm.springai;

import io.github.llamaffm.ContextParams;
import io.github.llamaffm.gguf.GgufWriter;
import io.github.llamaffm.testkit.RandomLlamaModel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Small llama-architecture models with seeded random weights, a real tokenizer and a real model
 * family's chat template from llama.cpp's source tree (the project's testkit writes them): real
 * mechanics, not sensible text. Written once per run into target/test-models.
 */
public final class TestModels {
    private static final Path DIR = Path.of("target", "test-models");
    private static Path chat;
    private static Path embedding;
    private static Path source;

    private TestModels() {
    }

    /**
     * A tiny model with the llama-spm tokenizer and Mistral-Nemo-Instruct's chat template (its
     * {@code [TOOL_CALLS]} format). A small vocabulary keeps grammar-constrained sampling quick.
     *
     * @return the GGUF file
     */
    public static synchronized Path chat() {
        if (chat == null) {
            try {
                GgufWriter w = spec("llama-spm").newWriter();
                w.putString("tokenizer.chat_template", Files.readString(source().resolve("models/templates/mistralai-Mistral-Nemo-Instruct-2407.jinja")));
                chat = write(w, "chat-llama-spm-mistral-nemo.gguf");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return chat;
    }

    /**
     * A tiny model with llama-bpe's tokenizer, for embeddings (mean pooling).
     *
     * @return the GGUF file
     */
    public static synchronized Path embedding() {
        if (embedding == null) {
            try {
                embedding = write(spec("llama-bpe").newWriter(), "embedding-llama-bpe.gguf");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return embedding;
    }

    /**
     * The context of a test engine: one CPU thread (a tiny model needs no more, and llama.cpp's
     * worker threads wait for each other by spinning, which stalls on a busy 2-core machine), the
     * sequences sharing one KV memory as the engine's own default has them.
     *
     * @param tokens    the context size
     * @param sequences the replies decoded together
     * @return the settings
     */
    public static ContextParams engineContext(int tokens, int sequences) {
        return ContextParams.builder().contextSize(tokens).sequences(sequences).unifiedKv(true).threads(1).build();
    }

    private static RandomLlamaModel spec(String vocab) throws IOException {
        return RandomLlamaModel.tiny().vocabulary(source().resolve("models/ggml-vocab-" + vocab + ".gguf")).seed(1234).build();
    }

    private static Path write(GgufWriter w, String name) throws IOException {
        Files.createDirectories(DIR);
        Path out = DIR.resolve(name).toAbsolutePath();
        Path tmp = Files.createTempFile(DIR, "model", ".tmp");
        w.write(tmp);
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return out;
    }

    /** llama.cpp's source tree of the pinned release, as native/fetch-source.sh finds (or fetches) it. */
    private static Path source() {
        if (source == null) {
            try {
                Path script = Path.of(System.getProperty("llama.ffm.native.dir", "../../../native"), "fetch-source.sh");
                Process p = new ProcessBuilder("bash", script.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                if (p.waitFor() != 0) throw new IllegalStateException(script + " failed");
                source = Path.of(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return source;
    }
}
