package io.github.llamaffm;

import io.github.llamaffm.internal.Rpc;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A llama.cpp RPC server in this JVM ({@code ggml_backend_rpc_start_server}): it lends one local
 * device (the CPU, a GPU) to models of other processes that name it in
 * {@link ModelParams.Builder#rpcServers}. It is llama.cpp's own server, the same as its
 * {@code rpc-server} program, so clients of either kind can use it.
 *
 * <p><b>No authentication.</b> llama.cpp's RPC protocol has none, and a client can read and write
 * the served device's memory at will. The server therefore listens on {@code 127.0.0.1} unless
 * {@link Builder#host} names another address <i>and</i> {@link Builder#allowRemote} is set.
 *
 * <p><b>Lifetime.</b> llama.cpp's server has no stop: once started, it serves on a daemon thread
 * of its own for as long as the JVM lives, one client connection at a time (a second client waits
 * until the first disconnects). The device, its backend and the listening socket belong to that
 * thread.
 *
 * <pre>{@code
 * RpcServer server = RpcServer.builder().port(50052).start();
 * // elsewhere: ModelParams.builder().rpcServer("127.0.0.1:50052").build()
 * }</pre>
 */
public final class RpcServer {
    private final String endpoint;
    private final String device;
    private final Thread thread;

    private RpcServer(String endpoint, String device, Thread thread) {
        this.endpoint = endpoint;
        this.device = device;
        this.thread = thread;
    }

    /**
     * A builder with the defaults: {@code 127.0.0.1:50052}, the best local device (a GPU, else the
     * CPU), all processors as CPU threads, no tensor cache.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The endpoint it listens on, {@code host:port}, as clients name it.
     *
     * @return the endpoint
     */
    public String endpoint() {
        return endpoint;
    }

    /**
     * The name of the device it serves, as {@link Llama#devices()} lists it.
     *
     * @return the device name
     */
    public String device() {
        return device;
    }

    /**
     * Whether it is still serving (false only if llama.cpp's server loop ended on an error, such as
     * a failing {@code accept}).
     *
     * @return true while serving
     */
    public boolean isRunning() {
        return thread.isAlive();
    }

    @Override
    public String toString() {
        return "RpcServer[" + endpoint + ", " + device + "]";
    }

    /** Builds and starts an {@link RpcServer}. Not thread-safe. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 50052;
        private int threads = Runtime.getRuntime().availableProcessors();
        private String device;
        private Path cacheDir;
        private boolean allowRemote;

        private Builder() {}

        /**
         * The address to listen on (default {@code 127.0.0.1}). Anything but a loopback address
         * also needs {@link #allowRemote}.
         *
         * @param host an IPv4 address or a host name
         * @return this builder
         * @throws NullPointerException if {@code host} is null
         */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /**
         * The TCP port (default 50052).
         *
         * @param port 1..65535
         * @return this builder
         */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /**
         * CPU threads of the served device's backend (default: all processors).
         *
         * @param threads {@code >= 1}
         * @return this builder
         */
        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        /**
         * The device to serve, by its name in {@link Llama#devices()} (e.g. {@code CPU},
         * {@code CUDA0}); null (the default) for the best local one: a GPU, else the CPU.
         *
         * @param name the device name, or null
         * @return this builder
         */
        public Builder device(String name) {
            this.device = name;
            return this;
        }

        /**
         * A folder where llama.cpp caches large tensors that clients send, so a model loads faster
         * the next time (null, the default: no cache).
         *
         * @param dir the folder, or null
         * @return this builder
         */
        public Builder cacheDir(Path dir) {
            this.cacheDir = dir;
            return this;
        }

        /**
         * Allows a host that is not a loopback address. The protocol has no authentication: anyone
         * who reaches the port can use the device and read its memory.
         *
         * @param allow true to allow listening beyond this machine
         * @return this builder
         */
        public Builder allowRemote(boolean allow) {
            this.allowRemote = allow;
            return this;
        }

        /**
         * Starts the server on a daemon thread and returns once it accepts connections.
         *
         * @return the running server
         * @throws IllegalArgumentException if the port or thread count is out of range, the host is
         *                                  not a loopback address and {@link #allowRemote} is not
         *                                  set, the host is unknown, or there is no such device
         * @throws LlamaException           if the port is taken or llama.cpp could not start serving
         */
        public RpcServer start() {
            if (port < 1 || port > 65535) throw new IllegalArgumentException("port must be in 1..65535: " + port);
            if (threads < 1) throw new IllegalArgumentException("threads must be >= 1: " + threads);
            String endpoint = Rpc.checkEndpoint(host + ":" + port);
            InetAddress address;
            try {
                address = InetAddress.getByName(host);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("unknown host " + host, e);
            }
            if (!address.isLoopbackAddress() && !allowRemote) {
                throw new IllegalArgumentException("refusing to listen on " + host + ", which is not a loopback address:"
                        + " llama.cpp's RPC protocol has no authentication; allow it explicitly (allowRemote(true), --allow-remote) to do it anyway");
            }
            if (cacheDir != null && !java.nio.file.Files.isDirectory(cacheDir)) {
                throw new IllegalArgumentException("the cache folder " + cacheDir + " does not exist");
            }
            // llama.cpp only prints a failing bind on stderr: check the port first.
            try (ServerSocket s = new ServerSocket()) {
                s.bind(new InetSocketAddress(address, port));
            } catch (IOException e) {
                throw new LlamaException("cannot listen on " + endpoint + ": " + e.getMessage());
            }
            String dev = Rpc.serverDevice(device);
            String cache = cacheDir == null ? null : cacheDir.toAbsolutePath().toString();
            int n = threads;
            Thread t = new Thread(null, () -> Rpc.serve(endpoint, cache, n, dev), "llama-ffm-rpc-server-" + port, 0, false);
            t.setDaemon(true);
            t.start();
            InetSocketAddress target = new InetSocketAddress(address.isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : address, port);
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (true) {
                // A connection that closes at once: the server logs it and serves the next client.
                try (Socket probe = new Socket()) {
                    probe.connect(target, 500);
                    return new RpcServer(endpoint, dev, t);
                } catch (IOException e) {
                    if (!t.isAlive()) throw new LlamaException("llama.cpp could not start the RPC server on " + endpoint + " (see stderr)");
                    if (System.nanoTime() > deadline) throw new LlamaException("the RPC server on " + endpoint + " did not start within 30 s");
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new LlamaException("interrupted while the RPC server on " + endpoint + " was starting");
                }
            }
        }
    }
}
