package io.github.llamaffm.tests;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
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
 * child JVMs ({@link ModelFuzzMain}), reports every case that killed its JVM, and fails if any did.
 */
class ModelFuzzTest {
    static final int CASES = 300;
    private static final Path DIR = Path.of("target", "fuzz");

    @Test
    void hostileModelFilesEndInJavaExceptions() throws IOException {
        String count = System.getProperty("fuzz.count");
        long seed = Long.getLong("fuzz.seed", 20_260_001L);
        if (count != null && !count.isBlank()) {
            try {
                ModelFuzzMain.Summary s = ModelFuzzMain.forked(Long.parseLong(count), seed, DIR, System.out);
                assertTrue(s.crashes().isEmpty(), "cases that killed the JVM: " + s.crashes());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            return;
        }
        ModelFuzzer fuzzer = new ModelFuzzer(DIR);
        Map<ModelFuzzer.Outcome, Integer> outcomes = new EnumMap<>(ModelFuzzer.Outcome.class);
        long start = System.nanoTime();
        // A native endless loop cannot be interrupted: fail (naming the seed in last-seed) instead of hanging the build.
        assertTimeoutPreemptively(Duration.ofMinutes(10), () -> runCases(fuzzer, seed, outcomes));
        System.out.printf("model fuzz: %d cases from seed %d in %.1f s: %s%n", CASES, seed, (System.nanoTime() - start) / 1e9, outcomes);
        assertEquals(CASES, outcomes.values().stream().mapToInt(Integer::intValue).sum());
        // The fuzzer must reach both ends: files that work and files that are refused.
        assertTrue(outcomes.getOrDefault(ModelFuzzer.Outcome.GENERATED, 0) > 0, "no mutated file loaded: " + outcomes);
        assertTrue(outcomes.getOrDefault(ModelFuzzer.Outcome.REJECTED, 0) > 0, "no mutated file was refused: " + outcomes);
    }

    private static void runCases(ModelFuzzer fuzzer, long seed, Map<ModelFuzzer.Outcome, Integer> outcomes) throws IOException {
        for (long s = seed; s < seed + CASES; s++) {
            ModelFuzzer.Case c = fuzzer.generate(s);
            Files.writeString(DIR.resolve("last-seed"), s + " " + c.description() + "\n");
            StringBuilder msg = new StringBuilder();
            ModelFuzzer.Outcome o = ModelFuzzer.run(c, msg);
            if (o == ModelFuzzer.Outcome.ABORT_CAUGHT) System.out.println("seed " + s + " (" + c.description() + "): " + msg);
            outcomes.merge(o, 1, Integer::sum);
            Files.deleteIfExists(c.file());
            if (c.lora() != null) Files.deleteIfExists(c.lora());
        }
    }
}
