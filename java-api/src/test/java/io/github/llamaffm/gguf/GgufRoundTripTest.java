package io.github.llamaffm.gguf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes files with {@link GgufWriter} and reads them back with {@link GgufFile}. */
class GgufRoundTripTest {
    @TempDir
    Path dir;

    /** Metadata of every type, with edge values, including nested arrays and arrays of strings. */
    static GgufWriter allTypes() {
        return new GgufWriter()
                .putString("general.architecture", "test")
                .putUInt8("t.u8", 255)
                .putInt8("t.i8", (byte) -128)
                .putUInt16("t.u16", 65535)
                .putInt16("t.i16", (short) -32768)
                .putUInt32("t.u32", 0xFFFF_FFFFL)
                .putInt32("t.i32", Integer.MIN_VALUE)
                .putFloat32("t.f32", -0.0f)
                .putFloat32("t.f32nan", Float.NaN)
                .putBool("t.true", true)
                .putBool("t.false", false)
                .putString("t.str", "héllo ✓ 🦙 \n\t\0end")
                .putString("t.empty", "")
                .putUInt64("t.u64", -1L)
                .putInt64("t.i64", Long.MIN_VALUE)
                .putFloat64("t.f64", Math.PI)
                .putArray("a.u8", GgufArray.ofUInt8((byte) 0, (byte) 255))
                .putArray("a.i8", GgufArray.ofInt8((byte) -1, (byte) 127))
                .putArray("a.u16", GgufArray.ofUInt16((short) 0xFFFF, (short) 1))
                .putArray("a.i16", GgufArray.ofInt16((short) -2, (short) 3))
                .putArray("a.u32", GgufArray.ofUInt32(-1, 7))
                .putArray("a.i32", GgufArray.ofInt32(-5, 6, Integer.MAX_VALUE))
                .putArray("a.f32", GgufArray.ofFloat32(1.5f, Float.NEGATIVE_INFINITY))
                .putArray("a.bool", GgufArray.ofBool(true, false, true))
                .putArray("a.str", GgufArray.ofStrings("a", "", "ü", "<|end|>"))
                .putArray("a.u64", GgufArray.ofUInt64(-1L, 0L))
                .putArray("a.i64", GgufArray.ofInt64(Long.MAX_VALUE, -9))
                .putArray("a.f64", GgufArray.ofFloat64(1e300, -2.5))
                .putArray("a.empty", GgufArray.ofInt32())
                .putArray("a.emptystr", GgufArray.ofStrings(List.of()))
                .putArray("a.nested", GgufArray.ofArrays(List.of(
                        GgufArray.ofInt32(1, 2),
                        GgufArray.ofStrings("x", "yz"),
                        GgufArray.ofArrays(List.of(GgufArray.ofFloat64(0.25))),
                        GgufArray.ofBool())));
    }

