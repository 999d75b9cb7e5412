package io.github.llamaffm;

import io.github.llamaffm.internal.Guard;
import io.github.llamaffm.internal.Native;
import io.github.llamaffm.internal.NativeBatch;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.ref.Cleaner;
import java.util.Objects;

/**
 * Input for one {@link LlamaContext#decode(Batch)}: rows of a token (or an input embedding), its
 * position, the sequences it belongs to and whether its output (logits, embeddings) is wanted.
 *
 * <p>A batch is allocated once (native arrays of {@link #capacity()} rows) and reused: {@link #clear()}
 * and {@link #add} write into those arrays, so a decode loop allocates nothing per call. After a
 * decode, the outputs of row {@code r} are {@link LlamaContext#logits(int) ctx.logits(r)} and
 * {@link LlamaContext#embeddings(int) ctx.embeddings(r)}.
 *
 * <pre>{@code
 * try (Batch batch = Batch.create(512)) {
 *     int[] prompt = vocab.tokenize("Hello", SpecialTokens.ADD);
 *     batch.add(prompt, 0, 0, true);            // positions 0.., sequence 0, output for the last row
 *     ctx.decode(batch);
 *     MemorySegment logits = ctx.logits(batch.size() - 1);
 * }
 * }</pre>
 *
 * <p><b>Ownership and threads:</b> the caller owns a batch and closes it; it is independent of any
 * context and may be used with several. One thread at a time may use it (enforced).
 */
public final class Batch implements AutoCloseable {
    private static final Cleaner CLEANER = Cleaner.create();

    private final Guard guard = new Guard("Batch");
    // Views of the native arrays; they expire (the JDK throws) before the arrays are freed.
    private final NativeBatch nativeBatch;
    private final Cleaner.Cleanable cleanable; // a backstop for a batch that is never closed
    private final MemorySegment tokens, embd, pos, nSeqId, logits;
    private final MemorySegment[] seqIds;
    private final int capacity, embeddingSize, maxSequences;
    private int size, outputs;

    private Batch(int capacity, int embeddingSize, int maxSequences) {
        Native.ensureLoaded();
        this.capacity = capacity;
        this.embeddingSize = embeddingSize;
        this.maxSequences = maxSequences;
        this.nativeBatch = new NativeBatch(capacity, embeddingSize, maxSequences);
        this.cleanable = CLEANER.register(this, nativeBatch);
        this.tokens = nativeBatch.tokens;
        this.embd = nativeBatch.embeddings;
        this.pos = nativeBatch.positions;
        this.nSeqId = nativeBatch.sequenceCounts;
        this.logits = nativeBatch.outputs;
        this.seqIds = nativeBatch.sequenceIds;
    }

    /**
     * A token batch of {@code capacity} rows, each in one sequence.
     *
     * @param capacity most rows, {@code >= 1}; a decode takes at most the context's batch size
     * @return a new batch (close it)
     * @throws IllegalArgumentException if capacity is below 1
     */
    public static Batch create(int capacity) {
        return create(capacity, 1);
    }

    /**
     * A token batch whose rows may each belong to up to {@code maxSequencesPerRow} sequences (a
     * token shared by several sequences is stored once in a unified KV memory).
     *
     * @param capacity           most rows, {@code >= 1}
     * @param maxSequencesPerRow most sequences one row belongs to, {@code >= 1}
     * @return a new batch (close it)
     * @throws IllegalArgumentException if a count is below 1
     */
    public static Batch create(int capacity, int maxSequencesPerRow) {
        if (capacity < 1) throw new IllegalArgumentException("capacity must be >= 1: " + capacity);
        if (maxSequencesPerRow < 1) throw new IllegalArgumentException("maxSequencesPerRow must be >= 1: " + maxSequencesPerRow);
        return new Batch(capacity, 0, maxSequencesPerRow);
    }

    /**
     * A batch of input embeddings instead of tokens (e.g. from a vision encoder), each row
     * {@code embeddingSize} floats (the model's {@link LlamaModel#embeddingSize()}). A row decodes
     * as the token whose embedding it is would at that position. On a model with M-RoPE (such
     * as Qwen2-VL), where llama.cpp reads one position per rotary section, a row's position goes
     * to every section, as llama.cpp does for a token; images with 2-D positions go through a
     * {@link MultimodalProjector} instead.
     *
     * @param capacity      most rows, {@code >= 1}
     * @param embeddingSize floats per row, {@code >= 1}
     * @return a new batch (close it)
     * @throws IllegalArgumentException if a count is below 1
     */
    public static Batch createForEmbeddings(int capacity, int embeddingSize) {
        if (capacity < 1) throw new IllegalArgumentException("capacity must be >= 1: " + capacity);
        if (embeddingSize < 1) throw new IllegalArgumentException("embeddingSize must be >= 1: " + embeddingSize);
        return new Batch(capacity, embeddingSize, 1);
    }

