package io.github.llamaffm.gguf;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parser behind {@link GgufFile#read}: maps a file and walks it once (header, metadata, tensor
 * table), checking every length, count, type id and offset against the bytes that remain before
 * it allocates or reads anything, and keeps what it found for the {@code GgufFile} it builds. Apart
 * from the public reader so that the byte-level checks, each of which names the offset where a
 * file went wrong, are in one place and the reader is a plain facade over their result. One
 * instance reads one file, on one thread.
 */
final class GgufParser {
    /** The largest Java array this reader allocates. */
    static final int MAX_JAVA_ARRAY = Integer.MAX_VALUE - 16;

    final Path path;
    final MemorySegment seg;
    final long size;
    long pos;
    int version;
    long alignment = GgufFile.DEFAULT_ALIGNMENT;
    long dataOffset;
    final Map<String, GgufValue> metadata = new LinkedHashMap<>();
    final Map<String, Long> valueOffsets = new HashMap<>();
    final List<GgufTensorInfo> tensors = new ArrayList<>();
    final Map<String, GgufTensorInfo> tensorsByName = new HashMap<>();

    private GgufParser(Path path, MemorySegment seg) {
        this.path = path;
        this.seg = seg;
        this.size = seg.byteSize();
    }

    /**
     * Maps a file read-only and parses its header, metadata and tensor table.
     *
     * @param path  the file
     * @param arena the arena that owns the mapping; the caller closes it
     * @return the parser, holding what it read and the mapping
     * @throws IOException         when the file cannot be opened or mapped
     * @throws GgufFormatException when the file is not valid GGUF (version 2 or 3)
     */
    static GgufParser parse(Path path, Arena arena) throws IOException {
        MemorySegment seg;
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = ch.size();
            seg = size == 0 ? MemorySegment.NULL : ch.map(FileChannel.MapMode.READ_ONLY, 0, size, arena);
        }
        GgufParser p = new GgufParser(path, seg);
        try {
            p.parse();
        } catch (IndexOutOfBoundsException | ArithmeticException | IllegalArgumentException e) {
            // A safety net: the checks should make these impossible.
            throw new GgufFormatException(path, p.pos, "malformed file (" + e + ")", e);
        }
        return p;
    }

    GgufFormatException error(long at, String problem) {
        return new GgufFormatException(path, at, problem);
    }

    long left() {
        return size - pos;
    }

    void need(long n, String what) throws GgufFormatException {
        if (n > size - pos) {
            throw error(pos, "file truncated: " + what + " needs " + n + " bytes but only " + (size - pos)
                    + " remain (file size " + size + ")");
        }
    }

    int u8(String what) throws GgufFormatException {
        need(1, what);
        return seg.get(ValueLayout.JAVA_BYTE, pos++) & 0xFF;
    }

    short i16(String what) throws GgufFormatException {
        need(2, what);
        short v = seg.get(LittleEndian.SHORT, pos);
        pos += 2;
        return v;
    }

    int i32(String what) throws GgufFormatException {
        need(4, what);
        int v = seg.get(LittleEndian.INT, pos);
        pos += 4;
        return v;
    }

    long i64(String what) throws GgufFormatException {
        need(8, what);
        long v = seg.get(LittleEndian.LONG, pos);
        pos += 8;
        return v;
    }

    byte[] string(String what) throws GgufFormatException {
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

    private void parse() throws GgufFormatException {
        // header
        need(4, "the magic 'GGUF'");
        int magic = seg.get(LittleEndian.INT, 0);
        if (magic != GgufFile.MAGIC) {
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

        GgufValue align = metadata.get(GgufFile.ALIGNMENT_KEY);
        if (align != null) {
            long at = valueOffsets.get(GgufFile.ALIGNMENT_KEY);
            if (align.type() != GgufType.UINT32) {
                throw error(at, "'" + GgufFile.ALIGNMENT_KEY + "' must be a UINT32 but is a " + align.type());
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
            if (nDims > GgufFile.MAX_DIMS) {
                throw error(dimsAt, "tensor " + quote(name) + " has " + nDims + " dimensions; at most "
                        + GgufFile.MAX_DIMS + " are allowed");
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
            GgufTensorInfo t = new GgufTensorInfo(path, p[0], name, (long[]) r[1], p[4], (int) p[2], (GgmlType) r[2],
                    offset, dataOffset, byteSize);
            tensors.add(t);
            tensorsByName.put(name, t);
        }
    }

    /** Returns a * b for non-negative operands, or -1 when it overflows 63 bits. */
    private static long mulNonNegative(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        return hi != 0 || lo < 0 ? -1 : lo;
    }

    GgufValue value(GgufType type, String key) throws GgufFormatException {
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

    GgufArray array(String key, int depth) throws GgufFormatException {
        long at = pos;
        if (depth > GgufFile.MAX_ARRAY_DEPTH) {
            throw error(at, "arrays nested more than " + GgufFile.MAX_ARRAY_DEPTH + " deep in the value of key " + quote(key));
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
        if (et == GgufType.STRING) {
            return strings(n, what);
        }
        if (et == GgufType.ARRAY) {
            GgufArray[] a = new GgufArray[n];
            for (int i = 0; i < n; i++) {
                a[i] = array(key, depth + 1);
            }
            return new GgufArray(new ArrayStorage(et, n, a, null));
        }
        GgufArray a = new GgufArray(ArrayStorage.read(seg, pos, et, n));
        pos += (long) n * et.fixedSize();
        return a;
    }

    /** Reads n strings: a first pass checks every length, a second copies the bytes. */
    GgufArray strings(int n, String what) throws GgufFormatException {
        int[] offsets = new int[n + 1];
        long p = pos;
        long total = 0;
        for (int i = 0; i < n; i++) {
            if (size - p < 8) {
                throw error(p, "file truncated: the length of string " + i + " of " + what
                        + " needs 8 bytes but only " + (size - p) + " remain");
            }
            long len = seg.get(LittleEndian.LONG, p);
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
        return new GgufArray(new ArrayStorage(GgufType.STRING, n, blob, offsets));
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
}
