package io.github.llamaffm.gguf;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The compact element storage behind a {@link GgufArray}, and its codec: one primitive Java array
 * per element type, strings as one UTF-8 blob with offsets, nested arrays as {@code GgufArray[]}.
 * Every switch over how an element type is stored lives here (decoding fixed-size elements from a
 * mapped file, reading one element as a {@code long}, {@code double} or bytes, UTF-8 packing,
 * equality and the GGUF encoding), so that {@link GgufArray} stays the public, type-checked facade
 * and the parser and writer share one codec for array values.
 *
 * <p>Methods that read an element take its index as checked and its type as fitting; the facade
 * checks both first. Immutable once built: the arrays given are owned, never exposed.
 */
final class ArrayStorage {
    /** The most bytes the strings of one array may take together. */
    private static final int MAX_STRING_BYTES = Integer.MAX_VALUE - 16;

    final GgufType type;
    final int size;
    /**
     * byte[] for UINT8, INT8, BOOL; short[] for UINT16, INT16; int[] for UINT32, INT32; float[];
     * long[] for UINT64, INT64; double[]; byte[] (all strings joined) for STRING; GgufArray[] for
     * ARRAY.
     */
    private final Object data;
    /** For STRING: start of string i at [i], end at [i + 1]; otherwise null. */
    private final int[] stringOffsets;

    /** Takes ownership of the arrays given; callers pass private copies. */
    ArrayStorage(GgufType type, int size, Object data, int[] stringOffsets) {
        this.type = type;
        this.size = size;
        this.data = data;
        this.stringOffsets = stringOffsets;
    }

