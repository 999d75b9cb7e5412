package io.github.llamaffm.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The results: a text table for the terminal, and {@code bench.md}, {@code bench.json} and
 * {@code bench.png} (tokens per second, and each Java figure as a fraction of llama-bench's).
 *
 * @param settings    what every path ran with
 * @param environment facts about the machine and the build (name to value)
 * @param figures     every figure measured
 * @param paired      token-paired measurements, by model: their targets join the figures' in the
 *                    targets table
 */
public record Report(BenchSettings settings, Map<String, String> environment, List<Figure> figures, List<ModelPaired> paired) {

    /**
     * Copies the lists.
     */
    public Report {
        environment = Map.copyOf(environment);
        figures = List.copyOf(figures);
        paired = List.copyOf(paired);
    }

    /**
     * A report without paired measurements.
     *
     * @param settings    what every path ran with
     * @param environment facts about the machine and the build (name to value)
     * @param figures     every figure measured
     */
    public Report(BenchSettings settings, Map<String, String> environment, List<Figure> figures) {
        this(settings, environment, figures, List.of());
    }

    /**
     * A token-paired measurement on a model.
     *
     * @param model  the model's short name
     * @param result the measurement
     */
    public record ModelPaired(String model, Paired result) {
        /**
         * The measurement's name in the report, e.g. {@code paired generate 1b-q4_0}.
         *
         * @return the name
         */
        public String name() {
            return result.kind().reportName() + " " + model;
        }
    }

    /**
     * Finds a figure.
     *
     * @param model the model's short name
     * @param path  the path
     * @param test  the test, e.g. {@code tg128}
     * @return the figure, if measured
     */
    public Optional<Figure> find(String model, String path, String test) {
        return figures.stream().filter(f -> f.model().equals(model) && f.path().equals(path) && f.test().equals(test)).findFirst();
    }

    /**
     * The ratio of two figures' medians.
     *
     * @param model the model's short name
     * @param test  the test
     * @param path  the numerator's path
     * @param base  the denominator's path
     * @return the ratio, if both were measured
     */
    public Optional<Double> ratio(String model, String test, String path, String base) {
        return find(model, path, test).flatMap(f -> find(model, base, test).map(b -> f.median() / b.median()));
    }

    /**
     * The 95 % bootstrap interval of a ratio of medians ({@link Stats#ratioInterval}).
     *
     * @param model the model's short name
     * @param test  the test
     * @param path  the numerator's path
     * @param base  the denominator's path
     * @return {@code {low, high}}, if both were measured
     */
    public Optional<double[]> ratioInterval(String model, String test, String path, String base) {
        return find(model, path, test).flatMap(f -> find(model, base, test).map(b -> Stats.ratioInterval(f, b)));
    }

    /**
     * A speed target of the binding: a ratio of two paths' medians that should be at least {@code min}.
     *
     * @param test which test kind, {@code "pp"} or {@code "tg"}
     * @param path the numerator's path
     * @param base the denominator's path
     * @param min  the least ratio that meets it
     */
    public record Target(String test, String path, String base, double min) {
        /** The targets: decoding as fast as llama-bench (tg 1 %, pp 2 %), the user's path within 2 % of decoding. */
        public static final List<Target> ALL = List.of(
                new Target("pp", Figure.JAVA_DECODE, Figure.LLAMA_BENCH, 0.98),
                new Target("tg", Figure.JAVA_DECODE, Figure.LLAMA_BENCH, 0.99),
                new Target("pp", Figure.JAVA_GENERATE, Figure.JAVA_DECODE, 0.98),
                new Target("tg", Figure.JAVA_GENERATE, Figure.JAVA_DECODE, 0.98));
    }

    /**
     * What the measurements say of a target on a model: met when the whole 95 % interval lies at
     * or above it, missed when the whole interval lies below, not settled otherwise (the machine's
     * noise is larger than the margin; more rounds narrow the interval).
     *
     * @param model  the model's short name
     * @param target the target
     * @return "met", "missed" or "not settled", if both paths were measured
     */
    public Optional<String> verdict(String model, Target target) {
        String test = testOf(target);
        return ratioInterval(model, test, target.path(), target.base())
                .map(i -> i[0] >= target.min() ? "met" : i[1] < target.min() ? "missed" : "not settled");
    }

    private String testOf(Target target) {
        return target.test().equals("pp") ? settings.ppTest() : settings.tgTest();
    }

    private List<String> paths() {
        return figures.stream().map(Figure::path).distinct().toList();
    }

    /** The optional paths that were measured, each shown as its speed and its ratio to llama-bench. */
    private List<String> extraPaths() {
        return List.of(Figure.JAVA_BINDINGS, Figure.LLAMA_BENCH_IN_JVM).stream()
                .filter(p -> figures.stream().anyMatch(f -> f.path().equals(p))).toList();
    }

    private String[] header() {
        List<String> h = new ArrayList<>(List.of("model", "test", "llama-bench t/s", "Java decode t/s", "decode / native",
                "Java generate t/s", "generate / native", "generate / decode"));
        for (String p : extraPaths()) h.addAll(List.of(p + " t/s", p + " / native"));
        return h.toArray(String[]::new);
    }

    private List<String[]> rows() {
        List<String[]> rows = new ArrayList<>();
        for (String model : models()) {
            for (String test : List.of(settings.ppTest(), settings.tgTest())) {
                List<String> r = new ArrayList<>(List.of(model, test, cell(model, Figure.LLAMA_BENCH, test), cell(model, Figure.JAVA_DECODE, test),
                        ratioCell(model, test, Figure.JAVA_DECODE, Figure.LLAMA_BENCH), cell(model, Figure.JAVA_GENERATE, test),
                        ratioCell(model, test, Figure.JAVA_GENERATE, Figure.LLAMA_BENCH),
                        ratioCell(model, test, Figure.JAVA_GENERATE, Figure.JAVA_DECODE)));
                for (String p : extraPaths()) {
                    r.add(cell(model, p, test));
                    r.add(ratioCell(model, test, p, Figure.LLAMA_BENCH));
                }
                rows.add(r.toArray(String[]::new));
            }
        }
        return rows;
    }

    private List<String> models() {
        return figures.stream().map(Figure::model).distinct().toList();
    }

    private String cell(String model, String path, String test) {
        return find(model, path, test).map(f -> String.format(Locale.ROOT, "%.2f ± %.1f%%", f.median(), f.spreadPercent() / 2)).orElse("-");
    }

    private String ratioCell(String model, String test, String path, String base) {
        return ratio(model, test, path, base).map(r -> {
            double[] i = ratioInterval(model, test, path, base).orElseThrow();
            return String.format(Locale.ROOT, "%.3f (%.3f–%.3f)", r, i[0], i[1]);
        }).orElse("-");
    }

    private String intervalLine() {
        boolean rounds = figures.stream().anyMatch(f -> Arrays.stream(f.rounds()).distinct().count() >= Stats.MIN_ROUNDS);
        return "Ratios: median / median, with a 95 % bootstrap interval (" + Stats.RESAMPLES + " draws, "
                + (rounds ? "whole rounds drawn, so that slow spells of the machine count" : "samples drawn one by one: fewer than "
                + Stats.MIN_ROUNDS + " rounds") + ").";
    }

    private List<String[]> targetRows() {
        List<String[]> rows = new ArrayList<>();
        for (String model : models()) {
            for (Target t : Target.ALL) {
                String test = testOf(t);
                Optional<String> v = verdict(model, t);
                if (v.isEmpty()) continue;
                double[] i = ratioInterval(model, test, t.path(), t.base()).orElseThrow();
                rows.add(new String[] {model, test, t.path() + " / " + t.base(), String.format(Locale.ROOT, "≥ %.2f", t.min()),
                        String.format(Locale.ROOT, "%.3f", ratio(model, test, t.path(), t.base()).orElseThrow()),
                        String.format(Locale.ROOT, "%.3f–%.3f", i[0], i[1]), v.get()});
            }
            for (ModelPaired mp : pairedOf(model)) {
                Paired p = mp.result();
                double[] i = p.interval();
                rows.add(new String[] {model, settings.tgTest(), p.kind().ratioName(), String.format(Locale.ROOT, "≥ %.2f", p.kind().target()),
                        String.format(Locale.ROOT, "%.3f", p.median()), String.format(Locale.ROOT, "%.3f–%.3f", i[0], i[1]), p.verdict()});
            }
        }
        return rows;
    }

    private List<ModelPaired> pairedOf(String model) {
        return paired.stream().filter(p -> p.model().equals(model) && p.result().ratios().length > 0).toList();
    }

    private String settingsLine() {
        long rounds = figures.stream().mapToLong(f -> Arrays.stream(f.rounds()).distinct().count()).max().orElse(0);
        return String.format(Locale.ROOT, "%d threads, pp%d / tg%d, %d rounds × %d repetitions per path (t/s: median ± half the min–max range), "
                + "batch %d, micro-batch %d", settings.threads(), settings.promptTokens(), settings.genTokens(), rounds, settings.repetitions(),
                settings.batchSize(), settings.microBatch());
    }

    /**
     * The table as plain text, columns aligned.
     *
     * @return the table
     */
    public String text() {
        String[] header = header();
        List<String[]> rows = new ArrayList<>();
        rows.add(header);
        rows.addAll(rows());
        StringBuilder sb = new StringBuilder(settingsLine()).append('\n');
        appendAligned(sb, rows);
        sb.append(intervalLine()).append("\n\nTargets:\n");
        List<String[]> targets = new ArrayList<>();
        targets.add(TARGET_HEADER);
        targets.addAll(targetRows());
        appendAligned(sb, targets);
        return sb.toString();
    }

    private static final String[] TARGET_HEADER = {"model", "test", "ratio", "target", "measured", "95% interval", "verdict"};

    private static void appendAligned(StringBuilder sb, List<String[]> rows) {
        int[] w = new int[rows.get(0).length];
        for (String[] r : rows) for (int i = 0; i < r.length; i++) w[i] = Math.max(w[i], r[i].length());
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) sb.append(i == 0 ? "" : "  ").append(String.format("%-" + w[i] + "s", r[i]));
            sb.append('\n');
        }
    }

    /**
     * The table as Markdown, with the settings and environment.
     *
     * @return Markdown text
     */
    public String markdown() {
        StringBuilder sb = new StringBuilder();
        markdownTable(sb, header(), rows());
        sb.append('\n').append(settingsLine()).append(".\n").append(intervalLine()).append("\n\n");
        markdownTable(sb, TARGET_HEADER, targetRows());
        sb.append("\nmet: the whole interval at or above the target; missed: the whole interval below; not settled: it straddles the target.\n\n");
        environment.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> sb.append("- ").append(e.getKey()).append(": ").append(e.getValue()).append('\n'));
        return sb.toString();
    }

    private static void markdownTable(StringBuilder sb, String[] header, List<String[]> rows) {
        sb.append("| ").append(String.join(" | ", header)).append(" |\n|");
        for (int i = 0; i < header.length; i++) sb.append(i < 2 ? "---|" : "---:|");
        sb.append('\n');
        for (String[] r : rows) sb.append("| ").append(String.join(" | ", r)).append(" |\n");
    }

    /**
     * The report as JSON: settings, environment, every figure with its samples, median and spread,
     * and the ratios.
     *
     * @return JSON text
     * @throws IOException if serialization fails
     */
    public String json() throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("settings", settings);
        root.put("environment", new java.util.TreeMap<>(environment));
        List<Map<String, Object>> figs = new ArrayList<>();
        for (Figure f : figures) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("model", f.model());
            m.put("path", f.path());
            m.put("test", f.test());
            m.put("median_ts", f.median());
            m.put("min_ts", f.min());
            m.put("max_ts", f.max());
            m.put("spread_percent", f.spreadPercent());
            m.put("samples_ts", f.samples());
            m.put("samples_round", f.rounds());
            figs.add(m);
        }
        root.put("figures", figs);
        List<Map<String, Object>> ratios = new ArrayList<>();
        for (String model : models()) {
            for (String test : List.of(settings.ppTest(), settings.tgTest())) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("model", model);
                m.put("test", test);
                putRatio(m, "java_decode_over_native", model, test, Figure.JAVA_DECODE, Figure.LLAMA_BENCH);
                putRatio(m, "java_generate_over_native", model, test, Figure.JAVA_GENERATE, Figure.LLAMA_BENCH);
                putRatio(m, "java_generate_over_decode", model, test, Figure.JAVA_GENERATE, Figure.JAVA_DECODE);
                putRatio(m, "java_bindings_pool_over_native", model, test, Figure.JAVA_BINDINGS, Figure.LLAMA_BENCH);
                putRatio(m, "llama_bench_in_jvm_over_native", model, test, Figure.LLAMA_BENCH_IN_JVM, Figure.LLAMA_BENCH);
                putRatio(m, "java_decode_over_llama_bench_in_jvm", model, test, Figure.JAVA_DECODE, Figure.LLAMA_BENCH_IN_JVM);
                ratios.add(m);
            }
        }
        root.put("ratios", ratios);
        List<Map<String, Object>> targets = new ArrayList<>();
        for (String model : models()) {
            for (Target t : Target.ALL) {
                verdict(model, t).ifPresent(v -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("model", model);
                    m.put("test", testOf(t));
                    m.put("path", t.path());
                    m.put("base", t.base());
                    m.put("min", t.min());
                    m.put("verdict", v);
                    targets.add(m);
                });
            }
            for (ModelPaired mp : pairedOf(model)) {
                Paired p = mp.result();
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("model", model);
                m.put("test", settings.tgTest());
                m.put("ratio", p.kind().ratioName());
                m.put("min", p.kind().target());
                m.put("pairs", p.ratios().length);
                m.put("median", p.median());
                m.put("interval95", p.interval());
                m.put("verdict", p.verdict());
                targets.add(m);
            }
        }
        root.put("targets", targets);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
    }

    private void putRatio(Map<String, Object> m, String key, String model, String test, String path, String base) {
        ratio(model, test, path, base).ifPresent(r -> {
            double[] i = ratioInterval(model, test, path, base).orElseThrow();
            m.put(key, r);
            m.put(key + "_interval95", i);
        });
    }

    /**
     * Writes {@code bench.md}, {@code bench.json} and {@code bench.png} into a folder.
     *
     * @param dir the folder (created when needed)
     * @return the three files
     * @throws IOException if a file cannot be written
     */
    public List<Path> write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path md = dir.resolve("bench.md"), json = dir.resolve("bench.json"), png = dir.resolve("bench.png");
        Files.writeString(md, markdown());
        Files.writeString(json, json());
        writeChart(png);
        return List.of(md, json, png);
    }

    private void writeChart(Path png) throws IOException {
        System.setProperty("java.awt.headless", "true");
        List<String> tests = List.of(settings.ppTest(), settings.tgTest());
        List<String> models = models();
        // Models differ in speed by orders of magnitude: one speed chart each, and one of ratios.
        List<CategoryChart> charts = new ArrayList<>();
        CategoryChart ratio = chart("Java / llama-bench (median tokens/s, bars: 95% interval)", "ratio");
        ratio.getStyler().setYAxisMin(0.0).setYAxisMax(1.2);
        List<String> categories = new ArrayList<>();
        for (String model : models) for (String test : tests) categories.add(model + " " + test);
        for (String path : paths()) {
            if (path.equals(Figure.LLAMA_BENCH)) continue;
            List<Double> values = new ArrayList<>(), error = new ArrayList<>();
            for (String model : models) {
                for (String test : tests) {
                    values.add(ratio(model, test, path, Figure.LLAMA_BENCH).orElse(0.0));
                    error.add(ratioInterval(model, test, path, Figure.LLAMA_BENCH).map(i -> (i[1] - i[0]) / 2).orElse(0.0));
                }
            }
            ratio.addSeries(path, categories, values, error).setFillColor(color(path));
        }
        charts.add(ratio);
        for (String model : models) {
            CategoryChart speed = chart(model + ": tokens/s (median, bars: min–max)", "tokens/s");
            for (String path : paths()) {
                List<Double> median = new ArrayList<>(), error = new ArrayList<>();
                for (String test : tests) {
                    Optional<Figure> f = find(model, path, test);
                    median.add(f.map(Figure::median).orElse(0.0));
                    error.add(f.map(x -> (x.max() - x.min()) / 2).orElse(0.0));
                }
                speed.addSeries(path, tests, median, error).setFillColor(color(path));
            }
            charts.add(speed);
        }
        // XChart's grid wants every cell filled and cannot paint an empty chart: one column when odd
        int cols = charts.size() % 2 == 0 ? 2 : 1, rows = charts.size() / cols;
        String name = png.toString().replaceFirst("\\.png$", "");
        BitmapEncoder.saveBitmap(charts, rows, cols, name, BitmapEncoder.BitmapFormat.PNG);
    }

    /** The same colour for a path in every chart. */
    private static java.awt.Color color(String path) {
        return switch (path) {
            case Figure.LLAMA_BENCH -> new java.awt.Color(0x4C72B0);
            case Figure.JAVA_DECODE -> new java.awt.Color(0xDD8452);
            case Figure.JAVA_GENERATE -> new java.awt.Color(0x55A868);
            case Figure.LLAMA_BENCH_IN_JVM -> new java.awt.Color(0x937860);
            default -> new java.awt.Color(0x8172B3);
        };
    }

    private static CategoryChart chart(String title, String yTitle) {
        CategoryChart c = new CategoryChartBuilder().width(700).height(420).title(title).yAxisTitle(yTitle).build();
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        c.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        return c;
    }
}
