package io.github.llamaffm;

import io.github.llamaffm.bindings.ggml_abort_callback;
import io.github.llamaffm.bindings.llama_batch;
import io.github.llamaffm.bindings.llama_context_params;
import io.github.llamaffm.bindings.llama_h;
import io.github.llamaffm.internal.Guard;
import io.github.llamaffm.internal.Native;
import io.github.llamaffm.internal.NativeLog;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;
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
 * for the new turn only). {@link #clear()} forgets everything.
 *
 * <p><b>Ownership:</b> created by and owned by its model; closing the model closes it.
 */
public final class LlamaContext implements AutoCloseable {
    private final LlamaModel model;
    private final Vocab vocab;
    private final MemorySegment handle;
    private final MemorySegment memory;
    private final Arena arena;
    private final Guard guard = new Guard("LlamaContext");
    private final int nCtx, nBatch, nUbatch;
    private final MemorySegment batch, batchTokens, batchPos, batchLogits;
    private final Abort abort;
    MemorySegment pieceBuffer;
    private int[] history = new int[64];
    private int nPast;
    private long epoch;
    private int lastBatchSize;
    private MemorySegment greedy = MemorySegment.NULL;
    private Arena views;

    /** What the abort callback consults; the upcall reads only volatile fields and never throws. */
    static final class Abort {
        volatile Generation active;
        volatile boolean closing;

        boolean shouldAbort() {
            if (closing) return true;
            Generation g = active;
            return g != null && g.cancelRequested();
        }
    }

    private LlamaContext(LlamaModel model, MemorySegment handle, Arena arena, Abort abort) {
        this.model = model;
        this.vocab = model.vocab();
        this.handle = handle;
        this.arena = arena;
        this.abort = abort;
        this.memory = llama_h.llama_get_memory(handle);
        this.nCtx = llama_h.llama_n_ctx(handle);
        this.nBatch = llama_h.llama_n_batch(handle);
        this.nUbatch = llama_h.llama_n_ubatch(handle);
        this.batch = llama_h.llama_batch_init(arena, nBatch, 0, 1);
        this.batchTokens = llama_batch.token(batch).reinterpret(nBatch * 4L);
        this.batchPos = llama_batch.pos(batch).reinterpret(nBatch * 4L);
        this.batchLogits = llama_batch.logits(batch).reinterpret(nBatch);
        MemorySegment nSeqId = llama_batch.n_seq_id(batch).reinterpret(nBatch * 4L);
        MemorySegment seqIds = llama_batch.seq_id(batch).reinterpret(nBatch * ValueLayout.ADDRESS.byteSize());
        for (int i = 0; i < nBatch; i++) {
            nSeqId.setAtIndex(ValueLayout.JAVA_INT, i, 1);
            seqIds.getAtIndex(ValueLayout.ADDRESS, i).reinterpret(4).set(ValueLayout.JAVA_INT, 0, 0);
        }
        this.pieceBuffer = arena.allocate(256);
    }

    static LlamaContext create(LlamaModel model, ContextParams params) {
        Arena arena = Arena.ofShared();
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
            MemorySegment h = llama_h.llama_init_from_model(model.handle(), p);
            if (Native.isNull(h)) {
                throw Native.failure("cannot create a context for " + model.path().getFileName() + " with " + params);
            }
            LlamaContext ctx = new LlamaContext(model, h, arena, abort);
            model.adopt(ctx);
            return ctx;
        } catch (RuntimeException | Error e) {
            arena.close();
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
            llama_h.llama_set_n_threads(handle, threads, batchThreads);
        } finally {
            guard.exit();
        }
    }

    /**
     * The number of tokens in the context's memory (prompt and generated tokens so far).
     *
     * @return tokens held
     */
    public int tokenCount() {
        return nPast;
    }

    /**
     * The tokens in the context's memory, oldest first.
     *
     * @return a copy of the tokens
     */
    public int[] tokens() {
        return Arrays.copyOf(history, nPast);
    }

    /**
     * Forgets all tokens: clears the KV memory.
     *
     * @throws IllegalStateException if closed or used by another thread
     */
    public void clear() {
        guard.enter();
        try {
            invalidateViews();
            llama_h.llama_memory_clear(memory, true);
            nPast = 0;
            epoch++;
        } finally {
            guard.exit();
        }
    }

    // ---- state ------------------------------------------------------------------------------

    private static final long STATE_MAGIC = 0x4c4c464653543031L; // "LLFFST01"

    /**
     * Saves the whole context state (KV memory, last logits and the remembered tokens) to bytes
     * that {@link #restoreState(byte[])} accepts, on this or a fresh context of the same model.
     *
     * @return the state
     * @throws IllegalStateException if closed or used by another thread
     * @throws LlamaException        if llama.cpp cannot copy its state
     */
    public byte[] saveState() {
        guard.enter();
        try (Arena a = Arena.ofConfined()) {
            long size = llama_h.llama_state_get_size(handle);
            MemorySegment buf = a.allocate(Math.max(1, size));
            long n = llama_h.llama_state_get_data(handle, buf, size);
            if (n <= 0 || n > size) throw Native.failure("llama_state_get_data failed");
            java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(Math.toIntExact(8 + 8 + 4 + 4L * nPast + 8 + n))
                    .order(java.nio.ByteOrder.LITTLE_ENDIAN);
            out.putLong(STATE_MAGIC).putLong(modelFingerprint()).putInt(nPast);
            for (int i = 0; i < nPast; i++) out.putInt(history[i]);
            out.putLong(n);
            out.put(buf.asSlice(0, n).asByteBuffer());
            return out.array();
        } catch (ArithmeticException e) {
            throw new LlamaException("the context state is larger than 2 GiB; use saveState(Path)", e);
        } finally {
            guard.exit();
        }
    }

    /**
     * Restores a state saved by {@link #saveState()}: the KV memory, the last logits and the
     * remembered tokens. Generation then continues exactly as it would have on the saved context.
     *
     * @param state bytes from {@link #saveState()}
     * @throws LlamaException        if the bytes are not a state, are corrupt, come from another
     *                               model, or do not fit this context; the context is then empty
     * @throws IllegalStateException if closed or used by another thread
     */
    public void restoreState(byte[] state) {
        Objects.requireNonNull(state, "state");
        guard.enter();
        try (Arena a = Arena.ofConfined()) {
            java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(state).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            if (in.remaining() < 20 || in.getLong() != STATE_MAGIC) throw new LlamaException("not a llama-ffm context state");
            if (in.getLong() != modelFingerprint()) {
                throw new LlamaException("the state was saved from another model than " + model.path().getFileName());
            }
            int count = in.getInt();
            if (count < 0 || count > nCtx || in.remaining() < 4L * count + 8) {
                throw new LlamaException("corrupt state: " + count + " tokens for a context of " + nCtx);
            }
            int[] tokens = new int[count];
            for (int i = 0; i < count; i++) {
                tokens[i] = in.getInt();
                if (tokens[i] < 0 || tokens[i] >= vocab.size()) throw new LlamaException("corrupt state: token " + tokens[i]);
            }
            long n = in.getLong();
            if (n <= 0 || n != in.remaining()) throw new LlamaException("corrupt state: " + n + " bytes of llama.cpp state, " + in.remaining() + " present");
            MemorySegment buf = a.allocate(n);
            MemorySegment.copy(state, in.position(), buf, ValueLayout.JAVA_BYTE, 0, (int) n);
            invalidateViews();
            epoch++;
            llama_h.llama_memory_clear(memory, true);
            nPast = 0;
            NativeLog.clearRecent();
            long read = llama_h.llama_state_set_data(handle, buf, n);
            if (read == 0) {
                llama_h.llama_memory_clear(memory, true);
                throw Native.failure("llama.cpp rejected the state");
            }
            if (tokens.length > history.length) history = Arrays.copyOf(history, tokens.length);
            System.arraycopy(tokens, 0, history, 0, tokens.length);
            nPast = count;
            lastBatchSize = count > 0 ? 1 : 0;
        } finally {
            guard.exit();
        }
    }

    /**
     * Saves the state to a file (see {@link #saveState()}).
     *
     * @param file the file to write (replaced)
     * @throws java.io.UncheckedIOException if the file cannot be written
     * @throws LlamaException               if llama.cpp cannot copy its state
     */
    public void saveState(java.nio.file.Path file) {
        try {
            java.nio.file.Files.write(file, saveState());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write the context state to " + file, e);
        }
    }

    /**
     * Restores the state from a file written by {@link #saveState(java.nio.file.Path)}.
     *
     * @param file the file
     * @throws java.io.UncheckedIOException if the file cannot be read
     * @throws LlamaException               if it is not a state of this model or is corrupt
     */
    public void restoreState(java.nio.file.Path file) {
        try {
            restoreState(java.nio.file.Files.readAllBytes(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read a context state from " + file, e);
        }
    }

    private long modelFingerprint() {
        long h = 1125899906842597L;
        String id = vocab.size() + "|" + llama_h.llama_model_n_embd(model.handle()) + "|" + llama_h.llama_model_n_layer(model.handle())
                + "|" + llama_h.llama_model_n_params(model.handle()) + "|" + llama_h.llama_model_size(model.handle());
        for (int i = 0; i < id.length(); i++) h = 31 * h + id.charAt(i);
        return h;
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
     * Generates and returns the text (see {@link #generate(String, GenerateParams)}).
     *
     * @param prompt the prompt
     * @param params limits, stop strings, sampler, cancellation
     * @return the generated text
     * @throws ContextFullException if the prompt does not fit in the context
     * @throws LlamaException       if decoding fails
     */
    public String complete(String prompt, GenerateParams params) {
        return completion(prompt, params).text();
    }

    /**
     * Generates and returns the text with the stop reason and timings.
     *
     * @param prompt the prompt
     * @param params limits, stop strings, sampler, cancellation
     * @return the completion
     * @throws ContextFullException if the prompt does not fit in the context
     * @throws LlamaException       if decoding fails
     */
    public Completion completion(String prompt, GenerateParams params) {
        return generate(prompt, params).run();
    }

    /**
     * Generates from tokens and returns the text with the stop reason and timings.
     *
     * @param prompt the prompt's token ids
     * @param params limits, stop strings, sampler, cancellation
     * @return the completion
     * @throws ContextFullException     if the prompt does not fit in the context
     * @throws IllegalArgumentException if a token id is outside the vocabulary
     * @throws LlamaException           if decoding fails
     */
    public Completion completion(int[] prompt, GenerateParams params) {
        return generate(prompt, params).run();
    }

    /**
     * Generates a value of {@code type} (usually a record) as JSON constrained by its schema,
     * and maps it onto the type. See {@link io.github.llamaffm.json.StructuredOutput#generate}.
     *
     * @param prompt the prompt
     * @param type   the type; its schema comes from {@link io.github.llamaffm.json.JsonSchema#of(Class)}
     * @param params limits, sampler settings (without a grammar; null sampler for greedy), cancellation
     * @param <T>    the result type
     * @return the generated value
     * @throws io.github.llamaffm.json.StructuredOutputException if generation stopped before the
     *         value was complete, or it does not map onto the type
     * @throws IllegalArgumentException if the type is not supported or the sampler has a grammar
     * @throws LlamaException           if decoding fails
     */
    public <T> T generate(String prompt, Class<T> type, GenerateParams params) {
        return io.github.llamaffm.json.StructuredOutput.generate(this, prompt, type, params);
    }

    /**
     * A read-only, zero-copy view of the logits of batch row {@code index} of the last decode
     * ({@code -1} for the last row): one float per vocabulary entry. The view is valid until the
     * next decode, {@link #clear()} or {@link #close()}; after that, reading it throws
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
            MemorySegment p = logitsPointer(index);
            if (views == null) views = Arena.ofShared();
            return p.reinterpret(vocab.size() * 4L, views, null).asReadOnly();
        } finally {
            guard.exit();
        }
    }

    private MemorySegment logitsPointer(int index) {
        if (index < -1 || index >= Math.max(lastBatchSize, 1)) {
            throw new IllegalArgumentException("batch row " + index + " is not in the last decode (" + lastBatchSize + " rows)");
        }
        MemorySegment p = llama_h.llama_get_logits_ith(handle, index);
        if (Native.isNull(p)) throw new LlamaException("no logits for batch row " + index + " of the last decode");
        return p;
    }

    int sampleWith(Sampler sampler, int index) {
        guard.enter();
        try {
            logitsPointer(index);
            MemorySegment chain = sampler.enter(model);
            try {
                return llama_h.llama_sampler_sample(chain, handle, index);
            } finally {
                sampler.exit();
            }
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
        abort.active = g;
        return ++epoch;
    }

    void endGeneration(Generation g) {
        if (abort.active == g) abort.active = null;
    }

    void checkEpoch(long e) {
        if (e != epoch) {
            throw new IllegalStateException("a newer generation or clear() on this context ended this generation");
        }
    }

    Vocab vocab() {
        return vocab;
    }

    MemorySegment handle() {
        return handle;
    }

    /**
     * Puts {@code tokens} into the memory, reusing the common prefix with what is there.
     *
     * @return the number of tokens decoded, or -1 if aborted
     * @throws ContextFullException if they do not fit
     */
    int ingest(int[] tokens) {
        if (tokens.length >= nCtx) {
            throw new ContextFullException("the prompt has " + tokens.length + " tokens; the context holds " + nCtx
                    + " and needs room for at least one more");
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
        llama_batch.n_tokens(batch, n);
        NativeLog.clearRecent();
        int rc = llama_h.llama_decode(handle, batch);
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
        return nPast >= nCtx;
    }

    int sampleGreedyOrWith(Sampler sampler) {
        if (sampler == null) {
            if (Native.isNull(greedy)) greedy = llama_h.llama_sampler_init_greedy();
            return llama_h.llama_sampler_sample(greedy, handle, -1);
        }
        MemorySegment chain = sampler.enter(model);
        try {
            return llama_h.llama_sampler_sample(chain, handle, -1);
        } finally {
            sampler.exit();
        }
    }

    void resetSampler(Sampler sampler) {
        if (sampler == null) return;
        MemorySegment chain = sampler.enter(model);
        try {
            llama_h.llama_sampler_reset(chain);
        } finally {
            sampler.exit();
        }
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
     * Frees the context. Idempotent; from any thread: a running decode is aborted and waited for.
     */
    @Override
    public void close() {
        abort.closing = true;
        guard.close(() -> {
            invalidateViews();
            if (!Native.isNull(greedy)) llama_h.llama_sampler_free(greedy);
            llama_h.llama_batch_free(batch);
            llama_h.llama_free(handle);
            arena.close();
        });
        model.release(this);
    }

    @Override
    public String toString() {
        return "LlamaContext[" + nPast + "/" + nCtx + " tokens" + (isClosed() ? ", closed]" : "]");
    }
}
