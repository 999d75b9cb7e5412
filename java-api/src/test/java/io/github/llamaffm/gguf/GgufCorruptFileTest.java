package io.github.llamaffm.gguf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged and hostile files: each must end in a {@link GgufFormatException} naming the file and
 * the offset, and never in any other exception or error.
 */
class GgufCorruptFileTest {
    @TempDir
    Path dir;

    /** Little-endian byte builder for hand-made files. */
    static final class Raw {
        private ByteBuffer b = ByteBuffer.allocate(1 << 10).order(ByteOrder.LITTLE_ENDIAN);

        private void room(int n) {
            if (b.remaining() < n) {
                ByteBuffer bigger = ByteBuffer.allocate(Math.max(2 * b.capacity(), b.position() + n)).order(ByteOrder.LITTLE_ENDIAN);
                b.flip();
                bigger.put(b);
                b = bigger;
            }
        }

        Raw bytes(byte[] v) {
            room(v.length);
            b.put(v);
            return this;
        }

        Raw u8(int v) {
            room(1);
            b.put((byte) v);
            return this;
        }

        Raw i32(int v) {
            room(4);
            b.putInt(v);
            return this;
        }

        Raw i64(long v) {
            room(8);
            b.putLong(v);
            return this;
        }

        Raw str(String s) {
            byte[] v = s.getBytes(StandardCharsets.UTF_8);
            return i64(v.length).bytes(v);
        }

        /** Magic, version, tensor count, metadata count. */
        static Raw header(int version, long tensors, long kvs) {
            return new Raw().bytes("GGUF".getBytes(StandardCharsets.US_ASCII)).i32(version).i64(tensors).i64(kvs);
        }

        /** A tensor table entry. */
        Raw tensor(String name, int type, long offset, long... dims) {
            str(name).i32(dims.length);
            for (long d : dims) {
                i64(d);
            }
            return i32(type).i64(offset);
        }

        Raw padTo(int alignment) {
            while (b.position() % alignment != 0) {
                u8(0);
            }
            return this;
        }

        Raw zeros(int n) {
            return bytes(new byte[n]);
        }

        int size() {
            return b.position();
        }

        byte[] toArray() {
            return Arrays.copyOf(b.array(), b.position());
        }
    }

    private int counter;

    private Path file(byte[] content) throws IOException {
        Path p = dir.resolve("case-" + (counter++) + ".gguf");
        Files.write(p, content);
        return p;
    }

