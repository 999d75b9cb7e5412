package io.github.llamaffm.bench;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The statistics behind the ratios and verdicts, on made-up samples whose answers are known. */
class StatsTest {
    private static final String M = "m";

    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(2.0, Stats.median(new double[] {3, 1, 2}));
        assertEquals(2.5, Stats.median(new double[] {4, 1, 3, 2}));
        assertThrows(IllegalArgumentException.class, () -> Stats.median(new double[0]));
    }

    @Test
    void aPathThatIsAFixedFractionOfTheOtherInEveryRoundHasAnIntervalOfThatFractionAlone() {
        // the machine slows down and speeds up from round to round; the Java path is always 0.95 of native
        SplittableRandom random = new SplittableRandom(7);
        Figure base = null, java = null;
        for (int round = 0; round < 8; round++) {
            double speed = 20 * (0.8 + 0.4 * random.nextDouble());
            Figure b = Figure.ofRound(M, Figure.LLAMA_BENCH, "tg128", new double[] {speed, speed * 1.01}, round);
            Figure j = Figure.ofRound(M, Figure.JAVA_DECODE, "tg128", new double[] {speed * 0.95, speed * 1.01 * 0.95}, round);
            base = base == null ? b : base.join(b);
            java = java == null ? j : java.join(j);
        }
        assertTrue(Stats.byRounds(java, base));
        double[] i = Stats.ratioInterval(java, base);
        assertEquals(0.95, i[0], 1e-12);
        assertEquals(0.95, i[1], 1e-12);
    }

    @Test
    void noisySamplesGiveAnIntervalAroundTheTrueRatioThatNarrowsWithMoreRounds() {
        double[] few = interval(5), many = interval(60);
        assertTrue(few[0] < 1.0 && few[1] > 1.0, "5 rounds: " + few[0] + "–" + few[1]);
        assertTrue(many[0] < 1.0 && many[1] > 1.0, "60 rounds: " + many[0] + "–" + many[1]);
        assertTrue(many[1] - many[0] < few[1] - few[0], "more rounds, narrower interval");
    }

    /** Both paths equally fast, each sample off by up to ±8 %. */
    private static double[] interval(int rounds) {
        SplittableRandom random = new SplittableRandom(11);
        Figure base = null, java = null;
        for (int round = 0; round < rounds; round++) {
            Figure b = Figure.ofRound(M, Figure.LLAMA_BENCH, "tg128", new double[] {noisy(random), noisy(random)}, round);
            Figure j = Figure.ofRound(M, Figure.JAVA_DECODE, "tg128", new double[] {noisy(random), noisy(random)}, round);
            base = base == null ? b : base.join(b);
            java = java == null ? j : java.join(j);
        }
        return Stats.ratioInterval(java, base);
    }

    private static double noisy(SplittableRandom random) {
        return 20 * (0.92 + 0.16 * random.nextDouble());
    }

    @Test
    void fewerThanFiveRoundsDrawSamplesOneByOne() {
        Figure b = Figure.ofRound(M, Figure.LLAMA_BENCH, "tg128", new double[] {20, 21, 19, 20}, 0);
        Figure j = Figure.ofRound(M, Figure.JAVA_DECODE, "tg128", new double[] {20, 20.5, 19.5, 20}, 0);
        assertFalse(Stats.byRounds(j, b));
        double[] i = Stats.ratioInterval(j, b);
        assertTrue(i[0] <= 1.0 && i[1] >= 1.0 && i[1] - i[0] > 0, i[0] + "–" + i[1]);
        assertArrayEquals(i, Stats.ratioInterval(j, b), "seeded: the same samples, the same interval");
    }

    @Test
    void joiningKeepsEachSampleWithItsRoundAndRefusesAnotherFigure() {
        Figure a = Figure.ofRound(M, Figure.LLAMA_BENCH, "tg128", new double[] {1, 2}, 0);
        Figure b = Figure.ofRound(M, Figure.LLAMA_BENCH, "tg128", new double[] {3}, 4);
        Figure j = a.join(b);
        assertArrayEquals(new double[] {1, 2, 3}, j.samples());
        assertArrayEquals(new int[] {0, 0, 4}, j.rounds());
        assertThrows(IllegalArgumentException.class, () -> a.join(Figure.ofRound(M, Figure.JAVA_DECODE, "tg128", new double[] {1}, 1)));
        assertThrows(IllegalArgumentException.class, () -> new Figure(M, Figure.LLAMA_BENCH, "tg128", new double[] {1, 2}, new int[] {0}));
    }

    @Test
    void verdictsFollowTheIntervalNotJustTheMedian() {
        BenchSettings settings = new BenchSettings(2, 512, 128, 2, 2048, 512);
        List<Figure> figures = new java.util.ArrayList<>();
        SplittableRandom random = new SplittableRandom(3);
        for (int round = 0; round < 10; round++) {
            double speed = 20 * (0.9 + 0.2 * random.nextDouble());
            // tg: Java decode exactly as fast (met at 0.99); generate 0.90 of decode (missed at 0.98)
            figures.add(Figure.ofRound(M, Figure.LLAMA_BENCH, "tg128", new double[] {speed, speed}, round));
            figures.add(Figure.ofRound(M, Figure.JAVA_DECODE, "tg128", new double[] {speed, speed}, round));
            figures.add(Figure.ofRound(M, Figure.JAVA_GENERATE, "tg128", new double[] {speed * 0.9, speed * 0.9}, round));
            // pp: Java decode noisy around native: the interval straddles 0.98
            figures.add(Figure.ofRound(M, Figure.LLAMA_BENCH, "pp512", new double[] {60, 60}, round));
            figures.add(Figure.ofRound(M, Figure.JAVA_DECODE, "pp512", new double[] {60 * (0.85 + 0.3 * random.nextDouble()), 60 * (0.85 + 0.3 * random.nextDouble())}, round));
        }
        Report report = new Report(settings, Map.of(), BenchMain.pool(figures));
        assertEquals("met", report.verdict(M, Report.Target.ALL.get(1)).orElseThrow());
        assertEquals("missed", report.verdict(M, Report.Target.ALL.get(3)).orElseThrow());
        assertEquals("not settled", report.verdict(M, Report.Target.ALL.get(0)).orElseThrow());
        assertTrue(report.verdict(M, Report.Target.ALL.get(2)).isEmpty(), "no generate pp figure, no verdict");
        assertTrue(report.markdown().contains("| m | tg128 | java generate / java decode | ≥ 0.98 | 0.900 | 0.900–0.900 | missed |"), report.markdown());
    }

    @Test
    void theMedianOfASeriesGetsAnIntervalFromBlocksThatNarrowsWithMoreValues() {
        SplittableRandom random = new SplittableRandom(5);
        double[] few = new double[128], many = new double[2048];
        for (int i = 0; i < many.length; i++) {
            double v = 1 + 0.1 * (random.nextDouble() - 0.5);
            many[i] = v;
            if (i < few.length) few[i] = v;
        }
        double[] a = Stats.medianInterval(few, 16), b = Stats.medianInterval(many, 16);
        double m = Stats.median(few);
        assertTrue(a[0] <= m && m <= a[1], "the sample's own median " + m + " in " + a[0] + "–" + a[1]);
        assertTrue(b[0] < 1 && b[1] > 1, "2048 values around 1: " + b[0] + "–" + b[1]);
        assertTrue(b[1] - b[0] < a[1] - a[0], "128 values: " + (a[1] - a[0]) + ", 2048 values: " + (b[1] - b[0]));
        assertArrayEquals(new double[] {0.97, 0.97}, Stats.medianInterval(new double[] {0.97, 0.97, 0.97}, 2));
        assertThrows(IllegalArgumentException.class, () -> Stats.medianInterval(new double[0], 16));
        assertThrows(IllegalArgumentException.class, () -> Stats.medianInterval(new double[] {1}, 0));
    }

    @Test
    void pairedVerdictsReadTheSpeedRatioAgainstNinetyNinePercent() {
        double[] slower = new double[256], same = new double[256], noisy = new double[256];
        SplittableRandom random = new SplittableRandom(9);
        for (int i = 0; i < 256; i++) {
            slower[i] = 1.05; // API time 5 % over the bindings' in every pair
            same[i] = 1.0 + 0.001 * (random.nextDouble() - 0.5);
            noisy[i] = 1.0 + 0.4 * (random.nextDouble() - 0.5); // ± 20 %: 256 pairs cannot tell 1 % apart
        }
        assertEquals("missed", new Paired(Paired.Kind.API_VS_BINDINGS, slower, 105, 100).verdict());
        assertEquals("met", new Paired(Paired.Kind.API_VS_BINDINGS, same, 100, 100).verdict());
        assertEquals("not settled", new Paired(Paired.Kind.API_VS_BINDINGS, noisy, 100, 100).verdict());
        String summary = new Paired(Paired.Kind.API_VS_BINDINGS, slower, 105, 100).summary();
        assertTrue(summary.contains("median 0.9524") && summary.endsWith("missed"), summary);
    }

    @Test
    void pairedGenerateAgainstDecodeIsReadAgainstItsOwnTargetAndHalvesAreReported() {
        double[] slightlySlower = new double[128], evenSlower = new double[128];
        Arrays.fill(slightlySlower, 1.015); // generate 1.5 % over decode: within the 2 % asked of it, not within 1 %
        Arrays.fill(evenSlower, 1.03);
        Paired generate = new Paired(Paired.Kind.GENERATE_VS_DECODE, slightlySlower, 1015, 1000);
        assertEquals("met", generate.verdict());
        assertEquals("missed", new Paired(Paired.Kind.API_VS_BINDINGS, slightlySlower, 1015, 1000).verdict());
        Paired both = Paired.ofHalves(generate, new Paired(Paired.Kind.GENERATE_VS_DECODE, evenSlower, 1030, 1000));
        assertEquals(256, both.ratios().length);
        assertEquals(128, both.firstHalfPairs());
        assertEquals(2045, both.subjectNanos());
        String summary = both.summary();
        assertTrue(summary.startsWith("generate speed / decode-only speed, per token, paired (256 pairs)"), summary);
        assertTrue(summary.contains("medians 0.9852 with the generating context created first, 0.9709 with it created second"), summary);
        assertTrue(summary.endsWith("target ≥ 0.98: not settled"), summary);
    }

    @Test
    void pairedHalvesThatDisagreeLeaveTheVerdictOpen() {
        // each half tight, but on either side of the target: the set-up order moved the result
        // more than the pairs can resolve, whatever the pooled pairs' median says
        // (uneven halves, so that the pooled pairs alone would call it met)
        double[] fast = new double[384], slow = new double[128];
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 384; i++) fast[i] = 0.995 + 0.002 * random.nextDouble(); // API 0.3–0.5 % faster than the bindings
        for (int i = 0; i < 128; i++) slow[i] = 1.03 + 0.002 * random.nextDouble(); // 3 % slower
        Paired first = new Paired(Paired.Kind.API_VS_BINDINGS, fast, 996, 1000);
        Paired second = new Paired(Paired.Kind.API_VS_BINDINGS, slow, 1031, 1000);
        double[] all = new double[512];
        System.arraycopy(fast, 0, all, 0, 384);
        System.arraycopy(slow, 0, all, 384, 128);
        assertEquals("met", new Paired(Paired.Kind.API_VS_BINDINGS, all, 0, 0).verdict()); // the pooled pairs, halves unknown
        assertEquals("met", first.verdict());
        assertEquals("missed", second.verdict());
        Paired both = Paired.ofHalves(first, second);
        assertEquals("not settled", both.verdict());
        double[] i = both.interval();
        assertTrue(i[0] < 0.975 && i[1] > 1.0, i[0] + "–" + i[1]);
        assertTrue(both.summary().contains("spanning both halves'"), both.summary());
    }
}