    /**
     * Adds a token row.
     *
     * @param token    the token id (checked against the vocabulary at decode)
     * @param position its position in the sequence, {@code >= 0}
     * @param sequence the sequence id, {@code >= 0} (checked against the context at decode)
     * @param output   whether to compute this row's logits (and embeddings)
     * @return the row index, to read its outputs after the decode
     * @throws IllegalStateException    if the batch is full, closed, holds embeddings, or is used by another thread
     * @throws IllegalArgumentException if position or sequence is negative
     */
    public int add(int token, int position, int sequence, boolean output) {
        checkSequence(sequence);
        guard.enter();
        try {
            int row = startRow(tokens == null, position, output);
            tokens.setAtIndex(ValueLayout.JAVA_INT, row, token);
            setSequences(row, sequence);
            return row;
        } finally {
            guard.exit();
        }
    }

    /**
     * Adds a token row that belongs to several sequences (e.g. a prompt shared by all of them).
     *
     * @param token     the token id
     * @param position  its position, {@code >= 0}
     * @param sequences the sequence ids, 1 to {@link #maxSequencesPerRow()} of them, each {@code >= 0}
     * @param output    whether to compute this row's outputs
     * @return the row index
     * @throws IllegalStateException    if the batch is full, closed, holds embeddings, or is used by another thread
     * @throws IllegalArgumentException if a value is out of range
     */
    public int add(int token, int position, int[] sequences, boolean output) {
        Objects.requireNonNull(sequences, "sequences");
        if (sequences.length < 1 || sequences.length > maxSequences) {
            throw new IllegalArgumentException("a row belongs to 1 to " + maxSequences + " sequences in this batch, not " + sequences.length);
        }
        guard.enter();
        try {
            for (int s : sequences) if (s < 0) throw new IllegalArgumentException("negative sequence id " + s);
            int row = startRow(tokens == null, position, output);
            tokens.setAtIndex(ValueLayout.JAVA_INT, row, token);
            nSeqId.setAtIndex(ValueLayout.JAVA_INT, row, sequences.length);
            MemorySegment.copy(sequences, 0, seqIds[row], ValueLayout.JAVA_INT, 0, sequences.length);
            return row;
        } finally {
            guard.exit();
        }
    }

    /**
     * Adds consecutive tokens of one sequence at positions {@code firstPosition, firstPosition + 1, …}.
     *
     * @param tokenIds      the tokens
     * @param firstPosition the first token's position, {@code >= 0}
     * @param sequence      the sequence id, {@code >= 0}
     * @param outputLast    whether to compute the outputs of the last of them
     * @return the row index of the last token added
     * @throws IllegalStateException    if they do not fit, or the batch is closed, holds embeddings, or is used by another thread
     * @throws IllegalArgumentException if the array is empty or a value is out of range
     */
    public int add(int[] tokenIds, int firstPosition, int sequence, boolean outputLast) {
        Objects.requireNonNull(tokenIds, "tokenIds");
        if (tokenIds.length == 0) throw new IllegalArgumentException("no tokens to add");
        checkSequence(sequence);
        if (firstPosition < 0) throw new IllegalArgumentException("negative position " + firstPosition);
        guard.enter();
        try {
            if (size + tokenIds.length > capacity) {
                throw new IllegalStateException(tokenIds.length + " tokens do not fit: the batch holds " + size + " of " + capacity + " rows");
            }
            int row = -1;
            for (int i = 0; i < tokenIds.length; i++) {
                row = startRow(tokens == null, firstPosition + i, outputLast && i == tokenIds.length - 1);
                tokens.setAtIndex(ValueLayout.JAVA_INT, row, tokenIds[i]);
                setSequences(row, sequence);
            }
            return row;
        } finally {
            guard.exit();
        }
    }

