package io.github.llamaffm.tests;

import io.github.llamaffm.GenerateParams;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * llama.cpp's {@code llama-mtmd-cli} as the multimodal tests' oracle: one single-turn run with greedy
 * sampling under ChatML, and the prompt and sampling that make Java's side of the comparison.
 */
final class MtmdCli {
    private MtmdCli() {
    }

    /**
     * What the tool printed.
     *
     * @param text the generated pieces (it prints a newline before them and two after, taken off)
     * @param log  its standard error
     */
    record Output(String text, String log) {}

    /**
     * Runs the tool on one media file (2 threads, greedy, ChatML) and checks that it ended well.
     *
     * @param mediaFlag {@code --image} or {@code --audio}
     * @param extra     more options ({@code -c 512}, {@code -v})
     */
    static Output run(Path model, Path projector, String mediaFlag, Path media, String prompt, int n, String... extra) throws Exception {
        Path log = Files.createTempFile("mtmd-cli", ".log");
        try {
            List<String> command = new ArrayList<>(List.of(NativeSource.bin().resolve("llama-mtmd-cli").toString(), "-m", model.toString(),
                    "--mmproj", projector.toString(), mediaFlag, media.toString(), "-p", prompt, "--temp", "0",
                    "-n", Integer.toString(n), "-t", "2", "--chat-template", "chatml"));
            command.addAll(List.of(extra));
            String out = "", err = "";
            // llama.cpp's logger thread is leaked at exit and may lose the last lines (its issue
            // 22142; EvalModels.runUntil): a run whose output lacks its closing lines runs again
            for (int attempt = 0; attempt < 3 && !(out.startsWith("\n") && out.endsWith("\n\n")); attempt++) {
                Process p = new ProcessBuilder(command).redirectError(log.toFile()).start();
                out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(p.waitFor(120, TimeUnit.SECONDS), "llama-mtmd-cli timed out");
                err = Files.readString(log);
                assertEquals(0, p.exitValue(), "llama-mtmd-cli failed: " + out + "\n" + err);
            }
            assertTrue(out.startsWith("\n") && out.endsWith("\n\n"), out);
            return new Output(out.substring(1, out.length() - 2), err);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** llama-mtmd-cli's single-turn prompt under ChatML, for the user's text (the marker before it). */
    static String chatml(String user) {
        return "<|im_start|>user\n" + user + "<|im_end|>\n<|im_start|>assistant\n";
    }

    /** Greedy sampling of {@code n} tokens, special tokens rendered as the tool prints them. */
    static GenerateParams greedy(int n) {
        return GenerateParams.builder().maxTokens(n).renderSpecial(true).build();
    }
}
