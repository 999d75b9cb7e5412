package io.github.llamaffm.internal;

import io.github.llamaffm.bindings.llama_batch;
import io.github.llamaffm.bindings.llama_h;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * A {@code llama_batch} from {@code llama_batch_init}: the struct and views of its native arrays.
 * The views belong to a shared arena that {@link #free()} closes <em>before</em> it calls
 * {@code llama_batch_free}, so a use that races the free fails in the JDK with an
 * {@link IllegalStateException} instead of touching freed memory. {@link #free()} holds nothing of
 * its owner, so a {@code Cleaner} may run it.
 */
public final class NativeBatch implements Runnable {
    private final Arena views = Arena.ofShared();
    private final MemorySegment struct;
    private final int capacity;
    private boolean freed;
    // for M-RoPE embedding batches: positions per section, and the struct copy that points to them
    private MemorySegment sectioned, sectionedStruct;

    /** Token ids ({@code int32}), or null for an embedding batch. */
    public final MemorySegment tokens;
    /** Input embeddings ({@code float}, rows × embedding size), or null for a token batch. */
    public final MemorySegment embeddings;
    /** Positions ({@code int32}). */
    public final MemorySegment positions;
    /** Sequence counts per row ({@code int32}). */
    public final MemorySegment sequenceCounts;
    /** Output flags per row ({@code int8}). */
    public final MemorySegment outputs;
    /** Per row, the row's sequence ids ({@code int32}). */
    public final MemorySegment[] sequenceIds;

    /**
     * Allocates a batch.
     *
     * @param capacity      rows, {@code >= 1}
     * @param embeddingSize floats per row for an embedding batch, 0 for tokens
     * @param maxSequences  most sequences per row, {@code >= 1}
     * @throws OutOfMemoryError if llama.cpp cannot allocate it
     */
    public NativeBatch(int capacity, int embeddingSize, int maxSequences) {
        this.capacity = capacity;
        // The struct itself lives in an automatic arena: free() still needs it after closing the views.
        this.struct = llama_h.llama_batch_init(Arena.ofAuto(), capacity, embeddingSize, maxSequences);
        try {
            if (Native.isNull(llama_batch.pos(struct))) throw new OutOfMemoryError("llama_batch_init failed");
            this.tokens = embeddingSize == 0 ? view(llama_batch.token(struct), capacity * 4L) : null;
            this.embeddings = embeddingSize > 0 ? view(llama_batch.embd(struct), (long) capacity * embeddingSize * 4L) : null;
            this.positions = view(llama_batch.pos(struct), capacity * 4L);
            this.sequenceCounts = view(llama_batch.n_seq_id(struct), capacity * 4L);
            this.outputs = view(llama_batch.logits(struct), capacity);
            MemorySegment ptrs = llama_batch.seq_id(struct).reinterpret(capacity * ValueLayout.ADDRESS.byteSize());
            this.sequenceIds = new MemorySegment[capacity];
            for (int i = 0; i < capacity; i++) sequenceIds[i] = view(ptrs.getAtIndex(ValueLayout.ADDRESS, i), maxSequences * 4L);
        } catch (RuntimeException | Error e) {
            run();
            throw e;
        }
    }

    private MemorySegment view(MemorySegment p, long bytes) {
        return p.reinterpret(bytes, views, null);
    }

    /**
     * The struct with {@code n_tokens} set, to pass to {@code llama_decode}.
     *
     * @param rows the number of rows in use
     * @return the struct
     */
    public MemorySegment prepared(int rows) {
        return prepared(rows, 1);
    }

    /**
     * The struct to pass to {@code llama_decode} for a model that reads {@code positionsPerRow}
     * positions per input-embedding row (M-RoPE models: 4). llama.cpp reads an embedding row's
     * positions as {@code pos[section * n_tokens + row]} but a token row's one position for every
     * section; an embedding batch here gets that same broadcast, in an array of its own, so that
     * llama.cpp never reads past {@code pos}. Token batches and one-position models get the
     * struct itself.
     *
     * @param rows            the number of rows in use
     * @param positionsPerRow positions the model reads per embedding row, {@code >= 1}
     * @return the struct, or a copy of it whose {@code pos} points to the sectioned positions
     */
    public MemorySegment prepared(int rows, int positionsPerRow) {
        llama_batch.n_tokens(struct, rows);
        if (positionsPerRow <= 1 || embeddings == null) return struct;
        long needed = (long) capacity * positionsPerRow * Integer.BYTES;
        if (sectioned == null || sectioned.byteSize() < needed) {
            sectioned = views.allocate(needed, Integer.BYTES);
            if (sectionedStruct == null) sectionedStruct = llama_batch.allocate(views);
        }
        for (int section = 0; section < positionsPerRow; section++) {
            MemorySegment.copy(positions, 0, sectioned, (long) section * rows * Integer.BYTES, (long) rows * Integer.BYTES);
        }
        sectionedStruct.copyFrom(struct);
        llama_batch.pos(sectionedStruct, sectioned);
        return sectionedStruct;
    }

    /** Frees the batch once: closes the views, then the native arrays. */
    public synchronized void free() {
        if (freed) return;
        freed = true;
        views.close();
        llama_h.llama_batch_free(struct);
    }

    /** Same as {@link #free()}, for a {@code Cleaner}. */
    @Override
    public void run() {
        free();
    }
}
