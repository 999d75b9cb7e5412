package io.github.llamaffm;

import io.github.llamaffm.internal.VocabHandle;

import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;

/**
 * The vocabulary (tokenizer) of a {@link LlamaModel}. Thread-safe; valid while its model is open
 * (after that every method throws {@link IllegalStateException}).
 *
 * <p>Token ids are checked in Java: an id outside {@code [0, size())} is an
 * {@link IllegalArgumentException}, never a read out of bounds in C.
 */
public final class Vocab {
    /** The id llama.cpp uses for "no such token" ({@code LLAMA_TOKEN_NULL}). */
    public static final int NO_TOKEN = -1;

    /** The tokenizer family ({@code enum llama_vocab_type}). */
    public enum Type {
        /** No vocabulary (a model without one). */
        NONE,
        /** SentencePiece-style byte-level BPE with byte fallback (LLaMA 1/2). */
        SPM,
        /** GPT-2 style byte-level BPE (LLaMA 3, Qwen, ...). */
        BPE,
        /** BERT WordPiece. */
        WPM,
        /** T5 Unigram. */
        UGM,
        /** RWKV greedy tokenizer. */
        RWKV,
        /** PLaMo-2 tokenizer. */
        PLAMO2,
        /** A tokenizer this version does not know. */
        OTHER
    }

    private final LlamaModel model;
    private final VocabHandle handle;
    // Facts that never change, read once (no lock needed to read them).
    private final int size, type, bos, eos, eot, sep, nl, pad;
    private final boolean addsBos, addsEos, addsSep;

    Vocab(LlamaModel model, VocabHandle handle) {
        this.model = model;
        this.handle = handle;
        this.size = this.handle.size();
        this.type = this.handle.type();
        int[] specials = this.handle.specials();
        this.bos = specials[0];
        this.eos = specials[1];
        this.eot = specials[2];
        this.sep = specials[3];
        this.nl = specials[4];
        this.pad = specials[5];
        this.addsBos = this.handle.addsBos();
        this.addsEos = this.handle.addsEos();
        this.addsSep = this.handle.addsSep();
    }

    /**
     * The number of tokens.
     *
     * @return the vocabulary size
     */
    public int size() {
        return size;
    }

    /**
     * The tokenizer family.
     *
     * @return the type
     * @throws IllegalStateException if the model is closed
     */
    public Type type() {
        model.checkOpen();
        int t = type;
        Type[] all = Type.values();
        return t >= 0 && t < all.length - 1 ? all[t] : Type.OTHER;
    }

    /**
     * Beginning-of-sequence token.
     *
     * @return the id, or {@link #NO_TOKEN}
     * @throws IllegalStateException if the model is closed
     */
    public int bos() {
        model.checkOpen();
        return bos;
    }

    /**
     * End-of-sequence token.
     *
     * @return the id, or {@link #NO_TOKEN}
     * @throws IllegalStateException if the model is closed
     */
    public int eos() {
        model.checkOpen();
        return eos;
    }

    /**
     * End-of-turn token (chat models).
     *
     * @return the id, or {@link #NO_TOKEN}
     * @throws IllegalStateException if the model is closed
     */
    public int eot() {
        model.checkOpen();
        return eot;
    }

    /**
     * Separator token.
     *
     * @return the id, or {@link #NO_TOKEN}
     * @throws IllegalStateException if the model is closed
     */
    public int sep() {
        model.checkOpen();
        return sep;
    }

    /**
     * Newline token.
     *
     * @return the id, or {@link #NO_TOKEN}
     * @throws IllegalStateException if the model is closed
     */
    public int nl() {
        model.checkOpen();
        return nl;
    }

    /**
     * Padding token.
     *
     * @return the id, or {@link #NO_TOKEN}
     * @throws IllegalStateException if the model is closed
     */
    public int pad() {
        model.checkOpen();
        return pad;
    }

