package io.github.llamaffm.internal;

import io.github.llamaffm.bindings.llama_h;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.ref.Cleaner;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded {@code llama_model} and its free order. {@link #segment()} and {@link #vocab()} are
 * views scoped to an arena that {@link #free()} closes before {@code llama_model_free}: a native
 * call with a stale handle then fails in the JDK instead of using freed memory. A {@link Cleaner}
 * on the owner is the backstop; it holds only what it frees.
 *
 * <p>No lock of its own: the owner decides when {@link #free()} may run (no reader, no child).
 */
public final class ModelHandle {
    private static final Cleaner CLEANER = Cleaner.create();

    private final Arena arena = Arena.ofShared();
    private final MemorySegment handle;
    private final MemorySegment vocab;
    private final Cleaner.Cleanable cleanable;

    /**
     * Takes ownership of a model.
     *
     * @param owner the object whose unreachability frees the model (the backstop)
     * @param raw   the {@code llama_model *} from {@code llama_model_load_from_file}
     */
    public ModelHandle(Object owner, MemorySegment raw) {
        Arena a = arena;
        this.cleanable = CLEANER.register(owner, () -> {
            a.close();
            llama_h.llama_model_free(raw);
        });
        this.handle = raw.reinterpret(arena, null);
        this.vocab = llama_h.llama_model_get_vocab(handle).reinterpret(arena, null);
    }

    /** The {@code llama_model *} view. */
    public MemorySegment segment() {
        return handle;
    }

    /** The {@code llama_vocab *} view. */
    public MemorySegment vocab() {
        return vocab;
    }

    /** Frees once: the views' arena first, then the model. */
    public void free() {
        cleanable.clean();
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
