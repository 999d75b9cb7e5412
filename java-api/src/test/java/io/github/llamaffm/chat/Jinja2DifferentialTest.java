package io.github.llamaffm.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Differential test against real Jinja2 set up as transformers sets it up
 * (chat-templates/jinja2/hf_render.py): every template of llama.cpp's models/templates under ten
 * conversations (system prompts, no system, tools, tool calls with dict and string arguments,
 * reasoning content, list content, special characters), and every JinjaCompatTest case. Outputs
 * must be equal; where Jinja2 raises, this renderer must raise too.
 *
 * <p>Jinja2's results are frozen in chat-templates/golden/ (one file per template, with the
 * sha256 of the template it was rendered from; {@code make chat-golden} rewrites them), so the
 * comparison runs in every build. Where python3 with jinja2 is installed, the script also runs
 * here and the frozen results must still be what Jinja2 gives.
 */
class Jinja2DifferentialTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REGENERATE = "; run 'make chat-golden' (python3 with jinja2) to freeze Jinja2's results again";
    private static Map<String, Object> scenarios;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readScenarios() throws IOException {
        try (InputStream in = resource("jinja2/scenarios.json")) {
            scenarios = JSON.readValue(in, LinkedHashMap.class);
        }
    }

    private static InputStream resource(String name) {
        return Jinja2DifferentialTest.class.getResourceAsStream("/chat-templates/" + name);
    }

    /** The frozen results of one template (scenario name to result), checked against the template's sha256. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> golden(String template) throws IOException {
        Map<String, Object> g;
        try (InputStream in = resource("golden/" + template + ".json")) {
            assertNotNull(in, "no golden file for template " + template + REGENERATE);
            g = JSON.readValue(in, LinkedHashMap.class);
        }
        byte[] source = Files.readAllBytes(LlamaSource.templates().resolve(template + ".jinja"));
        assertEquals(g.remove("sha256"), sha256(source), template + " changed since its golden file was written"
                + REGENERATE);
        return g;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> goldenCases() throws IOException {
        try (InputStream in = resource("golden/compat-cases.json")) {
            assertNotNull(in, "no golden/compat-cases.json" + REGENERATE);
            Map<String, Object> g = JSON.readValue(in, LinkedHashMap.class);
            g.remove("jinja2");
            return g;
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyTemplateUnderEveryScenario() throws IOException {
        Map<String, ChatTemplate> compiled = new HashMap<>();
        List<String> mismatches = new ArrayList<>();
        int same = 0;
        int bothFail = 0;
        int total = 0;
        for (Path file : LlamaSource.templateFiles()) {
            String name = LlamaSource.name(file);
            Map<String, Object> golden = golden(name);
            assertEquals(scenarios.keySet(), golden.keySet(), name + ": the golden file has other scenarios" + REGENERATE);
            for (Map.Entry<String, Object> s : golden.entrySet()) {
                Map<String, Object> r = (Map<String, Object>) s.getValue();
                Map<String, Object> req = new LinkedHashMap<>((Map<String, Object>) scenarios.get(s.getKey()));
                List<Object> messages = (List<Object>) req.remove("messages");
                boolean agp = (Boolean) req.remove("add_generation_prompt");
                String bos = (String) req.remove("bos_token");
                String eos = (String) req.remove("eos_token");
                ChatTemplate t = compiled.computeIfAbsent(name + "|" + bos + "|" + eos, k -> ChatTemplate.of(
                        LlamaSource.template(name), bos, eos).withClock(LlamaSource.CLOCK));
                String got;
                String error = null;
                try {
                    got = t.renderObjects(new ArrayList<>(messages), agp, req);
                } catch (ChatTemplateException e) {
                    got = null;
                    error = e.getMessage();
                }
                total++;
                String where = name + " / " + s.getKey();
                if (Boolean.TRUE.equals(r.get("ok"))) {
                    if (r.get("output").equals(got)) {
                        same++;
                    } else {
                        mismatches.add(where + (error != null ? ": failed with " + error : ": output differs"));
                    }
                } else if (error != null) {
                    bothFail++;
                } else {
                    mismatches.add(where + ": Jinja2 raised " + r.get("error") + " but this renderer did not");
                }
            }
        }
        assertTrue(mismatches.isEmpty(), mismatches.size() + " of " + total + " differ from Jinja2:\n"
                + String.join("\n", mismatches));
        assertTrue(same > 500, "only " + same + " renders compared equal (" + bothFail + " failed in both)");
        System.out.println(same + " renders equal to Jinja2's, " + bothFail + " errors where Jinja2 raises too");
    }

    @Test
    @SuppressWarnings("unchecked")
    void compatCasesHoldInJinja2() throws IOException {
        Map<String, Object> results = goldenCases();
        List<Map<String, Object>> cases = JinjaCompatTest.cases();
        assertEquals(cases.size(), results.size(), "golden/compat-cases.json has other cases" + REGENERATE);
        for (Map<String, Object> c : cases) {
            Map<String, Object> r = (Map<String, Object>) results.get((String) c.get("name"));
            assertNotNull(r, c.get("name") + " is not in golden/compat-cases.json" + REGENERATE);
            if (c.containsKey("error")) {
                assertEquals(Boolean.FALSE, r.get("ok"), c.get("name") + " should fail in Jinja2 too");
                assertTrue(((String) r.get("error")).contains((String) c.get("error")), c.get("name") + ": " + r.get("error"));
            } else {
                assertEquals(c.get("expected"), r.get("output"), c.get("name") + ": the expectation is not Jinja2's");
            }
        }
    }

    /** Runs Jinja2 itself, where installed: the frozen results must be what it gives today. */
    @Test
    @SuppressWarnings("unchecked")
    void goldenFilesAreJinja2s() throws Exception {
        assumeTrue(hasJinja2(), "python3 with jinja2 is not installed");
        Map<String, Object> live = runOracle();
        Map<String, Map<String, Object>> byTemplate = new LinkedHashMap<>();
        for (Map<String, Object> r : (List<Map<String, Object>>) live.get("templates")) {
            byTemplate.computeIfAbsent((String) r.get("template"), k -> new LinkedHashMap<>()).put((String) r.get("scenario"), r);
        }
        for (Map.Entry<String, Map<String, Object>> t : byTemplate.entrySet()) {
            Map<String, Object> golden = golden(t.getKey());
            for (Map.Entry<String, Object> s : t.getValue().entrySet()) {
                assertSameResult((Map<String, Object>) golden.get(s.getKey()), (Map<String, Object>) s.getValue(),
                        t.getKey() + " / " + s.getKey());
            }
        }
        Map<String, Object> cases = goldenCases();
        for (Map<String, Object> r : (List<Map<String, Object>>) live.get("cases")) {
            assertSameResult((Map<String, Object>) cases.get((String) r.get("name")), r, (String) r.get("name"));
        }
    }

    /** Same success and output; error messages may vary between Jinja2 versions and are not compared. */
    private static void assertSameResult(Map<String, Object> golden, Map<String, Object> live, String where) {
        assertNotNull(golden, where + " is not frozen" + REGENERATE);
        assertEquals(live.get("ok"), golden.get("ok"), where + REGENERATE);
        assertEquals(live.get("output"), golden.get("output"), where + REGENERATE);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> runOracle() throws Exception {
        Path dir = Files.createTempDirectory("hf-render");
        try {
            Path script = copy("jinja2/hf_render.py", dir);
            Path scen = copy("jinja2/scenarios.json", dir);
            Path cases = copy("compat-cases.json", dir);
            Process p = new ProcessBuilder("python3", script.toString(), LlamaSource.templates().toString(),
                    scen.toString(), cases.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            byte[] out = p.getInputStream().readAllBytes();
            assertTrue(p.waitFor(5, TimeUnit.MINUTES), "hf_render.py did not finish");
            assertEquals(0, p.exitValue(), "hf_render.py failed");
            return JSON.readValue(new String(out, StandardCharsets.UTF_8), Map.class);
        } finally {
            try (var s = Files.list(dir)) {
                for (Path f : s.toList()) Files.delete(f);
            }
            Files.delete(dir);
        }
    }

    private static boolean hasJinja2() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import jinja2").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static Path copy(String resource, Path dir) throws IOException {
        try (InputStream in = resource(resource)) {
            Path f = dir.resolve(Path.of(resource).getFileName().toString());
            Files.copy(in, f, StandardCopyOption.REPLACE_EXISTING);
            return f;
        }
    }
}
