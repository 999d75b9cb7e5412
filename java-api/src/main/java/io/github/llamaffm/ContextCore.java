package io.github.llamaffm;

import io.github.llamaffm.internal.ContextHandle;
import io.github.llamaffm.internal.ContextState;
import io.github.llamaffm.internal.Guard;
import io.github.llamaffm.internal.Native;
import io.github.llamaffm.internal.PromptCache;

import java.lang.foreign.MemorySegment;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The working part of a {@link LlamaContext}: its state and the rules of each call (guard, checks,
 * the record of sequence 0, LoRA set, state files), over the native {@link ContextHandle}. The
 * public class is a facade that delegates here; the package's other classes (generation, KV memory,
 * embeddings, batch generation) use the package-private plumbing here.
 *
 * <p>Lock order and close: see {@link Guard}. {@link #close()} sets {@code abort.closing}, so that a
 * running decode aborts, then closes the guard with {@link #free()}, which runs when no call is running.
 */
final class ContextCore {
    private final LlamaContext owner;
    private final LlamaModel model;
    private final ContextParams params;
    private final Vocab vocab;
    private final ContextHandle handle; // the llama_context, its batch, thread pool, views and free order
    private final Guard guard;
    private final int nCtx, nCtxSeq, nBatch, nUbatch, nSeq, nEmbd;
    private final KvMemory kvMemory;
    private final Abort abort;
    private final PromptCache cache; // the tokens generate() put into sequence 0, for prefix reuse
    private final LoraSet loras;
    private final boolean recurrent; // its memory cannot drop the end of a sequence
    private final int positionsPerEmbedding; // 4 for M-RoPE models: llama.cpp reads that many per embedding row
    MemorySegment pieceBuffer;
    private float[] logitRow; // log-probabilities: one logits row, allocated on first use
    private int[] topIds;

    /** What the abort callback consults; the upcall reads only volatile fields and never throws. */
    static final class Abort {
        volatile Generation active;
        volatile Thread decoder;
        volatile Cancellation cancellation; // of the running decode(Batch, Cancellation), if any
        volatile java.util.function.BooleanSupplier mediaCancelled; // of the running decodeMedia, if any (never throws)
        volatile boolean closing;

        boolean shouldAbort() {
            if (closing) return true;
            Cancellation c = cancellation;
            if (c != null && c.isCancelled()) return true;
            java.util.function.BooleanSupplier m = mediaCancelled;
            if (m != null && m.getAsBoolean()) return true;
            Thread t = decoder;
            if (t != null && t.isInterrupted()) return true;
            Generation g = active;
            return g != null && g.cancelRequested();
        }
    }

    private ContextCore(LlamaContext owner, LlamaModel model, ContextParams params, ContextHandle handle, Abort abort) {
        this.owner = owner;
        this.model = model;
        this.params = params;
        this.vocab = model.vocab();
        this.nEmbd = model.embeddingSize();
        this.handle = handle;
        this.guard = handle.guard();
        this.abort = abort;
        this.nCtx = handle.nCtx;
        this.nCtxSeq = handle.nCtxSeq;
        this.nSeq = handle.nSeq;
        this.nBatch = handle.nBatch;
        this.nUbatch = handle.nUbatch;
        this.kvMemory = new KvMemory(this);
        this.cache = new PromptCache(handle);
        this.loras = new LoraSet(owner, handle, cache);
        this.pieceBuffer = handle.allocate(256);
        this.recurrent = model.nativeModel().isRecurrent();
        this.positionsPerEmbedding = model.nativeModel().positionsPerEmbedding();
    }

    /** Creates the native context for {@code owner} (which the model adopts after). */
    static ContextCore open(LlamaContext owner, LlamaModel model, ContextParams requested) {
        ContextParams params = fitPooledMicroBatch(model, requested);
        Abort abort = new Abort();
        ContextHandle h = ContextHandle.create(model.nativeModel(), params::writeTo, abort::shouldAbort,
                params.threadPool() ? Math.max(params.threads(), params.batchThreads()) : 0, params.threadPoll(),
                () -> "cannot create a context for " + model.path().getFileName() + " with " + params);
        try {
            return new ContextCore(owner, model, params, h, abort);
        } catch (RuntimeException | Error e) {
            h.free();
            throw e;
        }
    }

    /**
     * llama.cpp reserves its worst-case graph with {@code min(n_ctx, n_ubatch)} tokens rounded up
     * to a multiple of the sequences, but keeps the unrounded output count; a pooled embedding
     * graph then fails {@code GGML_ASSERT(ggml_can_mul_mat(a, b))} and ends the process. So an
     * embedding context with several sequences gets a micro-batch that is a multiple of them
     * (context size and batch sizes as llama.cpp derives them: n_ctx padded to 256, per sequence
     * when the KV memory is not unified).
     */
    static ContextParams fitPooledMicroBatch(LlamaModel model, ContextParams p) {
        int seqs = p.sequences();
        if (!p.embeddings() || seqs <= 1) return p;
        long ctx = pad256(p.contextSize() == 0 ? model.trainingContextSize() : p.contextSize());
        if (!p.unifiedKv()) ctx = pad256(ctx / seqs) * seqs;
        long tokens = Math.min(ctx, Math.min(p.batchSize(), p.microBatchSize()));
        if (tokens % seqs == 0) return p;
        if (tokens < seqs) {
            throw new IllegalArgumentException("an embedding context of " + seqs + " sequences needs a micro-batch of at least "
                    + seqs + " tokens: " + p);
        }
        return p.toBuilder().microBatchSize((int) (tokens - tokens % seqs)).build();
    }

    private static long pad256(long n) {
        return (n + 255) / 256 * 256;
    }

    /** Frees the native context of a context that its model never adopted. */
    void freeUnadopted() {
        handle.free();
    }

    // ---- facts ------------------------------------------------------------------------------

    LlamaModel model() {
        return model;
    }

    int contextSize() {
        return nCtx;
    }

    int sequenceContextSize() {
        return nCtxSeq;
    }

    int sequences() {
        return nSeq;
    }

    KvMemory memory() {
        return kvMemory;
    }

    int batchSize() {
        return nBatch;
    }

    int microBatchSize() {
        return nUbatch;
    }

    int threads() {
        guard.enter();
        try {
            return handle.threads();
        } finally {
            guard.exit();
        }
    }

    int batchThreads() {
        guard.enter();
        try {
            return handle.batchThreads();
        } finally {
            guard.exit();
        }
    }

    void setThreads(int threads, int batchThreads) {
        if (threads < 1 || batchThreads < 1) throw new IllegalArgumentException("thread counts must be >= 1");
        guard.enter();
        try {
            handle.setThreads(threads, batchThreads);
        } finally {
            guard.exit();
        }
    }

    int tokenCount() {
        return cache.count();
    }

    int[] tokens() {
        return cache.tokens();
    }

    void clearMemory() {
        guard.enter();
        try {
            handle.invalidateViews();
            handle.memoryClear(true);
            cache.forget();
        } finally {
            guard.exit();
        }
    }

    void untrack() {
        cache.untrack();
    }

    void truncate(int from) {
        cache.truncate(from);
    }

    // ---- decoding batches ----------------------------------------------------------------------

    void decode(Batch batch) {
        decode(batch, null);
    }

    void decode(Batch batch, Cancellation cancellation) {
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
                abort.decoder = Thread.currentThread();
                abort.cancellation = cancellation;
                int rc;
                try {
                    rc = handle.decode(batch.prepared(positionsPerEmbedding), n);
                } finally {
                    abort.decoder = null;
                    abort.cancellation = null;
                }
                if (rc == 1) throw new ContextFullException("no room in the KV memory for a batch of " + n + " rows" + Native.recentLog());
                if (rc == 2) throw new DecodeException("the decode was aborted (interrupted, cancelled or closing)", rc);
                if (rc != 0) throw new DecodeException("llama_decode failed" + Native.recentLog(), rc);
            } finally {
                batch.exit();
            }
        } finally {
            guard.exit();
        }
    }

    /**
     * Encodes and decodes one media chunk of {@code plan} into {@code sequence} (a batch
     * generator's request, on its decoding thread); {@code cancelled} aborts the decode part.
     *
     * @return llama_decode's code (0 ok, 1 no room, 2 aborted), or the encoder's failure
     */
    int decodeMedia(MediaPlan plan, int run, int position, int sequence, java.util.function.BooleanSupplier cancelled) {
        guard.enter();
        try {
            if (sequence == 0) untrack();
            abort.decoder = Thread.currentThread();
            abort.mediaCancelled = cancelled;
            try {
                return plan.decode(handle, run, position, sequence);
            } finally {
                abort.decoder = null;
                abort.mediaCancelled = null;
            }
        } finally {
            guard.exit();
        }
    }

    MemorySegment embeddings(int index) {
        guard.enter();
        try {
            handle.checkRow(index);
            MemorySegment p = handle.embeddings(index);
            if (Native.isNull(p)) throw new LlamaException("no embedding for batch row " + index + " of the last decode (embeddings on? an output row?)");
            return handle.view(p, nEmbd);
        } finally {
            guard.exit();
        }
    }

    MemorySegment sequenceEmbeddings(int sequence) {
        checkSequence(sequence);
        guard.enter();
        try {
            MemorySegment p = handle.sequenceEmbeddings(sequence);
            if (Native.isNull(p)) throw new LlamaException("no pooled embedding for sequence " + sequence + " (embeddings on, pooling not NONE, decoded?)");
            int n = handle.poolingType() == ContextParams.Pooling.RANK.value
                    ? Math.max(1, model.classifierOutputs()) : nEmbd;
            return handle.view(p, n);
        } finally {
            guard.exit();
        }
    }

    boolean unifiedKv() {
        return nSeq == 1 || nCtxSeq == nCtx;
    }

    // ---- LoRA adapters -----------------------------------------------------------------------------

    void setLora(LoraAdapter adapter, float scale) {
        Objects.requireNonNull(adapter, "adapter");
        if (adapter.model() != model) throw new IllegalArgumentException("the LoRA adapter " + adapter.path().getFileName() + " belongs to another model");
        if (!Float.isFinite(scale)) throw new IllegalArgumentException("scale must be finite: " + scale);
        guard.enter();
        try {
            loras.set(adapter, scale);
        } finally {
            guard.exit();
        }
    }

    void removeLora(LoraAdapter adapter) {
        Objects.requireNonNull(adapter, "adapter");
        guard.enter();
        try {
            loras.remove(adapter);
        } finally {
            guard.exit();
        }
    }

    Map<LoraAdapter, Float> loras() {
        return Collections.unmodifiableMap(loras.snapshot());
    }

    void dropLora(LoraAdapter adapter) {
        guard.whenIdle(() -> loras.remove(adapter));
    }

    // ---- embeddings ------------------------------------------------------------------------------

    List<float[]> embed(List<String> texts, Normalization normalization) {
        Objects.requireNonNull(texts, "texts");
        Objects.requireNonNull(normalization, "normalization");
        guard.enter();
        try {
            return Embedder.pooled(this, texts, normalization);
        } finally {
            guard.exit();
        }
    }

    float[][] embedTokens(String text, Normalization normalization) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(normalization, "normalization");
        guard.enter();
        try {
            return Embedder.perToken(this, text, normalization);
        } finally {
            guard.exit();
        }
    }

    float[] rank(String query, List<String> documents) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(documents, "documents");
        guard.enter();
        try {
            return Embedder.rank(this, query, documents);
        } finally {
            guard.exit();
        }
    }

    ContextParams params() {
        return params;
    }

    ContextParams.Pooling poolingType() {
        return ContextParams.Pooling.of(handle.poolingType());
    }

    void checkSequence(int sequence) {
        if (sequence < 0 || sequence >= nSeq) {
            throw new IllegalArgumentException("sequence " + sequence + " is not in 0.." + (nSeq - 1) + " (ContextParams.sequences)");
        }
    }

    // ---- state ------------------------------------------------------------------------------

    byte[] saveState() {
        return save(-1);
    }

    byte[] saveSequence(int sequence) {
        checkSequence(sequence);
        return save(sequence);
    }

    private byte[] save(int sequence) {
        guard.enter();
        try {
            return ContextState.save(handle, cache, sequence, model.fingerprint());
        } finally {
            guard.exit();
        }
    }

    void restoreState(byte[] state) {
        restore(state, -1);
    }

    void restoreSequence(int sequence, byte[] state) {
        checkSequence(sequence);
        restore(state, sequence);
    }

    private void restore(byte[] state, int sequence) {
        Objects.requireNonNull(state, "state");
        guard.enter();
        try {
            ContextState.restore(handle, cache, state, sequence, model.fingerprint(), String.valueOf(model.path().getFileName()), vocab.size());
        } finally {
            guard.exit();
        }
    }

    // ---- generation -------------------------------------------------------------------------

    Generation generate(String prompt, GenerateParams params) {
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(params, "params");
        checkSpeculation(params);
        return new Generation(this, prompt, null, params);
    }

    Generation generate(int[] prompt, GenerateParams params) {
        Objects.requireNonNull(params, "params");
        checkSpeculation(params);
        int[] copy = prompt.clone();
        if (copy.length == 0) throw new IllegalArgumentException("the prompt has no tokens");
        for (int t : copy) vocab.check(t);
        return new Generation(this, null, copy, params);
    }

    Generation generate(MultimodalPrompt prompt, GenerateParams params) {
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(params, "params");
        if (prompt.projector().model() != model) {
            throw new IllegalArgumentException(prompt.projector() + " belongs to another model than this context's");
        }
        if (params.speculation() != null) throw new IllegalArgumentException("speculative decoding does not take prompts with media");
        return new Generation(this, null, null, prompt, params);
    }

    /** Refuses speculation where it cannot work; runs before any lock is taken (the check may read the vocabularies). */
    void checkSpeculation(GenerateParams params) {
        if (params.speculation() == null) return;
        if (recurrent) {
            throw new IllegalArgumentException("speculative decoding drops rejected tokens from the KV memory; the memory of "
                    + model.path().getFileName() + " (recurrent or hybrid) cannot drop the end of a sequence");
        }
        params.speculation().factory().check(model);
    }

    MemorySegment logits(int index) {
        guard.enter();
        try {
            return handle.view(logitsPointer(index), vocab.size());
        } finally {
            guard.exit();
        }
    }

    private MemorySegment logitsPointer(int index) {
        handle.checkRow(index);
        MemorySegment p = handle.logits(index);
        if (Native.isNull(p)) throw new LlamaException("no logits for batch row " + index + " of the last decode");
        return p;
    }

    /**
     * The generated token {@code id}, with its log-probability and the {@code topN} most likely
     * tokens from the raw logits of batch row {@code row} when {@code topN >= 0} (guard held).
     */
    Token token(int id, String text, int topN, int row) {
        if (topN < 0) return new Token(id, text);
        int n = vocab.size();
        if (logitRow == null) {
            logitRow = new float[n];
            topIds = new int[GenerateParams.MAX_LOGPROBS];
        }
        MemorySegment.copy(logitsPointer(row).reinterpret(n * 4L), java.lang.foreign.ValueLayout.JAVA_FLOAT, 0, logitRow, 0, n);
        float max = io.github.llamaffm.internal.LogitMath.max(logitRow, n);
        double logSum = Math.log(io.github.llamaffm.internal.LogitMath.sumExp(logitRow, n, max));
        int k = Math.min(topN, n);
        java.util.List<Logprob> top = java.util.List.of();
        if (k > 0) {
            io.github.llamaffm.internal.LogitMath.topK(logitRow, n, k, topIds);
            Logprob[] alts = new Logprob[k];
            for (int i = 0; i < k; i++) {
                int t = topIds[i];
                alts[i] = new Logprob(t, new String(vocab.pieceBytes(t, true), java.nio.charset.StandardCharsets.UTF_8),
                        (logitRow[t] - max) - logSum);
            }
            top = java.util.List.of(alts);
        }
        return new Token(id, text, (logitRow[id] - max) - logSum, top);
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

    // ---- plumbing for Generation and BatchGenerator (called with the guard held) --------------

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
        return cache.nextEpoch();
    }

    void endGeneration(Generation g) {
        if (abort.active == g) abort.active = null;
    }

    void checkEpoch(long e) {
        if (e != cache.epoch()) {
            throw new IllegalStateException("a newer generation or memory().clear() on this context ended this generation");
        }
    }

    boolean isCurrent(long e) {
        return e == cache.epoch();
    }

    Vocab vocab() {
        return vocab;
    }

    ContextHandle nativeContext() {
        return handle;
    }

    int ingest(int[] tokens) {
        return cache.ingest(tokens);
    }

    int ingestMedia(int[] keys, PromptCache.MediaRun[] runs, long cells, PromptCache.MediaDecoder media) {
        return cache.ingestMedia(keys, runs, cells, media);
    }

    int decodeOne(int token) {
        return cache.decodeOne(token);
    }

    int decodeAll(int[] tokens, int n) {
        return cache.decodeAll(tokens, n);
    }

    void keepTokens(int count) {
        if (!cache.keep(count)) {
            throw new LlamaException("the KV memory cannot drop the end of sequence 0; speculative decoding needs it to");
        }
    }

    LlamaContext owner() {
        return owner;
    }

    boolean isFull() {
        return cache.isFull();
    }

    int sampleAt(SamplerChain chain, int row) {
        MemorySegment c = chain.enter();
        try {
            return handle.sample(c, row);
        } finally {
            chain.exit();
        }
    }

    boolean closeRequested() {
        return abort.closing;
    }

    int piece(int token, boolean special) {
        int n = vocab.piece(token, special, pieceBuffer);
        if (n < 0) {
            pieceBuffer = handle.allocate(-n);
            n = vocab.piece(token, special, pieceBuffer);
        }
        return n;
    }

    boolean isClosed() {
        return guard.isClosed();
    }

    void close() {
        abort.closing = true;
        guard.close(this::free);
    }

    private void free() {
        handle.free();
        loras.releaseAll(); // the adapters may be freed now
        model.release(owner); // the model may be freed now
    }

    String describe() {
        return "LlamaContext[" + cache.count() + "/" + nCtx + " tokens" + (isClosed() ? ", closed]" : "]");
    }
}
