package io.github.llamaffm.speculative;

import io.github.llamaffm.Speculation;
import io.github.llamaffm.SpeculationStats;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Prompt lookup over plain token arrays (no model needed). */
class PromptLookupProposerTest {
    private static int[] propose(PromptLookupProposer p, int max, int... tokens) {
        int[] draft = new int[max];
        int n = p.propose(tokens, tokens.length, max, draft);
        return Arrays.copyOf(draft, n);
    }

    @Test
    void proposesWhatFollowedTheLatestEarlierOccurrence() {
        PromptLookupProposer p = new PromptLookupProposer(2, 4);
        // "7 8" occurred twice before: the latest one (followed by 5 6) wins
        assertArrayEquals(new int[]{5, 6, 9, 7}, propose(p, 4, 7, 8, 1, 2, 3, 7, 8, 5, 6, 9, 7, 8));
        // a longer n-gram is preferred: "3 7 8" occurred once, followed by 1 2
        assertArrayEquals(new int[]{1, 2}, propose(p, 2, 3, 7, 8, 1, 2, 4, 7, 8, 9, 3, 7, 8));
    }

    @Test
    void aCycleIsProposedInFull() {
        PromptLookupProposer p = new PromptLookupProposer(2, 3);
        // period 3 (1 2 3): the continuation runs into the end and goes on with itself
        assertArrayEquals(new int[]{3, 1, 2, 3, 1, 2, 3}, propose(p, 7, 9, 1, 2, 3, 1, 2));
        // period 1
        assertArrayEquals(new int[]{4, 4, 4, 4, 4}, propose(p, 5, 1, 4, 4, 4));
    }

    @Test
    void nothingWhenTheEndNeverOccurredBefore() {
        PromptLookupProposer p = new PromptLookupProposer(2, 4);
        assertEquals(0, propose(p, 4, 1, 2, 3, 4, 5, 6).length);
        assertEquals(0, propose(p, 4, 1).length);
        assertEquals(0, propose(p, 4, 2, 2).length); // "2 2" has no earlier occurrence
        assertArrayEquals(new int[]{2}, propose(new PromptLookupProposer(1, 1), 1, 2, 2));
    }

    @Test
    void settingsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> PromptLookup.of(0, 3));
        assertThrows(IllegalArgumentException.class, () -> PromptLookup.of(3, 2));
        assertThrows(IllegalArgumentException.class, () -> PromptLookup.of(1, 65));
        assertThrows(IllegalArgumentException.class, () -> PromptLookup.of().withDraftLength(-1, 3));
        assertThrows(IllegalArgumentException.class, () -> PromptLookup.of().withDraftLength(0, 0));
        Speculation s = PromptLookup.of().withDraftLength(2, 6);
        assertEquals(2, s.minDraft());
        assertEquals(6, s.maxDraft());
        assertEquals(0, PromptLookup.of().minDraft());
    }

    @Test
    void statsAddUpAndCheckThemselves() {
        SpeculationStats s = new SpeculationStats(2, 10, 4).plus(new SpeculationStats(1, 6, 6));
        assertEquals(new SpeculationStats(3, 16, 10), s);
        assertEquals(10 / 16.0, s.acceptanceRate(), 1e-12);
        assertEquals(0, SpeculationStats.NONE.acceptanceRate());
        assertThrows(IllegalArgumentException.class, () -> new SpeculationStats(1, 2, 3));
    }
}
