package io.github.llamaffm.gguf;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

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
 *
 * <p>This class checks indexes and element types; the elements themselves are stored and encoded
 * by a package-private codec shared with the reader and the writer.
 */
public final class GgufArray {
    private final GgufType elementType;
    private final int size;
    /** The elements; also read by the writer to encode them. */
    final ArrayStorage elements;

    GgufArray(ArrayStorage elements) {
        this.elementType = elements.type;
        this.size = elements.size;
        this.elements = elements;
    }

    /** Wraps a private copy of primitive elements. */
    private static GgufArray of(GgufType type, int size, Object copy) {
        return new GgufArray(new ArrayStorage(type, size, copy, null));
    }

    // ---------------------------------------------------------------- factories

    /**
     * Creates an array of unsigned 8-bit integers.
     *
     * @param values the values, each read as unsigned (0 to 255)
     * @return the array
     */
    public static GgufArray ofUInt8(byte... values) {
        return of(GgufType.UINT8, values.length, values.clone());
    }

    /**
     * Creates an array of signed 8-bit integers.
     *
     * @param values the values
     * @return the array
     */
    public static GgufArray ofInt8(byte... values) {
        return of(GgufType.INT8, values.length, values.clone());
    }

    /**
     * Creates an array of unsigned 16-bit integers.
     *
     * @param values the values, each read as unsigned (0 to 65535)
     * @return the array
     */
    public static GgufArray ofUInt16(short... values) {
        return of(GgufType.UINT16, values.length, values.clone());
    }

    /**
     * Creates an array of signed 16-bit integers.
     *
     * @param values the values
     * @return the array
     */
    public static GgufArray ofInt16(short... values) {
        return of(GgufType.INT16, values.length, values.clone());
    }

    /**
     * Creates an array of unsigned 32-bit integers.
     *
     * @param values the values, each read as unsigned (0 to 4294967295)
     * @return the array
     */
    public static GgufArray ofUInt32(int... values) {
        return of(GgufType.UINT32, values.length, values.clone());
    }

    /**
     * Creates an array of signed 32-bit integers.
     *
     * @param values the values
     * @return the array
     */
    public static GgufArray ofInt32(int... values) {
        return of(GgufType.INT32, values.length, values.clone());
    }

    /**
     * Creates an array of unsigned 64-bit integers.
     *
     * @param values the values, each 64 bits read as unsigned
     * @return the array
     */
    public static GgufArray ofUInt64(long... values) {
        return of(GgufType.UINT64, values.length, values.clone());
    }

    /**
     * Creates an array of signed 64-bit integers.
     *
     * @param values the values
     * @return the array
     */
    public static GgufArray ofInt64(long... values) {
        return of(GgufType.INT64, values.length, values.clone());
    }

    /**
     * Creates an array of 32-bit floats.
     *
     * @param values the values
     * @return the array
     */
    public static GgufArray ofFloat32(float... values) {
        return of(GgufType.FLOAT32, values.length, values.clone());
    }

    /**
     * Creates an array of 64-bit floats.
     *
     * @param values the values
     * @return the array
     */
    public static GgufArray ofFloat64(double... values) {
        return of(GgufType.FLOAT64, values.length, values.clone());
    }

    /**
     * Creates an array of booleans.
     *
     * @param values the values
     * @return the array
     */
    public static GgufArray ofBool(boolean... values) {
        return new GgufArray(ArrayStorage.bools(values));
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
        return new GgufArray(ArrayStorage.strings(values));
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
        return of(GgufType.ARRAY, a.length, a);
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

    /** Checks the index, then that the elements are of {@code type}. */
    private void check(int index, GgufType type, String wanted) {
        Objects.checkIndex(index, size);
        if (elementType != type) {
            throw wrongType(wanted);
        }
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
        if (!elementType.isInteger()) {
            throw wrongType("integer");
        }
        return elements.integer(index);
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
        if (elementType == GgufType.BOOL || elementType == GgufType.STRING || elementType == GgufType.ARRAY) {
            throw wrongType("numeric");
        }
        return elements.number(index);
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
            return elements.float32(index);
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
        check(index, GgufType.BOOL, "boolean");
        return elements.bool(index);
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
        check(index, GgufType.STRING, "string");
        return elements.string(index);
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
        check(index, GgufType.STRING, "string");
        return elements.stringBytes(index);
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
        check(index, GgufType.ARRAY, "array");
        return elements.array(index);
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
        return elements.value(index);
    }

    /**
     * Returns all elements as {@code long}s, converted like {@link #getLong(int)}.
     *
     * @return a new array
     * @throws IllegalStateException when the elements are not integers
     */
    public long[] toLongArray() {
        if (elementType == GgufType.UINT64 || elementType == GgufType.INT64) {
            return elements.longs();
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
            return elements.ints();
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
            return elements.floats();
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
        return elements.stringList();
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
        return this == o || o instanceof GgufArray other && elements.equals(other.elements);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return elements.hashCode();
    }

    /**
     * Describes the array: its element type, size and first elements.
     *
     * @return a short description such as {@code [STRING x 32000: "<unk>", "<s>", ...]}
     */
    @Override
    public String toString() {
        return elements.toString();
    }
}
