package io.github.llamaffm.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * llama.cpp's cached build and source tree, found through the project's own scripts
 * ({@code native/oracles.sh} prints the folder with llama-bench and the other programs beside the
 * libraries, without the CPU variants llama-ffm's loader passes over, so that both sides run the
 * same variant; {@code native/fetch-source.sh} the source root); both return at once when the
 * cache is filled.
 */
public final class NativeTools {
    private final Path nativeDir;
    private Path bin;
    private Path source;

    /**
     * Creates a locator.
     *
     * @param nativeDir the project's {@code native/} folder
     */
    public NativeTools(Path nativeDir) {
        this.nativeDir = nativeDir;
    }

    /**
     * The folder of llama.cpp's programs ({@code llama-bench}, {@code llama-quantize}, {@code llama-server}, …)
     * and the shared libraries they load.
     *
     * @return the folder
     */
    public synchronized Path bin() {
        if (bin == null) bin = Path.of(run("oracles.sh"));
        return bin;
    }

    /**
     * The llama.cpp source root of the pinned release.
     *
     * @return the folder
     */
    public synchronized Path source() {
        if (source == null) source = Path.of(run("fetch-source.sh"));
        return source;
    }

    /**
     * The llama-bpe tokenizer (Llama 3's, 128256 tokens) shipped with llama.cpp's sources.
     *
     * @return the vocabulary GGUF file
     */
    public Path llamaBpeVocabulary() {
        return source().resolve("models/ggml-vocab-llama-bpe.gguf");
    }

    private String run(String script) {
        Path file = nativeDir.resolve(script);
        if (!Files.isRegularFile(file)) throw new IllegalStateException("no " + file + " (give --native-dir)");
        try {
            Process p = new ProcessBuilder("bash", file.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (p.waitFor() != 0) throw new IllegalStateException("native/" + script + " failed");
            return out.lines().reduce((a, b) -> b).orElseThrow(() -> new IllegalStateException("native/" + script + " printed nothing"));
        } catch (IOException e) {
            throw new IllegalStateException("cannot run native/" + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running native/" + script, e);
        }
    }
}