    /**
     * Whether tokenizing with {@code addSpecial} adds a beginning-of-sequence token.
     *
     * @return llama.cpp's {@code add_bos} setting for this vocabulary
     * @throws IllegalStateException if the model is closed
     */
    public boolean addsBos() {
        model.checkOpen();
        return addsBos;
    }

    /**
     * Whether tokenizing with {@code addSpecial} adds an end-of-sequence token.
     *
     * @return llama.cpp's {@code add_eos} setting for this vocabulary
     * @throws IllegalStateException if the model is closed
     */
    public boolean addsEos() {
        model.checkOpen();
        return addsEos;
    }

    /**
     * Whether {@code token} ends generation (end of sequence, end of turn, ...).
     *
     * @param token a token id
     * @return true for an end-of-generation token
     * @throws IllegalArgumentException if the id is out of range
     * @throws IllegalStateException    if the model is closed
     */
    public boolean isEndOfGeneration(int token) {
        check(token);
        return model.read(() -> handle.isEog(token));
    }

    /**
     * Whether {@code token} is a control token (rendered only when asked for specials).
     *
     * @param token a token id
     * @return true for a control token
     * @throws IllegalArgumentException if the id is out of range
     * @throws IllegalStateException    if the model is closed
     */
    public boolean isControl(int token) {
        check(token);
        return model.read(() -> handle.isControl(token));
    }

    /**
     * The token's text as stored in the vocabulary (e.g. {@code ▁Hello} or {@code Ġworld}).
     *
     * @param token a token id
     * @return the raw token text
     * @throws IllegalArgumentException if the id is out of range
     * @throws IllegalStateException    if the model is closed
     */
    public String tokenText(int token) {
        check(token);
        return model.read(() -> handle.text(token));
    }

    /**
     * The token's score (SentencePiece log probability; 0 for most BPE vocabularies).
     *
     * @param token a token id
     * @return the score
     * @throws IllegalArgumentException if the id is out of range
     * @throws IllegalStateException    if the model is closed
     */
    public float score(int token) {
        check(token);
        return model.read(() -> handle.score(token));
    }

    /**
     * Tokenizes text, adding the model's BOS/EOS as configured; text that spells a special token
     * stays plain text ({@link SpecialTokens#ADD}).
     *
     * @param text the text
     * @return the token ids
     * @throws NullPointerException     if {@code text} is null
     * @throws IllegalArgumentException if the text is over 2 GiB of UTF-8
     * @throws IllegalStateException    if the model is closed
     */
    public int[] tokenize(String text) {
        return tokenize(text, SpecialTokens.ADD);
    }

    /**
     * Tokenizes text. Any Java string is accepted: unpaired surrogates become U+FFFD (as
     * {@link String#getBytes} encodes them) and NUL characters are ordinary text.
     *
     * @param text     the text
     * @param specials whether to add the model's BOS/EOS and whether to recognise special tokens
     *                 written as text (e.g. {@code <|im_start|>})
     * @return the token ids
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the text is over 2 GiB of UTF-8
     * @throws IllegalStateException    if the model is closed
     */
    public int[] tokenize(String text, SpecialTokens specials) {
        return tokenize(text.getBytes(StandardCharsets.UTF_8), specials);
    }

    /**
     * Tokenizes UTF-8 bytes (see {@link #tokenize(String, SpecialTokens)}).
     *
     * @param utf8     the text as UTF-8
     * @param specials whether to add and to recognise special tokens
     * @return the token ids
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the text is over 2 GiB
     * @throws IllegalStateException    if the model is closed
     */
    public int[] tokenize(byte[] utf8, SpecialTokens specials) {
        java.util.Objects.requireNonNull(utf8, "utf8");
        return tokenize(utf8, specials.add, specials.parse);
    }

    /** Tokenizes under the model's read lock (GenerateParams carries the two settings as booleans). */
    int[] tokenize(byte[] utf8, boolean addSpecial, boolean parseSpecial) {
        return model.read(() -> tokenizeUnlocked(utf8, addSpecial, parseSpecial));
    }

