package io.github.llamaffm.gguf;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable GGUF metadata array: elements of one {@link GgufType}, stored compactly (numbers in
 * primitive arrays, strings as their UTF-8 bytes). Arrays may nest: an array whose
 * {@link #elementType()} is {@link GgufType#ARRAY} holds other arrays, which may each have their
 * own element type.
 *
 * <p>Strings keep the exact bytes of the file, so copying a value from one file to another is
 * verbatim even where the bytes are not valid UTF-8; {@link #getString(int)} decodes them, replacing
 * malformed sequences with U+FFFD.
 *
 * <p>The factory methods copy the arrays they are given; the getters that return arrays return
 * fresh copies. Instances are safe to share between threads.
 */
public final class GgufArray {
    private final GgufType elementType;
    private final int size;
    /**
     * byte[] for UINT8, INT8, BOOL; short[] for UINT16, INT16; int[] for UINT32, INT32; float[];
     * long[] for UINT64, INT64; double[]; byte[] (all strings joined) for STRING; GgufArray[] for
     * ARRAY.
     */
    private final Object data;
    /** For STRING: start of string i at [i], end at [i + 1]; otherwise null. */
    private final int[] stringOffsets;

    /** Takes ownership of the arrays given; callers pass private copies. */
    GgufArray(GgufType elementType, int size, Object data, int[] stringOffsets) {
        this.elementType = elementType;
        this.size = size;
        this.data = data;
        this.stringOffsets = stringOffsets;
    }

    // ---------------------------------------------------------------- factories

    /**
     * Creates an array of unsigned 8-bit integers.
     *
     * @param values the values, each read as unsigned (0 to 255)
     * @return the array
     */
    public static GgufArray ofUInt8(byte... values) {
        return new GgufArray(GgufType.UINT8, values.length, values.clone(), null);
    }

    /**
     * Creates an array of signed 8-bit integers.
     *
     * @param values the values
     * @return the array
     */
    public static GgufArray ofInt8(byte... values) {
        return new GgufArray(GgufType.INT8, values.length, values.clone(), null);
    }

    /**
     * Creates an array of unsigned 16-bit integers.
     *
     * @param values the values, each read as unsigned (0 to 65535)
     * @return the array
     */
    public static GgufArray ofUInt16(short... values) {
        return new GgufArray(GgufType.UINT16, values.length, values.clone(), null);
    }

    /**
     * Creates an array of signed 16-bit integers.
     *
     * @param values the values
     * @return the array
     */
    public static GgufArray ofInt16(short... values) {
        return new GgufArray(GgufType.INT16, values.length, values.clone(), null);
    }

    /**
     * Creates an array of unsigned 32-bit integers.
     *
     * @param values the values, each read as unsigned (0 to 4294967295)
     * @return the array
     */
    public static GgufArray ofUInt32(int... values) {
        return new GgufArray(GgufType.UINT32, values.length, values.clone(), null);
    }

    /**
     * Creates an array of signed 32-bit integers.
     *
     * @param values the values
     * @return the array
     */
    public static GgufArray ofInt32(int... values) {
        return new GgufArray(GgufType.INT32, values.length, values.clone(), null);
    }

    /**
     * Creates an array of unsigned 64-bit integers.
     *
     * @param values the values, each 64 bits read as unsigned
     * @return the array
     */
    public static GgufArray ofUInt64(long... values) {
        return new GgufArray(GgufType.UINT64, values.length, values.clone(), null);
    }

    /**
     * Creates an array of signed 64-bit integers.
     *
     * @param values the values
     * @return the array
     */
    public static GgufArray ofInt64(long... values) {
        return new GgufArray(GgufType.INT64, values.length, values.clone(), null);
    }

    /**
     * Creates an array of 32-bit floats.
     *
     * @param values the values
     * @return the array
     */
    public static GgufArray ofFloat32(float... values) {
        return new GgufArray(GgufType.FLOAT32, values.length, values.clone(), null);
    }

    /**
     * Creates an array of 64-bit floats.
     *
     * @param values the values
     * @return the array
     */
    public static GgufArray ofFloat64(double... values) {
        return new GgufArray(GgufType.FLOAT64, values.length, values.clone(), null);
    }

    /**
     * Creates an array of booleans.
     *
     * @param values the values
     * @return the array
     */
    public static GgufArray ofBool(boolean... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (values[i] ? 1 : 0);
        }
        return new GgufArray(GgufType.BOOL, b.length, b, null);
    }

    /**
     * Creates an array of strings, stored as UTF-8.
     *
     * @param values the strings; none may be {@code null}
     * @return the array
     * @throws NullPointerException     when a string is {@code null}
     * @throws IllegalArgumentException when the strings together exceed 2 GiB of UTF-8
     */
    public static GgufArray ofStrings(String... values) {
        return ofStrings(Arrays.asList(values));
    }

    /**
     * Creates an array of strings, stored as UTF-8.
     *
     * @param values the strings; none may be {@code null}
     * @return the array
     * @throws NullPointerException     when the list or a string is {@code null}
     * @throws IllegalArgumentException when the strings together exceed 2 GiB of UTF-8
     */
    public static GgufArray ofStrings(List<String> values) {
        byte[][] encoded = new byte[values.size()][];
        long total = 0;
        for (int i = 0; i < encoded.length; i++) {
            encoded[i] = Objects.requireNonNull(values.get(i), "string " + i).getBytes(StandardCharsets.UTF_8);
            total += encoded[i].length;
        }
        if (total > Integer.MAX_VALUE - 16) {
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
        return new GgufArray(GgufType.STRING, encoded.length, blob, offsets);
    }

    /**
     * Creates an array of arrays (a nested array).
     *
     * @param values the inner arrays; none may be {@code null}; they may differ in element type
     * @return the array
     * @throws NullPointerException when the list or an element is {@code null}
     */
    public static GgufArray ofArrays(List<GgufArray> values) {
        GgufArray[] a = values.toArray(new GgufArray[0]);
        for (int i = 0; i < a.length; i++) {
            Objects.requireNonNull(a[i], "array " + i);
        }
        return new GgufArray(GgufType.ARRAY, a.length, a, null);
    }

    // ---------------------------------------------------------------- accessors

    /**
     * Returns the type of the elements.
     *
     * @return the element type
     */
    public GgufType elementType() {
        return elementType;
    }

    /**
     * Returns the number of elements.
     *
     * @return the size
     */
    public int size() {
        return size;
    }

    /**
     * Tells whether the array has no elements.
     *
     * @return {@code true} when {@link #size()} is 0
     */
    public boolean isEmpty() {
        return size == 0;
    }

    private IllegalStateException wrongType(String wanted) {
        return new IllegalStateException("array of " + elementType + " has no " + wanted + " elements");
    }

    /**
     * Returns an integer element. Unsigned types are zero-extended: a UINT32 element of
     * 0xFFFFFFFF is 4294967295. A UINT64 element is returned as its 64 bits, negative for values
     * above {@link Long#MAX_VALUE}.
     *
     * @param index the element's index
     * @return the element's value
     * @throws IllegalStateException     when the elements are not integers
     * @throws IndexOutOfBoundsException when the index is outside the array
     */
    public long getLong(int index) {
        Objects.checkIndex(index, size);
        return switch (elementType) {
            case UINT8 -> ((byte[]) data)[index] & 0xFFL;
            case INT8 -> ((byte[]) data)[index];
            case UINT16 -> ((short[]) data)[index] & 0xFFFFL;
            case INT16 -> ((short[]) data)[index];
            case UINT32 -> ((int[]) data)[index] & 0xFFFF_FFFFL;
            case INT32 -> ((int[]) data)[index];
            case UINT64, INT64 -> ((long[]) data)[index];
            default -> throw wrongType("integer");
        };
    }

    /**
     * Returns an integer element that fits an {@code int}.
     *
     * @param index the element's index
     * @return the element's value
     * @throws IllegalStateException     when the elements are not integers
     * @throws ArithmeticException       when the value does not fit in an {@code int}
     * @throws IndexOutOfBoundsException when the index is outside the array
     */
    public int getInt(int index) {
        long v = getLong(index);
        if (elementType == GgufType.UINT64 && v < 0) {
            throw new ArithmeticException("value " + Long.toUnsignedString(v) + " does not fit in an int");
        }
        return Math.toIntExact(v);
    }

    /**
     * Returns a numeric element as a {@code double}: floats as they are, integers converted
     * (UINT64 as unsigned).
     *
     * @param index the element's index
     * @return the element's value
     * @throws IllegalStateException     when the elements are not numbers
     * @throws IndexOutOfBoundsException when the index is outside the array
     */
    public double getDouble(int index) {
        Objects.checkIndex(index, size);
        return switch (elementType) {
            case FLOAT32 -> ((float[]) data)[index];
            case FLOAT64 -> ((double[]) data)[index];
            case UINT64 -> unsignedToDouble(((long[]) data)[index]);
            case BOOL, STRING, ARRAY -> throw wrongType("numeric");
            default -> getLong(index);
        };
    }

    static double unsignedToDouble(long v) {
        return v >= 0 ? v : ((v >>> 1) | (v & 1)) * 2.0;
    }

    /**
     * Returns a numeric element as a {@code float}, converted like {@link #getDouble(int)}.
     *
     * @param index the element's index
     * @return the element's value, rounded to {@code float}
     * @throws IllegalStateException     when the elements are not numbers
     * @throws IndexOutOfBoundsException when the index is outside the array
     */
    public float getFloat(int index) {
        if (elementType == GgufType.FLOAT32) {
            Objects.checkIndex(index, size);
            return ((float[]) data)[index];
        }
        return (float) getDouble(index);
    }

    /**
     * Returns a boolean element.
     *
     * @param index the element's index
     * @return {@code false} for a stored 0, {@code true} otherwise
     * @throws IllegalStateException     when the elements are not booleans
     * @throws IndexOutOfBoundsException when the index is outside the array
     */
    public boolean getBoolean(int index) {
        Objects.checkIndex(index, size);
        if (elementType != GgufType.BOOL) {
            throw wrongType("boolean");
        }
        return ((byte[]) data)[index] != 0;
    }

    /**
     * Returns a string element, decoded from UTF-8 (malformed bytes become U+FFFD).
     *
     * @param index the element's index
     * @return the string
     * @throws IllegalStateException     when the elements are not strings
     * @throws IndexOutOfBoundsException when the index is outside the array
     */
    public String getString(int index) {
        Objects.checkIndex(index, size);
        if (elementType != GgufType.STRING) {
            throw wrongType("string");
        }
        int start = stringOffsets[index];
        return new String((byte[]) data, start, stringOffsets[index + 1] - start, StandardCharsets.UTF_8);
    }

    /**
     * Returns the stored bytes of a string element.
     *
     * @param index the element's index
     * @return a copy of the string's bytes as stored (normally UTF-8)
     * @throws IllegalStateException     when the elements are not strings
     * @throws IndexOutOfBoundsException when the index is outside the array
     */
    public byte[] getStringBytes(int index) {
        Objects.checkIndex(index, size);
        if (elementType != GgufType.STRING) {
            throw wrongType("string");
        }
        return Arrays.copyOfRange((byte[]) data, stringOffsets[index], stringOffsets[index + 1]);
    }

    /**
     * Returns an element of a nested array.
     *
     * @param index the element's index
     * @return the inner array
     * @throws IllegalStateException     when the elements are not arrays
     * @throws IndexOutOfBoundsException when the index is outside the array
     */
    public GgufArray getArray(int index) {
        Objects.checkIndex(index, size);
        if (elementType != GgufType.ARRAY) {
            throw wrongType("array");
        }
        return ((GgufArray[]) data)[index];
    }

    /**
     * Returns an element as a {@link GgufValue} of the element type.
     *
     * @param index the element's index
     * @return the element
     * @throws IndexOutOfBoundsException when the index is outside the array
     */
    public GgufValue get(int index) {
        Objects.checkIndex(index, size);
        return switch (elementType) {
            case FLOAT32 -> GgufValue.ofFloat32(((float[]) data)[index]);
            case FLOAT64 -> GgufValue.ofFloat64(((double[]) data)[index]);
            case BOOL -> new GgufValue(GgufType.BOOL, ((byte[]) data)[index] & 0xFF, null);
            case STRING -> new GgufValue(GgufType.STRING, 0, getStringBytes(index));
            case ARRAY -> GgufValue.ofArray(getArray(index));
            default -> new GgufValue(elementType, getLong(index), null);
        };
    }

    /**
     * Returns all elements as {@code long}s, converted like {@link #getLong(int)}.
     *
     * @return a new array
     * @throws IllegalStateException when the elements are not integers
     */
    public long[] toLongArray() {
        if (elementType == GgufType.UINT64 || elementType == GgufType.INT64) {
            return ((long[]) data).clone();
        }
        long[] out = new long[size];
        for (int i = 0; i < size; i++) {
            out[i] = getLong(i);
        }
        return out;
    }

    /**
     * Returns all elements as {@code int}s, converted like {@link #getInt(int)}.
     *
     * @return a new array
     * @throws IllegalStateException when the elements are not integers
     * @throws ArithmeticException   when an element does not fit in an {@code int}
     */
    public int[] toIntArray() {
        if (elementType == GgufType.INT32) {
            return ((int[]) data).clone();
        }
        int[] out = new int[size];
        for (int i = 0; i < size; i++) {
            out[i] = getInt(i);
        }
        return out;
    }

    /**
     * Returns all elements as {@code float}s, converted like {@link #getFloat(int)}.
     *
     * @return a new array
     * @throws IllegalStateException when the elements are not numbers
     */
    public float[] toFloatArray() {
        if (elementType == GgufType.FLOAT32) {
            return ((float[]) data).clone();
        }
        float[] out = new float[size];
        for (int i = 0; i < size; i++) {
            out[i] = getFloat(i);
        }
        return out;
    }

    /**
     * Returns all elements as {@code double}s, converted like {@link #getDouble(int)}.
     *
     * @return a new array
     * @throws IllegalStateException when the elements are not numbers
     */
    public double[] toDoubleArray() {
        double[] out = new double[size];
        for (int i = 0; i < size; i++) {
            out[i] = getDouble(i);
        }
        return out;
    }

    /**
     * Returns all elements as booleans.
     *
     * @return a new array
     * @throws IllegalStateException when the elements are not booleans
     */
    public boolean[] toBooleanArray() {
        boolean[] out = new boolean[size];
        for (int i = 0; i < size; i++) {
            out[i] = getBoolean(i);
        }
        return out;
    }

    /**
     * Returns a read-only list view of the string elements; each is decoded when read.
     *
     * @return the strings, as an unmodifiable random-access list
     * @throws IllegalStateException when the elements are not strings
     */
    public List<String> toStringList() {
        if (elementType != GgufType.STRING) {
            throw wrongType("string");
        }
        return new StringList();
    }

    private final class StringList extends AbstractList<String> implements RandomAccess {
        @Override
        public String get(int index) {
            return getString(index);
        }

        @Override
        public int size() {
            return size;
        }
    }

    // ---------------------------------------------------------------- encoding

    /** Writes element type, count and elements, as a GGUF array value. */
    void encodeTo(ByteSink out) {
        out.i32(elementType.id());
        out.i64(size);
        switch (elementType) {
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
                    a.encodeTo(out);
                }
            }
        }
    }

    // ---------------------------------------------------------------- Object

    /**
     * Compares element type and elements (strings by their bytes).
     *
     * @param o the other object
     * @return {@code true} when {@code o} is a {@code GgufArray} of the same type and elements
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof GgufArray other) || other.elementType != elementType || other.size != size) {
            return false;
        }
        if (elementType == GgufType.STRING) {
            return Arrays.equals(stringOffsets, other.stringOffsets) && Arrays.equals((byte[]) data, (byte[]) other.data);
        }
        return Arrays.deepEquals(new Object[] {data}, new Object[] {other.data});
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return 31 * elementType.hashCode() + Arrays.deepHashCode(new Object[] {data});
    }

    /**
     * Describes the array: its element type, size and first elements.
     *
     * @return a short description such as {@code [STRING x 32000: "<unk>", "<s>", ...]}
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[").append(elementType).append(" x ").append(size);
        int shown = Math.min(size, 8);
        for (int i = 0; i < shown; i++) {
            sb.append(i == 0 ? ": " : ", ");
            sb.append(get(i));
        }
        if (shown < size) {
            sb.append(", ...");
        }
        return sb.append(']').toString();
    }
}
