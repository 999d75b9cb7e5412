package io.github.llamaffm.internal;

import io.github.llamaffm.bindings.llama_h;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Calls on a loaded {@code llama_adapter_lora *} (loading stays with its owner, which validates the file first). */
public final class LoraNatives {
    private LoraNatives() {}

    /** The adapter's GGUF metadata with string values (keys or values over 4 KiB are skipped). */
    public static Map<String, String> metadata(MemorySegment adapter) {
        Map<String, String> m = new LinkedHashMap<>();
        try (Arena a = Arena.ofConfined()) {
            MemorySegment buf = a.allocate(4096);
            int n = llama_h.llama_adapter_meta_count(adapter);
            for (int i = 0; i < n; i++) {
                if (llama_h.llama_adapter_meta_key_by_index(adapter, i, buf, buf.byteSize()) < 0) continue;
                String key = buf.getString(0);
                if (llama_h.llama_adapter_meta_val_str_by_index(adapter, i, buf, buf.byteSize()) < 0) continue;
                m.put(key, buf.getString(0));
            }
        }
        return Collections.unmodifiableMap(m);
    }

    /** Frees the adapter; the caller holds its model's adapter lock and no context uses it. */
    public static void free(MemorySegment adapter) {
        llama_h.llama_adapter_lora_free(adapter);
    }
}
