package io.github.llamaffm.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Assertions;

/**
 * Fuzz runs of a {@link FuzzTarget} ({@code model} or {@code projector}).
 *
 * <p>Long runs ({@code make fuzz [TARGET=projector] N=... SEED=...}): cases {@code SEED .. SEED+N-1}
 * in child JVMs of {@value #CHUNK} cases each, so that a case that kills the JVM is found (the child
 * logs each seed before running it), reported, and skipped; a case that runs longer than
 * {@value #HANG_SECONDS} s is reported as a hang. Short runs ({@link #inJvm}) run the cases in the
 * test's own JVM.
 *
 * <p>{@code main([--target T] count seed [dir])} runs the parent; {@code main("--child", T, first,
 * count, dir)} runs cases in this JVM, printing {@code CASE <seed> <description>} before and
 * {@code OUT <seed> <outcome> <message>} after each.
 */
public final class FuzzMain {
    static final int CHUNK = 400;
    /** A case running longer than this is a hang. */
    static final long HANG_SECONDS = 120;
    static final int HANG_EXIT = 3;

    private FuzzMain() {}

    /** The result of a long run: outcome counts, the cases that killed their JVM, and those that ended in an unexpected exception. */
    record Summary(long cases, Map<String, Long> outcomes, List<String> crashes, List<String> unexpected, long millis) {}

