package io.github.llamaffm.testkit.onnx;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A tensor of an ONNX file ({@code TensorProto}): an initializer or the value of a
 * {@code Constant} node. The data is a slice of the mapped file, checked against the shape when the
 * tensor is read, and copied only when asked for.
 *
 * @param file     the file, for messages
 * @param offset   where the tensor's message starts in the file, for messages
 * @param name     the tensor's name (an initializer's is how nodes refer to it)
 * @param dataType {@code TensorProto.DataType}: 1 float, 6 int32, 7 int64, 10 float16, …
 * @param dims     the shape, outermost first (row-major, the last dimension varies fastest)
 * @param data     the raw little-endian data, or {@code null} when the values are in {@code int64s}
 * @param int64s   the values of an int64 tensor stored as {@code int64_data}, else empty
 */
record OnnxTensor(Path file, long offset, String name, int dataType, long[] dims, ByteBuffer data, long[] int64s) {
    static final int FLOAT = 1;
    static final int INT32 = 6;
    static final int INT64 = 7;
    /** No encoder has tensors of more dimensions. */
    static final int MAX_DIMS = 8;

    static OnnxTensor of(ProtoReader r, long offset, String name, int dataType, long[] dims, ByteBuffer data, long[] int64s)
            throws OnnxFormatException {
        long count = 1;
        for (long d : dims) {
            if (d < 0 || (d > 0 && count > Integer.MAX_VALUE / d)) {
                throw r.error(offset, "tensor '" + name + "' has an invalid shape " + Arrays.toString(dims));
            }
            count *= d;
        }
        int size = switch (dataType) {
            case FLOAT, INT32 -> 4;
            case INT64 -> 8;
            default -> 0; // a type the converter never reads: its size is not checked
        };
        boolean inline = dataType == INT64 && data == null;
        long have = inline ? int64s.length : data == null ? 0 : data.limit() / Math.max(size, 1);
        if (size > 0 && (have != count || (!inline && data != null && data.limit() % size != 0))) {
            throw r.error(offset, "tensor '" + name + "' of shape " + Arrays.toString(dims) + " needs " + count
                    + " values of " + size + " bytes but holds " + (data == null ? int64s.length + " values" : data.limit() + " bytes"));
        }
        ByteBuffer bytes = data != null || inline ? data : ByteBuffer.allocate(0); // no data: an empty tensor
        return new OnnxTensor(r.file(), offset, name, dataType, dims, bytes, int64s);
    }

    /** The number of elements: the product of the dimensions (checked to fit an {@code int}). */
    int count() {
        long n = 1;
        for (long d : dims) n *= d;
        return (int) n;
    }

    /** The {@code i}-th dimension, outermost first. */
    int dim(int i) {
        return (int) dims[i];
    }

    /** The values of a float tensor, row-major. */
    float[] floats() throws OnnxFormatException {
        if (dataType != FLOAT) {
            throw new OnnxFormatException(file, offset, "tensor '" + name + "' has data type " + dataType + ", expected float (1)");
        }
        float[] out = new float[count()];
        data.asFloatBuffer().get(out);
        return out;
    }

    /** The values of an int64 or int32 tensor (shape constants). */
    long[] longs() throws OnnxFormatException {
        switch (dataType) {
            case INT64 -> {
                if (data == null) return int64s.clone();
                long[] out = new long[count()];
                data.asLongBuffer().get(out);
                return out;
            }
            case INT32 -> {
                long[] out = new long[count()];
                for (int i = 0; i < out.length; i++) out[i] = data.getInt(i * 4);
                return out;
            }
            default -> throw new OnnxFormatException(file, offset, "tensor '" + name + "' has data type " + dataType
                    + ", expected an integer type");
        }
    }

    @Override
    public String toString() {
        return name + Arrays.toString(dims) + " type " + dataType;
    }
}
