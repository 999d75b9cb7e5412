package io.github.llamaffm.gguf;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * The little-endian layouts of GGUF and the conversions between {@code float} and the float
 * element types (F32, F16, BF16, F64). The reader ({@link GgufParser}, {@link GgufFile}), the writer
 * ({@link TensorLayout}) and the tensor sources of other code ({@link GgmlType#putFloat}) share them,
 * so that every file this package writes and reads uses one rounding and one byte order.
 */
final class LittleEndian {
    static final ValueLayout.OfShort SHORT = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    static final ValueLayout.OfFloat FLOAT = ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    static final ValueLayout.OfDouble DOUBLE = ValueLayout.JAVA_DOUBLE_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private LittleEndian() {
    }

    /**
     * Converts {@code n} elements of type F32, F16, BF16 or F64 to floats.
     *
     * @param data the elements, {@code ne0} varying fastest
     * @param type F32, F16, BF16 or F64 (anything else is read as F64)
     * @param n    the number of elements
     * @return a new array of {@code n} floats
     */
    static float[] toFloats(MemorySegment data, GgmlType type, int n) {
        float[] out = new float[n];
        switch (type) {
            case F32 -> MemorySegment.copy(data, FLOAT, 0, out, 0, n);
            case F16 -> {
                for (int i = 0; i < n; i++) {
                    out[i] = Float.float16ToFloat(data.get(SHORT, 2L * i));
                }
            }
            case BF16 -> {
                for (int i = 0; i < n; i++) {
                    out[i] = Float.intBitsToFloat((data.get(SHORT, 2L * i) & 0xFFFF) << 16);
                }
            }
            default -> {
                for (int i = 0; i < n; i++) {
                    out[i] = (float) data.get(DOUBLE, 8L * i);
                }
            }
        }
        return out;
    }

    /**
     * Stores a float as element {@code index} of type F32, F16 or BF16 (anything else as BF16).
     *
     * @param seg   the elements
     * @param index the element's index
     * @param type  F32, F16 or BF16
     * @param v     the value, rounded to nearest even for F16 and BF16
     */
    static void putFloat(MemorySegment seg, long index, GgmlType type, float v) {
        switch (type) {
            case F32 -> seg.set(FLOAT, 4L * index, v);
            case F16 -> seg.set(SHORT, 2L * index, Float.floatToFloat16(v));
            default -> seg.set(SHORT, 2L * index, toBf16(v));
        }
    }

    /** Rounds a float to bfloat16 (to nearest even; NaN stays a quiet NaN), as ggml does. */
    static short toBf16(float f) {
        int bits = Float.floatToRawIntBits(f);
        if ((bits & 0x7FFF_FFFF) > 0x7F80_0000) {
            return (short) ((bits >>> 16) | 64);
        }
        return (short) ((bits + (0x7FFF + ((bits >>> 16) & 1))) >>> 16);
    }
}
