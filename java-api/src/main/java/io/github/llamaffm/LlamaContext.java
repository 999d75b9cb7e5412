package io.github.llamaffm;

import io.github.llamaffm.bindings.ggml_abort_callback;
import io.github.llamaffm.bindings.llama_context_params;
import io.github.llamaffm.bindings.llama_h;
import io.github.llamaffm.internal.Guard;
import io.github.llamaffm.internal.Native;
import io.github.llamaffm.internal.NativeBatch;
import io.github.llamaffm.internal.NativeLog;
import io.github.llamaffm.internal.ThreadPool;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An inference context on a {@link LlamaModel}: the KV memory of the tokens seen so far, and the
 * buffers to decode more and to read their logits.
 *
 * <p><b>Threads:</b> one thread at a time may use a context; a second thread that tries gets an
 * {@link IllegalStateException} at once. {@link #close()} may come from any thread: it stops a
 * running decode through llama.cpp's abort callback, waits for it, then frees the context.
 *
 * <p><b>KV reuse:</b> the context remembers the tokens in its memory. A new generation whose
 * prompt starts with those tokens decodes only the rest (a chat that re-sends its history pays
 * for the new turn only). {@code memory().clear()} forgets everything.
 *
 * <p><b>Ownership:</b> created by and owned by its model; closing the model closes it.
 */
public final class LlamaContext implements AutoCloseable {
    private final LlamaModel model;
    private final ContextParams params;
    private final Vocab vocab;
    // handle and memory are views scoped to arena, which close() closes before llama_free: a
    // native call with a stale handle then fails in the JDK instead of using freed memory.
    private final MemorySegment rawHandle, handle, memory;
    private final Arena arena;
    private final Arena stubs; // the abort upcall: closed only after llama_free
    private final Guard guard = new Guard("LlamaContext");
    private final int nCtx, nCtxSeq, nBatch, nUbatch, nSeq, nEmbd;
    private final KvMemory kvMemory;
    private final NativeBatch batch; // generate()'s own batch
    private final MemorySegment batchTokens, batchPos, batchLogits;
    private final Abort abort;
    private ThreadPool threadPool; // null: ggml starts threads per graph
    MemorySegment pieceBuffer;
    // The tokens generate() put into sequence 0, for prompt-prefix reuse. When a manual decode or a
    // memory edit changes sequence 0 in a way we cannot follow, it is no longer tracked and the next
    // generate() starts sequence 0 afresh.
    private int[] history = new int[64];
    private int nPast;
    private boolean tracked = true;
    private volatile java.util.LinkedHashMap<LoraAdapter, Float> loras = new java.util.LinkedHashMap<>();
    private long epoch;
    private int lastBatchSize;
    private Arena views;

    /** What the abort callback consults; the upcall reads only volatile fields and never throws. */
    static final class Abort {
        volatile Generation active;
        volatile Thread decoder;
        volatile boolean closing;

        boolean shouldAbort() {
            if (closing) return true;
            Thread t = decoder;
            if (t != null && t.isInterrupted()) return true;
            Generation g = active;
            return g != null && g.cancelRequested();
        }
    }

    private LlamaContext(LlamaModel model, ContextParams params, MemorySegment rawHandle, Arena stubs, Abort abort, ThreadPool threadPool) {
        this.model = model;
        this.threadPool = threadPool;
        this.params = params;
        this.vocab = model.vocab();
        this.nEmbd = model.embeddingSize();
        this.arena = Arena.ofShared();
        this.stubs = stubs;
        this.rawHandle = rawHandle;
        this.handle = rawHandle.reinterpret(arena, null);
        this.abort = abort;
        this.memory = llama_h.llama_get_memory(handle).reinterpret(arena, null);
        this.nCtx = llama_h.llama_n_ctx(handle);
        this.nCtxSeq = llama_h.llama_n_ctx_seq(handle);
        this.nSeq = llama_h.llama_n_seq_max(handle);
        this.kvMemory = new KvMemory(this);
        this.nBatch = llama_h.llama_n_batch(handle);
        this.nUbatch = llama_h.llama_n_ubatch(handle);
        this.batch = new NativeBatch(nBatch, 0, 1);
        this.batchTokens = batch.tokens;
        this.batchPos = batch.positions;
        this.batchLogits = batch.outputs;
        for (int i = 0; i < nBatch; i++) {
            batch.sequenceCounts.setAtIndex(ValueLayout.JAVA_INT, i, 1);
            batch.sequenceIds[i].set(ValueLayout.JAVA_INT, 0, 0);
        }
        this.pieceBuffer = arena.allocate(256);
    }

    static LlamaContext create(LlamaModel model, ContextParams params) {
        Arena arena = Arena.ofShared();
        MemorySegment h = MemorySegment.NULL;
        ThreadPool pool = null;
        try {
            Abort abort = new Abort();
            MemorySegment p = llama_h.llama_context_default_params(arena);
            params.writeTo(p);
            // Called from C inside llama_decode (on the decoding thread): must never throw.
            llama_context_params.abort_callback(p, ggml_abort_callback.allocate(data -> {
                try {
                    return abort.shouldAbort();
                } catch (Throwable t) {
                    return false;
                }
            }, arena));
            NativeLog.clearRecent();
            h = llama_h.llama_init_from_model(model.handle(), p);
            if (Native.isNull(h)) {
                throw Native.failure("cannot create a context for " + model.path().getFileName() + " with " + params);
            }
            if (params.threadPool()) {
                pool = ThreadPool.start(Math.max(params.threads(), params.batchThreads()), params.threadPoll());
                llama_h.llama_attach_threadpool(h, pool.handle(), MemorySegment.NULL);
            }
            LlamaContext ctx = new LlamaContext(model, params, h, arena, abort, pool);
            try {
                model.adopt(ctx);
            } catch (RuntimeException | Error e) {
                ctx.freeNatives(); // frees h and pool too; the model (closing, read-locked here) never had it
                throw e;
            }
            return ctx;
        } catch (RuntimeException | Error e) {
            if (arena.scope().isAlive()) {
                if (!Native.isNull(h)) llama_h.llama_free(h);
                if (pool != null) pool.close();
                arena.close();
            }
            throw e;
        }
    }

    // ---- facts ------------------------------------------------------------------------------

    /**
     * The model this context belongs to.
     *
     * @return the model
     */
    public LlamaModel model() {
        return model;
    }

    /**
     * Tokens the context holds.
     *
     * @return the context size
     */
    public int contextSize() {
        return nCtx;
    }

    /**
     * Tokens one sequence can hold: the {@link #contextSize()}, or its share of it when the KV
     * memory is not unified ({@link ContextParams#unifiedKv()}) and there are several sequences.
     *
     * @return the per-sequence context size
     */
    public int sequenceContextSize() {
        return nCtxSeq;
    }

    /**
     * Independent sequences the KV memory holds (ids {@code 0 .. sequences() - 1}).
     *
     * @return the sequence count
     */
    public int sequences() {
        return nSeq;
    }

    /**
     * The KV memory: per-sequence removal, copy, shift and positions.
     *
     * @return the memory view of this context (valid as long as the context)
     */
    public KvMemory memory() {
        return kvMemory;
    }

    /**
     * Most tokens one decode call takes; longer prompts are decoded in batches of this size.
     *
     * @return the batch size
     */
    public int batchSize() {
        return nBatch;
    }

    /**
     * Most tokens computed at once inside a decode.
     *
     * @return the micro-batch size
     */
    public int microBatchSize() {
        return nUbatch;
    }

    /**
     * Threads used for generation.
     *
     * @return the thread count
     * @throws IllegalStateException if closed or used by another thread
     */
    public int threads() {
        guard.enter();
        try {
            return llama_h.llama_n_threads(handle);
        } finally {
            guard.exit();
        }
    }

    /**
     * Threads used for prompt processing.
     *
     * @return the thread count
     * @throws IllegalStateException if closed or used by another thread
     */
    public int batchThreads() {
        guard.enter();
        try {
            return llama_h.llama_n_threads_batch(handle);
        } finally {
            guard.exit();
        }
    }

    /**
     * Changes the thread counts.
     *
     * @param threads      threads for generation, {@code >= 1}
     * @param batchThreads threads for prompt processing, {@code >= 1}
     * @throws IllegalArgumentException if a count is below 1
     * @throws IllegalStateException    if closed or used by another thread
     */
    public void setThreads(int threads, int batchThreads) {
        if (threads < 1 || batchThreads < 1) throw new IllegalArgumentException("thread counts must be >= 1");
        guard.enter();
        try {
            if (threadPool != null && Math.max(threads, batchThreads) > threadPool.threads()) {
                // a graph never gets more threads than its pool has: a larger pool replaces it
                ThreadPool larger = ThreadPool.start(Math.max(threads, batchThreads), params.threadPoll());
                llama_h.llama_attach_threadpool(handle, larger.handle(), MemorySegment.NULL);
                threadPool.close();
                threadPool = larger;
            }
            llama_h.llama_set_n_threads(handle, threads, batchThreads);
        } finally {
            guard.exit();
        }
    }

    /**
     * The number of tokens that {@link #generate} put into sequence 0 and that are still there
     * (prompt and generated tokens so far); 0 after a {@link #decode(Batch)} or memory edit of
     * sequence 0 that it cannot follow.
     *
     * @return tokens held
     */
    public int tokenCount() {
        return nPast;
    }

    /**
     * The tokens counted by {@link #tokenCount()}, oldest first.
     *
     * @return a copy of the tokens
     */
    public int[] tokens() {
        return Arrays.copyOf(history, nPast);
    }

    /** Forgets all tokens: clears the KV memory (for {@link KvMemory#clear()}). */
    void clearMemory() {
        guard.enter();
        try {
            invalidateViews();
            llama_h.llama_memory_clear(memory, true);
            forget();
        } finally {
            guard.exit();
        }
    }

    /** Sequence 0 is empty: tracked, with nothing in it; a running generation ends. */
    void forget() {
        nPast = 0;
        tracked = true;
        epoch++;
    }

    /** Sequence 0 changed in a way the token history cannot follow. */
    void untrack() {
        nPast = 0;
        tracked = false;
        epoch++;
    }

    /** Sequence 0 lost its tokens from position {@code from} on. */
    void truncate(int from) {
        if (tracked && from < nPast) {
            nPast = Math.max(from, 0);
            epoch++;
        }
    }

    // ---- decoding batches ----------------------------------------------------------------------

    /**
     * Decodes a batch: adds its rows to the KV memory of their sequences and computes the outputs
     * of its output rows, readable with {@link #logits(int)} and {@link #embeddings(int)} by row
     * index until the next decode. Runs on the calling thread; interrupting it, or closing the
     * context, aborts the decode.
     *
     * <p>{@link #generate} keeps its own record of sequence 0; a batch that writes to sequence 0
     * makes the next {@code generate} start that sequence afresh.
     *
     * @param batch the rows, at most {@link #batchSize()} of them
     * @throws IllegalArgumentException if the batch is empty or larger than the batch size, or a row
     *                                  has a token outside the vocabulary or a sequence id
     *                                  {@code >= sequences()}, or it holds several sequences for
     *                                  pooled embeddings without a unified KV memory
     * @throws ContextFullException     if the KV memory has no room for the batch
     * @throws DecodeException          if llama.cpp fails or the decode was aborted (return code 2);
     *                                  the memory may then hold the part of the batch decoded so far
     * @throws IllegalStateException    if this context or the batch is closed or used by another thread
     */
    public void decode(Batch batch) {
        Objects.requireNonNull(batch, "batch");
        guard.enter();
        try {
            batch.enter();
            try {
                int n = batch.size();
                if (n == 0) throw new IllegalArgumentException("the batch is empty");
                if (n > nBatch) {
                    throw new IllegalArgumentException("the batch has " + n + " rows; this context decodes at most "
                            + nBatch + " at once (ContextParams.batchSize)");
                }
                if (batch.embeddingSize() != 0 && batch.embeddingSize() != nEmbd) {
                    throw new IllegalArgumentException("the batch's embeddings have " + batch.embeddingSize()
                            + " floats; the model's have " + nEmbd);
                }
                batch.validate(vocab.size(), nSeq);
                // llama.cpp aborts the process (a failed GGML_ASSERT) on this combination
                if (params.embeddings() && !unifiedKv() && poolingType() != ContextParams.Pooling.NONE && batch.distinctSequences() > 1) {
                    throw new IllegalArgumentException("pooled embeddings of several sequences in one decode need a unified KV memory"
                            + " (ContextParams.unifiedKv(true)); decode one sequence per batch otherwise");
                }
                if (batch.touchesSequence(0)) untrack();
                invalidateViews();
                NativeLog.clearRecent();
                abort.decoder = Thread.currentThread();
                int rc;
                try {
                    rc = llama_h.llama_decode(handle, batch.prepared());
                } finally {
                    abort.decoder = null;
                }
                lastBatchSize = rc == 0 ? n : 0;
                if (rc == 1) throw new ContextFullException("no room in the KV memory for a batch of " + n + " rows" + Native.recentLog());
                if (rc == 2) throw new DecodeException("the decode was aborted (interrupted or closing)", rc);
                if (rc != 0) throw new DecodeException("llama_decode failed" + Native.recentLog(), rc);
            } finally {
                batch.exit();
            }
        } finally {
            guard.exit();
        }
    }

    /**
     * A read-only, zero-copy view of the output embedding of batch row {@code index} of the last
     * decode ({@code -1} for the last output row), {@link LlamaModel#embeddingSize()} floats. Needs a
     * context with {@link ContextParams#embeddings()} on. Valid until the next decode, like
     * {@link #logits(int)}.
     *
     * @param index the batch row, or -1
     * @return the embedding
     * @throws IllegalArgumentException if the row is not in the last decode
     * @throws LlamaException           if that row has no embedding (not an output row, or
     *                                  embeddings are off)
     * @throws IllegalStateException    if closed or used by another thread
     */
    public MemorySegment embeddings(int index) {
        guard.enter();
        try {
            checkRow(index);
            MemorySegment p = llama_h.llama_get_embeddings_ith(handle, index);
            if (Native.isNull(p)) throw new LlamaException("no embedding for batch row " + index + " of the last decode (embeddings on? an output row?)");
            return view(p, nEmbd);
        } finally {
            guard.exit();
        }
    }

    /**
     * A read-only, zero-copy view of the pooled embedding of a sequence after the last decode
     * (a context with {@link ContextParams#embeddings()} on and a pooling other than
     * {@link ContextParams.Pooling#NONE}): {@link LlamaModel#embeddingSize()} floats, or for
     * {@link ContextParams.Pooling#RANK} the relevance score(s). Valid until the next decode.
     *
     * @param sequence the sequence id
     * @return the pooled embedding
     * @throws IllegalArgumentException if the sequence id is out of range
     * @throws LlamaException           if there is no pooled embedding for it
     * @throws IllegalStateException    if closed or used by another thread
     */
    public MemorySegment sequenceEmbeddings(int sequence) {
        checkSequence(sequence);
        guard.enter();
        try {
            MemorySegment p = llama_h.llama_get_embeddings_seq(handle, sequence);
            if (Native.isNull(p)) throw new LlamaException("no pooled embedding for sequence " + sequence + " (embeddings on, pooling not NONE, decoded?)");
            int n = llama_h.llama_pooling_type(handle) == ContextParams.Pooling.RANK.value
                    ? Math.max(1, model.classifierOutputs()) : nEmbd;
            return view(p, n);
        } finally {
            guard.exit();
        }
    }

    /** One KV stream for all sequences (else each sequence has its own, of nCtxSeq cells). */
    boolean unifiedKv() {
        return nSeq == 1 || nCtxSeq == nCtx;
    }

    // ---- LoRA adapters -----------------------------------------------------------------------------

    /**
     * Applies a LoRA adapter with a scale (1 = as trained), or changes its scale; other adapters
     * stay. The KV memory holds what was computed before the change: {@link #generate} therefore
     * starts sequence 0 afresh, and other sequences should be cleared or re-decoded by the caller.
     *
     * @param adapter an adapter of this context's model
     * @param scale   its scale
     * @throws IllegalArgumentException if the adapter belongs to another model
     * @throws IllegalStateException    if the adapter or context is closed, or used by another thread
     * @throws LlamaException           if llama.cpp refuses the adapter set
     */
    public void setLora(LoraAdapter adapter, float scale) {
        Objects.requireNonNull(adapter, "adapter");
        if (adapter.model() != model) throw new IllegalArgumentException("the LoRA adapter " + adapter.path().getFileName() + " belongs to another model");
        if (!Float.isFinite(scale)) throw new IllegalArgumentException("scale must be finite: " + scale);
        guard.enter();
        try {
            adapter.whileOpen(this, () -> {
                java.util.LinkedHashMap<LoraAdapter, Float> next = new java.util.LinkedHashMap<>(loras);
                next.put(adapter, scale);
                pushLoras(next);
            });
        } finally {
            guard.exit();
        }
    }

    /**
     * Removes a LoRA adapter from this context (no effect if it is not applied); outputs return to
     * those of the base model (with any other adapters).
     *
     * @param adapter the adapter
     * @throws IllegalStateException if the context is closed or used by another thread
     * @throws LlamaException        if llama.cpp refuses the adapter set
     */
    public void removeLora(LoraAdapter adapter) {
        Objects.requireNonNull(adapter, "adapter");
        guard.enter();
        try {
            removeLoraLocked(adapter);
        } finally {
            guard.exit();
        }
    }

    /**
     * The adapters applied to this context, with their scales.
     *
     * @return an unmodifiable copy, in the order they were applied
     */
    public java.util.Map<LoraAdapter, Float> loras() {
        return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(loras));
    }

    /** For a closing adapter: removes it once no call is running here. */
    void dropLora(LoraAdapter adapter) {
        guard.whenIdle(() -> removeLoraLocked(adapter));
    }

    private void removeLoraLocked(LoraAdapter adapter) {
        if (!loras.containsKey(adapter)) {
            adapter.removed(this);
            return;
        }
        java.util.LinkedHashMap<LoraAdapter, Float> next = new java.util.LinkedHashMap<>(loras);
        next.remove(adapter);
        pushLoras(next);
        adapter.removed(this);
    }

    private void pushLoras(java.util.LinkedHashMap<LoraAdapter, Float> next) {
        try (Arena a = Arena.ofConfined()) {
            int n = next.size();
            MemorySegment handles = a.allocate(ValueLayout.ADDRESS, Math.max(1, n));
            MemorySegment scales = a.allocate(ValueLayout.JAVA_FLOAT, Math.max(1, n));
            int i = 0;
            for (var e : next.entrySet()) {
                handles.setAtIndex(ValueLayout.ADDRESS, i, e.getKey().handle());
                scales.setAtIndex(ValueLayout.JAVA_FLOAT, i++, e.getValue());
            }
            NativeLog.clearRecent();
            int rc = llama_h.llama_set_adapters_lora(handle, n == 0 ? MemorySegment.NULL : handles, n, n == 0 ? MemorySegment.NULL : scales);
            if (rc != 0) throw Native.failure("llama.cpp refused the LoRA adapters (code " + rc + ")");
            loras = next;
            untrack();
        }
    }

    // ---- embeddings ------------------------------------------------------------------------------

    /**
     * The pooled embedding of {@code text}, unit length ({@link Normalization#EUCLIDEAN}). The
     * context must compute embeddings ({@link ContextParams#embeddings()}) with a pooling other
     * than {@code NONE}; the text is tokenized as llama.cpp's embedding tool does (special tokens
     * added and parsed) and must fit in one batch. Uses and then empties the KV memory.
     *
     * @param text the text
     * @return a new array of {@link LlamaModel#embeddingSize()} floats
     * @throws IllegalStateException    if embeddings are off or not pooled, or closed, or used by another thread
     * @throws IllegalArgumentException if the text has no tokens or does not fit in a batch
     * @throws LlamaException           if decoding fails
     */
    public float[] embed(String text) {
        return embed(text, Normalization.EUCLIDEAN);
    }

    /**
     * The pooled embedding of {@code text} (see {@link #embed(String)}), normalized as asked.
     *
     * @param text          the text
     * @param normalization how to scale the vector
     * @return a new array of {@link LlamaModel#embeddingSize()} floats
     * @throws IllegalStateException    if embeddings are off or not pooled, or closed, or used by another thread
     * @throws IllegalArgumentException if the text has no tokens or does not fit in a batch
     * @throws LlamaException           if decoding fails
     */
    public float[] embed(String text, Normalization normalization) {
        Objects.requireNonNull(text, "text");
        return embed(List.of(text), normalization).get(0);
    }

    /**
     * Pooled embeddings of many texts, several per decode: each text takes one sequence, and a
     * decode holds as many texts as {@link #sequences()} and the batch size allow. Batching texts
     * needs a unified KV memory ({@link ContextParams#unifiedKv()}); with separate streams each
     * text gets a decode of its own.
     *
     * @param texts         the texts
     * @param normalization how to scale each vector
     * @return one new array per text, in order
     * @throws IllegalStateException    if embeddings are off or not pooled, or closed, or used by another thread
     * @throws IllegalArgumentException if a text has no tokens or does not fit in a batch
     * @throws LlamaException           if decoding fails
     */
    public List<float[]> embed(List<String> texts, Normalization normalization) {
        Objects.requireNonNull(texts, "texts");
        Objects.requireNonNull(normalization, "normalization");
        guard.enter();
        try {
            return Embedder.pooled(this, texts, normalization);
        } finally {
            guard.exit();
        }
    }

    /**
     * One embedding per token of {@code text}, for a context with
     * {@link ContextParams.Pooling#NONE} pooling.
     *
     * @param text          the text
     * @param normalization how to scale each vector
     * @return {@code [tokens][embeddingSize]}
     * @throws IllegalStateException    if embeddings are off or pooled, or closed, or used by another thread
     * @throws IllegalArgumentException if the text has no tokens or does not fit in a batch
     * @throws LlamaException           if decoding fails
     */
    public float[][] embedTokens(String text, Normalization normalization) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(normalization, "normalization");
        guard.enter();
        try {
            return Embedder.perToken(this, text, normalization);
        } finally {
            guard.exit();
        }
    }

    /**
     * Relevance scores of documents for a query, from a reranking model in a context with
     * {@link ContextParams.Pooling#RANK} pooling; higher is more relevant. Each pair is the
     * model's "rerank" template filled in, or query and document joined by the separator tokens
     * the vocabulary adds, as llama.cpp's embedding tool builds it.
     *
     * @param query     the query
     * @param documents the documents
     * @return one score per document (the first classifier output), in order
     * @throws IllegalStateException    if the context is not a RANK-pooled embedding context, or
     *                                  closed, or used by another thread
     * @throws IllegalArgumentException if a pair has no tokens or does not fit in a batch
     * @throws LlamaException           if decoding fails (e.g. the model has no classifier head)
     */
    public float[] rank(String query, List<String> documents) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(documents, "documents");
        guard.enter();
        try {
            if (poolingType() != ContextParams.Pooling.RANK) {
                throw new IllegalStateException("reranking needs a context with ContextParams.pooling(Pooling.RANK)");
            }
            List<String> pairs = documents.stream().map(d -> Embedder.rerankInput(model, query, d)).toList();
            List<float[]> scores = Embedder.pooled(this, pairs, Normalization.NONE);
            float[] out = new float[scores.size()];
            for (int i = 0; i < out.length; i++) out[i] = scores.get(i)[0];
            return out;
        } finally {
            guard.exit();
        }
    }

    ContextParams params() {
        return params;
    }

    ContextParams.Pooling poolingType() {
        return ContextParams.Pooling.of(llama_h.llama_pooling_type(handle));
    }

    void checkSequence(int sequence) {
        if (sequence < 0 || sequence >= nSeq) {
            throw new IllegalArgumentException("sequence " + sequence + " is not in 0.." + (nSeq - 1) + " (ContextParams.sequences)");
        }
    }

    private MemorySegment view(MemorySegment p, int floats) {
        if (views == null) views = Arena.ofShared();
        return p.reinterpret(floats * 4L, views, null).asReadOnly();
    }

    // ---- state ------------------------------------------------------------------------------

    // Layout: magic, model fingerprint, sequence (-1: whole context), token count (-1: unknown),
    // tokens, llama.cpp's byte count, CRC-32 of those bytes, the bytes. The CRC catches corruption
    // that llama.cpp's reader would take as valid KV data.
    private static final long STATE_MAGIC = 0x4c4c464653543032L; // "LLFFST02"
    private static final int STATE_HEADER = 8 + 8 + 4 + 4;

    /**
     * Saves the whole context state (KV memory of every sequence, last logits and the tokens
     * {@link #generate} remembers) to bytes that {@link #restoreState(byte[])} accepts, on this or
     * a fresh context of the same model.
     *
     * @return the state
     * @throws IllegalStateException if closed or used by another thread
     * @throws LlamaException        if llama.cpp cannot copy its state, or it is over 2 GiB
     */
    public byte[] saveState() {
        return save(-1);
    }

    /**
     * Saves the KV memory of one sequence (without logits) to bytes that
     * {@link #restoreSequence(int, byte[])} accepts. For sequence 0 the tokens {@link #generate}
     * remembers are included, so a generation on the restored sequence reuses them.
     *
     * @param sequence the sequence id
     * @return the state of that sequence
     * @throws IllegalArgumentException if the sequence id is out of range
     * @throws IllegalStateException    if closed or used by another thread
     * @throws LlamaException           if llama.cpp cannot copy the state, or it is over 2 GiB
     */
    public byte[] saveSequence(int sequence) {
        checkSequence(sequence);
        return save(sequence);
    }

    private byte[] save(int sequence) {
        guard.enter();
        try (Arena a = Arena.ofConfined()) {
            long size = sequence < 0 ? llama_h.llama_state_get_size(handle) : llama_h.llama_state_seq_get_size(handle, sequence);
            MemorySegment buf = a.allocate(Math.max(1, size));
            long n = sequence < 0 ? llama_h.llama_state_get_data(handle, buf, size)
                    : llama_h.llama_state_seq_get_data(handle, buf, size, sequence);
            if (n <= 0 || n > size) throw Native.failure("llama.cpp could not copy the " + (sequence < 0 ? "context" : "sequence") + " state");
            boolean withTokens = tracked && sequence <= 0;
            int count = withTokens ? nPast : 0;
            java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(Math.toIntExact(STATE_HEADER + 4L * count + 16 + n))
                    .order(java.nio.ByteOrder.LITTLE_ENDIAN);
            out.putLong(STATE_MAGIC).putLong(modelFingerprint()).putInt(sequence).putInt(withTokens ? count : -1);
            for (int i = 0; i < count; i++) out.putInt(history[i]);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(buf.asSlice(0, n).asByteBuffer());
            out.putLong(n).putLong(crc.getValue());
            out.put(buf.asSlice(0, n).asByteBuffer());
            return out.array();
        } catch (ArithmeticException e) {
            throw new LlamaException("the state is larger than 2 GiB; save it to a file", e);
        } finally {
            guard.exit();
        }
    }

    /**
     * Restores a state saved by {@link #saveState()}: the KV memory, the last logits and the
     * remembered tokens. Generation then continues exactly as it would have on the saved context.
     *
     * @param state bytes from {@link #saveState()}
     * @throws LlamaException        if the bytes are not a context state, are corrupt, come from
     *                               another model, or do not fit this context; the context is then empty
     * @throws IllegalStateException if closed or used by another thread
     */
    public void restoreState(byte[] state) {
        restore(state, -1);
    }

    /**
     * Restores a sequence state saved by {@link #saveSequence(int)} into sequence
     * {@code sequence} (not necessarily the one it was saved from), replacing what it held.
     *
     * @param sequence the sequence to restore into
     * @param state    bytes from {@link #saveSequence(int)}
     * @throws IllegalArgumentException if the sequence id is out of range
     * @throws LlamaException           if the bytes are not a sequence state, are corrupt, come
     *                                  from another model, or do not fit; the sequence is then empty
     * @throws IllegalStateException    if closed or used by another thread
     */
    public void restoreSequence(int sequence, byte[] state) {
        checkSequence(sequence);
        restore(state, sequence);
    }

    private void restore(byte[] state, int sequence) {
        Objects.requireNonNull(state, "state");
        guard.enter();
        try (Arena a = Arena.ofConfined()) {
            java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(state).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            if (in.remaining() < STATE_HEADER || in.getLong() != STATE_MAGIC) throw new LlamaException("not a llama-ffm state");
            if (in.getLong() != modelFingerprint()) {
                throw new LlamaException("the state was saved from another model than " + model.path().getFileName());
            }
            int savedSequence = in.getInt();
            if ((savedSequence < 0) != (sequence < 0)) {
                throw new LlamaException(savedSequence < 0 ? "this is a whole-context state: use restoreState"
                        : "this is the state of one sequence: use restoreSequence");
            }
            int count = in.getInt();
            if (count < -1 || count > nCtx || in.remaining() < 4L * Math.max(count, 0) + 16) {
                throw new LlamaException("corrupt state: " + count + " tokens for a context of " + nCtx);
            }
            int[] tokens = new int[Math.max(count, 0)];
            for (int i = 0; i < tokens.length; i++) {
                tokens[i] = in.getInt();
                if (tokens[i] < 0 || tokens[i] >= vocab.size()) throw new LlamaException("corrupt state: token " + tokens[i]);
            }
            long n = in.getLong();
            long expectedCrc = in.getLong();
            if (n <= 0 || n != in.remaining()) throw new LlamaException("corrupt state: " + n + " bytes of llama.cpp state, " + in.remaining() + " present");
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(state, in.position(), (int) n);
            if (crc.getValue() != expectedCrc) throw new LlamaException("corrupt state: checksum mismatch");
            MemorySegment buf = a.allocate(n);
            MemorySegment.copy(state, in.position(), buf, ValueLayout.JAVA_BYTE, 0, (int) n);
            invalidateViews();
            NativeLog.clearRecent();
            if (sequence < 0) {
                llama_h.llama_memory_clear(memory, true);
                forget();
                if (llama_h.llama_state_set_data(handle, buf, n) == 0) {
                    llama_h.llama_memory_clear(memory, true);
                    throw Native.failure("llama.cpp rejected the state");
                }
                lastBatchSize = 1; // the saved logits of the last output are restored
            } else {
                llama_h.llama_memory_seq_rm(memory, sequence, -1, -1);
                if (sequence == 0) forget();
                if (llama_h.llama_state_seq_set_data(handle, buf, n, sequence) == 0) {
                    llama_h.llama_memory_seq_rm(memory, sequence, -1, -1);
                    throw Native.failure("llama.cpp rejected the sequence state");
                }
                if (sequence == 0 && count < 0) untrack();
            }
            if (sequence <= 0 && count >= 0) {
                if (tokens.length > history.length) history = Arrays.copyOf(history, tokens.length);
                System.arraycopy(tokens, 0, history, 0, tokens.length);
                nPast = count;
                tracked = true;
            }
        } finally {
            guard.exit();
        }
    }

    /**
     * Saves the whole context state to a file (see {@link #saveState()}).
     *
     * @param file the file to write (replaced)
     * @throws java.io.UncheckedIOException if the file cannot be written
     * @throws LlamaException               if llama.cpp cannot copy its state
     */
    public void saveState(java.nio.file.Path file) {
        write(file, saveState());
    }

    /**
     * Restores the whole context state from a file written by {@link #saveState(java.nio.file.Path)}.
     *
     * @param file the file
     * @throws java.io.UncheckedIOException if the file cannot be read
     * @throws LlamaException               if it is not a context state of this model, or is corrupt
     */
    public void restoreState(java.nio.file.Path file) {
        restoreState(read(file));
    }

    /**
     * Saves one sequence's state to a file (see {@link #saveSequence(int)}).
     *
     * @param sequence the sequence id
     * @param file     the file to write (replaced)
     * @throws IllegalArgumentException     if the sequence id is out of range
     * @throws java.io.UncheckedIOException if the file cannot be written
     * @throws LlamaException               if llama.cpp cannot copy the state
     */
    public void saveSequence(int sequence, java.nio.file.Path file) {
        write(file, saveSequence(sequence));
    }

    /**
     * Restores a sequence state from a file written by {@link #saveSequence(int, java.nio.file.Path)}
     * into sequence {@code sequence}.
     *
     * @param sequence the sequence to restore into
     * @param file     the file
     * @throws IllegalArgumentException     if the sequence id is out of range
     * @throws java.io.UncheckedIOException if the file cannot be read
     * @throws LlamaException               if it is not a sequence state of this model, or is corrupt
     */
    public void restoreSequence(int sequence, java.nio.file.Path file) {
        checkSequence(sequence);
        restoreSequence(sequence, read(file));
    }

    private static void write(java.nio.file.Path file, byte[] bytes) {
        try {
            java.nio.file.Files.write(file, bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write a state to " + file, e);
        }
    }

    private static byte[] read(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read a state from " + file, e);
        }
    }

    private long modelFingerprint() {
        return model.fingerprint();
    }

    // ---- generation -------------------------------------------------------------------------

    /**
     * Generates from a text prompt, streaming: the returned {@link Generation} is an
     * {@code Iterable<Token>} that decodes and samples as it is iterated. Tokens already in the
     * context that the prompt starts with are reused.
     *
     * @param prompt the prompt, tokenized with {@code params}' special-token settings
     * @param params limits, stop strings, sampler, cancellation
     * @return the generation (iterate it once)
     * @throws NullPointerException if an argument is null
     */
    public Generation generate(String prompt, GenerateParams params) {
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(params, "params");
        return new Generation(this, prompt, null, params);
    }

    /**
     * Generates from prompt tokens (see {@link #generate(String, GenerateParams)}).
     *
     * @param prompt the prompt's token ids
     * @param params limits, stop strings, sampler, cancellation
     * @return the generation (iterate it once)
     * @throws IllegalArgumentException if a token id is outside the vocabulary or the prompt is empty
     * @throws NullPointerException     if an argument is null
     */
    public Generation generate(int[] prompt, GenerateParams params) {
        Objects.requireNonNull(params, "params");
        int[] copy = prompt.clone();
        if (copy.length == 0) throw new IllegalArgumentException("the prompt has no tokens");
        for (int t : copy) vocab.check(t);
        return new Generation(this, null, copy, params);
    }

    /**
     * Generates and returns the text (see {@link #generate(String, GenerateParams)}); for the stop
     * reason, token counts and speeds, use {@code generate(prompt, params).run()}.
     *
     * @param prompt the prompt
     * @param params limits, stop strings, sampler, cancellation
     * @return the generated text
     * @throws ContextFullException if the prompt does not fit in the context
     * @throws LlamaException       if decoding fails
     */
    public String complete(String prompt, GenerateParams params) {
        return generate(prompt, params).run().text();
    }

    /**
     * A read-only, zero-copy view of the logits of batch row {@code index} of the last decode
     * ({@code -1} for the last row): one float per vocabulary entry. The view is valid until the
     * next decode, {@code memory().clear()} or {@link #close()}; after that, reading it throws
     * {@link IllegalStateException} instead of reading stale memory.
     *
     * @param index the batch row, or -1
     * @return the logits, {@code vocab().size()} floats
     * @throws IllegalStateException if closed or used by another thread
     * @throws LlamaException        if that row has no logits
     */
    public MemorySegment logits(int index) {
        guard.enter();
        try {
            return view(logitsPointer(index), vocab.size());
        } finally {
            guard.exit();
        }
    }

    private void checkRow(int index) {
        if (index < -1 || index >= Math.max(lastBatchSize, 1)) {
            throw new IllegalArgumentException("batch row " + index + " is not in the last decode (" + lastBatchSize + " rows)");
        }
    }

    private MemorySegment logitsPointer(int index) {
        checkRow(index);
        MemorySegment p = llama_h.llama_get_logits_ith(handle, index);
        if (Native.isNull(p)) throw new LlamaException("no logits for batch row " + index + " of the last decode");
        return p;
    }

    int sampleWith(SamplerChain chain, int index) {
        guard.enter();
        try {
            logitsPointer(index);
            return sampleAt(chain, index);
        } finally {
            guard.exit();
        }
    }

    // ---- plumbing for Generation (called with the guard held) ----------------------------------

    void enter() {
        guard.enter();
    }

    void exit() {
        guard.exit();
    }

    long startGeneration(Generation g) {
        Generation previous = abort.active;
        if (previous != null && previous != g) previous.releaseChain(); // abandoned mid-way: it can never go on
        abort.active = g;
        return ++epoch;
    }

    void endGeneration(Generation g) {
        if (abort.active == g) abort.active = null;
    }

    void checkEpoch(long e) {
        if (e != epoch) {
            throw new IllegalStateException("a newer generation or memory().clear() on this context ended this generation");
        }
    }

    Vocab vocab() {
        return vocab;
    }

    MemorySegment handle() {
        return handle;
    }

    MemorySegment memoryHandle() {
        return memory;
    }

    /**
     * Puts {@code tokens} into the memory, reusing the common prefix with what is there.
     *
     * @return the number of tokens decoded, or -1 if aborted
     * @throws ContextFullException if they do not fit
     */
    int ingest(int[] tokens) {
        if (tokens.length >= nCtxSeq) {
            throw new ContextFullException("the prompt has " + tokens.length + " tokens; the context holds " + nCtxSeq
                    + (nCtxSeq < nCtx ? " per sequence" : "") + " and needs room for at least one more");
        }
        if (!tracked) {
            llama_h.llama_memory_seq_rm(memory, 0, -1, -1);
            nPast = 0;
            tracked = true;
        }
        int common = 0;
        int max = Math.min(nPast, tokens.length);
        while (common < max && history[common] == tokens[common]) common++;
        if (common == tokens.length) common--; // decode the last token again to get its logits
        if (common < nPast) {
            if (!llama_h.llama_memory_seq_rm(memory, 0, common, -1)) {
                llama_h.llama_memory_clear(memory, true);
                common = 0;
            }
            nPast = common;
        }
        int decoded = 0;
        for (int start = common; start < tokens.length; start += nBatch) {
            int n = Math.min(nBatch, tokens.length - start);
            for (int i = 0; i < n; i++) {
                batchTokens.setAtIndex(ValueLayout.JAVA_INT, i, tokens[start + i]);
                batchPos.setAtIndex(ValueLayout.JAVA_INT, i, start + i);
                batchLogits.set(ValueLayout.JAVA_BYTE, i, (byte) (start + i == tokens.length - 1 ? 1 : 0));
            }
            int rc = decode(n);
            if (rc == 2) {
                resync(tokens);
                return -1;
            }
            if (rc != 0) {
                resync(tokens);
                throw new DecodeException("decoding the prompt failed at token " + start, rc);
            }
            remember(tokens, start, n);
            decoded += n;
        }
        return decoded;
    }

    /**
     * Decodes one generated token at the end of the memory.
     *
     * @return llama_decode's code (0 ok, 1 no room, 2 aborted)
     */
    int decodeOne(int token) {
        batchTokens.set(ValueLayout.JAVA_INT, 0, token);
        batchPos.set(ValueLayout.JAVA_INT, 0, nPast);
        batchLogits.set(ValueLayout.JAVA_BYTE, 0, (byte) 1);
        int rc = decode(1);
        if (rc == 0) {
            if (nPast == history.length) history = Arrays.copyOf(history, history.length * 2);
            history[nPast++] = token;
        }
        return rc;
    }

    private int decode(int n) {
        invalidateViews();
        NativeLog.clearRecent();
        int rc = llama_h.llama_decode(handle, batch.prepared(n));
        lastBatchSize = rc == 0 ? n : 0;
        return rc;
    }

    private void remember(int[] tokens, int start, int n) {
        if (start + n > history.length) history = Arrays.copyOf(history, Math.max(history.length * 2, start + n));
        System.arraycopy(tokens, start, history, start, n);
        nPast = start + n;
    }

    /** After an aborted or failed decode: what is in memory is what llama.cpp says is there. */
    private void resync(int[] tokens) {
        int last = llama_h.llama_memory_seq_pos_max(memory, 0);
        int kept = Math.min(last + 1, tokens.length);
        if (kept < 0) kept = 0;
        if (kept > nPast) remember(tokens, nPast, kept - nPast);
        nPast = kept;
    }

    boolean isFull() {
        return nPast >= nCtxSeq;
    }

    /** Samples from batch row {@code row} with {@code chain} (guard held). */
    int sampleAt(SamplerChain chain, int row) {
        MemorySegment c = chain.enter();
        try {
            return llama_h.llama_sampler_sample(c, handle, row);
        } finally {
            chain.exit();
        }
    }

    /** Whether close() has begun (it then waits for the current user to let go). */
    boolean closeRequested() {
        return abort.closing;
    }

    /** The bytes of {@code token} in {@link #pieceBuffer} (grown as needed); returns their count. */
    int piece(int token, boolean special) {
        int n = vocab.piece(token, special, pieceBuffer);
        if (n < 0) {
            pieceBuffer = arena.allocate(-n);
            n = vocab.piece(token, special, pieceBuffer);
        }
        return n;
    }

    private void invalidateViews() {
        if (views != null) {
            views.close();
            views = null;
        }
    }

    /**
     * Whether {@link #close()} has been called (directly or by closing the model).
     *
     * @return true once closed
     */
    public boolean isClosed() {
        return guard.isClosed();
    }

    /**
     * Frees the context. Idempotent. From another thread, a running decode is aborted and waited
     * for. From a callback inside a call of this context (a token consumer, a log listener, an
     * abort check), the context is closed at once — every later use throws — and its memory is
     * freed when that call returns; a generation in progress then ends with
     * {@link StopReason#CANCELLED}.
     */
    @Override
    public void close() {
        abort.closing = true;
        guard.close(this::free);
    }

    /** Frees everything once no call is running, then lets the model go. */
    private void free() {
        freeNatives();
        for (LoraAdapter a : loras.keySet()) a.removed(this); // the adapter may be freed now
        model.release(this); // the model may be freed now
    }

    /** Views first, so that stale ones fail in the JDK, then the native objects. */
    private void freeNatives() {
        invalidateViews();
        arena.close(); // stale handle views now fail in the JDK
        batch.free();
        llama_h.llama_free(rawHandle);
        if (threadPool != null) threadPool.close();
        stubs.close();
    }

    @Override
    public String toString() {
        return "LlamaContext[" + nPast + "/" + nCtx + " tokens" + (isClosed() ? ", closed]" : "]");
    }
}
