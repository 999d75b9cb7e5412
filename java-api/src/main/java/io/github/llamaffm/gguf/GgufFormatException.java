package io.github.llamaffm.gguf;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A GGUF file is malformed, truncated, of an unsupported version, or lacks what its reader needs
 * (a vocabulary file without tokens, say). The message names the file, the byte offset in the file
 * where the problem was found and what was wrong, for example
 * {@code model.gguf: at byte 24: string length 9223372036854775807 of key of metadata entry 0
 * exceeds the 1000 bytes left in the file}.
 *
 * <p>A checked {@link IOException}: a bad file is a failure to read it, handled where the caller
 * handles its other I/O errors, and every method that reads or writes GGUF declares
 * {@code throws IOException}. Asking a file that was read successfully for a value it does not hold
 * (a string where the key holds an integer) is a {@link GgufValueException} instead, unchecked.
 */
public class GgufFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    /** The file, as a string (a {@link Path} is not serializable); {@code null} when unknown. */
    private final String file;
    /** The byte offset in the file where the problem was found; -1 when unknown. */
    private final long offset;
    /** What was wrong, without the file and offset. */
    private final String problem;

    /**
     * Creates the exception.
     *
     * @param file    the file involved, or {@code null} when there is none (data not yet written)
     * @param offset  the byte offset in the file where the problem was found, or -1 when unknown
     * @param problem what was wrong, without the file and offset (they are added to the message)
     */
    public GgufFormatException(Path file, long offset, String problem) {
        this(file, offset, problem, null);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param file    the file involved, or {@code null} when there is none
     * @param offset  the byte offset in the file where the problem was found, or -1 when unknown
     * @param problem what was wrong, without the file and offset
     * @param cause   the underlying failure, or {@code null}
     */
    public GgufFormatException(Path file, long offset, String problem, Throwable cause) {
        super(message(file, offset, problem), cause);
        this.file = file == null ? null : file.toString();
        this.offset = offset;
        this.problem = problem;
    }

    /** The message of a problem at a place in a file: {@code file: at byte N: problem}. */
    static String message(Path file, long offset, String problem) {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "<GGUF data>" : file.toString()).append(": ");
        if (offset >= 0) {
            sb.append("at byte ").append(offset).append(": ");
        }
        return sb.append(problem).toString();
    }

    /**
     * Returns the file the problem was found in.
     *
     * @return the file's path as given to the reader, or {@code null} when unknown
     */
    public String file() {
        return file;
    }

    /**
     * Returns the byte offset in the file where the problem was found.
     *
     * @return the offset from the start of the file, or -1 when unknown
     */
    public long offset() {
        return offset;
    }

    /**
     * Returns what was wrong, without the file name and offset.
     *
     * @return the description of the problem
     */
    public String problem() {
        return problem;
    }
}
