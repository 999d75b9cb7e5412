package io.github.llamaffm.internal;

import io.github.llamaffm.ModelLoadException;
import io.github.llamaffm.bindings.llama_h;
import io.github.llamaffm.bindings.llama_model_params;
import io.github.llamaffm.bindings.llama_progress_callback;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.ref.Cleaner;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A loaded {@code llama_model} and its free order. {@link #segment()} and {@link #vocab()} are
 * views scoped to an arena that {@link #free()} closes before {@code llama_model_free}: a native
 * call with a stale handle then fails in the JDK instead of using freed memory. A {@link Cleaner}
 * is the backstop; it holds only what it frees.
 *
 * <p>No lock of its own: the owner decides when {@link #free()} may run (no reader, no child).
 *
 * <p>A model with RPC servers has an {@link Rpc.Link}: its load and free run through it on a
 * loader thread, and once a server of it died the model is never freed (the free would wait
 * forever for the dead server; the memory is leaked on purpose).
 */
public final class ModelHandle {
    private static final Cleaner CLEANER = Cleaner.create();

    private final Arena arena = Arena.ofShared();
    private final MemorySegment handle;
    private final VocabHandle vocab;
    private final Cleaner.Cleanable cleanable;
    private final Rpc.Link rpc; // null: no RPC servers

    /** Told of a load's progress on the loader thread; returns false to cancel the load. */
    @FunctionalInterface
    public interface Progress {
        /**
         * Called by llama.cpp while it loads the weights.
         *
         * @param fraction done so far, 0 to 1
         * @return false to cancel
         */
        boolean onProgress(float fraction);
    }

    /**
     * Takes ownership of a model. The backstop frees it once this handle is unreachable; the owner
     * keeps the handle in a final field, so that is when the owner is unreachable.
     */
    private ModelHandle(MemorySegment raw, Rpc.Link rpc) {
        Arena a = arena;
        this.rpc = rpc;
        this.cleanable = CLEANER.register(this, () -> {
            try {
                a.close();
            } catch (IllegalStateException e) {
                // a call stuck for good on a dead RPC server still holds a view: leave it
            }
            if (rpc == null) {
                llama_h.llama_model_free(raw);
            } else {
                rpc.free("the model", () -> llama_h.llama_model_free(raw));
                rpc.close();
            }
        });
        this.handle = raw.reinterpret(arena, null);
        this.vocab = new VocabHandle(llama_h.llama_model_get_vocab(handle).reinterpret(arena, null));
    }

    /**
     * Loads a model file that {@link ModelFileCheck#checkModel} has accepted. The native call runs on
     * a loader thread ({@link NativeAbort}), so an assertion in llama.cpp becomes an exception;
     * {@code progress} is called there.
     *
     * @param file        the absolute path of the GGUF file
     * @param writeParams fills in {@code llama_model_params} over llama.cpp's defaults
     * @param rpcServers  checked RPC endpoints to put layers on, or empty
     * @param progress    told of the progress, or null; an exception it throws cancels the load
     * @return the model
     * @throws ModelLoadException if llama.cpp refuses the file or the load was cancelled; the
     *                            message carries llama.cpp's reason or the listener's exception;
     *                            its cause is an {@link io.github.llamaffm.RpcServerException}
     *                            when an RPC server failed its check or died during the load
     */
    public static ModelHandle load(Path file, Consumer<MemorySegment> writeParams, java.util.List<String> rpcServers,
                                   Progress progress) {
        Rpc.Link rpc = null;
        if (!rpcServers.isEmpty()) {
            try {
                rpc = Rpc.Link.open(rpcServers);
            } catch (io.github.llamaffm.RpcServerException e) {
                throw new ModelLoadException("cannot load model " + file + ": " + e.getMessage(), e);
            }
        }
        boolean ok = false;
        try {
            ModelHandle h = load(file, writeParams, rpc, progress);
            ok = true;
            return h;
        } finally {
            if (!ok && rpc != null) rpc.close();
        }
    }

    private static ModelHandle load(Path file, Consumer<MemorySegment> writeParams, Rpc.Link rpc, Progress progress) {
        Throwable[] listenerFailure = {null};
        boolean[] cancelled = {false};
        // Shared: the native call runs on a loader thread, the listener is called there.
        try (Arena arena = Arena.ofShared()) {
            MemorySegment p = llama_h.llama_model_default_params(arena);
            writeParams.accept(p);
            if (progress != null) {
                // Called from C on the loading thread: must never throw.
                MemorySegment cb = llama_progress_callback.allocate((fraction, user) -> {
                    try {
                        boolean go = progress.onProgress(Math.max(0f, Math.min(1f, fraction)));
                        if (!go) cancelled[0] = true;
                        return go;
                    } catch (Throwable t) {
                        listenerFailure[0] = t;
                        return false;
                    }
                }, arena);
                llama_model_params.progress_callback(p, cb);
            }
            MemorySegment path = arena.allocateFrom(file.toString());
            MemorySegment m;
            String recentLog;
            if (rpc == null) {
                NativeAbort.Loaded<MemorySegment> loaded = NativeAbort.load("loading model " + file,
                        () -> llama_h.llama_model_load_from_file(path, p));
                m = loaded.value();
                recentLog = loaded.recentLog();
            } else {
                try {
                    llama_model_params.devices(p, rpc.devices(arena));
                    m = rpc.call("loading model " + file, () -> llama_h.llama_model_load_from_file(path, p));
                } catch (io.github.llamaffm.RpcServerException e) {
                    throw new ModelLoadException("cannot load model " + file + ": " + e.getMessage(), e);
                }
                recentLog = Native.recentLog();
            }
            if (Native.isNull(m)) {
                if (listenerFailure[0] != null) {
                    throw new ModelLoadException("loading " + file + " was cancelled: the progress listener threw", listenerFailure[0]);
                }
                if (cancelled[0]) throw new ModelLoadException("loading " + file + " was cancelled by the progress listener");
                throw new ModelLoadException("cannot load model " + file + recentLog);
            }
            return new ModelHandle(m, rpc);
        }
    }

    /** The {@code llama_model *} view, for the native calls of this package. */
    MemorySegment segment() {
        return handle;
    }

    /**
     * The model's vocabulary.
     *
     * @return the vocabulary handle, valid until {@link #free()}
     */
    public VocabHandle vocab() {
        return vocab;
    }

    /**
     * The model's RPC servers.
     *
     * @return the link, or null when the model has none
     */
    public Rpc.Link rpc() {
        return rpc;
    }

    /** Frees once: the views' arena first, then the model (not when an RPC server of it died). */
    public void free() {
        cleanable.clean();
    }

    /**
     * Whether the model's memory is recurrent (or hybrid): it cannot drop the end of a sequence.
     *
     * @return true for recurrent and hybrid models
     */
    public boolean isRecurrent() {
        return llama_h.llama_model_is_recurrent(handle) || llama_h.llama_model_is_hybrid(handle);
    }

    /**
     * Positions llama.cpp reads for each input-embedding row of a batch: one per rotary section
     * (4) for M-RoPE models such as Qwen2-VL, 1 otherwise (its rule, by the model's rope type).
     *
     * @return 4 or 1
     */
    public int positionsPerEmbedding() {
        int type = llama_h.llama_model_rope_type(handle);
        return type == llama_h.LLAMA_ROPE_TYPE_MROPE() || type == llama_h.LLAMA_ROPE_TYPE_IMROPE() ? 4 : 1;
    }

    /** Facts that never change: size in bytes, parameters. */
    public long[] sizes() {
        return new long[] {llama_h.llama_model_size(handle), llama_h.llama_model_n_params(handle)};
    }

    /** Facts that never change: training context, embedding, output embedding, layers, classifier outputs. */
    public int[] shape() {
        return new int[] {llama_h.llama_model_n_ctx_train(handle), llama_h.llama_model_n_embd(handle),
                llama_h.llama_model_n_embd_out(handle), llama_h.llama_model_n_layer(handle), llama_h.llama_model_n_cls_out(handle)};
    }

    /** llama.cpp's one-line description of the model. */
    public String description() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment buf = a.allocate(512);
            int n = llama_h.llama_model_desc(handle, buf, buf.byteSize());
            return n <= 0 ? "" : buf.getString(0);
        }
    }

    /** The chat template of that name (null: the default one), if the model has one. */
    public Optional<String> template(String name) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment t = llama_h.llama_model_chat_template(handle, name == null ? MemorySegment.NULL : a.allocateFrom(name));
            return Native.isNull(t) ? Optional.empty() : Optional.of(Native.string(t));
        }
    }

    /** The GGUF metadata as llama.cpp renders it, in file order; unmodifiable. */
    public Map<String, String> metadata() {
        Map<String, String> m = new LinkedHashMap<>();
        int n = llama_h.llama_model_meta_count(handle);
        try (Arena a = Arena.ofConfined()) {
            MemorySegment buf = a.allocate(4096);
            for (int i = 0; i < n; i++) {
                String key = metaString(a, buf, i, true);
                String value = metaString(a, buf, i, false);
                if (key != null) m.put(key, value == null ? "" : value);
            }
        }
        return Collections.unmodifiableMap(m);
    }

    private String metaString(Arena a, MemorySegment buf, int i, boolean key) {
        int n = key ? llama_h.llama_model_meta_key_by_index(handle, i, buf, buf.byteSize())
                : llama_h.llama_model_meta_val_str_by_index(handle, i, buf, buf.byteSize());
        if (n < 0) return null;
        if (n >= buf.byteSize()) {
            MemorySegment big = a.allocate(n + 1L);
            n = key ? llama_h.llama_model_meta_key_by_index(handle, i, big, big.byteSize())
                    : llama_h.llama_model_meta_val_str_by_index(handle, i, big, big.byteSize());
            return n < 0 ? null : big.getString(0);
        }
        return buf.getString(0);
    }
}
