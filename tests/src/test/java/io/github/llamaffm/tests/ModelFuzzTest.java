package io.github.llamaffm.tests;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

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
        FuzzMain.shortRun("model", new ModelFuzzer(DIR), seed, CASES, DIR, Duration.ofMinutes(10), false);
    }
}
