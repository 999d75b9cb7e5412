package io.github.llamaffm.gguf;

import java.lang.foreign.MemorySegment;
import java.util.Optional;

/**
 * The element type of a tensor ({@code enum ggml_type} in llama.cpp's {@code ggml.h}), with the
 * numbers needed to size tensor data: values are stored in blocks of {@link #blockSize()} elements
 * taking {@link #typeSize()} bytes each (1 and 4 for F32; 32 and 18 for Q4_0). The table is that of
 * the pinned llama.cpp ({@code type_traits} in {@code ggml.c}, {@code GGML_QUANT_SIZES} in
 * {@code gguf-py}). Ids that llama.cpp removed (4, 5, 31 to 33, 36 to 38) and ids newer than this
 * table have no constant: {@link #byId(int)} returns empty for them.
 */
public enum GgmlType {
    /** 32-bit float. */
    F32(0, "f32", 1, 4),
    /** 16-bit IEEE half float. */
    F16(1, "f16", 1, 2),
    /** 4-bit quantization, blocks of 32 with an f16 scale. */
    Q4_0(2, "q4_0", 32, 18),
    /** 4-bit quantization, blocks of 32 with an f16 scale and minimum. */
    Q4_1(3, "q4_1", 32, 20),
    /** 5-bit quantization, blocks of 32 with an f16 scale. */
    Q5_0(6, "q5_0", 32, 22),
    /** 5-bit quantization, blocks of 32 with an f16 scale and minimum. */
    Q5_1(7, "q5_1", 32, 24),
    /** 8-bit quantization, blocks of 32 with an f16 scale. */
    Q8_0(8, "q8_0", 32, 34),
    /** 8-bit quantization, blocks of 32 with an f16 scale and sum. */
    Q8_1(9, "q8_1", 32, 36),
    /** 2-bit k-quantization, super-blocks of 256. */
    Q2_K(10, "q2_K", 256, 84),
    /** 3-bit k-quantization, super-blocks of 256. */
    Q3_K(11, "q3_K", 256, 110),
    /** 4-bit k-quantization, super-blocks of 256. */
    Q4_K(12, "q4_K", 256, 144),
    /** 5-bit k-quantization, super-blocks of 256. */
    Q5_K(13, "q5_K", 256, 176),
    /** 6-bit k-quantization, super-blocks of 256. */
    Q6_K(14, "q6_K", 256, 210),
    /** 8-bit k-quantization (intermediate results), super-blocks of 256. */
    Q8_K(15, "q8_K", 256, 292),
    /** 2.06-bit importance quantization. */
    IQ2_XXS(16, "iq2_xxs", 256, 66),
    /** 2.31-bit importance quantization. */
    IQ2_XS(17, "iq2_xs", 256, 74),
    /** 3.06-bit importance quantization. */
    IQ3_XXS(18, "iq3_xxs", 256, 98),
    /** 1.56-bit importance quantization. */
    IQ1_S(19, "iq1_s", 256, 50),
    /** 4.5-bit non-linear quantization, blocks of 32. */
    IQ4_NL(20, "iq4_nl", 32, 18),
    /** 3.44-bit importance quantization. */
    IQ3_S(21, "iq3_s", 256, 110),
    /** 2.5-bit importance quantization. */
    IQ2_S(22, "iq2_s", 256, 82),
    /** 4.25-bit non-linear quantization, super-blocks of 256. */
    IQ4_XS(23, "iq4_xs", 256, 136),
    /** 8-bit signed integer. */
    I8(24, "i8", 1, 1),
    /** 16-bit signed integer. */
    I16(25, "i16", 1, 2),
    /** 32-bit signed integer. */
    I32(26, "i32", 1, 4),
    /** 64-bit signed integer. */
    I64(27, "i64", 1, 8),
    /** 64-bit float. */
    F64(28, "f64", 1, 8),
    /** 1.75-bit importance quantization. */
    IQ1_M(29, "iq1_m", 256, 56),
    /** bfloat16. */
    BF16(30, "bf16", 1, 2),
    /** Ternary quantization, 1.69 bits. */
    TQ1_0(34, "tq1_0", 256, 54),
    /** Ternary quantization, 2.06 bits. */
    TQ2_0(35, "tq2_0", 256, 66),
    /** MXFP4 (blocks of 32 E2M1 values with an E8M0 scale). */
    MXFP4(39, "mxfp4", 32, 17),
    /** NVFP4 (blocks of 64 E2M1 values with four E4M3 scales). */
    NVFP4(40, "nvfp4", 64, 36),
    /** 1-bit quantization, blocks of 128. */
    Q1_0(41, "q1_0", 128, 18),
    /** 2-bit quantization, blocks of 64. */
    Q2_0(42, "q2_0", 64, 18);

