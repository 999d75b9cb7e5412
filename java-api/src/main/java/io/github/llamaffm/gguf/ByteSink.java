package io.github.llamaffm.gguf;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/** A growable little-endian byte buffer for building a GGUF header in memory. Not thread-safe. */
final class ByteSink {
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final int MAX = Integer.MAX_VALUE - 16;

    private byte[] buf = new byte[1 << 12];
    private int size;

    private void ensure(long more) {
        long need = size + more;
        if (need > MAX) {
            throw new IllegalStateException("GGUF header of more than " + MAX + " bytes is not supported");
        }
        if (need > buf.length) {
            buf = Arrays.copyOf(buf, (int) Math.min(MAX, Math.max(need, 2L * buf.length)));
        }
    }

    void u8(int v) {
        ensure(1);
        buf[size++] = (byte) v;
    }

    void i16(short v) {
        ensure(2);
        SHORT.set(buf, size, v);
        size += 2;
    }

    void i32(int v) {
        ensure(4);
        INT.set(buf, size, v);
        size += 4;
    }

    void i64(long v) {
        ensure(8);
        LONG.set(buf, size, v);
        size += 8;
    }

    void f32(float v) {
        i32(Float.floatToRawIntBits(v));
    }

    void f64(double v) {
        i64(Double.doubleToRawLongBits(v));
    }

    void bytes(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, buf, size, len);
        size += len;
    }

    /** Writes a GGUF string: the uint64 length, then the bytes. */
    void string(byte[] b, int off, int len) {
        i64(len);
        bytes(b, off, len);
    }

    void zeros(int n) {
        ensure(n);
        Arrays.fill(buf, size, size + n, (byte) 0);
        size += n;
    }

    int size() {
        return size;
    }

    ByteBuffer asByteBuffer() {
        return ByteBuffer.wrap(buf, 0, size);
    }
}
