package io.github.llamaffm.testkit.onnx;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An ONNX model or a tokenizer file is malformed, truncated, or not the BERT encoder the converter
 * understands. The message names the file, the byte offset where the problem was found when there
 * is one, and what was wrong, for example {@code model.onnx: at byte 1234: length 9999999 of field 5
 * exceeds the 10 bytes left in its message}.
 *
 * <p>A checked {@link IOException}: a bad input file is a failure to read it.
 */
public class OnnxFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    /** The byte offset in the file where the problem was found; -1 when unknown. */
    private final long offset;

    /**
     * Creates the exception.
     *
     * @param file    the file involved, or {@code null} when unknown
     * @param offset  the byte offset where the problem was found, or -1 when there is none
     * @param problem what was wrong, without the file and offset (they are added to the message)
     */
    public OnnxFormatException(Path file, long offset, String problem) {
        super((file == null ? "<ONNX data>" : file.toString()) + ": "
                + (offset >= 0 ? "at byte " + offset + ": " : "") + problem);
        this.offset = offset;
    }

    /**
     * The byte offset in the file where the problem was found.
     *
     * @return the offset, or -1 when the problem is not at one place (a missing tensor, say)
     */
    public long offset() {
        return offset;
    }
}
