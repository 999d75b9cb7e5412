package io.github.llamaffm.internal;

import io.github.llamaffm.LlamaException;
import io.github.llamaffm.bindings.ggml_threadpool_params;
import io.github.llamaffm.bindings.llama_h;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * A ggml CPU thread pool: worker threads that wait between graphs instead of being started and
 * joined for each one. {@code ggml_threadpool_new/free} live in the CPU backend, which ggml loads
 * at run time (one library per CPU generation), so they are found through the backend registry,
 * as llama-bench finds them, not linked from a fixed library. Not thread-safe: its owner (a
 * context) uses it under its own guard.
 */
public final class ThreadPool implements AutoCloseable {
    private static volatile MethodHandle create, free;

    private final MemorySegment handle;
    private final int threads;
    private boolean closed;

    private ThreadPool(MemorySegment handle, int threads) {
        this.handle = handle;
        this.threads = threads;
    }

    /**
     * Starts a pool.
     *
     * @param threads worker threads including the caller's, {@code >= 1}
     * @param poll    how long idle workers spin before sleeping, 0..100
     * @return the pool
     * @throws LlamaException if the CPU backend has no thread pools or cannot start one
     */
    public static ThreadPool start(int threads, int poll) {
        resolve();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment params = llama_h.ggml_threadpool_params_default(arena, threads);
            ggml_threadpool_params.poll(params, poll);
            MemorySegment pool = (MemorySegment) create.invokeExact(params);
            if (Native.isNull(pool)) throw Native.failure("ggml could not start a thread pool of " + threads + " threads");
            return new ThreadPool(pool, threads);
        } catch (LlamaException e) {
            throw e;
        } catch (Throwable t) {
            throw new LlamaException("ggml_threadpool_new failed", t);
        }
    }

    private static void resolve() {
        if (free != null) return;
        synchronized (ThreadPool.class) {
            if (free != null) return;
            Native.ensureLoaded();
            MemorySegment dev = llama_h.ggml_backend_dev_by_type(llama_h.GGML_BACKEND_DEVICE_TYPE_CPU());
            if (Native.isNull(dev)) throw new LlamaException("no CPU backend is loaded: no thread pool");
            MemorySegment reg = llama_h.ggml_backend_dev_backend_reg(dev);
            MemorySegment newFn, freeFn;
            try (Arena arena = Arena.ofConfined()) {
                newFn = llama_h.ggml_backend_reg_get_proc_address(reg, arena.allocateFrom("ggml_threadpool_new"));
                freeFn = llama_h.ggml_backend_reg_get_proc_address(reg, arena.allocateFrom("ggml_threadpool_free"));
            }
            if (Native.isNull(newFn) || Native.isNull(freeFn)) throw new LlamaException("the CPU backend offers no thread pools");
            Linker linker = Linker.nativeLinker();
            create = linker.downcallHandle(newFn, FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS));
            free = linker.downcallHandle(freeFn, FunctionDescriptor.ofVoid(ValueLayout.ADDRESS));
        }
    }

    /**
     * The native {@code ggml_threadpool *}, for {@code llama_attach_threadpool}.
     *
     * @return the pointer
     */
    public MemorySegment handle() {
        return handle;
    }

    /**
     * Threads of the pool (a graph may use fewer, never more).
     *
     * @return the thread count
     */
    public int threads() {
        return threads;
    }

    /** Stops the workers and frees the pool; the context must no longer use it. Idempotent. */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        try {
            free.invokeExact(handle);
        } catch (Throwable t) {
            throw new LlamaException("ggml_threadpool_free failed", t);
        }
    }
}
