package io.github.llamaffm.tests;

import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.Quantization;
import io.github.llamaffm.eval.KlDivergence;
import io.github.llamaffm.eval.KlDivergenceResult;
import io.github.llamaffm.eval.Perplexity;
import io.github.llamaffm.eval.PerplexityResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Perplexity and KL divergence from the Java API equal what llama.cpp's own {@code llama-perplexity}
 * prints for the same model, text and settings, to its printed precision; the KL-divergence base
 * files of each side are read by the other.
 */
class PerplexityOracleTest {
    private static final Pattern FINAL = Pattern.compile("Final estimate: PPL = ([0-9.]+) \\+/- ([0-9.]+)");
    private static final Pattern CHUNK = Pattern.compile("\\[(\\d+)\\]([0-9.]+),");
    private static final int THREADS = 2;

    private static Path program() {
        Path p = EvalModels.perplexityProgram();
        assumeTrue(p != null, "llama-perplexity was not built");
        return p;
    }

    private static Path textFile(Path dir, String text) throws Exception {
        Path f = dir.resolve("text.txt");
        Files.writeString(f, text); // no newline at the end: llama-perplexity would drop one
        return f;
    }

    /** The same final estimate and the same running estimate per chunk, on several models and settings. */
    @ParameterizedTest(name = "{0}: -c {1} -b {2} --chunks {3}")
    @CsvSource({
            "spm,   128, 512,  3",   // three chunks in one decode (four sequences)
            "spm,   128, 64,   2",   // two decodes per chunk
            "gpt2,  64,  2048, 5",   // no BOS; the batch clamped to the context of 32 sequences
            "gpt2,  100, 100,  -1",  // an odd context, one chunk per decode, all chunks
            "spm,   100, 64,   2",   // two decodes per chunk, the second shorter
            "bpe16, 96,  200,  3"})  // 128k vocabulary, F16, two sequences per decode
    void perplexityEqualsLlamaPerplexity(String model, int c, int b, int chunks, @TempDir Path dir) throws Exception {
        Path prog = program();
        Path modelPath = EvalModels.model(model);
        String text = EvalModels.text(chunks < 0 ? 2500 : 6000);
        Path file = textFile(dir, text);
        List<String> cmd = new ArrayList<>(List.of(prog.toString(), "-m", modelPath.toString(), "-f", file.toString(),
                "-c", "" + c, "-b", "" + b, "-t", "" + THREADS));
        if (chunks > 0) cmd.addAll(List.of("--chunks", "" + chunks));
        String out = EvalModels.runUntil("Final estimate", cmd.toArray(String[]::new));
        Matcher m = FINAL.matcher(out);
        assertTrue(m.find(), out);
        List<String> cppChunks = new ArrayList<>();
        Matcher cm = CHUNK.matcher(out);
        while (cm.find()) cppChunks.add(cm.group(2));

        List<Double> seen = new ArrayList<>();
        Perplexity.Builder pb = Perplexity.builder().contextSize(c).batchSize(b).threads(THREADS)
                .listener((chunk, all, ppl) -> seen.add(ppl));
        if (chunks > 0) pb.chunks(chunks);
        PerplexityResult r;
        try (LlamaModel lm = LlamaModel.load(modelPath)) {
            r = pb.build().compute(lm, text);
        }
        System.out.printf("%s -c %d -b %d --chunks %d: llama-perplexity %s +/- %s, java %s%n", model, c, b, chunks,
                m.group(1), m.group(2), r.format());
        assertEquals(m.group(1), String.format(Locale.ROOT, "%.4f", r.perplexity()), out);
        assertEquals(m.group(2), String.format(Locale.ROOT, "%.5f", r.error()), out);
        assertEquals(cppChunks.size(), r.chunks());
        assertEquals(r.running(), seen);
        for (int i = 0; i < cppChunks.size(); i++) {
            assertEquals(cppChunks.get(i), String.format(Locale.ROOT, "%.4f", r.running().get(i)), "chunk " + (i + 1));
        }
        assertEquals(r.chunks() * (c - 1 - c / 2), r.tokens());
    }

    /** The statistics block of llama-perplexity's output, from "====== Perplexity statistics" to "Same top p". */
    private static String statistics(String out) {
        int from = out.indexOf("====== Perplexity statistics ======");
        assertTrue(from >= 0, out);
        int to = out.indexOf('\n', out.indexOf("Same top p:", from));
        return out.substring(from, to + 1);
    }

