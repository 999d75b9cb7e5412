package io.github.llamaffm.examples.eval;

import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.Quantization;
import io.github.llamaffm.eval.KlDivergence;
import io.github.llamaffm.eval.KlDivergenceResult;
import io.github.llamaffm.eval.Perplexity;
import io.github.llamaffm.eval.PerplexityResult;
import io.github.llamaffm.testkit.DemoModel;
import io.github.llamaffm.testkit.RandomLlamaModel;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Compares quantizations of one model: each is made with {@link Quantization#quantize}, then
 * measured against the original on the same text — perplexity, mean KL divergence from the
 * original, how often both rank the same token first, and file size — printed as a table and drawn
 * as a chart (XChart, a PNG).
 *
 * <p>Run: {@code make example NAME=eval.QuantizationComparison ARGS="--model m.gguf --file text.txt"}.
 * Options: {@code --model} (an F32 or F16 GGUF file; without it a random-weight model with the demo
 * vocabulary: the numbers then measure quantization noise only), {@code --file} (a text; without
 * it, a built-in one), {@code --types F16,Q8_0,Q4_0}, {@code -c 128} (tokens per chunk),
 * {@code --chunks 4}, {@code -t} threads, {@code --out quantization-comparison.png}.
 */
public final class QuantizationComparison {
    private QuantizationComparison() {}

    /** One measured model. */
    private record Row(String name, long bytes, PerplexityResult ppl, KlDivergenceResult kl) {
    }

    /**
     * Runs the comparison.
     *
     * @param args the options above
     * @throws Exception if a file cannot be written or read, or a computation fails
     */
    public static void main(String[] args) throws Exception {
        Path model = null, file = null, out = Path.of("quantization-comparison.png");
        List<Quantization> types = List.of(Quantization.F16, Quantization.Q8_0, Quantization.Q4_0);
        int c = 128, chunks = 4, threads = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--model" -> model = Path.of(args[++i]);
                case "--file" -> file = Path.of(args[++i]);
                case "--types" -> types = Arrays.stream(args[++i].split(",")).map(String::strip).map(Quantization::valueOf).toList();
                case "-c" -> c = Integer.parseInt(args[++i]);
                case "--chunks" -> chunks = Integer.parseInt(args[++i]);
                case "-t" -> threads = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path work = Files.createTempDirectory("quant-compare");
        try {
            if (model == null) {
                model = work.resolve("random-f32.gguf");
                // wide weights, so that the model's distributions are far from uniform and quantization shows
                RandomLlamaModel.tiny().vocabulary(DemoModel.vocabulary()).embeddingLength(128).feedForwardLength(256)
                        .headCount(4).headCountKv(4).blockCount(2).tiedEmbeddings(true).weightStd(0.15f).seed(3).build().write(model);
            }
            String text = file != null ? Files.readString(file, StandardCharsets.UTF_8) : builtInText();
            Path base = work.resolve("base.kld");
            List<Row> rows = new ArrayList<>();
            try (LlamaModel m = LlamaModel.load(model)) {
                System.out.printf("reference: %s (%s)%n", model.getFileName(), m.description());
                PerplexityResult ref = Perplexity.builder().contextSize(c).chunks(chunks).threads(threads).saveLogits(base).build()
                        .compute(m, text);
                rows.add(new Row("original", Files.size(model), ref, null));
            }
            for (Quantization q : types) {
                Path qp = work.resolve(q.name() + ".gguf");
                q.quantize(model, qp, threads);
                try (LlamaModel m = LlamaModel.load(qp)) {
                    KlDivergenceResult kl = KlDivergence.builder().threads(threads).build().compute(m, base);
                    PerplexityResult p = new PerplexityResult(kl.perplexity().value(), kl.perplexity().error(), (int) kl.tokens(),
                            kl.chunks(), c, List.of());
                    rows.add(new Row(q.name(), Files.size(qp), p, kl));
                }
                Files.delete(qp);
            }
            printTable(rows);
            chart(rows, out);
            System.out.println("chart: " + out.toAbsolutePath());
        } finally {
            try (var s = Files.list(work)) {
                for (Path p : s.toList()) Files.deleteIfExists(p);
            }
            Files.deleteIfExists(work);
        }
    }

    private static void printTable(List<Row> rows) {
        System.out.printf(Locale.ROOT, "%n%-9s %10s %24s %22s %10s %9s%n", "type", "size MiB", "perplexity", "mean KLD", "same top", "RMS Δp");
        for (Row r : rows) {
            String kld = r.kl == null ? "-" : String.format(Locale.ROOT, "%.6f ± %.6f", r.kl.kld().value(), r.kl.kld().error());
            String top = r.kl == null ? "-" : String.format(Locale.ROOT, "%.2f %%", 100 * r.kl.sameTop().value());
            String rms = r.kl == null ? "-" : String.format(Locale.ROOT, "%.3f %%", 100 * r.kl.rmsDeltaP().value());
            System.out.printf(Locale.ROOT, "%-9s %10.2f %24s %22s %10s %9s%n", r.name, r.bytes / 1048576.0,
                    String.format(Locale.ROOT, "%.4f ± %.4f", r.ppl.perplexity(), r.ppl.error()), kld, top, rms);
        }
    }

    private static void chart(List<Row> rows, Path out) throws java.io.IOException {
        System.setProperty("java.awt.headless", "true");
        List<String> names = rows.stream().map(Row::name).toList();
        CategoryChart ppl = bars("Perplexity (± error)", "PPL", names, rows.stream().map(r -> r.ppl.perplexity()).toList(),
                rows.stream().map(r -> r.ppl.error()).toList());
        List<Row> q = rows.stream().filter(r -> r.kl != null).toList();
        CategoryChart kld = bars("Mean KL divergence from the original", "nats/token", q.stream().map(Row::name).toList(),
                q.stream().map(r -> r.kl.kld().value()).toList(), q.stream().map(r -> r.kl.kld().error()).toList());
        CategoryChart size = bars("File size", "MiB", names, rows.stream().map(r -> r.bytes / 1048576.0).toList(), null);
        BitmapEncoder.saveBitmap(List.of(ppl, kld, size), 1, 3, out.toString(), BitmapEncoder.BitmapFormat.PNG);
    }

    private static CategoryChart bars(String title, String yTitle, List<String> x, List<Double> y, List<Double> errors) {
        CategoryChart chart = new CategoryChartBuilder().width(420).height(340).title(title).yAxisTitle(yTitle).build();
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setToolTipsEnabled(false);
        if (x.isEmpty()) return chart;
        if (errors == null) chart.addSeries(yTitle, x, y);
        else chart.addSeries(yTitle, x, y, errors);
        return chart;
    }

    /** A few paragraphs, repeated: enough tokens for some chunks of 128. */
    private static String builtInText() {
        String p = "It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of "
                + "foolishness, it was the epoch of belief, it was the epoch of incredulity, it was the season of Light, it "
                + "was the season of Darkness, it was the spring of hope, it was the winter of despair, we had everything "
                + "before us, we had nothing before us, we were all going direct to Heaven, we were all going direct the "
                + "other way. There were a king with a large jaw and a queen with a plain face, on the throne of England; "
                + "there were a king with a large jaw and a queen with a fair face, on the throne of France. ";
        return (p + "\n").repeat(8).strip();
    }
}