    /** Tokenizes; the caller guarantees the model stays open (a context's guard, or the model's read lock). */
    int[] tokenizeUnlocked(byte[] utf8, boolean addSpecial, boolean parseSpecial) {
        if (utf8.length > Integer.MAX_VALUE - 16) throw new IllegalArgumentException("text too long to tokenize: " + utf8.length + " bytes");
        return handle.tokenize(utf8, addSpecial, parseSpecial);
    }

    /**
     * Turns tokens back into text, without rendering special tokens.
     *
     * @param tokens token ids
     * @return the text (invalid UTF-8 from byte tokens becomes U+FFFD)
     * @throws IllegalArgumentException if an id is out of range
     * @throws IllegalStateException    if the model is closed
     */
    public String detokenize(int[] tokens) {
        return detokenize(tokens, SpecialTokens.NONE);
    }

    /**
     * Turns tokens back into text, the inverse of {@link #tokenize(String, SpecialTokens)} with the
     * same mode: with {@link SpecialTokens#ADD} a leading BOS and trailing EOS that the model adds
     * are dropped; with {@link SpecialTokens#PARSE} special and control tokens are rendered as their
     * text (otherwise they render as nothing). So
     * {@code detokenize(tokenize(text, ADD_AND_PARSE), ADD_AND_PARSE)} gives back {@code text} for
     * most vocabularies.
     *
     * @param tokens token ids
     * @param mode   what to do with special tokens
     * @return the text (invalid UTF-8 from byte tokens becomes U+FFFD)
     * @throws IllegalArgumentException if an id is out of range
     * @throws NullPointerException     if an argument is null
     * @throws IllegalStateException    if the model is closed
     */
    public String detokenize(int[] tokens, SpecialTokens mode) {
        java.util.Objects.requireNonNull(mode, "mode");
        for (int t : tokens) check(t);
        return model.read(() -> handle.detokenize(tokens, mode.add, mode.parse));
    }

    /**
     * The bytes one token stands for. A piece may be part of a multi-byte UTF-8 character.
     *
     * @param token   a token id
     * @param special render special and control tokens as their text (otherwise they are empty)
     * @return the piece's bytes
     * @throws IllegalArgumentException if the id is out of range
     * @throws IllegalStateException    if the model is closed
     */
    public byte[] pieceBytes(int token, boolean special) {
        check(token);
        return model.read(() -> handle.pieceBytes(token, special));
    }

    /**
     * The text of one token, special tokens not rendered; a piece that is part of a multi-byte
     * character decodes to U+FFFD (use {@link #pieceBytes} or streaming generation for those).
     *
     * @param token a token id
     * @return the piece as text
     * @throws IllegalArgumentException if the id is out of range
     * @throws IllegalStateException    if the model is closed
     */
    public String piece(int token) {
        return new String(pieceBytes(token, false), StandardCharsets.UTF_8);
    }

    /**
     * Writes a piece into {@code buf}; the caller guarantees the model is alive and the id valid.
     * Returns the byte count, or minus the size needed when it did not fit.
     */
    int piece(int token, boolean special, MemorySegment buf) {
        return handle.piece(token, special, buf);
    }

    /** Whether {@code token} ends generation; for callers that already hold the model alive. */
    boolean isEogUnchecked(int token) {
        return handle.isEog(token);
    }

    /** The stored text of {@code token}; for callers that already hold the model alive. */
    String tokenTextUnchecked(int token) {
        return handle.text(token);
    }

    /** Whether tokenizing with specials adds a separator token (rerank inputs). */
    boolean addsSep() {
        return addsSep;
    }

    void check(int token) {
        if (token < 0 || token >= size) {
            throw new IllegalArgumentException("token id " + token + " is outside the vocabulary [0, " + size + ")");
        }
    }
}
