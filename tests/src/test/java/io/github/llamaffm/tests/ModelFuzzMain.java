package io.github.llamaffm.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Long fuzz runs ({@code make fuzz N=... SEED=...}): cases {@code SEED .. SEED+N-1} of
 * {@link ModelFuzzer}, in child JVMs of {@value #CHUNK} cases each, so that a case that kills the
 * JVM is found (the child logs each seed before running it), reported, and skipped; a case that
 * runs longer than {@value #HANG_SECONDS} s is reported as a hang.
 *
 * <p>{@code main(count, seed[, dir])} runs the parent; {@code main("--child", first, count, dir)}
 * runs cases in this JVM, printing {@code CASE <seed> <description>} before and
 * {@code OUT <seed> <outcome> <message>} after each.
 */
public final class ModelFuzzMain {
    static final int CHUNK = 400;
    /** A case running longer than this is a hang. */
    static final long HANG_SECONDS = 120;
    static final int HANG_EXIT = 3;

    private ModelFuzzMain() {}

    /** The result of a long run. */
    record Summary(long cases, Map<String, Long> outcomes, List<String> crashes, long millis) {}

    /**
     * Runs the parent or a child.
     *
     * @param args {@code count seed [dir]} or {@code --child first count dir}
     * @throws Exception when the run cannot be carried out
     */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            child(Long.parseLong(args[1]), Long.parseLong(args[2]), Path.of(args[3]));
            return;
        }
        long count = args.length > 0 ? Long.parseLong(args[0]) : 1000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        Path dir = args.length > 2 ? Path.of(args[2]) : Path.of("target", "fuzz");
        Summary s = forked(count, seed, dir, System.out);
        System.exit(s.crashes().isEmpty() ? 0 : 1);
    }

    static void child(long first, long count, Path dir) throws IOException {
        ModelFuzzer fuzzer = new ModelFuzzer(dir);
        PrintStream out = System.out;
        // A case that hangs (a native endless loop cannot be interrupted) ends the JVM with HANG_EXIT.
        java.util.concurrent.atomic.AtomicLong started = new java.util.concurrent.atomic.AtomicLong(System.nanoTime());
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
        for (long s = first; s < first + count; s++) {
            ModelFuzzer.Case c = fuzzer.generate(s);
            out.println("CASE " + s + " " + c.description().replace('\n', ' '));
            out.flush();
            started.set(System.nanoTime());
            StringBuilder msg = new StringBuilder();
            ModelFuzzer.Outcome o = ModelFuzzer.run(c, msg);
            out.println("OUT " + s + " " + o + " " + msg.toString().replace('\n', ' '));
            out.flush();
            Files.deleteIfExists(c.file());
            if (c.lora() != null) Files.deleteIfExists(c.lora());
        }
        out.println("DONE");
        out.flush();
    }

    /** Runs the cases in child JVMs, chunk by chunk; a child that dies is reported and the run goes on after its case. */
    static Summary forked(long count, long seed, Path dir, PrintStream log) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Map<String, Long> outcomes = new TreeMap<>();
        List<String> crashes = new ArrayList<>();
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
            cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), ModelFuzzMain.class.getName(),
                    "--child", Long.toString(next), Long.toString(n), dir.toAbsolutePath().toString()));
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String lastCase = null;
            long lastSeed = next - 1;
            boolean finished = false;
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.startsWith("CASE ")) {
                        lastCase = line;
                    } else if (line.startsWith("OUT ")) {
                        String[] parts = line.split(" ", 4);
                        lastSeed = Long.parseLong(parts[1]);
                        outcomes.merge(parts[2], 1L, Long::sum);
                        if (parts[2].equals("ABORT_CAUGHT")) {
                            log.println("ABORT_CAUGHT seed " + parts[1] + ": " + lastCase + " => " + (parts.length > 3 ? parts[3] : ""));
                        }
                        lastCase = null;
                        done++;
                        if (done % 1000 == 0) {
                            log.printf("%d cases, %s, %d crashes, %.0f s%n", done, outcomes, crashes.size(),
                                    (System.nanoTime() - start) / 1e9);
                        }
                    } else if (line.equals("DONE")) {
                        finished = true;
                    }
                }
            }
            int exit = p.waitFor();
            if (finished && exit == 0) {
                next += n;
                continue;
            }
            long crashed = lastSeed + 1;
            String report = (exit == HANG_EXIT ? "HANG" : "CRASH") + " seed " + crashed + " (exit " + exit + "): "
                    + (lastCase == null ? "?" : lastCase);
            log.println(report);
            crashes.add(report);
            outcomes.merge("CRASHED", 1L, Long::sum);
            done++;
            next = crashed + 1;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        log.printf("fuzz: %d cases from seed %d in %.1f s: %s; crashes: %s%n", count, seed, millis / 1e3, outcomes, crashes);
        return new Summary(count, outcomes, crashes, millis);
    }
}
