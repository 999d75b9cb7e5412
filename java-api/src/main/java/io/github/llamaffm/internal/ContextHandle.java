package io.github.llamaffm.internal;

import io.github.llamaffm.bindings.ggml_abort_callback;
import io.github.llamaffm.bindings.llama_context_params;
import io.github.llamaffm.bindings.llama_h;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A {@code llama_context} and everything native that lives exactly as long as it: the context's
 * own decode batch, its abort upcall, its ggml thread pool, and the views of its outputs.
 *
 * <p><b>Free order</b> ({@link #free()}): output views, then the arena of the scoped views
 * {@link #handle()} and the memory handle — so that a native call with a stale handle fails in the
 * JDK instead of using freed memory — then the batch, {@code llama_free}, the thread pool, and last
 * the arena of the abort upcall, which llama.cpp may call until {@code llama_free} returns.
 *
 * <p><b>RPC.</b> On a model with RPC servers, the calls that can reach a server (creation, decode,
 * state, KV clear and copy, the free) run through the model's {@link Rpc.Link} on a loader thread;
 * once a server died they throw {@link io.github.llamaffm.RpcServerException}, and {@link #free()}
 * frees nothing native any more (leaked on purpose: {@code llama_free} would wait forever for the
 * dead server). Without RPC servers the calls are direct, as before.
 *
 * <p>Not thread-safe: its owner calls it under {@link #guard()} (the guard's protocol decides when
 * {@link #free()} may run). Every method except {@link #free()} needs the guard held.
 */
public final class ContextHandle {
    private final Guard guard = new Guard("LlamaContext");
    private final MemorySegment raw;
    // handle and memory are views scoped to arena, which free() closes before llama_free.
    private final MemorySegment handle, memory;
    private final Arena arena;
    private final Arena stubs; // the abort upcall and the params: closed only after llama_free
    private final NativeBatch batch; // the owner's own single-sequence batch (sequence 0)
    private final int threadPoll;
    private final Rpc.Link rpc; // the model's RPC servers, or null
    private ThreadPool threadPool; // null: ggml starts threads per graph
    // Pools replaced by a larger one. The CPU backend keeps a pointer to the pool of its last
    // graph and pauses it when the next graph brings another (ggml_backend_cpu_set_threadpool):
    // freeing a replaced pool at once made that pause use freed memory (seen as a hang and a
    // SIGABRT in ThreadPoolTest). They are freed with the context, after llama_free.
    private final java.util.List<ThreadPool> retiredPools = new java.util.ArrayList<>();
    private Arena views; // views of the last decode's outputs
    private int lastRows; // rows of the last decode, whose outputs can be read
    /** Sizes fixed at creation: context, per sequence, batch, micro-batch, sequences. */
    public final int nCtx, nCtxSeq, nBatch, nUbatch, nSeq;

    private ContextHandle(MemorySegment raw, Arena stubs, ThreadPool pool, int threadPoll, Rpc.Link rpc) {
        this.raw = raw;
        this.rpc = rpc;
        this.stubs = stubs;
        this.threadPool = pool;
        this.threadPoll = threadPoll;
        this.arena = Arena.ofShared();
        this.handle = raw.reinterpret(arena, null);
        this.memory = llama_h.llama_get_memory(handle).reinterpret(arena, null);
        this.nCtx = llama_h.llama_n_ctx(handle);
        this.nCtxSeq = llama_h.llama_n_ctx_seq(handle);
        this.nSeq = llama_h.llama_n_seq_max(handle);
        this.nBatch = llama_h.llama_n_batch(handle);
        this.nUbatch = llama_h.llama_n_ubatch(handle);
        this.batch = new NativeBatch(nBatch, 0, 1);
        for (int i = 0; i < nBatch; i++) {
            batch.sequenceCounts.setAtIndex(ValueLayout.JAVA_INT, i, 1);
            batch.sequenceIds[i].set(ValueLayout.JAVA_INT, 0, 0);
        }
    }

    /**
     * Creates a context on a model.
     *
     * @param model       the model, kept alive by the caller
     * @param writeParams fills in {@code llama_context_params} over llama.cpp's defaults
     * @param shouldAbort consulted by llama.cpp's abort callback on the decoding thread; any
     *                    throwable counts as "go on"
     * @param poolThreads threads of a ggml thread pool of its own, or 0 for none
     * @param threadPoll  the pool's idle spin, 0..100
     * @param what        the failure message's start when llama.cpp refuses
     * @return the handle
     * @throws io.github.llamaffm.LlamaException if llama.cpp cannot create the context or pool
     */
    public static ContextHandle create(ModelHandle model, Consumer<MemorySegment> writeParams, BooleanSupplier shouldAbort,
                                       int poolThreads, int threadPoll, Supplier<String> what) {
        Rpc.Link rpc = model.rpc();
        Arena stubs = Arena.ofShared();
        MemorySegment h = MemorySegment.NULL;
        ThreadPool pool = null;
        try {
            MemorySegment p = llama_h.llama_context_default_params(stubs);
            writeParams.accept(p);
            // Called from C inside llama_decode (on the decoding thread): must never throw.
            llama_context_params.abort_callback(p, ggml_abort_callback.allocate(data -> {
                try {
                    return shouldAbort.getAsBoolean();
                } catch (Throwable t) {
                    return false;
                }
            }, stubs));
            NativeLog.clearRecent();
            MemorySegment m = model.segment();
            h = rpc == null ? llama_h.llama_init_from_model(m, p) : rpc.call("creating a context", () -> llama_h.llama_init_from_model(m, p));
            if (Native.isNull(h)) throw Native.failure(what.get());
            if (poolThreads > 0) {
                pool = ThreadPool.start(poolThreads, threadPoll);
                llama_h.llama_attach_threadpool(h, pool.handle(), MemorySegment.NULL);
            }
            return new ContextHandle(h, stubs, pool, threadPoll, rpc);
        } catch (RuntimeException | Error e) {
            if (rpc != null && rpc.isBroken()) throw e; // a stuck call may still use the params: leak them
            if (stubs.scope().isAlive()) {
                if (!Native.isNull(h)) {
                    MemorySegment created = h;
                    if (rpc == null) llama_h.llama_free(created);
                    else rpc.free("a context", () -> llama_h.llama_free(created));
                }
                if (pool != null) pool.close();
                stubs.close();
            }
            throw e;
        }
    }

    /**
     * The guard of this context: one thread at a time; close waits for (or defers to) the running call.
     *
     * @return the guard
     */
    public Guard guard() {
        return guard;
    }

    // ---- threads --------------------------------------------------------------------------------

    /** Threads for generation. */
    public int threads() {
        return llama_h.llama_n_threads(handle);
    }

    /** Threads for prompt processing. */
    public int batchThreads() {
        return llama_h.llama_n_threads_batch(handle);
    }

    /**
     * Changes the thread counts; a thread pool smaller than the larger count is replaced by a larger one.
     *
     * @param threads      threads for generation, {@code >= 1}
     * @param batchThreads threads for prompt processing, {@code >= 1}
     */
    public void setThreads(int threads, int batchThreads) {
        if (threadPool != null && Math.max(threads, batchThreads) > threadPool.threads()) {
            // a graph never gets more threads than its pool has: a larger pool replaces it
            ThreadPool larger = ThreadPool.start(Math.max(threads, batchThreads), threadPoll);
            llama_h.llama_attach_threadpool(handle, larger.handle(), MemorySegment.NULL);
            retiredPools.add(threadPool);
            threadPool = larger;
        }
        llama_h.llama_set_n_threads(handle, threads, batchThreads);
    }

    // ---- decoding and outputs ---------------------------------------------------------------------

    /**
     * Decodes a {@code llama_batch}; the views of the previous outputs are invalidated first.
     *
     * @param batchStruct the batch struct, {@code n_tokens} set
     * @param rows        its {@code n_tokens}
     * @return llama_decode's code (0 ok, 1 no room, 2 aborted, else failed)
     */
    public int decode(MemorySegment batchStruct, int rows) {
        invalidateViews();
        NativeLog.clearRecent();
        lastRows = 0;
        int rc = rpc == null ? llama_h.llama_decode(handle, batchStruct) : rpc.call("decoding", () -> {
            int code = llama_h.llama_decode(handle, batchStruct);
            // The RPC backend computes asynchronously: wait here, where a dead server is caught,
            // not in the first read of the outputs on the caller's thread.
            llama_h.llama_synchronize(handle);
            return code;
        });
        lastRows = rc == 0 ? rows : 0;
        return rc;
    }

    /**
     * Runs a decode that another library makes with its own batches on this context (libmtmd's
     * media chunks), as {@link #decode} does: the views of the previous outputs end first, and
     * afterwards no row's outputs may be read.
     *
     * @param call gets the {@code llama_context *}, returns llama_decode's code
     * @return the call's code
     */
    public int decodeExternal(java.util.function.ToIntFunction<MemorySegment> call) {
        invalidateViews();
        NativeLog.clearRecent();
        lastRows = 0;
        if (rpc == null) return call.applyAsInt(handle);
        return rpc.call("decoding media", () -> {
            int code = call.applyAsInt(handle);
            llama_h.llama_synchronize(handle);
            return code;
        });
    }

    /**
     * Checks that a row is in the last decode.
     *
     * @param row the batch row, or -1 for the last
     * @throws IllegalArgumentException if it is not
     */
    public void checkRow(int row) {
        if (row < -1 || row >= Math.max(lastRows, 1)) {
            throw new IllegalArgumentException("batch row " + row + " is not in the last decode (" + lastRows + " rows)");
        }
    }

    /**
     * Sets row {@code row} of the own batch (sequence 0).
     *
     * @param row      the row
     * @param token    the token id
     * @param position its position
     * @param output   whether to compute its logits
     */
    public void setRow(int row, int token, int position, boolean output) {
        batch.tokens.setAtIndex(ValueLayout.JAVA_INT, row, token);
        batch.positions.setAtIndex(ValueLayout.JAVA_INT, row, position);
        batch.outputs.set(ValueLayout.JAVA_BYTE, row, (byte) (output ? 1 : 0));
    }

    /**
     * Decodes the first {@code rows} rows of the own batch.
     *
     * @param rows rows set with {@link #setRow}
     * @return as {@link #decode(MemorySegment)}
     */
    public int decodeOwn(int rows) {
        return decode(batch.prepared(rows), rows);
    }

    /** The logits of a batch row (-1: the last) of the last decode, or NULL. */
    public MemorySegment logits(int row) {
        return llama_h.llama_get_logits_ith(handle, row);
    }

    /** The output embedding of a batch row (-1: the last) of the last decode, or NULL. */
    public MemorySegment embeddings(int row) {
        return llama_h.llama_get_embeddings_ith(handle, row);
    }

    /** The pooled embedding of a sequence after the last decode, or NULL. */
    public MemorySegment sequenceEmbeddings(int sequence) {
        return llama_h.llama_get_embeddings_seq(handle, sequence);
    }

    /** llama.cpp's pooling type of this context. */
    public int poolingType() {
        return llama_h.llama_pooling_type(handle);
    }

    /**
     * Samples with a sampler chain from a row of the last decode.
     *
     * @param chain the {@code llama_sampler *}
     * @param row   the batch row or -1
     * @return the token id
     */
    public int sample(MemorySegment chain, int row) {
        return llama_h.llama_sampler_sample(chain, handle, row);
    }

    /**
     * A read-only view of {@code floats} floats at {@code p}, valid until the next decode, memory
     * edit or free (then reading it throws in the JDK).
     *
     * @param p      a pointer into llama.cpp's output buffers
     * @param floats the float count
     * @return the view
     */
    public MemorySegment view(MemorySegment p, int floats) {
        if (views == null) views = Arena.ofShared();
        return p.reinterpret(floats * 4L, views, null).asReadOnly();
    }

    /** Ends the output views handed out so far. */
    public void invalidateViews() {
        if (views != null) {
            views.close();
            views = null;
        }
    }

    /**
     * Memory that lives as long as the context (freed by {@link #free()}).
     *
     * @param bytes the size
     * @return the segment
     */
    public MemorySegment allocate(long bytes) {
        return arena.allocate(bytes);
    }

    // ---- KV memory ------------------------------------------------------------------------------

    /** Clears all sequences ({@code data}: also zero the buffers). */
    public void memoryClear(boolean data) {
        if (rpc == null) llama_h.llama_memory_clear(memory, data);
        else rpc.call("clearing the KV memory", () -> {
            llama_h.llama_memory_clear(memory, data);
            return null;
        });
    }

    /** Removes [from, to) of a sequence (-1: all sequences, open ends); false if it cannot. */
    public boolean memoryRemove(int sequence, int from, int to) {
        return llama_h.llama_memory_seq_rm(memory, sequence, from, to);
    }

    /** Copies [from, to) of a sequence into another. */
    public void memoryCopy(int source, int destination, int from, int to) {
        if (rpc == null) llama_h.llama_memory_seq_cp(memory, source, destination, from, to);
        else rpc.call("copying a sequence", () -> {
            llama_h.llama_memory_seq_cp(memory, source, destination, from, to);
            return null;
        });
    }

    /** Keeps only this sequence. */
    public void memoryKeep(int sequence) {
        llama_h.llama_memory_seq_keep(memory, sequence);
    }

    /** Adds {@code delta} to the positions in [from, to). */
    public void memoryAdd(int sequence, int from, int to, int delta) {
        llama_h.llama_memory_seq_add(memory, sequence, from, to, delta);
    }

    /** Divides the positions in [from, to). */
    public void memoryDivide(int sequence, int from, int to, int divisor) {
        llama_h.llama_memory_seq_div(memory, sequence, from, to, divisor);
    }

    /** The smallest position of a sequence, -1 if empty. */
    public int memoryMinPosition(int sequence) {
        return llama_h.llama_memory_seq_pos_min(memory, sequence);
    }

    /** The largest position of a sequence, -1 if empty. */
    public int memoryMaxPosition(int sequence) {
        return llama_h.llama_memory_seq_pos_max(memory, sequence);
    }

    /** Whether positions can be shifted. */
    public boolean memoryCanShift() {
        return llama_h.llama_memory_can_shift(memory);
    }

    // ---- state and adapters ------------------------------------------------------------------------

    /**
     * Copies llama.cpp's state (whole context when {@code sequence < 0}) into native memory.
     *
     * @param sequence the sequence, or -1 for the whole context
     * @param arena    where the copy lives
     * @return the copy, or null if llama.cpp could not copy it
     */
    public MemorySegment stateData(int sequence, Arena arena) {
        if (rpc != null) {
            // The caller's arena may be confined to it: the loader thread copies into a shared one.
            try (Arena shared = Arena.ofShared()) {
                MemorySegment copy = rpc.call("saving the state", () -> stateDataDirect(sequence, shared));
                return copy == null ? null : arena.allocate(copy.byteSize()).copyFrom(copy);
            }
        }
        return stateDataDirect(sequence, arena);
    }

    private MemorySegment stateDataDirect(int sequence, Arena arena) {
        long size = sequence < 0 ? llama_h.llama_state_get_size(handle) : llama_h.llama_state_seq_get_size(handle, sequence);
        MemorySegment buf = arena.allocate(Math.max(1, size));
        long n = sequence < 0 ? llama_h.llama_state_get_data(handle, buf, size)
                : llama_h.llama_state_seq_get_data(handle, buf, size, sequence);
        return n <= 0 || n > size ? null : buf.asSlice(0, n);
    }

    /**
     * Loads llama.cpp's state (whole context when {@code sequence < 0}).
     *
     * @param sequence the sequence, or -1
     * @param data     bytes from {@link #stateData}
     * @return whether llama.cpp accepted them
     */
    public boolean setStateData(int sequence, MemorySegment data) {
        invalidateViews();
        NativeLog.clearRecent();
        lastRows = 0;
        if (rpc != null) {
            try (Arena shared = Arena.ofShared()) {
                MemorySegment copy = shared.allocate(data.byteSize()).copyFrom(data);
                boolean ok = rpc.call("restoring the state", () -> sequence >= 0
                        ? llama_h.llama_state_seq_set_data(handle, copy, copy.byteSize(), sequence) != 0
                        : llama_h.llama_state_set_data(handle, copy, copy.byteSize()) != 0);
                if (ok && sequence < 0) lastRows = 1;
                return ok;
            }
        }
        if (sequence >= 0) return llama_h.llama_state_seq_set_data(handle, data, data.byteSize(), sequence) != 0;
        if (llama_h.llama_state_set_data(handle, data, data.byteSize()) == 0) return false;
        lastRows = 1; // the saved logits of the last output are restored
        return true;
    }

    /**
     * Replaces the set of LoRA adapters.
     *
     * @param adapters the adapters, none of them freed
     * @param scales   their scales
     * @return llama.cpp's code (0 ok)
     */
    public int setAdapters(LoraHandle[] adapters, float[] scales) {
        try (Arena a = Arena.ofConfined()) {
            int n = adapters.length;
            MemorySegment handles = a.allocate(ValueLayout.ADDRESS, Math.max(1, n));
            MemorySegment s = a.allocate(ValueLayout.JAVA_FLOAT, Math.max(1, n));
            for (int i = 0; i < n; i++) {
                handles.setAtIndex(ValueLayout.ADDRESS, i, adapters[i].segment());
                s.setAtIndex(ValueLayout.JAVA_FLOAT, i, scales[i]);
            }
            NativeLog.clearRecent();
            return llama_h.llama_set_adapters_lora(handle, n == 0 ? MemorySegment.NULL : handles, n, n == 0 ? MemorySegment.NULL : s);
        }
    }

    /** Frees everything, in the order of the class comment. Call once, with no call running. */
    public void free() {
        invalidateViews();
        if (rpc != null && rpc.isBroken()) {
            // Leaked on purpose (class comment): the context, its batch, pool and upcall stubs.
            try {
                arena.close();
            } catch (IllegalStateException e) {
                // a call stuck for good on the dead server still holds the handle view
            }
            rpc.free("a context", () -> {}); // logs the leak
            return;
        }
        arena.close(); // stale handle views now fail in the JDK
        batch.free();
        if (rpc == null) llama_h.llama_free(raw);
        else if (!rpc.free("a context", () -> llama_h.llama_free(raw))) return; // the server died meanwhile: leak the rest
        if (threadPool != null) threadPool.close();
        retiredPools.forEach(ThreadPool::close);
        stubs.close();
    }
}
