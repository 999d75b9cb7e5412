package io.github.llamaffm.eval;

/**
 * A statistic and its uncertainty (one standard error), as llama.cpp's perplexity program prints
 * them ({@code value ± error}).
 *
 * @param value the estimate
 * @param error its standard error; 0 when too few values to tell, NaN when it cannot be computed
 */
public record Estimate(double value, double error) {
    @Override
    public String toString() {
        return value + " ± " + error;
    }
}
