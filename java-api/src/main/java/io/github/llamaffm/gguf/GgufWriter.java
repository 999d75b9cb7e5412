package io.github.llamaffm.gguf;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a GGUF version 3 file: metadata in the order it was put, then the tensor table, then the
 * tensor data, each tensor padded to the alignment ({@value GgufFile#ALIGNMENT_KEY}, default 32) as
 * llama.cpp expects. Files it writes read back identically with {@link GgufFile}.
 *
 * <pre>{@code
 * new GgufWriter()
 *     .putString("general.architecture", "llama")
 *     .putUInt32("llama.block_count", 2)
 *     .putArray("tokenizer.ggml.tokens", GgufArray.ofStrings("<unk>", "<s>", "</s>"))
 *     .addTensor("output_norm.weight", GgmlType.F32, new long[] {64}, norm)   // float[]
 *     .write(Path.of("model.gguf"));
 * }</pre>
 *
 * <p><b>Ownership.</b> Arrays given to {@code addTensor} are not copied: they are read during
 * {@link #write(Path)} and must not change before it returns. Streamed tensors
 * ({@link GgufTensorSource}) are produced during {@code write}, so a file far larger than the heap
 * can be written. {@code write} writes a temporary file beside the target and renames it, so the
 * target never holds a partial file.
 *
 * <p>Not thread-safe: one thread builds and writes. A writer may write several files.
 */
public final class GgufWriter {
    /** The GGUF version this writer produces. */
    public static final int VERSION = 3;
    /** The longest tensor name llama.cpp accepts, in UTF-8 bytes ({@code GGML_MAX_NAME} - 1). */
    public static final int MAX_TENSOR_NAME_BYTES = 63;

    private final Map<String, GgufValue> metadata = new LinkedHashMap<>();
    /** The tensors: their checks, layout and data. */
    private final TensorLayout tensors = new TensorLayout();

    /** Creates an empty writer: no metadata, no tensors. */
    public GgufWriter() {
    }

    // ---------------------------------------------------------------- metadata

    /**
     * Sets a metadata value. A key that is already set keeps its position and gets the new value.
     *
     * @param key   the key, non-empty
     * @param value the value
     * @return this writer
     * @throws NullPointerException     when the key or value is {@code null}
     * @throws IllegalArgumentException when the key is empty
     */
    public GgufWriter put(String key, GgufValue value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        if (key.isEmpty()) {
            throw new IllegalArgumentException("empty metadata key");
        }
        metadata.put(key, value);
        return this;
    }

    /**
     * Sets every entry of a map, in the map's iteration order, as by {@link #put(String, GgufValue)}.
     *
     * @param values the entries, for example {@link GgufFile#metadata()} of another file
     * @return this writer
     * @throws NullPointerException     when the map, a key or a value is {@code null}
     * @throws IllegalArgumentException when a key is empty
     */
    public GgufWriter putAll(Map<String, GgufValue> values) {
        values.forEach(this::put);
        return this;
    }

    /**
     * Removes a metadata key, if present.
     *
     * @param key the key
     * @return this writer
     */
    public GgufWriter remove(String key) {
        metadata.remove(key);
        return this;
    }

    /**
     * Sets a string value.
     *
     * @param key   the key, non-empty
     * @param value the string
     * @return this writer
     * @throws NullPointerException     when the key or value is {@code null}
     * @throws IllegalArgumentException when the key is empty
     */
    public GgufWriter putString(String key, String value) {
        return put(key, GgufValue.ofString(value));
    }

    /**
     * Sets an unsigned 8-bit value.
     *
     * @param key   the key, non-empty
     * @param value 0 to 255
     * @return this writer
     * @throws IllegalArgumentException when the key is empty or the value out of range
     */
    public GgufWriter putUInt8(String key, int value) {
        return put(key, GgufValue.ofUInt8(value));
    }

    /**
     * Sets a signed 8-bit value.
     *
     * @param key   the key, non-empty
     * @param value the value
     * @return this writer
     * @throws IllegalArgumentException when the key is empty
     */
    public GgufWriter putInt8(String key, byte value) {
        return put(key, GgufValue.ofInt8(value));
    }

    /**
     * Sets an unsigned 16-bit value.
     *
     * @param key   the key, non-empty
     * @param value 0 to 65535
     * @return this writer
     * @throws IllegalArgumentException when the key is empty or the value out of range
     */
    public GgufWriter putUInt16(String key, int value) {
        return put(key, GgufValue.ofUInt16(value));
    }

    /**
     * Sets a signed 16-bit value.
     *
     * @param key   the key, non-empty
     * @param value the value
     * @return this writer
     * @throws IllegalArgumentException when the key is empty
     */
    public GgufWriter putInt16(String key, short value) {
        return put(key, GgufValue.ofInt16(value));
    }

    /**
     * Sets an unsigned 32-bit value (llama.cpp's type for counts and token ids).
     *
     * @param key   the key, non-empty
     * @param value 0 to 4294967295
     * @return this writer
     * @throws IllegalArgumentException when the key is empty or the value out of range
     */
    public GgufWriter putUInt32(String key, long value) {
        return put(key, GgufValue.ofUInt32(value));
    }

    /**
     * Sets a signed 32-bit value.
     *
     * @param key   the key, non-empty
     * @param value the value
     * @return this writer
     * @throws IllegalArgumentException when the key is empty
     */
    public GgufWriter putInt32(String key, int value) {
        return put(key, GgufValue.ofInt32(value));
    }

    /**
     * Sets an unsigned 64-bit value.
     *
     * @param key   the key, non-empty
     * @param value the 64 bits, read as unsigned
     * @return this writer
     * @throws IllegalArgumentException when the key is empty
     */
    public GgufWriter putUInt64(String key, long value) {
        return put(key, GgufValue.ofUInt64(value));
    }

    /**
     * Sets a signed 64-bit value.
     *
     * @param key   the key, non-empty
     * @param value the value
     * @return this writer
     * @throws IllegalArgumentException when the key is empty
     */
    public GgufWriter putInt64(String key, long value) {
        return put(key, GgufValue.ofInt64(value));
    }

    /**
     * Sets a 32-bit float value (llama.cpp's type for floating point hyperparameters).
     *
     * @param key   the key, non-empty
     * @param value the value
     * @return this writer
     * @throws IllegalArgumentException when the key is empty
     */
    public GgufWriter putFloat32(String key, float value) {
        return put(key, GgufValue.ofFloat32(value));
    }

    /**
     * Sets a 64-bit float value.
     *
     * @param key   the key, non-empty
     * @param value the value
     * @return this writer
     * @throws IllegalArgumentException when the key is empty
     */
    public GgufWriter putFloat64(String key, double value) {
        return put(key, GgufValue.ofFloat64(value));
    }

    /**
     * Sets a boolean value.
     *
     * @param key   the key, non-empty
     * @param value the value
     * @return this writer
     * @throws IllegalArgumentException when the key is empty
     */
    public GgufWriter putBool(String key, boolean value) {
        return put(key, GgufValue.ofBool(value));
    }

    /**
     * Sets an array value.
     *
     * @param key   the key, non-empty
     * @param value the array
     * @return this writer
     * @throws NullPointerException     when the key or array is {@code null}
     * @throws IllegalArgumentException when the key is empty
     */
    public GgufWriter putArray(String key, GgufArray value) {
        return put(key, GgufValue.ofArray(value));
    }

    /**
     * Sets the alignment of tensor data, stored as the UINT32 key {@value GgufFile#ALIGNMENT_KEY}.
     * Without it, data is aligned to 32 bytes.
     *
     * @param alignment a power of 2
     * @return this writer
     * @throws IllegalArgumentException when {@code alignment} is not a positive power of 2
     */
    public GgufWriter alignment(int alignment) {
        if (alignment <= 0 || Integer.bitCount(alignment) != 1) {
            throw new IllegalArgumentException("alignment " + alignment + " is not a positive power of 2");
        }
        return putUInt32(GgufFile.ALIGNMENT_KEY, alignment);
    }

    /**
     * Returns the metadata set so far.
     *
     * @return an unmodifiable view, in the order the keys will be written
     */
    public Map<String, GgufValue> metadata() {
        return Collections.unmodifiableMap(metadata);
    }

    // ---------------------------------------------------------------- tensors

    /**
     * Adds a tensor from its raw bytes, in any type.
     *
     * @param name  the tensor's name, 1 to 63 UTF-8 bytes, unique in the file
     * @param type  the element type
     * @param shape the dimensions in ggml order (innermost first), 1 to 4 of them
     * @param data  exactly the tensor's size in bytes, little-endian; not copied
     * @return this writer
     * @throws NullPointerException     when an argument is {@code null}
     * @throws IllegalArgumentException when the name is invalid or taken, the shape invalid for the
     *                                  type, or the data not of the tensor's size
     */
    public GgufWriter addTensor(String name, GgmlType type, long[] shape, byte[] data) {
        TensorLayout.Tensor t = tensors.check(name, type, shape);
        Objects.requireNonNull(data, "data");
        if (data.length != t.byteSize()) {
            throw new IllegalArgumentException("tensor '" + name + "' needs " + t.byteSize() + " bytes but "
                    + data.length + " were given");
        }
        return add(t.with(data, null, null));
    }

    /**
     * Adds a tensor from {@code float}s, stored as F32, F16 or BF16 (converted with rounding to
     * nearest even while the file is written).
     *
     * @param name  the tensor's name, 1 to 63 UTF-8 bytes, unique in the file
     * @param type  {@link GgmlType#F32}, {@link GgmlType#F16} or {@link GgmlType#BF16}
     * @param shape the dimensions in ggml order (innermost first), 1 to 4 of them
     * @param data  one value per element, {@code ne0} varying fastest; not copied
     * @return this writer
     * @throws NullPointerException     when an argument is {@code null}
     * @throws IllegalArgumentException when the type is not F32, F16 or BF16, the name is invalid
     *                                  or taken, the shape invalid, or the data's length not the
     *                                  element count
     */
    public GgufWriter addTensor(String name, GgmlType type, long[] shape, float[] data) {
        Objects.requireNonNull(type, "type");
        if (!type.holdsFloats()) {
            throw new IllegalArgumentException("floats can be stored as f32, f16 or bf16, not " + type.ggmlName());
        }
        TensorLayout.Tensor t = tensors.check(name, type, shape);
        Objects.requireNonNull(data, "data");
        if (data.length != t.byteSize() / type.typeSize()) {
            throw new IllegalArgumentException("tensor '" + name + "' has " + t.byteSize() / type.typeSize()
                    + " elements but " + data.length + " values were given");
        }
        return add(t.with(null, data, null));
    }

    /**
     * Adds a tensor whose bytes are produced while the file is written.
     *
     * @param name   the tensor's name, 1 to 63 UTF-8 bytes, unique in the file
     * @param type   the element type
     * @param shape  the dimensions in ggml order (innermost first), 1 to 4 of them
     * @param source writes exactly the tensor's size in bytes when called
     * @return this writer
     * @throws NullPointerException     when an argument is {@code null}
     * @throws IllegalArgumentException when the name is invalid or taken, or the shape invalid for
     *                                  the type
     */
    public GgufWriter addTensor(String name, GgmlType type, long[] shape, GgufTensorSource source) {
        TensorLayout.Tensor t = tensors.check(name, type, shape);
        Objects.requireNonNull(source, "source");
        return add(t.with(null, null, source));
    }

    private GgufWriter add(TensorLayout.Tensor t) {
        tensors.add(t);
        return this;
    }

    /**
     * Returns the number of tensors added.
     *
     * @return the tensor count
     */
    public int tensorCount() {
        return tensors.size();
    }

    // ---------------------------------------------------------------- writing

    /** Header, tensor table and the padding after it. */
    private ByteSink header(long alignment) {
        ByteSink out = new ByteSink();
        out.i32(GgufFile.MAGIC);
        out.i32(VERSION);
        out.i64(tensors.size());
        out.i64(metadata.size());
        for (Map.Entry<String, GgufValue> e : metadata.entrySet()) {
            byte[] key = e.getKey().getBytes(StandardCharsets.UTF_8);
            out.string(key, 0, key.length);
            e.getValue().encodeTo(out);
        }
        tensors.encodeTable(out, alignment);
        out.zeros((int) TensorLayout.pad(out.size(), alignment));
        return out;
    }

    /**
     * Computes the size of the file {@link #write(Path)} would write now.
     *
     * @return the size in bytes
     * @throws IllegalStateException when {@value GgufFile#ALIGNMENT_KEY} is set to something other
     *                               than a UINT32 power of 2, or the header is larger than 2 GiB
     */
    public long fileSize() {
        long alignment = TensorLayout.alignment(metadata);
        return Math.addExact(header(alignment).size(), tensors.dataSize(alignment));
    }

    /**
     * Writes the file. The data goes to a temporary file in the same folder, which is renamed to
     * {@code path} when complete (replacing an existing file) and deleted on failure.
     *
     * @param path the file to write
     * @throws IOException           when writing fails or a {@link GgufTensorSource} throws
     * @throws IllegalStateException when a tensor source writes more or fewer bytes than its
     *                               tensor's size, {@value GgufFile#ALIGNMENT_KEY} is set to
     *                               something other than a UINT32 power of 2, or the header is larger
     *                               than 2 GiB
     */
    public void write(Path path) throws IOException {
        Path target = path.toAbsolutePath();
        long alignment = TensorLayout.alignment(metadata);
        ByteSink header = header(alignment);
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp-" + Long.toHexString(ThreadLocalRandom.current().nextLong()));
        boolean done = false;
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                TensorLayout.writeFully(ch, header.asByteBuffer());
                tensors.writeData(ch, alignment);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
