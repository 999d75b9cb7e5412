package io.github.llamaffm.gguf;

import java.nio.file.Path;

/**
 * A GGUF file that was read successfully does not hold what was asked of it: a typed getter of
 * {@link GgufFile} asked for a string where the key holds an integer, for an {@code int} where the
 * integer does not fit, or {@link GgufTensorInfo#byteSize()} was asked of a tensor whose type this
 * library does not know. The message names the file, the byte offset of the value and the problem,
 * for example {@code model.gguf: at byte 120: metadata key 'llama.block_count' is a STRING, not an
 * integer}; {@link #name()}, {@link #expected()} and {@link #actual()} give its parts.
 *
 * <p>Unchecked, an {@link IllegalStateException} like those {@link GgufValue} and {@link GgufArray}
 * throw for a type that does not fit: the file was parsed in full when it was opened, so these
 * getters do no I/O and need no {@code try}. A caller that cannot trust a key's type looks at
 * {@link GgufValue#type()} first (through {@link GgufFile#get(String)}) or catches this exception.
 * A file that cannot be parsed at all is a {@link GgufFormatException}, a checked
 * {@link java.io.IOException}.
 */
public class GgufValueException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** The file, as a string (a {@link Path} is not serializable); {@code null} when unknown. */
    private final String file;
    /** The byte offset of the value in the file; -1 when unknown. */
    private final long offset;
    /** The metadata key or tensor name. */
    private final String name;
    /** What was asked for. */
    private final String expected;
    /** What the value is. */
    private final String actual;
    /** The whole problem, without the file and offset. */
    private final String problem;

    /**
     * Creates the exception.
     *
     * @param file     the file the value was read from, or {@code null}
     * @param offset   the byte offset of the value (a metadata value's type, a tensor's entry), or -1
     * @param name     the metadata key or tensor name
     * @param expected what was asked for, such as {@code "a string"}
     * @param actual   what the value is, such as {@code "UINT32"}
     * @param problem  the whole problem, without the file and offset
     */
    GgufValueException(Path file, long offset, String name, String expected, String actual, String problem) {
        super(GgufFormatException.message(file, offset, problem));
        this.file = file == null ? null : file.toString();
        this.offset = offset;
        this.name = name;
        this.expected = expected;
        this.actual = actual;
        this.problem = problem;
    }

    /**
     * Returns the file the value was read from.
     *
     * @return the file's path as given to the reader, or {@code null} when unknown
     */
    public String file() {
        return file;
    }

    /**
     * Returns where the value lies in the file: the offset of a metadata value's type field, or of
     * a tensor's entry in the tensor table.
     *
     * @return the offset from the start of the file, or -1 when unknown
     */
    public long offset() {
        return offset;
    }

    /**
     * Returns the metadata key or the tensor name the request was about.
     *
     * @return the key or name, such as {@code "llama.block_count"}
     */
    public String name() {
        return name;
    }

    /**
     * Returns what was asked for.
     *
     * @return for example {@code "a string"}, {@code "an int"} or {@code "a ggml type this library
     *         knows"}
     */
    public String expected() {
        return expected;
    }

    /**
     * Returns what the value is: its type, followed by the value where the type fits but the value
     * does not.
     *
     * @return for example {@code "UINT8"}, {@code "UINT32 4294967295"} or {@code "ggml type id 4"}
     */
    public String actual() {
        return actual;
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
