package io.github.llamaffm.bench;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Medians, and how sure a ratio of two medians is: a bootstrap interval. On a small shared
 * machine the speed of one sample moves by several percent, so a ratio without its interval
 * says little about a 1 % target.
 */
public final class Stats {
    /** Resamples per interval: enough for stable 2.5 / 97.5 percentiles. */
    static final int RESAMPLES = 4000;
    /** Below this many rounds, samples are resampled one by one instead of round by round. */
    static final int MIN_ROUNDS = 5;

    private Stats() {}

    /**
     * The median.
     *
     * @param values at least one value
     * @return the median (the mean of the middle two for an even count)
     * @throws IllegalArgumentException if there are no values
     */
    public static double median(double[] values) {
        if (values.length == 0) throw new IllegalArgumentException("no values");
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    /**
     * The values rounded for a table.
     *
     * @param values   the values
     * @param decimals digits after the decimal point
     * @return a new array of the rounded values
     */
    public static double[] round(double[] values, int decimals) {
        double scale = Math.pow(10, decimals);
        return Arrays.stream(values).map(x -> Math.round(x * scale) / scale).toArray();
    }

    /**
     * A 95 % bootstrap interval of {@code median(of) / median(base)}.
     *
     * <p>When both figures share at least {@value #MIN_ROUNDS} rounds, whole rounds are drawn
     * (the same rounds for both figures), so that a slow spell of the machine, which hits every
     * path of a round, widens the interval as it should. Otherwise each figure's samples are
     * drawn on their own. The draw is seeded: the same samples give the same interval.
     *
     * @param of   the numerator's samples
     * @param base the denominator's samples
     * @return {@code {low, high}}
     */
    public static double[] ratioInterval(Figure of, Figure base) {
        int[] rounds = sharedRounds(of, base);
        SplittableRandom random = new SplittableRandom(20261123L);
        double[] ratios = new double[RESAMPLES];
        if (rounds.length >= MIN_ROUNDS) {
            double[][] ofBy = byRound(of, rounds), baseBy = byRound(base, rounds);
            for (int b = 0; b < RESAMPLES; b++) {
                int[] pick = new int[rounds.length];
                for (int i = 0; i < pick.length; i++) pick[i] = random.nextInt(rounds.length);
                ratios[b] = median(concat(ofBy, pick)) / median(concat(baseBy, pick));
            }
        } else {
            double[] a = of.samples(), c = base.samples();
            for (int b = 0; b < RESAMPLES; b++) ratios[b] = median(draw(a, random)) / median(draw(c, random));
        }
        return middle95(ratios);
    }

    /**
     * A 95 % bootstrap interval of the median of a series in time order (per-token ratios of a
     * paired measurement): blocks of {@code block} consecutive values are drawn, so that values
     * that move together (a slow spell of the machine) are drawn together. Seeded.
     *
     * @param series the values, in the order they were measured
     * @param block  values per block (at least 1; the last block may be shorter)
     * @return {@code {low, high}}
     * @throws IllegalArgumentException if there are no values or {@code block < 1}
     */
    public static double[] medianInterval(double[] series, int block) {
        if (series.length == 0 || block < 1) throw new IllegalArgumentException("no values, or a block under 1");
        int blocks = (series.length + block - 1) / block;
        double[][] byBlock = new double[blocks][];
        for (int b = 0; b < blocks; b++) byBlock[b] = Arrays.copyOfRange(series, b * block, Math.min(series.length, (b + 1) * block));
        SplittableRandom random = new SplittableRandom(20261123L);
        double[] medians = new double[RESAMPLES];
        int[] pick = new int[blocks];
        for (int r = 0; r < RESAMPLES; r++) {
            for (int i = 0; i < blocks; i++) pick[i] = random.nextInt(blocks);
            medians[r] = median(concat(byBlock, pick));
        }
        return middle95(medians);
    }

    /**
     * Whether {@link #ratioInterval} draws whole rounds for these figures.
     *
     * @param of   the numerator
     * @param base the denominator
     * @return true when they share at least {@value #MIN_ROUNDS} rounds
     */
    public static boolean byRounds(Figure of, Figure base) {
        return sharedRounds(of, base).length >= MIN_ROUNDS;
    }

    /** The rounds in which both figures have samples, ascending. */
    private static int[] sharedRounds(Figure of, Figure base) {
        TreeSet<Integer> shared = new TreeSet<>();
        for (int r : of.rounds()) shared.add(r);
        TreeSet<Integer> baseRounds = new TreeSet<>();
        for (int r : base.rounds()) baseRounds.add(r);
        shared.retainAll(baseRounds);
        return shared.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The 2.5th and 97.5th percentiles of {@link #RESAMPLES} draws (sorts them in place). */
    private static double[] middle95(double[] draws) {
        Arrays.sort(draws);
        return new double[] {draws[(int) (0.025 * RESAMPLES)], draws[(int) (0.975 * RESAMPLES) - 1]};
    }

    private static double[][] byRound(Figure f, int[] rounds) {
        double[] s = f.samples();
        int[] r = f.rounds();
        double[][] out = new double[rounds.length][];
        for (int i = 0; i < rounds.length; i++) {
            int round = rounds[i];
            out[i] = IntStream.range(0, s.length).filter(k -> r[k] == round).mapToDouble(k -> s[k]).toArray();
        }
        return out;
    }

    private static double[] concat(double[][] groups, int[] pick) {
        return Arrays.stream(pick).mapToObj(i -> groups[i]).flatMapToDouble(Arrays::stream).toArray();
    }

    private static double[] draw(double[] values, SplittableRandom random) {
        double[] d = new double[values.length];
        for (int i = 0; i < d.length; i++) d[i] = values[random.nextInt(values.length)];
        return d;
    }
}
