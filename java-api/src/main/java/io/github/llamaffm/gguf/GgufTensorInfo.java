package io.github.llamaffm.gguf;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * One entry of a GGUF file's tensor table: name, shape, element type and where the data lies.
 * Created by {@link GgufFile}, which has checked that the shape's element count and the byte size
 * fit in a {@code long} and that the data lies inside the file (for types this library knows).
 *
 * <p>The shape is in ggml order: {@code shape()[0]} ({@code ne0}) is the innermost, contiguous
 * dimension, so a matrix of {@code n_vocab} rows of {@code n_embd} values has shape
 * {@code [n_embd, n_vocab]}. Immutable.
 */
public final class GgufTensorInfo {
    private final Path file;
    private final long entryOffset;
    private final String name;
    private final long[] shape;
    private final long elementCount;
    private final int typeId;
    private final GgmlType type;
    private final long offset;
    private final long dataOffset;
    private final long byteSize;

    GgufTensorInfo(Path file, long entryOffset, String name, long[] shape, long elementCount, int typeId,
                   GgmlType type, long offset, long dataOffset, long byteSize) {
        this.file = file;
        this.entryOffset = entryOffset;
        this.name = name;
        this.shape = shape;
        this.elementCount = elementCount;
        this.typeId = typeId;
        this.type = type;
        this.offset = offset;
        this.dataOffset = dataOffset;
        this.byteSize = byteSize;
    }

    /**
     * Returns the tensor's name, for example {@code blk.0.attn_q.weight}.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the shape in ggml order (innermost dimension first).
     *
     * @return a copy of the dimensions; empty for a tensor stored with no dimensions
     */
    public long[] shape() {
        return shape.clone();
    }

    /**
     * Returns the number of dimensions stored in the file.
     *
     * @return 0 to 4
     */
    public int dimensionCount() {
        return shape.length;
    }

    /**
     * Returns one dimension; dimensions past the stored ones are 1, as in ggml.
     *
     * @param index 0 for {@code ne0}, up to 3
     * @return the size of that dimension
     * @throws IndexOutOfBoundsException when {@code index} is outside 0 to 3
     */
    public long dimension(int index) {
        if (index < 0 || index > 3) {
            throw new IndexOutOfBoundsException("dimension " + index + " is outside 0 to 3");
        }
        return index < shape.length ? shape[index] : 1;
    }

    /**
     * Returns the number of elements: the product of the dimensions.
     *
     * @return the element count
     */
    public long elementCount() {
        return elementCount;
    }

    /**
     * Returns the element type id as stored in the file.
     *
     * @return the {@code ggml_type} value
     */
    public int typeId() {
        return typeId;
    }

    /**
     * Returns the element type.
     *
     * @return the type, or empty when the id is not one this library knows
     */
    public Optional<GgmlType> type() {
        return Optional.ofNullable(type);
    }

    /**
     * Returns the ggml name of the element type.
     *
     * @return for example {@code "f16"}, or {@code "unknown(ID)"} for an unknown type id
     */
    public String typeName() {
        return type != null ? type.ggmlName() : "unknown(" + typeId + ")";
    }

    /**
     * Returns the data's offset from the start of the file's data section, as stored in the file.
     *
     * @return the relative offset
     */
    public long offset() {
        return offset;
    }

    /**
     * Returns the data's offset from the start of the file.
     *
     * @return the absolute offset
     */
    public long fileOffset() {
        return dataOffset + offset;
    }

    /**
     * Returns the size of the tensor's data in bytes.
     *
     * @return the size
     * @throws GgufValueException when the element type is unknown, so its size cannot be known
     *                            (check {@link #type()} first)
     */
    public long byteSize() {
        if (type == null) {
            throw new GgufValueException(file, entryOffset, name, "a ggml type this library knows",
                    "ggml type id " + typeId, "tensor '" + name + "' has ggml type id " + typeId
                    + ", which this reader does not know, so its size in bytes is unknown");
        }
        return byteSize;
    }

    /** Offset of this entry in the tensor table, for error messages. */
    long entryOffset() {
        return entryOffset;
    }

    /**
     * Describes the tensor: name, type, shape and offset.
     *
     * @return for example {@code token_embd.weight f16 [64, 32000] @ 0}
     */
    @Override
    public String toString() {
        return name + " " + typeName() + " " + Arrays.toString(shape) + " @ " + offset;
    }
}
