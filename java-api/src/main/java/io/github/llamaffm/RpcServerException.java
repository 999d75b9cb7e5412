package io.github.llamaffm;

import java.util.List;

/**
 * An RPC server of a model ({@link ModelParams#rpcServers()}) is unreachable, is not a llama.cpp
 * RPC server of this build's protocol, or stopped answering while a call used it.
 *
 * <p>When it is thrown by a call on a loaded model or one of its contexts, the model is broken for
 * good: every later call of it and of its contexts throws this exception at once, and closing them
 * leaks their native memory on purpose (see {@code docs/RPC.md}). When it is the cause of a
 * {@link ModelLoadException}, nothing was loaded.
 */
public class RpcServerException extends LlamaException {
    private static final long serialVersionUID = 1L;

    /** The endpoints concerned ({@code host:port}). */
    private final List<String> endpoints;

    /**
     * Creates the exception.
     *
     * @param message   what failed, naming the endpoints and the reason
     * @param endpoints the endpoints concerned, {@code host:port}
     * @throws NullPointerException if {@code endpoints} or one of them is null
     */
    public RpcServerException(String message, List<String> endpoints) {
        super(message);
        this.endpoints = List.copyOf(endpoints);
    }

    /**
     * The endpoints concerned: the one that failed a check, or those found dead after a server
     * stopped answering (all of the model's, when llama.cpp's message does not tell which).
     *
     * @return an unmodifiable list of {@code host:port} strings
     */
    public List<String> endpoints() {
        return endpoints;
    }
}
