package io.github.llamaffm;

import io.github.llamaffm.internal.LoraHandle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A LoRA adapter loaded for a {@link LlamaModel} (from {@link LlamaModel#loadLora(Path)}): low-rank
 * weight deltas that specialise the model. Apply it to contexts with
 * {@link LlamaContext#setLora(LoraAdapter, float)}; one adapter may be applied to many contexts
 * of its model, with a scale each.
 *
 * <p><b>Ownership:</b> owned by its model; closing the model closes it. {@link #close()} first
 * removes the adapter from every context it is applied to (waiting for each context's running
 * call), then frees it. Closed from a callback inside a call of a context that uses it, the
 * adapter is taken off that context, and freed, when that call returns. Thread-safe.
 */
public final class LoraAdapter implements AutoCloseable {
    private final LlamaModel model;
    private final Path path;
    private final LoraHandle handle;
    private final Map<String, String> metadata;
    private final Set<LlamaContext> users = ConcurrentHashMap.newKeySet();
    // Applying holds the read lock; close() takes the write lock to mark itself closed, so no
    // context can take the adapter on after close() has listed the contexts to take it off.
    private final java.util.concurrent.locks.ReentrantReadWriteLock lock = new java.util.concurrent.locks.ReentrantReadWriteLock();
    private volatile boolean closed;
    private boolean freed; // guarded by this

    private LoraAdapter(LlamaModel model, Path path, LoraHandle handle) {
        this.model = model;
        this.path = path;
        this.handle = handle;
        this.metadata = handle.metadata();
    }

    static LoraAdapter load(LlamaModel model, Path path) {
        Objects.requireNonNull(path, "path");
        if (!Files.isRegularFile(path)) throw new ModelLoadException("no LoRA adapter file at " + path.toAbsolutePath());
        // Hostile files must not reach llama.cpp's assertions: check the metadata in Java first.
        io.github.llamaffm.internal.ModelFileCheck.checkAdapter(path.toAbsolutePath());
        return model.read(() -> {
            LoraAdapter adapter = new LoraAdapter(model, path,
                    LoraHandle.load(model.nativeModel(), path, model.adapterLock(), model.path().getFileName().toString()));
            model.adopt(adapter);
            return adapter;
        });
    }

    /**
     * The file the adapter was loaded from.
     *
     * @return the path
     */
    public Path path() {
        return path;
    }

    /**
     * The model the adapter belongs to.
     *
     * @return the model
     */
    public LlamaModel model() {
        return model;
    }

    /**
     * The adapter's GGUF metadata (scalar values as text), e.g. {@code adapter.lora.alpha}.
     *
     * @return an unmodifiable map
     */
    public Map<String, String> metadata() {
        return metadata;
    }

    /** The native handle, for an adapter already applied (its close() waits for the context). */
    LoraHandle handle() {
        return handle;
    }

    /** Runs {@code apply} (which ends by recording the context) unless the adapter is closed. */
    void whileOpen(LlamaContext ctx, Runnable apply) {
        lock.readLock().lock();
        try {
            if (closed) throw new IllegalStateException("the LoRA adapter " + path.getFileName() + " is closed");
            apply.run();
            users.add(ctx);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** {@code ctx} no longer uses the adapter (taken off, or the context freed). */
    void removed(LlamaContext ctx) {
        users.remove(ctx);
        if (closed) freeIfUnused();
    }

    /**
     * Whether {@link #close()} has been called (directly or by closing the model).
     *
     * @return true once closed
     */
    public boolean isClosed() {
        return closed;
    }

    /**
     * Removes the adapter from the contexts using it, then frees it. Idempotent. A context's
     * running call on another thread is waited for; from a callback inside a call of a context
     * that uses the adapter, it is removed from that context, and freed, when the call returns.
     */
    @Override
    public void close() {
        lock.writeLock().lock(); // no context can take the adapter on after this
        try {
            if (closed) return;
            closed = true;
        } finally {
            lock.writeLock().unlock();
        }
        for (LlamaContext ctx : List.copyOf(users)) ctx.core.dropLora(this); // waits, or defers to the running call
        freeIfUnused();
    }

    private void freeIfUnused() {
        synchronized (this) {
            if (freed || !users.isEmpty()) return;
            freed = true;
        }
        // A closing model deletes the adapters still in its set (~llama_model), so only an adapter
        // closed on its own is freed here. That keeps the adapter lock out of model.close(): a log
        // listener closing the model while another adapter loads (the loader's caller holds the
        // lock) would otherwise wait for that load, which waits for the listener.
        if (!model.isClosed()) {
            synchronized (model.adapterLock()) {
                handle.free();
            }
        }
        model.release(this);
    }

    @Override
    public String toString() {
        return "LoraAdapter[" + path.getFileName() + (closed ? ", closed]" : "]");
    }
}
