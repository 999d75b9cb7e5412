package io.github.llamaffm.internal;

import io.github.llamaffm.gguf.GgufArray;
import io.github.llamaffm.gguf.GgufFile;
import io.github.llamaffm.gguf.GgufType;
import io.github.llamaffm.gguf.GgufValue;
import io.github.llamaffm.internal.ModelFileCheck.Problem;

import java.util.Optional;

/**
 * The tables two tokenizers walk without bounds checks of their own, for {@link VocabCheck}:
 * UGM's (T5) precompiled character map and RWKV's token trie. A bad table does not fail at load
 * but throws or loops inside {@code llama_tokenize}, so every path the walk can take is checked.
 */
final class TokenizerCheck {
    private TokenizerCheck() {}

    /**
     * The UGM (T5) normalizer walks the XOR-compressed double array of
     * {@code tokenizer.ggml.precompiled_charsmap} for every byte of the text to tokenize
     * (llama-vocab.cpp:1187-1235) and throws std::runtime_error for a node index out of the array,
     * a replacement offset out of the strings, or a replacement without its NUL. Thrown inside
     * llama_tokenize, that terminates the process; so every node the walk can reach from the root,
     * for any byte 1..255, is checked here (the layout checks of llama-vocab.cpp:2063-2070 are left
     * to llama.cpp, which reports them).
     */
    static void checkCharsmap(GgufFile f) {
        Optional<GgufValue> v = f.get("tokenizer.ggml.precompiled_charsmap");
        if (v.isEmpty() || v.get().type() != GgufType.ARRAY) return;
        GgufArray a = v.get().asArray();
        if (a.elementType() != GgufType.UINT8 && a.elementType() != GgufType.INT8) return;
        int len = a.size();
        byte[] b = new byte[len];
        for (int i = 0; i < len; i++) b[i] = (byte) a.getLong(i);
        if (len < 4) return;
        long blob = u32le(b, 0);
        if (blob + 4 >= len) return;
        long nodes = blob / 4;
        int replacements = 4 + (int) blob;
        if (nodes == 0) return;
        String key = "key 'tokenizer.ggml.precompiled_charsmap': ";
        String why = "; llama.cpp would terminate when tokenizing (llama-vocab.cpp:1156/1226/1235)";
        java.util.HashSet<Long> seen = new java.util.HashSet<>();
        java.util.ArrayDeque<Long> todo = new java.util.ArrayDeque<>();
        long root = base(u32le(b, 4));
        todo.add(root);
        seen.add(root);
        while (!todo.isEmpty()) {
            long state = todo.poll();
            for (int c = 1; c < 256; c++) {
                long idx = state ^ c;
                if (idx >= nodes) {
                    throw new Problem(key + "byte " + c + " leads to node " + idx + " of " + nodes + why);
                }
                long node = u32le(b, 4 + 4 * (int) idx);
                if ((node & 0x8000_00FFL) != c) continue; // LCHECK: not a child
                long next = idx ^ base(node);
                if (((node >>> 8) & 1) != 0) { // LEAF: the value node holds a replacement offset
                    if (next >= nodes) {
                        throw new Problem(key + "leaf value node " + next + " is outside the " + nodes + " nodes" + why);
                    }
                    long offset = u32le(b, 4 + 4 * (int) next) & 0x7FFF_FFFFL;
                    if (offset >= len - replacements) {
                        throw new Problem(key + "replacement offset " + offset + " is outside the " + (len - replacements)
                                + " bytes of replacements" + why);
                    }
                    int end = replacements + (int) offset;
                    while (end < len && b[end] != 0) end++;
                    if (end == len) throw new Problem(key + "replacement at " + offset + " has no terminating NUL" + why);
                }
                if (seen.add(next)) todo.add(next);
            }
        }
    }

    /**
     * The RWKV tokenizer (llama-vocab.cpp:1330-1355) takes the longest token that matches at each
     * position; when the text's next byte starts some token but no token on that path ends
     * (a multi-byte token "ab" without the token "a"), it emits token 0 and does not advance: an
     * endless loop that grows the output until memory runs out, reached at load (the newline
     * token, llama-vocab.cpp:2571) or in llama_tokenize. Every byte that starts a token must
     * therefore be a token by itself.
     */
    static void checkRwkv(TokenIndex ids, int n) {
        boolean[] starts = new boolean[256];
        boolean[] single = new boolean[256];
        for (int i = 0; i < n; i++) {
            byte[] t = unescapeRwkv(ids.text(i));
            if (t.length == 0) continue;
            starts[t[0] & 0xFF] = true;
            if (t.length == 1) single[t[0] & 0xFF] = true;
        }
        for (int b = 0; b < 256; b++) {
            if (starts[b] && !single[b]) {
                throw new Problem("key 'tokenizer.ggml.tokens': byte 0x" + Integer.toHexString(b) + " starts an RWKV token but is not a"
                        + " token by itself; llama.cpp's RWKV tokenizer would loop forever on it (llama-vocab.cpp:1335-1353)");
            }
        }
    }

    /** llama-vocab.cpp:1258 llama_unescape_rwkv_token. */
    private static byte[] unescapeRwkv(byte[] in) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(in.length);
        boolean escaping = false;
        int hexRemaining = 0;
        int hexAcc = 0;
        for (byte x : in) {
            int c = x; // C++ char is signed
            if (hexRemaining != 0) {
                int value = c >= 'a' ? c - 'a' + 10 : c - '0';
                hexAcc = ((hexAcc << 4) + value) & 0xFF;
                if (--hexRemaining == 0) {
                    out.write(hexAcc);
                    hexAcc = 0;
                }
                continue;
            }
            if (escaping) {
                escaping = false;
                switch (c) {
                    case 't' -> out.write('\t');
                    case 'n' -> out.write('\n');
                    case 'r' -> out.write('\r');
                    case 'x' -> hexRemaining = 2;
                    default -> out.write(c);
                }
                continue;
            }
            if (c == '\\') {
                escaping = true;
                continue;
            }
            out.write(c);
        }
        return out.toByteArray();
    }

    private static long base(long node) {
        return ((node >>> 10) << ((node & (1 << 9)) >>> 6)) & 0xFFFF_FFFFL;
    }

    private static long u32le(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }
}
