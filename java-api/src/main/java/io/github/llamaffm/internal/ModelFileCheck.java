package io.github.llamaffm.internal;

import io.github.llamaffm.ModelLoadException;
import io.github.llamaffm.gguf.GgmlType;
import io.github.llamaffm.gguf.GgufArray;
import io.github.llamaffm.gguf.GgufFile;
import io.github.llamaffm.gguf.GgufFormatException;
import io.github.llamaffm.gguf.GgufTensorInfo;
import io.github.llamaffm.gguf.GgufType;
import io.github.llamaffm.gguf.GgufValue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a model or LoRA adapter file in Java before llama.cpp opens it, so that a hostile or
 * corrupt file ends in a {@link ModelLoadException} instead of one of the assertions
 * ({@code GGML_ASSERT}, {@code GGML_ABORT}, an uncaught C++ exception) with which llama.cpp stops
 * the whole process.
 *
 * <p>The structure (header, key/value types, string and array lengths, tensor dimensions, types,
 * offsets, alignment, data inside the file, overflow) is checked by {@link GgufFile#read}. This
 * class adds the invariants that llama.cpp asserts instead of reporting; each check names the
 * assertion it pre-empts ({@code file:line} of the pinned llama.cpp release). Checks that
 * llama.cpp makes itself and reports as an error (a missing key, a key of the wrong type, a
 * tensor of the wrong shape) are left to it. Only metadata is read, never tensor data.
 *
 * <p>Architecture-independent invariants (vocabulary, the hyper-parameters every architecture's
 * loader reads, LoRA metadata types) are checked for every file; the per-architecture ones for
 * {@code llama}. Files of other architectures pass to llama.cpp after the generic checks.
 *
 * <p>The system property {@value #SWITCH}{@code =false} turns the check off (for measuring its
 * cost and for testing the abort safety net in {@link NativeAbort}); never do that for files
 * from untrusted sources.
 */
public final class ModelFileCheck {
    /** The system property that, set to {@code false}, skips the check. */
    public static final String SWITCH = "llama.ffm.modelFileCheck";

    /** llama-hparams.h: LLAMA_MAX_LAYERS. */
    private static final int MAX_LAYERS = 512;
    /** llama-hparams.h: LLAMA_MAX_EXPERTS. */
    private static final int MAX_EXPERTS = 1024;
    /** llama-model.cpp: LLAMA_ROPE_SCALING_TYPES. */
    private static final Set<String> ROPE_SCALING_TYPES = Set.of("none", "linear", "yarn", "longrope");
    /** ggml-impl.h: TENSOR_ALIGNMENT. */
    private static final int TENSOR_ALIGNMENT = 32;
    /** llama.h: LLAMA_TOKEN_NULL. */
    private static final long NULL_TOKEN = -1;

    private ModelFileCheck() {}

    /** A broken invariant: what (a key or tensor) and why. */
    private static final class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Problem(String message) {
            super(message, null, false, false);
        }
    }

    private static boolean enabled() {
        return !"false".equalsIgnoreCase(System.getProperty(SWITCH));
    }

    /**
     * Checks a model file.
     *
     * @param path the file (absolute, for the message)
     * @throws ModelLoadException when the file is not valid GGUF or breaks an invariant that
     *                            llama.cpp would assert
     */
    public static void checkModel(Path path) {
        if (!enabled()) return;
        try (GgufFile f = open(path, "model")) {
            checkVocab(f);
            checkTensors(f, false);
            checkHyperParameters(f);
        } catch (Problem p) {
            throw new ModelLoadException("cannot load model " + path + ": " + p.getMessage());
        }
    }

    /**
     * Checks a LoRA adapter file.
     *
     * @param path the file (absolute, for the message)
     * @throws ModelLoadException when the file is not valid GGUF or breaks an invariant that
     *                            llama.cpp would assert
     */
    public static void checkAdapter(Path path) {
        if (!enabled()) return;
        try (GgufFile f = open(path, "LoRA adapter")) {
            // llama-adapter.cpp:195-201 reads these with gguf_get_val_str / gguf_get_val_f32, whose
            // get_val<T> asserts the stored type (gguf.cpp:195 GGML_ASSERT(type_to_gguf_type<T>::value == type)).
            requireTypeIfPresent(f, "general.type", GgufType.STRING);
            requireTypeIfPresent(f, GgufFile.ARCHITECTURE_KEY, GgufType.STRING);
            requireTypeIfPresent(f, "adapter.type", GgufType.STRING);
            requireTypeIfPresent(f, "adapter.lora.alpha", GgufType.FLOAT32);
            checkTensors(f, true);
        } catch (Problem p) {
            throw new ModelLoadException("cannot load the LoRA adapter " + path + ": " + p.getMessage());
        }
    }

    private static GgufFile open(Path path, String what) {
        try {
            return GgufFile.read(path);
        } catch (GgufFormatException e) {
            throw new ModelLoadException("cannot load " + what + " " + path + ": not a valid GGUF file: " + e.getMessage()
                    + ggufReason(path), e);
        } catch (IOException e) {
            throw new ModelLoadException("cannot load " + what + " " + path + ": " + e, e);
        }
    }

    /**
     * What llama.cpp's own GGUF parser (gguf.cpp, metadata only) says about a file the Java reader
     * refused, as " (llama.cpp: ...)", or "" when it says nothing or accepts the file.
     */
    private static String ggufReason(Path path) {
        try (java.lang.foreign.Arena arena = java.lang.foreign.Arena.ofShared()) {
            java.lang.foreign.MemorySegment params = io.github.llamaffm.bindings.gguf_init_params.allocate(arena);
            io.github.llamaffm.bindings.gguf_init_params.no_alloc(params, true);
            io.github.llamaffm.bindings.gguf_init_params.ctx(params, java.lang.foreign.MemorySegment.NULL);
            java.lang.foreign.MemorySegment name = arena.allocateFrom(path.toString());
            NativeAbort.Loaded<java.lang.foreign.MemorySegment> r = NativeAbort.load("reading " + path,
                    () -> io.github.llamaffm.bindings.llama_h.gguf_init_from_file(name, params));
            if (!Native.isNull(r.value())) {
                io.github.llamaffm.bindings.llama_h.gguf_free(r.value());
                return "";
            }
            return r.recentLog();
        } catch (RuntimeException e) {
            return "";
        }
    }

    // ------------------------------------------------------------------ helpers

    private static String q(String key) {
        return "'" + key + "'";
    }

    private static void requireTypeIfPresent(GgufFile f, String key, GgufType type) {
        Optional<GgufValue> v = f.get(key);
        if (v.isPresent() && v.get().type() != type) {
            throw new Problem("key " + q(key) + " is a " + v.get().type() + ", not a " + type);
        }
    }

    /** A string value, or empty when absent or of another type (llama.cpp reports those itself). */
    private static Optional<String> string(GgufFile f, String key) {
        Optional<GgufValue> v = f.get(key);
        return v.isPresent() && v.get().type() == GgufType.STRING ? Optional.of(v.get().asString()) : Optional.empty();
    }

    /**
     * A value llama.cpp reads as {@code uint32_t} (get_key checks the type is exactly UINT32 and
     * throws otherwise), or {@code dflt} when absent or of another type.
     */
    private static long u32(GgufFile f, String key, long dflt) {
        Optional<GgufValue> v = f.get(key);
        return v.isPresent() && v.get().type() == GgufType.UINT32 ? v.get().asLong() : dflt;
    }

    private static boolean bool(GgufFile f, String key, boolean dflt) {
        Optional<GgufValue> v = f.get(key);
        return v.isPresent() && v.get().type() == GgufType.BOOL ? v.get().asBoolean() : dflt;
    }

    /**
     * A per-layer value as llama_model_loader::get_key_or_arr reads it: a UINT32 scalar repeated
     * for every layer, or an array of exactly {@code layers} INT32/UINT32/BOOL elements (anything
     * else llama.cpp reports itself); null when absent or unreadable.
     */
    private static long[] perLayer(GgufFile f, String key, int layers) {
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

    private static long max(long[] a) {
        long m = 0;
        for (long x : a) m = Math.max(m, x);
        return m;
    }

    // ------------------------------------------------------------------ vocabulary

    /**
     * The token texts as llama.cpp keys them (llama-vocab.cpp:2500-2513): the bytes up to the first
     * NUL (it copies a C string), an empty one replaced by "[EMPTY_<id>]". An open-addressing table
     * of 64-bit hashes over the raw bytes (no String per token: the check must stay cheap for
     * 150k-token vocabularies).
     */
    private static final class TokenIndex {
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

    private static void checkVocab(GgufFile f) {
        Optional<String> model = string(f, "tokenizer.ggml.model");
        if (model.isEmpty()) return; // llama.cpp throws "key not found"
        if (model.get().equals("no_vocab") || model.get().equals("none")) {
            // LLAMA_VOCAB_TYPE_NONE: llama.cpp loads it, then asserts in every tokenizer call
            // (llama-vocab.cpp:3417 GGML_ASSERT(tokenizer && ...), 3153-3210 GGML_ASSERT(type != LLAMA_VOCAB_TYPE_NONE)).
            throw new Problem("key 'tokenizer.ggml.model' = '" + model.get() + "': models without a vocabulary are not supported"
                    + " (llama.cpp would abort on the first tokenizer call, llama-vocab.cpp:3417)");
        }
        Optional<GgufValue> tv = f.get("tokenizer.ggml.tokens");
        if (tv.isEmpty() || tv.get().type() != GgufType.ARRAY || tv.get().asArray().elementType() != GgufType.STRING) {
            return; // llama-vocab.cpp:2458-2463 throws "cannot find tokenizer vocab" / "invalid gguf type"
        }
        GgufArray tokens = tv.get().asArray();
        int n = tokens.size();

        // llama-vocab.cpp:2539 GGML_ASSERT(id_to_token.size() == token_to_id.size()): token texts
        // (as C strings) must be unique.
        TokenIndex ids = new TokenIndex(tokens);
        for (int i = 0; i < n; i++) {
            int prev = ids.add(i);
            if (prev >= 0) {
                throw new Problem("key 'tokenizer.ggml.tokens': token " + i + " has the same text as token " + prev
                        + " (" + printable(ids.text(i)) + "); llama.cpp would abort on it (llama-vocab.cpp:2539)");
            }
        }

        String type = switch (model.get()) {
            case "llama" -> "spm";
            case "gpt2", "hybriddna", "whitespace", "gemma4" -> "bpe";
            case "bert" -> "wpm";
            case "t5" -> "ugm";
            default -> "other";
        };

        // llama-vocab.cpp:193 (SPM resegment) calls byte_to_token for text no token covers, and
        // byte_to_token (llama-vocab.cpp:4009) does token_to_id.at(...): a missing byte token is an
        // std::out_of_range thrown through llama_tokenize, which terminates the process.
        if (type.equals("spm")) {
            for (int b = 0; b < 256; b++) {
                String hex = String.format("<0x%02X>", b);
                if (!ids.contains(hex.getBytes(StandardCharsets.US_ASCII)) && (b == 0 || !ids.contains(new byte[] {(byte) b}))) {
                    throw new Problem("key 'tokenizer.ggml.tokens': the SentencePiece vocabulary has no byte token " + hex
                            + "; llama.cpp would terminate when tokenizing such a byte (llama-vocab.cpp:4009)");
                }
            }
        }

        if (type.equals("ugm")) checkCharsmap(f);
        if (model.get().equals("rwkv")) checkRwkv(ids, n);

        // WPM detokenizes a BYTE token (token type 6) with token_to_byte, which aborts for WPM
        // (llama-vocab.cpp:3202 GGML_ABORT, reached from the token-to-piece cache built at load).
        if (type.equals("wpm")) {
            Optional<GgufValue> types = f.get("tokenizer.ggml.token_type");
            if (types.isPresent() && types.get().type() == GgufType.ARRAY && types.get().asArray().elementType() == GgufType.INT32) {
                GgufArray a = types.get().asArray();
                for (int i = 0; i < Math.min(n, a.size()); i++) {
                    if (a.getInt(i) == 6) {
                        throw new Problem("key 'tokenizer.ggml.token_type': token " + i + " is a BYTE token in a WordPiece (bert)"
                                + " vocabulary; llama.cpp would abort (llama-vocab.cpp:3202)");
                    }
                }
            }
        }

        // Special tokens (SPM, WPM, UGM; the BPE tokenizer checks its ids): llama-vocab.cpp:2588-2628 keeps an override only when it is in range, else
        // the default, which it drops when out of range. llama_vocab::impl::tokenize then asserts
        // the ids it needs (llama-vocab.cpp:3438, 3475, 3522, 3542, 3549, 3574).
        long bos, eos, sep;
        boolean addBos, addEos, addSep;
        switch (type) {
            case "spm" -> { bos = 1; eos = 2; sep = NULL_TOKEN; addBos = true; addEos = false; addSep = false; }
            case "wpm" -> { bos = 101; eos = NULL_TOKEN; sep = 102; addBos = true; addEos = false; addSep = true; }
            case "ugm" -> { bos = NULL_TOKEN; eos = 1; sep = NULL_TOKEN; addBos = false; addEos = true; addSep = false; }
            default -> { return; }
        }
        bos = special(f, "tokenizer.ggml.bos_token_id", bos, n);
        eos = special(f, "tokenizer.ggml.eos_token_id", eos, n);
        sep = special(f, "tokenizer.ggml.seperator_token_id", sep, n);
        // The add_* defaults depend on the pre-tokenizer; assume the one that needs the token.
        addBos = bool(f, "tokenizer.ggml.add_bos_token", addBos);
        addEos = bool(f, "tokenizer.ggml.add_eos_token", addEos);
        addSep = bool(f, "tokenizer.ggml.add_sep_token", addSep);
        if (type.equals("wpm")) {
            addBos = true; // WPM asserts BOS and SEP whenever special tokens are added
            addSep = true;
        }
        if (addBos && bos == NULL_TOKEN) {
            throw new Problem("key 'tokenizer.ggml.bos_token_id': no valid BOS token among " + n
                    + " tokens, but the tokenizer adds one; llama.cpp would abort (llama-vocab.cpp:3438)");
        }
        if (addEos && eos == NULL_TOKEN) {
            throw new Problem("key 'tokenizer.ggml.eos_token_id': no valid EOS token among " + n
                    + " tokens, but the tokenizer adds one; llama.cpp would abort (llama-vocab.cpp:3475)");
        }
        if (addSep && sep == NULL_TOKEN) {
            throw new Problem("key 'tokenizer.ggml.seperator_token_id': no valid SEP token among " + n
                    + " tokens, but the tokenizer adds one; llama.cpp would abort (llama-vocab.cpp:3542)");
        }
    }

    /**
     * The UGM (T5) normalizer walks the XOR-compressed double array of
     * {@code tokenizer.ggml.precompiled_charsmap} for every byte of the text to tokenize
     * (llama-vocab.cpp:1187-1235) and throws std::runtime_error for a node index out of the array,
     * a replacement offset out of the strings, or a replacement without its NUL. Thrown inside
     * llama_tokenize, that terminates the process; so every node the walk can reach from the root,
     * for any byte 1..255, is checked here (the layout checks of llama-vocab.cpp:2063-2070 are left
     * to llama.cpp, which reports them).
     */
    private static void checkCharsmap(GgufFile f) {
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
    private static void checkRwkv(TokenIndex ids, int n) {
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

    private static long special(GgufFile f, String key, long dflt, int n) {
        long id = dflt >= 0 && dflt >= n ? NULL_TOKEN : dflt;
        long v = u32(f, key, -1);
        return v >= 0 && v < n ? v : id;
    }

    private static String printable(byte[] utf8) {
        return printable(new String(utf8, StandardCharsets.UTF_8));
    }

    private static String printable(String s) {
        StringBuilder sb = new StringBuilder("'");
        s.codePoints().limit(40).forEach(c -> {
            if (c < 0x20 || c == 0x7F) sb.append(String.format("\\x%02x", c));
            else sb.appendCodePoint(c);
        });
        return sb.append(s.length() > 40 ? "...'" : "'").toString();
    }

    // ------------------------------------------------------------------ hyper-parameters

    private static void checkHyperParameters(GgufFile f) {
        Optional<String> archOpt = string(f, GgufFile.ARCHITECTURE_KEY);
        if (archOpt.isEmpty()) return; // llama.cpp reports a missing or mistyped architecture
        String arch = archOpt.get();
        if (arch.equals("clip")) return; // llama-model.cpp:1251 reads no hyper-parameters for CLIP
        String p = arch + ".";
        Optional<GgufValue> blocks = f.get(p + "block_count");
        if (blocks.isEmpty() || blocks.get().type() != GgufType.UINT32) {
            return; // llama.cpp throws "key not found" / "wrong type" itself (or the architecture is unknown)
        }
        long layers = blocks.get().asLong();
        // llama-model.cpp:1260 GGML_ASSERT(hparams.n_layer_all > 0 && hparams.n_layer_all <= LLAMA_MAX_LAYERS)
        if (layers < 1 || layers > MAX_LAYERS) {
            throw new Problem("key " + q(p + "block_count") + " = " + layers + " is not in 1.." + MAX_LAYERS
                    + "; llama.cpp would abort (llama-model.cpp:1260)");
        }
        int n = (int) layers;
        // llama-model.cpp:1262 GGML_ASSERT(hparams.n_layer_nextn <= hparams.n_layer_all)
        long nextn = u32(f, p + "nextn_predict_layers", 0);
        if (nextn > layers) {
            throw new Problem("key " + q(p + "nextn_predict_layers") + " = " + nextn + " exceeds the block count " + layers
                    + "; llama.cpp would abort (llama-model.cpp:1262)");
        }
        // llama-model.cpp:1293-1306: expert counts
        long experts = u32(f, p + "expert_count", 0);
        long[] used = perLayer(f, p + "expert_used_count", n);
        long usedMax = used == null ? 0 : max(used);
        long groups = u32(f, p + "expert_group_count", 0);
        long groupUsed = u32(f, p + "expert_group_used_count", 0);
        String expertProblem = null;
        if (experts > MAX_EXPERTS) {
            expertProblem = q(p + "expert_count") + " = " + experts + " exceeds " + MAX_EXPERTS;
        } else if (usedMax > experts) {
            expertProblem = q(p + "expert_used_count") + " = " + usedMax + " exceeds the expert count " + experts;
        } else if (experts > 0) {
            if (usedMax == 0) {
                expertProblem = q(p + "expert_used_count") + " is 0 (or absent) with " + experts + " experts";
            } else if (groups >= experts) {
                expertProblem = q(p + "expert_group_count") + " = " + groups + " is not below the expert count " + experts;
            } else if (groups > 1 && (experts % groups != 0 || groupUsed == 0 || groupUsed >= groups)) {
                expertProblem = "expert groups " + groups + " (used " + groupUsed + ") do not divide " + experts + " experts";
            }
        } else if (groups != 0) {
            expertProblem = q(p + "expert_group_count") + " = " + groups + " without experts";
        }
        if (expertProblem != null) {
            throw new Problem("key " + expertProblem + "; llama.cpp would abort (llama-model.cpp:1293-1306)");
        }
        // llama-model.cpp:1352 GGML_ASSERT(hparams.rope_scaling_type_train != LLAMA_ROPE_SCALING_TYPE_UNSPECIFIED)
        Optional<String> scaling = string(f, p + "rope.scaling.type");
        if (scaling.isPresent() && !ROPE_SCALING_TYPES.contains(scaling.get())) {
            throw new Problem("key " + q(p + "rope.scaling.type") + " = " + printable(scaling.get())
                    + " is not one of " + ROPE_SCALING_TYPES + "; llama.cpp would abort (llama-model.cpp:1352)");
        }
        // ggml-cpu/ops.cpp:3843, 3949, 4319 GGML_ASSERT(eps >= 0.0f) in the norm kernels, at the first decode
        for (String key : new String[] {p + "attention.layer_norm_rms_epsilon", p + "attention.layer_norm_epsilon"}) {
            Optional<GgufValue> eps = f.get(key);
            if (eps.isPresent() && eps.get().type() == GgufType.FLOAT32 && !(eps.get().asFloat() >= 0f)) {
                throw new Problem("key " + q(key) + " = " + eps.get().asFloat()
                        + " is not >= 0; ggml would abort in the norm of the first decode (ggml-cpu/ops.cpp:3949)");
            }
        }
        if (arch.equals("llama")) {
            checkLlama(f, p, n, experts);
        }
    }

    /** The llama architecture (models/llama.cpp): every tensor dimension it creates must be at least 1. */
    private static void checkLlama(GgufFile f, String p, int layers, long experts) {
        long embd = u32(f, p + "embedding_length", -1);
        long[] heads = perLayer(f, p + "attention.head_count", layers);
        if (embd < 0 || heads == null) return; // llama.cpp throws: missing or mistyped
        long[] headsKv = f.containsKey(p + "attention.head_count_kv") ? perLayer(f, p + "attention.head_count_kv", layers) : heads;
        long[] ff = perLayer(f, p + "feed_forward_length", layers);
        if (headsKv == null) return;
        // Tensor shapes from these values pass through llama_model_loader::create_tensor, which
        // asserts every dimension >= 1 (llama-model-loader.cpp:1316).
        String why = "; llama.cpp would abort (llama-model-loader.cpp:1316)";
        if (embd == 0) throw new Problem("key " + q(p + "embedding_length") + " is 0" + why);
        for (int i = 0; i < layers; i++) {
            if (heads[i] == 0) throw new Problem("key " + q(p + "attention.head_count") + " is 0 for layer " + i + why);
            if (headsKv[i] == 0) throw new Problem("key " + q(p + "attention.head_count_kv") + " is 0 for layer " + i + why);
            // ggml_mul_mat / flash attention broadcast K/V heads over Q heads (ggml.c:3345 GGML_ASSERT(ggml_can_mul_mat))
            if (heads[i] % headsKv[i] != 0) {
                throw new Problem("key " + q(p + "attention.head_count_kv") + " = " + headsKv[i] + " does not divide the "
                        + heads[i] + " heads of layer " + i + "; ggml would abort in attention (ggml.c ggml_mul_mat)");
            }
            // load_arch_tensors sizes every layer's Q/K/V with layer 0's head counts, while the graph
            // reshapes with the layer's own: ggml_reshape_3d asserts the element count (ggml.c).
            if (heads[i] != heads[0] || headsKv[i] != headsKv[0]) {
                throw new Problem("keys " + q(p + "attention.head_count") + "/" + q(p + "attention.head_count_kv")
                        + " differ between layer 0 and layer " + i + "; llama.cpp would abort building the graph (ggml.c:3749 ggml_reshape_3d)");
            }
            if (experts == 0 && (ff == null || ff[i] == 0)) {
                throw new Problem("key " + q(p + "feed_forward_length") + " is 0 or absent for layer " + i + why);
            }
        }
        long headK = u32(f, p + "attention.key_length", embd / heads[0]);
        long headV = u32(f, p + "attention.value_length", embd / heads[0]);
        if (headK == 0 || headV == 0) {
            throw new Problem("the attention head size is 0 (embedding_length " + embd + ", " + heads[0] + " heads)" + why);
        }
        long rot = u32(f, p + "rope.dimension_count", headK);
        // models/llama.cpp:102-103 GGML_ASSERT(n_embd_head == hparams.n_embd_head_k()) and (n_embd_head == n_rot),
        // asserted when a context builds its graph.
        if (headV != headK || rot != headK) {
            throw new Problem("keys " + q(p + "attention.key_length") + " (" + headK + "), " + q(p + "attention.value_length")
                    + " (" + headV + ") and " + q(p + "rope.dimension_count") + " (" + rot
                    + ") differ; llama.cpp would abort building the graph (models/llama.cpp:102)");
        }
        // n_vocab is the vocabulary's token count (llama-vocab.cpp:1939-1968): the token list, or for
        // "no_vocab"/"none" the key <arch>.vocab_size (0 when absent).
        Optional<String> tokenizer = string(f, "tokenizer.ggml.model");
        Optional<GgufValue> tokens = f.get("tokenizer.ggml.tokens");
        long vocab;
        if (tokenizer.isEmpty()) {
            return; // llama.cpp throws "key not found"
        } else if (tokenizer.get().equals("no_vocab") || tokenizer.get().equals("none")) {
            vocab = u32(f, p + "vocab_size", 0);
        } else if (tokens.isPresent() && tokens.get().type() == GgufType.ARRAY) {
            vocab = tokens.get().asArray().size();
        } else {
            return; // llama.cpp throws "cannot find tokenizer vocab"
        }
        if (vocab == 0) throw new Problem("the vocabulary is empty (token_embd.weight would have 0 rows)" + why);
    }

    /**
     * Weight types ggml's CPU backend has no dot product for: a matrix of one of these reaches
     * ggml_compute_forward_mul_mat with a NULL vec_dot and the process dies (SIGSEGV; seen with I16).
     */
    private static final Set<GgmlType> NOT_MULTIPLIABLE = Set.of(GgmlType.I8, GgmlType.I16, GgmlType.I32, GgmlType.I64,
            GgmlType.F64, GgmlType.Q8_1, GgmlType.Q8_K);

    /**
     * Tensor types and placement: gguf.cpp rejects type ids it does not know; this also rejects
     * types that ggml has retired (block size 0), matrices of types that cannot be multiplied, and
     * one-dimensional tensors (norms, biases, rope factors) that are not F32: they are operands of
     * ggml's element-wise ops, which abort on any other type (ggml-cpu/binary-ops.cpp:135
     * "binary_op: unsupported types", at the first decode; seen with f16, bf16, q8_0, i32).
     * llama.cpp's converter writes every one-dimensional tensor as F32.
     */
    private static void checkTensors(GgufFile f, boolean adapter) {
        for (GgufTensorInfo t : f.tensors()) {
            Optional<GgmlType> type = t.type();
            if (type.isEmpty() || type.get().blockSize() == 0) {
                throw new Problem("tensor '" + t.name() + "' has the unknown or retired ggml type " + t.typeName());
            }
            // llama-model.cpp:1790 wraps the mapped file from the first tensor on as a CPU buffer;
            // ggml-backend.cpp:2511 GGML_ASSERT((uintptr_t)ptr % TENSOR_ALIGNMENT == 0) (TENSOR_ALIGNMENT = 32).
            if (t.fileOffset() % TENSOR_ALIGNMENT != 0) {
                throw new Problem("tensor '" + t.name() + "' starts at file offset " + t.fileOffset() + ", not a multiple of "
                        + TENSOR_ALIGNMENT + " (general.alignment too small); llama.cpp would abort (ggml-backend.cpp:2511)");
            }
            if (t.dimensionCount() >= 2 && NOT_MULTIPLIABLE.contains(type.get())) {
                throw new Problem("tensor '" + t.name() + "' has type " + t.typeName()
                        + ", which ggml cannot multiply (no vec_dot: the process would crash in ggml_compute_forward_mul_mat)");
            }
            // llama-adapter.cpp:290 skips an adapter's "_norm.weight" tensors
            boolean unused = adapter && t.name().endsWith("_norm.weight");
            if (t.dimensionCount() == 1 && type.get() != GgmlType.F32 && !unused) {
                throw new Problem("tensor '" + t.name() + "' is one-dimensional but " + t.typeName()
                        + ", not f32; ggml would abort in its first element-wise op (ggml-cpu/binary-ops.cpp:135)");
            }
        }
    }
}
