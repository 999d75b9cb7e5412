package io.github.llamaffm.tests;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Starts a fresh JVM on (a filtered copy of) this test's class path and collects its output. */
final class Jvm {
    private Jvm() {}

    record Result(int exit, String output) {
        /** The probe's key=value lines (the first value of each key; repeated keys joined by newlines). */
        Map<String, String> values() {
            Map<String, String> m = new LinkedHashMap<>();
            for (String line : output.split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) m.merge(line.substring(0, eq), line.substring(eq + 1).replace('\u0001', '\n'), (a, b) -> a + "\n" + b);
            }
            return m;
        }
    }

    /** The test class path without test frameworks and log bindings: the API, its jars and the test classes. */
    static String runtimeClassPath() {
        List<String> keep = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(e).getFileName().toString();
            if (name.startsWith("junit") || name.startsWith("opentest4j") || name.startsWith("apiguardian")
                    || name.startsWith("slf4j-simple") || name.startsWith("surefire")) continue;
            keep.add(e);
        }
        return String.join(File.pathSeparator, keep);
    }

    static Process start(String classPath, String mainClass, String... jvmArgs) throws IOException {
        return start(Map.of(), classPath, mainClass, jvmArgs);
    }

    /** Starts a JVM with {@code env} added to its environment. */
    static Process start(Map<String, String> env, String classPath, String mainClass, String... jvmArgs) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("--enable-native-access=ALL-UNNAMED");
        cmd.addAll(Arrays.asList(jvmArgs));
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add(mainClass);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("LLAMA_FFM_LIBRARY_PATH");
        pb.environment().remove("LLAMA_FFM_CACHE");
        pb.environment().putAll(env);
        return pb.start();
    }

    static Result finish(Process p) throws IOException, InterruptedException {
        // Output is read on a thread of its own, so that a child that hangs fails the test in time
        // instead of blocking the read forever.
        java.util.concurrent.CompletableFuture<byte[]> out = new java.util.concurrent.CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try {
                out.complete(p.getInputStream().readAllBytes());
            } catch (IOException e) {
                out.completeExceptionally(e);
            }
        });
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            String partial = new String(out.getNow(new byte[0]), StandardCharsets.UTF_8);
            throw new AssertionError("child JVM did not finish in 120 s (hung?)" + partial);
        }
        try {
            return new Result(p.exitValue(), new String(out.get(30, TimeUnit.SECONDS), StandardCharsets.UTF_8));
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IOException("cannot read the child JVM's output", e);
        }
    }

    static Result run(String classPath, String mainClass, String... jvmArgs) throws IOException, InterruptedException {
        return finish(start(classPath, mainClass, jvmArgs));
    }
}
