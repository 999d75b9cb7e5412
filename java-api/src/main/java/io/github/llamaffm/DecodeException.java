package io.github.llamaffm;

/**
 * {@code llama_decode} failed. {@link #returnCode()} is llama.cpp's own code: 1 means no room in
 * the KV memory for the batch, 2 the decode was aborted, negative values an invalid batch or an
 * internal error.
 */
public class DecodeException extends LlamaException {
    private static final long serialVersionUID = 1L;
    /** The code llama_decode returned. */
    private final int returnCode;

    /**
     * Creates the exception.
     *
     * @param message    what failed
     * @param returnCode llama_decode's return code
     */
    public DecodeException(String message, int returnCode) {
        super(message + " (llama_decode returned " + returnCode + ")");
        this.returnCode = returnCode;
    }

    /**
     * The code {@code llama_decode} returned.
     *
     * @return the code, never 0
     */
    public int returnCode() {
        return returnCode;
    }
}
