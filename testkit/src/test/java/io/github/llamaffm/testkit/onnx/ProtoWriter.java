package io.github.llamaffm.testkit.onnx;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Writes protocol-buffer messages for tests: the counterpart of {@link ProtoReader}. */
final class ProtoWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    ProtoWriter varint(int field, long v) {
        tag(field, 0);
        raw(v);
        return this;
    }

    ProtoWriter fixed32(int field, float f) {
        tag(field, 5);
        int bits = Float.floatToRawIntBits(f);
        for (int i = 0; i < 4; i++) out.write(bits >>> (8 * i));
        return this;
    }

    ProtoWriter bytes(int field, byte[] b) {
        tag(field, 2);
        raw(b.length);
        out.writeBytes(b);
        return this;
    }

    ProtoWriter string(int field, String s) {
        return bytes(field, s.getBytes(StandardCharsets.UTF_8));
    }

    ProtoWriter message(int field, ProtoWriter m) {
        return bytes(field, m.toByteArray());
    }

    /** A packed repeated int64 field. */
    ProtoWriter packed(int field, long... values) {
        ProtoWriter p = new ProtoWriter();
        for (long v : values) p.raw(v);
        return bytes(field, p.toByteArray());
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }

    /** A float tensor ({@code TensorProto}) with raw little-endian data. */
    static ProtoWriter floatTensor(String name, float[] data, long... dims) {
        ByteBuffer b = ByteBuffer.allocate(data.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float f : data) b.putFloat(f);
        return new ProtoWriter().packed(1, dims).varint(2, 1).string(8, name).bytes(9, b.array());
    }

    /** An int64 tensor with its values in {@code int64_data}. */
    static ProtoWriter longTensor(String name, long[] data, long... dims) {
        return new ProtoWriter().packed(1, dims).varint(2, 7).packed(7, data).string(8, name);
    }

    private void tag(int field, int wireType) {
        raw(((long) field << 3) | wireType);
    }

    private void raw(long v) {
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }
}
