package io.github.llamaffm.tests;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The raw mutations of {@link ModelFuzzer}: fields of a written GGUF file (header counts, key/value
 * types, string and array lengths, tensor dimension counts, dimensions, types and offsets)
 * overwritten in place with boundary values, flipped bits, a truncation at a field boundary, or
 * (for {@link ProjectorFuzzer}) bytes inserted, aimed at what llama.cpp's GGUF parser trusts.
 */
final class RawMutations {
    private RawMutations() {
    }

    /** A field of a written GGUF file: where it is, how wide, and what it is. */
    record Field(long offset, int size, String what) {}

    /** Walks a GGUF file {@link ModelFuzzer} wrote (trusted) and lists the fields a reader trusts. */
    static List<Field> fields(byte[] b) {
        ByteBuffer bb = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        List<Field> out = new ArrayList<>();
        out.add(new Field(4, 4, "version"));
        out.add(new Field(8, 8, "tensor count"));
        out.add(new Field(16, 8, "kv count"));
        long nt = bb.getLong(8);
        long nkv = bb.getLong(16);
        int p = 24;
        for (long i = 0; i < nkv; i++) {
            out.add(new Field(p, 8, "key length " + i));
            p += 8 + (int) bb.getLong(p);
            out.add(new Field(p, 4, "value type " + i));
            int type = bb.getInt(p);
            p += 4;
            p = value(bb, out, p, type, i, 0);
        }
        for (long i = 0; i < nt; i++) {
            out.add(new Field(p, 8, "tensor name length " + i));
            p += 8 + (int) bb.getLong(p);
            out.add(new Field(p, 4, "tensor dims " + i));
            int nd = bb.getInt(p);
            p += 4;
            for (int d = 0; d < nd; d++) {
                out.add(new Field(p, 8, "tensor " + i + " ne" + d));
                p += 8;
            }
            out.add(new Field(p, 4, "tensor type " + i));
            p += 4;
            out.add(new Field(p, 8, "tensor offset " + i));
            p += 8;
        }
        out.add(new Field(p, 0, "end of tensor infos"));
        return out;
    }

    static int value(ByteBuffer bb, List<Field> out, int p, int type, long kv, int depth) {
        switch (type) {
            case 0, 1, 7 -> { return p + 1; }
            case 2, 3 -> { return p + 2; }
            case 4, 5, 6 -> { return p + 4; }
            case 10, 11, 12 -> { return p + 8; }
            case 8 -> {
                out.add(new Field(p, 8, "string length in kv " + kv));
                return p + 8 + (int) bb.getLong(p);
            }
            case 9 -> {
                out.add(new Field(p, 4, "array type in kv " + kv));
                int et = bb.getInt(p);
                out.add(new Field(p + 4, 8, "array count in kv " + kv));
                long n = bb.getLong(p + 4);
                p += 12;
                if (et == 8) {
                    for (long i = 0; i < n; i++) {
                        if (i < 3 || i == n - 1 || (i % 997) == 0) out.add(new Field(p, 8, "string " + i + " length in kv " + kv));
                        p += 8 + (int) bb.getLong(p);
                    }
                    return p;
                }
                if (et == 9) {
                    for (long i = 0; i < n; i++) p = value(bb, out, p, 9, kv, depth + 1);
                    return p;
                }
                int size = switch (et) { case 0, 1, 7 -> 1; case 2, 3 -> 2; case 4, 5, 6 -> 4; default -> 8; };
                return p + (int) (n * size);
            }
            default -> throw new IllegalStateException("type " + type);
        }
    }

    /**
     * Inserts 1 to 16 bytes (zeros, random bytes, or a copy of the bytes before) at a field's
     * start or inside the tensor infos, shifting everything after them: every later length and
     * offset is then off.
     */
    static byte[] insertRaw(SplittableRandom r, byte[] b, List<Field> fields, StringBuilder what) {
        Field f = fields.get(r.nextInt(fields.size()));
        int at = (int) Math.min(b.length, r.nextInt(4) == 0 ? f.offset() + r.nextInt(Math.max(1, f.size())) : f.offset());
        byte[] ins = new byte[1 + r.nextInt(16)];
        String kind;
        switch (r.nextInt(3)) {
            case 0 -> kind = "zeros";
            case 1 -> { r.nextBytes(ins); kind = "random"; }
            default -> {
                int from = Math.max(0, at - ins.length);
                System.arraycopy(b, from, ins, 0, Math.min(ins.length, b.length - from));
                kind = "repeated";
            }
        }
        byte[] out = new byte[b.length + ins.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(ins, 0, out, at, ins.length);
        System.arraycopy(b, at, out, at + ins.length, b.length - at);
        what.append("inserted ").append(ins.length).append(' ').append(kind).append(" bytes at ").append(at)
                .append(" (").append(f.what()).append(')');
        return out;
    }

    static byte[] mutateRaw(SplittableRandom r, byte[] b, List<Field> fields, StringBuilder what) {
        int kind = r.nextInt(10);
        if (kind == 0) { // truncate at a field boundary, inside a field, or in the data
            Field f = fields.get(r.nextInt(fields.size()));
            long at = switch (r.nextInt(3)) {
                case 0 -> f.offset();
                case 1 -> f.offset() + Math.max(1, f.size() / 2);
                default -> f.offset() + r.nextLong(Math.max(1, b.length - f.offset()));
            };
            at = Math.max(0, Math.min(at, b.length - 1));
            what.append("truncated at ").append(at).append(" (").append(f.what()).append(')');
            return java.util.Arrays.copyOf(b, (int) at);
        }
        if (kind == 1) { // flip bits in the metadata
            int end = (int) Math.min(b.length, fields.get(fields.size() - 1).offset());
            what.append("flipped");
            for (int k = 0, m = 1 + r.nextInt(8); k < m && end > 0; k++) {
                int at = r.nextInt(end);
                b[at] ^= (byte) (1 << r.nextInt(8));
                what.append(' ').append(at);
            }
            return b;
        }
        Field f = fields.get(r.nextInt(fields.size()));
        if (f.size() == 0) f = fields.get(1);
        if (f.offset() + f.size() > b.length) {
            what.append("(field beyond the end)");
            return b;
        }
        ByteBuffer bb = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        long old = f.size() == 8 ? bb.getLong((int) f.offset()) : bb.getInt((int) f.offset()) & 0xFFFF_FFFFL;
        long[] vals = {0, 1, old + 1, old - 1, old * 2, old / 2, -1, 0x7FFF_FFFFL, 0x8000_0000L, 0xFFFF_FFFFL, 1L << 32, Long.MAX_VALUE,
                Long.MIN_VALUE, 13, 9, 8, 31, 39, 4096, r.nextLong()};
        long v = vals[r.nextInt(vals.length)];
        if (f.size() == 8) bb.putLong((int) f.offset(), v);
        else bb.putInt((int) f.offset(), (int) v);
        what.append(f.what()).append(' ').append(old).append(" -> ").append(v);
        return b;
    }
}
