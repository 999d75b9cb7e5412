package io.github.llamaffm;

import io.github.llamaffm.internal.ContextHandle;
import io.github.llamaffm.internal.LoraHandle;
import io.github.llamaffm.internal.Native;
import io.github.llamaffm.internal.PromptCache;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The LoRA adapters applied to one context, with their scales, in the order applied. Changes run
 * under the context's guard; {@link #snapshot()} may be read from any thread.
 */
final class LoraSet {
    private final LlamaContext owner;
    private final ContextHandle ctx;
    private final PromptCache cache;
    private volatile LinkedHashMap<LoraAdapter, Float> loras = new LinkedHashMap<>();

    LoraSet(LlamaContext owner, ContextHandle ctx, PromptCache cache) {
        this.owner = owner;
        this.ctx = ctx;
        this.cache = cache;
    }

    /** Applies or rescales {@code adapter} (guard held); the adapter must stay open meanwhile. */
    void set(LoraAdapter adapter, float scale) {
        adapter.whileOpen(owner, () -> {
            LinkedHashMap<LoraAdapter, Float> next = new LinkedHashMap<>(loras);
            next.put(adapter, scale);
            push(next);
        });
    }

    /** Removes {@code adapter} if applied (guard held), and lets it go. */
    void remove(LoraAdapter adapter) {
        if (!loras.containsKey(adapter)) {
            adapter.removed(owner);
            return;
        }
        LinkedHashMap<LoraAdapter, Float> next = new LinkedHashMap<>(loras);
        next.remove(adapter);
        push(next);
        adapter.removed(owner);
    }

    /** A copy of the applied adapters and scales. */
    Map<LoraAdapter, Float> snapshot() {
        return new LinkedHashMap<>(loras);
    }

    /** The context is freed: every adapter may be freed now. */
    void releaseAll() {
        for (LoraAdapter a : loras.keySet()) a.removed(owner);
    }

    private void push(LinkedHashMap<LoraAdapter, Float> next) {
        int n = next.size();
        LoraHandle[] handles = new LoraHandle[n];
        float[] scales = new float[n];
        int i = 0;
        for (var e : next.entrySet()) {
            handles[i] = e.getKey().handle();
            scales[i++] = e.getValue();
        }
        int rc = ctx.setAdapters(handles, scales);
        if (rc != 0) throw Native.failure("llama.cpp refused the LoRA adapters (code " + rc + ")");
        loras = next;
        cache.untrack();
    }
}
