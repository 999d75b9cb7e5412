package io.github.llamaffm;

/**
 * The base of every exception llama-ffm throws for a failure reported by llama.cpp. Unchecked:
 * callers decide where to handle it. Bad arguments are {@link IllegalArgumentException}s and use
 * of a closed object is an {@link IllegalStateException}, raised in Java before any native call.
 */
public class LlamaException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what failed, including llama.cpp's own words where it gave any
     */
    public LlamaException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what failed
     * @param cause   the underlying failure
     */
    public LlamaException(String message, Throwable cause) {
        super(message, cause);
    }
}
