package io.github.llamaffm.bench;

import io.github.llamaffm.Llama;
import io.github.llamaffm.LlamaException;
import io.github.llamaffm.bindings.llama_batch;
import io.github.llamaffm.bindings.llama_context_params;
import io.github.llamaffm.bindings.llama_h;
import io.github.llamaffm.internal.ThreadPool;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Path;

/**
 * The decoding-only path through the generated bindings alone: a model and a context driven as
 * llama-bench drives them, nothing of the API's checks and bookkeeping: what FFM itself costs,
 * and the baseline of the paired measurement of the API ({@link JavaPaths#pairedApiVsBindings}).
 *
 * <p>Optionally gives the context its own ggml thread pool at a given poll level, as llama-bench
 * does ({@code llama_attach_threadpool}, poll 50). Without one, ggml's CPU backend starts and
 * joins its worker threads for every graph it computes.
 */
public final class RawDecoder implements Decoder {
    private final Arena arena = Arena.ofConfined();
    private final MemorySegment model;
    private final MemorySegment vocab;
    private final MemorySegment ctx;
    private final MemorySegment memory;
    private final MemorySegment batch;
    private final MemorySegment tokens, positions, outputs;
    private final int capacity;
    private ThreadPool threadpool;
    private int size;

    /**
     * Loads a model with llama.cpp's default model parameters and creates a context.
     *
     * @param file       the GGUF model
     * @param contextSize tokens the context holds
     * @param settings   threads and batch sizes
     * @param poll       the poll level of a ggml thread pool of the context's own (llama-bench's
     *                   is 50), or -1 for none (ggml then starts threads for every decode)
     * @throws LlamaException if llama.cpp refuses the model or the context
     */
    public RawDecoder(Path file, int contextSize, BenchSettings settings, int poll) {
        Llama.load();
        MemorySegment mp = llama_h.llama_model_default_params(arena);
        model = llama_h.llama_model_load_from_file(arena.allocateFrom(file.toString()), mp);
        if (model.equals(MemorySegment.NULL)) throw new LlamaException("cannot load " + file);
        vocab = llama_h.llama_model_get_vocab(model);
        MemorySegment cp = llama_h.llama_context_default_params(arena);
        llama_context_params.n_ctx(cp, contextSize);
        llama_context_params.n_batch(cp, settings.batchSize());
        llama_context_params.n_ubatch(cp, settings.microBatch());
        llama_context_params.n_threads(cp, settings.threads());
        llama_context_params.n_threads_batch(cp, settings.threads());
        ctx = llama_h.llama_init_from_model(model, cp);
        if (ctx.equals(MemorySegment.NULL)) {
            llama_h.llama_model_free(model);
            throw new LlamaException("cannot create a context for " + file);
        }
        memory = llama_h.llama_get_memory(ctx);
        capacity = Math.min(settings.batchSize(), contextSize);
        batch = llama_h.llama_batch_init(arena, capacity, 0, 1);
        tokens = llama_batch.token(batch).reinterpret(capacity * 4L);
        positions = llama_batch.pos(batch).reinterpret(capacity * 4L);
        outputs = llama_batch.logits(batch).reinterpret(capacity);
        MemorySegment nSeq = llama_batch.n_seq_id(batch).reinterpret(capacity * 4L);
        MemorySegment seqs = llama_batch.seq_id(batch).reinterpret(capacity * ValueLayout.ADDRESS.byteSize());
        for (int i = 0; i < capacity; i++) { // every token in sequence 0
            nSeq.setAtIndex(ValueLayout.JAVA_INT, i, 1);
            seqs.getAtIndex(ValueLayout.ADDRESS, i).reinterpret(4).set(ValueLayout.JAVA_INT, 0, 0);
        }
        if (poll >= 0) attachThreadpool(settings.threads(), poll);
    }

    /** A pool like llama-bench's, through the API's own plumbing (found in the CPU backend module). */
    private void attachThreadpool(int threads, int poll) {
        threadpool = ThreadPool.start(threads, poll);
        llama_h.llama_attach_threadpool(ctx, threadpool.handle(), MemorySegment.NULL);
    }

    /**
     * The model's {@code const llama_vocab *}, for calls through the bindings.
     *
     * @return the pointer
     */
    public MemorySegment vocab() {
        return vocab;
    }

    @Override
    public int vocabSize() {
        return llama_h.llama_vocab_n_tokens(vocab);
    }

    @Override
    public int startToken() {
        return llama_h.llama_vocab_get_add_bos(vocab) ? llama_h.llama_vocab_bos(vocab) : -1;
    }

    @Override
    public void clear() {
        size = 0;
    }

    @Override
    public void add(int token, int position, boolean output) {
        if (size == capacity) throw new IllegalStateException("the batch holds " + capacity + " tokens");
        tokens.setAtIndex(ValueLayout.JAVA_INT, size, token);
        positions.setAtIndex(ValueLayout.JAVA_INT, size, position);
        outputs.set(ValueLayout.JAVA_BYTE, size, (byte) (output ? 1 : 0));
        size++;
    }

    /** Decodes and waits for the result ({@code llama_synchronize}), as llama-bench does. */
    @Override
    public void decode() {
        llama_batch.n_tokens(batch, size);
        int rc = llama_h.llama_decode(ctx, batch);
        if (rc != 0) throw new LlamaException("llama_decode returned " + rc);
        llama_h.llama_synchronize(ctx);
    }

    @Override
    public void clearMemory() {
        llama_h.llama_memory_clear(memory, false);
    }

    @Override
    public void close() {
        llama_h.llama_batch_free(batch);
        llama_h.llama_free(ctx);
        if (threadpool != null) threadpool.close();
        llama_h.llama_model_free(model);
        arena.close();
    }
}