    @Test
    void everyMetadataTypeRoundTrips() throws IOException {
        GgufWriter w = allTypes();
        Path file = dir.resolve("all.gguf");
        w.write(file);
        assertEquals(w.fileSize(), Files.size(file));
        try (GgufFile f = GgufFile.read(file)) {
            assertEquals(3, f.version());
            assertEquals(w.metadata(), f.metadata());
            assertEquals(List.copyOf(w.metadata().keySet()), List.copyOf(f.metadata().keySet()), "order");
            assertEquals(0, f.tensors().size());

            assertEquals(255, f.getInt("t.u8"));
            assertEquals(-128, f.getInt("t.i8"));
            assertEquals(65535, f.getInt("t.u16"));
            assertEquals(-32768, f.getInt("t.i16"));
            assertEquals(0xFFFF_FFFFL, f.getLong("t.u32"));
            assertThrows(GgufValueException.class, () -> f.getInt("t.u32"), "does not fit in an int");
            assertEquals(Integer.MIN_VALUE, f.getInt("t.i32"));
            assertEquals(Float.floatToRawIntBits(-0.0f), Float.floatToRawIntBits(f.getFloat("t.f32")));
            assertTrue(Float.isNaN(f.getFloat("t.f32nan")));
            assertTrue(f.getBool("t.true"));
            assertFalse(f.getBool("t.false"));
            assertEquals("héllo ✓ 🦙 \n\t\0end", f.getString("t.str"));
            assertEquals("", f.getString("t.empty"));
            assertEquals(-1L, f.get("t.u64").orElseThrow().asLong());
            assertEquals("18446744073709551615", f.get("t.u64").orElseThrow().toString());
            assertThrows(GgufValueException.class, () -> f.getLong("t.u64"));
            assertEquals(Long.MIN_VALUE, f.getLong("t.i64"));
            assertEquals(Math.PI, f.getDouble("t.f64"));

            assertArrayEquals(new long[] {0, 255}, f.getArray("a.u8").toLongArray());
            assertArrayEquals(new int[] {-1, 127}, f.getArray("a.i8").toIntArray());
            assertArrayEquals(new long[] {65535, 1}, f.getArray("a.u16").toLongArray());
            assertArrayEquals(new int[] {-2, 3}, f.getArray("a.i16").toIntArray());
            assertArrayEquals(new long[] {0xFFFF_FFFFL, 7}, f.getArray("a.u32").toLongArray());
            assertArrayEquals(new int[] {-5, 6, Integer.MAX_VALUE}, f.getArray("a.i32").toIntArray());
            assertArrayEquals(new float[] {1.5f, Float.NEGATIVE_INFINITY}, f.getArray("a.f32").toFloatArray());
            assertArrayEquals(new boolean[] {true, false, true}, f.getArray("a.bool").toBooleanArray());
            assertEquals(List.of("a", "", "ü", "<|end|>"), f.getArray("a.str").toStringList());
            assertArrayEquals(new long[] {-1L, 0L}, f.getArray("a.u64").toLongArray());
            assertEquals(1.8446744073709552e19, f.getArray("a.u64").getDouble(0));
            assertArrayEquals(new long[] {Long.MAX_VALUE, -9}, f.getArray("a.i64").toLongArray());
            assertArrayEquals(new double[] {1e300, -2.5}, f.getArray("a.f64").toDoubleArray());
            assertTrue(f.getArray("a.empty").isEmpty());
            assertEquals(GgufType.STRING, f.getArray("a.emptystr").elementType());

            GgufArray nested = f.getArray("a.nested");
            assertEquals(GgufType.ARRAY, nested.elementType());
            assertEquals(4, nested.size());
            assertArrayEquals(new int[] {1, 2}, nested.getArray(0).toIntArray());
            assertEquals(List.of("x", "yz"), nested.getArray(1).toStringList());
            assertEquals(0.25, nested.getArray(2).getArray(0).getDouble(0));
            assertEquals(GgufType.BOOL, nested.getArray(3).elementType());

            // typed getters refuse other types; optional variants are empty for absent keys
            assertThrows(GgufValueException.class, () -> f.getString("t.u8"));
            assertThrows(GgufValueException.class, () -> f.getInt("t.str"));
            assertThrows(GgufValueException.class, () -> f.getBool("t.u8"));
            assertThrows(GgufValueException.class, () -> f.getFloat("t.u8"));
            assertThrows(GgufValueException.class, () -> f.getArray("t.str"));
            assertThrows(NoSuchElementException.class, () -> f.getString("no.such.key"));
            // the unchecked GgufValueException names the file, the value's offset, the key and both types
            GgufValueException typeError = assertThrows(GgufValueException.class, () -> f.findString("t.u8"));
            assertTrue(typeError.getMessage().startsWith(file + ": at byte "), typeError.getMessage());
            assertTrue(typeError.getMessage().endsWith("metadata key 't.u8' is a UINT8, not a string"), typeError.getMessage());
            assertEquals(List.of(file.toString(), "t.u8", "a string", "UINT8"),
                    List.of(typeError.file(), typeError.name(), typeError.expected(), typeError.actual()));
            assertTrue(typeError.offset() > 0 && typeError.offset() < Files.size(file));
            GgufValueException range = assertThrows(GgufValueException.class, () -> f.findInt("t.u32"));
            assertEquals(List.of("an int", "UINT32 4294967295"), List.of(range.expected(), range.actual()));
            assertTrue(range.getMessage().endsWith("metadata key 't.u32' = 4294967295 does not fit in an int"), range.getMessage());
            assertTrue(f.findString("no.such.key").isEmpty());
            assertTrue(f.findInt("no.such.key").isEmpty());
            assertTrue(f.findLong("no.such.key").isEmpty());
            assertTrue(f.findFloat("no.such.key").isEmpty());
            assertTrue(f.findBool("no.such.key").isEmpty());
            assertTrue(f.findArray("no.such.key").isEmpty());
            assertEquals("test", f.findString("general.architecture").orElseThrow());
            assertEquals(255, f.findInt("t.u8").getAsInt());
        }
    }

