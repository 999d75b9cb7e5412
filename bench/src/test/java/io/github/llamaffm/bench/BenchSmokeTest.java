package io.github.llamaffm.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark runs end to end on the tiny model (real llama-bench, real API) and writes its outputs. No timings are checked. */
class BenchSmokeTest {
    @Test
    // a guard against a hang, not a speed check: on a loaded 2-core machine the run took over 120 s
    @Timeout(value = 600, unit = TimeUnit.SECONDS)
    void benchRunsOnTheTinyModelAndWritesItsReports() throws Exception {
        Path out = Path.of("target", "bench-smoke");
        BenchMain.main(new String[] {"--models", "tiny", "--reps", "2", "--rounds", "2", "--pp", "64", "--tg", "16",
                "--parallel", "1,2", "--parallel-tokens", "8", "--jit-warm-up", "10",
                "--speculative", "on", "--spec-target", "tiny", "--spec-draft", "tiny-q4_0", "--spec-tokens", "16", "--spec-reps", "1",
                "--multimodal", "on", "--mm-model", "tiny", "--mm-projector", "tiny", "--mm-tokens", "8", "--mm-reps", "1",
                "--native-dir", System.getProperty("llama.ffm.native.dir"), "--out", out.toString()});

        // speculative decoding's table: every Java path gave the plain run's tokens
        String spec = Files.readString(out.resolve("speculative.md"));
        assertTrue(spec.contains("| llama-bench tg16 (plain) |") && spec.contains("| Java generate + always-right proposer (ceiling) | story |")
                && spec.contains("llama-speculative-simple (draft model)") && !spec.contains("**no**"), spec);

        // the image prompt's table: Java gave llama-mtmd-cli's text
        String mm = Files.readString(out.resolve("multimodal.md"));
        assertTrue(mm.contains("| llama-mtmd-cli |") && mm.contains("| Java MultimodalPrompt |") && mm.contains("| yes |")
                && !mm.contains("**no**"), mm);

        String md = Files.readString(out.resolve("bench.md"));
        assertTrue(md.contains("| tiny | pp64 |") && md.contains("| tiny | tg16 |"), md);

        JsonNode json = new ObjectMapper().readTree(out.resolve("bench.json").toFile());
        Set<String> figures = StreamSupport.stream(json.path("figures").spliterator(), false)
                .map(f -> f.path("path").asText() + " " + f.path("test").asText()).collect(Collectors.toSet());
        assertEquals(Set.of("llama-bench pp64", "llama-bench tg16", "java decode pp64", "java decode tg16",
                "java generate pp64", "java generate tg16"), figures);
        for (JsonNode f : json.path("figures")) {
            assertEquals(4, f.path("samples_ts").size(), f.toString()); // 2 rounds x 2 repetitions
            assertEquals("[0,0,1,1]", f.path("samples_round").toString(), f.toString());
            assertTrue(f.path("median_ts").asDouble() > 0, f.toString());
        }
        assertEquals(6, json.path("targets").size(), json.path("targets").toString()); // 4 from the rounds, 2 token-paired
        assertEquals("java generate / java decode, token-paired", json.path("targets").get(5).path("ratio").asText());
        assertEquals(32, json.path("targets").get(5).path("pairs").asInt());
        for (JsonNode t : json.path("targets")) {
            assertTrue(Set.of("met", "missed", "not settled").contains(t.path("verdict").asText()), t.toString());
        }
        JsonNode interval = json.path("ratios").get(0).path("java_decode_over_native_interval95");
        assertTrue(interval.get(0).asDouble() <= interval.get(1).asDouble(), interval.toString());
        assertTrue(md.contains("| verdict |"), md);
        assertTrue(md.contains("paired tiny: API decode speed / bindings-only decode speed, per token, paired (32 pairs)"), md);
        assertTrue(md.contains("paired generate tiny: generate speed / decode-only speed, per token, paired (32 pairs)"), md);

        String parallel = Files.readString(out.resolve("parallel.md"));
        assertTrue(parallel.contains("| 1 |") && parallel.contains("| 2 |") && parallel.contains("Shared system prompt"), parallel);
        JsonNode pj = new ObjectMapper().readTree(out.resolve("parallel.json").toFile());
        assertEquals(2, pj.path("concurrency").size());
        JsonNode prefix = pj.path("shared_prefix");
        assertTrue(prefix.path("prompt_tokens_shared").asLong() < prefix.path("prompt_tokens_unshared").asLong(), prefix.toString());

        BufferedImage png = ImageIO.read(out.resolve("bench.png").toFile());
        assertNotNull(png, "bench.png is not an image");
        assertTrue(png.getWidth() > 100 && png.getHeight() > 100);
    }
}
