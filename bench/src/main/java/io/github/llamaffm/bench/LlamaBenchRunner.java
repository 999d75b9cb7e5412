package io.github.llamaffm.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs llama.cpp's {@code llama-bench -o json} and reads its per-repetition samples. */
public final class LlamaBenchRunner {
    private final Path bin;

    /**
     * Creates a runner.
     *
     * @param bin the folder with {@code llama-bench} and the libraries it was built with
     */
    public LlamaBenchRunner(Path bin) {
        this.bin = bin;
    }

    /**
     * Measures prompt processing and generation of a model.
     *
     * @param modelId  the model's short name for the figures
     * @param model    the GGUF file
     * @param settings threads, token counts, repetitions, batch sizes
     * @param round    the round these samples belong to
     * @return the pp and tg figures, in that order
     * @throws IllegalStateException if llama-bench fails or prints something unexpected
     */
    public List<Figure> run(String modelId, Path model, BenchSettings settings, int round) {
        List<String> cmd = new ArrayList<>(List.of(bin.resolve("llama-bench").toString()));
        cmd.addAll(arguments(model, settings));
        try {
            Path log = Files.createTempFile("llama-bench", ".log");
            try {
                ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(log.toFile());
                pb.environment().put("LD_LIBRARY_PATH", bin.toString());
                Process p = pb.start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (p.waitFor() != 0) {
                    throw new IllegalStateException(String.join(" ", cmd) + " failed:\n" + Files.readString(log));
                }
                return parse(modelId, out, settings, round);
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + cmd.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running llama-bench", e);
        }
    }

    /**
     * llama-bench's arguments (without the program name) for a model and the settings.
     *
     * @param model    the GGUF file
     * @param settings threads, token counts, repetitions, batch sizes
     * @return the arguments
     */
    static List<String> arguments(Path model, BenchSettings settings) {
        return List.of("-o", "json", "-m", model.toString(), "-t", String.valueOf(settings.threads()),
                "-p", String.valueOf(settings.promptTokens()), "-n", String.valueOf(settings.genTokens()),
                "-r", String.valueOf(settings.repetitions()), "-b", String.valueOf(settings.batchSize()),
                "-ub", String.valueOf(settings.microBatch()));
    }

    /** One figure per test object of llama-bench's JSON array, from its {@code samples_ts}. */
    static List<Figure> parse(String modelId, String json, BenchSettings settings, int round) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        if (root == null || !root.isArray()) throw new IllegalStateException("llama-bench printed no JSON array: " + json);
        List<Figure> figures = new ArrayList<>();
        for (JsonNode t : root) {
            int pp = t.path("n_prompt").asInt(), tg = t.path("n_gen").asInt();
            String test = pp > 0 && tg == 0 ? "pp" + pp : tg > 0 && pp == 0 ? "tg" + tg : null;
            if (test == null) continue;
            if (t.path("n_threads").asInt() != settings.threads()) {
                throw new IllegalStateException("llama-bench ran with " + t.path("n_threads") + " threads, not " + settings.threads());
            }
            JsonNode ts = t.path("samples_ts");
            double[] samples = new double[ts.size()];
            for (int i = 0; i < samples.length; i++) samples[i] = ts.get(i).asDouble();
            figures.add(Figure.ofRound(modelId, Figure.LLAMA_BENCH, test, samples, round));
        }
        Map<String, Boolean> want = Map.of(settings.ppTest(), true, settings.tgTest(), true);
        if (figures.size() != 2 || !want.containsKey(figures.get(0).test()) || !want.containsKey(figures.get(1).test())) {
            throw new IllegalStateException("llama-bench gave " + figures.size() + " tests, expected " + want.keySet() + ": " + json);
        }
        return figures;
    }
}
