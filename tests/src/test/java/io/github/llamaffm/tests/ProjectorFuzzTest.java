package io.github.llamaffm.tests;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Hostile projector files in this JVM: {@value #CASES} seeded mutations ({@link ProjectorFuzzer}) of
 * a LLaVA projector must each load and generate from an image, or end in a {@code LlamaException}
 * or {@code IllegalArgumentException}; the JVM must survive them all, some files must generate and
 * some must be refused. The seed of the case running is written to
 * {@code target/fuzz-projector/last-seed} first, so a crash names its culprit.
 *
 * <p>{@code -Dfuzz.count=N -Dfuzz.seed=S} ({@code make fuzz TARGET=projector}) instead runs N cases
 * from seed S in child JVMs ({@link FuzzMain}), reports every case that killed its JVM or ended in
 * another exception, and fails if any did.
 */
class ProjectorFuzzTest {
    static final int CASES = 800;
    private static final Path DIR = Path.of("target", "fuzz-projector");

    @Test
    void hostileProjectorFilesEndInJavaExceptions() throws IOException {
        long seed = Long.getLong("fuzz.seed", 20_261_202L);
        if (FuzzMain.forkedIfAsked("projector", DIR, seed, true)) return;
        try (ProjectorFuzzer fuzzer = new ProjectorFuzzer(DIR)) {
            FuzzMain.shortRun("projector", fuzzer, seed, CASES, DIR, Duration.ofMinutes(5), true);
        }
    }
}
