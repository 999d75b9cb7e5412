package io.github.llamaffm.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The llama.cpp source tree of the pinned release (fetched into the cache by native/fetch-source.sh). */
final class NativeSource {
    private static Path root;
    private static Path bin;

    private NativeSource() {}

    static synchronized Path root() {
        if (root == null) root = Path.of(run("fetch-source.sh"));
        return root;
    }

    /** The folder with llama.cpp's own programs (llama-simple, llama-tokenize, ...), built beside the libraries: native/oracles.sh, which leaves out the CPU variants llama-ffm passes over. */
    static synchronized Path bin() {
        if (bin == null) bin = Path.of(run("oracles.sh"));
        return bin;
    }

    private static String run(String script) {
        try {
            Path dir = Path.of(System.getProperty("llama.ffm.native.dir"));
            Process p = new ProcessBuilder("bash", dir.resolve(script).toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (p.waitFor() != 0) throw new IllegalStateException(script + " failed");
            return out;
        } catch (Exception e) {
            throw new IllegalStateException("cannot run native/" + script, e);
        }
    }
}
