package io.github.llamaffm.speculative;

import io.github.llamaffm.Proposer;

/**
 * Prompt lookup decoding: the last {@code n} tokens (n from {@code maxNgram} down to
 * {@code minNgram}) are searched for earlier in the text, latest occurrence first, and the tokens
 * that followed that occurrence are proposed. When the continuation runs into the end of the
 * text (a repeating cycle), it continues with the proposal itself, so a loop of period p is
 * proposed in full.
 *
 * <p>Cost: a backward scan of the text per step, at most {@code length * maxNgram} comparisons
 * and no allocation.
 */
final class PromptLookupProposer implements Proposer {
    private final int minNgram, maxNgram;

    PromptLookupProposer(int minNgram, int maxNgram) {
        this.minNgram = minNgram;
        this.maxNgram = maxNgram;
    }

    @Override
    public int propose(int[] tokens, int length, int max, int[] draft) {
        for (int n = Math.min(maxNgram, length - 1); n >= minNgram; n--) {
            int start = find(tokens, length, n);
            if (start < 0) continue;
            // tokens[start .. start + n) equals the last n tokens; copy what followed it
            int from = start + n, k = 0;
            while (k < max) {
                int at = from + k;
                draft[k] = at < length ? tokens[at] : draft[at - length];
                k++;
            }
            return k;
        }
        return 0;
    }

    /** The start of the latest earlier occurrence of the last {@code n} tokens, or -1. */
    private static int find(int[] tokens, int length, int n) {
        int tail = length - n;
        int last = tokens[length - 1];
        for (int j = tail - 1; j >= 0; j--) {
            if (tokens[j + n - 1] != last) continue;
            int i = 0;
            while (i < n - 1 && tokens[j + i] == tokens[tail + i]) i++;
            if (i == n - 1) return j;
        }
        return -1;
    }

    @Override
    public String toString() {
        return "PromptLookupProposer[" + minNgram + ".." + maxNgram + "]";
    }

    /** Makes a lookup proposer per generation. */
    record Factory(int minNgram, int maxNgram) implements Proposer.Factory {
        @Override
        public Proposer open(io.github.llamaffm.LlamaContext target) {
            return new PromptLookupProposer(minNgram, maxNgram);
        }

        @Override
        public String toString() {
            return "prompt lookup, n-grams " + minNgram + ".." + maxNgram;
        }
    }
}
