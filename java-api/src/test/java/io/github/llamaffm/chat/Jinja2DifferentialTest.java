package io.github.llamaffm.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
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
 * must be equal; where Jinja2 raises, this renderer must raise too. Skipped when python3 with
 * jinja2 is not installed.
 */
class Jinja2DifferentialTest {
    private static Map<String, Object> oracle;
    private static Map<String, Object> scenarios;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void runOracle() throws Exception {
        assumeTrue(hasJinja2(), "python3 with jinja2 is not installed");
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
            ObjectMapper om = new ObjectMapper();
            oracle = om.readValue(new String(out, StandardCharsets.UTF_8), Map.class);
            scenarios = om.readValue(Files.readString(scen), LinkedHashMap.class);
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
        try (InputStream in = Jinja2DifferentialTest.class.getResourceAsStream("/chat-templates/" + resource)) {
            Path f = dir.resolve(Path.of(resource).getFileName().toString());
            Files.copy(in, f, StandardCopyOption.REPLACE_EXISTING);
            return f;
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyTemplateUnderEveryScenario() throws IOException {
        List<Map<String, Object>> results = (List<Map<String, Object>>) oracle.get("templates");
        Map<String, ChatTemplate> compiled = new HashMap<>();
        List<String> mismatches = new ArrayList<>();
        int same = 0;
        int bothFail = 0;
        for (Map<String, Object> r : results) {
            String name = (String) r.get("template");
            Map<String, Object> req = new LinkedHashMap<>((Map<String, Object>) scenarios.get(r.get("scenario")));
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
            String where = name + " / " + r.get("scenario");
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
        assertTrue(mismatches.isEmpty(), mismatches.size() + " of " + results.size() + " differ from Jinja2:\n"
                + String.join("\n", mismatches));
        assertTrue(same > 500, "only " + same + " renders compared equal (" + bothFail + " failed in both)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void compatCasesHoldInJinja2() throws IOException {
        List<Map<String, Object>> results = (List<Map<String, Object>>) oracle.get("cases");
        List<Map<String, Object>> cases = JinjaCompatTest.cases();
        assertEquals(cases.size(), results.size());
        for (int i = 0; i < cases.size(); i++) {
            Map<String, Object> c = cases.get(i);
            Map<String, Object> r = results.get(i);
            if (c.containsKey("error")) {
                assertEquals(Boolean.FALSE, r.get("ok"), c.get("name") + " should fail in Jinja2 too");
                assertTrue(((String) r.get("error")).contains((String) c.get("error")), c.get("name") + ": " + r.get("error"));
            } else {
                assertEquals(c.get("expected"), r.get("output"), c.get("name") + ": the expectation is not Jinja2's");
            }
        }
    }
}
