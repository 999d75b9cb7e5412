package io.github.llamaffm;

/**
 * A model could not be loaded: the file is missing, unreadable, not GGUF, or llama.cpp refused
 * it. The message names the path and carries llama.cpp's own error text when it gave one.
 */
public class ModelLoadException extends LlamaException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed, with the path
     */
    public ModelLoadException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message what failed, with the path
     * @param cause   the underlying failure
     */
    public ModelLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
