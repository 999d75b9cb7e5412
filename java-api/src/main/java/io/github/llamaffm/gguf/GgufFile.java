package io.github.llamaffm.gguf;

import static io.github.llamaffm.gguf.GgufParser.quote;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A GGUF file opened for reading: its header, metadata and tensor table, parsed in full by
 * {@link #read(Path)}, and its tensor data, reachable through a read-only memory mapping of the file
 * until {@link #close()}.
 *
 * <pre>{@code
 * try (GgufFile gguf = GgufFile.read(Path.of("model.gguf"))) {
 *     String arch = gguf.getString("general.architecture");
 *     int layers = gguf.getInt(arch + ".block_count");
 *     for (GgufTensorInfo t : gguf.tensors()) {
 *         System.out.println(t);
 *     }
 *     float[] norm = gguf.readTensorFloats("output_norm.weight");
 * }
 * }</pre>
 *
 * <p><b>Robustness.</b> Nothing read from the file is trusted: every string length, array count,
 * element count, type id, dimension and offset is checked against the bytes that remain and against
 * what Java can hold before anything is allocated or read. A truncated, corrupt or hostile file ends
 * in a {@link GgufFormatException} (an {@link IOException}) that names the file, the byte offset
 * and the problem; it never
 * causes an {@link OutOfMemoryError} from an untrusted size, a {@link NegativeArraySizeException},
 * an {@link IndexOutOfBoundsException} or a {@link StackOverflowError} (nested arrays are limited
 * to {@value #MAX_ARRAY_DEPTH} levels). The checks follow llama.cpp's own reader ({@code gguf.cpp}):
 * versions 2 and 3, at most {@value #MAX_DIMS} dimensions, no negative dimension, element and byte
 * counts that fit in 63 bits, no duplicate keys or tensor names, {@code general.alignment} a UINT32
 * power of two, and tensor data aligned and inside the file. Unlike llama.cpp it accepts tensor type
 * ids it does not know (their {@link GgufTensorInfo#byteSize()} throws) and tensors that are not
 * packed in order.
 *
 * <p><b>Errors.</b> Opening and parsing throw {@link IOException}s; the getters read only what was
 * parsed and throw unchecked ones: {@link NoSuchElementException} for an absent key and
 * {@link GgufValueException} for a value of another type than asked, or out of range.
 *
 * <p><b>Ownership.</b> Metadata and the tensor table are plain Java objects that stay usable after
 * {@link #close()}. Tensor data is read from the mapping: {@link #tensorData(GgufTensorInfo)}
 * returns a view that is valid only until {@code close()}; the {@code readTensor...} methods copy.
 * After {@code close()}, tensor data methods throw {@link IllegalStateException}. The file must not
 * be truncated by another process while it is open (that is undefined for any memory mapping).
 *
 * <p><b>Threads.</b> All methods may be called from any thread; {@code close()} is idempotent. A
 * read racing with {@code close()} on another thread fails with {@link IllegalStateException}.
 */
public final class GgufFile implements AutoCloseable {
    /** The alignment of tensor data when the file has no {@value #ALIGNMENT_KEY} key. */
    public static final int DEFAULT_ALIGNMENT = 32;
    /** The metadata key that sets the alignment of tensor data (a UINT32 power of two). */
    public static final String ALIGNMENT_KEY = "general.alignment";
    /** The key that names the model's architecture, such as {@code "llama"}. */
    public static final String ARCHITECTURE_KEY = "general.architecture";
    /** The deepest nesting of arrays this reader accepts. */
    public static final int MAX_ARRAY_DEPTH = 32;
    /** The most dimensions a tensor may have (ggml's {@code GGML_MAX_DIMS}). */
    public static final int MAX_DIMS = 4;
    /** The magic at the start of every GGUF file, "GGUF" read as a little-endian uint32. */
    static final int MAGIC = 0x46554747;

    private final Path path;
    private final Arena arena;
    private final MemorySegment mapping;
    private final long fileSize;
    private final int version;
    private final long alignment;
    private final long dataOffset;
    private final Map<String, GgufValue> metadata;
    private final TypedMetadata typed;
    private final List<GgufTensorInfo> tensors;
    private final Map<String, GgufTensorInfo> tensorsByName;
    private boolean closed;

    private GgufFile(GgufParser p, Arena arena) {
        this.path = p.path;
        this.arena = arena;
        this.mapping = p.seg;
        this.fileSize = p.size;
        this.version = p.version;
        this.alignment = p.alignment;
        this.dataOffset = p.dataOffset;
        this.metadata = Collections.unmodifiableMap(p.metadata);
        this.typed = new TypedMetadata(path, metadata, p.valueOffsets);
        this.tensors = List.copyOf(p.tensors);
        this.tensorsByName = p.tensorsByName;
    }

    /**
     * Opens a GGUF file: maps it read-only and parses header, metadata and tensor table.
     *
     * @param path the file
     * @return the open file; the caller owns it and must {@link #close()} it
     * @throws IOException         when the file cannot be opened or mapped
     * @throws GgufFormatException when the file is not valid GGUF (version 2 or 3)
     */
    public static GgufFile read(Path path) throws IOException {
        Objects.requireNonNull(path, "path");
        Arena arena = Arena.ofShared();
        try {
            return new GgufFile(GgufParser.parse(path, arena), arena);
        } catch (IOException | RuntimeException | Error e) {
            arena.close();
            throw e;
        }
    }

    // ---------------------------------------------------------------- header facts

    /**
     * Returns the path this file was read from.
     *
     * @return the path as given to {@link #read(Path)}
     */
    public Path path() {
        return path;
    }

    /**
     * Returns the GGUF version of the file.
     *
     * @return 2 or 3
     */
    public int version() {
        return version;
    }

    /**
     * Returns the size of the file in bytes when it was opened.
     *
     * @return the file size
     */
    public long fileSize() {
        return fileSize;
    }

    /**
     * Returns the alignment of tensor data: {@value #ALIGNMENT_KEY}, or 32 when the key is absent.
     *
     * @return a power of 2
     */
    public long alignment() {
        return alignment;
    }

    /**
     * Returns where the tensor data section starts: the end of the tensor table rounded up to the
     * alignment (or the end of the tensor table for a file without tensors that ends before that).
     *
     * @return the offset from the start of the file
     */
    public long dataOffset() {
        return dataOffset;
    }

    // ---------------------------------------------------------------- metadata

    /**
     * Returns all metadata in file order.
     *
     * @return an unmodifiable map from key to value, iterating in the order of the file
     */
    public Map<String, GgufValue> metadata() {
        return metadata;
    }

    /**
     * Finds a metadata value.
     *
     * @param key the key, such as {@code "general.architecture"}
     * @return the value, or empty when the file has no such key
     */
    public Optional<GgufValue> get(String key) {
        return Optional.ofNullable(metadata.get(key));
    }

    /**
     * Tells whether the file has a metadata key.
     *
     * @param key the key
     * @return {@code true} when the key is present
     */
    public boolean containsKey(String key) {
        return metadata.containsKey(key);
    }

    /**
     * Returns the model's architecture, the value of {@value #ARCHITECTURE_KEY}.
     *
     * @return the architecture, such as {@code "llama"}, or empty when the key is absent
     * @throws GgufValueException when the key is present but not a string
     */
    public Optional<String> architecture() {
        return findString(ARCHITECTURE_KEY);
    }

    /**
     * Returns a string value.
     *
     * @param key the key
     * @return the string, decoded from UTF-8
     * @throws NoSuchElementException when the key is absent
     * @throws GgufValueException     when the value is not a string
     */
    public String getString(String key) {
        return typed.string(key, typed.require(key));
    }

    /**
     * Returns an integer value of any integer type that fits an {@code int}.
     *
     * @param key the key
     * @return the value
     * @throws NoSuchElementException when the key is absent
     * @throws GgufValueException     when the value is not an integer or does not fit in an {@code int}
     */
    public int getInt(String key) {
        return typed.int32(key, typed.require(key));
    }

    /**
     * Returns an integer value of any integer type that fits a {@code long}.
     *
     * @param key the key
     * @return the value
     * @throws NoSuchElementException when the key is absent
     * @throws GgufValueException     when the value is not an integer or is a UINT64 above
     *                                {@link Long#MAX_VALUE}
     */
    public long getLong(String key) {
        return typed.int64(key, typed.require(key));
    }

    /**
     * Returns a FLOAT32 or FLOAT64 value as a {@code float}.
     *
     * @param key the key
     * @return the value (a FLOAT64 rounded to {@code float})
     * @throws NoSuchElementException when the key is absent
     * @throws GgufValueException     when the value is not a floating point number
     */
    public float getFloat(String key) {
        return (float) typed.number(key, typed.require(key));
    }

    /**
     * Returns a FLOAT32 or FLOAT64 value as a {@code double}.
     *
     * @param key the key
     * @return the value
     * @throws NoSuchElementException when the key is absent
     * @throws GgufValueException     when the value is not a floating point number
     */
    public double getDouble(String key) {
        return typed.number(key, typed.require(key));
    }

    /**
     * Returns a boolean value.
     *
     * @param key the key
     * @return the value
     * @throws NoSuchElementException when the key is absent
     * @throws GgufValueException     when the value is not a boolean
     */
    public boolean getBool(String key) {
        return typed.bool(key, typed.require(key));
    }

    /**
     * Returns an array value.
     *
     * @param key the key
     * @return the array
     * @throws NoSuchElementException when the key is absent
     * @throws GgufValueException     when the value is not an array
     */
    public GgufArray getArray(String key) {
        return typed.array(key, typed.require(key));
    }

    /**
     * Finds a string value.
     *
     * @param key the key
     * @return the string, or empty when the key is absent
     * @throws GgufValueException when the key is present but not a string
     */
    public Optional<String> findString(String key) {
        return typed.find(key, typed::string);
    }

    /**
     * Finds an integer value that fits an {@code int}.
     *
     * @param key the key
     * @return the value, or empty when the key is absent
     * @throws GgufValueException when the key is present but not an integer or out of range
     */
    public OptionalInt findInt(String key) {
        GgufValue v = metadata.get(key);
        return v == null ? OptionalInt.empty() : OptionalInt.of(typed.int32(key, v));
    }

    /**
     * Finds an integer value that fits a {@code long}.
     *
     * @param key the key
     * @return the value, or empty when the key is absent
     * @throws GgufValueException when the key is present but not an integer or out of range
     */
    public OptionalLong findLong(String key) {
        GgufValue v = metadata.get(key);
        return v == null ? OptionalLong.empty() : OptionalLong.of(typed.int64(key, v));
    }

    /**
     * Finds a FLOAT32 or FLOAT64 value.
     *
     * @param key the key
     * @return the value as a {@code float}, or empty when the key is absent
     * @throws GgufValueException when the key is present but not a floating point number
     */
    public Optional<Float> findFloat(String key) {
        return typed.find(key, (k, v) -> (float) typed.number(k, v));
    }

    /**
     * Finds a boolean value.
     *
     * @param key the key
     * @return the value, or empty when the key is absent
     * @throws GgufValueException when the key is present but not a boolean
     */
    public Optional<Boolean> findBool(String key) {
        return typed.find(key, typed::bool);
    }

    /**
     * Finds an array value.
     *
     * @param key the key
     * @return the array, or empty when the key is absent
     * @throws GgufValueException when the key is present but not an array
     */
    public Optional<GgufArray> findArray(String key) {
        return typed.find(key, typed::array);
    }

    // ---------------------------------------------------------------- tensors

    /**
     * Returns the tensor table in file order.
     *
     * @return an unmodifiable list
     */
    public List<GgufTensorInfo> tensors() {
        return tensors;
    }

    /**
     * Finds a tensor by name.
     *
     * @param name the tensor's name, such as {@code "token_embd.weight"}
     * @return the tensor, or empty when the file has none of that name
     */
    public Optional<GgufTensorInfo> tensor(String name) {
        return Optional.ofNullable(tensorsByName.get(name));
    }

    private GgufTensorInfo requireTensor(String name) {
        GgufTensorInfo t = tensorsByName.get(Objects.requireNonNull(name, "name"));
        if (t == null) {
            throw new NoSuchElementException(path + ": no tensor " + quote(name));
        }
        return t;
    }

    /**
     * Returns a read-only view of a tensor's bytes in the file mapping, without copying.
     *
     * @param tensor a tensor of this file, from {@link #tensors()} or {@link #tensor(String)}
     * @return a read-only segment of {@link GgufTensorInfo#byteSize()} bytes, valid until this file
     *         is closed (accessing it later throws {@link IllegalStateException})
     * @throws IllegalArgumentException when the tensor is not from this file
     * @throws GgufValueException       when the tensor's type is unknown, so its size is unknown
     * @throws IllegalStateException    when this file is closed
     */
    public MemorySegment tensorData(GgufTensorInfo tensor) {
        if (tensorsByName.get(tensor.name()) != tensor) {
            throw new IllegalArgumentException("tensor " + quote(tensor.name()) + " is not from " + path);
        }
        long size = tensor.byteSize();
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException(path + " is closed");
            }
            return mapping.asSlice(tensor.fileOffset(), size).asReadOnly();
        }
    }

    /**
     * Returns a read-only view of a tensor's bytes in the file mapping, without copying.
     *
     * @param name the tensor's name
     * @return a read-only segment valid until this file is closed
     * @throws NoSuchElementException when the file has no tensor of that name
     * @throws GgufValueException     when the tensor's type is unknown, so its size is unknown
     * @throws IllegalStateException  when this file is closed
     */
    public MemorySegment tensorData(String name) {
        return tensorData(requireTensor(name));
    }

    /**
     * Copies a tensor's bytes out of the file.
     *
     * @param name the tensor's name
     * @return a new array of the tensor's raw bytes, in the file's (little-endian) layout
     * @throws NoSuchElementException when the file has no tensor of that name
     * @throws GgufValueException     when the tensor's type is unknown
     * @throws IllegalStateException  when this file is closed or the tensor is larger than a Java
     *                                array can hold (use {@link #tensorData(String)})
     */
    public byte[] readTensorBytes(String name) {
        MemorySegment data = tensorData(name);
        if (data.byteSize() > GgufParser.MAX_JAVA_ARRAY) {
            throw new IllegalStateException("tensor " + quote(name) + " has " + data.byteSize()
                    + " bytes, too many for a byte[]; use tensorData");
        }
        return data.toArray(ValueLayout.JAVA_BYTE);
    }

    /**
     * Copies a tensor of type F32, F16, BF16 or F64 out of the file, converted to {@code float}s.
     *
     * @param name the tensor's name
     * @return a new array of {@link GgufTensorInfo#elementCount()} values, {@code ne0} varying fastest
     * @throws NoSuchElementException   when the file has no tensor of that name
     * @throws IllegalArgumentException when the tensor's type is not F32, F16, BF16 or F64
     * @throws IllegalStateException    when this file is closed or the tensor has more elements
     *                                  than a Java array can hold
     */
    public float[] readTensorFloats(String name) {
        GgufTensorInfo t = requireTensor(name);
        GgmlType type = t.type().orElse(null);
        if (type != GgmlType.F32 && type != GgmlType.F16 && type != GgmlType.BF16 && type != GgmlType.F64) {
            throw new IllegalArgumentException("tensor " + quote(name) + " has type " + t.typeName()
                    + "; only f32, f16, bf16 and f64 convert to floats");
        }
        if (t.elementCount() > GgufParser.MAX_JAVA_ARRAY) {
            throw new IllegalStateException("tensor " + quote(name) + " has " + t.elementCount()
                    + " elements, too many for a float[]; use tensorData");
        }
        return LittleEndian.toFloats(tensorData(t), type, (int) t.elementCount());
    }

    /**
     * Unmaps the file. Idempotent. Metadata and the tensor table stay readable; views from
     * {@link #tensorData(GgufTensorInfo)} become invalid.
     *
     * @throws IllegalStateException when a view of the data is in use by a native call at that
     *                               moment (the file then stays open; close again later)
     */
    @Override
    public synchronized void close() {
        if (!closed) {
            arena.close();
            closed = true;
        }
    }

    /**
     * Describes the file: path, version and counts.
     *
     * @return for example {@code GgufFile[model.gguf, v3, 24 keys, 147 tensors]}
     */
    @Override
    public String toString() {
        return "GgufFile[" + path + ", v" + version + ", " + metadata.size() + " keys, " + tensors.size() + " tensors]";
    }
}
