package io.github.llamaffm.gguf;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable GGUF metadata value: a {@link GgufType} and the value. Numbers of every width,
 * booleans, strings and arrays (see {@link GgufArray}) are all represented by this one class; the
 * {@code as...} accessors convert where that is exact and throw where the type does not fit.
 *
 * <p>Unsigned integers are held zero-extended: a UINT32 of 0xFFFFFFFF reads as 4294967295 from
 * {@link #asLong()}. A UINT64 is held as its 64 bits, so values above {@link Long#MAX_VALUE} read
 * as negative {@code long}s (see {@link Long#toUnsignedString(long)}).
 *
 * <p>A string keeps the exact bytes of the file, so copying values between files is verbatim;
 * {@link #asString()} decodes them as UTF-8. Instances are safe to share between threads.
 */
public final class GgufValue {
    private final GgufType type;
    /** Integer value (unsigned types zero-extended), raw float/double bits, or the bool byte. */
    private final long bits;
    /** byte[] for STRING (owned), GgufArray for ARRAY, otherwise null. */
    private final Object ref;

    GgufValue(GgufType type, long bits, Object ref) {
        this.type = type;
        this.bits = bits;
        this.ref = ref;
    }

    // ---------------------------------------------------------------- factories

    private static long checkRange(long v, long min, long max, GgufType t) {
        if (v < min || v > max) {
            throw new IllegalArgumentException(v + " is outside the range of " + t + " [" + min + ", " + max + "]");
        }
        return v;
    }

    /**
     * Creates an unsigned 8-bit integer value.
     *
     * @param value 0 to 255
     * @return the value
     * @throws IllegalArgumentException when {@code value} is out of range
     */
    public static GgufValue ofUInt8(int value) {
        return new GgufValue(GgufType.UINT8, checkRange(value, 0, 0xFF, GgufType.UINT8), null);
    }

    /**
     * Creates a signed 8-bit integer value.
     *
     * @param value the value
     * @return the value
     */
    public static GgufValue ofInt8(byte value) {
        return new GgufValue(GgufType.INT8, value, null);
    }

    /**
     * Creates an unsigned 16-bit integer value.
     *
     * @param value 0 to 65535
     * @return the value
     * @throws IllegalArgumentException when {@code value} is out of range
     */
    public static GgufValue ofUInt16(int value) {
        return new GgufValue(GgufType.UINT16, checkRange(value, 0, 0xFFFF, GgufType.UINT16), null);
    }

    /**
     * Creates a signed 16-bit integer value.
     *
     * @param value the value
     * @return the value
     */
    public static GgufValue ofInt16(short value) {
        return new GgufValue(GgufType.INT16, value, null);
    }

    /**
     * Creates an unsigned 32-bit integer value, the type llama.cpp uses for most counts.
     *
     * @param value 0 to 4294967295
     * @return the value
     * @throws IllegalArgumentException when {@code value} is out of range
     */
    public static GgufValue ofUInt32(long value) {
        return new GgufValue(GgufType.UINT32, checkRange(value, 0, 0xFFFF_FFFFL, GgufType.UINT32), null);
    }

    /**
     * Creates a signed 32-bit integer value.
     *
     * @param value the value
     * @return the value
     */
    public static GgufValue ofInt32(int value) {
        return new GgufValue(GgufType.INT32, value, null);
    }

    /**
     * Creates an unsigned 64-bit integer value.
     *
     * @param value the 64 bits, read as unsigned
     * @return the value
     */
    public static GgufValue ofUInt64(long value) {
        return new GgufValue(GgufType.UINT64, value, null);
    }

    /**
     * Creates a signed 64-bit integer value.
     *
     * @param value the value
     * @return the value
     */
    public static GgufValue ofInt64(long value) {
        return new GgufValue(GgufType.INT64, value, null);
    }

    /**
     * Creates a 32-bit float value.
     *
     * @param value the value
     * @return the value
     */
    public static GgufValue ofFloat32(float value) {
        return new GgufValue(GgufType.FLOAT32, Float.floatToRawIntBits(value) & 0xFFFF_FFFFL, null);
    }

    /**
     * Creates a 64-bit float value.
     *
     * @param value the value
     * @return the value
     */
    public static GgufValue ofFloat64(double value) {
        return new GgufValue(GgufType.FLOAT64, Double.doubleToRawLongBits(value), null);
    }

    /**
     * Creates a boolean value.
     *
     * @param value the value
     * @return the value
     */
    public static GgufValue ofBool(boolean value) {
        return new GgufValue(GgufType.BOOL, value ? 1 : 0, null);
    }

    /**
     * Creates a string value, stored as UTF-8.
     *
     * @param value the string
     * @return the value
     * @throws NullPointerException when {@code value} is {@code null}
     */
    public static GgufValue ofString(String value) {
        return new GgufValue(GgufType.STRING, 0, value.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Creates an array value.
     *
     * @param value the array
     * @return the value
     * @throws NullPointerException when {@code value} is {@code null}
     */
    public static GgufValue ofArray(GgufArray value) {
        return new GgufValue(GgufType.ARRAY, 0, Objects.requireNonNull(value, "value"));
    }

    // ---------------------------------------------------------------- accessors

    /**
     * Returns the value's type.
     *
     * @return the type
     */
    public GgufType type() {
        return type;
    }

    private IllegalStateException wrongType(String wanted) {
        return new IllegalStateException("value of type " + type + " is not " + wanted);
    }

    /**
     * Returns an integer value (unsigned types zero-extended, UINT64 as its 64 bits).
     *
     * @return the value
     * @throws IllegalStateException when the value is not an integer
     */
    public long asLong() {
        if (!type.isInteger()) {
            throw wrongType("an integer");
        }
        return bits;
    }

    /**
     * Returns an integer value that fits an {@code int}.
     *
     * @return the value
     * @throws IllegalStateException when the value is not an integer
     * @throws ArithmeticException   when it does not fit in an {@code int}
     */
    public int asInt() {
        long v = asLong();
        if (type == GgufType.UINT64 && v < 0) {
            throw new ArithmeticException("value " + Long.toUnsignedString(v) + " does not fit in an int");
        }
        return Math.toIntExact(v);
    }

    /**
     * Returns a numeric value as a {@code double}: floats as they are, integers converted (UINT64
     * as unsigned).
     *
     * @return the value
     * @throws IllegalStateException when the value is not a number
     */
    public double asDouble() {
        return switch (type) {
            case FLOAT32 -> Float.intBitsToFloat((int) bits);
            case FLOAT64 -> Double.longBitsToDouble(bits);
            case UINT64 -> ArrayStorage.unsignedToDouble(bits);
            case BOOL, STRING, ARRAY -> throw wrongType("a number");
            default -> bits;
        };
    }

    /**
     * Returns a numeric value as a {@code float}, converted like {@link #asDouble()}.
     *
     * @return the value, rounded to {@code float}
     * @throws IllegalStateException when the value is not a number
     */
    public float asFloat() {
        return type == GgufType.FLOAT32 ? Float.intBitsToFloat((int) bits) : (float) asDouble();
    }

    /**
     * Returns a boolean value.
     *
     * @return {@code false} for a stored 0, {@code true} otherwise
     * @throws IllegalStateException when the value is not a boolean
     */
    public boolean asBoolean() {
        if (type != GgufType.BOOL) {
            throw wrongType("a boolean");
        }
        return bits != 0;
    }

    /**
     * Returns a string value decoded from UTF-8 (malformed bytes become U+FFFD).
     *
     * @return the string
     * @throws IllegalStateException when the value is not a string
     */
    public String asString() {
        if (type != GgufType.STRING) {
            throw wrongType("a string");
        }
        return new String((byte[]) ref, StandardCharsets.UTF_8);
    }

    /**
     * Returns the stored bytes of a string value.
     *
     * @return a copy of the bytes (normally UTF-8)
     * @throws IllegalStateException when the value is not a string
     */
    public byte[] stringBytes() {
        if (type != GgufType.STRING) {
            throw wrongType("a string");
        }
        return ((byte[]) ref).clone();
    }

    /**
     * Returns an array value.
     *
     * @return the array
     * @throws IllegalStateException when the value is not an array
     */
    public GgufArray asArray() {
        if (type != GgufType.ARRAY) {
            throw wrongType("an array");
        }
        return (GgufArray) ref;
    }

    // ---------------------------------------------------------------- encoding

    /** Writes the value type and the value, as after a key in the file. */
    void encodeTo(ByteSink out) {
        out.i32(type.id());
        switch (type) {
            case UINT8, INT8, BOOL -> out.u8((int) bits);
            case UINT16, INT16 -> out.i16((short) bits);
            case UINT32, INT32, FLOAT32 -> out.i32((int) bits);
            case UINT64, INT64, FLOAT64 -> out.i64(bits);
            case STRING -> out.string((byte[]) ref, 0, ((byte[]) ref).length);
            case ARRAY -> ((GgufArray) ref).elements.encodeTo(out);
        }
    }

    // ---------------------------------------------------------------- Object

    /**
     * Compares type and value (floats by their bits, strings by their bytes).
     *
     * @param o the other object
     * @return {@code true} when {@code o} is a {@code GgufValue} of the same type and value
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof GgufValue other) || other.type != type || other.bits != bits) {
            return false;
        }
        if (ref instanceof byte[] b) {
            return Arrays.equals(b, (byte[]) other.ref);
        }
        return Objects.equals(ref, other.ref);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        int h = 31 * type.hashCode() + Long.hashCode(bits);
        return 31 * h + (ref instanceof byte[] b ? Arrays.hashCode(b) : Objects.hashCode(ref));
    }

    /**
     * Describes the value: numbers and booleans as text, strings quoted (long ones shortened),
     * arrays as described by {@link GgufArray#toString()}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return switch (type) {
            case UINT64 -> Long.toUnsignedString(bits);
            case FLOAT32 -> Float.toString(asFloat());
            case FLOAT64 -> Double.toString(asDouble());
            case BOOL -> Boolean.toString(asBoolean());
            case STRING -> {
                String s = asString();
                yield '"' + (s.length() > 60 ? s.substring(0, 60) + "..." : s) + '"';
            }
            case ARRAY -> ref.toString();
            default -> Long.toString(bits);
        };
    }
}