    /** Reads the bytes and expects a format error whose message has all the fragments. */
    private GgufFormatException expectError(byte[] content, String... fragments) throws IOException {
        Path p = file(content);
        GgufFormatException e = assertThrows(GgufFormatException.class, () -> {
            try (GgufFile f = GgufFile.read(p)) {
                fail("read a bad file: " + f);
            }
        });
        assertNull(e.getCause(), () -> "found by a check, not by the safety net: " + e);
        assertTrue(e.getMessage().startsWith(p.toString() + ": at byte "), e.getMessage());
        assertEquals(p.toString(), e.file());
        assertTrue(e.offset() >= 0 && e.offset() <= content.length, e.getMessage());
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), () -> "'" + f + "' not in: " + e.getMessage());
        }
        Files.delete(p);
        return e;
    }

    private static byte[] validSmallFile(Path dir) throws IOException {
        Path p = dir.resolve("valid.gguf");
        new GgufWriter()
                .putString("general.architecture", "llama")
                .putUInt32("llama.block_count", 1)
                .putFloat32("llama.rope.freq_base", 10000f)
                .putBool("b", true)
                .putInt64("i64", -5)
                .putArray("tokens", GgufArray.ofStrings("a", "bc", ""))
                .putArray("scores", GgufArray.ofFloat32(0f, -1f, -2f))
                .putArray("nested", GgufArray.ofArrays(List.of(GgufArray.ofUInt16((short) 1), GgufArray.ofStrings("z"))))
                .addTensor("norm", GgmlType.F32, new long[] {5}, new float[] {1, 2, 3, 4, 5})
                .addTensor("q", GgmlType.Q8_0, new long[] {32, 2}, new byte[68])
                .addTensor("h", GgmlType.F16, new long[] {3}, new float[] {1, 2, 3})
                .write(p);
        byte[] b = Files.readAllBytes(p);
        Files.delete(p);
        return b;
    }

    @Test
    void everyTruncationFails() throws IOException {
        byte[] full = validSmallFile(dir);
        long dataEnd;
        Path whole = file(full);
        try (GgufFile f = GgufFile.read(whole)) {
            dataEnd = f.tensors().stream().mapToLong(t -> t.fileOffset() + t.byteSize()).max().orElseThrow();
        }
        assertTrue(dataEnd < full.length, "the last tensor is padded");
        for (int len = 0; len < full.length; len++) {
            byte[] prefix = Arrays.copyOf(full, len);
            if (len < dataEnd) {
                expectError(prefix);
            } else {
                // Only padding after the last tensor is missing: the file is still complete.
                Path p = file(prefix);
                try (GgufFile f = GgufFile.read(p)) {
                    assertEquals(3, f.tensors().size());
                }
            }
        }
    }

    @Test
    void randomCorruptionFailsCleanly() throws IOException {
        byte[] full = validSmallFile(dir);
        SplittableRandom r = new SplittableRandom(1234);
        int errors = 0;
        for (int i = 0; i < 3000; i++) {
            byte[] bad = full.clone();
            int flips = 1 + r.nextInt(4);
            for (int k = 0; k < flips; k++) {
                int at = r.nextInt(Math.min(bad.length, 400));
                bad[at] = switch (r.nextInt(4)) {
                    case 0 -> (byte) 0xFF;
                    case 1 -> (byte) 0x7F;
                    case 2 -> (byte) 0;
                    default -> (byte) r.nextInt(256);
                };
            }
            Path p = file(bad);
            try (GgufFile f = GgufFile.read(p)) {
                // Still valid (a changed value or name): everything must be readable.
                f.metadata().values().forEach(Object::toString);
                for (GgufTensorInfo t : f.tensors()) {
                    if (t.type().isPresent()) {
                        f.readTensorBytes(t.name());
                    }
                }
            } catch (GgufFormatException e) {
                assertNull(e.getCause(), () -> "found by the safety net: " + e);
                errors++;
            }
            Files.delete(p);
        }
        assertTrue(errors > 1000, errors + " of 3000 corruptions detected");
    }

    @Test
    void badHeaders() throws IOException {
        expectError(new byte[0], "truncated", "magic");
        expectError("GGU".getBytes(StandardCharsets.US_ASCII), "truncated");
        expectError(new Raw().bytes("GGML".getBytes(StandardCharsets.US_ASCII)).i32(3).i64(0).i64(0).toArray(),
                "not a GGUF file", "'GGML'");
        expectError(new Raw().bytes(new byte[] {0, 1, 2, 3}).i32(3).i64(0).i64(0).toArray(), "'????'");
        expectError(Raw.header(1, 0, 0).toArray(), "version 1 is not supported");
        expectError(Raw.header(0, 0, 0).toArray(), "unsupported GGUF version 0");
        expectError(Raw.header(4, 0, 0).toArray(), "unsupported GGUF version 4");
        expectError(Raw.header(0x03000000, 0, 0).toArray(), "big-endian");
        expectError(new Raw().bytes("GGUF".getBytes(StandardCharsets.US_ASCII)).i32(3).i64(0).toArray(), "truncated",
                "metadata count");
        GgufFormatException e = expectError(Raw.header(3, -1, 0).toArray(), "tensor count 18446744073709551615");
        assertEquals(8, e.offset());
        expectError(Raw.header(3, 1L << 40, 0).toArray(), "tensor count");
        e = expectError(Raw.header(3, 0, -1).toArray(), "metadata count 18446744073709551615");
        assertEquals(16, e.offset());
        expectError(Raw.header(3, 0, 1L << 40).zeros(100).toArray(), "metadata count 1099511627776", "100 bytes");
        expectError(Raw.header(3, 0, 1).toArray(), "metadata count 1");
    }

    @Test
    void hostileStrings() throws IOException {
        GgufFormatException e = expectError(Raw.header(3, 0, 1).i64(Long.MAX_VALUE).zeros(20).toArray(),
                "string length 9223372036854775807", "key of metadata entry 0");
        assertEquals(24, e.offset());
        expectError(Raw.header(3, 0, 1).i64(-1).zeros(20).toArray(), "string length 18446744073709551615");
        expectError(Raw.header(3, 0, 1).i64(21).zeros(20).toArray(), "string length 21", "20 bytes left");
        expectError(Raw.header(3, 0, 1).str("k").i32(8).i64(Long.MAX_VALUE - 3).toArray(), "string length",
                "value of key 'k'");
        expectError(Raw.header(3, 0, 1).str("").i32(4).i32(0).toArray(), "empty key");
        expectError(Raw.header(3, 0, 2).str("k").i32(4).i32(0).str("k").i32(4).i32(0).toArray(), "duplicate metadata key 'k'");
        expectError(Raw.header(3, 0, 1).str("k\u0001" + "x".repeat(200)).i32(4).toArray(), "'k\\x01xxx", "chars)");
    }

    @Test
    void hostileValueTypes() throws IOException {
        GgufFormatException e = expectError(Raw.header(3, 0, 1).str("k").i32(13).zeros(8).toArray(), "unknown value type 13");
        assertEquals(24 + 9, e.offset());
        expectError(Raw.header(3, 0, 1).str("k").i32(-1).zeros(8).toArray(), "unknown value type -1");
        expectError(Raw.header(3, 0, 1).str("k").i32(4).toArray(), "truncated", "value of key 'k'");
        expectError(Raw.header(3, 0, 1).str("k").i32(12).i32(0).toArray(), "truncated");
    }

    @Test
    void hostileArrays() throws IOException {
        expectError(Raw.header(3, 0, 1).str("k").i32(9).i32(4).i64(-1).zeros(16).toArray(),
                "element count 18446744073709551615", "more than 2^63");
        expectError(Raw.header(3, 0, 1).str("k").i32(9).i32(4).i64(1L << 62).zeros(16).toArray(), "element count 4611686018427387904");
        expectError(Raw.header(3, 0, 1).str("k").i32(9).i32(4).i64(5).zeros(16).toArray(),
                "element count 5", "needs at least 20 bytes but only 16 remain");
        expectError(Raw.header(3, 0, 1).str("k").i32(9).i32(12).i64(3).zeros(16).toArray(), "needs at least 24 bytes");
        expectError(Raw.header(3, 0, 1).str("k").i32(9).i32(8).i64(3).zeros(16).toArray(), "element count 3", "STRING");
        expectError(Raw.header(3, 0, 1).str("k").i32(9).i32(8).i64(2).str("ok").i64(1L << 40).zeros(30).toArray(),
                "string length 1099511627776 of string 1");
        expectError(Raw.header(3, 0, 1).str("k").i32(9).i32(99).i64(0).toArray(), "unknown element type 99");
        expectError(Raw.header(3, 0, 1).str("k").i32(9).i32(-7).i64(0).toArray(), "unknown element type -7");
        expectError(Raw.header(3, 0, 1).str("k").i32(9).i32(9).i64(2).i32(4).i64(1).i32(0).i32(4).i64(1000).toArray(),
                "element count 1000");
        // arrays nested 100000 deep: refused, no StackOverflowError
        Raw deep = Raw.header(3, 0, 1).str("k").i32(9);
        for (int i = 0; i < 100_000; i++) {
            deep.i32(9).i64(1);
        }
        deep.i32(4).i64(0);
        expectError(deep.toArray(), "nested more than 32 deep");
    }

    @Test
    void hostileAlignment() throws IOException {
        expectError(Raw.header(3, 0, 1).str(GgufFile.ALIGNMENT_KEY).i32(8).str("32").toArray(), "must be a UINT32", "STRING");
        expectError(Raw.header(3, 0, 1).str(GgufFile.ALIGNMENT_KEY).i32(10).i64(32).toArray(), "must be a UINT32", "UINT64");
        expectError(Raw.header(3, 0, 1).str(GgufFile.ALIGNMENT_KEY).i32(4).i32(0).toArray(), "alignment 0 is not a power of 2");
        expectError(Raw.header(3, 0, 1).str(GgufFile.ALIGNMENT_KEY).i32(4).i32(24).toArray(), "alignment 24");
        expectError(Raw.header(3, 0, 1).str(GgufFile.ALIGNMENT_KEY).i32(4).i32(-1).toArray(), "alignment 4294967295");
    }

    /** A file with one tensor entry (built by {@code entry}) and {@code data} bytes of data. */
    private static byte[] oneTensor(java.util.function.Consumer<Raw> entry, int data) {
        Raw r = Raw.header(3, 1, 0);
        entry.accept(r);
        return r.padTo(32).zeros(data).toArray();
    }

    @Test
    void hostileTensors() throws IOException {
        // sanity: the builder makes a valid file
        Path ok = file(oneTensor(r -> r.tensor("t", 0, 0, 4, 2), 32));
        try (GgufFile f = GgufFile.read(ok)) {
            assertEquals(32, f.tensors().get(0).byteSize());
        }
        expectError(oneTensor(r -> r.tensor("t", 0, 0, 1, 1, 1, 1, 1), 32), "has 5 dimensions");
        expectError(oneTensor(r -> r.str("t").i32(-1).i32(0).i64(0), 32), "has 4294967295 dimensions");
        GgufFormatException e = expectError(oneTensor(r -> r.tensor("t", 0, 0, 4, -2), 32), "dimension 1", "is negative");
        assertEquals(24 + 9 + 4 + 8, e.offset());
        expectError(oneTensor(r -> r.tensor("t", 0, 0, 1L << 32, 1L << 32), 32), "more than 2^63-1 elements");
        expectError(oneTensor(r -> r.tensor("t", 0, 0, 1L << 16, 1L << 16, 1L << 16, 1L << 16), 32), "overflows");
        expectError(oneTensor(r -> r.tensor("t", 0, 0, Long.MAX_VALUE, 2), 32), "more than 2^63-1");
        expectError(oneTensor(r -> r.tensor("t", -3, 0, 4), 32), "negative ggml type id -3");
        expectError(oneTensor(r -> r.tensor("t", GgmlType.Q4_0.id(), 0, 33), 32), "not a multiple of the block size 32");
        expectError(oneTensor(r -> r.tensor("t", GgmlType.F64.id(), 0, 1L << 62), 32), "size in bytes", "overflows");
        expectError(oneTensor(r -> r.tensor("t", 0, 1L << 20, 4), 32), "extends past the end of the file");
        expectError(oneTensor(r -> r.tensor("t", 0, 0, 1000), 32), "4000 bytes", "extends past the end");
        expectError(oneTensor(r -> r.tensor("t", 0, -1, 4), 32), "data offset 18446744073709551615");
        expectError(oneTensor(r -> r.tensor("t", 0, Long.MAX_VALUE & ~31L, 4), 32), "extends past the end");
        expectError(oneTensor(r -> r.tensor("t", 0, 4, 4), 64), "not a multiple of the alignment 32");
        expectError(Raw.header(3, 2, 0).tensor("t", 0, 0, 4).tensor("t", 0, 32, 4).padTo(32).zeros(64).toArray(),
                "duplicate tensor name 't'");
        expectError(oneTensor(r -> r.i64(1L << 50).zeros(30), 32), "string length 1125899906842624", "name of tensor 0");
        // a tensor table that claims more entries than the bytes left can hold
        expectError(Raw.header(3, 3, 0).tensor("t", 0, 0, 4).toArray(), "tensor count 3");
        // the data section would start past the end of the file
        expectError(Raw.header(3, 1, 0).tensor("t", 0, 0, 0).toArray(), "data section");
    }

    @Test
    void unknownTensorTypeIsReadableButHasNoSize() throws IOException {
        Path p = file(oneTensor(r -> r.tensor("t", 4, 0, 32), 64));
        try (GgufFile f = GgufFile.read(p)) {
            GgufTensorInfo t = f.tensors().get(0);
            assertEquals("unknown(4)", t.typeName());
            assertTrue(t.type().isEmpty());
            assertEquals(32, t.elementCount());
            GgufValueException e = assertThrows(GgufValueException.class, t::byteSize);
            assertTrue(e.getMessage().contains("ggml type id 4"), e.getMessage());
            assertThrows(GgufValueException.class, () -> f.tensorData(t));
            assertThrows(GgufValueException.class, () -> f.readTensorBytes("t"));
            assertThrows(IllegalArgumentException.class, () -> f.readTensorFloats("t"));
        }
    }

    @Test
    void versionTwoIsRead() throws IOException {
        Path p = file(Raw.header(2, 1, 1).str("general.architecture").i32(8).str("llama").tensor("t", 0, 0, 2).padTo(32)
                .zeros(32).toArray());
        try (GgufFile f = GgufFile.read(p)) {
            assertEquals(2, f.version());
            assertEquals("llama", f.architecture().orElseThrow());
            assertEquals(8, f.tensors().get(0).byteSize());
        }
    }
}