    private static final GgmlType[] BY_ID = new GgmlType[64];

    static {
        for (GgmlType t : values()) {
            BY_ID[t.id] = t;
        }
    }

    private final int id;
    private final String ggmlName;
    private final int blockSize;
    private final int typeSize;

    GgmlType(int id, String ggmlName, int blockSize, int typeSize) {
        this.id = id;
        this.ggmlName = ggmlName;
        this.blockSize = blockSize;
        this.typeSize = typeSize;
    }

    /**
     * Returns the id stored in GGUF tensor tables for this type.
     *
     * @return the {@code ggml_type} value
     */
    public int id() {
        return id;
    }

    /**
     * Returns the name ggml gives this type ({@code ggml_type_name}), for example {@code "q4_K"}.
     *
     * @return the ggml name
     */
    public String ggmlName() {
        return ggmlName;
    }

    /**
     * Returns the number of elements in one block.
     *
     * @return the block size (1 for the plain number types)
     */
    public int blockSize() {
        return blockSize;
    }

    /**
     * Returns the number of bytes one block takes.
     *
     * @return the block's size in bytes
     */
    public int typeSize() {
        return typeSize;
    }

    /**
     * Tells whether this type stores elements in blocks of more than one (a quantized type).
     *
     * @return {@code true} when {@link #blockSize()} is greater than 1
     */
    public boolean isQuantized() {
        return blockSize > 1;
    }

    /**
     * Stores a float as one element of tensor data of this type, in the file's little-endian
     * layout and with the writer's rounding (to nearest even for F16 and BF16), for a
     * {@link GgufTensorSource} that produces F32, F16 or BF16 data.
     *
     * @param data  the tensor data, or the part of it being produced
     * @param index the element's index in {@code data} (its byte offset is
     *              {@code index * typeSize()})
     * @param value the value
     * @throws UnsupportedOperationException when this type is not F32, F16 or BF16
     * @throws IndexOutOfBoundsException     when the element lies outside {@code data}
     */
    public void putFloat(MemorySegment data, long index, float value) {
        if (!holdsFloats()) {
            throw new UnsupportedOperationException("floats can be stored as f32, f16 or bf16, not " + ggmlName);
        }
        LittleEndian.putFloat(data, index, this, value);
    }

    /** Tells whether floats convert to this type: F32, F16 or BF16. */
    boolean holdsFloats() {
        return this == F32 || this == F16 || this == BF16;
    }

    /**
     * Computes the size in bytes of a number of elements of this type.
     *
     * @param elements the number of elements; a multiple of {@link #blockSize()}
     * @return the size in bytes
     * @throws IllegalArgumentException when {@code elements} is negative or not a multiple of the
     *                                  block size
     * @throws ArithmeticException      when the size does not fit in a {@code long}
     */
    public long byteSize(long elements) {
        if (elements < 0) {
            throw new IllegalArgumentException("negative element count " + elements);
        }
        if (elements % blockSize != 0) {
            throw new IllegalArgumentException(elements + " elements of type " + ggmlName
                    + " are not a whole number of blocks of " + blockSize);
        }
        return Math.multiplyExact(elements / blockSize, (long) typeSize);
    }

    /**
     * Finds the type with a given id.
     *
     * @param id the {@code ggml_type} value as stored in a file
     * @return the type, or empty for an id that is negative, removed from llama.cpp, or unknown
     */
    public static Optional<GgmlType> byId(int id) {
        return id >= 0 && id < BY_ID.length ? Optional.ofNullable(BY_ID[id]) : Optional.empty();
    }

    /**
     * Finds the type with a given ggml name, ignoring case.
     *
     * @param name a name such as {@code "f16"} or {@code "Q4_K"}
     * @return the type, or empty when no type has that name
     */
    public static Optional<GgmlType> byName(String name) {
        for (GgmlType t : values()) {
            if (t.ggmlName.equalsIgnoreCase(name) || t.name().equalsIgnoreCase(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
