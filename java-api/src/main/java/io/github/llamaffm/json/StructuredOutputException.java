package io.github.llamaffm.json;

import io.github.llamaffm.LlamaException;
import io.github.llamaffm.StopReason;

/**
 * A constrained generation ended without a complete, valid value: it was stopped (by
 * {@code maxTokens}, a stop string, cancellation or a full context) before the grammar was
 * satisfied, or the JSON does not map onto the requested type. The raw text is kept.
 */
public class StructuredOutputException extends LlamaException {
    private static final long serialVersionUID = 1L;
    /** The text the model generated. */
    private final String rawText;
    /** Why generation ended. */
    private final StopReason stopReason;

    /**
     * Creates the exception.
     *
     * @param message    what went wrong
     * @param rawText    the text the model generated
     * @param stopReason why generation ended
     * @param cause      the parse or mapping failure, or null
     */
    public StructuredOutputException(String message, String rawText, StopReason stopReason, Throwable cause) {
        super(message + " (stop reason " + stopReason + "); generated text: " + rawText, cause);
        this.rawText = rawText;
        this.stopReason = stopReason;
    }

    /**
     * The text the model generated.
     *
     * @return the raw text
     */
    public String rawText() {
        return rawText;
    }

    /**
     * Why generation ended.
     *
     * @return the stop reason
     */
    public StopReason stopReason() {
        return stopReason;
    }
}
