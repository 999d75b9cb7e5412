package io.github.llamaffm.gguf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Finds llama.cpp's source (for the vocabulary files and headers), through the repo's script. */
final class NativeTools {
    private static Path sourceDir;

    private NativeTools() {
    }

    /** The repository root: tests run from the java-api module folder. */
    static Path repoRoot() {
        Path root = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();
        assertTrue(Files.isRegularFile(root.resolve("native/fetch-source.sh")), "no native/fetch-source.sh under " + root);
        return root;
    }

    /** Runs a script of native/ and returns the last line it printed (a folder). */
    private static Path script(String name, long timeoutMinutes) throws IOException, InterruptedException {
        Path log = Files.createTempFile("llama-ffm-" + name, ".log");
        try {
            Process p = new ProcessBuilder("bash", repoRoot().resolve("native").resolve(name).toString())
                    .redirectError(log.toFile())
                    .start();
            byte[] out = p.getInputStream().readAllBytes();
            assertTrue(p.waitFor(timeoutMinutes, TimeUnit.MINUTES), name + " did not finish");
            String stdout = new String(out, StandardCharsets.UTF_8).strip();
            assertEquals(0, p.exitValue(), name + " failed: " + Files.readString(log));
            String[] lines = stdout.split("\n");
            Path dir = Path.of(lines[lines.length - 1].strip());
            assertTrue(Files.isDirectory(dir), name + " printed " + stdout + ", not a folder");
            return dir;
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** The pinned llama.cpp source folder (fetched once into the cache). */
    static synchronized Path sourceDir() throws IOException, InterruptedException {
        if (sourceDir == null) {
            sourceDir = script("fetch-source.sh", 30);
        }
        return sourceDir;
    }

    /** Every models/ggml-vocab-*.gguf of the llama.cpp source, sorted by name. */
    static List<Path> vocabFiles() throws IOException, InterruptedException {
        try (Stream<Path> s = Files.list(sourceDir().resolve("models"))) {
            List<Path> files = s.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith("ggml-vocab-") && n.endsWith(".gguf");
            }).sorted().toList();
            assertFalse(files.isEmpty(), "no ggml-vocab-*.gguf in " + sourceDir());
            return files;
        }
    }

    /** One vocabulary file by its short name, such as "llama-spm". */
    static Path vocab(String shortName) throws IOException, InterruptedException {
        Path p = sourceDir().resolve("models").resolve("ggml-vocab-" + shortName + ".gguf");
        assertTrue(Files.isRegularFile(p), "missing " + p);
        return p;
    }
}