    /**
     * Runs the parent or a child.
     *
     * @param args {@code [--target T] count seed [dir]} or {@code --child T first count dir}
     * @throws Exception when the run cannot be carried out
     */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            child(args[1], Long.parseLong(args[2]), Long.parseLong(args[3]), Path.of(args[4]));
            return;
        }
        String target = "model";
        int a = 0;
        if (args.length > 1 && args[0].equals("--target")) {
            target = args[1];
            a = 2;
        }
        long count = args.length > a ? Long.parseLong(args[a]) : 1000;
        long seed = args.length > a + 1 ? Long.parseLong(args[a + 1]) : 1;
        Path dir = args.length > a + 2 ? Path.of(args[a + 2]) : Path.of("target", "fuzz");
        Summary s = forked(target, count, seed, dir, System.out);
        System.exit(s.crashes().isEmpty() ? 0 : 1);
    }

    static void child(String target, long first, long count, Path dir) throws IOException {
        PrintStream out = System.out;
        // A case that hangs (a native endless loop cannot be interrupted) ends the JVM with HANG_EXIT.
        AtomicLong started = new AtomicLong(System.nanoTime());
        Thread watchdog = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
                if (System.nanoTime() - started.get() > HANG_SECONDS * 1_000_000_000L) {
                    out.println("HANG");
                    out.flush();
                    Runtime.getRuntime().halt(HANG_EXIT);
                }
            }
        }, "fuzz-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        try (FuzzTarget fuzzer = FuzzTarget.named(target, dir)) {
            for (long s = first; s < first + count; s++) {
                FuzzTarget.Case c = fuzzer.generate(s);
                out.println("CASE " + s + " " + c.description().replace('\n', ' '));
                out.flush();
                started.set(System.nanoTime());
                StringBuilder msg = new StringBuilder();
                FuzzTarget.Outcome o = c.run(msg);
                out.println("OUT " + s + " " + o + " " + msg.toString().replace('\n', ' '));
                out.flush();
                c.delete();
            }
        }
        out.println("DONE");
        out.flush();
    }

    /**
     * Runs {@code cases} cases from {@code seed} in this JVM. The seed of the case running is written
     * to {@code dir/last-seed} first, so that a crash names its culprit; cases that ended in an
     * abort caught by the safety net or in an unexpected exception are printed.
     *
     * @return how many cases had each outcome
     */
    static Map<FuzzTarget.Outcome, Integer> inJvm(FuzzTarget fuzzer, long seed, int cases, Path dir) throws IOException {
        Map<FuzzTarget.Outcome, Integer> outcomes = new EnumMap<>(FuzzTarget.Outcome.class);
        for (long s = seed; s < seed + cases; s++) {
            FuzzTarget.Case c = fuzzer.generate(s);
            Files.writeString(dir.resolve("last-seed"), s + " " + c.description() + "\n");
            StringBuilder msg = new StringBuilder();
            FuzzTarget.Outcome o = c.run(msg);
            if (o == FuzzTarget.Outcome.ABORT_CAUGHT || o == FuzzTarget.Outcome.UNEXPECTED) {
                System.out.println(o + " seed " + s + " (" + c.description() + "): " + msg);
            }
            outcomes.merge(o, 1, Integer::sum);
            c.delete();
        }
        return outcomes;
    }

    /**
     * The short run of a test: {@code cases} cases from {@code seed} in this JVM under a time limit
     * (a native endless loop cannot be interrupted: the test fails, naming the seed in
     * {@code dir/last-seed}, instead of hanging the build), their outcome counts printed.
     *
     * @throws AssertionError unless every case ran, some loaded and generated and some were refused,
     *                        and (when {@code strict}) none ended in an unexpected exception
     */
    static void shortRun(String target, FuzzTarget fuzzer, long seed, int cases, Path dir, Duration limit, boolean strict) {
        long start = System.nanoTime();
        Map<FuzzTarget.Outcome, Integer> outcomes = Assertions.assertTimeoutPreemptively(limit, () -> inJvm(fuzzer, seed, cases, dir));
        System.out.printf("%s fuzz: %d cases from seed %d in %.1f s: %s%n", target, cases, seed, (System.nanoTime() - start) / 1e9, outcomes);
        Assertions.assertEquals(cases, outcomes.values().stream().mapToInt(Integer::intValue).sum());
        if (strict) {
            Assertions.assertEquals(0, outcomes.getOrDefault(FuzzTarget.Outcome.UNEXPECTED, 0), "exceptions of undocumented kinds (printed above): " + outcomes);
        }
        // The fuzzer must reach both ends: files that load and generate, and files that are refused.
        Assertions.assertTrue(outcomes.getOrDefault(FuzzTarget.Outcome.GENERATED, 0) > 0, "no mutated " + target + " file loaded: " + outcomes);
        Assertions.assertTrue(outcomes.getOrDefault(FuzzTarget.Outcome.REJECTED, 0) > 0, "no mutated " + target + " file was refused: " + outcomes);
    }

    /**
     * The long run a test was asked for with {@code -Dfuzz.count=N} (and {@code -Dfuzz.seed=S}, else
     * {@code defaultSeed}): N cases in child JVMs, failing if any killed its JVM or, when
     * {@code strict}, ended in an unexpected exception.
     *
     * @return false when no count was given (nothing ran), true after a run that passed
     * @throws AssertionError naming the seeds of the cases that failed the run
     */
    static boolean forkedIfAsked(String target, Path dir, long defaultSeed, boolean strict) throws IOException {
        String count = System.getProperty("fuzz.count");
        if (count == null || count.isBlank()) return false;
        Summary s;
        try {
            s = forked(target, Long.parseLong(count), Long.getLong("fuzz.seed", defaultSeed), dir, System.out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        if (!s.crashes().isEmpty()) throw new AssertionError("cases that killed the JVM: " + s.crashes());
        if (strict && !s.unexpected().isEmpty()) throw new AssertionError("cases that ended in an unexpected exception: " + s.unexpected());
        return true;
    }

    /** Runs the cases in child JVMs, chunk by chunk; a child that dies is reported and the run goes on after its case. */
    static Summary forked(String target, long count, long seed, Path dir, PrintStream log) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Map<String, Long> outcomes = new TreeMap<>();
        List<String> crashes = new ArrayList<>();
        List<String> unexpected = new ArrayList<>();
        long next = seed;
        long end = seed + count;
        long done = 0;
        while (next < end) {
            long n = Math.min(CHUNK, end - next);
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "--enable-native-access=ALL-UNNAMED", "-Xmx1g", "-XX:+UseSerialGC",
                    "-Dorg.slf4j.simpleLogger.defaultLogLevel=error",
                    "-XX:ErrorFile=" + dir.toAbsolutePath().resolve("hs_err_pid%p.log")));
            for (String k : System.getProperties().stringPropertyNames()) {
                if (k.startsWith("llama.ffm.")) cmd.add("-D" + k + "=" + System.getProperty(k));
            }
            cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), FuzzMain.class.getName(),
                    "--child", target, Long.toString(next), Long.toString(n), dir.toAbsolutePath().toString()));
            // The child's stderr (llama.cpp's errors, an assertion's text) is kept for the crash report.
            Path err = dir.toAbsolutePath().resolve("child-" + next + ".log");
            Files.write(dir.resolve("child-command.txt"), cmd);
            Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
            String lastCase = null;
            long lastSeed = next - 1;
            boolean finished = false;
            boolean keepErr = false; // it holds the stack trace of an unexpected exception
            StringBuilder fatal = new StringBuilder();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.startsWith("CASE ")) {
                        lastCase = line;
                    } else if (line.startsWith("OUT ")) {
                        String[] parts = line.split(" ", 4);
                        lastSeed = Long.parseLong(parts[1]);
                        outcomes.merge(parts[2], 1L, Long::sum);
                        if (parts[2].equals("ABORT_CAUGHT") || parts[2].equals("UNEXPECTED")) {
                            String report = parts[2] + " seed " + parts[1] + ": " + lastCase + " => " + (parts.length > 3 ? parts[3] : "");
                            log.println(report);
                            if (parts[2].equals("UNEXPECTED")) {
                                unexpected.add(report + " [" + err.getFileName() + "]");
                                keepErr = true;
                            }
                        }
                        lastCase = null;
                        done++;
                        if (done % 1000 == 0) {
                            log.printf("%d cases, %s, %d crashes, %.0f s%n", done, outcomes, crashes.size(),
                                    (System.nanoTime() - start) / 1e9);
                        }
                    } else if (line.equals("DONE")) {
                        finished = true;
                    } else if (line.startsWith("#  SIG") || line.startsWith("# C  [")) {
                        fatal.append(line.substring(1).strip()).append(' '); // the JVM's report of a native crash
                    }
                }
            }
            int exit = p.waitFor();
            if (finished && exit == 0) {
                if (!keepErr) Files.deleteIfExists(err);
                next += n;
                continue;
            }
            long crashed = lastSeed + 1;
            String report = (exit == HANG_EXIT ? "HANG" : "CRASH") + " seed " + crashed + " (exit " + exit + "): "
                    + (lastCase == null ? "?" : lastCase) + " [" + (fatal.isEmpty() ? lastLine(err) : fatal.toString().strip()) + "; "
                    + err.getFileName() + "]";
            log.println(report);
            crashes.add(report);
            outcomes.merge("CRASHED", 1L, Long::sum);
            done++;
            next = crashed + 1;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        log.printf("fuzz %s: %d cases from seed %d in %.1f s: %s; crashes: %s%n", target, count, seed, millis / 1e3, outcomes, crashes);
        return new Summary(count, outcomes, crashes, unexpected, millis);
    }

    /** The last line of a dead child's stderr that says why (an assertion, an error), else its last line. */
    private static String lastLine(Path err) throws IOException {
        if (!Files.exists(err)) return "no stderr";
        List<String> lines = Files.readAllLines(err, StandardCharsets.ISO_8859_1);
        for (int i = lines.size() - 1; i >= 0; i--) {
            String l = lines.get(i);
            if (l.contains("GGML_ASSERT") || l.contains("error") || l.contains("terminate") || l.contains("SIG")) return l.strip();
        }
        return lines.isEmpty() ? "empty stderr" : lines.get(lines.size() - 1).strip();
    }
}
