package io.github.llamaffm.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * Per-token times of two paths measured token by token, alternately, the order swapped every
 * token, so that the machine's drift hits both alike: a comparison far finer than separate runs
 * allow on a noisy machine. Each side has state of its own (a model copy, a context) whose
 * placement in memory alone can make it a little faster or slower, so the pairs run in two halves
 * with the subject's side set up first in one and second in the other; both halves' medians are
 * reported.
 *
 * @param kind           what is compared, and the target
 * @param ratios         subject time / baseline time, one per token pair, in the order measured
 * @param subjectNanos   all the subject's tokens together
 * @param baselineNanos  all the baseline's tokens together
 * @param firstHalfPairs how many of the leading pairs ran with the subject's side set up first
 *                       (the rest with it set up second)
 */
public record Paired(Kind kind, double[] ratios, long subjectNanos, long baselineNanos, int firstHalfPairs) {
    /** Tokens per block of the interval's bootstrap: neighbouring tokens share the machine's state. */
    static final int BLOCK = 8;

    /** What a paired measurement compares. */
    public enum Kind {
        /** {@code Batch} + {@code ctx.decode} against {@code llama_decode} through the generated bindings alone, each on a model copy of its own. */
        API_VS_BINDINGS("paired", "API decode speed / bindings-only decode speed", "java decode / bindings decode, token-paired", 0.99,
                "the API's model copy", "loaded"),
        /** A {@code ctx.generate} step (decode, sample, text) against a decode of the same token at the same position, two contexts of one model. */
        GENERATE_VS_DECODE("paired generate", "generate speed / decode-only speed", "java generate / java decode, token-paired", 0.98,
                "the generating context", "created");

        final String reportName;
        final String label;
        final String ratioName;
        final double target;
        final String subjectSide;
        final String setUp;

        Kind(String reportName, String label, String ratioName, double target, String subjectSide, String setUp) {
            this.reportName = reportName;
            this.label = label;
            this.ratioName = ratioName;
            this.target = target;
            this.subjectSide = subjectSide;
            this.setUp = setUp;
        }

        /**
         * The least speed ratio (baseline time / subject time) the subject should reach.
         *
         * @return the target
         */
        public double target() {
            return target;
        }

        /**
         * The measurement's name in the report, before the model's ({@code paired}, {@code paired generate}).
         *
         * @return the name
         */
        public String reportName() {
            return reportName;
        }

        /**
         * The ratio's name in the targets table, e.g. {@code java generate / java decode, token-paired}.
         *
         * @return the name
         */
        public String ratioName() {
            return ratioName;
        }
    }

    /**
     * Pairs of one half only (all with the subject's side set up first).
     *
     * @param kind          what is compared
     * @param ratios        subject time / baseline time, one per token pair
     * @param subjectNanos  all the subject's tokens together
     * @param baselineNanos all the baseline's tokens together
     */
    public Paired(Kind kind, double[] ratios, long subjectNanos, long baselineNanos) {
        this(kind, ratios, subjectNanos, baselineNanos, ratios.length);
    }

    /** The two halves as one measurement, the first half's pairs first. */
    static Paired ofHalves(Paired subjectFirst, Paired subjectSecond) {
        double[] all = new double[subjectFirst.ratios.length + subjectSecond.ratios.length];
        System.arraycopy(subjectFirst.ratios, 0, all, 0, subjectFirst.ratios.length);
        System.arraycopy(subjectSecond.ratios, 0, all, subjectFirst.ratios.length, subjectSecond.ratios.length);
        return new Paired(subjectFirst.kind, all, subjectFirst.subjectNanos + subjectSecond.subjectNanos,
                subjectFirst.baselineNanos + subjectSecond.baselineNanos, subjectFirst.ratios.length);
    }

    /**
     * The subject's speed as a fraction of the baseline's, per token pair (baseline time / subject
     * time), in the order measured.
     *
     * @return the speed ratios
     */
    public double[] speedRatios() {
        return Arrays.stream(ratios).map(r -> 1 / r).toArray();
    }

    /**
     * The median speed ratio (baseline time / subject time) over all pairs.
     *
     * @return the median
     */
    public double median() {
        return Stats.median(speedRatios());
    }

    /**
     * The 95 % interval of the median speed ratio, blocks of {@value #BLOCK} neighbouring pairs
     * drawn. With two halves, the span of both halves' intervals: the set-up order (which copy or
     * context came first, and where it landed in memory) is fixed within a half, so drawing pairs
     * cannot show how much it moves the result; only the two halves' disagreement can.
     *
     * @return {@code {low, high}}
     */
    public double[] interval() {
        double[] speed = speedRatios();
        if (firstHalfPairs == 0 || firstHalfPairs == speed.length) return Stats.medianInterval(speed, BLOCK);
        double[] a = Stats.medianInterval(Arrays.copyOfRange(speed, 0, firstHalfPairs), BLOCK);
        double[] b = Stats.medianInterval(Arrays.copyOfRange(speed, firstHalfPairs, speed.length), BLOCK);
        return new double[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])};
    }

    /**
     * What the pairs say of the kind's target: met when the {@link #interval()} lies at or above
     * it (with two halves: both halves' intervals), missed when below, not settled when it straddles.
     *
     * @return met, missed or not settled
     */
    public String verdict() {
        double[] i = interval();
        return i[0] >= kind.target ? "met" : i[1] < kind.target ? "missed" : "not settled";
    }

    /**
     * One line for the report.
     *
     * @return the text
     */
    public String summary() {
        double[] speed = speedRatios();
        double[] i = interval();
        String halves = firstHalfPairs == 0 || firstHalfPairs == speed.length ? ""
                : String.format(Locale.ROOT, " (medians %.4f with %s %s first, %.4f with it %s second)",
                        Stats.median(Arrays.copyOfRange(speed, 0, firstHalfPairs)), kind.subjectSide, kind.setUp,
                        Stats.median(Arrays.copyOfRange(speed, firstHalfPairs, speed.length)), kind.setUp);
        return String.format(Locale.ROOT, "%s, per token, paired (%d pairs): median %.4f "
                + "(95 %% interval %.4f–%.4f, blocks of %d tokens drawn%s)%s, all tokens together %.4f; target ≥ %.2f: %s",
                kind.label, ratios.length, Stats.median(speed), i[0], i[1], BLOCK, halves.isEmpty() ? "" : ", spanning both halves'", halves, (double) baselineNanos / subjectNanos,
                kind.target, verdict());
    }
}
