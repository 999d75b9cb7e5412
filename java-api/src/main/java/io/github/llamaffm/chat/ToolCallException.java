package io.github.llamaffm.chat;

import io.github.llamaffm.LlamaException;

import java.util.Objects;

/**
 * A tool that {@link ChatSession} ran for the model failed, and the session was told to throw
 * ({@link ChatSession.ToolErrors#THROW}) rather than hand the error to the model. The
 * conversation keeps the assistant's message with the call; no result was recorded for it.
 */
public final class ToolCallException extends LlamaException {
    private static final long serialVersionUID = 1L;

    private final transient ToolCall call;

    /**
     * Creates the exception.
     *
     * @param call  the call that failed
     * @param cause what the tool threw
     * @throws NullPointerException if {@code call} is null
     */
    public ToolCallException(ToolCall call, Throwable cause) {
        super("tool '" + Objects.requireNonNull(call, "call").name() + "' failed: " + cause, cause);
        this.call = call;
    }

    /**
     * The call that failed.
     *
     * @return the call
     */
    public ToolCall call() {
        return call;
    }
}
