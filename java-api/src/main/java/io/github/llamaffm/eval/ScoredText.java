package io.github.llamaffm.eval;

import io.github.llamaffm.Logprob;

import java.util.List;

/**
 * The log-probabilities a model gives a continuation after a prompt, from {@link Scoring}.
 *
 * @param promptTokens how many tokens the prompt had
 * @param tokens       the continuation's tokens, each with the natural-log probability the model
 *                     gave it after the prompt and the continuation's earlier tokens
 * @param logprob      their sum: the log-probability of the whole continuation
 * @param greedy       whether every continuation token was the model's most likely choice (what
 *                     greedy decoding would have produced)
 */
public record ScoredText(int promptTokens, List<Logprob> tokens, double logprob, boolean greedy) {
    /**
     * Copies the list.
     *
     * @throws NullPointerException if {@code tokens} is null
     */
    public ScoredText {
        tokens = List.copyOf(tokens);
    }

    /**
     * The perplexity of the continuation: {@code exp(-logprob / tokens)}.
     *
     * @return the perplexity, NaN for no tokens
     */
    public double perplexity() {
        return tokens.isEmpty() ? Double.NaN : Math.exp(-logprob / tokens.size());
    }
}
