package io.github.llamaffm.internal;

import io.github.llamaffm.bindings.llama_h;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;

/**
 * A model's {@code llama_vocab *}: a view scoped to its model's arena (closed before the model is
 * freed). It has no lock of its own: the caller keeps the model alive (its read lock, or a
 * context's guard) and checks token ids.
 */
public final class VocabHandle {
    private final MemorySegment handle;

    /** Wraps a vocabulary view (made by its {@link ModelHandle}). */
    VocabHandle(MemorySegment handle) {
        this.handle = handle;
    }

    /** The pointer, for native calls that take the vocabulary (samplers). */
    MemorySegment segment() {
        return handle;
    }

    /** Number of tokens. */
    public int size() {
        return llama_h.llama_vocab_n_tokens(handle);
    }

    /** llama.cpp's vocabulary type. */
    public int type() {
        return llama_h.llama_vocab_type(handle);
    }

    /** The special tokens, in the order bos, eos, eot, sep, nl, pad (-1: none). */
    public int[] specials() {
        return new int[] {llama_h.llama_vocab_bos(handle), llama_h.llama_vocab_eos(handle), llama_h.llama_vocab_eot(handle),
                llama_h.llama_vocab_sep(handle), llama_h.llama_vocab_nl(handle), llama_h.llama_vocab_pad(handle)};
    }

    /** Whether tokenizing with specials adds BOS. */
    public boolean addsBos() {
        return llama_h.llama_vocab_get_add_bos(handle);
    }

    /** Whether tokenizing with specials adds EOS. */
    public boolean addsEos() {
        return llama_h.llama_vocab_get_add_eos(handle);
    }

    /** Whether tokenizing with specials adds a separator. */
    public boolean addsSep() {
        return llama_h.llama_vocab_get_add_sep(handle);
    }

    /** Whether the token ends generation. */
    public boolean isEog(int token) {
        return llama_h.llama_vocab_is_eog(handle, token);
    }

    /** Whether the token is a control token. */
    public boolean isControl(int token) {
        return llama_h.llama_vocab_is_control(handle, token);
    }

    /** The token's text as stored. */
    public String text(int token) {
        return Native.string(llama_h.llama_vocab_get_text(handle, token));
    }

    /** The token's score. */
    public float score(int token) {
        return llama_h.llama_vocab_get_score(handle, token);
    }

    /** Tokenizes UTF-8 bytes (at most {@code Integer.MAX_VALUE - 16}, checked by the caller). */
    public int[] tokenize(byte[] utf8, boolean addSpecial, boolean parseSpecial) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment text = a.allocate(Math.max(1, utf8.length));
            MemorySegment.copy(utf8, 0, text, ValueLayout.JAVA_BYTE, 0, utf8.length);
            // Tokens never outnumber bytes, plus the specials added around them.
            int capacity = (int) Math.min(Integer.MAX_VALUE, utf8.length + 8L);
            MemorySegment out = a.allocate(ValueLayout.JAVA_INT, capacity);
            int n = llama_h.llama_tokenize(handle, text, utf8.length, out, capacity, addSpecial, parseSpecial);
            if (n == Integer.MIN_VALUE) throw new IllegalArgumentException("tokenization overflows int32");
            if (n < 0) {
                capacity = -n;
                out = a.allocate(ValueLayout.JAVA_INT, capacity);
                n = llama_h.llama_tokenize(handle, text, utf8.length, out, capacity, addSpecial, parseSpecial);
                if (n < 0) throw Native.failure("llama_tokenize failed (" + n + ")");
            }
            return out.asSlice(0, n * 4L).toArray(ValueLayout.JAVA_INT);
        }
    }

    /** Turns checked token ids back into text. */
    public String detokenize(int[] tokens, boolean removeSpecial, boolean unparseSpecial) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment in = a.allocateFrom(ValueLayout.JAVA_INT, tokens);
            int capacity = Math.max(64, tokens.length * 8);
            MemorySegment out = a.allocate(capacity);
            int n = llama_h.llama_detokenize(handle, in, tokens.length, out, capacity, removeSpecial, unparseSpecial);
            if (n < 0) {
                capacity = -n;
                out = a.allocate(capacity);
                n = llama_h.llama_detokenize(handle, in, tokens.length, out, capacity, removeSpecial, unparseSpecial);
                if (n < 0) throw Native.failure("llama_detokenize failed (" + n + ")");
            }
            return new String(out.asSlice(0, n).toArray(ValueLayout.JAVA_BYTE), StandardCharsets.UTF_8);
        }
    }

    /** The bytes of a checked token id. */
    public byte[] pieceBytes(int token, boolean special) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment buf = a.allocate(256);
            int n = piece(token, special, buf);
            if (n < 0) {
                buf = a.allocate(-n);
                n = piece(token, special, buf);
            }
            return buf.asSlice(0, n).toArray(ValueLayout.JAVA_BYTE);
        }
    }

    /** Writes a piece into {@code buf}: the byte count, or minus the size needed when it did not fit. */
    public int piece(int token, boolean special, MemorySegment buf) {
        return llama_h.llama_token_to_piece(handle, token, buf, (int) Math.min(buf.byteSize(), Integer.MAX_VALUE), 0, special);
    }
}
