package io.github.llamaffm.internal;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CPU variant choice: ggml's highest score, but for variants passed over, unless one is named. */
class BackendLoaderTest {
    private static BackendLoader.Candidate c(String variant, int score) {
        return new BackendLoader.Candidate(Path.of("libggml-cpu-" + variant + ".so"), variant, score);
    }

    private static final List<BackendLoader.Candidate> AMX_MACHINE = List.of(c("x64", 1), c("haswell", 80), c("zen4", 300),
            c("sapphirerapids", 400), c("pentium", 0));

    @Test
    void theHighestScoreWinsButAmxIsPassedOver() {
        assertEquals("zen4", BackendLoader.choose("cpu", AMX_MACHINE, null).variant());
        assertEquals("haswell", BackendLoader.choose("cpu", List.of(c("x64", 1), c("haswell", 80), c("zen4", 0)), null).variant());
    }

    @Test
    void aPassedOverVariantIsTakenWhenNothingElseRuns() {
        assertEquals("sapphirerapids", BackendLoader.choose("cpu", List.of(c("sapphirerapids", 400), c("x64", 0)), null).variant());
        assertNull(BackendLoader.choose("cpu", List.of(c("zen4", 0)), null));
    }

    @Test
    void aNamedVariantIsTakenIfItRuns() {
        assertEquals("sapphirerapids", BackendLoader.choose("cpu", AMX_MACHINE, "sapphirerapids").variant());
        assertEquals("x64", BackendLoader.choose("cpu", AMX_MACHINE, "x64").variant());
        UnsatisfiedLinkError missing = assertThrows(UnsatisfiedLinkError.class, () -> BackendLoader.choose("cpu", AMX_MACHINE, "z80"));
        assertTrue(missing.getMessage().contains("'z80', which is not among [haswell, pentium, sapphirerapids, x64, zen4]"), missing.getMessage());
        UnsatisfiedLinkError cannot = assertThrows(UnsatisfiedLinkError.class, () -> BackendLoader.choose("cpu", AMX_MACHINE, "pentium"));
        assertTrue(cannot.getMessage().contains("'pentium' cannot run on this processor")
                && cannot.getMessage().contains("[haswell, sapphirerapids, x64, zen4]"), cannot.getMessage());
    }
}
