package io.github.llamaffm.gguf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Checks the ggml type table against the pinned llama.cpp's own sources. */
class GgmlTypeTest {

    /** Ids from ggml.h's enum ggml_type (lines not commented out). */
    @Test
    void idsMatchGgmlHeader() throws Exception {
        String header = Files.readString(NativeTools.sourceDir().resolve("ggml/include/ggml.h"));
        Matcher m = Pattern.compile("(?m)^\\s*GGML_TYPE_(\\w+)\\s*=\\s*(\\d+)\\s*,").matcher(header);
        Map<String, Integer> ids = new HashMap<>();
        while (m.find()) {
            if (!m.group(1).equals("COUNT")) {
                ids.put(m.group(1), Integer.parseInt(m.group(2)));
            }
        }
        assertTrue(ids.size() > 30, "parsed only " + ids);
        for (Map.Entry<String, Integer> e : ids.entrySet()) {
            GgmlType t = GgmlType.valueOf(e.getKey());
            assertEquals(e.getValue(), t.id(), e.getKey());
            assertEquals(t, GgmlType.byId(e.getValue()).orElseThrow());
        }
        assertEquals(ids.size(), GgmlType.values().length, "types in ggml.h: " + ids.keySet());
    }

    /** Block and type sizes from gguf-py's GGML_QUANT_SIZES (expressions like {@code 2 + QK_K // 4}). */
    @Test
    void sizesMatchGgufPy() throws Exception {
        String py = Files.readString(NativeTools.sourceDir().resolve("gguf-py/gguf/constants.py"));
        int start = py.indexOf("GGML_QUANT_SIZES");
        String table = py.substring(start, py.indexOf("}", start));
        Matcher m = Pattern.compile("GGMLQuantizationType\\.(\\w+):\\s*\\(([^,]+),([^)]+)\\)").matcher(table);
        int seen = 0;
        while (m.find()) {
            GgmlType t = GgmlType.valueOf(m.group(1));
            assertEquals(eval(m.group(2)), t.blockSize(), t + " block size");
            assertEquals(eval(m.group(3)), t.typeSize(), t + " type size");
            seen++;
        }
        assertEquals(GgmlType.values().length, seen, "GGML_QUANT_SIZES entries");
    }

    /** Evaluates sums of products/integer quotients of integers and QK_K. */
    private static int eval(String expr) {
        int sum = 0;
        for (String term : expr.replace("QK_K", "256").split("\\+")) {
            String[] tokens = term.trim().split("\\s+");
            int v = Integer.parseInt(tokens[0]);
            for (int i = 1; i < tokens.length; i += 2) {
                int rhs = Integer.parseInt(tokens[i + 1]);
                v = switch (tokens[i]) {
                    case "*" -> v * rhs;
                    case "//" -> v / rhs;
                    default -> throw new IllegalArgumentException(expr);
                };
            }
            sum += v;
        }
        return sum;
    }

    @Test
    void byteSizes() {
        assertEquals(4 * 64, GgmlType.F32.byteSize(64));
        assertEquals(18 * 2, GgmlType.Q4_0.byteSize(64));
        assertEquals(210, GgmlType.Q6_K.byteSize(256));
        assertThrows(IllegalArgumentException.class, () -> GgmlType.Q4_0.byteSize(33));
        assertThrows(IllegalArgumentException.class, () -> GgmlType.F32.byteSize(-1));
        assertThrows(ArithmeticException.class, () -> GgmlType.F64.byteSize(Long.MAX_VALUE / 2));
        assertFalse(GgmlType.byId(4).isPresent(), "removed Q4_2");
        assertFalse(GgmlType.byId(31).isPresent(), "removed Q4_0_4_4");
        assertFalse(GgmlType.byId(-1).isPresent());
        assertFalse(GgmlType.byId(1000).isPresent());
        assertEquals(GgmlType.Q4_K, GgmlType.byName("q4_K").orElseThrow());
        assertEquals(GgmlType.BF16, GgmlType.byName("BF16").orElseThrow());
    }

    /** Floats stored by a tensor source read back as the writer's own conversion gives them. */
    @Test
    void putFloatStoresLittleEndianElements() {
        MemorySegment seg = MemorySegment.ofArray(new byte[16]);
        GgmlType.F32.putFloat(seg, 1, 1.5f);
        assertEquals(1.5f, seg.get(LittleEndian.FLOAT, 4));
        GgmlType.F16.putFloat(seg, 2, -2f);
        assertEquals((short) 0xC000, seg.get(LittleEndian.SHORT, 4));
        // 1 + 2^-8 is halfway between two bfloat16 values: rounded to the even one, 1.0
        GgmlType.BF16.putFloat(seg, 3, 1.00390625f);
        assertEquals((short) 0x3F80, seg.get(LittleEndian.SHORT, 6));
        assertEquals(-2f, LittleEndian.toFloats(seg.asSlice(4), GgmlType.F16, 1)[0]);
        assertThrows(IndexOutOfBoundsException.class, () -> GgmlType.F32.putFloat(seg, 4, 0f));
        assertThrows(UnsupportedOperationException.class, () -> GgmlType.Q8_0.putFloat(seg, 0, 0f));
        assertThrows(UnsupportedOperationException.class, () -> GgmlType.F64.putFloat(seg, 0, 0f));
    }
}
