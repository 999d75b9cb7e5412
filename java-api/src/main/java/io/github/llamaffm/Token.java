package io.github.llamaffm;

import java.util.List;

/**
 * One generated token.
 *
 * @param id          the token id
 * @param text        the text that became complete at this token: whole UTF-8 characters only, so it
 *                    is empty while a multi-byte character is still open, and text that may belong to
 *                    a stop string is held back until it is known not to
 * @param logprob     the natural-log probability the model gave this token, from its raw logits
 *                    before the sampler chain changed them; NaN unless asked for with
 *                    {@link GenerateParams.Builder#logprobs(int)} (and for the held-back text that
 *                    ends a generation, which is no token)
 * @param topLogprobs the most likely tokens at this step with their log-probabilities, most likely
 *                    first (as many as asked for); empty unless asked for
 */
public record Token(int id, String text, double logprob, List<Logprob> topLogprobs) {
    /**
     * Validates and copies.
     *
     * @throws NullPointerException if {@code text} or {@code topLogprobs} is null
     */
    public Token {
        java.util.Objects.requireNonNull(text, "text");
        topLogprobs = List.copyOf(topLogprobs);
    }

    /**
     * A token without log-probabilities.
     *
     * @param id   the token id
     * @param text the text that became complete at this token
     * @throws NullPointerException if {@code text} is null
     */
    public Token(int id, String text) {
        this(id, text, Double.NaN, List.of());
    }

    /**
     * Whether this token carries its log-probability.
     *
     * @return true if {@link #logprob()} is set
     */
    public boolean hasLogprob() {
        return !Double.isNaN(logprob);
    }

    /**
     * The probability of this token ({@code exp(logprob)}), NaN unless log-probabilities were asked for.
     *
     * @return the probability
     */
    public double probability() {
        return Math.exp(logprob);
    }
}
