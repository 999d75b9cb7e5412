package io.github.llamaffm.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.llamaffm.Completion;
import io.github.llamaffm.ContextParams;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.Generation;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.Token;
import io.github.llamaffm.Speculation;
import io.github.llamaffm.SpeculationStats;
import io.github.llamaffm.speculative.DraftModel;
import io.github.llamaffm.speculative.PromptLookup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speculative decoding against plain generation and against llama.cpp's own tools, in one run on
 * the same machine ({@code make bench ARGS="--speculative only"}):
 * <ul>
 *   <li>llama-bench's plain generation ({@code -p 0 -n N}) of the target: the native baseline;</li>
 *   <li>the API's plain greedy generation of the target, and the same with a draft model (the
 *       same weights quantized more, or a smaller shape): tokens per second, acceptance, and
 *       whether the output was identical token for token;</li>
 *   <li>the same with prompt lookup on a repetitive, code-like prompt;</li>
 *   <li>llama.cpp's {@code llama-speculative-simple} on the same pair, prompt, token count and
 *       draft length: its own decode speed and acceptance.</li>
 * </ul>
 * Every path runs {@code reps} times, alternating; the figures are medians. Generation speed is
 * tokens generated over the time from the first generated token's sampling to the end (the
 * prompt is not counted), as llama-speculative-simple counts it.
 */
public final class SpeculativeBench {
    /** A prose-like prompt for the draft model. */
    static final String STORY = "Once upon a time, in a small village at the edge of a great forest, there lived an old clockmaker who";
    /** A repetitive, code-like prompt for prompt lookup: the continuation tends to copy it. */
    static final String CODE = """
            public final class Point {
                private final int x;
                private final int y;
                private final int z;

                public Point(int x, int y, int z) {
                    this.x = x;
                    this.y = y;
                    this.z = z;
                }

                public int x() {
                    return x;
                }

                public int y() {
                    return y;
                }

                public int z() {
                    return z;
                }

                public Point withX(int x) {
                    return new Point(x, y, z);
                }

                public Point withY(int y) {
                    return new Point(x, y, z);
                }
            """;

    private final Path bin;
    private final int threads, tokens, draftMax, reps;

    /**
     * A benchmark.
     *
     * @param bin      llama.cpp's build folder (llama-bench, llama-speculative-simple, the libraries)
     * @param threads  threads of every context and tool
     * @param tokens   tokens generated per run
     * @param draftMax longest proposal per step (the tools' {@code --draft-max})
     * @param reps     runs per path
     */
    public SpeculativeBench(Path bin, int threads, int tokens, int draftMax, int reps) {
        this.bin = bin;
        this.threads = threads;
        this.tokens = tokens;
        this.draftMax = draftMax;
        this.reps = reps;
    }

    /**
     * One measured path.
     *
     * @param path           what ran
     * @param prompt         which prompt ("story", "code", or "-" for llama-bench)
     * @param tokensPerSecond median generation speed
     * @param acceptance     accepted over drafted proposals (NaN where none)
     * @param identical      whether the output equalled plain generation's, token for token (null: not checked)
     * @param note           anything else worth knowing (samples, counts)
     */
    public record Row(String path, String prompt, double tokensPerSecond, double acceptance, Boolean identical, String note) {}

