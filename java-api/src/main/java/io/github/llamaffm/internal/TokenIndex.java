package io.github.llamaffm.internal;

import io.github.llamaffm.gguf.GgufArray;

import java.nio.charset.StandardCharsets;

/**
 * The token texts as llama.cpp keys them (llama-vocab.cpp:2500-2513): the bytes up to the first
 * NUL (it copies a C string), an empty one replaced by "[EMPTY_<id>]". An open-addressing table
 * of 64-bit hashes over the raw bytes (no String per token: the check must stay cheap for
 * 150k-token vocabularies). Built by {@link VocabCheck}, which needs unique texts, and read by
 * {@link TokenizerCheck}.
 */
final class TokenIndex {
    private final GgufArray tokens;
    private final long[] hashes;
    private final int[] ids; // id + 1; 0 = free
    private final int mask;

    TokenIndex(GgufArray tokens) {
        this.tokens = tokens;
        int cap = Integer.highestOneBit(Math.max(16, tokens.size() * 2 + 1)) << 1;
        hashes = new long[cap];
        ids = new int[cap];
        mask = cap - 1;
    }

    byte[] text(int id) {
        byte[] b = tokens.getStringBytes(id);
        int n = 0;
        while (n < b.length && b[n] != 0) n++;
        if (n == 0) return ("[EMPTY_" + id + "]").getBytes(StandardCharsets.US_ASCII);
        return n == b.length ? b : java.util.Arrays.copyOf(b, n);
    }

    private static long hash(byte[] b) {
        long h = 0xcbf29ce484222325L;
        for (byte x : b) h = (h ^ (x & 0xFF)) * 0x100000001b3L;
        return h ^ (h >>> 29);
    }

    /** Adds token id; returns the id of an earlier token with the same text, or -1. */
    int add(int id) {
        byte[] t = text(id);
        long h = hash(t);
        int slot = (int) h & mask;
        while (ids[slot] != 0) {
            if (hashes[slot] == h && java.util.Arrays.equals(text(ids[slot] - 1), t)) return ids[slot] - 1;
            slot = (slot + 1) & mask;
        }
        hashes[slot] = h;
        ids[slot] = id + 1;
        return -1;
    }

    boolean contains(byte[] t) {
        long h = hash(t);
        for (int slot = (int) h & mask; ids[slot] != 0; slot = (slot + 1) & mask) {
            if (hashes[slot] == h && java.util.Arrays.equals(text(ids[slot] - 1), t)) return true;
        }
        return false;
    }
}