    /**
     * Adds an input-embedding row (batches from {@link #createForEmbeddings}).
     *
     * @param embedding {@link #embeddingSize()} floats
     * @param position  its position, {@code >= 0}
     * @param sequence  the sequence id, {@code >= 0}
     * @param output    whether to compute this row's outputs
     * @return the row index
     * @throws IllegalStateException    if the batch is full, closed, holds tokens, or is used by another thread
     * @throws IllegalArgumentException if the embedding has the wrong length or a value is out of range
     */
    public int add(float[] embedding, int position, int sequence, boolean output) {
        Objects.requireNonNull(embedding, "embedding");
        if (embd == null) throw new IllegalStateException("this batch holds tokens, not embeddings");
        if (embedding.length != embeddingSize) {
            throw new IllegalArgumentException("an embedding row has " + embeddingSize + " floats, not " + embedding.length);
        }
        checkSequence(sequence);
        guard.enter();
        try {
            int row = startRow(embd == null, position, output);
            // the segment offset is in bytes, not floats
            MemorySegment.copy(embedding, 0, embd, ValueLayout.JAVA_FLOAT, (long) row * embeddingSize * Float.BYTES, embeddingSize);
            setSequences(row, sequence);
            return row;
        } finally {
            guard.exit();
        }
    }

    private static void checkSequence(int sequence) {
        if (sequence < 0) throw new IllegalArgumentException("negative sequence id " + sequence);
    }

    private int startRow(boolean wrongKind, int position, boolean output) {
        if (wrongKind) {
            throw new IllegalStateException(embd != null ? "this batch holds embeddings, not tokens" : "this batch holds tokens, not embeddings");
        }
        if (size == capacity) throw new IllegalStateException("the batch is full (" + capacity + " rows)");
        if (position < 0) throw new IllegalArgumentException("negative position " + position);
        pos.setAtIndex(ValueLayout.JAVA_INT, size, position);
        logits.set(ValueLayout.JAVA_BYTE, size, (byte) (output ? 1 : 0));
        if (output) outputs++;
        return size++;
    }

    private void setSequences(int row, int sequence) {
        nSeqId.setAtIndex(ValueLayout.JAVA_INT, row, 1);
        seqIds[row].set(ValueLayout.JAVA_INT, 0, sequence);
    }

    /**
     * Sets whether row {@code row}'s outputs are computed.
     *
     * @param row    a row index below {@link #size()}
     * @param output true to compute them
     * @throws IndexOutOfBoundsException if the row is not in the batch
     * @throws IllegalStateException     if closed or used by another thread
     */
    public void setOutput(int row, boolean output) {
        guard.enter();
        try {
            Objects.checkIndex(row, size);
            boolean was = logits.get(ValueLayout.JAVA_BYTE, row) != 0;
            logits.set(ValueLayout.JAVA_BYTE, row, (byte) (output ? 1 : 0));
            outputs += (output ? 1 : 0) - (was ? 1 : 0);
        } finally {
            guard.exit();
        }
    }

    /**
     * Empties the batch for reuse (the native arrays stay).
     *
     * @return this batch
     * @throws IllegalStateException if closed or used by another thread
     */
    public Batch clear() {
        guard.enter();
        try {
            size = 0;
            outputs = 0;
            return this;
        } finally {
            guard.exit();
        }
    }

    /**
     * Rows added since the last {@link #clear()}.
     *
     * @return the row count
     */
    public int size() {
        return size;
    }

    /**
     * Whether the batch has no rows.
     *
     * @return true if empty
     */
    public boolean isEmpty() {
        return size == 0;
    }

    /**
     * Rows whose outputs will be computed.
     *
     * @return the output row count
     */
    public int outputCount() {
        return outputs;
    }

    /**
     * Most rows.
     *
     * @return the capacity
     */
    public int capacity() {
        return capacity;
    }

    /**
     * Most sequences one row may belong to.
     *
     * @return the limit given at creation
     */
    public int maxSequencesPerRow() {
        return maxSequences;
    }

    /**
     * Floats per row of an embedding batch; 0 for a token batch.
     *
     * @return the embedding size, or 0
     */
    public int embeddingSize() {
        return embeddingSize;
    }

    /**
     * The token of a row.
     *
     * @param row a row index below {@link #size()}
     * @return its token id
     * @throws IndexOutOfBoundsException if the row is not in the batch
     * @throws IllegalStateException     if this is an embedding batch or closed
     */
    public int token(int row) {
        guard.checkOpen();
        if (tokens == null) throw new IllegalStateException("this batch holds embeddings, not tokens");
        return tokens.getAtIndex(ValueLayout.JAVA_INT, Objects.checkIndex(row, size));
    }