    /**
     * Runs every path.
     *
     * @param target the target model file
     * @param draft  the draft model file
     * @return the rows, in a fixed order
     * @throws Exception if a tool fails or prints something unexpected
     */
    public List<Row> run(Path target, Path draft) throws Exception {
        List<Row> rows = new ArrayList<>();
        double[] bench = new double[reps];
        for (int r = 0; r < reps; r++) bench[r] = llamaBenchTg(target);
        rows.add(new Row("llama-bench tg" + tokens + " (plain)", "-", Stats.median(bench), Double.NaN, null, Arrays.toString(Stats.round(bench, 2))));

        ContextParams cp = ContextParams.builder().contextSize(4096).threads(threads).batchThreads(threads).build();
        try (LlamaModel t = LlamaModel.load(target); LlamaModel d = LlamaModel.load(draft);
             LlamaContext ctx = t.newContext(cp); LlamaContext dctx = d.newContext(cp)) {
            Speculation drafting = DraftModel.of(dctx).withDraftLength(0, draftMax);
            Speculation lookup = PromptLookup.of().withDraftLength(0, draftMax);
            // warm-up: the JIT and the pages of both models
            measure(ctx, STORY, null, 16);
            measure(ctx, STORY, drafting, 16);
            measure(ctx, CODE, lookup, 16);
            for (String[] job : new String[][]{{"story", STORY}, {"code", CODE}}) {
                Speculation s = job[0].equals("story") ? drafting : lookup;
                String name = job[0].equals("story") ? "Java generate + draft model" : "Java generate + prompt lookup";
                double[] plain = new double[reps], spec = new double[reps];
                SpeculationStats total = SpeculationStats.NONE;
                boolean same = true;
                for (int r = 0; r < reps; r++) {
                    Run a = measure(ctx, job[1], null, tokens);
                    Run b = measure(ctx, job[1], s, tokens);
                    plain[r] = a.tokensPerSecond;
                    spec[r] = b.tokensPerSecond;
                    total = total.plus(b.stats);
                    same &= Arrays.equals(a.ids, b.ids);
                }
                rows.add(new Row("Java generate (plain)", job[0], Stats.median(plain), Double.NaN, null, Arrays.toString(Stats.round(plain, 2))));
                rows.add(new Row(name, job[0], Stats.median(spec), total.acceptanceRate(), same,
                        Arrays.toString(Stats.round(spec, 2)) + ", " + total));
            }
            // The verification path's ceiling, apart from any proposer's quality and cost: a proposer
            // that knows the plain run's tokens (always right, free). Random weights make real
            // drafts disagree; this row shows what a good proposer buys.
            Run reference = measure(ctx, STORY, null, tokens);
            int promptLength = t.vocab().tokenize(STORY, io.github.llamaffm.SpecialTokens.ADD_AND_PARSE).length;
            Speculation perfect = Speculation.of(on -> (text, length, max, out) -> {
                int done = length - promptLength, n = 0;
                for (; n < max && done + n < reference.ids.length; n++) out[n] = reference.ids[done + n];
                return n;
            }).withDraftLength(0, draftMax);
            double[] ceiling = new double[reps];
            SpeculationStats total = SpeculationStats.NONE;
            boolean same = true;
            for (int r = 0; r < reps; r++) {
                Run b = measure(ctx, STORY, perfect, tokens);
                ceiling[r] = b.tokensPerSecond;
                total = total.plus(b.stats);
                same &= Arrays.equals(reference.ids, b.ids);
            }
            rows.add(new Row("Java generate + always-right proposer (ceiling)", "story", Stats.median(ceiling), total.acceptanceRate(), same,
                    Arrays.toString(Stats.round(ceiling, 2)) + ", " + total));
        }
        // llama.cpp's tools give each context a thread pool polling at 50; on few cores the idle
        // pool of one context spins while the other computes, so they run with polling off too
        List<String> pollOff = List.of("--poll", "0", "--spec-draft-poll", "0");
        double[][] nat = new double[6][reps];
        for (int r = 0; r < reps; r++) {
            List<String> draftArgs = List.of("--spec-type", "draft-simple", "-md", draft.toString(), "-td", String.valueOf(threads),
                    "--spec-draft-n-max", String.valueOf(draftMax), "--spec-draft-n-min", "0", "--spec-draft-p-min", "0");
            double[] f = speculativeSimple(target, draftArgs, STORY);
            nat[0][r] = f[0];
            nat[1][r] = f[1];
            f = speculativeSimple(target, concat(draftArgs, pollOff), STORY);
            nat[2][r] = f[0];
            nat[3][r] = f[1];
            f = speculativeSimple(target, List.of("--spec-type", "ngram-simple", "--spec-ngram-simple-size-n", "3",
                    "--spec-ngram-simple-size-m", String.valueOf(draftMax)), CODE);
            nat[4][r] = f[0];
            nat[5][r] = f[1];
        }
        rows.add(new Row("llama-speculative-simple (draft model)", "story", Stats.median(nat[0]), Stats.median(nat[1]), null, Arrays.toString(Stats.round(nat[0], 2))));
        rows.add(new Row("llama-speculative-simple (draft model, --poll 0)", "story", Stats.median(nat[2]), Stats.median(nat[3]), null, Arrays.toString(Stats.round(nat[2], 2))));
        rows.add(new Row("llama-speculative-simple (ngram-simple)", "code", Stats.median(nat[4]), Stats.median(nat[5]), null, Arrays.toString(Stats.round(nat[4], 2))));
        return rows;
    }

    private record Run(int[] ids, double tokensPerSecond, SpeculationStats stats) {}

    private static Run measure(LlamaContext ctx, String prompt, Speculation s, int n) {
        ctx.memory().clear(); // every run decodes its prompt afresh, as the native tools do
        Generation g = ctx.generate(prompt, GenerateParams.builder().maxTokens(n).speculative(s).build());
        List<Integer> ids = new ArrayList<>();
        for (Token t : g) ids.add(t.id());
        Completion c = g.result();
        return new Run(ids.stream().mapToInt(Integer::intValue).toArray(), c.generationTokensPerSecond(), g.speculationStats());
    }

    /** llama-bench's generation speed of {@code model}: {@code -p 0 -n tokens}, one repetition. */
    double llamaBenchTg(Path model) throws IOException, InterruptedException {
        String out = tool(List.of(bin.resolve("llama-bench").toString(), "-o", "json", "-m", model.toString(), "-t", String.valueOf(threads),
                "-p", "0", "-n", String.valueOf(tokens), "-r", "1"), true);
        JsonNode root = new ObjectMapper().readTree(out);
        for (JsonNode t : root) if (t.path("n_gen").asInt() == tokens) return t.path("avg_ts").asDouble();
        throw new IllegalStateException("llama-bench printed no tg" + tokens + ": " + out);
    }

