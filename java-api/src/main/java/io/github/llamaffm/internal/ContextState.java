package io.github.llamaffm.internal;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Saving and restoring a context's state: llama.cpp's copy ({@link ContextHandle}) in the
 * {@link StateCodec} format, with the tokens of sequence 0 that the {@link PromptCache} remembers.
 * Called under the context's guard.
 */
public final class ContextState {
    private ContextState() {}

    /**
     * Saves the whole context ({@code sequence < 0}) or one sequence.
     *
     * @param ctx         the context
     * @param cache       its record of sequence 0
     * @param sequence    the sequence, or -1
     * @param fingerprint the model's fingerprint
     * @return the encoded state
     * @throws io.github.llamaffm.LlamaException if llama.cpp cannot copy it, or it is over 2 GiB
     */
    public static byte[] save(ContextHandle ctx, PromptCache cache, int sequence, long fingerprint) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment buf = ctx.stateData(sequence, a);
            if (buf == null) throw Native.failure("llama.cpp could not copy the " + (sequence < 0 ? "context" : "sequence") + " state");
            return StateCodec.encode(fingerprint, sequence, sequence <= 0 ? cache.trackedTokens() : null, buf);
        }
    }

    /**
     * Restores the whole context ({@code sequence < 0}) or one sequence; on failure what it
     * replaced is empty.
     *
     * @param ctx         the context
     * @param cache       its record of sequence 0
     * @param state       the encoded state
     * @param sequence    the sequence to restore into, or -1
     * @param fingerprint the model's fingerprint
     * @param modelName   the model's file name, for messages
     * @param vocabSize   the vocabulary size
     * @throws io.github.llamaffm.LlamaException if the state is not one of this kind and model, is
     *                                           corrupt, or llama.cpp rejects it
     */
    public static void restore(ContextHandle ctx, PromptCache cache, byte[] state, int sequence, long fingerprint,
                               String modelName, int vocabSize) {
        StateCodec.Decoded d = StateCodec.decode(state, fingerprint, modelName, sequence, ctx.nCtx, vocabSize);
        try (Arena a = Arena.ofConfined()) {
            MemorySegment buf = a.allocate(d.length());
            MemorySegment.copy(state, d.offset(), buf, ValueLayout.JAVA_BYTE, 0, d.length());
            ctx.invalidateViews();
            NativeLog.clearRecent();
            if (sequence < 0) {
                ctx.memoryClear(true);
                cache.forget();
                if (!ctx.setStateData(-1, buf)) {
                    ctx.memoryClear(true);
                    throw Native.failure("llama.cpp rejected the state");
                }
            } else {
                ctx.memoryRemove(sequence, -1, -1);
                if (sequence == 0) cache.forget();
                if (!ctx.setStateData(sequence, buf)) {
                    ctx.memoryRemove(sequence, -1, -1);
                    throw Native.failure("llama.cpp rejected the sequence state");
                }
                if (sequence == 0 && d.tokens() == null) cache.untrack();
            }
            if (sequence <= 0 && d.tokens() != null) cache.restored(d.tokens());
        }
    }
}
