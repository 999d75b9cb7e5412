package io.github.llamaffm.internal;

import io.github.llamaffm.gguf.GgufArray;
import io.github.llamaffm.gguf.GgufFile;
import io.github.llamaffm.gguf.GgufType;
import io.github.llamaffm.gguf.GgufValue;
import io.github.llamaffm.internal.ModelFileCheck.Problem;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static io.github.llamaffm.internal.MetadataReads.bool;
import static io.github.llamaffm.internal.MetadataReads.printable;
import static io.github.llamaffm.internal.MetadataReads.string;
import static io.github.llamaffm.internal.MetadataReads.u32;

/**
 * The vocabulary invariants of {@link ModelFileCheck} that llama.cpp asserts while it loads a
 * vocabulary or tokenizes with it: unique token texts, the byte tokens SentencePiece falls back
 * to, no BYTE tokens in WordPiece, and the special tokens a tokenizer adds. The tokenizers that
 * walk tables of their own (UGM, RWKV) are checked by {@link TokenizerCheck}.
 */
final class VocabCheck {
    /** llama.h: LLAMA_TOKEN_NULL. */
    private static final long NULL_TOKEN = -1;

    private VocabCheck() {}

    /** Checks the vocabulary of {@code f}; a model without one is left to llama.cpp, which reports it. */
    static void check(GgufFile f) {
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

        if (type.equals("ugm")) TokenizerCheck.checkCharsmap(f);
        if (model.get().equals("rwkv")) TokenizerCheck.checkRwkv(ids, n);

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

    private static long special(GgufFile f, String key, long dflt, int n) {
        long id = dflt >= 0 && dflt >= n ? NULL_TOKEN : dflt;
        long v = u32(f, key, -1);
        return v >= 0 && v < n ? v : id;
    }
}
