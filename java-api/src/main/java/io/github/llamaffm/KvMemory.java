package io.github.llamaffm;


/**
 * The KV memory of a {@link LlamaContext}, from {@link LlamaContext#memory()}: what each sequence
 * holds, and edits to it. Positions are token positions within a sequence; a range
 * {@code [from, to)} takes {@code -1} for an open end ({@code from = -1}: from the start,
 * {@code to = -1}: to the end). A sequence id of {@code -1}, where allowed, means all sequences.
 *
 * <p>Typical uses: {@link #copy(int, int) copy} a decoded system prompt into the sequences of
 * several conversations (with {@link ContextParams#unifiedKv()} the cells are shared, not
 * duplicated); {@link #remove(int, int, int) remove} a conversation's tail to rewind it;
 * {@link #shift(int, int, int, int) shift} positions to drop old tokens of a long conversation
 * while keeping the rest ("context shifting").
 *
 * <p><b>Threads and ownership:</b> a view of its context, with the context's rule: one thread at
 * a time, enforced; every method throws {@link IllegalStateException} once the context is closed.
 */
public final class KvMemory {
    private final ContextCore ctx;

    KvMemory(ContextCore ctx) {
        this.ctx = ctx;
    }

    /**
     * Empties every sequence: the context forgets all tokens (a running generation on it ends).
     *
     * @throws IllegalStateException if the context is closed or used by another thread
     */
    public void clear() {
        ctx.clearMemory();
    }

    /**
     * Removes the positions {@code [from, to)} of a sequence (or of all, with {@code -1}).
     *
     * @param sequence the sequence id, or -1 for all
     * @param from     first position removed, or -1 for 0
     * @param to       first position kept after the range, or -1 for the end
     * @return false if the memory cannot remove part of a sequence (recurrent models; removing
     *         a whole sequence always works)
     * @throws IllegalArgumentException if the sequence id is out of range
     * @throws IllegalStateException    if the context is closed or used by another thread
     */
    public boolean remove(int sequence, int from, int to) {
        checkSequenceOrAll(sequence);
        ctx.enter();
        try {
            boolean ok = ctx.nativeContext().memoryRemove(sequence, from, to);
            if (ok && (sequence == 0 || sequence == -1)) {
                int f = Math.max(from, 0);
                if (to < 0 || to >= ctx.tokenCount()) ctx.truncate(f);
                else if (to > f) ctx.untrack(); // a hole in the middle: the history no longer matches
            }
            return ok;
        } finally {
            ctx.exit();
        }
    }

    /**
     * Empties one sequence.
     *
     * @param sequence the sequence id
     * @throws IllegalArgumentException if the sequence id is out of range
     * @throws IllegalStateException    if the context is closed or used by another thread
     */
    public void remove(int sequence) {
        ctx.checkSequence(sequence);
        remove(sequence, -1, -1);
    }

    /**
     * Makes sequence {@code destination} also hold positions {@code [from, to)} of {@code source}
     * (a shared prefix decoded once, used by several sequences). With a unified KV memory the
     * cells are shared; otherwise the whole source sequence is copied over whatever
     * {@code destination} held, and {@code from}/{@code to} must be -1.
     *
     * @param source      the sequence copied from
     * @param destination the sequence copied to
     * @param from        first position, or -1
     * @param to          end position (exclusive), or -1
     * @throws IllegalArgumentException if a sequence id is out of range, or a partial copy between
     *                                  separate KV streams is asked for
     * @throws IllegalStateException    if the context is closed or used by another thread
     */
    public void copy(int source, int destination, int from, int to) {
        ctx.checkSequence(source);
        ctx.checkSequence(destination);
        // Separate KV streams copy whole buffers; llama.cpp aborts the process on a partial copy.
        if (!ctx.unifiedKv() && source != destination && (from > 0 || to >= 0)) {
            throw new IllegalArgumentException("without a unified KV memory only whole sequences can be copied (from = to = -1)");
        }
        if (source == destination) return;
        ctx.enter();
        try {
            ctx.nativeContext().memoryCopy(source, destination, from, to);
            if (destination == 0) ctx.untrack();
        } finally {
            ctx.exit();
        }
    }

    /**
     * Makes {@code destination} also hold all of {@code source}.
     *
     * @param source      the sequence copied from
     * @param destination the sequence copied to
     * @throws IllegalArgumentException if a sequence id is out of range
     * @throws IllegalStateException    if the context is closed or used by another thread
     */
    public void copy(int source, int destination) {
        copy(source, destination, -1, -1);
    }