    /**
     * Quantizations compared with their F32 original: Java's statistics are llama.cpp's, line for
     * line, whichever side wrote the base file. Q8_0 and Q4_0 run where llama-ffm's loader and
     * native/oracles.sh pass over the sapphirerapids variant (its AMX kernels die of SIGILL).
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"spm, F16, 128, 512, 2", "spm, Q8_0, 128, 64, 2", "gpt2, Q5_0, 128, 64, 2", "bpe16, BF16, 64, 128, 4", "bpe16, Q4_0, 64, 128, 4"})
    void klDivergenceEqualsLlamaPerplexity(String model, Quantization q, int c, int b, int chunks, @TempDir Path dir) throws Exception {
        Path prog = program();
        Path base = EvalModels.model(model);
        Path quant = dir.resolve("q.gguf");
        q.quantize(base, quant, THREADS);
        String text = EvalModels.text(6000);
        Path file = textFile(dir, text);
        Path cppBase = dir.resolve("cpp.kld"), javaBase = dir.resolve("java.kld");
        String baseOut = EvalModels.runUntil("Final estimate", prog.toString(), "-m", base.toString(), "-f", file.toString(), "-c", "" + c, "-b", "" + b,
                "-t", "" + THREADS, "--chunks", "" + chunks, "--kl-divergence-base", cppBase.toString());
        PerplexityResult pr;
        try (LlamaModel lm = LlamaModel.load(base)) {
            pr = Perplexity.builder().contextSize(c).batchSize(b).threads(THREADS).chunks(chunks).saveLogits(javaBase).build()
                    .compute(lm, text);
        }
        Matcher m = FINAL.matcher(baseOut);
        assertTrue(m.find(), baseOut);
        assertEquals(m.group(1), String.format(Locale.ROOT, "%.4f", pr.perplexity()));
        byte[] cb = Files.readAllBytes(cppBase), jb = Files.readAllBytes(javaBase);
        assertEquals(cb.length, jb.length, "base file sizes");
        int differing = 0;
        for (int i = 0; i < cb.length; i++) if (cb[i] != jb[i]) differing++;
        System.out.println(model + " " + q + ": base files of " + cb.length + " bytes differ in " + differing);
        int header = 20 + 4 * chunks * c;
        assertEquals(java.util.Arrays.toString(java.util.Arrays.copyOf(cb, header)), java.util.Arrays.toString(java.util.Arrays.copyOf(jb, header)),
                "header and tokens");

        String cppOnCpp = statistics(EvalModels.runUntil("Same top p:", prog.toString(), "-m", quant.toString(), "-c", "" + c, "-b", "" + b,
                "-t", "" + THREADS, "--kl-divergence", "--kl-divergence-base", cppBase.toString()));
        String cppOnJava = statistics(EvalModels.runUntil("Same top p:", prog.toString(), "-m", quant.toString(), "-c", "" + c, "-b", "" + b,
                "-t", "" + THREADS, "--kl-divergence", "--kl-divergence-base", javaBase.toString()));
        KlDivergenceResult onCpp, onJava;
        List<KlDivergence.Progress> progress = new ArrayList<>();
        try (LlamaModel lm = LlamaModel.load(quant)) {
            KlDivergence kl = KlDivergence.builder().batchSize(b).threads(THREADS).listener(progress::add).build();
            onCpp = kl.compute(lm, cppBase);
            onJava = kl.compute(lm, javaBase);
        }
        System.out.println(model + " " + q + " llama-perplexity:\n" + cppOnCpp + "java:\n" + onCpp.report());
        assertEquals(cppOnCpp, onCpp.report(), "llama.cpp's base file");
        assertEquals(cppOnJava, onJava.report(), "Java's base file read by llama.cpp and by Java");
        assertEquals(2 * chunks, progress.size());
        assertEquals(2, progress.get(1).chunk());
        assertEquals(chunks * (c - 1 - c / 2), onCpp.tokens());
        // F16 of the near-uniform tiny model moves no probability measurably; the others do
        if (!model.equals("spm")) assertTrue(onCpp.kld().value() > 1e-6 && onCpp.sameTop().value() < 1, onCpp.toString());
    }

    /** The model itself against its own base file: no divergence, every top token the same. */
    @Test
    void aModelAgainstItselfDivergesByNothing(@TempDir Path dir) {
        Path base = dir.resolve("self.kld");
        try (LlamaModel lm = LlamaModel.load(EvalModels.model("spm"))) {
            PerplexityResult pr = Perplexity.builder().contextSize(64).threads(THREADS).chunks(4).saveLogits(base).build()
                    .compute(lm, EvalModels.text(4000));
            KlDivergenceResult r = KlDivergence.builder().threads(THREADS).build().compute(lm, base);
            assertEquals(1.0, r.sameTop().value());
            assertTrue(Math.abs(r.kld().value()) < 1e-4, r.report());
            assertEquals(pr.perplexity(), r.perplexity().value(), 1e-9 * pr.perplexity());
            assertEquals(1.0, r.pplRatio().value(), 1e-3);
        }
    }
}
