package io.github.llamaffm.speculative;

import io.github.llamaffm.Speculation;

/**
 * Speculative decoding by prompt lookup: the text's last tokens are looked up earlier in the
 * prompt and the generated text, and what followed their latest earlier occurrence is proposed; a
 * continuation that runs into the end of the text (a loop) continues with itself. Costs no model;
 * pays off when the output repeats the input (code edits, extraction, quoting) or itself.
 */
public final class PromptLookup {
    private PromptLookup() {
    }

    /**
     * Lookup of the last 4, 3 or 2 tokens (the longest found first), proposals of up to 10 tokens.
     *
     * @return the settings
     */
    public static Speculation of() {
        return of(2, 4);
    }

    /**
     * Lookup of n-grams of {@code maxNgram} down to {@code minNgram} tokens, the longest found
     * first; proposals of up to 10 tokens.
     *
     * @param minNgram shortest n-gram looked up, {@code >= 1}
     * @param maxNgram longest n-gram looked up, {@code minNgram .. 64}
     * @return the settings
     * @throws IllegalArgumentException if the bounds are out of range
     */
    public static Speculation of(int minNgram, int maxNgram) {
        if (minNgram < 1 || maxNgram < minNgram || maxNgram > 64) {
            throw new IllegalArgumentException("n-gram sizes must satisfy 1 <= min <= max <= 64: " + minNgram + ", " + maxNgram);
        }
        return Speculation.of(new PromptLookupProposer.Factory(minNgram, maxNgram)).withDraftLength(0, 10);
    }
}
