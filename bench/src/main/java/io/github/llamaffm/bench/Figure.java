package io.github.llamaffm.bench;

import java.util.Arrays;

/**
 * One measured figure: the speed of one test (e.g. {@code pp512}) on one model through one path,
 * as tokens per second for each repetition.
 *
 * @param model   the model's short name
 * @param path    how it was run: {@link #LLAMA_BENCH}, {@link #JAVA_DECODE}, {@link #JAVA_GENERATE}, {@link #JAVA_BINDINGS} or {@link #LLAMA_BENCH_IN_JVM}
 * @param test    {@code pp<N>} (prompt processing of N tokens) or {@code tg<N>} (generation of N tokens)
 * @param samples tokens per second of each repetition
 * @param rounds  the round each sample was measured in (same length as {@code samples}): rounds
 *                alternate the paths, so samples of one round of two paths saw the same machine
 */
public record Figure(String model, String path, String test, double[] samples, int[] rounds) {
    /** llama.cpp's own {@code llama-bench}. */
    public static final String LLAMA_BENCH = "llama-bench";
    /** llama-bench's own code called inside the benchmark's JVM ({@link InJvmLlamaBench}). */
    public static final String LLAMA_BENCH_IN_JVM = "llama-bench in JVM";
    /** The Java binding, decoding only (what llama-bench measures). */
    public static final String JAVA_DECODE = "java decode";
    /** The generated bindings alone, decoding only, with a ggml thread pool as llama-bench's: FFM without the API (optional). */
    public static final String JAVA_BINDINGS = "java bindings+pool";
    /** The Java API as a user runs it: {@code ctx.generate} with a sampler chain and detokenization. */
    public static final String JAVA_GENERATE = "java generate";

    /**
     * Copies the samples.
     *
     * @throws IllegalArgumentException if there are none, or not one round per sample
     */
    public Figure {
        if (samples.length == 0) throw new IllegalArgumentException("no samples for " + model + " " + path + " " + test);
        if (rounds.length != samples.length) throw new IllegalArgumentException("one round per sample: " + rounds.length + " for " + samples.length);
        samples = samples.clone();
        rounds = rounds.clone();
    }

    /**
     * A figure whose samples were all measured in one round.
     *
     * @param model   the model's short name
     * @param path    how it was run
     * @param test    the test
     * @param samples tokens per second of each repetition
     * @param round   the round
     * @return the figure
     */
    public static Figure ofRound(String model, String path, String test, double[] samples, int round) {
        int[] rounds = new int[samples.length];
        Arrays.fill(rounds, round);
        return new Figure(model, path, test, samples, rounds);
    }

    /**
     * This figure's samples followed by another's (the same model, path and test from other rounds).
     *
     * @param other the other figure
     * @return the joined figure
     * @throws IllegalArgumentException if the other is of another model, path or test
     */
    public Figure join(Figure other) {
        if (!model.equals(other.model) || !path.equals(other.path) || !test.equals(other.test)) {
            throw new IllegalArgumentException("cannot join " + other.model + " " + other.path + " " + other.test + " to " + model + " " + path + " " + test);
        }
        double[] s = Arrays.copyOf(samples, samples.length + other.samples.length);
        System.arraycopy(other.samples, 0, s, samples.length, other.samples.length);
        int[] r = Arrays.copyOf(rounds, rounds.length + other.rounds.length);
        System.arraycopy(other.rounds, 0, r, rounds.length, other.rounds.length);
        return new Figure(model, path, test, s, r);
    }

    /**
     * The median of the samples.
     *
     * @return tokens per second
     */
    public double median() {
        return Stats.median(samples);
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

    /**
     * The round of each sample.
     *
     * @return a copy
     */
    @Override
    public int[] rounds() {
        return rounds.clone();
    }

    private double[] sorted() {
        double[] s = samples.clone();
        Arrays.sort(s);
        return s;
    }
}
