package io.github.llamaffm.gguf;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * in a {@link GgufFormatException} that names the file, the byte offset and the problem; it never
 * causes an {@link OutOfMemoryError} from an untrusted size, a {@link NegativeArraySizeException},
 * an {@link IndexOutOfBoundsException} or a {@link StackOverflowError} (nested arrays are limited
 * to {@value #MAX_ARRAY_DEPTH} levels). The checks follow llama.cpp's own reader ({@code gguf.cpp}):
 * versions 2 and 3, at most {@value #MAX_DIMS} dimensions, no negative dimension, element and byte
 * counts that fit in 63 bits, no duplicate keys or tensor names, {@code general.alignment} a UINT32
 * power of two, and tensor data aligned and inside the file. Unlike llama.cpp it accepts tensor type
 * ids it does not know (their {@link GgufTensorInfo#byteSize()} throws) and tensors that are not
 * packed in order.
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

    static final ValueLayout.OfShort SHORT = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    static final ValueLayout.OfFloat FLOAT = ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    static final ValueLayout.OfDouble DOUBLE = ValueLayout.JAVA_DOUBLE_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    /** The largest Java array this reader allocates. */
    private static final int MAX_JAVA_ARRAY = Integer.MAX_VALUE - 16;

    private final Path path;
    private final Arena arena;
    private final MemorySegment mapping;
    private final long fileSize;
    private final int version;
    private final long alignment;
    private final long dataOffset;
    private final Map<String, GgufValue> metadata;
    private final Map<String, Long> valueOffsets;
    private final List<GgufTensorInfo> tensors;
    private final Map<String, GgufTensorInfo> tensorsByName;
    private boolean closed;

    private GgufFile(Parser p, Arena arena) {
        this.path = p.path;
        this.arena = arena;
        this.mapping = p.seg;
        this.fileSize = p.size;
        this.version = p.version;
        this.alignment = p.alignment;
        this.dataOffset = p.dataOffset;
        this.metadata = Collections.unmodifiableMap(p.metadata);
        this.valueOffsets = p.valueOffsets;
        this.tensors = List.copyOf(p.tensors);
        Map<String, GgufTensorInfo> byName = new HashMap<>();
        for (GgufTensorInfo t : tensors) {
            byName.put(t.name(), t);
        }
        this.tensorsByName = byName;
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
            MemorySegment seg;
            try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
                long size = ch.size();
                seg = size == 0 ? MemorySegment.NULL : ch.map(FileChannel.MapMode.READ_ONLY, 0, size, arena);
            }
            Parser p = new Parser(path, seg);
            try {
                p.parse();
            } catch (IndexOutOfBoundsException | ArithmeticException | IllegalArgumentException e) {
                // A safety net: the checks above should make these impossible.
                throw new GgufFormatException(path, p.pos, "malformed file (" + e + ")", e);
            }
            return new GgufFile(p, arena);
        } catch (IOException | RuntimeException | Error e) {
            arena.close();
            throw e;
        }
    }

    // ---------------------------------------------------------------- parsing

    private static final class Parser {
        final Path path;
        final MemorySegment seg;
        final long size;
        long pos;
        int version;
        long alignment = DEFAULT_ALIGNMENT;
        long dataOffset;
        final Map<String, GgufValue> metadata = new LinkedHashMap<>();
        final Map<String, Long> valueOffsets = new HashMap<>();
        final List<GgufTensorInfo> tensors = new ArrayList<>();

        Parser(Path path, MemorySegment seg) {
            this.path = path;
            this.seg = seg;
            this.size = seg.byteSize();
        }

        GgufFormatException error(long at, String problem) {
            return new GgufFormatException(path, at, problem);
        }

        long left() {
            return size - pos;
        }

        void need(long n, String what) {
            if (n > size - pos) {
                throw error(pos, "file truncated: " + what + " needs " + n + " bytes but only " + (size - pos)
                        + " remain (file size " + size + ")");
            }
        }

        int u8(String what) {
            need(1, what);
            return seg.get(ValueLayout.JAVA_BYTE, pos++) & 0xFF;
        }

        short i16(String what) {
            need(2, what);
            short v = seg.get(SHORT, pos);
            pos += 2;
            return v;
        }

        int i32(String what) {
            need(4, what);
            int v = seg.get(INT, pos);
            pos += 4;
            return v;
        }

        long i64(String what) {
            need(8, what);
            long v = seg.get(LONG, pos);
            pos += 8;
            return v;
        }

        byte[] string(String what) {
            long at = pos;
            long len = i64("the length of " + what);
            if (len < 0 || len > left()) {
                throw error(at, "string length " + Long.toUnsignedString(len) + " of " + what + " exceeds the "
                        + left() + " bytes left in the file");
            }
            if (len > MAX_JAVA_ARRAY) {
                throw error(at, "string length " + len + " of " + what + " is too large for this reader");
            }
            byte[] b = new byte[(int) len];
            MemorySegment.copy(seg, ValueLayout.JAVA_BYTE, pos, b, 0, (int) len);
            pos += len;
            return b;
        }

        void parse() {
            // header
            need(4, "the magic 'GGUF'");
            int magic = seg.get(INT, 0);
            if (magic != MAGIC) {
                throw error(0, "not a GGUF file: the magic is '" + printable(seg, 4) + "', expected 'GGUF'");
            }
            pos = 4;
            version = i32("the version");
            if (version == 1) {
                throw error(4, "GGUF version 1 is not supported (only versions 2 and 3)");
            }
            if (version != 2 && version != 3) {
                String hint = (version & 0xFFFF) == 0 ? " (a big-endian file?)" : "";
                throw error(4, "unsupported GGUF version " + Integer.toUnsignedString(version) + hint
                        + "; this reader supports versions 2 and 3");
            }
            long tensorCountAt = pos;
            long tensorCount = i64("the tensor count");
            long kvCountAt = pos;
            long kvCount = i64("the metadata count");
            // Each tensor entry takes at least 24 bytes, each metadata entry at least 13.
            if (tensorCount < 0 || tensorCount > left() / 24) {
                throw error(tensorCountAt, "tensor count " + Long.toUnsignedString(tensorCount)
                        + " cannot fit in the " + left() + " bytes left in the file");
            }
            if (kvCount < 0 || kvCount > left() / 13) {
                throw error(kvCountAt, "metadata count " + Long.toUnsignedString(kvCount)
                        + " cannot fit in the " + left() + " bytes left in the file");
            }

            // metadata
            for (long i = 0; i < kvCount; i++) {
                long keyAt = pos;
                String key = new String(string("the key of metadata entry " + i), StandardCharsets.UTF_8);
                if (key.isEmpty()) {
                    throw error(keyAt, "metadata entry " + i + " has an empty key");
                }
                if (metadata.containsKey(key)) {
                    throw error(keyAt, "duplicate metadata key " + quote(key));
                }
                long typeAt = pos;
                int typeId = i32("the value type of key " + quote(key));
                GgufType type = GgufType.byId(typeId).orElseThrow(
                        () -> error(typeAt, "unknown value type " + typeId + " of key " + quote(key)));
                valueOffsets.put(key, typeAt);
                metadata.put(key, value(type, key));
            }

            GgufValue align = metadata.get(ALIGNMENT_KEY);
            if (align != null) {
                long at = valueOffsets.get(ALIGNMENT_KEY);
                if (align.type() != GgufType.UINT32) {
                    throw error(at, "'" + ALIGNMENT_KEY + "' must be a UINT32 but is a " + align.type());
                }
                long a = align.asLong();
                if (a == 0 || (a & (a - 1)) != 0) {
                    throw error(at, "alignment " + a + " is not a power of 2");
                }
                alignment = a;
            }

            // tensor table
            if (tensorCount > left() / 24) {
                throw error(tensorCountAt, "tensor count " + tensorCount + " cannot fit in the " + left()
                        + " bytes left after the metadata");
            }
            List<long[]> pending = new ArrayList<>();  // per tensor: entry offset, offset field offset
            List<Object[]> raw = new ArrayList<>();
            Map<String, Boolean> names = new HashMap<>();
            for (long i = 0; i < tensorCount; i++) {
                long entryAt = pos;
                String name = new String(string("the name of tensor " + i), StandardCharsets.UTF_8);
                if (names.put(name, Boolean.TRUE) != null) {
                    throw error(entryAt, "duplicate tensor name " + quote(name));
                }
                long dimsAt = pos;
                long nDims = i32("the dimension count of tensor " + quote(name)) & 0xFFFF_FFFFL;
                if (nDims > MAX_DIMS) {
                    throw error(dimsAt, "tensor " + quote(name) + " has " + nDims + " dimensions; at most "
                            + MAX_DIMS + " are allowed");
                }
                long[] shape = new long[(int) nDims];
                long elements = 1;
                for (int d = 0; d < nDims; d++) {
                    long dimAt = pos;
                    shape[d] = i64("dimension " + d + " of tensor " + quote(name));
                    if (shape[d] < 0) {
                        throw error(dimAt, "dimension " + d + " of tensor " + quote(name) + " is negative ("
                                + shape[d] + ", or " + Long.toUnsignedString(shape[d]) + " unsigned)");
                    }
                    long product = mulNonNegative(elements, shape[d]);
                    if (product < 0) {
                        throw error(dimAt, "tensor " + quote(name) + " has more than 2^63-1 elements "
                                + "(the product of its dimensions overflows)");
                    }
                    elements = product;
                }
                long typeAt = pos;
                int typeId = i32("the type of tensor " + quote(name));
                if (typeId < 0) {
                    throw error(typeAt, "tensor " + quote(name) + " has the negative ggml type id " + typeId);
                }
                GgmlType type = GgmlType.byId(typeId).orElse(null);
                long byteSize = -1;
                if (type != null) {
                    long ne0 = nDims > 0 ? shape[0] : 1;
                    if (ne0 % type.blockSize() != 0) {
                        throw error(typeAt, "tensor " + quote(name) + " of type " + type.ggmlName() + " has " + ne0
                                + " elements per row, not a multiple of the block size " + type.blockSize());
                    }
                    byteSize = mulNonNegative(elements / type.blockSize(), type.typeSize());
                    if (byteSize < 0) {
                        throw error(typeAt, "the size in bytes of tensor " + quote(name) + " overflows");
                    }
                }
                long offsetAt = pos;
                long offset = i64("the data offset of tensor " + quote(name));
                if (offset < 0) {
                    throw error(offsetAt, "data offset " + Long.toUnsignedString(offset) + " of tensor "
                            + quote(name) + " is beyond any file");
                }
                if (offset % alignment != 0) {
                    throw error(offsetAt, "data offset " + offset + " of tensor " + quote(name)
                            + " is not a multiple of the alignment " + alignment);
                }
                pending.add(new long[] {entryAt, offsetAt, typeId, offset, elements, byteSize});
                raw.add(new Object[] {name, shape, type});
            }

            // data section
            long aligned = pos + (alignment - pos % alignment) % alignment;
            if (tensorCount > 0 && aligned > size) {
                throw error(pos, "the tensor data section would start at byte " + aligned + " (alignment "
                        + alignment + "), past the end of the file (size " + size + ")");
            }
            dataOffset = aligned <= size ? aligned : pos;
            long dataSize = size - dataOffset;
            for (int i = 0; i < pending.size(); i++) {
                long[] p = pending.get(i);
                Object[] r = raw.get(i);
                String name = (String) r[0];
                long offset = p[3];
                long byteSize = p[5];
                boolean known = r[2] != null;
                if (offset > dataSize || (known && byteSize > dataSize - offset)) {
                    throw error(p[1], "the data of tensor " + quote(name) + " ("
                            + (known ? byteSize + " bytes" : "type " + p[2]) + " at file offset "
                            + (dataOffset + offset) + ") extends past the end of the file (size " + size + ")");
                }
                tensors.add(new GgufTensorInfo(path, p[0], name, (long[]) r[1], p[4], (int) p[2], (GgmlType) r[2],
                        offset, dataOffset, byteSize));
            }
        }

        /** Returns a * b for non-negative operands, or -1 when it overflows 63 bits. */
        private static long mulNonNegative(long a, long b) {
            long hi = Math.multiplyHigh(a, b);
            long lo = a * b;
            return hi != 0 || lo < 0 ? -1 : lo;
        }

        GgufValue value(GgufType type, String key) {
            String what = "the value of key " + quote(key);
            return switch (type) {
                case UINT8, INT8, BOOL -> {
                    int b = u8(what);
                    yield new GgufValue(type, type == GgufType.INT8 ? (byte) b : b, null);
                }
                case UINT16 -> new GgufValue(type, i16(what) & 0xFFFFL, null);
                case INT16 -> new GgufValue(type, i16(what), null);
                case UINT32 -> new GgufValue(type, i32(what) & 0xFFFF_FFFFL, null);
                case INT32 -> new GgufValue(type, i32(what), null);
                case FLOAT32 -> new GgufValue(type, i32(what) & 0xFFFF_FFFFL, null);
                case UINT64, INT64, FLOAT64 -> new GgufValue(type, i64(what), null);
                case STRING -> new GgufValue(type, 0, string(what));
                case ARRAY -> new GgufValue(type, 0, array(key, 1));
            };
        }

        GgufArray array(String key, int depth) {
            long at = pos;
            if (depth > MAX_ARRAY_DEPTH) {
                throw error(at, "arrays nested more than " + MAX_ARRAY_DEPTH + " deep in the value of key " + quote(key));
            }
            String what = "an array in the value of key " + quote(key);
            int typeId = i32("the element type of " + what);
            GgufType et = GgufType.byId(typeId).orElseThrow(
                    () -> error(at, "unknown element type " + typeId + " of " + what));
            long countAt = pos;
            long count = i64("the element count of " + what);
            int min = et.minEncodedSize();
            if (count < 0 || count > left() / min) {
                throw error(countAt, "element count " + Long.toUnsignedString(count) + " of " + what + " (type " + et
                        + ") needs at least " + (count < 0 || count > Long.MAX_VALUE / min ? "more than 2^63"
                        : Long.toString(count * min)) + " bytes but only " + left() + " remain");
            }
            if (count > MAX_JAVA_ARRAY) {
                throw error(countAt, "element count " + count + " of " + what + " is too large for this reader");
            }
            int n = (int) count;
            Object data;
            switch (et) {
                case UINT8, INT8, BOOL -> {
                    byte[] a = new byte[n];
                    MemorySegment.copy(seg, ValueLayout.JAVA_BYTE, pos, a, 0, n);
                    data = a;
                }
                case UINT16, INT16 -> {
                    short[] a = new short[n];
                    MemorySegment.copy(seg, SHORT, pos, a, 0, n);
                    data = a;
                }
                case UINT32, INT32 -> {
                    int[] a = new int[n];
                    MemorySegment.copy(seg, INT, pos, a, 0, n);
                    data = a;
                }
                case FLOAT32 -> {
                    float[] a = new float[n];
                    MemorySegment.copy(seg, FLOAT, pos, a, 0, n);
                    data = a;
                }
                case UINT64, INT64 -> {
                    long[] a = new long[n];
                    MemorySegment.copy(seg, LONG, pos, a, 0, n);
                    data = a;
                }
                case FLOAT64 -> {
                    double[] a = new double[n];
                    MemorySegment.copy(seg, DOUBLE, pos, a, 0, n);
                    data = a;
                }
                case STRING -> {
                    return strings(n, what);
                }
                case ARRAY -> {
                    GgufArray[] a = new GgufArray[n];
                    for (int i = 0; i < n; i++) {
                        a[i] = array(key, depth + 1);
                    }
                    return new GgufArray(et, n, a, null);
                }
                default -> throw new AssertionError(et);
            }
            pos += (long) n * et.fixedSize();
            return new GgufArray(et, n, data, null);
        }

        /** Reads n strings: a first pass checks every length, a second copies the bytes. */
        GgufArray strings(int n, String what) {
            int[] offsets = new int[n + 1];
            long p = pos;
            long total = 0;
            for (int i = 0; i < n; i++) {
                if (size - p < 8) {
                    throw error(p, "file truncated: the length of string " + i + " of " + what
                            + " needs 8 bytes but only " + (size - p) + " remain");
                }
                long len = seg.get(LONG, p);
                p += 8;
                if (len < 0 || len > size - p) {
                    throw error(p - 8, "string length " + Long.toUnsignedString(len) + " of string " + i + " of "
                            + what + " exceeds the " + (size - p) + " bytes left in the file");
                }
                offsets[i] = (int) total;
                total += len;
                if (total > MAX_JAVA_ARRAY) {
                    throw error(p - 8, "the strings of " + what + " total more than " + MAX_JAVA_ARRAY
                            + " bytes, too many for this reader");
                }
                p += len;
            }
            offsets[n] = (int) total;
            byte[] blob = new byte[(int) total];
            for (int i = 0; i < n; i++) {
                int len = offsets[i + 1] - offsets[i];
                MemorySegment.copy(seg, ValueLayout.JAVA_BYTE, pos + 8, blob, offsets[i], len);
                pos += 8 + len;
            }
            return new GgufArray(GgufType.STRING, n, blob, offsets);
        }
    }

    /** Quotes a key or name for a message: at most 80 characters, control characters escaped. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("'");
        int limit = Math.min(s.length(), 80);
        for (int i = 0; i < limit; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                sb.append(String.format("\\x%02x", (int) c));
            } else {
                sb.append(c);
            }
        }
        if (s.length() > limit) {
            sb.append("...(").append(s.length()).append(" chars)");
        }
        return sb.append('\'').toString();
    }

    private static String printable(MemorySegment seg, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(n, seg.byteSize()); i++) {
            int c = seg.get(ValueLayout.JAVA_BYTE, i) & 0xFF;
            sb.append(c >= 0x20 && c < 0x7F ? (char) c : '?');
        }
        return sb.toString();
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
     * @throws GgufFormatException when the key is present but not a string
     */
    public Optional<String> architecture() {
        return findString(ARCHITECTURE_KEY);
    }

    private GgufValue require(String key) {
        GgufValue v = metadata.get(Objects.requireNonNull(key, "key"));
        if (v == null) {
            throw new NoSuchElementException(path + ": no metadata key " + quote(key));
        }
        return v;
    }

    private GgufFormatException typeError(String key, GgufValue v, String wanted) {
        return new GgufFormatException(path, valueOffsets.getOrDefault(key, -1L),
                "metadata key " + quote(key) + " is a " + v.type() + ", not " + wanted);
    }

    private String asString(String key, GgufValue v) {
        if (v.type() != GgufType.STRING) {
            throw typeError(key, v, "a string");
        }
        return v.asString();
    }

    private long asLong(String key, GgufValue v) {
        if (!v.type().isInteger()) {
            throw typeError(key, v, "an integer");
        }
        long l = v.asLong();
        if (v.type() == GgufType.UINT64 && l < 0) {
            throw new GgufFormatException(path, valueOffsets.getOrDefault(key, -1L), "metadata key " + quote(key)
                    + " = " + Long.toUnsignedString(l) + " does not fit in a long");
        }
        return l;
    }

    private int asInt(String key, GgufValue v) {
        long l = asLong(key, v);
        if (l != (int) l) {
            throw new GgufFormatException(path, valueOffsets.getOrDefault(key, -1L), "metadata key " + quote(key)
                    + " = " + l + " does not fit in an int");
        }
        return (int) l;
    }

    private double asDouble(String key, GgufValue v) {
        if (!v.type().isFloatingPoint()) {
            throw typeError(key, v, "a floating point number");
        }
        return v.asDouble();
    }

    private boolean asBool(String key, GgufValue v) {
        if (v.type() != GgufType.BOOL) {
            throw typeError(key, v, "a boolean");
        }
        return v.asBoolean();
    }

    private GgufArray asArray(String key, GgufValue v) {
        if (v.type() != GgufType.ARRAY) {
            throw typeError(key, v, "an array");
        }
        return v.asArray();
    }

    /**
     * Returns a string value.
     *
     * @param key the key
     * @return the string, decoded from UTF-8
     * @throws NoSuchElementException when the key is absent
     * @throws GgufFormatException    when the value is not a string
     */
    public String getString(String key) {
        return asString(key, require(key));
    }

    /**
     * Returns an integer value of any integer type that fits an {@code int}.
     *
     * @param key the key
     * @return the value
     * @throws NoSuchElementException when the key is absent
     * @throws GgufFormatException    when the value is not an integer or does not fit in an {@code int}
     */
    public int getInt(String key) {
        return asInt(key, require(key));
    }

    /**
     * Returns an integer value of any integer type that fits a {@code long}.
     *
     * @param key the key
     * @return the value
     * @throws NoSuchElementException when the key is absent
     * @throws GgufFormatException    when the value is not an integer or is a UINT64 above
     *                                {@link Long#MAX_VALUE}
     */
    public long getLong(String key) {
        return asLong(key, require(key));
    }

    /**
     * Returns a FLOAT32 or FLOAT64 value as a {@code float}.
     *
     * @param key the key
     * @return the value (a FLOAT64 rounded to {@code float})
     * @throws NoSuchElementException when the key is absent
     * @throws GgufFormatException    when the value is not a floating point number
     */
    public float getFloat(String key) {
        return (float) asDouble(key, require(key));
    }

    /**
     * Returns a FLOAT32 or FLOAT64 value as a {@code double}.
     *
     * @param key the key
     * @return the value
     * @throws NoSuchElementException when the key is absent
     * @throws GgufFormatException    when the value is not a floating point number
     */
    public double getDouble(String key) {
        return asDouble(key, require(key));
    }

    /**
     * Returns a boolean value.
     *
     * @param key the key
     * @return the value
     * @throws NoSuchElementException when the key is absent
     * @throws GgufFormatException    when the value is not a boolean
     */
    public boolean getBool(String key) {
        return asBool(key, require(key));
    }

    /**
     * Returns an array value.
     *
     * @param key the key
     * @return the array
     * @throws NoSuchElementException when the key is absent
     * @throws GgufFormatException    when the value is not an array
     */
    public GgufArray getArray(String key) {
        return asArray(key, require(key));
    }

    /**
     * Finds a string value.
     *
     * @param key the key
     * @return the string, or empty when the key is absent
     * @throws GgufFormatException when the key is present but not a string
     */
    public Optional<String> findString(String key) {
        GgufValue v = metadata.get(key);
        return v == null ? Optional.empty() : Optional.of(asString(key, v));
    }

    /**
     * Finds an integer value that fits an {@code int}.
     *
     * @param key the key
     * @return the value, or empty when the key is absent
     * @throws GgufFormatException when the key is present but not an integer or out of range
     */
    public OptionalInt findInt(String key) {
        GgufValue v = metadata.get(key);
        return v == null ? OptionalInt.empty() : OptionalInt.of(asInt(key, v));
    }

    /**
     * Finds an integer value that fits a {@code long}.
     *
     * @param key the key
     * @return the value, or empty when the key is absent
     * @throws GgufFormatException when the key is present but not an integer or out of range
     */
    public OptionalLong findLong(String key) {
        GgufValue v = metadata.get(key);
        return v == null ? OptionalLong.empty() : OptionalLong.of(asLong(key, v));
    }

    /**
     * Finds a FLOAT32 or FLOAT64 value.
     *
     * @param key the key
     * @return the value as a {@code float}, or empty when the key is absent
     * @throws GgufFormatException when the key is present but not a floating point number
     */
    public Optional<Float> findFloat(String key) {
        GgufValue v = metadata.get(key);
        return v == null ? Optional.empty() : Optional.of((float) asDouble(key, v));
    }

    /**
     * Finds a boolean value.
     *
     * @param key the key
     * @return the value, or empty when the key is absent
     * @throws GgufFormatException when the key is present but not a boolean
     */
    public Optional<Boolean> findBool(String key) {
        GgufValue v = metadata.get(key);
        return v == null ? Optional.empty() : Optional.of(asBool(key, v));
    }

    /**
     * Finds an array value.
     *
     * @param key the key
     * @return the array, or empty when the key is absent
     * @throws GgufFormatException when the key is present but not an array
     */
    public Optional<GgufArray> findArray(String key) {
        GgufValue v = metadata.get(key);
        return v == null ? Optional.empty() : Optional.of(asArray(key, v));
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
     * @throws GgufFormatException      when the tensor's type is unknown, so its size is unknown
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
     * @throws GgufFormatException    when the tensor's type is unknown, so its size is unknown
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
     * @throws GgufFormatException    when the tensor's type is unknown
     * @throws IllegalStateException  when this file is closed or the tensor is larger than a Java
     *                                array can hold (use {@link #tensorData(String)})
     */
    public byte[] readTensorBytes(String name) {
        MemorySegment data = tensorData(name);
        if (data.byteSize() > MAX_JAVA_ARRAY) {
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
        if (t.elementCount() > MAX_JAVA_ARRAY) {
            throw new IllegalStateException("tensor " + quote(name) + " has " + t.elementCount()
                    + " elements, too many for a float[]; use tensorData");
        }
        MemorySegment data = tensorData(t);
        int n = (int) t.elementCount();
        float[] out = new float[n];
        switch (type) {
            case F32 -> MemorySegment.copy(data, FLOAT, 0, out, 0, n);
            case F16 -> {
                for (int i = 0; i < n; i++) {
                    out[i] = Float.float16ToFloat(data.get(SHORT, 2L * i));
                }
            }
            case BF16 -> {
                for (int i = 0; i < n; i++) {
                    out[i] = Float.intBitsToFloat((data.get(SHORT, 2L * i) & 0xFFFF) << 16);
                }
            }
            default -> {
                for (int i = 0; i < n; i++) {
                    out[i] = (float) data.get(DOUBLE, 8L * i);
                }
            }
        }
        return out;
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
