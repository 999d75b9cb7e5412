package io.github.llamaffm.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.llamaffm.Completion;
import io.github.llamaffm.ContextParams;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.Generation;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.Media;
import io.github.llamaffm.MultimodalProjector;
import io.github.llamaffm.MultimodalPrompt;
import io.github.llamaffm.ProjectorParams;
import io.github.llamaffm.Sampler;
import io.github.llamaffm.Token;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A prompt with an image, in Java and in llama.cpp's own {@code llama-mtmd-cli}, on the same
 * model, projector, image, prompt and thread count, in one run ({@code make bench
 * ARGS="--multimodal only"}). Both answer with greedy sampling; the Java text must equal the tool's.
 *
 * <p>What is compared: the time from the prompt to its first generated token (the image encoded by
 * the projector, its embeddings and the prompt's text decoded) and the generation speed after it.
 * llama-mtmd-cli's side is read from its own log: the encode's time ({@code mtmd batch encoding
 * done in N ms}) plus {@code llama_perf}'s prompt-eval time (which counts the image embeddings'
 * decode, as it goes through {@code llama_decode}); its generation is {@code llama_perf}'s eval
 * time per run. The Java side is measured around {@link LlamaContext#generate}: its prompt time
 * also holds the image file's decoding and the first token's sampling, which the tool's figures
 * leave out. Each run starts from a new context, so the image is encoded every time. The Java
 * context's thread pool polls at 50 as the tool's does (on few cores the poll decides much: spinning
 * workers of the context compete with the projector's encode, sleeping ones wake late for each token).
 */
public final class MultimodalBench {
    /** The user's text after the image. */
    static final String PROMPT = "Describe the image.";

    private final Path bin;
    private final int threads, tokens, reps;

    /**
     * A benchmark.
     *
     * @param bin     llama.cpp's build folder (llama-mtmd-cli and the libraries)
     * @param threads threads of the context, the projector and the tool
     * @param tokens  tokens generated per run
     * @param reps    runs per path
     */
    public MultimodalBench(Path bin, int threads, int tokens, int reps) {
        this.bin = bin;
        this.threads = threads;
        this.tokens = tokens;
        this.reps = reps;
    }

    /**
     * One measured path.
     *
     * @param path            what ran
     * @param promptMs        median time from the prompt to the first generated token, in ms
     * @param tokensPerSecond median generation speed after the first token
     * @param promptTokens    positions the prompt filled (text and image)
     * @param identical       whether the text equalled llama-mtmd-cli's (null for the tool itself)
     * @param note            the samples
     */
    public record Row(String path, double promptMs, double tokensPerSecond, int promptTokens, Boolean identical, String note) {}

    /**
     * Runs both paths, alternating.
     *
     * @param model     the text model
     * @param projector its projector
     * @param image     the image file
     * @return llama-mtmd-cli's row, then Java's
     * @throws Exception if the tool fails or prints something unexpected
     */
    public List<Row> run(Path model, Path projector, Path image) throws Exception {
        double[][] tool = new double[2][reps], java = new double[2][reps];
        int toolPrompt = 0, javaPrompt = 0;
        String toolText = null, toolParts = "";
        boolean same = true;
        // the tool's context has a thread pool polling at 50 (common's default), as llama-bench's: the same here
        ContextParams cp = ContextParams.builder().contextSize(2048).threads(threads).batchThreads(threads)
                .threadPoll(JavaPaths.LLAMA_BENCH_POLL).build();
        try (LlamaModel m = LlamaModel.load(model);
             MultimodalProjector p = MultimodalProjector.load(m, projector, ProjectorParams.builder().threads(threads).build())) {
            MultimodalPrompt prompt = MultimodalPrompt.of(p, chatml(MultimodalProjector.MARKER + PROMPT), Media.fromFile(image));
            // each run gets a new context, as each of the tool's runs does: its KV memory and compute
            // buffers are touched for the first time in the run (the model stays loaded; the tool's
            // load is not in its figures either)
            Supplier<LlamaContext> ctx = () -> m.newContext(cp);
            measure(ctx, prompt); // warm-up: the JIT and the model's pages
            for (int r = 0; r < reps; r++) {
                // alternate which path runs first, so that neither always meets a warmer machine
                for (int k = 0; k < 2; k++) {
                    if ((r + k) % 2 == 0) {
                        ToolRun t = mtmdCli(model, projector, image);
                        tool[0][r] = t.promptMs;
                        toolParts = t.parts;
                        tool[1][r] = t.tokensPerSecond;
                        toolPrompt = t.promptTokens;
                        toolText = t.text;
                    } else {
                        JavaRun j = measure(ctx, prompt);
                        java[0][r] = j.promptMs;
                        java[1][r] = j.completion.generationTokensPerSecond();
                        javaPrompt = j.completion.promptTokens();
                        same &= toolText == null || j.completion.text().equals(toolText);
                    }
                }
            }
            same &= measure(ctx, prompt).completion.text().equals(toolText);
        }
        return List.of(
                new Row("llama-mtmd-cli", Stats.median(tool[0]), Stats.median(tool[1]), toolPrompt, null,
                        "prompt ms " + Arrays.toString(Stats.round(tool[0], 1)) + " (last: " + toolParts + "), t/s "
                                + Arrays.toString(Stats.round(tool[1], 1))),
                new Row("Java MultimodalPrompt", Stats.median(java[0]), Stats.median(java[1]), javaPrompt, same,
                        "prompt ms " + Arrays.toString(Stats.round(java[0], 1)) + ", t/s " + Arrays.toString(Stats.round(java[1], 1))));
    }

    /** llama-mtmd-cli's single-turn prompt under ChatML: the image before the user's text. */
    private static String chatml(String user) {
        return "<|im_start|>user\n" + user + "<|im_end|>\n<|im_start|>assistant\n";
    }

    private record JavaRun(double promptMs, Completion completion) {}

    private JavaRun measure(Supplier<LlamaContext> contexts, MultimodalPrompt prompt) {
        try (LlamaContext ctx = contexts.get()) {
            long start = System.nanoTime(), first = 0;
            Generation g = ctx.generate(prompt, GenerateParams.builder().maxTokens(tokens).sampler(Sampler.greedy()).build());
            for (Token ignored : g) if (first == 0) first = System.nanoTime();
            return new JavaRun((first - start) / 1e6, g.result());
        }
    }

    private record ToolRun(double promptMs, double tokensPerSecond, int promptTokens, String text, String parts) {}

    private static final Pattern ENCODE = Pattern.compile("mtmd batch encoding done in (\\d+) ms");
    private static final Pattern PROMPT_EVAL = Pattern.compile("prompt eval time =\\s+([0-9.]+) ms /\\s+(\\d+) tokens");
    private static final Pattern EVAL = Pattern.compile("llama_perf_context_print:\\s+eval time =\\s+([0-9.]+) ms /\\s+(\\d+) runs");

    private ToolRun mtmdCli(Path model, Path projector, Path image) throws IOException, InterruptedException {
        NativeTools.ToolOutput o = NativeTools.runTool(bin, List.of(bin.resolve("llama-mtmd-cli").toString(), "-m", model.toString(),
                "--mmproj", projector.toString(), "--image", image.toString(), "-p", PROMPT, "--temp", "0", "-n", String.valueOf(tokens),
                "-t", String.valueOf(threads), "-c", "2048", "--chat-template", "chatml",
                "-lv", "4")); // its llama_perf lines need this verbosity (llama-mtmd-cli's -lv 3 hides them)
        Matcher enc = ENCODE.matcher(o.err()), pe = PROMPT_EVAL.matcher(o.err()), ev = EVAL.matcher(o.err());
        if (!enc.find() || !pe.find() || !ev.find()) throw new IllegalStateException("llama-mtmd-cli printed no timings:\n" + o.err());
        // it prints a newline before the generated text and two after it
        String text = o.out().startsWith("\n") && o.out().endsWith("\n\n") ? o.out().substring(1, o.out().length() - 2) : o.out();
        double evalMs = Double.parseDouble(ev.group(1));
        int runs = Integer.parseInt(ev.group(2));
        return new ToolRun(Double.parseDouble(enc.group(1)) + Double.parseDouble(pe.group(1)), runs / (evalMs / 1000),
                Integer.parseInt(pe.group(2)), text, "encode " + enc.group(1) + " ms + prompt eval " + pe.group(1) + " ms");
    }

    /**
     * The results as a Markdown table with Java's ratios to the tool.
     *
     * @param model     the model's description
     * @param projector the projector's description
     * @param rows      the rows of {@link #run}
     * @return the Markdown text
     */
    public String markdown(String model, String projector, List<Row> rows) {
        StringBuilder b = new StringBuilder("## A prompt with an image\n\n");
        b.append(String.format(Locale.ROOT, "Model %s, projector %s; %d threads, a PNG image, greedy, %d tokens per run, %d runs per path (medians).%n%n",
                model, projector, threads, tokens, reps));
        b.append("| path | prompt to first token (ms) | generation (tokens/s) | prompt positions | same text as llama-mtmd-cli | samples |\n")
                .append("|---|---:|---:|---:|---|---|\n");
        for (Row r : rows) {
            b.append(String.format(Locale.ROOT, "| %s | %.1f | %.2f | %d | %s | %s |%n", r.path(), r.promptMs(), r.tokensPerSecond(),
                    r.promptTokens(), r.identical() == null ? "" : r.identical() ? "yes" : "**no**", r.note()));
        }
        Row tool = rows.get(0), java = rows.get(1);
        b.append(String.format(Locale.ROOT, "%n- Java / llama-mtmd-cli: prompt time %.3f (lower is better), generation speed %.3f%n",
                java.promptMs() / tool.promptMs(), java.tokensPerSecond() / tool.tokensPerSecond()));
        return b.toString();
    }

    /**
     * Writes {@code multimodal.md} and {@code multimodal.json}.
     *
     * @param outDir the output folder
     * @param md     the Markdown text
     * @param rows   the rows
     * @return the files written
     * @throws IOException if they cannot be written
     */
    static List<Path> write(Path outDir, String md, List<Row> rows) throws IOException {
        Files.createDirectories(outDir);
        Path m = outDir.resolve("multimodal.md"), j = outDir.resolve("multimodal.json");
        Files.writeString(m, md);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Row r : rows) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("path", r.path());
            o.put("promptMs", r.promptMs());
            o.put("tokensPerSecond", r.tokensPerSecond());
            o.put("promptTokens", r.promptTokens());
            if (r.identical() != null) o.put("identical", r.identical());
            o.put("note", r.note());
            list.add(o);
        }
        Files.writeString(j, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(list));
        return List.of(m, j);
    }
}
