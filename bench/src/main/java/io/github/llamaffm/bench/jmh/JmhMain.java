package io.github.llamaffm.bench.jmh;

import io.github.llamaffm.bench.BenchModels;
import io.github.llamaffm.bench.NativeTools;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;

/**
 * {@code make bench-jmh}: runs {@link BindingBenchmarks} on the tiny benchmark model (128k vocabulary)
 * with a short configuration, prints ns/op and writes {@code jmh.json} and {@code jmh.md}.
 *
 * <pre>
 * --out target/bench  --native-dir native  --iterations 5  --seconds 1
 * </pre>
 */
public final class JmhMain {
    private JmhMain() {}

    /** The libraries llama-bench uses; JMH's own sun.misc.Unsafe use is allowed quietly on JDK 24+. */
    private static String[] forkArgs(Path bin) {
        String lib = "-Dllama.ffm.library.path=" + bin;
        return Runtime.version().feature() >= 24 ? new String[] {lib, "--sun-misc-unsafe-memory-access=allow"} : new String[] {lib};
    }

    /**
     * Runs the micro-benchmarks.
     *
     * @param args options, see the class description
     * @throws Exception if the model cannot be written or JMH fails
     */
    public static void main(String[] args) throws Exception {
        Path out = Path.of("target/bench"), nativeDir = Path.of("native");
        int iterations = 5, seconds = 1;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[i + 1]);
                case "--native-dir" -> nativeDir = Path.of(args[i + 1]);
                case "--iterations" -> iterations = Integer.parseInt(args[i + 1]);
                case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        NativeTools natives = new NativeTools(nativeDir);
        Path model = new BenchModels(BenchModels.defaultDir(), natives.llamaBpeVocabulary(), 2).file(BenchModels.Model.TINY);
        Files.createDirectories(out);
        Options opts = new OptionsBuilder().include(BindingBenchmarks.class.getName() + ".")
                .param("model", model.toString())
                .jvmArgsAppend(forkArgs(natives.bin()))
                .warmupIterations(Math.max(1, iterations / 2)).warmupTime(TimeValue.seconds(seconds))
                .measurementIterations(iterations).measurementTime(TimeValue.seconds(seconds))
                .result(out.resolve("jmh.json").toString()).resultFormat(ResultFormatType.JSON).build();
        Collection<RunResult> results = new Runner(opts).run();
        StringBuilder md = new StringBuilder("| benchmark | ns/op | ± (99.9%) |\n|---|---:|---:|\n");
        results.stream().sorted(Comparator.comparing(r -> r.getParams().getBenchmark())).forEach(r -> {
            var s = r.getPrimaryResult();
            String name = r.getParams().getBenchmark().replaceFirst(".*\\.", "");
            md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f |%n", name, s.getScore(), s.getScoreError()));
        });
        md.append("\nModel: ").append(model.getFileName()).append(" (llama-bpe vocabulary, 128256 tokens).\n");
        Files.writeString(out.resolve("jmh.md"), md.toString());
        System.out.print(md);
        System.err.println("wrote " + out.resolve("jmh.md") + " and " + out.resolve("jmh.json"));
    }
}