    /**
     * Removes every sequence except {@code sequence}.
     *
     * @param sequence the sequence kept
     * @throws IllegalArgumentException if the sequence id is out of range
     * @throws IllegalStateException    if the context is closed or used by another thread
     */
    public void keep(int sequence) {
        ctx.checkSequence(sequence);
        ctx.enter();
        try {
            ctx.nativeContext().memoryKeep(sequence);
            if (sequence != 0) ctx.truncate(0);
        } finally {
            ctx.exit();
        }
    }

    /**
     * Adds {@code delta} to the positions {@code [from, to)} of a sequence (negative to move them
     * back, e.g. after removing older tokens). Positions that become negative are removed.
     *
     * @param sequence the sequence id
     * @param from     first position, or -1
     * @param to       end position (exclusive), or -1
     * @param delta    the shift
     * @throws IllegalArgumentException if the sequence id is out of range
     * @throws IllegalStateException    if the memory cannot shift ({@link #canShift()}), or the
     *                                  context is closed or used by another thread
     */
    public void shift(int sequence, int from, int to, int delta) {
        ctx.checkSequence(sequence);
        ctx.enter();
        try {
            requireShift();
            if (delta == 0) return;
            ctx.nativeContext().memoryAdd(sequence, from, to, delta);
            if (sequence == 0) ctx.untrack();
        } finally {
            ctx.exit();
        }
    }

    /**
     * Divides the positions {@code [from, to)} of a sequence by {@code divisor} (rounding down),
     * as self-extend does.
     *
     * @param sequence the sequence id
     * @param from     first position, or -1
     * @param to       end position (exclusive), or -1
     * @param divisor  {@code >= 1}
     * @throws IllegalArgumentException if the sequence id or divisor is out of range
     * @throws IllegalStateException    if the memory cannot shift ({@link #canShift()}), or the
     *                                  context is closed or used by another thread
     */
    public void divide(int sequence, int from, int to, int divisor) {
        ctx.checkSequence(sequence);
        if (divisor < 1) throw new IllegalArgumentException("divisor must be >= 1: " + divisor);
        ctx.enter();
        try {
            requireShift();
            if (divisor == 1) return;
            ctx.nativeContext().memoryDivide(sequence, from, to, divisor);
            if (sequence == 0) ctx.untrack();
        } finally {
            ctx.exit();
        }
    }

    /**
     * The smallest position a sequence holds.
     *
     * @param sequence the sequence id
     * @return the position, or -1 if the sequence is empty
     * @throws IllegalArgumentException if the sequence id is out of range
     * @throws IllegalStateException    if the context is closed or used by another thread
     */
    public int minPosition(int sequence) {
        ctx.checkSequence(sequence);
        ctx.enter();
        try {
            return ctx.nativeContext().memoryMinPosition(sequence);
        } finally {
            ctx.exit();
        }
    }

    /**
     * The largest position a sequence holds; the next token of the sequence goes at
     * {@code maxPosition + 1}.
     *
     * @param sequence the sequence id
     * @return the position, or -1 if the sequence is empty
     * @throws IllegalArgumentException if the sequence id is out of range
     * @throws IllegalStateException    if the context is closed or used by another thread
     */
    public int maxPosition(int sequence) {
        ctx.checkSequence(sequence);
        ctx.enter();
        try {
            return ctx.nativeContext().memoryMaxPosition(sequence);
        } finally {
            ctx.exit();
        }
    }

    /**
     * Whether positions can be shifted ({@link #shift}, {@link #divide}); false for some memory
     * kinds (e.g. recurrent models).
     *
     * @return true if shifting works
     * @throws IllegalStateException if the context is closed or used by another thread
     */
    public boolean canShift() {
        ctx.enter();
        try {
            return ctx.nativeContext().memoryCanShift();
        } finally {
            ctx.exit();
        }
    }

    private void requireShift() {
        if (!ctx.nativeContext().memoryCanShift()) {
            throw new IllegalStateException("this model's KV memory cannot shift positions");
        }
    }

    private void checkSequenceOrAll(int sequence) {
        if (sequence != -1) ctx.checkSequence(sequence);
    }

    @Override
    public String toString() {
        return "KvMemory[" + ctx.sequences() + " sequences]";
    }
}
