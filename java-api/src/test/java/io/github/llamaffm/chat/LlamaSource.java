package io.github.llamaffm.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The pinned llama.cpp source tree (its real chat templates and vocabularies), via native/fetch-source.sh. */
final class LlamaSource {
    private static Path dir;

    /** A fixed clock (2024-07-26 09:05:03 UTC) so that templates printing today's date are deterministic. */
    static final Clock CLOCK = Clock.fixed(LocalDateTime.of(2024, 7, 26, 9, 5, 3).toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);

    private LlamaSource() {
    }

    static synchronized Path dir() {
        if (dir == null) {
            try {
                Path repo = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();
                Process p = new ProcessBuilder("bash", repo.resolve("native/fetch-source.sh").toString())
                        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                assertTrue(p.waitFor(30, TimeUnit.MINUTES), "fetch-source.sh did not finish");
                assertEquals(0, p.exitValue(), "fetch-source.sh failed");
                String[] lines = out.split("\n");
                dir = Path.of(lines[lines.length - 1].strip());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return dir;
    }

    static Path templates() {
        return dir().resolve("models/templates");
    }

    static List<Path> templateFiles() {
        try (Stream<Path> s = Files.list(templates())) {
            return s.filter(p -> p.getFileName().toString().endsWith(".jinja")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String template(String name) {
        try {
            return Files.readString(templates().resolve(name + ".jinja"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path vocab(String name) {
        return dir().resolve("models/ggml-vocab-" + name + ".gguf");
    }

    static String name(Path templateFile) {
        String n = templateFile.getFileName().toString();
        return n.substring(0, n.length() - ".jinja".length());
    }
}
