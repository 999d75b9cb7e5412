package io.github.llamaffm;

import io.github.llamaffm.internal.NativeParams;

import java.lang.foreign.MemorySegment;
import java.util.HashSet;
import java.util.List;

/**
 * How a model is loaded. Immutable; {@link #defaults()} are llama.cpp's own
 * ({@code llama_model_default_params()}), and {@link #builder()} changes some of them.
 *
 * @param gpuLayers    layers to offload to GPUs and RPC servers; negative means all (llama.cpp's default)
 * @param mainGpu      the GPU used when the model is not split
 * @param splitMode    how to split the model across several GPUs
 * @param loadMode     how the weights are read (memory-mapped or not, locked in RAM)
 * @param vocabOnly    load only the vocabulary, no weights (tokenization only; no contexts)
 * @param checkTensors validate the tensor data while loading (slower)
 * @param rpcServers   llama.cpp RPC servers ({@code host:port}) to spread the layers over, as
 *                     llama.cpp's {@code --rpc}; empty for none (see {@link Builder#rpcServers})
 */
public record ModelParams(int gpuLayers, int mainGpu, SplitMode splitMode, LoadMode loadMode,
                          boolean vocabOnly, boolean checkTensors, List<String> rpcServers) {

    /** How a model is split across several GPUs ({@code enum llama_split_mode}). */
    public enum SplitMode {
        /** Everything on the main GPU. */
        NONE,
        /** Layers and KV cache split across GPUs. */
        LAYER,
        /** Rows split across GPUs (tensor parallelism where supported). */
        ROW,
        /** Tensors split across GPUs. */
        TENSOR
    }

    /** How weights are read ({@code enum llama_load_mode}). */
    public enum LoadMode {
        /** llama.cpp decides from the device's capabilities. */
        AUTO(-1),
        /** Read into memory, no mapping. */
        NONE(0),
        /** Memory-map the file. */
        MMAP(1),
        /** Read and lock in RAM. */
        MLOCK(2),
        /** Memory-map and lock in RAM. */
        MMAP_MLOCK(3),
        /** Direct I/O where available. */
        DIRECT_IO(4);

        final int value;

        LoadMode(int value) {
            this.value = value;
        }

        static LoadMode of(int v) {
            for (LoadMode m : values()) if (m.value == v) return m;
            return AUTO;
        }
    }

    /**
     * Validates the parameters.
     *
     * @throws IllegalArgumentException if {@code mainGpu} is negative, or an RPC server is not
     *                                  {@code host:port} (host non-empty, IPv4 or a name; port
     *                                  1..65535), is listed twice, there are more than 16, or RPC
     *                                  servers come with {@code gpuLayers == 0} or {@code vocabOnly}
     * @throws NullPointerException     if an enum, the list or an element is null
     */
    public ModelParams {
        if (mainGpu < 0) throw new IllegalArgumentException("mainGpu must be >= 0: " + mainGpu);
        java.util.Objects.requireNonNull(splitMode, "splitMode");
        java.util.Objects.requireNonNull(loadMode, "loadMode");
        rpcServers = List.copyOf(rpcServers);
        if (rpcServers.size() > io.github.llamaffm.internal.Rpc.MAX_SERVERS) {
            throw new IllegalArgumentException("at most " + io.github.llamaffm.internal.Rpc.MAX_SERVERS
                    + " RPC servers (llama.cpp's limit): " + rpcServers.size());
        }
        java.util.Set<String> seen = new HashSet<>();
        for (String e : rpcServers) {
            io.github.llamaffm.internal.Rpc.checkEndpoint(e);
            if (!seen.add(e)) throw new IllegalArgumentException("RPC server " + e + " is listed twice");
        }
        if (!rpcServers.isEmpty() && gpuLayers == 0) {
            throw new IllegalArgumentException("gpuLayers 0 keeps every layer local: the RPC servers " + rpcServers
                    + " would get nothing (use a positive count, or -1 for all layers)");
        }
        if (!rpcServers.isEmpty() && vocabOnly) {
            throw new IllegalArgumentException("a vocabulary-only model has no layers for the RPC servers " + rpcServers);
        }
    }

    /**
     * The parameters without RPC servers (the constructor of the first release).
     *
     * @param gpuLayers    layers to offload to GPUs; negative means all
     * @param mainGpu      the GPU used when the model is not split
     * @param splitMode    how to split the model across several GPUs
     * @param loadMode     how the weights are read
     * @param vocabOnly    load only the vocabulary
     * @param checkTensors validate the tensor data while loading
     * @throws IllegalArgumentException if {@code mainGpu} is negative
     * @throws NullPointerException     if an enum is null
     */
    public ModelParams(int gpuLayers, int mainGpu, SplitMode splitMode, LoadMode loadMode, boolean vocabOnly, boolean checkTensors) {
        this(gpuLayers, mainGpu, splitMode, loadMode, vocabOnly, checkTensors, List.of());
    }

    /**
     * llama.cpp's defaults ({@code llama_model_default_params()}: every layer on the GPU when there
     * is one, split by layer, main GPU 0, load mode auto, weights and vocabulary, no tensor
     * checks). Loads no native library (a test compares them with llama.cpp's).
     *
     * @return the defaults
     */
    public static ModelParams defaults() {
        return new ModelParams(-1, 0, SplitMode.LAYER, LoadMode.AUTO, false, false, List.of());
    }

    /**
     * A builder starting from {@link #defaults()}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder(defaults());
    }

    /**
     * A builder starting from these parameters.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Writes these parameters into a native {@code llama_model_params} (other fields keep their defaults). */
    void writeTo(MemorySegment p) {
        NativeParams.model(p, gpuLayers, mainGpu, splitMode.ordinal(), loadMode.value, vocabOnly, checkTensors);
    }

    /** Builds {@link ModelParams}. Not thread-safe. */
    public static final class Builder {
        private int gpuLayers;
        private int mainGpu;
        private SplitMode splitMode;
        private LoadMode loadMode;
        private boolean vocabOnly;
        private boolean checkTensors;
        private List<String> rpcServers;

        private Builder(ModelParams p) {
            gpuLayers = p.gpuLayers;
            mainGpu = p.mainGpu;
            splitMode = p.splitMode;
            loadMode = p.loadMode;
            vocabOnly = p.vocabOnly;
            checkTensors = p.checkTensors;
            rpcServers = p.rpcServers;
        }

        /**
         * Layers to offload to GPUs and RPC servers (ignored without either). With RPC servers the
         * offloaded layers go to the servers' devices first, in the order of
         * {@link #rpcServers}, then to local GPUs, split by the devices' free memory, as
         * llama.cpp's {@code -ngl N --rpc ...}; the rest stays on the local CPU.
         *
         * @param n layers; negative for all
         * @return this builder
         */
        public Builder gpuLayers(int n) {
            gpuLayers = n;
            return this;
        }

        /**
         * The GPU used when the model is not split.
         *
         * @param index device index, {@code >= 0}
         * @return this builder
         */
        public Builder mainGpu(int index) {
            mainGpu = index;
            return this;
        }

        /**
         * How to split across GPUs.
         *
         * @param mode the split mode
         * @return this builder
         * @throws NullPointerException if {@code mode} is null
         */
        public Builder splitMode(SplitMode mode) {
            splitMode = java.util.Objects.requireNonNull(mode, "splitMode");
            return this;
        }

        /**
         * How to read the weights.
         *
         * @param mode the load mode
         * @return this builder
         * @throws NullPointerException if {@code mode} is null
         */
        public Builder loadMode(LoadMode mode) {
            loadMode = java.util.Objects.requireNonNull(mode, "loadMode");
            return this;
        }

        /**
         * Load the vocabulary only.
         *
         * @param only true for a vocabulary-only model
         * @return this builder
         */
        public Builder vocabOnly(boolean only) {
            vocabOnly = only;
            return this;
        }

        /**
         * Validate tensor data while loading.
         *
         * @param check true to validate
         * @return this builder
         */
        public Builder checkTensors(boolean check) {
            checkTensors = check;
            return this;
        }

        /**
         * Spreads the model's layers over llama.cpp RPC servers, as llama.cpp's {@code --rpc}: the
         * servers' devices come first in the model's device list, then the local GPUs;
         * {@link #gpuLayers} says how many layers leave the local CPU ({@code -1}, the default: all
         * of them). Each server is checked when the model loads (a TCP connection and the RPC
         * handshake), so an unreachable one, one that is not a llama.cpp RPC server or one of
         * another protocol version is a {@link ModelLoadException} whose cause is an
         * {@link RpcServerException}. Start servers with {@link RpcServer} or llama.cpp's
         * {@code rpc-server}; the protocol has no authentication (see {@code docs/RPC.md}).
         *
         * @param endpoints {@code host:port} of each server (IPv4 address or host name); empty for none
         * @return this builder
         * @throws IllegalArgumentException if an endpoint is malformed (checked here and by {@link #build})
         * @throws NullPointerException     if the list or an element is null
         */
        public Builder rpcServers(List<String> endpoints) {
            List<String> copy = List.copyOf(endpoints);
            copy.forEach(io.github.llamaffm.internal.Rpc::checkEndpoint);
            rpcServers = copy;
            return this;
        }

        /**
         * Adds one RPC server to those of {@link #rpcServers}.
         *
         * @param endpoint {@code host:port}
         * @return this builder
         * @throws IllegalArgumentException if the endpoint is malformed
         * @throws NullPointerException     if {@code endpoint} is null
         */
        public Builder rpcServer(String endpoint) {
            io.github.llamaffm.internal.Rpc.checkEndpoint(endpoint);
            List<String> l = new java.util.ArrayList<>(rpcServers);
            l.add(endpoint);
            rpcServers = List.copyOf(l);
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @return immutable parameters
         * @throws IllegalArgumentException if a value is invalid
         */
        public ModelParams build() {
            return new ModelParams(gpuLayers, mainGpu, splitMode, loadMode, vocabOnly, checkTensors, rpcServers);
        }
    }
}
