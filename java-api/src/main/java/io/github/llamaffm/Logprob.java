package io.github.llamaffm;

/**
 * A token and the natural-log probability a model gave it at one step (an alternative in
 * {@link Token#topLogprobs()}, or a scored token).
 *
 * @param id      the token id
 * @param piece   the token's text as the vocabulary spells it (special tokens rendered; a piece of
 *                a multi-byte character shows as U+FFFD)
 * @param logprob its log-probability, {@code <= 0}
 */
public record Logprob(int id, String piece, double logprob) {
    /**
     * Validates.
     *
     * @throws NullPointerException if {@code piece} is null
     */
    public Logprob {
        java.util.Objects.requireNonNull(piece, "piece");
    }
}
