package io.github.llamaffm;

/** Why a generation ended. */
public enum StopReason {
    /** The model produced an end-of-generation token (not part of the text). */
    END_OF_GENERATION,
    /** {@link GenerateParams#maxTokens()} tokens were generated. */
    MAX_TOKENS,
    /** A stop string appeared (not part of the text). */
    STOP_STRING,
    /** The generation was cancelled: a {@link Cancellation}, or the thread was interrupted. */
    CANCELLED,
    /** The context has no room for another token. */
    CONTEXT_FULL
}
