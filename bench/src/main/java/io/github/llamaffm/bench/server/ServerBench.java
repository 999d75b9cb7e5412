package io.github.llamaffm.bench.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.llamaffm.bench.BenchModels;
import io.github.llamaffm.bench.NativeTools;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * {@code make bench-server}: llama-ffm-server against llama.cpp's llama-server over the same
 * model, threads, slots and requests, from the client side; or, with {@code --load}, the load
 * and fault run against llama-ffm-server alone. Each server runs alone on the machine.
 *
 * <pre>
 * --model 1b-q4_0        a benchmark model id (1b-q4_0, 1b-q8_0, tiny) or a GGUF file
 * --threads 2  --parallel 8  --ctx-per-slot 512
 * --clients 1,4,8  --requests 16  --max-tokens 32  --warm-up 8  --rounds 1 (each round starts both servers afresh, alternating which goes first)
 * --only ffm|llama-server   one server only (both by default)
 * --load                 the load run instead: --load-clients 64 --load-requests 1000 --hang-up 0.333 --seed 42 --load-phases 2
 * --out target/bench  --native-dir native  --server-jar server/target/llama-ffm-server.jar  --model-cache DIR
 * --server-java-options "-Xms256m -Xmx256m"   llama-ffm-server's JVM options (a fixed heap separates heap sizing from other memory)
 * </pre>
 *
 * Writes {@code server.md} and {@code server.json} (or {@code server-load.*}) under {@code --out}.
 */
public final class ServerBench {
    private ServerBench() {}

