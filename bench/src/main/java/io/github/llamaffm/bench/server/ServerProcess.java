package io.github.llamaffm.bench.server;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A server under test, started as a child process on a free loopback port (its output goes to a
 * log file) and stopped with it: llama-ffm-server or llama.cpp's llama-server, given the same
 * model, threads, slots and context.
 */
public final class ServerProcess implements AutoCloseable {
    /** Which server. */
    public enum Kind {
        /** llama-ffm-server (the server module's jar). */
        FFM("llama-ffm"),
        /** llama.cpp's own llama-server. */
        LLAMA_SERVER("llama-server");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /**
     * What both servers get.
     *
     * @param model      the GGUF file
     * @param threads    decoding threads (generation and batches)
     * @param parallel   slots
     * @param ctxPerSlot context tokens per slot (the context is parallel × this, shared)
     * @param queue      llama-ffm-server's queue beyond the slots (llama-server queues without limit)
     * @param javaOptions options for llama-ffm-server's JVM (e.g. a fixed heap), space-separated, or blank
     */
    public record Setup(Path model, int threads, int parallel, int ctxPerSlot, int queue, String javaOptions) {}

    final Kind kind;
    final String baseUrl;
    private final Process process;

    private ServerProcess(Kind kind, String baseUrl, Process process) {
        this.kind = kind;
        this.baseUrl = baseUrl;
        this.process = process;
    }

    /**
     * Starts a server and waits until {@code /health} answers 200.
     *
     * @param kind        which server
     * @param s           the setup
     * @param serverJar   llama-ffm-server.jar (for {@link Kind#FFM})
     * @param llamaServer the llama-server binary (for {@link Kind#LLAMA_SERVER})
     * @param log         where its output goes
     * @return the running server
     * @throws IOException if it cannot start or does not come up within five minutes
     */
    public static ServerProcess start(Kind kind, Setup s, Path serverJar, Path llamaServer, Path log) throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> cmd = new ArrayList<>();
        String ctx = String.valueOf(s.parallel() * s.ctxPerSlot());
        if (kind == Kind.FFM) {
            String java = ProcessHandle.current().info().command().orElse("java");
            cmd.add(java);
            if (!s.javaOptions().isBlank()) cmd.addAll(List.of(s.javaOptions().trim().split("\\s+")));
            cmd.addAll(List.of("--enable-native-access=ALL-UNNAMED", "-jar", serverJar.toString(), "--model", s.model().toString(),
                    "--port", String.valueOf(port), "--threads", String.valueOf(s.threads()), "--parallel", String.valueOf(s.parallel()),
                    "--ctx-size", ctx, "--queue", String.valueOf(s.queue()), "--timeout", "600"));
        } else {
            // -kvu: one KV memory shared by the slots, as llama-ffm-server's context has.
            cmd.addAll(List.of(llamaServer.toString(), "-m", s.model().toString(), "--host", "127.0.0.1", "--port", String.valueOf(port),
                    "-t", String.valueOf(s.threads()), "-tb", String.valueOf(s.threads()), "--parallel", String.valueOf(s.parallel()),
                    "-c", ctx, "-kvu", "-ngl", "0", "--metrics", "--no-webui"));
        }
        Files.createDirectories(log.getParent());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        if (kind == Kind.LLAMA_SERVER) pb.environment().put("LD_LIBRARY_PATH", llamaServer.getParent().toString());
        Process p = pb.start();
        // A benchmark stopped with Ctrl-C or SIGTERM stops its server too.
        Runtime.getRuntime().addShutdownHook(new Thread(p::destroy));
        ServerProcess sp = new ServerProcess(kind, "http://127.0.0.1:" + port, p);
        try {
            sp.awaitHealthy(Duration.ofMinutes(5), log);
        } catch (IOException | RuntimeException e) {
            sp.close();
            throw e;
        }
        return sp;
    }

    private void awaitHealthy(Duration limit, Path log) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) throw new IOException(kind.label + " exited with " + process.exitValue() + " (log: " + log + ")");
            try {
                var r = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/health")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) return;
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            sleep(250);
        }
        throw new IOException(kind.label + " did not become healthy within " + limit + " (log: " + log + ")");
    }

    /** {@return true while the process runs} */
    public boolean alive() {
        return process.isAlive();
    }

    /** {@return the process's resident set in KiB (VmRSS), or -1} */
    public long rssKiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        } catch (IOException | NumberFormatException e) {
            // gone, or not Linux
        }
        return -1;
    }

    /** {@return the process's CPU time in milliseconds so far, or -1} */
    public long cpuMillis() {
        return process.toHandle().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
    }

    /** Stops the server (SIGTERM, then SIGKILL after ten seconds). */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
