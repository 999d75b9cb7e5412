package io.github.llamaffm.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.llamaffm.Batch;
import io.github.llamaffm.Cancellation;
import io.github.llamaffm.Completion;
import io.github.llamaffm.ContextParams;
import io.github.llamaffm.Device;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.Llama;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.ModelParams;
import io.github.llamaffm.SpecialTokens;
import io.github.llamaffm.StopReason;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code make gpu-check}: what needs an NVIDIA GPU, on the 1B benchmark model (random weights,
 * Q4_0), loaded twice: on the CPU ({@code gpuLayers 0}) and with every layer offloaded.
 * <ol>
 *   <li>devices: a CUDA device is registered ({@link Llama#gpuUnavailableReason()} is empty);</li>
 *   <li>greedy tokens, GPU against CPU, step by step. Kernels differ, so logits differ a little:
 *       what is compared is the argmax at each of 32 steps, which must agree except where the
 *       CPU's two best logits are within {@value #NEAR_TIE} of each other (a tie either side may
 *       break; the comparison stops there and says so), and the first step's logits, whose cosine
 *       similarity must be at least {@value #MIN_COSINE};</li>
 *   <li>embeddings (mean pooling) of a sentence: cosine similarity at least {@value #MIN_COSINE};</li>
 *   <li>a long prompt (8000 tokens) cancelled 20 ms into its decoding returns {@code CANCELLED}
 *       within a second (ggml's abort callback is polled by the CPU backend only: on CUDA a
 *       cancellation takes effect when the next micro-batch's CPU part, the token embedding
 *       lookup, runs);</li>
 *   <li>generation speed through the API (128 tokens, median of 3) against llama-bench
 *       {@code -ngl 99 -p 0 -n 128 -r 3} on the same file: the ratio is printed, not judged.</li>
 * </ol>
 * Prints one {@code PASS}/{@code FAIL} line per check; exits 1 when one failed.
 * Arguments: {@code --vocab FILE} (llama.cpp's ggml-vocab-llama-bpe.gguf), {@code --models DIR},
 * {@code --llama-bench FILE} (optional: without it, no speed comparison), {@code --threads N},
 * {@code --dry-run-on-cpu} (every step with the "GPU" model on the CPU too, to check the check
 * itself where there is no GPU; its results say nothing about a GPU).
 */
public final class GpuCheck {
    private static final float NEAR_TIE = 0.1f;
    private static final double MIN_COSINE = 0.999;
    private static boolean failed;

    private GpuCheck() {}

    /**
     * Runs the checks.
     *
     * @param args see the class comment
     * @throws Exception when a step cannot run at all
     */
    public static void main(String[] args) throws Exception {
        List<String> a = Arrays.asList(args);
        Path vocab = Path.of(option(a, "--vocab", null));
        Path models = Path.of(option(a, "--models", BenchModels.defaultDir().toString()));
        String bench = option(a, "--llama-bench", "");
        int threads = Integer.parseInt(option(a, "--threads", String.valueOf(Math.min(8, Runtime.getRuntime().availableProcessors()))));
        boolean dryRun = a.contains("--dry-run-on-cpu");
        int offload = dryRun ? 0 : -1;
        if (dryRun) System.out.println("DRY RUN ON THE CPU: checks the check, says nothing about a GPU");

        System.out.println(Llama.systemInfo());
        List<Device> gpus = Llama.devices().stream().filter(d -> d.type() == Device.Type.GPU).toList();
        for (Device d : Llama.devices()) {
            System.out.printf("device %s: %s (%s), %d MiB free of %d MiB%n", d.name(), d.description(), d.type(),
                    d.memoryFree() >> 20, d.memoryTotal() >> 20);
        }
        if (!dryRun) {
            report("a CUDA device", !gpus.isEmpty(), Llama.gpuUnavailableReason().orElse(gpus.size() + " GPU device(s)"));
            if (gpus.isEmpty()) System.exit(1);
        }

        Path model = new BenchModels(models, vocab, threads).file(BenchModels.Model.LLAMA32_1B_Q4_0);
        try (LlamaModel cpu = LlamaModel.load(model, ModelParams.builder().gpuLayers(0).build());
             LlamaModel gpu = LlamaModel.load(model, ModelParams.builder().gpuLayers(offload).build())) {
            greedy(cpu, gpu, threads);
            embeddings(cpu, gpu, threads);
            cancellation(gpu, threads);
            speed(gpu, model, bench, threads, offload);
        }
        System.out.println(failed ? "gpu-check: FAILED" : "gpu-check: all passed");
        System.exit(failed ? 1 : 0);
    }

    private static void greedy(LlamaModel cpu, LlamaModel gpu, int threads) {
        int[] prompt = cpu.vocab().tokenize("The quick brown fox jumps over the lazy dog because", SpecialTokens.ADD_AND_PARSE);
        ContextParams cp = ContextParams.builder().contextSize(256).threads(threads).build();
        try (LlamaContext c = cpu.newContext(cp); LlamaContext g = gpu.newContext(cp)) {
            float[] lc = step(c, prompt, 0), lg = step(g, prompt, 0);
            double cos = cosine(lc, lg);
            report("first-step logits, GPU vs CPU", cos >= MIN_COSINE, String.format("cosine %.6f, max |diff| %.4f", cos, maxDiff(lc, lg)));
            int pos = prompt.length, agreed = 0;
            String note = "all 32 steps agree";
            for (int i = 0; i < 32; i++) {
                int tc = argmax(lc), tg = argmax(lg);
                if (tc != tg) {
                    float margin = lc[tc] - second(lc, tc);
                    if (margin < NEAR_TIE) {
                        note = "agree for " + agreed + " steps, then a near tie on the CPU (margin " + margin + ")";
                        break;
                    }
                    report("greedy tokens, GPU vs CPU", false, "step " + i + ": CPU " + tc + ", GPU " + tg + ", CPU margin " + margin);
                    return;
                }
                agreed++;
                lc = step(c, new int[]{tc}, pos);
                lg = step(g, new int[]{tg}, pos);
                pos++;
            }
            report("greedy tokens, GPU vs CPU", true, note);
        }
    }

    /** Decodes {@code tokens} at {@code pos} and returns the last token's logits. */
    private static float[] step(LlamaContext ctx, int[] tokens, int pos) {
        try (Batch b = Batch.create(tokens.length)) {
            b.add(tokens, pos, 0, true);
            ctx.decode(b);
            MemorySegment l = ctx.logits(tokens.length - 1);
            return l.toArray(ValueLayout.JAVA_FLOAT);
        }
    }

    private static void embeddings(LlamaModel cpu, LlamaModel gpu, int threads) {
        ContextParams cp = ContextParams.builder().contextSize(256).threads(threads).embeddings(true)
                .pooling(ContextParams.Pooling.MEAN).build();
        try (LlamaContext c = cpu.newContext(cp); LlamaContext g = gpu.newContext(cp)) {
            String text = "Embeddings computed on two backends should point the same way.";
            double cos = cosine(c.embed(text), g.embed(text));
            report("embeddings, GPU vs CPU", cos >= MIN_COSINE, String.format("cosine %.6f", cos));
        }
    }

    private static void cancellation(LlamaModel gpu, int threads) throws InterruptedException {
        ContextParams cp = ContextParams.builder().contextSize(8192).batchSize(8192).threads(threads).build();
        int[] prompt = new int[8000];
        int[] words = gpu.vocab().tokenize("word ", SpecialTokens.NONE);
        Arrays.fill(prompt, words[words.length - 1]);
        try (LlamaContext ctx = gpu.newContext(cp)) {
            Cancellation cancel = new Cancellation();
            long[] cancelledAt = new long[1];
            Thread t = Thread.ofPlatform().start(() -> {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException ignored) {
                    return;
                }
                cancelledAt[0] = System.nanoTime();
                cancel.cancel();
            });
            long start = System.nanoTime();
            Completion r = ctx.generate(prompt, GenerateParams.builder().maxTokens(1).cancellation(cancel).build()).run();
            long end = System.nanoTime();
            t.join();
            double afterCancel = (end - Math.max(cancelledAt[0], start)) / 1e6;
            report("long prompt cancelled on the GPU", r.stopReason() == StopReason.CANCELLED && afterCancel < 1000,
                    String.format("stop reason %s, returned %.1f ms after cancel() (whole call %.1f ms)", r.stopReason(),
                            afterCancel, (end - start) / 1e6));
        }
    }

    private static void speed(LlamaModel gpu, Path model, String bench, int threads, int offload) throws Exception {
        double[] runs = new double[3];
        try (LlamaContext ctx = gpu.newContext(ContextParams.builder().contextSize(512).threads(threads).build())) {
            ctx.generate("Warm up", GenerateParams.builder().maxTokens(16).build()).run();
            for (int i = 0; i < runs.length; i++) {
                ctx.memory().clear();
                int n = 0;
                long afterFirst = 0;
                // Timed from the first token on, as llama-bench's tg times single-token decodes only.
                for (var ignored : ctx.generate(new int[]{gpu.vocab().bos()}, GenerateParams.builder().maxTokens(129).build())) {
                    if (n++ == 0) afterFirst = System.nanoTime();
                }
                runs[i] = (n - 1) / ((System.nanoTime() - afterFirst) / 1e9);
            }
        }
        Arrays.sort(runs);
        double java = runs[1];
        if (bench.isEmpty()) {
            report("generation speed (API)", true, String.format("%.1f tokens/s (no llama-bench given)", java));
            return;
        }
        Process p = new ProcessBuilder(bench, "-m", model.toString(), "-ngl", offload == 0 ? "0" : "99", "-p", "0", "-n", "128",
                "-r", "3", "-t", String.valueOf(threads), "-o", "json")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String json = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
            report("generation speed vs llama-bench", false, "llama-bench failed: " + json);
            return;
        }
        JsonNode root = new ObjectMapper().readTree(json);
        double native_ = root.get(0).get("avg_ts").asDouble();
        report("generation speed vs llama-bench", true, String.format("API %.1f tokens/s, llama-bench %.1f tokens/s, ratio %.3f",
                java, native_, java / native_));
    }

    private static String option(List<String> a, String name, String fallback) {
        int i = a.indexOf(name);
        if (i >= 0 && i + 1 < a.size()) return a.get(i + 1);
        if (fallback == null) throw new IllegalArgumentException("missing " + name);
        return fallback;
    }

    private static void report(String what, boolean ok, String detail) {
        if (!ok) failed = true;
        System.out.println((ok ? "PASS " : "FAIL ") + what + ": " + detail);
    }

    private static int argmax(float[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) if (v[i] > v[best]) best = i;
        return best;
    }

    private static float second(float[] v, int top) {
        float s = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < v.length; i++) if (i != top && v[i] > s) s = v[i];
        return s;
    }

    private static double cosine(float[] x, float[] y) {
        double dot = 0, nx = 0, ny = 0;
        for (int i = 0; i < x.length; i++) {
            dot += (double) x[i] * y[i];
            nx += (double) x[i] * x[i];
            ny += (double) y[i] * y[i];
        }
        return dot / Math.sqrt(nx * ny);
    }

    private static double maxDiff(float[] x, float[] y) {
        double m = 0;
        for (int i = 0; i < x.length; i++) m = Math.max(m, Math.abs(x[i] - y[i]));
        return m;
    }
}
