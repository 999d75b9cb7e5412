package io.github.llamaffm.eval;

import java.util.List;

/**
 * The outcome of {@link Perplexity#compute}: the final estimate as llama.cpp's
 * {@code llama-perplexity} prints it ({@code Final estimate: PPL = X +/- Y}) and the running
 * estimate after each chunk ({@code [1]X,[2]Y,...}).
 *
 * @param perplexity  {@code exp} of the mean negative log-likelihood of the scored tokens
 * @param error       its uncertainty: {@code perplexity * sqrt(var(nll) / (n - 1))}; NaN when the
 *                    variance is not positive (llama.cpp then prints an error instead)
 * @param tokens      tokens scored (per chunk: the second half of the context, less one)
 * @param chunks      chunks evaluated
 * @param contextSize tokens per chunk
 * @param running     the perplexity over the chunks so far, after each chunk (index 0: chunk 1)
 */
public record PerplexityResult(double perplexity, double error, int tokens, int chunks, int contextSize,
                               List<Double> running) {
    /**
     * Copies the list.
     *
     * @throws NullPointerException if {@code running} is null
     */
    public PerplexityResult {
        running = List.copyOf(running);
    }

    /**
     * The mean negative log-likelihood (natural log) of a scored token: {@code log(perplexity)}.
     *
     * @return nats per token
     */
    public double meanNll() {
        return Math.log(perplexity);
    }

    /**
     * The final estimate in llama.cpp's words, {@code PPL = X +/- Y} with its precision.
     *
     * @return the formatted estimate
     */
    public String format() {
        return String.format(java.util.Locale.ROOT, "PPL = %.4f +/- %.5f", perplexity, error);
    }
}
