package io.github.llamaffm.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** RPC servers as child processes on free loopback ports: the project's launcher in a JVM, or llama.cpp's ggml-rpc-server. */
final class RpcServers {
    private RpcServers() {}

    /** A running server process and what it printed. */
    static final class Server implements AutoCloseable {
        final Process process;
        final String endpoint;
        private final StringBuffer output = new StringBuffer();
        private final CountDownLatch ready = new CountDownLatch(1);

        private Server(Process process, String endpoint, String readyLine) {
            this.process = process;
            this.endpoint = endpoint;
            Thread.ofVirtual().start(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        output.append(line).append('\n');
                        if (readyLine == null || line.contains(readyLine)) ready.countDown();
                    }
                } catch (IOException ignored) {
                    // the process ended
                }
            });
        }

        void awaitReady() throws InterruptedException {
            if (!ready.await(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("RPC server " + endpoint + " did not start:\n" + output);
            }
            // ggml-rpc-server prints its banner before it listens: wait for the port.
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (System.nanoTime() < deadline) {
                try (java.net.Socket s = new java.net.Socket()) {
                    // (the server logs a client that closes at once and serves the next)
                    s.connect(new java.net.InetSocketAddress("127.0.0.1", port()), 500);
                    return;
                } catch (IOException e) {
                    Thread.sleep(50);
                }
            }
            throw new AssertionError("RPC server " + endpoint + " does not listen:\n" + output);
        }

        int port() {
            return Integer.parseInt(endpoint.substring(endpoint.indexOf(':') + 1));
        }

        String output() {
            return output.toString();
        }

        /** SIGKILL, as a crash. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        @Override
        public void close() {
            process.destroyForcibly();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** The project's launcher (examples' RpcServerMain) in a child JVM, serving the CPU with one thread. */
    static Server launcher() throws IOException, InterruptedException {
        int port = freePort();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", Jvm.runtimeClassPath(),
                "io.github.llamaffm.examples.rpc.RpcServerMain", "--port", Integer.toString(port), "--threads", "1", "--device", "CPU"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("LLAMA_FFM_LIBRARY_PATH");
        Server s = new Server(pb.start(), "127.0.0.1:" + port, "llama-ffm RPC server on");
        s.awaitReady();
        return s;
    }

    /** llama.cpp's own ggml-rpc-server, built beside the libraries. */
    static Server llamaCpp() throws IOException, InterruptedException {
        Path bin = NativeSource.bin().resolve("ggml-rpc-server");
        if (!Files.isExecutable(bin)) throw new IllegalStateException("missing " + bin);
        int port = freePort();
        ProcessBuilder pb = new ProcessBuilder(bin.toString(), "-H", "127.0.0.1", "-p", Integer.toString(port), "-t", "1")
                .redirectErrorStream(true);
        // (its banner goes to a buffered stdout: the first line is the backend loader's, on stderr)
        Server s = new Server(pb.start(), "127.0.0.1:" + port, null);
        s.awaitReady();
        return s;
    }
}
