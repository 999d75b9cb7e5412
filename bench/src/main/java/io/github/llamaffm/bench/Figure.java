package io.github.llamaffm.bench;

import java.util.Arrays;

/**
 * One measured figure: the speed of one test (e.g. {@code pp512}) on one model through one path,
 * as tokens per second for each repetition.
 *
 * @param model   the model's short name
 * @param path    how it was run: {@link #LLAMA_BENCH}, {@link #JAVA_DECODE}, {@link #JAVA_GENERATE} or {@link #JAVA_BINDINGS}
 * @param test    {@code pp<N>} (prompt processing of N tokens) or {@code tg<N>} (generation of N tokens)
 * @param samples tokens per second of each repetition
 */
public record Figure(String model, String path, String test, double[] samples) {
    /** llama.cpp's own {@code llama-bench}. */
    public static final String LLAMA_BENCH = "llama-bench";
    /** The Java binding, decoding only (what llama-bench measures). */
    public static final String JAVA_DECODE = "java decode";
    /** The generated bindings alone, decoding only, with a ggml thread pool as llama-bench's (optional). */
    public static final String JAVA_BINDINGS = "java bindings+pool";
    /** The Java API as a user runs it: {@code ctx.generate} with a sampler chain and detokenization. */
    public static final String JAVA_GENERATE = "java generate";

    /**
     * Copies the samples.
     *
     * @throws IllegalArgumentException if there are none
     */
    public Figure {
        if (samples.length == 0) throw new IllegalArgumentException("no samples for " + model + " " + path + " " + test);
        samples = samples.clone();
    }

    /**
     * The median of the samples.
     *
     * @return tokens per second
     */
    public double median() {
        double[] s = sorted();
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    /**
     * The slowest repetition.
     *
     * @return tokens per second
     */
    public double min() {
        return sorted()[0];
    }

    /**
     * The fastest repetition.
     *
     * @return tokens per second
     */
    public double max() {
        double[] s = sorted();
        return s[s.length - 1];
    }

    /**
     * The spread: (fastest - slowest) / median, in percent.
     *
     * @return percent
     */
    public double spreadPercent() {
        return 100 * (max() - min()) / median();
    }

    /**
     * The samples in the order measured.
     *
     * @return a copy
     */
    @Override
    public double[] samples() {
        return samples.clone();
    }

    private double[] sorted() {
        double[] s = samples.clone();
        Arrays.sort(s);
        return s;
    }
}
