package io.github.llamaffm.tests;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile model files in this JVM: {@value #CASES} seeded mutations ({@link ModelFuzzer}) must each
 * load and generate or end in a Java exception; the JVM must survive them all. The seed of the
 * case running is written to {@code target/fuzz/last-seed} first, so a crash names its culprit.
 *
 * <p>{@code -Dfuzz.count=N -Dfuzz.seed=S} ({@code make fuzz}) instead runs N cases from seed S in
 * child JVMs ({@link FuzzMain}), reports every case that killed its JVM, and fails if any did.
 */
class ModelFuzzTest {
    static final int CASES = 300;
    private static final Path DIR = Path.of("target", "fuzz");

    @Test
    void hostileModelFilesEndInJavaExceptions() throws IOException {
        long seed = Long.getLong("fuzz.seed", 20_260_001L);
        if (FuzzMain.forkedIfAsked("model", DIR, seed, false)) return;
        ModelFuzzer fuzzer = new ModelFuzzer(DIR);
        long start = System.nanoTime();
        // A native endless loop cannot be interrupted: fail (naming the seed in last-seed) instead of hanging the build.
        Map<FuzzTarget.Outcome, Integer> outcomes = assertTimeoutPreemptively(Duration.ofMinutes(10), () -> FuzzMain.inJvm(fuzzer, seed, CASES, DIR));
        System.out.printf("model fuzz: %d cases from seed %d in %.1f s: %s%n", CASES, seed, (System.nanoTime() - start) / 1e9, outcomes);
        assertEquals(CASES, outcomes.values().stream().mapToInt(Integer::intValue).sum());
        // The fuzzer must reach both ends: files that work and files that are refused.
        assertTrue(outcomes.getOrDefault(FuzzTarget.Outcome.GENERATED, 0) > 0, "no mutated file loaded: " + outcomes);
        assertTrue(outcomes.getOrDefault(FuzzTarget.Outcome.REJECTED, 0) > 0, "no mutated file was refused: " + outcomes);
    }
}