    /**
     * Runs the benchmark.
     *
     * @param args the options above
     * @throws Exception if a server cannot be started or a client fails
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        NativeTools natives = new NativeTools(Path.of(opt.get("native-dir")));
        Path model = model(opt.get("model"), natives, opt.get("model-cache"));
        int threads = Integer.parseInt(opt.get("threads"));
        int parallel = Integer.parseInt(opt.get("parallel"));
        int maxTokens = Integer.parseInt(opt.get("max-tokens"));
        Path out = Path.of(opt.get("out"));
        Path jar = Path.of(opt.get("server-jar"));
        boolean load = opt.containsKey("load");
        // Room for every client twice over: a hung-up request keeps its place until the engine has
        // ended it, so the run tests disconnects rather than admission (503s are counted apart).
        int queue = 2 * (load ? Integer.parseInt(opt.get("load-clients")) : 64);
        ServerProcess.Setup setup = new ServerProcess.Setup(model, threads, parallel, Integer.parseInt(opt.get("ctx-per-slot")), queue,
                opt.get("server-java-options"));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Map<String, Object> env = environment(opt, model);

        if (load) {
            // The same load run twice on one server: memory that grows in the first and stays in the
            // second is warm-up (heap sizing, JIT, caches); growth in both would be a leak.
            List<Map<String, Object>> phases = new ArrayList<>();
            boolean passed = true;
            try (ServerProcess s = ServerProcess.start(ServerProcess.Kind.FFM, setup, jar, null, out.resolve("server-load-ffm.log"))) {
                warmUp(http, s, Integer.parseInt(opt.get("warm-up")), maxTokens);
                for (int phase = 0; phase < Integer.parseInt(opt.get("load-phases")); phase++) {
                    System.err.println(Instant.now() + " load phase " + (phase + 1) + "; load: " + loadAverage());
                    Map<String, Object> r = LoadRun.run(s, http, Integer.parseInt(opt.get("load-clients")), Integer.parseInt(opt.get("load-requests")),
                            Double.parseDouble(opt.get("hang-up")), maxTokens, Long.parseLong(opt.get("seed")) + phase, prompts(maxTokens, false));
                    r.put("load average after", loadAverage());
                    phases.add(r);
                    passed &= Boolean.TRUE.equals(r.get("passed"));
                }
            }
            Map<String, Object> all = new LinkedHashMap<>(env);
            all.put("phases", phases);
            StringBuilder md = new StringBuilder("# llama-ffm-server under load, with clients hanging up\n\n" + table(env));
            for (int i = 0; i < phases.size(); i++) md.append("\nPhase ").append(i + 1).append(":\n\n").append(table(phases.get(i)));
            write(out.resolve("server-load.md"), md.toString());
            write(out.resolve("server-load.json"), json.writeValueAsString(all));
            System.out.print(md);
            if (!passed) System.exit(1);
            return;
        }

        List<Integer> levels = new ArrayList<>();
        for (String c : opt.get("clients").split(",")) levels.add(Integer.parseInt(c.trim()));
        int requests = Integer.parseInt(opt.get("requests"));
        int rounds = Integer.parseInt(opt.get("rounds"));
        List<ServerProcess.Kind> kinds = new ArrayList<>();
        for (ServerProcess.Kind k : ServerProcess.Kind.values()) if (!opt.containsKey("only") || opt.get("only").equals(k.label)) kinds.add(k);
        // runs.get(server).get(level) = that level's run in every round
        Map<String, List<List<LevelRun>>> runs = new LinkedHashMap<>();
        for (ServerProcess.Kind k : kinds) {
            List<List<LevelRun>> perLevel = new ArrayList<>();
            for (int i = 0; i < levels.size(); i++) perLevel.add(new ArrayList<>());
            runs.put(k.label, perLevel);
        }
        Map<String, Map<String, Double>> serverMetrics = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            // Each round starts with the other server, so neither always runs first.
            List<ServerProcess.Kind> order = new ArrayList<>(kinds);
            if (round % 2 == 1) java.util.Collections.reverse(order);
            for (ServerProcess.Kind kind : order) {
                Path llamaServer = kind == ServerProcess.Kind.LLAMA_SERVER ? natives.bin().resolve("llama-server") : null;
                System.err.println(Instant.now() + " round " + (round + 1) + ": starting " + kind.label + "; load: " + loadAverage());
                try (ServerProcess s = ServerProcess.start(kind, setup, jar, llamaServer, out.resolve("server-" + kind.label + ".log"))) {
                    warmUp(http, s, Integer.parseInt(opt.get("warm-up")), maxTokens);
                    for (int li = 0; li < levels.size(); li++) {
                        int c = levels.get(li);
                        long cpu0 = s.cpuMillis();
                        // Prompts of their own per level: both servers keep finished prompts (llama-server in host
                        // memory too), so a prompt sent at an earlier level would skip its prefill.
                        IntFunction<String> bodies = prompts(maxTokens, true);
                        int offset = 1000 * (li + 1);
                        LevelRun r = LevelRun.run(http, s.baseUrl, c, Math.max(requests, c), i -> bodies.apply(offset + i));
                        // The server's CPU time per generated token: its own overhead besides the decode's threads.
                        double cpuPerToken = (s.cpuMillis() - cpu0) / (double) Math.max(1, r.completionTokens());
                        System.err.printf("%s %s clients=%d: %.2f tok/s, TTFT p50 %.0f ms p95 %.0f ms, %d failed, min reply %d tokens,"
                                        + " server CPU %.1f ms/token; load %s%n", Instant.now(), kind.label, c, r.tokensPerSecond(), r.ttft(0.5),
                                r.ttft(0.95), r.failures(), r.minTokens(), cpuPerToken, loadAverage());
                        if (r.failures() > 0) System.err.println("  first problem: " + r.firstProblem());
                        runs.get(kind.label).get(li).add(r);
                    }
                    serverMetrics.put(kind.label + " round " + (round + 1), LoadRun.metrics(http, s.baseUrl));
                }
            }
        }
        String md = "# llama-ffm-server vs llama-server: streaming chat throughput\n\n" + table(env) + "\n" + comparison(runs, levels, rounds);
        Map<String, Object> all = new LinkedHashMap<>(env);
        all.put("runs", runs);
        all.put("server_metrics_after", serverMetrics);
        write(out.resolve("server.md"), md);
        write(out.resolve("server.json"), json.writeValueAsString(all));
        System.out.print(md);
    }

    /** Request i: a fixed prompt of its own (no two share more than the chat template's start and "Request "). */
    private static IntFunction<String> prompts(int maxTokens, boolean ignoreEos) {
        String[] topics = {"a lighthouse keeper", "the history of bread", "a chess endgame", "rain in a desert town",
                "a broken clock", "bees in winter", "the first train", "a map of an island"};
        return i -> SseClient.body("Request " + i + ". Write a long story about " + topics[i % topics.length]
                + ", with many details, and do not stop early.", maxTokens, ignoreEos);
    }

    private static void warmUp(HttpClient http, ServerProcess s, int n, int maxTokens) throws Exception {
        if (n <= 0) return;
        LevelRun w = LevelRun.run(http, s.baseUrl, n, n, i -> SseClient.body("Warm-up " + i + ": say something.", maxTokens, true));
        if (w.failures() > 0) throw new IllegalStateException(s.kind.label + " failed its warm-up: " + w.firstProblem());
    }

