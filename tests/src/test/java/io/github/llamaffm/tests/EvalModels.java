package io.github.llamaffm.tests;

import io.github.llamaffm.gguf.GgmlType;
import io.github.llamaffm.testkit.RandomLlamaModel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Models, a text and llama.cpp's {@code llama-perplexity} for the evaluation tests: random-weight
 * models of several vocabularies and shapes (weights wide enough that the logits are far from
 * uniform), and the start of llama.cpp's own README as text.
 */
final class EvalModels {
    private static final Path DIR = Path.of("target", "test-models");
    private static final Map<String, Path> CACHE = new ConcurrentHashMap<>();

    private EvalModels() {}

    /**
     * "spm": the tiny llama-spm model (adds BOS); "gpt2": gpt-2's vocabulary (adds no BOS), 96
     * wide, 3 blocks, weights of std 0.3; "bpe16": llama-bpe (128k vocabulary), F16, tied
     * embeddings, weights of std 0.2.
     */
    static Path model(String name) {
        return CACHE.computeIfAbsent(name, n -> {
            try {
                RandomLlamaModel m = switch (n) {
                    case "spm" -> null;
                    case "gpt2" -> RandomLlamaModel.tiny().vocabulary(TestModels.vocab("gpt-2")).embeddingLength(96)
                            .blockCount(3).headCount(4).headCountKv(4).feedForwardLength(192).weightStd(0.3f).seed(7).build();
                    case "bpe16" -> RandomLlamaModel.tiny().vocabulary(TestModels.vocab("llama-bpe")).tensorType(GgmlType.F16)
                            .tiedEmbeddings(true).weightStd(0.2f).seed(11).build();
                    default -> throw new IllegalArgumentException(n);
                };
                if (m == null) return TestModels.tiny("llama-spm");
                Files.createDirectories(DIR);
                Path out = DIR.resolve("eval-" + n + ".gguf").toAbsolutePath();
                Path tmp = Files.createTempFile(DIR, "eval-" + n, ".tmp");
                m.write(tmp);
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** About {@code chars} characters of llama.cpp's README, ending without a newline. */
    static String text(int chars) {
        try {
            String s = Files.readString(NativeSource.root().resolve("README.md"));
            return s.substring(0, Math.min(chars, s.length())).stripTrailing();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** llama.cpp's perplexity program, or null when it was not built. */
    static Path perplexityProgram() {
        Path p = NativeSource.bin().resolve("llama-perplexity");
        return Files.isExecutable(p) ? p : null;
    }

    /** Runs a program; returns stdout and stderr together, failing on a non-zero exit. */
    /**
     * Runs one of llama.cpp's programs until its output holds {@code marker}, at most three times.
     * The programs log through a logger thread that llama.cpp leaks on purpose at exit (its issue
     * 22142), so the last lines of a run that exits 0 are sometimes lost (seen: llama-perplexity's
     * statistics block missing in one CI run); a run that lost them is run again.
     */
    static String runUntil(String marker, String... command) throws IOException, InterruptedException {
        String out = "";
        for (int attempt = 0; attempt < 3; attempt++) {
            out = run(command);
            if (out.contains(marker)) return out;
        }
        return out; // the caller's assertion shows what it printed
    }

    static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + String.join(" ", command));
        }
        String s = new String(out, java.nio.charset.StandardCharsets.UTF_8);
        if (p.exitValue() != 0) throw new AssertionError("exit " + p.exitValue() + ": " + String.join(" ", command) + "\n" + s);
        return s;
    }
}
