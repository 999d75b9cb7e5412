package io.github.llamaffm.testkit.onnx;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

/**
 * Reads one message of the protocol-buffer wire format: a sequence of (tag, value) fields over a
 * slice of the file. Every length and varint is checked against what is left of the message, so a
 * truncated or hostile file ends in an {@link OnnxFormatException}, never in a read past the data.
 * Nested messages and byte strings are zero-copy slices of the same buffer.
 *
 * <pre>{@code
 * while (r.next()) {
 *     switch (r.field()) {
 *         case 1 -> name = r.string(4096);
 *         case 2 -> child = r.message();      // a ProtoReader over the nested message
 *         default -> r.skip();
 *     }
 * }
 * }</pre>
 */
final class ProtoReader {
    static final int VARINT = 0;
    static final int FIXED64 = 1;
    static final int LENGTH = 2;
    static final int FIXED32 = 5;

    private final Path file;
    /** The message's bytes; position 0 is {@link #base} in the file. */
    private final ByteBuffer buf;
    private final long base;
    private int pos;
    private int field;
    private int wireType;
    /** Where the current field's tag started, for messages. */
    private int tagPos;

    ProtoReader(Path file, ByteBuffer buf, long base) {
        this.file = file;
        this.buf = buf.slice().order(ByteOrder.LITTLE_ENDIAN);
        this.base = base;
    }

    /** Moves to the next field; false at the end of the message. */
    boolean next() throws OnnxFormatException {
        if (pos >= buf.limit()) {
            return false;
        }
        tagPos = pos;
        long tag = varint();
        if (tag >>> 3 == 0 || tag >>> 3 > 0x1FFF_FFFFL) {
            throw error(tagPos, "invalid field number " + (tag >>> 3));
        }
        field = (int) (tag >>> 3);
        wireType = (int) (tag & 7);
        if (wireType != VARINT && wireType != FIXED64 && wireType != LENGTH && wireType != FIXED32) {
            // 3 and 4 are the deprecated groups, which ONNX never uses; 6 and 7 do not exist
            throw error(tagPos, "unsupported wire type " + wireType + " of field " + field);
        }
        return true;
    }

    /** The file, for messages. */
    Path file() {
        return file;
    }

    int field() {
        return field;
    }

    int wireType() {
        return wireType;
    }

    /** The current field's value as a varint (int64, int32, enum, bool). */
    long varint() throws OnnxFormatException {
        long v = 0;
        int start = pos;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos >= buf.limit()) {
                throw error(start, "varint runs past the end of its message");
            }
            byte b = buf.get(pos++);
            v |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return v;
            }
        }
        throw error(start, "varint longer than 10 bytes");
    }

    /** The current field's value, which must be a varint. */
    long varintField() throws OnnxFormatException {
        expect(VARINT);
        return varint();
    }

    /** A varint field that must hold a non-negative value that fits an {@code int}. */
    int intField() throws OnnxFormatException {
        int at = pos;
        long v = varintField();
        if (v < 0 || v > Integer.MAX_VALUE) {
            throw error(at, "value " + v + " of field " + field + " out of range");
        }
        return (int) v;
    }

    /** A 32-bit float field (wire type 5). */
    float floatField() throws OnnxFormatException {
        expect(FIXED32);
        need(4);
        float f = buf.getFloat(pos);
        pos += 4;
        return f;
    }

    /** The current length-delimited field as a slice of the buffer. */
    ByteBuffer bytes() throws OnnxFormatException {
        expect(LENGTH);
        int at = pos;
        long len = varint();
        if (len < 0 || len > buf.limit() - pos) {
            throw error(at, "length " + len + " of field " + field + " exceeds the " + (buf.limit() - pos)
                    + " bytes left in its message");
        }
        ByteBuffer slice = buf.slice(pos, (int) len).order(ByteOrder.LITTLE_ENDIAN);
        pos += (int) len;
        return slice;
    }

    /** The current length-delimited field as a nested message. */
    ProtoReader message() throws OnnxFormatException {
        ByteBuffer b = bytes();
        return new ProtoReader(file, b, base + pos - b.limit());
    }

    /** The current length-delimited field as UTF-8 text, at most {@code max} bytes. */
    String string(int max) throws OnnxFormatException {
        int at = pos;
        ByteBuffer b = bytes();
        if (b.limit() > max) {
            throw error(at, "string of " + b.limit() + " bytes in field " + field + " is longer than " + max);
        }
        byte[] a = new byte[b.limit()];
        b.get(0, a);
        return new String(a, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Skips the current field's value. */
    void skip() throws OnnxFormatException {
        switch (wireType) {
            case VARINT -> varint();
            case FIXED64 -> {
                need(8);
                pos += 8;
            }
            case FIXED32 -> {
                need(4);
                pos += 4;
            }
            default -> bytes();
        }
    }

    /**
     * A repeated int64 field, packed (one length-delimited run of varints) or not (one varint per
     * field): adds its values to {@code out}.
     */
    void int64s(LongList out, int maxCount) throws OnnxFormatException {
        if (wireType == LENGTH) {
            ProtoReader packed = message();
            while (packed.pos < packed.buf.limit()) {
                out.add(packed.varint(), maxCount, this);
            }
        } else {
            out.add(varintField(), maxCount, this);
        }
    }

    /** The offset in the file of the current position, for messages. */
    long offset() {
        return base + pos;
    }

    /** The offset in the file where the current field's tag started. */
    long fieldOffset() {
        return base + tagPos;
    }

    OnnxFormatException error(long fileOffset, String problem) {
        return new OnnxFormatException(file, fileOffset, problem);
    }

    private OnnxFormatException error(int at, String problem) {
        return new OnnxFormatException(file, base + at, problem);
    }

    private void expect(int type) throws OnnxFormatException {
        if (wireType != type) {
            throw error(tagPos, "field " + field + " has wire type " + wireType + ", expected " + type);
        }
    }

    private void need(int n) throws OnnxFormatException {
        if (buf.limit() - pos < n) {
            throw error(pos, "field " + field + " needs " + n + " bytes but " + (buf.limit() - pos) + " are left");
        }
    }

    /** A growable list of longs with a bound, for repeated int64 fields (tensor dimensions). */
    static final class LongList {
        private long[] values = new long[4];
        private int size;

        void add(long v, int maxCount, ProtoReader r) throws OnnxFormatException {
            if (size == maxCount) {
                throw r.error(r.fieldOffset(), "more than " + maxCount + " values in field " + r.field);
            }
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        long[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
