package io.github.llamaffm.bench.jmh;

import io.github.llamaffm.bench.BenchModels;
import io.github.llamaffm.bench.NativeTools;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code make bench-jmh}: runs {@link BindingBenchmarks} on the tiny benchmark model (128k vocabulary)
 * with a short configuration, prints the time per operation and writes {@code jmh.json} and
 * {@code jmh.md}; with {@code --suite chat}, {@link ChatTemplateBenchmarks} on llama.cpp's chat
 * templates instead ({@code jmh-chat.json}, {@code jmh-chat.md}).
 *
 * <pre>
 * --out target/bench  --native-dir native  --iterations 5  --seconds 1
 * --suite binding|chat  --templates NAME,NAME,...|all   (chat: which templates; default: eight common ones)
 * </pre>
 */
public final class JmhMain {
    private JmhMain() {}

    /** Templates of widely used model families, the chat suite's default. */
    static final List<String> COMMON_TEMPLATES = List.of("meta-llama-Llama-3.1-8B-Instruct", "Qwen-Qwen3-0.6B",
            "Qwen-Qwen2.5-7B-Instruct", "mistralai-Mistral-Nemo-Instruct-2407", "google-gemma-2-2b-it",
            "deepseek-ai-DeepSeek-R1-Distill-Qwen-32B", "openai-gpt-oss-120b",
            "CohereForAI-c4ai-command-r7b-12-2024-tool_use");

    /** The libraries llama-bench uses; JMH's own sun.misc.Unsafe use is allowed quietly on JDK 24+. */
    private static String[] forkArgs(Path bin) {
        List<String> args = new ArrayList<>();
        if (bin != null) args.add("-Dllama.ffm.library.path=" + bin);
        if (Runtime.version().feature() >= 24) args.add("--sun-misc-unsafe-memory-access=allow");
        return args.toArray(String[]::new);
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
        String suite = "binding", templates = "";
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[i + 1]);
                case "--native-dir" -> nativeDir = Path.of(args[i + 1]);
                case "--iterations" -> iterations = Integer.parseInt(args[i + 1]);
                case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                case "--suite" -> suite = args[i + 1];
                case "--templates" -> templates = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        NativeTools natives = new NativeTools(nativeDir);
        Files.createDirectories(out);
        ChainedOptionsBuilder opts = new OptionsBuilder()
                .warmupIterations(Math.max(1, iterations / 2)).warmupTime(TimeValue.seconds(seconds))
                .measurementIterations(iterations).measurementTime(TimeValue.seconds(seconds))
                .resultFormat(ResultFormatType.JSON);
        String name;
        String footer;
        switch (suite) {
            case "binding" -> {
                Path model = new BenchModels(BenchModels.defaultDir(), natives.llamaBpeVocabulary(), 2)
                        .file(BenchModels.Model.TINY);
                opts.include(BindingBenchmarks.class.getName() + ".").param("model", model.toString())
                        .jvmArgsAppend(forkArgs(natives.bin()));
                name = "jmh";
                footer = "Model: " + model.getFileName() + " (llama-bpe vocabulary, 128256 tokens).";
            }
            case "chat" -> {
                Path dir = natives.source().resolve("models/templates");
                String[] names = templateNames(dir, templates);
                opts.include(ChatTemplateBenchmarks.class.getName() + ".").param("templates", dir.toString())
                        .param("template", names)
                        .jvmArgsAppend(forkArgs(null)); // rendering needs no natives
                name = "jmh-chat";
                footer = names.length + " templates of llama.cpp's models/templates, one render each.";
            }
            default -> throw new IllegalArgumentException("unknown suite " + suite + " (binding or chat)");
        }
        opts.result(out.resolve(name + ".json").toString());
        Collection<RunResult> results = new Runner(opts.build()).run();
        String unit = results.isEmpty() ? "ns/op" : results.iterator().next().getPrimaryResult().getScoreUnit();
        StringBuilder md = new StringBuilder("| benchmark | " + unit + " | ± (99.9%) |\n|---|---:|---:|\n");
        results.stream().sorted(Comparator.comparing(JmhMain::label)).forEach(r -> {
            var s = r.getPrimaryResult();
            md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f |%n", label(r), s.getScore(), s.getScoreError()));
        });
        md.append('\n').append(footer).append('\n');
        Files.writeString(out.resolve(name + ".md"), md.toString());
        System.out.print(md);
        System.err.println("wrote " + out.resolve(name + ".md") + " and " + out.resolve(name + ".json"));
    }

    /** The benchmark's method name, and the template it rendered where there is one. */
    private static String label(RunResult r) {
        String method = r.getParams().getBenchmark().replaceFirst(".*\\.", "");
        String template = r.getParams().getParam("template");
        return template == null ? method : method + " " + template;
    }

    private static String[] templateNames(Path dir, String spec) throws IOException {
        if (spec.isEmpty()) return COMMON_TEMPLATES.toArray(String[]::new);
        if (!spec.equals("all")) return spec.split(",");
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jinja"))
                    .map(n -> n.substring(0, n.length() - ".jinja".length())).sorted().toArray(String[]::new);
        }
    }
}
