package io.github.llamaffm.tests;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The examples run from the built jars (as `make example NAME=...` does) and do what they say. */
class ExamplesTest {
    private static String run(String example, String... args) throws Exception {
        Path jar = Path.of(System.getProperty("llama.ffm.chat.jar"));
        List<String> cp = new ArrayList<>(List.of(jar.toString()));
        try (Stream<Path> libs = Files.list(jar.resolveSibling("lib"))) {
            libs.map(Path::toString).sorted().forEach(cp::add);
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-cp", String.join(File.pathSeparator, cp), "io.github.llamaffm.examples." + example));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        // the JVM's own warnings start a line (llama.cpp's quantizer says WARNING inside its log lines)
        assertFalse(java.util.regex.Pattern.compile("(?m)^WARNING").matcher(out).find(), "no JVM warnings: " + out);
        // At the logging defaults, llama.cpp's INFO is SLF4J DEBUG: not shown, with no setting of the example's own.
        assertFalse(out.contains("INFO llama.cpp"), "llama.cpp's INFO log shown: " + out);
        return out;
    }

    /** The vision walk-through: the demo model, its random projector and generated images; the second chat turn reuses the first. */
    @Test
    void visionExample() throws Exception {
        String out = run("VisionExample");
        assertTrue(out.contains("projector mlp: vision true, audio false; an image fills 16 positions"), out);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("second turn: (\\d+) positions decoded of (\\d+)").matcher(out);
        assertTrue(m.find(), out);
        assertTrue(Integer.parseInt(m.group(1)) <= Integer.parseInt(m.group(2)) - 16, "the first turn and its image were reused: " + out);
    }

    /** The quantization comparison prints its table and writes its chart (its default types, F16, Q8_0 and Q4_0). */
    @Test
    void quantizationComparison(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path png = dir.resolve("chart.png");
        String out = run("eval.QuantizationComparison", "-c", "64", "--chunks", "2", "-t", "2",
                "--out", png.toString());
        assertTrue(out.matches("(?s).*\noriginal +\\d+\\.\\d+ +\\d+\\.\\d+ ± \\d+\\.\\d+ +- .*"), out);
        assertTrue(out.matches("(?s).*\nF16 +\\d+\\.\\d+ +\\d+\\.\\d+ ± \\d+\\.\\d+ +\\d\\.\\d{6} ± \\d\\.\\d{6} .*"), out);
        assertTrue(out.contains("\nQ8_0 ") && out.contains("\nQ4_0 "), out);
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(png), 8);
        assertEquals("\u0089PNG", new String(head, 0, 4, StandardCharsets.ISO_8859_1));
    }

    /** make perplexity's program prints llama-perplexity's lines. */
    @Test
    void perplexityTool(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path text = dir.resolve("text.txt");
        Files.writeString(text, EvalModels.text(3000) + "\n");
        String out = run("eval.PerplexityTool", "-m", TestModels.tiny("llama-spm").toString(), "-f", text.toString(),
                "-c", "64", "--chunks", "3", "-t", "2");
        assertTrue(out.matches("(?s).*\\[1\\]\\d+\\.\\d{4},\\[2\\]\\d+\\.\\d{4},\\[3\\]\\d+\\.\\d{4},\n"
                + "Final estimate: PPL = \\d+\\.\\d{4} \\+/- \\d+\\.\\d{5}\n.*"), out);
        // the same file (with its newline at the end) through llama.cpp's own program, where built
        Path prog = EvalModels.perplexityProgram();
        if (prog != null) {
            String cpp = EvalModels.runUntil("Final estimate", prog.toString(), "-m", TestModels.tiny("llama-spm").toString(), "-f", text.toString(),
                    "-c", "64", "--chunks", "3", "-t", "2");
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("Final estimate: PPL = [0-9.]+ \\+/- [0-9.]+").matcher(cpp);
            assertTrue(m.find(), cpp);
            assertTrue(out.contains(m.group()), cpp + "\nvs\n" + out);
        }
    }

    @Test
    void contextsExample() throws Exception {
        String out = run("ContextsExample");
        assertTrue(out.contains("sequence 1 holds positions 0.."), out);
        assertTrue(out.contains("restored context continues identically: true"), out);
        assertTrue(out.contains("6 requests,") && out.contains("prefix reused 6 times"), out);
    }

    @Test
    void embeddingsExample() throws Exception {
        String out = run("EmbeddingsExample");
        String[] sections = out.split("== ");
        assertEquals(4, sections.length, out);
        assertTrue(sections[2].startsWith("with LoRA"), out);
        assertFalse(sections[1].substring(sections[1].indexOf('\n')).equals(sections[2].substring(sections[2].indexOf('\n'))),
                "the adapter changes the scores: " + out);
        assertEquals(sections[1].substring(sections[1].indexOf('\n')), sections[3].substring(sections[3].indexOf('\n')),
                "removing it restores them: " + out);
    }

    @Test
    void structuredOutputExample() throws Exception {
        String out = run("StructuredOutputExample");
        assertTrue(out.contains("record:  City["), out);
        assertTrue(out.matches("(?s).*json: +\\{\\s*\"answer\"\\s*:\\s*\"(yes|no)\".*"), out);
    }

    @Test
    void toolsExample() throws Exception {
        String out = run("ToolsExample");
        // the demo model's ChatML template has no tool format of its own: the generic one, calls forced in round one
        assertTrue(out.contains("tool-call format of this model's template: GENERIC"), out);
        assertTrue(out.matches("(?s).*-> call get_weather \\{\"city\":\"[^\n]*\",\"unit\":\"[CF]\"\\} \\(id [A-Za-z0-9]{9}\\).*")
                || out.matches("(?s).*-> call add \\{\"a\":-?\\d+,\"b\":-?\\d+\\} \\(id [A-Za-z0-9]{9}\\).*"), out);
        assertTrue(out.matches("(?s).*<- (\\{\"city\".*\"sky\":\"clear\"\\}|-?\\d+)\n.*"), out);
        assertTrue(out.contains("turns: [system, user, assistant(calls), tool"), out);
    }

    @Test
    void aiServicesExample() throws Exception {
        String out = run("AiServicesExample");
        // LangChain4j's AI service calls the @Tool method once (forced on the demo model), sends its result back, then the model replies
        assertTrue(out.matches("(?s).*-> call weather \\{\"city\":\"(PARIS|BERLIN|TOKYO)\"\\} \\(id [^)\n]+\\)\n.*"), out);
        assertTrue(out.matches("(?s).*<- \\{\"city\":\"(PARIS|BERLIN|TOKYO)\",\"temperature\":18\\.5,\"sky\":\"clear\"\\}\n.*"), out);
        assertTrue(out.contains("\nreply: "), out);
        assertTrue(out.matches("(?s).*finish: (STOP|LENGTH), tokens: TokenUsage \\{ inputTokenCount = \\d+.*"), out);
    }
}