    @Test
    void copyingMetadataIsVerbatim() throws IOException {
        Path a = dir.resolve("a.gguf");
        Path b = dir.resolve("b.gguf");
        allTypes().write(a);
        try (GgufFile f = GgufFile.read(a)) {
            new GgufWriter().putAll(f.metadata()).write(b);
        }
        assertEquals(-1L, Files.mismatch(a, b));
    }

    private static byte[] pattern(int n, int seed) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 31 + seed);
        }
        return b;
    }

    @Test
    void tensorsRoundTrip() throws IOException {
        for (int alignment : new int[] {0, 1, 8, 64, 4096}) {
            Path file = dir.resolve("tensors-" + alignment + ".gguf");
            float[] f32 = {0f, 1f, -2.5f, 3.25f, Float.MAX_VALUE, Float.MIN_VALUE};
            float[] f16 = {0f, 1f, -2.5f, 65504f, 0.333251953125f, -0f, 1e-7f, 7f};
            float[] bf16 = {1f, -1f, 3.140625f, 1e30f};
            byte[] q40 = pattern(GgmlType.Q4_0.typeSize() * 4, 1);
            byte[] i32 = pattern(4 * 3 * 2 * 2, 2);
            byte[] q6k = pattern(GgmlType.Q6_K.typeSize(), 3);
            byte[] streamed = pattern(4 * 1000, 4);
            GgufWriter w = allTypes();
            if (alignment > 0) {
                w.alignment(alignment);
            }
            w.addTensor("f32", GgmlType.F32, new long[] {3, 2}, f32)
                    .addTensor("f16", GgmlType.F16, new long[] {8}, f16)
                    .addTensor("bf16", GgmlType.BF16, new long[] {2, 1, 2}, bf16)
                    .addTensor("q4_0", GgmlType.Q4_0, new long[] {64, 2}, q40)
                    .addTensor("i32.4d", GgmlType.I32, new long[] {3, 2, 1, 2}, i32)
                    .addTensor("q6_k", GgmlType.Q6_K, new long[] {256}, q6k)
                    .addTensor("empty", GgmlType.F32, new long[] {0, 5}, new float[0])
                    .addTensor("streamed", GgmlType.F32, new long[] {10, 100}, out -> {
                        out.write(ByteBuffer.wrap(streamed, 0, 1000));
                        out.write(ByteBuffer.wrap(streamed, 1000, 3000));
                    });
            w.write(file);
            assertEquals(w.fileSize(), Files.size(file));
            try (GgufFile f = GgufFile.read(file)) {
                long align = alignment == 0 ? 32 : alignment;
                assertEquals(align, f.alignment());
                assertEquals(0, f.dataOffset() % align);
                assertEquals(8, f.tensors().size());
                for (GgufTensorInfo t : f.tensors()) {
                    assertEquals(0, t.offset() % align, t.toString());
                    assertTrue(t.fileOffset() + t.byteSize() <= f.fileSize());
                }
                assertArrayEquals(f32, f.readTensorFloats("f32"));
                float[] f16back = f.readTensorFloats("f16");
                for (int i = 0; i < f16.length; i++) {
                    assertEquals(Float.float16ToFloat(Float.floatToFloat16(f16[i])), f16back[i], "f16 " + i);
                }
                float[] bf = f.readTensorFloats("bf16");
                assertEquals(1f, bf[0]);
                assertEquals(-1f, bf[1]);
                assertEquals(3.140625f, bf[2]);
                assertEquals(1e30f, bf[3], 1e30f / 128);
                assertArrayEquals(q40, f.readTensorBytes("q4_0"));
                assertArrayEquals(i32, f.readTensorBytes("i32.4d"));
                assertArrayEquals(q6k, f.readTensorBytes("q6_k"));
                assertArrayEquals(streamed, f.readTensorBytes("streamed"));
                assertEquals(0, f.readTensorBytes("empty").length);

                GgufTensorInfo q = f.tensor("q4_0").orElseThrow();
                assertArrayEquals(new long[] {64, 2}, q.shape());
                assertEquals(GgmlType.Q4_0, q.type().orElseThrow());
                assertEquals("q4_0", q.typeName());
                assertEquals(2, q.typeId());
                assertEquals(128, q.elementCount());
                assertEquals(72, q.byteSize());
                assertEquals(2, q.dimensionCount());
                assertEquals(1, q.dimension(3));
                GgufTensorInfo four = f.tensor("i32.4d").orElseThrow();
                assertArrayEquals(new long[] {3, 2, 1, 2}, four.shape());
                assertEquals(12, four.elementCount());

                MemorySegment view = f.tensorData("streamed");
                assertTrue(view.isReadOnly());
                assertEquals(streamed[999], view.get(ValueLayout.JAVA_BYTE, 999));
                assertThrows(IllegalArgumentException.class, () -> f.readTensorFloats("q4_0"));
                assertThrows(NoSuchElementException.class, () -> f.readTensorBytes("nope"));
                assertEquals(w.metadata().get("a.nested"), f.metadata().get("a.nested"));
            }
            GgufFile g = GgufFile.read(file);
            MemorySegment view = g.tensorData("streamed");
            g.close();
            g.close(); // idempotent
            assertThrows(IllegalStateException.class, () -> view.get(ValueLayout.JAVA_BYTE, 0));
            assertThrows(IllegalStateException.class, () -> g.readTensorBytes("f32"));
            assertEquals("test", g.getString("general.architecture"), "metadata outlives close");
            assertEquals(8, g.tensors().size());
        }
    }

    @Test
    void largeTensorsRoundTrip() throws IOException {
        byte[] big = pattern(3_000_001, 5);
        float[] floats = new float[7 * 100_001];
        for (int i = 0; i < floats.length; i++) {
            floats[i] = i * 0.5f;
        }
        Path file = dir.resolve("big.gguf");
        new GgufWriter()
                .addTensor("big", GgmlType.I8, new long[] {big.length}, big)
                .addTensor("floats", GgmlType.F32, new long[] {7, 100_000 + 1, 1}, floats)
                .write(file);
        try (GgufFile f = GgufFile.read(file)) {
            assertArrayEquals(big, f.readTensorBytes("big"));
            assertArrayEquals(floats, f.readTensorFloats("floats"));
        }
    }

    @Test
    void writerRefusesBadTensors() {
        GgufWriter w = new GgufWriter().addTensor("a", GgmlType.F32, new long[] {2}, new float[2]);
        assertThrows(IllegalArgumentException.class, () -> w.addTensor("a", GgmlType.F32, new long[] {2}, new float[2]));
        assertThrows(IllegalArgumentException.class, () -> w.addTensor("", GgmlType.F32, new long[] {2}, new float[2]));
        assertThrows(IllegalArgumentException.class, () -> w.addTensor("x".repeat(64), GgmlType.F32, new long[] {2}, new float[2]));
        assertThrows(IllegalArgumentException.class, () -> w.addTensor("b", GgmlType.F32, new long[] {3}, new float[2]));
        assertThrows(IllegalArgumentException.class, () -> w.addTensor("b", GgmlType.F32, new long[] {}, new float[0]));
        assertThrows(IllegalArgumentException.class, () -> w.addTensor("b", GgmlType.F32, new long[] {1, 1, 1, 1, 1}, new float[1]));
        assertThrows(IllegalArgumentException.class, () -> w.addTensor("b", GgmlType.F32, new long[] {-1}, new float[0]));
        assertThrows(IllegalArgumentException.class, () -> w.addTensor("b", GgmlType.F32, new long[] {1L << 32, 1L << 32}, new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> w.addTensor("b", GgmlType.Q4_0, new long[] {31}, new byte[18]));
        assertThrows(IllegalArgumentException.class, () -> w.addTensor("b", GgmlType.Q4_0, new long[] {32}, new float[32]));
        assertThrows(IllegalArgumentException.class, () -> w.addTensor("b", GgmlType.Q4_0, new long[] {32}, new byte[17]));
        assertThrows(IllegalArgumentException.class, () -> w.alignment(3));
        assertThrows(IllegalArgumentException.class, () -> w.putString("", "x"));
        assertThrows(IllegalArgumentException.class, () -> w.putUInt8("k", 256));
        assertThrows(IllegalArgumentException.class, () -> w.putUInt32("k", -1));
        assertEquals(1, w.tensorCount());
    }

    @Test
    void badSourcesLeaveNoFile() throws IOException {
        Path file = dir.resolve("bad.gguf");
        GgufWriter tooMuch = new GgufWriter().addTensor("t", GgmlType.F32, new long[] {2}, out -> out.write(ByteBuffer.allocate(9)));
        assertThrows(IllegalStateException.class, () -> tooMuch.write(file));
        GgufWriter tooLittle = new GgufWriter().addTensor("t", GgmlType.F32, new long[] {2}, out -> out.write(ByteBuffer.allocate(7)));
        assertThrows(IllegalStateException.class, () -> tooLittle.write(file));
        GgufWriter failing = new GgufWriter().addTensor("t", GgmlType.F32, new long[] {2}, out -> {
            throw new IOException("boom");
        });
        assertEquals("boom", assertThrows(IOException.class, () -> failing.write(file)).getMessage());
        GgufWriter badAlignment = new GgufWriter().putString(GgufFile.ALIGNMENT_KEY, "32");
        assertThrows(IllegalStateException.class, () -> badAlignment.write(file));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(), s.toList(), "no target and no temporary file left");
        }
    }

    @Test
    void writeReplacesExistingFile() throws IOException {
        Path file = dir.resolve("x.gguf");
        Files.writeString(file, "old content that is not GGUF");
        new GgufWriter().putString("k", "v").write(file);
        try (GgufFile f = GgufFile.read(file)) {
            assertEquals("v", f.getString("k"));
        }
    }

    @Test
    void valueAccessors() {
        assertEquals(200, GgufValue.ofUInt8(200).asInt());
        assertEquals(-3, GgufValue.ofInt8((byte) -3).asLong());
        assertEquals(2.5, GgufValue.ofFloat32(2.5f).asDouble());
        assertEquals(7.0, GgufValue.ofInt32(7).asDouble());
        assertThrows(IllegalStateException.class, () -> GgufValue.ofString("x").asLong());
        assertThrows(IllegalStateException.class, () -> GgufValue.ofInt32(1).asString());
        assertThrows(IllegalStateException.class, () -> GgufValue.ofInt32(1).asBoolean());
        assertThrows(IllegalStateException.class, () -> GgufValue.ofInt32(1).asArray());
        assertThrows(ArithmeticException.class, () -> GgufValue.ofUInt64(-1).asInt());
        assertThrows(ArithmeticException.class, () -> GgufValue.ofInt64(1L << 40).asInt());
        assertEquals(GgufValue.ofString("a"), GgufValue.ofString("a"));
        assertEquals(GgufValue.ofString("a").hashCode(), GgufValue.ofString("a").hashCode());
        assertFalse(GgufValue.ofUInt32(1).equals(GgufValue.ofInt32(1)), "types differ");
        assertEquals(GgufArray.ofStrings("a", "b"), GgufArray.ofStrings(List.of("a", "b")));
        assertEquals(GgufArray.ofFloat32(1f).hashCode(), GgufArray.ofFloat32(1f).hashCode());
        assertEquals("\"x\"", GgufValue.ofString("x").toString());
        assertTrue(GgufArray.ofStrings("a", "b").toString().startsWith("[STRING x 2"));
        List<GgufArray> inner = new ArrayList<>();
        inner.add(GgufArray.ofInt8((byte) 1));
        assertEquals(GgufType.INT8, GgufArray.ofArrays(inner).get(0).asArray().elementType());
        assertThrows(IndexOutOfBoundsException.class, () -> GgufArray.ofInt32(1).getInt(1));
        assertThrows(IllegalStateException.class, () -> GgufArray.ofInt32(1).getString(0));
        assertEquals(Map.of(), new GgufWriter().metadata());
    }
}
