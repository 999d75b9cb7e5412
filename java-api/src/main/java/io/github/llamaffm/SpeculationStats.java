package io.github.llamaffm;

/**
 * What speculative decoding did in one generation.
 *
 * @param steps    verification decodes that carried a proposal (a decode of the last token plus
 *                 the proposed ones)
 * @param drafted  proposed tokens that the target checked
 * @param accepted proposed tokens the target agreed with (each one a token that cost no decode
 *                 of its own)
 */
public record SpeculationStats(long steps, long drafted, long accepted) {
    /** Nothing drafted. */
    public static final SpeculationStats NONE = new SpeculationStats(0, 0, 0);

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if a count is negative or more were accepted than drafted
     */
    public SpeculationStats {
        if (steps < 0 || drafted < 0 || accepted < 0 || accepted > drafted) {
            throw new IllegalArgumentException("inconsistent counts: steps " + steps + ", drafted " + drafted + ", accepted " + accepted);
        }
    }

    /**
     * The share of proposed tokens the target accepted.
     *
     * @return {@code accepted / drafted}, 0 when nothing was drafted
     */
    public double acceptanceRate() {
        return drafted == 0 ? 0 : (double) accepted / drafted;
    }

    /**
     * The counts of this and another generation together.
     *
     * @param other the other counts
     * @return the sums
     */
    public SpeculationStats plus(SpeculationStats other) {
        return new SpeculationStats(steps + other.steps, drafted + other.drafted, accepted + other.accepted);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "SpeculationStats[steps %d, drafted %d, accepted %d (%.1f %%)]",
                steps, drafted, accepted, 100 * acceptanceRate());
    }
}
