package io.github.llamaffm.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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

    /**
     * What a program printed: its standard output and its standard error apart.
     *
     * @param out standard output
     * @param err standard error
     */
    record ToolOutput(String out, String err) {}

    /**
     * Runs one of llama.cpp's programs from {@code bin} (its libraries found there) and waits for it.
     *
     * @param bin the build folder ({@link #bin()})
     * @param cmd the command line, the program's path first
     * @return what it printed
     * @throws IOException           if it cannot be started or its output read
     * @throws InterruptedException  if interrupted while waiting
     * @throws IllegalStateException if it exits with a status other than 0 (the message holds its output)
     */
    static ToolOutput runTool(Path bin, List<String> cmd) throws IOException, InterruptedException {
        Path log = Files.createTempFile("llama-tool", ".log");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(log.toFile());
            pb.environment().put("LD_LIBRARY_PATH", bin.toString());
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = p.waitFor();
            String err = Files.readString(log);
            if (status != 0) throw new IllegalStateException(String.join(" ", cmd) + " failed (" + status + "):\n" + out + err);
            return new ToolOutput(out, err);
        } finally {
            Files.deleteIfExists(log);
        }
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
