package io.github.llamaffm.internal;

import io.github.llamaffm.gguf.GgufArray;
import io.github.llamaffm.gguf.GgufFile;
import io.github.llamaffm.gguf.GgufType;
import io.github.llamaffm.gguf.GgufValue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads metadata values the way llama.cpp's loader reads them (exact types, per-layer arrays) and
 * quotes keys and token texts for messages: shared by the parts of {@link ModelFileCheck}, which
 * leave a value llama.cpp would refuse with an error of its own to llama.cpp.
 */
final class MetadataReads {
    private MetadataReads() {}

    static String q(String key) {
        return "'" + key + "'";
    }

    /** A string value, or empty when absent or of another type (llama.cpp reports those itself). */
    static Optional<String> string(GgufFile f, String key) {
        Optional<GgufValue> v = f.get(key);
        return v.isPresent() && v.get().type() == GgufType.STRING ? Optional.of(v.get().asString()) : Optional.empty();
    }

    /**
     * A value llama.cpp reads as {@code uint32_t} (get_key checks the type is exactly UINT32 and
     * throws otherwise), or {@code dflt} when absent or of another type.
     */
    static long u32(GgufFile f, String key, long dflt) {
        Optional<GgufValue> v = f.get(key);
        return v.isPresent() && v.get().type() == GgufType.UINT32 ? v.get().asLong() : dflt;
    }

    static boolean bool(GgufFile f, String key, boolean dflt) {
        Optional<GgufValue> v = f.get(key);
        return v.isPresent() && v.get().type() == GgufType.BOOL ? v.get().asBoolean() : dflt;
    }

    /**
     * A per-layer value as llama_model_loader::get_key_or_arr reads it: a UINT32 scalar repeated
     * for every layer, or an array of exactly {@code layers} INT32/UINT32/BOOL elements (anything
     * else llama.cpp reports itself); null when absent or unreadable.
     */
    static long[] perLayer(GgufFile f, String key, int layers) {
        Optional<GgufValue> o = f.get(key);
        if (o.isEmpty()) return null;
        GgufValue v = o.get();
        long[] out = new long[layers];
        if (v.type() == GgufType.ARRAY) {
            GgufArray a = v.asArray();
            GgufType et = a.elementType();
            if (a.size() != layers || !(et == GgufType.UINT32 || et == GgufType.INT32 || et == GgufType.BOOL)) return null;
            for (int i = 0; i < layers; i++) {
                out[i] = et == GgufType.BOOL ? (a.getBoolean(i) ? 1 : 0) : a.getLong(i) & 0xFFFF_FFFFL;
            }
            return out;
        }
        if (v.type() != GgufType.UINT32) return null;
        java.util.Arrays.fill(out, v.asLong());
        return out;
    }

    static long max(long[] a) {
        long m = 0;
        for (long x : a) m = Math.max(m, x);
        return m;
    }

    static String printable(byte[] utf8) {
        return printable(new String(utf8, StandardCharsets.UTF_8));
    }

    static String printable(String s) {
        StringBuilder sb = new StringBuilder("'");
        s.codePoints().limit(40).forEach(c -> {
            if (c < 0x20 || c == 0x7F) sb.append(String.format("\\x%02x", c));
            else sb.appendCodePoint(c);
        });
        return sb.append(s.length() > 40 ? "...'" : "'").toString();
    }
}
