package io.github.llamaffm.testkit.onnx;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A WordPiece tokenizer as a Hugging Face {@code tokenizer.json} describes it, in the form
 * llama.cpp's converter ({@code convert_hf_to_gguf.py}, {@code BertModel.set_vocab} and
 * {@code gguf.SpecialVocab}) gives it: tokens in id order, their types, the special tokens and what
 * the normalizer does.
 *
 * @param tokens     the tokens by id, as the file spells them ({@code ##} marks a continuation)
 * @param types      llama.cpp's token type per id: 1 normal, 3 control (special added tokens), 4 user
 *                   defined (other added tokens), 5 unused (ids the file leaves out)
 * @param unk        the unknown token's id
 * @param cls        the id of the token the template puts first ({@code [CLS]})
 * @param sep        the id of the token the template puts last ({@code [SEP]})
 * @param pad        the padding token's id, or -1
 * @param mask       the mask token's id, or -1
 * @param addSep     whether the pair template puts a separator of its own between the sequences
 *                   beyond the one that ends the first (gguf's {@code add_sep_token})
 * @param lowercase  whether the normalizer lowercases, or {@code null} when it does not say
 * @param stripAccents whether the normalizer strips accents, or {@code null} when it does not say
 *                   (BERT's normalizer then follows {@code lowercase})
 */
record WordPieceVocab(List<String> tokens, int[] types, int unk, int cls, int sep, int pad, int mask,
                      boolean addSep, Boolean lowercase, Boolean stripAccents) {
    static final int NORMAL = 1;
    static final int CONTROL = 3;
    static final int USER_DEFINED = 4;
    static final int UNUSED = 5;
    /** More tokens than any WordPiece vocabulary has: a damaged file. */
    static final int MAX_TOKENS = 1 << 20;
    /** Tokenizer files are a few MiB at most; a larger one is not read into memory. */
    static final long MAX_FILE = 64L << 20;

    /**
     * Reads a {@code tokenizer.json} whose model is WordPiece.
     *
     * @param file the file
     * @return its vocabulary
     * @throws IOException when the file cannot be read, is not JSON, or not a WordPiece tokenizer
     *                     with a {@code [CLS] $A [SEP]} template
     */
    static WordPieceVocab read(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_FILE) {
            throw new OnnxFormatException(file, -1, "tokenizer file of " + size + " bytes is larger than " + MAX_FILE);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new OnnxFormatException(file, -1, "not UTF-8 text");
        }
        return of(file, Json.parse(file, text));
    }

    static WordPieceVocab of(Path file, Object json) throws OnnxFormatException {
        Fields root = new Fields(file, "tokenizer", json);
        Fields model = root.object("model");
        if (!"WordPiece".equals(model.string("type"))) {
            throw new OnnxFormatException(file, -1, "model type '" + model.string("type") + "' is not WordPiece");
        }
        if (!"##".equals(model.optional("continuing_subword_prefix", "##"))) {
            throw new OnnxFormatException(file, -1, "continuing_subword_prefix is not '##'");
        }
        Map<String, Object> vocab = model.object("vocab").map();
        if (vocab.isEmpty() || vocab.size() > MAX_TOKENS) {
            throw new OnnxFormatException(file, -1, "vocab has " + vocab.size() + " tokens");
        }
        String[] byId = new String[vocab.size()];
        for (Map.Entry<String, Object> e : vocab.entrySet()) {
            int id = Fields.id(file, "vocab['" + e.getKey() + "']", e.getValue(), byId.length);
            if (byId[id] != null) {
                throw new OnnxFormatException(file, -1, "tokens '" + byId[id] + "' and '" + e.getKey() + "' share id " + id);
            }
            byId[id] = e.getKey();
        }
        int[] types = new int[byId.length];
        Arrays.fill(types, NORMAL);
        List<String> tokens = new ArrayList<>(Arrays.asList(byId)); // no holes: ids are unique and < size
        for (Object o : root.list("added_tokens")) {
            Fields t = new Fields(file, "added token", o);
            int id = Fields.id(file, "added token id", t.get("id"), tokens.size());
            if (!t.string("content").equals(tokens.get(id))) {
                throw new OnnxFormatException(file, -1, "added token " + id + " '" + t.string("content")
                        + "' differs from the vocabulary's '" + tokens.get(id) + "'");
            }
            types[id] = Boolean.TRUE.equals(t.get("special")) ? CONTROL : USER_DEFINED;
        }
        int unk = idOf(file, tokens, model.string("unk_token"));
        Template template = Template.of(file, root.object("post_processor"));
        int pad = -1;
        int mask = -1;
        for (int i = 0; i < tokens.size(); i++) {
            // convert_hf_to_gguf takes these from tokenizer_config.json; BERT's are always these texts
            if (types[i] == CONTROL && tokens.get(i).equals("[PAD]")) pad = i;
            if (types[i] == CONTROL && tokens.get(i).equals("[MASK]")) mask = i;
        }
        Boolean lower = null;
        Boolean strip = null;
        Object normalizer = root.get("normalizer");
        if (normalizer != null) {
            Fields n = new Fields(file, "normalizer", normalizer);
            if ("BertNormalizer".equals(n.string("type"))) {
                lower = n.bool("lowercase");
                strip = n.bool("strip_accents");
            } else if ("Lowercase".equals(n.string("type"))) {
                lower = true;
            }
        }
        return new WordPieceVocab(List.copyOf(tokens), types, unk, idOf(file, tokens, template.first),
                idOf(file, tokens, template.last), pad, mask, template.addSep, lower, strip);
    }

    /**
     * The tokens as llama.cpp's WPM tokenizer stores them ({@code BertModel.set_vocab}'s "phantom
     * space" form): control tokens as they are, {@code ##x} as {@code x}, every other token with
     * U+2581 in front, the mark of a word's start.
     */
    List<String> phantomTokens() {
        List<String> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            out.add(types[i] == CONTROL ? t : t.startsWith("##") ? t.substring(2) : "\u2581" + t);
        }
        return out;
    }

    private static int idOf(Path file, List<String> tokens, String token) throws OnnxFormatException {
        int id = tokens.indexOf(token);
        if (id < 0) {
            throw new OnnxFormatException(file, -1, "special token '" + token + "' is not in the vocabulary");
        }
        return id;
    }

    /**
     * The post-processor's {@code TemplateProcessing}: the special tokens around a single sequence,
     * and whether the pair template separates the sequences by more than the first one's end.
     */
    private record Template(String first, String last, boolean addSep) {
        static Template of(Path file, Fields pp) throws OnnxFormatException {
            if (!"TemplateProcessing".equals(pp.string("type"))) {
                throw new OnnxFormatException(file, -1, "post_processor '" + pp.string("type") + "' is not TemplateProcessing");
            }
            List<Object> single = pp.list("single");
            String first = special(file, single.isEmpty() ? null : single.get(0));
            String last = special(file, single.isEmpty() ? null : single.get(single.size() - 1));
            if (single.size() != 3 || first == null || last == null) {
                throw new OnnxFormatException(file, -1, "the single template is not [special] $A [special]");
            }
            // gguf.SpecialVocab: in "first A x B last", add_sep only when x holds two tokens
            // (A sep sep B, RoBERTa's way); BERT's "[CLS] A [SEP] B [SEP]" leaves it false.
            List<Object> pair = pp.list("pair");
            boolean addSep = pair.size() == 6 && special(file, pair.get(2)) != null && special(file, pair.get(3)) != null;
            return new Template(first, last, addSep);
        }

        private static String special(Path file, Object piece) throws OnnxFormatException {
            if (piece == null) return null;
            Object st = new Fields(file, "template piece", piece).get("SpecialToken");
            return st == null ? null : new Fields(file, "SpecialToken", st).string("id");
        }
    }

    /** Typed access to a JSON object's fields, with errors that name the file and field. */
    record Fields(Path file, String what, Map<String, Object> map) {
        @SuppressWarnings("unchecked")
        Fields(Path file, String what, Object json) throws OnnxFormatException {
            this(file, what, json instanceof Map<?, ?> m ? (Map<String, Object>) m : fail(file, what + " is not an object"));
        }

        Object get(String key) {
            return map.get(key);
        }

        String string(String key) throws OnnxFormatException {
            return get(key) instanceof String s ? s : fail(file, what + "." + key + " is not a string");
        }

        String optional(String key, String dflt) throws OnnxFormatException {
            return get(key) == null ? dflt : string(key);
        }

        Boolean bool(String key) throws OnnxFormatException {
            Object v = get(key);
            return v == null ? null : v instanceof Boolean b ? b : fail(file, what + "." + key + " is not a boolean");
        }

        Fields object(String key) throws OnnxFormatException {
            return new Fields(file, what + "." + key, get(key));
        }

        @SuppressWarnings("unchecked")
        List<Object> list(String key) throws OnnxFormatException {
            return get(key) instanceof List<?> l ? (List<Object>) l : fail(file, what + "." + key + " is not an array");
        }

        static int id(Path file, String what, Object v, int limit) throws OnnxFormatException {
            if (v instanceof Long l && l >= 0 && l < limit) return (int) (long) l;
            return fail(file, what + " " + v + " is not an id below " + limit);
        }

        private static <T> T fail(Path file, String problem) throws OnnxFormatException {
            throw new OnnxFormatException(file, -1, problem);
        }
    }
}