    /**
     * The position of a row.
     *
     * @param row a row index below {@link #size()}
     * @return its position
     * @throws IndexOutOfBoundsException if the row is not in the batch
     * @throws IllegalStateException     if closed
     */
    public int position(int row) {
        guard.checkOpen();
        return pos.getAtIndex(ValueLayout.JAVA_INT, Objects.checkIndex(row, size));
    }

    /**
     * The sequences of a row.
     *
     * @param row a row index below {@link #size()}
     * @return a copy of its sequence ids
     * @throws IndexOutOfBoundsException if the row is not in the batch
     * @throws IllegalStateException     if closed
     */
    public int[] sequences(int row) {
        guard.checkOpen();
        int n = nSeqId.getAtIndex(ValueLayout.JAVA_INT, Objects.checkIndex(row, size));
        return seqIds[row].asSlice(0, n * 4L).toArray(ValueLayout.JAVA_INT);
    }

    /**
     * Whether a row's outputs will be computed.
     *
     * @param row a row index below {@link #size()}
     * @return true if it is an output row
     * @throws IndexOutOfBoundsException if the row is not in the batch
     * @throws IllegalStateException     if closed
     */
    public boolean isOutput(int row) {
        guard.checkOpen();
        return logits.get(ValueLayout.JAVA_BYTE, Objects.checkIndex(row, size)) != 0;
    }

    // ---- for LlamaContext.decode --------------------------------------------------------------

    void enter() {
        guard.enter();
    }

    void exit() {
        guard.exit();
    }

    /**
     * The llama_batch struct with n_tokens set to the current size, for a model that reads
     * {@code positionsPerEmbedding} positions per embedding row (called with the guard held).
     */
    MemorySegment prepared(int positionsPerEmbedding) {
        return nativeBatch.prepared(size, positionsPerEmbedding);
    }

    /** Whether a row belongs to {@code sequence}. */
    boolean touchesSequence(int sequence) {
        for (int r = 0; r < size; r++) {
            int n = nSeqId.getAtIndex(ValueLayout.JAVA_INT, r);
            for (int i = 0; i < n; i++) if (seqIds[r].getAtIndex(ValueLayout.JAVA_INT, i) == sequence) return true;
        }
        return false;
    }

    /** How many different sequences the rows belong to. */
    int distinctSequences() {
        java.util.BitSet seen = new java.util.BitSet();
        for (int r = 0; r < size; r++) {
            int n = nSeqId.getAtIndex(ValueLayout.JAVA_INT, r);
            for (int i = 0; i < n; i++) seen.set(seqIds[r].getAtIndex(ValueLayout.JAVA_INT, i));
        }
        return seen.cardinality();
    }

    /** Checks ids before they reach C, where a bad one is an out-of-bounds read. */
    void validate(int vocabSize, int sequenceLimit) {
        for (int r = 0; r < size; r++) {
            if (tokens != null) {
                int t = tokens.getAtIndex(ValueLayout.JAVA_INT, r);
                if (t < 0 || t >= vocabSize) {
                    throw new IllegalArgumentException("row " + r + ": token " + t + " is outside the vocabulary (0.." + (vocabSize - 1) + ")");
                }
            }
            int n = nSeqId.getAtIndex(ValueLayout.JAVA_INT, r);
            for (int i = 0; i < n; i++) {
                int s = seqIds[r].getAtIndex(ValueLayout.JAVA_INT, i);
                if (s >= sequenceLimit) {
                    throw new IllegalArgumentException("row " + r + ": sequence " + s + " but the context has "
                            + sequenceLimit + " sequences (ContextParams.sequences)");
                }
            }
        }
    }

    /**
     * Whether {@link #close()} has been called.
     *
     * @return true once closed
     */
    public boolean isClosed() {
        return guard.isClosed();
    }

    /**
     * Frees the native arrays. Idempotent. Waits for a decode that uses the batch on another thread
     * to end; called inside a decode that uses it (from a callback), the arrays are freed when that
     * decode returns. A batch that is never closed is freed once unreachable, as a backstop only.
     */
    @Override
    public void close() {
        guard.close(cleanable::clean);
    }

    @Override
    public String toString() {
        return "Batch[" + size + "/" + capacity + " rows, " + outputs + " outputs" + (isClosed() ? ", closed]" : "]");
    }
}
