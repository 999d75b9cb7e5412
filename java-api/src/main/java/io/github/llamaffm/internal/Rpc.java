package io.github.llamaffm.internal;

import io.github.llamaffm.LlamaException;
import io.github.llamaffm.ModelLoadException;
import io.github.llamaffm.RpcServerException;
import io.github.llamaffm.bindings.llama_h;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * llama.cpp's RPC backend ({@code ggml-rpc}): endpoint checks, the Java probe of a server, the
 * devices of a model's servers, the guarded calls of models that use servers, and the server side.
 *
 * <p><b>Why so careful.</b> llama.cpp's RPC client aborts the process when a connection or its
 * handshake fails (on the calling thread, inside {@code get_dispatcher}, whose process-wide mutex
 * it holds then) and when a server dies during a call (on the endpoint's dispatcher thread, while
 * the caller waits for an answer that never comes). It caches one dispatcher per endpoint string.
 * So: every endpoint is probed in Java before llama.cpp sees it; every native call of a model with
 * servers that can reach one runs on a {@link NativeAbort} loader thread ({@link Link#call}); an
 * abort on a dispatcher thread fails the waiting calls, breaks the models of the dead endpoints and
 * marks those endpoint strings dead for this process (see {@link NativeAbort}).
 *
 * <p>The server devices are <i>not</i> registered with {@code ggml_backend_register}: a registered
 * device is global, and every later model loaded with llama.cpp's default device list would
 * offload onto the servers. Each model passes its own explicit device list instead.
 */
public final class Rpc {
    private static final Logger LOG = LoggerFactory.getLogger("io.github.llamaffm.rpc");
    /** llama.cpp's {@code RPC_CMD_HELLO}, request and response sizes, protocol version (ggml-rpc.h). */
    private static final int CMD_HELLO = 14, CAPS_SIZE = 24, HELLO_RSP_SIZE = 4 + CAPS_SIZE, MAJOR = 7, MINOR = 0;
    /** GGML_RPC_MAX_SERVERS. */
    public static final int MAX_SERVERS = 16;
    private static final int CONNECT_TIMEOUT_MS = Integer.getInteger("llama.ffm.rpc.connectTimeoutMs", 3000);
    private static final int HELLO_TIMEOUT_MS = Integer.getInteger("llama.ffm.rpc.helloTimeoutMs", 5000);

    /** Endpoint strings whose llama.cpp dispatcher died: using them again would wait forever. */
    private static final Set<String> DEAD = ConcurrentHashMap.newKeySet();
    /** Links of models loaded or loading now. */
    private static final Set<Link> LIVE = ConcurrentHashMap.newKeySet();
    /** Why llama.cpp's RPC client is unusable in this process, or null. */
    private static volatile String poisoned;

    private Rpc() {}

    // ---- endpoints ------------------------------------------------------------------------------

    /**
     * Checks the syntax of an endpoint as llama.cpp's client parses it ({@code host:port}, split at
     * the first colon, so no IPv6 literal).
     *
     * @param endpoint the endpoint
     * @return the endpoint, unchanged
     * @throws IllegalArgumentException if the host is empty or has blanks or a colon, or the port is
     *                                  not a number in 1..65535
     * @throws NullPointerException     if {@code endpoint} is null
     */
    public static String checkEndpoint(String endpoint) {
        int colon = endpoint.indexOf(':');
        if (colon < 0) throw new IllegalArgumentException("RPC server '" + endpoint + "': expected host:port");
        String host = endpoint.substring(0, colon), port = endpoint.substring(colon + 1);
        if (host.isEmpty()) throw new IllegalArgumentException("RPC server '" + endpoint + "': the host is empty");
        if (host.chars().anyMatch(c -> c <= ' ' || c == ':' || c == '[' || c == ']' || c > 126)) {
            throw new IllegalArgumentException("RPC server '" + endpoint + "': the host must be an IPv4 address or a host name"
                    + " (llama.cpp's RPC client has no IPv6)");
        }
        if (port.isEmpty() || port.length() > 5 || !port.chars().allMatch(c -> c >= '0' && c <= '9')
                || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
            throw new IllegalArgumentException("RPC server '" + endpoint + "': the port must be a number in 1..65535");
        }
        return endpoint;
    }

    private static String host(String endpoint) {
        return endpoint.substring(0, endpoint.indexOf(':'));
    }

    private static int port(String endpoint) {
        return Integer.parseInt(endpoint.substring(endpoint.indexOf(':') + 1));
    }

    /** The IPv4 address llama.cpp's client connects to ({@code gethostbyname}). */
    private static InetAddress resolve(String endpoint) throws UnknownHostException {
        for (InetAddress a : InetAddress.getAllByName(host(endpoint))) if (a instanceof Inet4Address) return a;
        throw new UnknownHostException(host(endpoint) + " has no IPv4 address");
    }

    /**
     * Checks that a llama.cpp RPC server of protocol 7.0 answers at an endpoint: a TCP connection
     * with a timeout, then the HELLO exchange of llama.cpp's client (request: command 14, size 24,
     * 24 bytes of capabilities; answer: size 28, major, minor, patch, padding, 24 bytes). The
     * connection is closed at once: a server serves one client at a time, and llama.cpp opens its
     * own next.
     *
     * @param endpoint a checked endpoint
     * @throws RpcServerException naming the endpoint and the reason when the check fails
     */
    public static void probe(String endpoint) {
        InetAddress address;
        try {
            address = resolve(endpoint);
        } catch (UnknownHostException e) {
            throw fail(endpoint, "unknown host (" + e.getMessage() + ")");
        }
        try (Socket s = new Socket()) {
            try {
                s.connect(new InetSocketAddress(address, port(endpoint)), CONNECT_TIMEOUT_MS);
            } catch (ConnectException e) {
                throw fail(endpoint, "connection refused: no server listens there (" + e.getMessage() + ")");
            } catch (SocketTimeoutException e) {
                throw fail(endpoint, "no connection within " + CONNECT_TIMEOUT_MS + " ms");
            }
            s.setSoTimeout(HELLO_TIMEOUT_MS);
            s.setTcpNoDelay(true);
            ByteBuffer req = ByteBuffer.allocate(1 + 8 + CAPS_SIZE).order(ByteOrder.LITTLE_ENDIAN);
            req.put((byte) CMD_HELLO).putLong(CAPS_SIZE); // capabilities: none (plain TCP)
            OutputStream out = s.getOutputStream();
            InputStream in = s.getInputStream();
            out.write(req.array());
            out.flush();
            byte[] head;
            try {
                head = in.readNBytes(8);
                if (head.length < 8) throw new EOFException();
            } catch (SocketTimeoutException e) {
                throw fail(endpoint, "no answer to the RPC handshake within " + HELLO_TIMEOUT_MS + " ms: the server is busy with"
                        + " another client (a llama.cpp RPC server serves one client at a time) or it is not an RPC server");
            }
            long size = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN).getLong();
            if (size < 3 || size > 256) {
                throw fail(endpoint, "not a llama.cpp RPC server: it answered the handshake with a size of " + Long.toUnsignedString(size));
            }
            byte[] rsp = in.readNBytes((int) size);
            if (rsp.length < size) throw new EOFException();
            int major = rsp[0] & 0xff, minor = rsp[1] & 0xff, patch = rsp[2] & 0xff;
            if (size != HELLO_RSP_SIZE || major != MAJOR || minor > MINOR) {
                throw fail(endpoint, "the server speaks RPC protocol " + major + "." + minor + "." + patch
                        + "; this build of llama.cpp needs " + MAJOR + "." + MINOR + ".x (run a server of the same llama.cpp release)");
            }
        } catch (EOFException e) {
            throw fail(endpoint, "the connection was closed during the RPC handshake: not a llama.cpp RPC server"
                    + " of protocol " + MAJOR + ", or it refused this client");
        } catch (IOException e) {
            throw fail(endpoint, "the RPC handshake failed: " + e);
        }
    }

    private static RpcServerException fail(String endpoint, String why) {
        return new RpcServerException("RPC server " + endpoint + ": " + why, List.of(endpoint));
    }

    /** Whether a TCP connection to the endpoint can be opened now (a killed server refuses it). */
    private static boolean reachable(String endpoint) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(resolve(endpoint), port(endpoint)), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    // ---- the links of models to their servers ---------------------------------------------------

    /**
     * The servers of one model: opens them (checks, probes), resolves their devices, runs the
     * model's native calls that can reach them, and knows when one of them died.
     */
    public static final class Link {
        private final List<String> endpoints;
        private volatile String broken; // why, once a server of this model died

        private Link(List<String> endpoints) {
            this.endpoints = endpoints;
        }

        /**
         * Opens the servers of a model about to load: refuses endpoints known dead, probes each
         * (except those a loaded model of this process is connected to now: the server serves only
         * that connection, and llama.cpp shares it).
         *
         * @param endpoints checked endpoints, no duplicates
         * @return the link, registered until {@link #close()}
         * @throws RpcServerException if a server fails its probe or its endpoint is dead in this process
         */
        public static Link open(List<String> endpoints) {
            String p = poisoned;
            if (p != null) throw new RpcServerException("llama.cpp's RPC client is unusable in this process: " + p, endpoints);
            for (String e : endpoints) {
                if (DEAD.contains(e)) {
                    throw new RpcServerException("RPC server " + e + " stopped answering earlier in this process; llama.cpp keeps"
                            + " its dead connection for this endpoint string, so it cannot be used again until the JVM restarts"
                            + " (a restarted server can be reached under another spelling, e.g. localhost instead of 127.0.0.1)",
                            List.of(e));
                }
            }
            for (String e : endpoints) {
                if (!connected(e)) probe(e);
            }
            Link link = new Link(List.copyOf(endpoints));
            LIVE.add(link);
            return link;
        }

        private static boolean connected(String endpoint) {
            for (Link l : LIVE) if (l.broken == null && l.endpoints.contains(endpoint)) return true;
            return false;
        }

        /**
         * The endpoints of this model.
         *
         * @return the endpoints, in the order given
         */
        public List<String> endpoints() {
            return endpoints;
        }

        /**
         * Whether a server of this model died: then nothing native of it may be called or freed.
         *
         * @return true once broken
         */
        public boolean isBroken() {
            return broken != null;
        }

        /**
         * Throws if a server of this model died.
         *
         * @throws RpcServerException if it did
         */
        public void checkUsable() {
            String b = broken;
            if (b != null) throw new RpcServerException(b, endpoints);
        }

        void markBroken(String why) {
            if (broken == null) broken = why;
        }

        /**
         * Runs a native call that can reach a server on a loader thread and waits for it; llama.cpp's
         * problems logged there are copied to this thread's recent log.
         *
         * @param what what the call does, for messages ("decoding", ...)
         * @param call the native call
         * @param <T>  its result
         * @return its result
         * @throws RpcServerException if a server of this model is dead, or died during the call
         */
        public <T> T call(String what, Supplier<T> call) {
            checkUsable();
            return NativeAbort.rpc(this, what, call);
        }

        /**
         * The NULL-terminated device list for {@code llama_model_params.devices}: the servers'
         * devices in the order of the endpoints, then the local GPUs llama.cpp would pick by default
         * (discrete GPUs; integrated ones only when there is none), as {@code --rpc} orders them.
         * Runs {@code ggml_backend_rpc_add_server} on a loader thread.
         *
         * @param arena where the list lives (until the load returns)
         * @return the list
         * @throws ModelLoadException    if the RPC backend is not loaded or a server has no device
         * @throws RpcServerException    if a server died meanwhile
         */
        public MemorySegment devices(Arena arena) {
            List<MemorySegment> devices = call("connecting to the RPC servers", () -> {
                MemorySegment addServer = procAddress("ggml_backend_rpc_add_server");
                MethodHandle add = Linker.nativeLinker().downcallHandle(addServer,
                        FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS));
                List<MemorySegment> list = new ArrayList<>();
                try (Arena a = Arena.ofConfined()) {
                    for (String e : endpoints) {
                        MemorySegment reg = (MemorySegment) add.invokeExact(a.allocateFrom(e));
                        long n = Native.isNull(reg) ? 0 : llama_h.ggml_backend_reg_dev_count(reg);
                        if (n == 0) throw new ModelLoadException("RPC server " + e + " offers no device");
                        for (long i = 0; i < n; i++) list.add(llama_h.ggml_backend_reg_dev_get(reg, i));
                    }
                } catch (RuntimeException | Error t) {
                    throw t;
                } catch (Throwable t) {
                    throw new IllegalStateException(t);
                }
                List<MemorySegment> gpus = new ArrayList<>(), igpus = new ArrayList<>();
                for (long i = 0, n = llama_h.ggml_backend_dev_count(); i < n; i++) {
                    MemorySegment dev = llama_h.ggml_backend_dev_get(i);
                    String backend = Native.string(llama_h.ggml_backend_reg_name(llama_h.ggml_backend_dev_backend_reg(dev)));
                    if (backend.equals("RPC")) continue;
                    int type = llama_h.ggml_backend_dev_type(dev);
                    if (type == llama_h.GGML_BACKEND_DEVICE_TYPE_GPU()) gpus.add(dev);
                    else if (type == llama_h.GGML_BACKEND_DEVICE_TYPE_IGPU() && (igpus.isEmpty()
                            || llama_h.ggml_backend_dev_backend_reg(dev).equals(llama_h.ggml_backend_dev_backend_reg(igpus.getLast())))) {
                        igpus.add(dev);
                    }
                }
                list.addAll(gpus.isEmpty() ? igpus : gpus);
                return list;
            });
            MemorySegment array = arena.allocate(ValueLayout.ADDRESS, devices.size() + 1L);
            for (int i = 0; i < devices.size(); i++) array.setAtIndex(ValueLayout.ADDRESS, i, devices.get(i));
            array.setAtIndex(ValueLayout.ADDRESS, devices.size(), MemorySegment.NULL);
            if (LOG.isDebugEnabled()) {
                List<String> names = devices.stream().map(d -> Native.string(llama_h.ggml_backend_dev_name(d))
                        + " (" + Native.string(llama_h.ggml_backend_dev_description(d)) + ")").toList();
                LOG.debug("model devices: {}", names);
            }
            return array;
        }

        /**
         * Frees native memory of this model through {@link #call}, unless a server died: then it
         * is left alone (a free would wait forever for the dead server), and so is it when the
         * server dies during the free. Never throws.
         *
         * @param what what is freed, for the log
         * @param free the native free
         * @return whether the free ran
         */
        public boolean free(String what, Runnable free) {
            if (isBroken()) {
                LOG.warn("not freeing {}: an RPC server of the model died ({}); its native memory is leaked", what, broken);
                return false;
            }
            try {
                call("freeing " + what, () -> {
                    free.run();
                    return null;
                });
                return true;
            } catch (RuntimeException e) {
                LOG.warn("freeing {} failed, its native memory is leaked: {}", what, e.getMessage());
                return false;
            }
        }

        /** The model is gone (freed, leaked or never loaded): forget this link. */
        public void close() {
            LIVE.remove(this);
        }

        @Override
        public String toString() {
            return "RPC" + endpoints + (broken == null ? "" : " (broken)");
        }
    }

    /**
     * A function of the RPC backend by name ({@code ggml_backend_reg_get_proc_address}); ggml-rpc.h
     * is not part of the generated bindings.
     */
    private static MemorySegment procAddress(String name) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment reg = llama_h.ggml_backend_reg_by_name(a.allocateFrom("RPC"));
            if (Native.isNull(reg)) {
                throw new ModelLoadException("llama.cpp's RPC backend (libggml-rpc) is not loaded; loaded backends: "
                        + NativeLog.loadedBackends());
            }
            MemorySegment fn = llama_h.ggml_backend_reg_get_proc_address(reg, a.allocateFrom(name));
            if (Native.isNull(fn)) throw new ModelLoadException("llama.cpp's RPC backend has no " + name);
            return fn;
        }
    }

    // ---- what NativeAbort tells -------------------------------------------------------------------

    /** Whether an abort message comes from llama.cpp's RPC client. */
    static boolean isRpcMessage(String text) {
        return text.contains("RPC") || text.contains("Failed to connect to");
    }

    /** Whether any model with servers is loaded or loading. */
    static boolean anyLive() {
        return !LIVE.isEmpty();
    }

    /**
     * An RPC abort fired on the calling (loader) thread: inside a connection attempt, which holds
     * llama.cpp's process-wide dispatcher mutex for good now. No RPC call can work any more.
     */
    static void poison(String text) {
        String why = "an RPC connection failed inside llama.cpp (" + text + "), which keeps a lock of its RPC client for good";
        if (poisoned == null) poisoned = why;
        for (Link l : LIVE) l.markBroken("RPC server of this model can no longer be reached: " + why);
    }

    /**
     * An abort fired on a dispatcher thread: finds the dead endpoints among {@code candidates}
     * (those that refuse a TCP connection now; all of them when none does), marks them dead and
     * breaks the models that use them.
     *
     * @param candidates the endpoints of the calls in flight (or of every live model)
     * @param text       llama.cpp's message
     * @return the dead endpoints
     */
    static Set<String> dispatcherDied(Set<String> candidates, String text) {
        Set<String> dead = new LinkedHashSet<>();
        for (String e : candidates) if (!reachable(e)) dead.add(e);
        if (dead.isEmpty()) dead.addAll(candidates);
        DEAD.addAll(dead);
        String why = "the RPC server " + String.join(", ", dead) + " stopped answering (llama.cpp: " + text
                + "); this model cannot be used any more, and closing it leaks its native memory";
        for (Link l : LIVE) {
            for (String e : l.endpoints) {
                if (dead.contains(e)) {
                    l.markBroken(why);
                    break;
                }
            }
        }
        return dead;
    }

    /** The endpoints of every live model. */
    static Set<String> liveEndpoints() {
        Set<String> s = new LinkedHashSet<>();
        for (Link l : LIVE) s.addAll(l.endpoints);
        return s;
    }

    // ---- the server side --------------------------------------------------------------------------

    /**
     * The device of that name ({@code ggml_backend_dev_by_name}), or the best local one when the
     * name is null: a GPU, else an integrated GPU, else the CPU.
     *
     * @param name a device name as {@code Llama.devices()} lists them, or null
     * @return the device's name
     * @throws IllegalArgumentException if there is no such device
     */
    public static String serverDevice(String name) {
        Native.ensureLoaded();
        MemorySegment dev = device(name);
        return Native.string(llama_h.ggml_backend_dev_name(dev));
    }

    private static MemorySegment device(String name) {
        if (name == null) {
            for (int type : new int[]{llama_h.GGML_BACKEND_DEVICE_TYPE_GPU(), llama_h.GGML_BACKEND_DEVICE_TYPE_IGPU(),
                    llama_h.GGML_BACKEND_DEVICE_TYPE_CPU()}) {
                for (long i = 0, n = llama_h.ggml_backend_dev_count(); i < n; i++) {
                    MemorySegment dev = llama_h.ggml_backend_dev_get(i);
                    String backend = Native.string(llama_h.ggml_backend_reg_name(llama_h.ggml_backend_dev_backend_reg(dev)));
                    if (llama_h.ggml_backend_dev_type(dev) == type && !backend.equals("RPC")) return dev;
                }
            }
            throw new LlamaException("no local device to serve");
        }
        try (Arena a = Arena.ofConfined()) {
            MemorySegment dev = llama_h.ggml_backend_dev_by_name(a.allocateFrom(name));
            if (Native.isNull(dev) || Native.string(llama_h.ggml_backend_reg_name(llama_h.ggml_backend_dev_backend_reg(dev))).equals("RPC")) {
                List<String> names = new ArrayList<>();
                for (long i = 0, n = llama_h.ggml_backend_dev_count(); i < n; i++) {
                    names.add(Native.string(llama_h.ggml_backend_dev_name(llama_h.ggml_backend_dev_get(i))));
                }
                throw new IllegalArgumentException("no local device named '" + name + "'; devices: " + names);
            }
            return dev;
        }
    }

    /**
     * Serves RPC clients on this thread ({@code ggml_backend_rpc_start_server}): returns only when
     * llama.cpp could not start the server (it then printed why on stderr).
     *
     * @param endpoint  {@code host:port} to listen on
     * @param cacheDir  llama.cpp's tensor cache folder, or null for none
     * @param threads   CPU threads of the device's backend
     * @param device    the device's name from {@link #serverDevice}
     */
    public static void serve(String endpoint, String cacheDir, int threads, String device) {
        Native.ensureLoaded();
        MemorySegment fn = procAddress("ggml_backend_rpc_start_server");
        MethodHandle start = Linker.nativeLinker().downcallHandle(fn, FunctionDescriptor.ofVoid(ValueLayout.ADDRESS,
                ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS));
        // Global: the server keeps these pointers for as long as it serves (the rest of the process).
        Arena arena = Arena.global();
        MemorySegment devices = arena.allocate(ValueLayout.ADDRESS, 1);
        devices.setAtIndex(ValueLayout.ADDRESS, 0, device(device));
        MemorySegment cache = cacheDir == null ? MemorySegment.NULL : arena.allocateFrom(cacheDir);
        try {
            start.invokeExact(arena.allocateFrom(endpoint), cache, (long) threads, 1L, devices);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
