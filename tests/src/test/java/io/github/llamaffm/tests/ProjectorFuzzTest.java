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
 * Hostile projector files in this JVM: {@value #CASES} seeded mutations ({@link ProjectorFuzzer}) of
 * a LLaVA projector must each load and generate from an image, or end in a {@code LlamaException}
 * or {@code IllegalArgumentException}; the JVM must survive them all. The seed of the case running
 * is written to {@code target/fuzz-projector/last-seed} first, so a crash names its culprit.
 *
 * <p>{@code -Dfuzz.count=N -Dfuzz.seed=S} ({@code make fuzz TARGET=projector}) instead runs N cases
 * from seed S in child JVMs ({@link FuzzMain}), reports every case that killed its JVM or ended in
 * another exception, and fails if any did.
 */
class ProjectorFuzzTest {
    static final int CASES = 400;
    private static final Path DIR = Path.of("target", "fuzz-projector");

    @Test
    void hostileProjectorFilesEndInJavaExceptions() throws IOException {
        long seed = Long.getLong("fuzz.seed", 20_261_202L);
        if (FuzzMain.forkedIfAsked("projector", DIR, seed, true)) return;
        long start = System.nanoTime();
        Map<FuzzTarget.Outcome, Integer> outcomes;
        try (ProjectorFuzzer fuzzer = new ProjectorFuzzer(DIR)) {
            // A native endless loop cannot be interrupted: fail (naming the seed in last-seed) instead of hanging the build.
            outcomes = assertTimeoutPreemptively(Duration.ofMinutes(5), () -> FuzzMain.inJvm(fuzzer, seed, CASES, DIR));
        }
        System.out.printf("projector fuzz: %d cases from seed %d in %.1f s: %s%n", CASES, seed, (System.nanoTime() - start) / 1e9, outcomes);
        assertEquals(CASES, outcomes.values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(0, outcomes.getOrDefault(FuzzTarget.Outcome.UNEXPECTED, 0), "exceptions of undocumented kinds (printed above): " + outcomes);
        // The fuzzer must reach both ends: files that load and generate, and files that are refused.
        assertTrue(outcomes.getOrDefault(FuzzTarget.Outcome.GENERATED, 0) > 0, "no mutated projector loaded: " + outcomes);
        assertTrue(outcomes.getOrDefault(FuzzTarget.Outcome.REJECTED, 0) > 0, "no mutated projector was refused: " + outcomes);
    }
}
