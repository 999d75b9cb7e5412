package io.github.llamaffm.server;

import java.net.InetAddress;
import java.util.concurrent.CountDownLatch;

/**
 * The command line: {@code java -jar llama-ffm-server.jar --model FILE.gguf [options]} (options:
 * {@link ServerOptions#USAGE}). Runs until interrupted (Ctrl-C), then closes the server.
 */
public final class ServerMain {
    private ServerMain() {}

    /**
     * Starts the server.
     *
     * @param args the options
     * @throws InterruptedException if the main thread is interrupted while serving
     */
    public static void main(String[] args) throws InterruptedException {
        for (String a : args) {
            if (a.equals("--help") || a.equals("-h")) {
                System.out.print(ServerOptions.USAGE);
                return;
            }
        }
        ServerOptions options;
        try {
            options = ServerOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("llama-ffm-server: " + e.getMessage());
            System.err.print(ServerOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.model() == null) System.out.println("no --model given: serving the demo model (random weights, it answers in noise)");
        if (options.apiKeys().isEmpty() && !isLoopback(options.host())) {
            System.err.println("warning: listening on " + options.host() + " without --api-key: anyone who reaches this address can use the model");
        }
        LlamaServer server;
        try {
            server = LlamaServer.start(options);
        } catch (RuntimeException e) {
            System.err.println("llama-ffm-server: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "llama-ffm-server-shutdown"));
        System.out.println("llama-ffm-server: " + server.baseUrl() + "/v1 serving '" + server.modelId() + "' with " + server.slots() + " slots");
        stopped.await();
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }
}
