package io.github.llamaffm.gguf;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The tensor side of a {@link GgufWriter}: checks each tensor as it is added, places the tensors at
 * aligned offsets, encodes the tensor table and streams the data section (byte arrays, floats
 * converted on the way, or {@link GgufTensorSource}s held to their size). Apart from the writer,
 * whose own part is the metadata and the public builder calls, so that the offsets the table
 * promises and the bytes the data section writes come from one place. Not thread-safe, like the
 * writer that owns it.
 */
final class TensorLayout {
    /** A tensor to write: exactly one of bytes, floats and source is set (none while being checked). */
    record Tensor(String name, byte[] nameBytes, GgmlType type, long[] shape, long byteSize,
                  byte[] bytes, float[] floats, GgufTensorSource source) {
        /** This checked tensor with its data. */
        Tensor with(byte[] bytes, float[] floats, GgufTensorSource source) {
            return new Tensor(name, nameBytes, type, shape, byteSize, bytes, floats, source);
        }
    }

    private final List<Tensor> tensors = new ArrayList<>();
    private final Set<String> names = new HashSet<>();

    /**
     * Checks a tensor's name, type and shape as llama.cpp's reader will.
     *
     * @return the tensor without data, with a copy of the shape and its byte size
     * @throws IllegalArgumentException when the name is invalid or taken, or the shape invalid for the type
     */
    Tensor check(String name, GgmlType type, long[] shape) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(shape, "shape");
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        if (nameBytes.length == 0 || nameBytes.length > GgufWriter.MAX_TENSOR_NAME_BYTES) {
            throw new IllegalArgumentException("tensor name '" + name + "' must have 1 to "
                    + GgufWriter.MAX_TENSOR_NAME_BYTES + " UTF-8 bytes");
        }
        if (names.contains(name)) {
            throw new IllegalArgumentException("duplicate tensor name '" + name + "'");
        }
        if (shape.length < 1 || shape.length > GgufFile.MAX_DIMS) {
            throw new IllegalArgumentException("tensor '" + name + "' has " + shape.length
                    + " dimensions; 1 to " + GgufFile.MAX_DIMS + " are allowed");
        }
        long elements = 1;
        for (long d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("tensor '" + name + "' has a negative dimension: " + d);
            }
            try {
                elements = Math.multiplyExact(elements, d);
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("tensor '" + name + "' has more than 2^63-1 elements");
            }
        }
        if (shape[0] % type.blockSize() != 0) {
            throw new IllegalArgumentException("tensor '" + name + "' of type " + type.ggmlName() + " has " + shape[0]
                    + " elements per row, not a multiple of the block size " + type.blockSize());
        }
        long byteSize;
        try {
            byteSize = type.byteSize(elements);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("tensor '" + name + "' is larger than 2^63-1 bytes");
        }
        return new Tensor(name, nameBytes, type, shape.clone(), byteSize, null, null, null);
    }

    /** Adds a checked tensor with its data. */
    void add(Tensor t) {
        tensors.add(t);
        names.add(t.name());
    }

    int size() {
        return tensors.size();
    }

    /**
     * The alignment the metadata sets: {@value GgufFile#ALIGNMENT_KEY}, or 32 when it is absent.
     *
     * @throws IllegalStateException when the key is not a UINT32 power of 2
     */
    static long alignment(Map<String, GgufValue> metadata) {
        GgufValue v = metadata.get(GgufFile.ALIGNMENT_KEY);
        if (v == null) {
            return GgufFile.DEFAULT_ALIGNMENT;
        }
        long a = v.type() == GgufType.UINT32 ? v.asLong() : 0;
        if (a == 0 || (a & (a - 1)) != 0) {
            throw new IllegalStateException("'" + GgufFile.ALIGNMENT_KEY + "' must be a UINT32 power of 2, not "
                    + v.type() + " " + v);
        }
        return a;
    }

    /** The padding that brings {@code size} to a multiple of {@code alignment}. */
    static long pad(long size, long alignment) {
        return (alignment - size % alignment) % alignment;
    }

    /** The bytes one tensor takes in the data section: its data and the padding after it. */
    private static long padded(Tensor t, long alignment) {
        return t.byteSize() + pad(t.byteSize(), alignment);
    }

    /** Writes the tensor table: per tensor its name, shape, type and data offset. */
    void encodeTable(ByteSink out, long alignment) {
        long offset = 0;
        for (Tensor t : tensors) {
            out.string(t.nameBytes(), 0, t.nameBytes().length);
            out.i32(t.shape().length);
            for (long d : t.shape()) {
                out.i64(d);
            }
            out.i32(t.type().id());
            out.i64(offset);
            offset = Math.addExact(offset, padded(t, alignment));
        }
    }

    /** The size of the data section. */
    long dataSize(long alignment) {
        long size = 0;
        for (Tensor t : tensors) {
            size = Math.addExact(size, padded(t, alignment));
        }
        return size;
    }

    /**
     * Writes the data section: every tensor's data, each padded with zeros to the alignment.
     *
     * @throws IOException           when writing fails or a {@link GgufTensorSource} throws
     * @throws IllegalStateException when a source writes more or fewer bytes than its tensor's size
     */
    void writeData(FileChannel ch, long alignment) throws IOException {
        ByteBuffer zeros = ByteBuffer.allocate((int) Math.min(alignment, 1 << 16));
        for (Tensor t : tensors) {
            writeTensor(ch, t);
            long padding = pad(t.byteSize(), alignment);
            while (padding > 0) {
                zeros.clear().limit((int) Math.min(padding, zeros.capacity()));
                padding -= zeros.remaining();
                writeFully(ch, zeros);
            }
        }
    }

    /**
     * Writes all of a buffer. A heap buffer goes in pieces of at most 1 MiB, so that the JDK's
     * temporary direct buffer for it (cached per thread) stays small.
     */
    static void writeFully(WritableByteChannel ch, ByteBuffer buf) throws IOException {
        int end = buf.limit();
        try {
            while (buf.position() < end) {
                buf.limit(buf.isDirect() ? end : Math.min(end, buf.position() + (1 << 20)));
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
            }
        } finally {
            buf.limit(end);
        }
    }

    private static void writeTensor(FileChannel ch, Tensor t) throws IOException {
        if (t.bytes() != null) {
            writeFully(ch, ByteBuffer.wrap(t.bytes()));
        } else if (t.floats() != null) {
            writeFloats(ch, t.floats(), t.type());
        } else {
            Limited out = new Limited(ch, t.name(), t.byteSize());
            t.source().writeTo(out);
            if (out.written != t.byteSize()) {
                throw new IllegalStateException("the source of tensor '" + t.name() + "' wrote " + out.written
                        + " bytes instead of " + t.byteSize());
            }
        }
    }

    /** Writes floats as F32, F16 or BF16, converted 1 MiB at a time. */
    private static void writeFloats(FileChannel ch, float[] data, GgmlType type) throws IOException {
        ByteBuffer buf = ByteBuffer.allocateDirect(1 << 20);
        MemorySegment seg = MemorySegment.ofBuffer(buf);
        int perBuffer = buf.capacity() / type.typeSize();
        for (int i = 0; i < data.length; i += perBuffer) {
            int n = Math.min(perBuffer, data.length - i);
            for (int k = 0; k < n; k++) {
                LittleEndian.putFloat(seg, k, type, data[i + k]);
            }
            buf.clear().limit(n * type.typeSize());
            writeFully(ch, buf);
        }
    }

    /** The channel a {@link GgufTensorSource} writes to: counts, refuses bytes past the tensor. */
    private static final class Limited implements WritableByteChannel {
        private final WritableByteChannel out;
        private final String name;
        private final long limit;
        long written;

        Limited(WritableByteChannel out, String name, long limit) {
            this.out = out;
            this.name = name;
            this.limit = limit;
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            int n = src.remaining();
            if (n > limit - written) {
                throw new IllegalStateException("the source of tensor '" + name + "' writes more than its "
                        + limit + " bytes");
            }
            writeFully(out, src);
            written += n;
            return n;
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public void close() {
            // The writer owns the file; closing the view does nothing.
        }
    }
}
