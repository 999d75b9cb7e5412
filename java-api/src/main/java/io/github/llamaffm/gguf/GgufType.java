package io.github.llamaffm.gguf;

import java.util.Optional;

/**
 * The type of a GGUF metadata value, with the numeric id the file format stores for it
 * ({@code enum gguf_type} in llama.cpp's {@code gguf.h}). All numbers are little-endian in the
 * file; a {@link #BOOL} is one byte; a {@link #STRING} is a uint64 byte length followed by UTF-8
 * bytes without a terminator; an {@link #ARRAY} is an element type (int32), a uint64 element count
 * and the elements.
 */
public enum GgufType {
    /** Unsigned 8-bit integer. */
    UINT8(0, 1),
    /** Signed 8-bit integer. */
    INT8(1, 1),
    /** Unsigned 16-bit integer. */
    UINT16(2, 2),
    /** Signed 16-bit integer. */
    INT16(3, 2),
    /** Unsigned 32-bit integer. */
    UINT32(4, 4),
    /** Signed 32-bit integer. */
    INT32(5, 4),
    /** IEEE 754 single precision float. */
    FLOAT32(6, 4),
    /** Boolean stored as one byte (0 is false, anything else true). */
    BOOL(7, 1),
    /** UTF-8 string with a uint64 length prefix. */
    STRING(8, 0),
    /** Array of values of one type (arrays may nest). */
    ARRAY(9, 0),
    /** Unsigned 64-bit integer. */
    UINT64(10, 8),
    /** Signed 64-bit integer. */
    INT64(11, 8),
    /** IEEE 754 double precision float. */
    FLOAT64(12, 8);

    private static final GgufType[] BY_ID = values();

    private final int id;
    private final int fixedSize;

    GgufType(int id, int fixedSize) {
        this.id = id;
        this.fixedSize = fixedSize;
    }

    /**
     * Returns the id the file format stores for this type.
     *
     * @return the id, 0 to 12
     */
    public int id() {
        return id;
    }

    /**
     * Returns the size in bytes of one value of this type in the file.
     *
     * @return the size, or 0 for the variable-size types {@link #STRING} and {@link #ARRAY}
     */
    public int fixedSize() {
        return fixedSize;
    }

    /**
     * Tells whether this is one of the eight integer types.
     *
     * @return {@code true} for UINT8, INT8, UINT16, INT16, UINT32, INT32, UINT64 and INT64
     */
    public boolean isInteger() {
        return switch (this) {
            case UINT8, INT8, UINT16, INT16, UINT32, INT32, UINT64, INT64 -> true;
            default -> false;
        };
    }

    /**
     * Tells whether this is one of the two floating point types.
     *
     * @return {@code true} for FLOAT32 and FLOAT64
     */
    public boolean isFloatingPoint() {
        return this == FLOAT32 || this == FLOAT64;
    }

    /**
     * The fewest bytes one element of this type takes in a file: its fixed size, 8 for a string
     * (its length) and 12 for an array (element type and count).
     */
    int minEncodedSize() {
        return switch (this) {
            case STRING -> 8;
            case ARRAY -> 12;
            default -> fixedSize;
        };
    }

    /**
     * Finds the type with a given id.
     *
     * @param id the id as stored in a file
     * @return the type, or empty when the id is not a known value type
     */
    public static Optional<GgufType> byId(int id) {
        return id >= 0 && id < BY_ID.length ? Optional.of(BY_ID[id]) : Optional.empty();
    }
}
