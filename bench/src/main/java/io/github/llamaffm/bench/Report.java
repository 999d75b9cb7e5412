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
 */
public record Report(BenchSettings settings, Map<String, String> environment, List<Figure> figures) {

    /**
     * Copies the lists.
     */
    public Report {
        environment = Map.copyOf(environment);
        figures = List.copyOf(figures);
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

    private List<String> paths() {
        return figures.stream().map(Figure::path).distinct().toList();
    }

    private boolean hasBindings() {
        return figures.stream().anyMatch(f -> f.path().equals(Figure.JAVA_BINDINGS));
    }

    private String[] header() {
        List<String> h = new ArrayList<>(List.of("model", "test", "llama-bench t/s", "Java decode t/s", "decode / native",
                "Java generate t/s", "generate / native", "generate / decode"));
        if (hasBindings()) h.addAll(List.of("bindings+pool t/s", "bindings+pool / native"));
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
                if (hasBindings()) {
                    r.add(cell(model, Figure.JAVA_BINDINGS, test));
                    r.add(ratioCell(model, test, Figure.JAVA_BINDINGS, Figure.LLAMA_BENCH));
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
        return ratio(model, test, path, base).map(r -> String.format(Locale.ROOT, "%.3f", r)).orElse("-");
    }

    private String settingsLine() {
        return String.format(Locale.ROOT, "%d threads, pp%d / tg%d, %d repetitions (median ± half the min–max range), batch %d, micro-batch %d",
                settings.threads(), settings.promptTokens(), settings.genTokens(), settings.repetitions(), settings.batchSize(),
                settings.microBatch());
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
        int[] w = new int[header.length];
        for (String[] r : rows) for (int i = 0; i < r.length; i++) w[i] = Math.max(w[i], r[i].length());
        StringBuilder sb = new StringBuilder(settingsLine()).append('\n');
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) sb.append(i == 0 ? "" : "  ").append(String.format("%-" + w[i] + "s", r[i]));
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * The table as Markdown, with the settings and environment.
     *
     * @return Markdown text
     */
    public String markdown() {
        String[] header = header();
        StringBuilder sb = new StringBuilder("| ").append(String.join(" | ", header)).append(" |\n|");
        for (int i = 0; i < header.length; i++) sb.append(i < 2 ? "---|" : "---:|");
        sb.append('\n');
        for (String[] r : rows()) sb.append("| ").append(String.join(" | ", r)).append(" |\n");
        sb.append('\n').append(settingsLine()).append(".\n\n");
        environment.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> sb.append("- ").append(e.getKey()).append(": ").append(e.getValue()).append('\n'));
        return sb.toString();
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
            figs.add(m);
        }
        root.put("figures", figs);
        List<Map<String, Object>> ratios = new ArrayList<>();
        for (String model : models()) {
            for (String test : List.of(settings.ppTest(), settings.tgTest())) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("model", model);
                m.put("test", test);
                ratio(model, test, Figure.JAVA_DECODE, Figure.LLAMA_BENCH).ifPresent(r -> m.put("java_decode_over_native", r));
                ratio(model, test, Figure.JAVA_GENERATE, Figure.LLAMA_BENCH).ifPresent(r -> m.put("java_generate_over_native", r));
                ratio(model, test, Figure.JAVA_GENERATE, Figure.JAVA_DECODE).ifPresent(r -> m.put("java_generate_over_decode", r));
                ratio(model, test, Figure.JAVA_BINDINGS, Figure.LLAMA_BENCH).ifPresent(r -> m.put("java_bindings_pool_over_native", r));
                ratios.add(m);
            }
        }
        root.put("ratios", ratios);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
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
        CategoryChart ratio = chart("Java / llama-bench (median tokens/s)", "ratio");
        ratio.getStyler().setYAxisMin(0.0).setYAxisMax(1.2);
        List<String> categories = new ArrayList<>();
        for (String model : models) for (String test : tests) categories.add(model + " " + test);
        for (String path : paths()) {
            if (path.equals(Figure.LLAMA_BENCH)) continue;
            List<Double> values = new ArrayList<>();
            for (String model : models) for (String test : tests) values.add(ratio(model, test, path, Figure.LLAMA_BENCH).orElse(0.0));
            ratio.addSeries(path, categories, values).setFillColor(color(path));
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
