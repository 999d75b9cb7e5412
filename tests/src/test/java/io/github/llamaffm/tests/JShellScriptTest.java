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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The examples/jshell scripts run non-interactively in JShell, as `make jshell-run` runs them. */
class JShellScriptTest {
    private static String run(String script, Path model) throws Exception {
        Path jar = Path.of(System.getProperty("llama.ffm.chat.jar"));
        List<String> cp = new ArrayList<>(List.of(jar.toString()));
        try (Stream<Path> libs = Files.list(jar.resolveSibling("lib"))) {
            libs.map(Path::toString).sorted().forEach(cp::add);
        }
        Path dir = Path.of(System.getProperty("llama.ffm.jshell.dir"));
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "jshell").toString(),
                "--class-path", String.join(File.pathSeparator, cp), "-R--enable-native-access=ALL-UNNAMED",
                "-R-Dmodel=" + model,
                "--startup", "DEFAULT", "--startup", dir.resolve("startup.jsh").toString(), dir.resolve(script).toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "jshell did not finish");
        assertEquals(0, p.exitValue(), out);
        assertTrue(!out.contains("Error:") && !out.contains("Exception"), out);
        assertTrue(!out.contains("restricted method"), "native access warning:\n" + out);
        assertTrue(!out.contains("INFO llama.cpp"), "llama.cpp's INFO log shown (it is SLF4J DEBUG):\n" + out);
        return out;
    }

    @Test
    void startupAndGenerateScript() throws Exception {
        String out = run("generate.jsh", TestModels.tiny("llama-bpe"));
        assertTrue(out.contains("llama-ffm 0.5.0"), out);
        assertTrue(out.contains("model: llama") && out.contains("stop: MAX_TOKENS, 24 tokens"), out);
    }

    @Test
    void tokenizeScript() throws Exception {
        String out = run("tokenize.jsh", TestModels.tiny("llama-spm"));
        assertTrue(out.contains("tokens: [1, ") && out.matches("(?s).*text: +Hello from JShell!.*"), out);
    }

    @Test
    void chatScript() throws Exception {
        String out = run("chat.jsh", TestModels.tiny("qwen2"));
        assertTrue(out.contains("user: Say it in five words.") && out.contains("prompt tokens decoded"), out);
    }

    @Test
    void toolsScript() throws Exception {
        String out = run("tools.jsh", TestModels.tiny("qwen2"));
        assertTrue(out.matches("(?s).*call: add \\{\"a\":-?\\d+,\"b\":-?\\d+\\}\nresult: -?\\d+\n.*"), out);
        assertTrue(out.contains("roles: [user, assistant, tool, assistant]"), out);
    }

    @Test
    void visionScript() throws Exception {
        // the model given, the demo projector (made for the demo model, of the same width) and a generated image
        String out = run("vision.jsh", TestModels.tiny("llama-spm"));
        assertTrue(out.contains("vision: true, audio: false") && out.contains("chat: "), out);
    }
}
