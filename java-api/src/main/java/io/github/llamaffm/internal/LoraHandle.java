package io.github.llamaffm.internal;

import io.github.llamaffm.ModelLoadException;
import io.github.llamaffm.bindings.llama_h;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A loaded {@code llama_adapter_lora}. No backstop of its own: llama.cpp's model deletes the
 * adapters still in its set when it is freed, so an adapter never outlives its model's memory.
 * The owner decides when {@link #free()} may run (no context uses it) and serializes loads and
 * frees per model (llama.cpp edits a {@code std::set} of the model without a lock).
 */
public final class LoraHandle {
    private final MemorySegment handle;

    private LoraHandle(MemorySegment handle) {
        this.handle = handle;
    }

    /**
     * Loads an adapter file that {@link ModelFileCheck#checkAdapter} has accepted, on a loader
     * thread ({@link NativeAbort}) so an assertion in llama.cpp becomes an exception.
     *
     * @param model       the model it is for, kept alive by the caller (its read lock)
     * @param file        the adapter's GGUF file
     * @param adapterLock the model's lock for changes to its adapter set, taken here (not on the
     *                    loader thread, which may stay parked for good after an assertion)
     * @param modelName   the model's name for the failure message
     * @return the adapter
     * @throws ModelLoadException if llama.cpp refuses the file; the message carries its reason
     */
    public static LoraHandle load(ModelHandle model, Path file, Object adapterLock, String modelName) {
        if (model.rpc() != null) {
            // An adapter's tensors would live on the servers, outside the guarded calls of the model.
            throw new ModelLoadException("cannot load the LoRA adapter " + file + " for " + modelName
                    + ": LoRA adapters are not supported on models with RPC servers");
        }
        try (Arena a = Arena.ofShared()) {
            MemorySegment path = a.allocateFrom(file.toString());
            MemorySegment m = model.segment();
            NativeAbort.Loaded<MemorySegment> loaded;
            synchronized (adapterLock) {
                loaded = NativeAbort.load("loading the LoRA adapter " + file, () -> llama_h.llama_adapter_lora_init(m, path));
            }
            if (Native.isNull(loaded.value())) {
                throw new ModelLoadException("cannot load the LoRA adapter " + file + " for " + modelName + loaded.recentLog());
            }
            return new LoraHandle(loaded.value());
        }
    }

    /** The {@code llama_adapter_lora *}, for the native calls of this package. */
    MemorySegment segment() {
        return handle;
    }

    /**
     * The adapter's GGUF metadata with string values (keys or values over 4 KiB are skipped).
     *
     * @return an unmodifiable map in file order
     */
    public Map<String, String> metadata() {
        Map<String, String> m = new LinkedHashMap<>();
        try (Arena a = Arena.ofConfined()) {
            MemorySegment buf = a.allocate(4096);
            int n = llama_h.llama_adapter_meta_count(handle);
            for (int i = 0; i < n; i++) {
                if (llama_h.llama_adapter_meta_key_by_index(handle, i, buf, buf.byteSize()) < 0) continue;
                String key = buf.getString(0);
                if (llama_h.llama_adapter_meta_val_str_by_index(handle, i, buf, buf.byteSize()) < 0) continue;
                m.put(key, buf.getString(0));
            }
        }
        return Collections.unmodifiableMap(m);
    }

    /** Frees the adapter; the caller holds its model's adapter lock and no context uses it. */
    public void free() {
        llama_h.llama_adapter_lora_free(handle);
    }
}