    /** Booleans stored as the bytes 0 and 1. */
    static ArrayStorage bools(boolean[] values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (values[i] ? 1 : 0);
        }
        return new ArrayStorage(GgufType.BOOL, b.length, b, null);
    }

    /** Strings encoded as UTF-8 into one blob; NullPointerException names a null string. */
    static ArrayStorage strings(List<String> values) {
        byte[][] encoded = new byte[values.size()][];
        long total = 0;
        for (int i = 0; i < encoded.length; i++) {
            encoded[i] = Objects.requireNonNull(values.get(i), "string " + i).getBytes(StandardCharsets.UTF_8);
            total += encoded[i].length;
        }
        if (total > MAX_STRING_BYTES) {
            throw new IllegalArgumentException("strings too large for one array: " + total + " bytes");
        }
        byte[] blob = new byte[(int) total];
        int[] offsets = new int[encoded.length + 1];
        int pos = 0;
        for (int i = 0; i < encoded.length; i++) {
            offsets[i] = pos;
            System.arraycopy(encoded[i], 0, blob, pos, encoded[i].length);
            pos += encoded[i].length;
        }
        offsets[encoded.length] = pos;
        return new ArrayStorage(GgufType.STRING, encoded.length, blob, offsets);
    }

    /**
     * Copies {@code n} little-endian elements of a fixed-size type out of a file mapping; the
     * caller has checked that they lie inside it.
     */
    static ArrayStorage read(MemorySegment seg, long pos, GgufType type, int n) {
        Object a = switch (type) {
            case UINT8, INT8, BOOL -> copy(seg, ValueLayout.JAVA_BYTE, pos, new byte[n], n);
            case UINT16, INT16 -> copy(seg, LittleEndian.SHORT, pos, new short[n], n);
            case UINT32, INT32 -> copy(seg, LittleEndian.INT, pos, new int[n], n);
            case FLOAT32 -> copy(seg, LittleEndian.FLOAT, pos, new float[n], n);
            case UINT64, INT64 -> copy(seg, LittleEndian.LONG, pos, new long[n], n);
            case FLOAT64 -> copy(seg, LittleEndian.DOUBLE, pos, new double[n], n);
            case STRING, ARRAY -> throw new IllegalArgumentException(type + " elements have no fixed size");
        };
        return new ArrayStorage(type, n, a, null);
    }

    private static Object copy(MemorySegment seg, ValueLayout layout, long pos, Object array, int n) {
        MemorySegment.copy(seg, layout, pos, array, 0, n);
        return array;
    }

    // ---------------------------------------------------------------- elements

    /** An integer element: unsigned types zero-extended, UINT64 as its 64 bits. */
    long integer(int index) {
        return switch (type) {
            case UINT8 -> ((byte[]) data)[index] & 0xFFL;
            case INT8 -> ((byte[]) data)[index];
            case UINT16 -> ((short[]) data)[index] & 0xFFFFL;
            case INT16 -> ((short[]) data)[index];
            case UINT32 -> ((int[]) data)[index] & 0xFFFF_FFFFL;
            case INT32 -> ((int[]) data)[index];
            case UINT64, INT64 -> ((long[]) data)[index];
            default -> throw new AssertionError(type);
        };
    }

    /** A numeric element: floats as they are, integers converted (UINT64 as unsigned). */
    double number(int index) {
        return switch (type) {
            case FLOAT32 -> ((float[]) data)[index];
            case FLOAT64 -> ((double[]) data)[index];
            case UINT64 -> unsignedToDouble(((long[]) data)[index]);
            default -> integer(index);
        };
    }

    /** A FLOAT32 element. */
    float float32(int index) {
        return ((float[]) data)[index];
    }

    /** A BOOL element: false for a stored 0. */
    boolean bool(int index) {
        return ((byte[]) data)[index] != 0;
    }

    /** A STRING element, decoded from UTF-8 (malformed bytes become U+FFFD). */
    String string(int index) {
        int start = stringOffsets[index];
        return new String((byte[]) data, start, stringOffsets[index + 1] - start, StandardCharsets.UTF_8);
    }

    /** A copy of a STRING element's bytes. */
    byte[] stringBytes(int index) {
        return Arrays.copyOfRange((byte[]) data, stringOffsets[index], stringOffsets[index + 1]);
    }

    /** An ARRAY element. */
    GgufArray array(int index) {
        return ((GgufArray[]) data)[index];
    }

    /** An element as a value of the element type. */
    GgufValue value(int index) {
        return switch (type) {
            case FLOAT32 -> GgufValue.ofFloat32(float32(index));
            case FLOAT64 -> GgufValue.ofFloat64(((double[]) data)[index]);
            case BOOL -> new GgufValue(GgufType.BOOL, ((byte[]) data)[index] & 0xFF, null);
            case STRING -> new GgufValue(GgufType.STRING, 0, stringBytes(index));
            case ARRAY -> GgufValue.ofArray(array(index));
            default -> new GgufValue(type, integer(index), null);
        };
    }

    /** A read-only view of a STRING array's elements, each decoded when read. */
    List<String> stringList() {
        return new StringList();
    }

    private final class StringList extends AbstractList<String> implements RandomAccess {
        @Override
        public String get(int index) {
            Objects.checkIndex(index, size);
            return string(index);
        }

        @Override
        public int size() {
            return size;
        }
    }

    /** A copy of the elements of a UINT64 or INT64 array. */
    long[] longs() {
        return ((long[]) data).clone();
    }

    /** A copy of the elements of an INT32 array. */
    int[] ints() {
        return ((int[]) data).clone();
    }

    /** A copy of the elements of a FLOAT32 array. */
    float[] floats() {
        return ((float[]) data).clone();
    }

    static double unsignedToDouble(long v) {
        return v >= 0 ? v : ((v >>> 1) | (v & 1)) * 2.0;
    }

    // ---------------------------------------------------------------- encoding

    /** Writes element type, count and elements, as a GGUF array value. */
    void encodeTo(ByteSink out) {
        out.i32(type.id());
        out.i64(size);
        switch (type) {
            case UINT8, INT8, BOOL -> out.bytes((byte[]) data, 0, size);
            case UINT16, INT16 -> {
                for (short v : (short[]) data) {
                    out.i16(v);
                }
            }
            case UINT32, INT32 -> {
                for (int v : (int[]) data) {
                    out.i32(v);
                }
            }
            case FLOAT32 -> {
                for (float v : (float[]) data) {
                    out.f32(v);
                }
            }
            case UINT64, INT64 -> {
                for (long v : (long[]) data) {
                    out.i64(v);
                }
            }
            case FLOAT64 -> {
                for (double v : (double[]) data) {
                    out.f64(v);
                }
            }
            case STRING -> {
                for (int i = 0; i < size; i++) {
                    out.string((byte[]) data, stringOffsets[i], stringOffsets[i + 1] - stringOffsets[i]);
                }
            }
            case ARRAY -> {
                for (GgufArray a : (GgufArray[]) data) {
                    a.elements.encodeTo(out);
                }
            }
        }
    }

    // ---------------------------------------------------------------- Object

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ArrayStorage other) || other.type != type || other.size != size) {
            return false;
        }
        if (type == GgufType.STRING) {
            return Arrays.equals(stringOffsets, other.stringOffsets) && Arrays.equals((byte[]) data, (byte[]) other.data);
        }
        return Arrays.deepEquals(new Object[] {data}, new Object[] {other.data});
    }

    @Override
    public int hashCode() {
        return 31 * type.hashCode() + Arrays.deepHashCode(new Object[] {data});
    }

    /** The element type, size and first elements, such as {@code [STRING x 32000: "<unk>", "<s>", ...]}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[").append(type).append(" x ").append(size);
        int shown = Math.min(size, 8);
        for (int i = 0; i < shown; i++) {
            sb.append(i == 0 ? ": " : ", ");
            sb.append(value(i));
        }
        if (shown < size) {
            sb.append(", ...");
        }
        return sb.append(']').toString();
    }
}
