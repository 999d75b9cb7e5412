package io.github.llamaffm;

/**
 * The input does not fit: a prompt has more tokens than the context can hold (with room for at
 * least one generated token). Nothing is truncated silently; use a larger
 * {@link ContextParams.Builder#contextSize(int) context size} or a shorter prompt.
 */
public class ContextFullException extends LlamaException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message how many tokens were asked for and how many fit
     */
    public ContextFullException(String message) {
        super(message);
    }
}