    /** llama-speculative-simple's decode speed and acceptance (0..1, NaN if it drafted nothing), greedy. */
    double[] speculativeSimple(Path target, List<String> spec, String prompt) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(bin.resolve("llama-speculative-simple").toString(), "-m", target.toString(),
                "-p", prompt, "-n", String.valueOf(tokens), "--temp", "0", "-t", String.valueOf(threads), "-c", "4096", "--seed", "1"));
        cmd.addAll(spec);
        String log = tool(cmd, false);
        Matcher speed = Pattern.compile("decoded\\s+(\\d+) tokens in\\s+([0-9.]+) seconds, speed:\\s+([0-9.]+) t/s").matcher(log);
        Matcher accept = Pattern.compile("accept\\s+=\\s+([0-9.]+|-?nan)%").matcher(log);
        if (!speed.find() || !accept.find()) throw new IllegalStateException("llama-speculative-simple printed no speed or acceptance:\n" + log);
        double rate = accept.group(1).contains("nan") ? Double.NaN : Double.parseDouble(accept.group(1)) / 100;
        return new double[]{Double.parseDouble(speed.group(3)), rate};
    }

    /** Runs a tool of the build folder; its stdout ({@code stdout}) or both streams together. */
    private String tool(List<String> cmd, boolean stdout) throws IOException, InterruptedException {
        NativeTools.ToolOutput o = NativeTools.runTool(bin, cmd);
        return stdout ? o.out() : o.out() + o.err();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /**
     * The results as a Markdown table, with the ratios the issue asks about.
     *
     * @param target   the target's description
     * @param draft    the draft's description
     * @param rows     the rows of {@link #run}
     * @return the Markdown text
     */
    public String markdown(String target, String draft, List<Row> rows) {
        StringBuilder b = new StringBuilder();
        b.append("## Speculative decoding\n\n");
        b.append(String.format(Locale.ROOT, "Target %s, draft %s; %d threads, %d tokens per run, draft length up to %d, greedy, %d runs per path (medians).%n%n",
                target, draft, threads, tokens, draftMax, reps));
        b.append("| path | prompt | tokens/s | acceptance | identical to plain | samples |\n|---|---|---:|---:|---|---|\n");
        for (Row r : rows) {
            b.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %s | %s | %s |%n", r.path(), r.prompt(), r.tokensPerSecond(),
                    Double.isNaN(r.acceptance()) ? "" : String.format(Locale.ROOT, "%.1f %%", 100 * r.acceptance()),
                    r.identical() == null ? "" : r.identical() ? "yes" : "**no**", r.note()));
        }
        double llamaBench = rows.get(0).tokensPerSecond();
        b.append('\n');
        for (Row r : rows) {
            if (r.path().startsWith("Java generate +")) {
                b.append(String.format(Locale.ROOT, "- %s (%s): %.2f× llama-bench's plain generation (goal ≥ 1.5×)%n", r.path(), r.prompt(),
                        r.tokensPerSecond() / llamaBench));
            }
        }
        Row nativeSpec = rows.stream().filter(r -> r.path().startsWith("llama-speculative-simple (draft model"))
                .max(java.util.Comparator.comparingDouble(Row::tokensPerSecond)).orElse(null); // the faster of its two settings
        Row javaSpec = rows.stream().filter(r -> r.path().equals("Java generate + draft model")).findFirst().orElse(null);
        if (nativeSpec != null && javaSpec != null) {
            b.append(String.format(Locale.ROOT, "- Java + draft model: %.2f of llama-speculative-simple's speed (goal ≥ 0.95)%n",
                    javaSpec.tokensPerSecond() / nativeSpec.tokensPerSecond()));
        }
        return b.toString();
    }

    /**
     * Writes {@code speculative.md} and {@code speculative.json}.
     *
     * @param outDir the output folder
     * @param md     the Markdown text
     * @param rows   the rows
     * @return the files written
     * @throws IOException if they cannot be written
     */
    static List<Path> write(Path outDir, String md, List<Row> rows) throws IOException {
        Files.createDirectories(outDir);
        Path m = outDir.resolve("speculative.md"), j = outDir.resolve("speculative.json");
        Files.writeString(m, md);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Row r : rows) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("path", r.path());
            o.put("prompt", r.prompt());
            o.put("tokensPerSecond", r.tokensPerSecond());
            if (!Double.isNaN(r.acceptance())) o.put("acceptance", r.acceptance());
            if (r.identical() != null) o.put("identical", r.identical());
            o.put("note", r.note());
            list.add(o);
        }
        Files.writeString(j, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(list));
        return List.of(m, j);
    }
}
