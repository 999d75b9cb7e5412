package io.github.llamaffm.eval;

import java.util.Arrays;

/**
 * The values of a per-token statistic (a KL divergence, a probability difference), sorted, with
 * the order statistics llama.cpp's perplexity program prints: minimum, maximum, median and
 * percentiles interpolated between neighbours as it does (in float). Immutable.
 */
public final class Distribution {
    private final float[] sorted;

    Distribution(float[] values) {
        this.sorted = values.clone();
        Arrays.sort(sorted);
    }

    /**
     * How many values.
     *
     * @return the count
     */
    public int count() {
        return sorted.length;
    }

    /**
     * The smallest value.
     *
     * @return the minimum
     * @throws IllegalStateException if there are no values
     */
    public double min() {
        check();
        return sorted[0];
    }

    /**
     * The largest value.
     *
     * @return the maximum
     * @throws IllegalStateException if there are no values
     */
    public double max() {
        check();
        return sorted[sorted.length - 1];
    }

    /**
     * The median: the middle value, or the mean of the two middle values.
     *
     * @return the median
     * @throws IllegalStateException if there are no values
     */
    public double median() {
        check();
        int n = sorted.length;
        return n % 2 == 0 ? 0.5f * (sorted[n / 2] + sorted[n / 2 - 1]) : sorted[n / 2];
    }

    /**
     * The value below which {@code fraction} of the values lie, interpolated linearly between the
     * two nearest ranks ({@code fraction * (count - 1)}, computed in float as llama.cpp does).
     *
     * @param fraction from 0 (the minimum) to 1 (the maximum)
     * @return the percentile
     * @throws IllegalStateException if there are no values
     */
    public double percentile(double fraction) {
        check();
        float f = (float) fraction;
        if (f <= 0) return sorted[0];
        if (f >= 1) return sorted[sorted.length - 1];
        float p = f * (float) (sorted.length - 1);
        int ip = (int) p;
        p -= ip;
        return (1 - p) * sorted[ip] + p * sorted[Math.min(ip + 1, sorted.length - 1)];
    }

    /**
     * A copy of the sorted values.
     *
     * @return the values, ascending
     */
    public float[] values() {
        return sorted.clone();
    }

    private void check() {
        if (sorted.length == 0) throw new IllegalStateException("no values");
    }

    @Override
    public String toString() {
        return sorted.length == 0 ? "Distribution[empty]"
                : "Distribution[n=" + sorted.length + ", min=" + min() + ", median=" + median() + ", max=" + max() + "]";
    }
}
