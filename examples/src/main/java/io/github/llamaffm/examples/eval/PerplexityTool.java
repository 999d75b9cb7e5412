package io.github.llamaffm.examples.eval;

import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.eval.KlDivergence;
import io.github.llamaffm.eval.KlDivergenceResult;
import io.github.llamaffm.eval.Perplexity;
import io.github.llamaffm.eval.PerplexityResult;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code make perplexity MODEL=model.gguf FILE=text.txt [ARGS="-c 512 -b 2048 --chunks 20 -t 4"]}:
 * the perplexity of a text file under a model through the Java API, with llama.cpp's
 * {@code llama-perplexity} options and output ({@code [1]X,[2]Y,...} and
 * {@code Final estimate: PPL = X +/- Y}). {@code --kl-divergence-base FILE} also saves the
 * reference log-probabilities; with {@code --kl-divergence} it reads them instead and prints the KL
 * divergence statistics (no text file needed then).
 */
public final class PerplexityTool {
    private PerplexityTool() {}

    /**
     * Runs the tool.
     *
     * @param args {@code -m MODEL [-f FILE] [-c N] [-b N] [--chunks N] [-t N] [--kl-divergence-base FILE] [--kl-divergence]}
     * @throws Exception if a file cannot be read or the computation fails
     */
    public static void main(String[] args) throws Exception {
        Path model = null, file = null, base = null;
        int c = 512, b = 2048, chunks = -1, threads = Runtime.getRuntime().availableProcessors();
        boolean kl = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-m", "--model" -> model = Path.of(args[++i]);
                case "-f", "--file" -> file = Path.of(args[++i]);
                case "-c", "--ctx-size" -> c = Integer.parseInt(args[++i]);
                case "-b", "--batch-size" -> b = Integer.parseInt(args[++i]);
                case "--chunks" -> chunks = Integer.parseInt(args[++i]);
                case "-t", "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--kl-divergence-base" -> base = Path.of(args[++i]);
                case "--kl-divergence" -> kl = true;
                default -> {
                    System.err.println("unknown option " + args[i]);
                    usage();
                    return;
                }
            }
        }
        if (model == null || (file == null && !kl) || (kl && base == null)) {
            usage();
            return;
        }
        try (LlamaModel m = LlamaModel.load(model)) {
            if (kl) {
                KlDivergenceResult r = KlDivergence.builder().batchSize(b).threads(threads)
                        .listener(p -> {
                            if (p.chunk() == 1) {
                                System.out.println("chunk             PPL               ln(PPL(Q)/PPL(base))          KL Divergence"
                                        + "              Δp RMS            Same top p");
                            }
                            // C prints a NaN as "-nan" (the sign of x86's default NaN)
                            System.out.print(String.format(Locale.ROOT, "%4d    %9.4f ± %9.4f    %10.5f ± %10.5f    %10.5f ± %10.5f    %6.3f ± %6.3f %%    %6.3f ± %6.3f %%%n",
                                    p.chunk(), p.perplexity().value(), p.perplexity().error(), p.logPplRatio().value(), p.logPplRatio().error(),
                                    p.kld().value(), p.kld().error(), 100 * p.rmsDeltaP().value(), 100 * p.rmsDeltaP().error(),
                                    100 * p.sameTop().value(), 100 * p.sameTop().error()).replace(" NaN", "-nan"));
                        })
                        .build().compute(m, base);
                System.out.println();
                System.out.print(r.report());
                return;
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (text.endsWith("\n")) text = text.substring(0, text.length() - 1); // as llama-perplexity reads -f
            Perplexity.Builder pb = Perplexity.builder().contextSize(c).batchSize(b).threads(threads)
                    .listener((chunk, all, ppl) -> {
                        System.out.printf(Locale.ROOT, "[%d]%.4f,", chunk, ppl);
                        System.out.flush();
                    });
            if (chunks > 0) pb.chunks(chunks);
            if (base != null) pb.saveLogits(base);
            long t0 = System.nanoTime();
            PerplexityResult r = pb.build().compute(m, text);
            System.out.println();
            System.out.printf(Locale.ROOT, "Final estimate: %s%n", r.format());
            System.out.printf(Locale.ROOT, "(%d chunks of %d tokens, %d tokens scored, %.1f s)%n", r.chunks(), r.contextSize(), r.tokens(),
                    (System.nanoTime() - t0) / 1e9);
        }
    }

    private static void usage() {
        System.err.println("usage: make perplexity MODEL=model.gguf FILE=text.txt [ARGS=\"-c 512 -b 2048 --chunks N -t N"
                + " [--kl-divergence-base base.kld]\"]\n"
                + "       make perplexity MODEL=quantized.gguf ARGS=\"--kl-divergence --kl-divergence-base base.kld\"");
    }
}
