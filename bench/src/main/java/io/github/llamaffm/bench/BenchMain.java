package io.github.llamaffm.bench;

import io.github.llamaffm.Llama;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.testkit.TestImages;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code make bench}: writes the benchmark models once (cached), measures each with llama-bench,
 * the Java decoding-only path and the Java generate path, prints the table and writes
 * {@code bench.md}, {@code bench.json} and {@code bench.png}.
 *
 * <pre>
 * --models 1b-q4_0,1b-q8_0,tiny   which models (default: all three)
 * --threads 2  --pp 512  --tg 128  --reps 2   the same for every path (repetitions per round)
 * --rounds 5        run llama-bench / Java decode / Java generate this many times, alternating and
 *                   each round starting with another path, so that a load from other processes
 *                   hits all paths alike; samples are pooled, and ratios get a 95 % bootstrap
 *                   interval drawn round by round (see {@link Stats})
 * --parallel 1,2,4,8   continuous batching: this many concurrent requests against one after another
 *                   ("off" to skip), on --parallel-model (default: the first model), --parallel-tokens each
 * --bindings-path on   also measure decoding through the generated bindings alone, with a ggml
 *                   thread pool attached as llama-bench attaches one (off by default)
 * --paired 2       per model, token by token ({@link Paired}): the API's decoding against the bindings
 *                   alone ({@link JavaPaths#pairedApiVsBindings}) and generate against decoding alone
 *                   ({@link JavaPaths#pairedGenerateVsDecode}), this many sequences of --tg tokens each ("off" to skip)
 * --in-jvm on       also run llama-bench's own code inside this JVM ({@link InJvmLlamaBench}):
 *                   what being in a JVM process costs the very same native code (off by default)
 * --rpc off        llama.cpp's RPC backend on loopback ({@link RpcBench}): the model of --rpc-model
 *                   (default: the first of --models) locally and split over one and two ggml-rpc-servers,
 *                   prompt processing and generation; "on" after the rest, "only" instead of the rest
 * --speculative on  (default off) speculative decoding ({@link SpeculativeBench}): --spec-target (default 1b-q8_0) with a
 *                   draft model --spec-draft (default 1b-q4_0, the same weights) and prompt lookup, against
 *                   plain generation, llama-bench's plain tg and llama-speculative-simple; --spec-tokens 128
 *                   --spec-draft-max 8 --spec-reps 3; "only" runs nothing else, "off" skips it
 * --multimodal on  (default off) a prompt with an image ({@link MultimodalBench}): --mm-model (default 1b-q4_0) with a
 *                   random LLaVA projector of shape --mm-projector (vit-b16 or tiny), against llama-mtmd-cli;
 *                   --mm-tokens 32 --mm-reps 3; "only" runs nothing else
 * --bin DIR        llama.cpp's build folder to use instead of native/build.sh's (a copy without a CPU
 *                   variant that fails on this machine, say)
 * --jit-warm-up 45  the JIT warm-up's time limit in seconds (it ends once the JIT is quiet, about 20 s)
 * --out target/bench   --native-dir native   --model-cache DIR
 * </pre>
 *
 * <p>Before the first model, every Java path runs on the tiny model until the JIT has nothing
 * left to compile ({@link JavaPaths#warmUpCompiler}), and a Java repetition during which the JIT
 * compiled is run again ({@link JavaPaths#jitReport}): the figures are of compiled code, as
 * llama-bench's are.
 *
 * <p>Java loads the very libraries llama-bench runs with (its build folder), unless
 * {@code -Dllama.ffm.library.path} says otherwise.
 */
public final class BenchMain {
    private BenchMain() {}

    /**
     * Runs the benchmark.
     *
     * @param args options, see the class description
     * @throws Exception if a model cannot be written, a tool fails or the report cannot be written
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        BenchSettings settings = new BenchSettings(Integer.parseInt(opt.get("threads")), Integer.parseInt(opt.get("pp")),
                Integer.parseInt(opt.get("tg")), Integer.parseInt(opt.get("reps")), 2048, 512);
        int rounds = Integer.parseInt(opt.get("rounds"));
        boolean bindingsPath = onOff(opt, "bindings-path"), inJvm = onOff(opt, "in-jvm");
        List<BenchModels.Model> models = Arrays.stream(opt.get("models").split(",")).map(String::strip).map(BenchModels.Model::byId).toList();

        NativeTools natives = new NativeTools(Path.of(opt.get("native-dir")));
        Path bin = opt.containsKey("bin") ? Path.of(opt.get("bin")) : natives.bin();
        if (System.getProperty("llama.ffm.library.path") == null) System.setProperty("llama.ffm.library.path", bin.toString());
        Llama.load();
        Path cache = opt.containsKey("model-cache") ? Path.of(opt.get("model-cache")) : BenchModels.defaultDir();
        BenchModels files = new BenchModels(cache, natives.llamaBpeVocabulary(), Runtime.getRuntime().availableProcessors());
        String rpc = opt.get("rpc");
        if (!List.of("off", "on", "only").contains(rpc)) throw new IllegalArgumentException("--rpc off|on|only");
        if (rpc.equals("only")) {
            rpc(opt, settings, bin, files, models);
            return;
        }
        String speculative = opt.get("speculative");
        if (!List.of("off", "on", "only").contains(speculative)) throw new IllegalArgumentException("--speculative off|on|only");
        if (speculative.equals("only")) {
            speculative(opt, settings, bin, files);
            return;
        }
        String multimodal = opt.get("multimodal");
        if (!List.of("off", "on", "only").contains(multimodal)) throw new IllegalArgumentException("--multimodal off|on|only");
        if (multimodal.equals("only")) {
            multimodal(opt, settings, bin, files);
            return;
        }

        LlamaBenchRunner llamaBench = new LlamaBenchRunner(bin);
        List<Figure> figures = new ArrayList<>();
        List<Report.ModelPaired> paired = new ArrayList<>();
        int pairedSequences = opt.get("paired").equals("off") ? 0 : Integer.parseInt(opt.get("paired"));
        System.err.println("warming up the JIT on the tiny model");
        String warmUp = JavaPaths.warmUpCompiler(settings, files.file(BenchModels.Model.TINY), Integer.parseInt(opt.get("jit-warm-up")));
        Map<String, String> jitByModel = new LinkedHashMap<>();
        for (BenchModels.Model m : models) {
            Path file = files.file(m);
            try (JavaPaths java = new JavaPaths(settings, m.id(), file)) {
                List<Measured> paths = new ArrayList<>(List.of(
                        new Measured("llama-bench", round -> llamaBench.run(m.id(), file, settings, round)),
                        new Measured("Java decode", java::decodeOnly),
                        new Measured("Java generate", java::generate)));
                if (bindingsPath) paths.add(new Measured("Java bindings + thread pool", java::decodeOnlyBindings));
                if (inJvm) {
                    InJvmLlamaBench inside = new InJvmLlamaBench(bin);
                    paths.add(new Measured("llama-bench inside this JVM", round -> inside.run(m.id(), file, settings, round)));
                }
                for (int round = 0; round < rounds; round++) {
                    // each round starts with another path, so no path always runs first or last
                    for (int k = 0; k < paths.size(); k++) {
                        Measured p = paths.get((round + k) % paths.size());
                        System.err.printf("%s round %d/%d: %s%n", m.id(), round + 1, rounds, p.name());
                        JavaPaths.settle(); // the Java paths' idle thread pools asleep before llama-bench starts too
                        figures.addAll(p.run().apply(round));
                    }
                }
                jitByModel.put(m.id(), java.jitReport());
                if (pairedSequences > 0) {
                    System.err.printf("%s: API against bindings alone, token by token%n", m.id());
                    JavaPaths.settle();
                    Paired api = java.pairedApiVsBindings(settings.genTokens(), pairedSequences);
                    System.err.printf("%s: generate against decode, token by token%n", m.id());
                    JavaPaths.settle();
                    Paired generate = java.pairedGenerateVsDecode(settings.genTokens(), pairedSequences);
                    paired.add(new Report.ModelPaired(m.id(), api));
                    paired.add(new Report.ModelPaired(m.id(), generate));
                }
            }
        }

        Map<String, String> env = new LinkedHashMap<>();
        env.put("date", Instant.now().toString());
        env.put("llama.cpp", Llama.version());
        env.put("CPU variant", Llama.cpuVariant().orElse("?"));
        env.put("processors", String.valueOf(Runtime.getRuntime().availableProcessors()));
        env.put("Java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        env.put("decode path", "Batch + LlamaContext.decode + memory().clear() (public API)");
        env.put("Java threads", "a ggml thread pool per context polling at 50, as llama-bench's (the API's default poll is 0)");
        if (bindingsPath) env.put("bindings+pool path", "llama_decode through the generated bindings, ggml thread pool attached (poll 50) as llama-bench");
        env.put("generate path", "LlamaContext.generate(int[], GenerateParams), top-k 40, top-p 0.95, temperature 0.8, token text");
        env.put("models", String.join(", ", models.stream().map(m -> m.id() + " = " + m.label() + " (" + files.file(m).getFileName() + ")").toList()));
        for (Report.ModelPaired p : paired) env.put(p.name(), p.result().summary());
        env.put("JIT warm-up", warmUp);
        jitByModel.forEach((model, line) -> env.put("JIT " + model, line));
        Report report = new Report(settings, env, pool(figures), paired);
        System.out.print(report.text());
        for (Report.ModelPaired p : paired) System.out.printf("%n%s: %s%n", p.name(), p.result().summary());
        for (Path p : report.write(Path.of(opt.get("out")))) System.err.println("wrote " + p);

        if (!opt.get("parallel").equals("off")) {
            BenchModels.Model pm = BenchModels.Model.byId(opt.getOrDefault("parallel-model", models.get(0).id()));
            int[] levels = Arrays.stream(opt.get("parallel").split(",")).map(String::strip).mapToInt(Integer::parseInt).toArray();
            ParallelBench pb = new ParallelBench(files.file(pm), settings.threads(), Integer.parseInt(opt.get("parallel-tokens")));
            System.err.printf("%s: continuous batching%n", pm.id());
            List<ParallelBench.Row> rows = pb.concurrency(levels);
            ParallelBench.Prefix prefix = pb.sharedPrefix(Math.max(2, Arrays.stream(levels).max().orElse(2)));
            String md = ParallelBench.markdown(pm.label(), settings.threads(), rows, prefix);
            System.out.print("\n" + md);
            for (Path p : ParallelBench.write(Path.of(opt.get("out")), md, ParallelBench.json(rows, prefix))) System.err.println("wrote " + p);
        }
        if (rpc.equals("on")) rpc(opt, settings, bin, files, models);
        if (speculative.equals("on")) speculative(opt, settings, bin, files);
        if (multimodal.equals("on")) multimodal(opt, settings, bin, files);
    }

    private static void multimodal(Map<String, String> opt, BenchSettings settings, Path bin, BenchModels files) throws Exception {
        BenchModels.Model model = BenchModels.Model.byId(opt.get("mm-model"));
        BenchModels.ProjectorShape shape = BenchModels.ProjectorShape.byId(opt.get("mm-projector"));
        Path modelFile = files.file(model);
        int width;
        try (LlamaModel m = LlamaModel.load(modelFile)) {
            width = m.embeddingSize();
        }
        Path projector = files.projector(shape, width);
        Path out = Path.of(opt.get("out"));
        Files.createDirectories(out);
        Path image = TestImages.write(out.resolve("bench-image.png"), "png", 320, 240, 7);
        MultimodalBench mb = new MultimodalBench(bin, settings.threads(), Integer.parseInt(opt.get("mm-tokens")), Integer.parseInt(opt.get("mm-reps")));
        System.err.printf("a prompt with an image: %s with %s%n", model.id(), shape.label());
        JavaPaths.settle();
        List<MultimodalBench.Row> rows = mb.run(modelFile, projector, image);
        String md = mb.markdown(model.label(), shape.label(), rows);
        System.out.print("\n" + md);
        for (Path p : MultimodalBench.write(out, md, rows)) System.err.println("wrote " + p);
    }

    private static void speculative(Map<String, String> opt, BenchSettings settings, Path bin, BenchModels files) throws Exception {
        BenchModels.Model target = BenchModels.Model.byId(opt.get("spec-target")), draft = BenchModels.Model.byId(opt.get("spec-draft"));
        SpeculativeBench sb = new SpeculativeBench(bin, settings.threads(), Integer.parseInt(opt.get("spec-tokens")),
                Integer.parseInt(opt.get("spec-draft-max")), Integer.parseInt(opt.get("spec-reps")));
        System.err.printf("speculative decoding: %s with draft %s%n", target.id(), draft.id());
        Path targetFile = files.file(target), draftFile = files.file(draft);
        JavaPaths.settle();
        List<SpeculativeBench.Row> rows = sb.run(targetFile, draftFile);
        String md = sb.markdown(target.label(), draft.label(), rows);
        System.out.print("\n" + md);
        for (Path p : SpeculativeBench.write(Path.of(opt.get("out")), md, rows)) System.err.println("wrote " + p);
    }

    private static void rpc(Map<String, String> opt, BenchSettings settings, Path bin, BenchModels files, List<BenchModels.Model> models)
            throws Exception {
        BenchModels.Model rm = BenchModels.Model.byId(opt.getOrDefault("rpc-model", models.get(0).id()));
        List<RpcBench.Row> rows = new RpcBench(bin, settings).run(files.file(rm));
        String md = RpcBench.markdown(rm.label(), settings, rows);
        System.out.print("\n" + md);
        System.err.println("wrote " + RpcBench.write(Path.of(opt.get("out")), md));
    }

    /** One measured path: its name for the progress lines, and a round of it. */
    private record Measured(String name, java.util.function.IntFunction<List<Figure>> run) {}

    /** Joins the samples of the same model, path and test from several rounds. */
    static List<Figure> pool(List<Figure> figures) {
        Map<String, Figure> byKey = new LinkedHashMap<>();
        for (Figure f : figures) byKey.merge(f.model() + "|" + f.path() + "|" + f.test(), f, Figure::join);
        return List.copyOf(byKey.values());
    }

    private static boolean onOff(Map<String, String> opt, String name) {
        return switch (opt.get(name)) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new IllegalArgumentException("--" + name + " on|off");
        };
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opt = new LinkedHashMap<>(Map.of("models", "1b-q4_0,1b-q8_0,tiny", "threads", "2", "pp", "512",
                "tg", "128", "reps", "2", "rounds", "5", "bindings-path", "off", "in-jvm", "off", "out", "target/bench", "native-dir", "native"));
        opt.put("paired", "2");
        opt.put("jit-warm-up", "45");
        opt.put("parallel", "1,2,4,8");
        opt.put("parallel-tokens", "32");
        opt.put("rpc", "off");
        opt.put("speculative", "off"); // its 1B runs take half an hour on 2 cores: asked for by name
        opt.put("spec-target", "1b-q8_0");
        opt.put("spec-draft", "1b-q4_0");
        opt.put("spec-tokens", "128");
        opt.put("spec-draft-max", "8");
        opt.put("spec-reps", "3");
        opt.put("multimodal", "off");
        opt.put("mm-model", "1b-q4_0");
        opt.put("mm-projector", "vit-b16");
        opt.put("mm-tokens", "32");
        opt.put("mm-reps", "3");
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--") || i + 1 >= args.length) throw new IllegalArgumentException("expected --name value, got " + a);
            String name = a.substring(2);
            if (!opt.containsKey(name) && !name.equals("model-cache") && !name.equals("parallel-model") && !name.equals("rpc-model") && !name.equals("bin")) throw new IllegalArgumentException("unknown option " + a);
            opt.put(name, args[++i]);
        }
        return opt;
    }
}