    private static String comparison(Map<String, List<List<LevelRun>>> runs, List<Integer> levels, int rounds) {
        StringBuilder b = new StringBuilder("Tokens/s: the median of " + rounds + " round(s) (each round's values in brackets);"
                + " TTFT: over every request of every round.\n\n"
                + "| clients | server | requests | tokens/s | TTFT p50 ms | TTFT p95 ms | min reply tokens | failed |\n"
                + "|---:|---|---:|---:|---:|---:|---:|---:|\n");
        for (int i = 0; i < levels.size(); i++) {
            for (var e : runs.entrySet()) {
                List<LevelRun> rs = e.getValue().get(i);
                b.append(String.format("| %d | %s | %d | %.2f %s | %.0f | %.0f | %d | %d |%n", levels.get(i), e.getKey(), rs.getFirst().requests(),
                        medianTps(rs), rs.size() > 1 ? rs.stream().map(r -> String.format("%.2f", r.tokensPerSecond())).toList() : "",
                        pooledTtft(rs, 0.5), pooledTtft(rs, 0.95), rs.stream().mapToInt(LevelRun::minTokens).min().orElse(0),
                        rs.stream().mapToInt(LevelRun::failures).sum()));
            }
        }
        List<List<LevelRun>> ffm = runs.get("llama-ffm"), ls = runs.get("llama-server");
        if (ffm != null && ls != null) {
            b.append("\n| clients | tokens/s llama-ffm / llama-server | TTFT p50 llama-ffm / llama-server |\n|---:|---:|---:|\n");
            for (int i = 0; i < levels.size(); i++) {
                b.append(String.format("| %d | %.3f | %.2f |%n", levels.get(i), medianTps(ffm.get(i)) / medianTps(ls.get(i)),
                        pooledTtft(ffm.get(i), 0.5) / pooledTtft(ls.get(i), 0.5)));
            }
        }
        return b.toString();
    }

    private static double medianTps(List<LevelRun> rs) {
        double[] v = rs.stream().mapToDouble(LevelRun::tokensPerSecond).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static double pooledTtft(List<LevelRun> rs, double q) {
        List<Double> all = new ArrayList<>();
        for (LevelRun r : rs) all.addAll(r.ttftMillis());
        java.util.Collections.sort(all);
        return new LevelRun(0, 0, 0, null, 0, 1, all, 0).ttft(q);
    }

    private static Map<String, Object> environment(Map<String, String> opt, Path model) {
        Map<String, Object> env = new LinkedHashMap<>();
        env.put("date", Instant.now().toString());
        env.put("model", model.getFileName().toString());
        for (String k : List.of("threads", "parallel", "ctx-per-slot", "max-tokens", "warm-up", "server-java-options")) env.put(k, opt.get(k));
        env.put("cpus", Runtime.getRuntime().availableProcessors());
        env.put("load average at start", loadAverage());
        env.put("requests", "streaming chat completions, greedy (temperature 0), max_tokens fixed, stream_options.include_usage;"
                + " ignore_eos (both servers run every reply to max_tokens; the replies' lengths are checked)");
        return env;
    }

    private static String table(Map<String, Object> m) {
        StringBuilder b = new StringBuilder("| | |\n|---|---|\n");
        m.forEach((k, v) -> b.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        return b.toString();
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (Exception e) {
            return "?";
        }
    }

    private static Path model(String m, NativeTools natives, String cache) {
        if (m.endsWith(".gguf")) return Path.of(m);
        BenchModels files = new BenchModels(cache != null ? Path.of(cache) : BenchModels.defaultDir(), natives.llamaBpeVocabulary(),
                Runtime.getRuntime().availableProcessors());
        return files.file(BenchModels.Model.byId(m));
    }

    private static void write(Path p, String text) throws java.io.IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        System.err.println("wrote " + p);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opt = new LinkedHashMap<>(Map.ofEntries(Map.entry("model", "1b-q4_0"), Map.entry("threads", "2"),
                Map.entry("parallel", "8"), Map.entry("ctx-per-slot", "512"), Map.entry("clients", "1,4,8"), Map.entry("requests", "16"), Map.entry("rounds", "1"),
                Map.entry("max-tokens", "32"), Map.entry("warm-up", "8"), Map.entry("load-clients", "64"), Map.entry("load-requests", "1000"), Map.entry("load-phases", "2"),
                Map.entry("hang-up", "0.333"), Map.entry("seed", "42"), Map.entry("out", "target/bench"), Map.entry("native-dir", "native"),
                Map.entry("server-jar", "server/target/llama-ffm-server.jar"), Map.entry("server-java-options", "")));
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) throw new IllegalArgumentException("unexpected argument '" + a + "'");
            String name = a.substring(2);
            if (name.equals("load")) {
                opt.put("load", "true");
                continue;
            }
            if (!opt.containsKey(name) && !List.of("only", "model-cache").contains(name)) throw new IllegalArgumentException("unknown option " + a);
            if (i + 1 >= args.length) throw new IllegalArgumentException(a + " needs a value");
            opt.put(name, args[++i]);
        }
        return opt;
    }
}
