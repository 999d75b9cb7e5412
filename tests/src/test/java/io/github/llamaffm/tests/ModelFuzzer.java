package io.github.llamaffm.tests;

import io.github.llamaffm.ContextParams;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.LoraAdapter;
import io.github.llamaffm.ModelParams;
import io.github.llamaffm.Sampler;
import io.github.llamaffm.SpecialTokens;
import io.github.llamaffm.gguf.GgmlType;
import io.github.llamaffm.gguf.GgufArray;
import io.github.llamaffm.gguf.GgufFile;
import io.github.llamaffm.gguf.GgufTensorInfo;
import io.github.llamaffm.gguf.GgufType;
import io.github.llamaffm.gguf.GgufValue;
import io.github.llamaffm.gguf.GgufWriter;
import io.github.llamaffm.gguf.RandomLlamaModel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Seeded mutations of small llama models (real tokenizers, float and quantized weights) aimed at
 * what a GGUF loader trusts. {@link #generate(long)} turns a seed into a file, always the same
 * file for the same seed; {@link #run(Path)} loads it, creates a context, tokenizes and generates
 * a few tokens, with a LoRA adapter for some seeds. A file must either work or end in a Java
 * exception: a JVM that dies is a bug (the seed, logged before each file, reproduces it).
 *
 * <p>Two kinds of mutation: <i>semantic</i> ones rebuild the file with {@link GgufWriter} after
 * changing metadata values and types (token texts: duplicates, empty, huge, NUL inside, missing
 * byte tokens; special token ids; merges; tokenizer model; hyper-parameters, per-layer arrays,
 * architecture; tensor shapes, types and names), so that the file reaches llama.cpp's semantic
 * checks; <i>raw</i> ones then overwrite fields of the written file in place (header counts,
 * key/value types, string and array lengths, tensor dimension counts, dimensions, types and
 * offsets) with boundary values, flip bytes, or truncate the file at a field boundary.
 */
final class ModelFuzzer {
    /** The vocabularies of llama.cpp's models/ggml-vocab-*.gguf the base models use. */
    static final List<String> VOCABS = List.of("llama-spm", "phi-3", "gpt-2", "qwen2", "llama-bpe");
    /** The weight types of the base models' matrices. */
    static final List<GgmlType> TYPES = List.of(GgmlType.F32, GgmlType.F16, GgmlType.Q8_0, GgmlType.Q4_0);
    private static final String PROMPT = "Hello wörld \u00e9\u4e16\u754c \uD83D\uDE00\n\t<s></s><|endoftext|> 12345";

    private final Path dir;
    private final Map<String, Base> bases = new ConcurrentHashMap<>();

    /** A base model: its metadata and tensors (bytes in memory), and a matching LoRA adapter. */
    record Base(String name, Map<String, GgufValue> metadata, List<Tensor> tensors, Path lora) {}

    /** A tensor to write. */
    record Tensor(String name, GgmlType type, long[] shape, byte[] data) {}

    /** A generated file and what was done to it. */
    record Case(long seed, Path file, Path lora, String description) {}

    ModelFuzzer(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ base models

    Base base(String vocab, GgmlType type) {
        return bases.computeIfAbsent(vocab + "-" + type.ggmlName(), k -> {
            try {
                return makeBase(vocab, type);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private Base makeBase(String vocab, GgmlType type) throws IOException {
        RandomLlamaModel spec = RandomLlamaModel.tiny().vocabulary(NativeSource.root().resolve("models/ggml-vocab-" + vocab + ".gguf"))
                .embeddingLength(32).feedForwardLength(64).blockCount(2).headCount(4).headCountKv(2).contextLength(256)
                .tensorType(GgmlType.F32).tiedEmbeddings(type == GgmlType.Q4_0 || vocab.equals("qwen2") || vocab.equals("llama-bpe"))
                .seed(7).build();
        Path f32 = dir.resolve("base-" + vocab + "-f32.gguf");
        if (!Files.exists(f32)) {
            Path tmp = Files.createTempFile(dir, "base", ".tmp");
            spec.write(tmp);
            Files.move(tmp, f32, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Map<String, GgufValue> meta = new LinkedHashMap<>();
        List<Tensor> tensors = new ArrayList<>();
        try (GgufFile g = GgufFile.read(f32)) {
            meta.putAll(g.metadata());
            for (GgufTensorInfo t : g.tensors()) {
                float[] v = g.readTensorFloats(t.name());
                GgmlType tt = t.dimensionCount() == 1 ? GgmlType.F32 : type;
                tensors.add(new Tensor(t.name(), tt, t.shape(), encode(v, tt)));
            }
        }
        meta.put("general.file_type", GgufValue.ofUInt32(switch (type) {
            case F16 -> 1;
            case Q8_0 -> 7;
            case Q4_0 -> 2;
            default -> 0;
        }));
        Path lora = dir.resolve("lora-" + vocab + ".gguf");
        if (!Files.exists(lora)) {
            Path tmp = Files.createTempFile(dir, "lora", ".tmp");
            io.github.llamaffm.gguf.RandomLoraAdapter.of(spec).rank(4).seed(3).write(tmp);
            Files.move(tmp, lora, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return new Base(vocab + "-" + type.ggmlName(), meta, tensors, lora);
    }

    /** Encodes floats as F32, F16, Q8_0 or Q4_0 (ggml's reference quantizers, simplified). */
    static byte[] encode(float[] v, GgmlType type) {
        ByteBuffer b = ByteBuffer.allocate((int) type.byteSize(v.length)).order(ByteOrder.LITTLE_ENDIAN);
        switch (type) {
            case F32 -> { for (float x : v) b.putFloat(x); }
            case F16 -> { for (float x : v) b.putShort(Float.floatToFloat16(x)); }
            case Q8_0 -> {
                for (int i = 0; i < v.length; i += 32) {
                    float amax = 0;
                    for (int j = 0; j < 32; j++) amax = Math.max(amax, Math.abs(v[i + j]));
                    float d = amax / 127f;
                    b.putShort(Float.floatToFloat16(d));
                    for (int j = 0; j < 32; j++) b.put((byte) (d == 0 ? 0 : Math.round(v[i + j] / d)));
                }
            }
            case Q4_0 -> {
                for (int i = 0; i < v.length; i += 32) {
                    float max = 0;
                    for (int j = 0; j < 32; j++) if (Math.abs(v[i + j]) > Math.abs(max)) max = v[i + j];
                    float d = max / -8f;
                    float id = d == 0 ? 0 : 1f / d;
                    b.putShort(Float.floatToFloat16(d));
                    for (int j = 0; j < 16; j++) {
                        int x0 = Math.min(15, (int) (v[i + j] * id + 8.5f));
                        int x1 = Math.min(15, (int) (v[i + 16 + j] * id + 8.5f));
                        b.put((byte) (x0 | (x1 << 4)));
                    }
                }
            }
            default -> throw new IllegalArgumentException(type.toString());
        }
        return b.array();
    }

    // ------------------------------------------------------------------ generation

    /**
     * Writes the file for a seed.
     *
     * @param seed any value; the same seed gives the same file
     * @return the case: the file (and the LoRA adapter to apply, when the seed chose one)
     */
    Case generate(long seed) throws IOException {
        SplittableRandom r = new SplittableRandom(seed);
        // Small vocabularies more often: they load faster.
        String vocab = VOCABS.get(pickWeighted(r, 30, 30, 20, 10, 10));
        GgmlType type = TYPES.get(r.nextInt(TYPES.size()));
        Base base = base(vocab, type);
        Map<String, GgufValue> meta = new LinkedHashMap<>(base.metadata());
        List<Tensor> tensors = new ArrayList<>(base.tensors());
        StringBuilder what = new StringBuilder(base.name());
        boolean loraCase = r.nextInt(10) == 0;
        int semantic = r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(3);
        for (int i = 0; i < semantic; i++) {
            try {
                what.append("; ").append(loraCase ? mutateLora(r) : mutateSemantic(r, meta, tensors));
            } catch (IllegalArgumentException e) {
                what.append("(mutation refused: ").append(e.getMessage()).append(')');
            }
        }
        Path file = dir.resolve("case-" + Long.toUnsignedString(seed) + ".gguf");
        Path lora = null;
        if (loraCase) {
            // The model stays intact; the adapter is mutated (raw mutations below apply to it).
            write(base.metadata(), base.tensors(), file);
            lora = dir.resolve("case-" + Long.toUnsignedString(seed) + "-lora.gguf");
            Files.copy(base.lora(), lora, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            if (semantic > 0) rewriteLora(r, lora, what);
        } else {
            try {
                write(meta, tensors, file);
            } catch (IllegalArgumentException e) {
                // the writer refused the mutation (e.g. a shape invalid for the type): write the base
                what.append("; (writer refused: ").append(e.getMessage()).append(')');
                write(base.metadata(), base.tensors(), file);
            }
        }
        Path target = lora != null ? lora : file;
        int raw = semantic == 0 ? 1 + r.nextInt(3) : (r.nextInt(3) == 0 ? 1 : 0);
        if (raw > 0) {
            // Fields are located in the intact file; later mutations may land beyond a truncation (skipped).
            byte[] b = Files.readAllBytes(target);
            List<Field> fields = fields(b);
            for (int i = 0; i < raw; i++) {
                b = mutateRaw(r, b, fields, what.append("; "));
            }
            Files.write(target, b);
        }
        return new Case(seed, file, lora, what.toString());
    }

    private static int pickWeighted(SplittableRandom r, int... weights) {
        int total = 0;
        for (int w : weights) total += w;
        int x = r.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) return i;
        }
        return weights.length - 1;
    }

    static void write(Map<String, GgufValue> meta, List<Tensor> tensors, Path file) throws IOException {
        GgufWriter w = new GgufWriter();
        w.putAll(meta);
        for (Tensor t : tensors) w.addTensor(t.name(), t.type(), t.shape(), t.data());
        w.write(file);
    }

    // ------------------------------------------------------------------ semantic mutations

    private static final String[] ARCHS = {"llama", "qwen2", "qwen3", "phi3", "gemma", "gemma2", "falcon", "gpt2", "bert",
            "mamba", "rwkv6", "starcoder", "deci", "granite", "olmo", "stablelm", "t5", "clip", "nomarch"};
    private static final String[] TOKENIZERS = {"llama", "gpt2", "bert", "t5", "rwkv", "plamo2", "no_vocab", "none", "test",
            "gemma4", "hybriddna", "whitespace", "bogus"};
    private static final String[] PRES = {"default", "llama3", "llama-bpe", "qwen2", "gpt-2", "deepseek-llm", "falcon", "tekken",
            "gemma4", "kimi-k2", "bogus", ""};
    private static final String[] SPECIALS = {"bos", "eos", "eot", "eom", "unk", "seperator", "padding", "mask", "fim_pre",
            "fim_suf", "fim_mid", "fim_pad", "fim_rep", "fim_sep", "prefix", "suffix", "middle"};
    private static final String[] HPARAMS = {"block_count", "embedding_length", "feed_forward_length", "attention.head_count",
            "attention.head_count_kv", "context_length", "rope.dimension_count", "attention.key_length",
            "attention.value_length", "expert_count", "expert_used_count", "vocab_size", "nextn_predict_layers",
            "expert_group_count", "expert_group_used_count", "attention.sliding_window", "expert_shared_count",
            "leading_dense_block_count", "expert_feed_forward_length", "attention.q_lora_rank", "attention.kv_lora_rank",
            "rope.dimension_sections", "pooling_type", "embedding_length_out", "ssm.conv_kernel", "ssm.inner_size",
            "ssm.state_size", "ssm.time_step_rank", "wkv.head_size", "attention.head_count_kv"};
    private static final String[] FLOATS = {"attention.layer_norm_rms_epsilon", "attention.layer_norm_epsilon", "rope.freq_base",
            "rope.scaling.factor", "rope.scale_linear", "attention.scale", "logit_scale", "attn_logit_softcapping",
            "final_logit_softcapping", "rope.scaling.attn_factor", "embedding_scale", "residual_scale"};

    private static String arch(Map<String, GgufValue> meta) {
        GgufValue v = meta.get("general.architecture");
        return v != null && v.type() == GgufType.STRING ? v.asString() : "llama";
    }

    private static long interesting(SplittableRandom r) {
        long[] v = {0, 1, 2, 3, 4, 5, 7, 8, 16, 31, 32, 33, 63, 64, 100, 255, 256, 511, 512, 513, 1024, 1025, 65535, 65536,
                0x7FFF_FFFFL, 0x8000_0000L, 0xFFFF_FFFFL, 0xFFFF_FFFEL};
        return r.nextInt(4) == 0 ? r.nextLong(0, 1L << 32) : v[r.nextInt(v.length)];
    }

    private static GgufValue randomScalar(SplittableRandom r) {
        return switch (r.nextInt(9)) {
            case 0 -> GgufValue.ofInt32((int) interesting(r));
            case 1 -> GgufValue.ofUInt64(interesting(r));
            case 2 -> GgufValue.ofFloat32((float) interesting(r));
            case 3 -> GgufValue.ofString(Long.toString(interesting(r)));
            case 4 -> GgufValue.ofBool(r.nextBoolean());
            case 5 -> GgufValue.ofUInt8((int) (interesting(r) & 0xFF));
            case 6 -> GgufValue.ofArray(GgufArray.ofUInt32((int) interesting(r), (int) interesting(r)));
            case 7 -> GgufValue.ofArray(GgufArray.ofStrings("a", ""));
            default -> GgufValue.ofUInt32(interesting(r));
        };
    }

    private static String mutateSemantic(SplittableRandom r, Map<String, GgufValue> meta, List<Tensor> tensors) {
        String arch = arch(meta);
        GgufValue tokV = meta.get("tokenizer.ggml.tokens");
        List<String> tokens = tokV != null && tokV.type() == GgufType.ARRAY && tokV.asArray().elementType() == GgufType.STRING
                ? new ArrayList<>(tokV.asArray().toStringList()) : null;
        int n = tokens == null ? 0 : tokens.size();
        switch (r.nextInt(20)) {
            case 0, 1 -> { // token texts
                if (tokens == null || n < 2) return "no tokens";
                int i = r.nextInt(n);
                int j = r.nextInt(n);
                String desc;
                switch (r.nextInt(7)) {
                    case 0 -> { tokens.set(i, tokens.get(j)); desc = "token " + i + " := token " + j; }
                    case 1 -> { tokens.set(i, ""); desc = "token " + i + " empty"; }
                    case 2 -> { tokens.set(i, "x".repeat(1 << (10 + r.nextInt(11)))); desc = "token " + i + " huge"; }
                    case 3 -> { tokens.set(i, tokens.get(j) + "\0" + r.nextInt()); desc = "token " + i + " := token " + j + " + NUL"; }
                    case 4 -> { tokens.set(i, "[EMPTY_" + j + "]"); tokens.set(j, ""); desc = "token " + i + " [EMPTY_" + j + "], " + j + " empty"; }
                    case 5 -> { // lose a byte token
                        int k = tokens.indexOf(String.format("<0x%02X>", r.nextInt(256)));
                        if (k < 0) k = i;
                        tokens.set(k, "lost" + k);
                        desc = "byte token " + k + " renamed";
                    }
                    default -> {
                        int cut = r.nextInt(n + 1);
                        tokens = new ArrayList<>(tokens.subList(0, cut));
                        desc = "tokens cut to " + cut;
                    }
                }
                meta.put("tokenizer.ggml.tokens", GgufValue.ofArray(GgufArray.ofStrings(tokens)));
                return desc;
            }
            case 2 -> { // scores / token types
                String key = r.nextBoolean() ? "tokenizer.ggml.scores" : "tokenizer.ggml.token_type";
                int len = r.nextInt(3) == 0 ? Math.max(0, n - 1 - r.nextInt(10)) : n;
                GgufValue v = switch (r.nextInt(4)) {
                    case 0 -> GgufValue.ofArray(GgufArray.ofFloat32(new float[len]));
                    case 1 -> {
                        int[] a = new int[len];
                        for (int k = 0; k < len; k++) a[k] = r.nextInt(10) == 0 ? (int) interesting(r) : r.nextInt(8);
                        yield GgufValue.ofArray(GgufArray.ofInt32(a));
                    }
                    case 2 -> GgufValue.ofArray(GgufArray.ofUInt8(new byte[len]));
                    default -> randomScalar(r);
                };
                meta.put(key, v);
                return key + " := " + v.type() + "[" + len + "]";
            }
            case 3, 4 -> { // special token ids
                String key = "tokenizer.ggml." + SPECIALS[r.nextInt(SPECIALS.length)] + "_token_id";
                GgufValue v = r.nextInt(4) == 0 ? randomScalar(r)
                        : GgufValue.ofUInt32(r.nextBoolean() ? interesting(r) : Math.max(0, n + r.nextInt(3) - 1));
                meta.put(key, v);
                return key + " := " + v;
            }
            case 5 -> { // add_* flags
                String key = "tokenizer.ggml." + new String[]{"add_bos_token", "add_eos_token", "add_sep_token", "add_space_prefix",
                        "remove_extra_whitespaces"}[r.nextInt(5)];
                GgufValue v = r.nextInt(4) == 0 ? randomScalar(r) : GgufValue.ofBool(r.nextBoolean());
                meta.put(key, v);
                return key + " := " + v;
            }
            case 6 -> { // merges
                GgufValue mv = meta.get("tokenizer.ggml.merges");
                List<String> merges = mv != null && mv.type() == GgufType.ARRAY && mv.asArray().elementType() == GgufType.STRING
                        ? new ArrayList<>(mv.asArray().toStringList()) : new ArrayList<>(List.of("a b"));
                int i = r.nextInt(Math.max(1, merges.size()));
                String[] odd = {"", " ", "a", "  ", "a  b", " a b", "x y z", "\0 \0", "\u00ff \u00fe", "ab", "a b ",
                        merges.isEmpty() ? "" : merges.get(r.nextInt(merges.size()))};
                String desc;
                switch (r.nextInt(4)) {
                    case 0 -> { meta.remove("tokenizer.ggml.merges"); desc = "merges removed"; }
                    case 1 -> { meta.put("tokenizer.ggml.merges", GgufValue.ofArray(GgufArray.ofInt32(1, 2))); desc = "merges ints"; }
                    default -> {
                        if (merges.isEmpty()) merges.add("");
                        merges.set(i, odd[r.nextInt(odd.length)]);
                        meta.put("tokenizer.ggml.merges", GgufValue.ofArray(GgufArray.ofStrings(merges)));
                        desc = "merge " + i + " odd";
                    }
                }
                return desc;
            }
            case 7 -> { // tokenizer model / pre
                if (r.nextBoolean()) {
                    String m = TOKENIZERS[r.nextInt(TOKENIZERS.length)];
                    meta.put("tokenizer.ggml.model", GgufValue.ofString(m));
                    if (m.equals("t5") && r.nextInt(3) != 0) {
                        meta.put("tokenizer.ggml.precompiled_charsmap", GgufValue.ofArray(GgufArray.ofUInt8(charsmap(r))));
                        return "tokenizer model := t5 with a mutated charsmap";
                    }
                    return "tokenizer model := " + m;
                }
                String p = PRES[r.nextInt(PRES.length)];
                meta.put("tokenizer.ggml.pre", GgufValue.ofString(p));
                return "pre := " + p;
            }
            case 8, 9, 10 -> { // integer hyper-parameters
                String key = arch + "." + HPARAMS[r.nextInt(HPARAMS.length)];
                GgufValue v = switch (r.nextInt(6)) {
                    case 0 -> randomScalar(r);
                    case 1 -> {
                        int len = r.nextInt(4) == 0 ? r.nextInt(5) : 2;
                        int[] a = new int[len];
                        for (int k = 0; k < len; k++) a[k] = (int) (r.nextBoolean() ? interesting(r) : r.nextInt(9));
                        yield GgufValue.ofArray(r.nextBoolean() ? GgufArray.ofUInt32(a) : GgufArray.ofInt32(a));
                    }
                    default -> GgufValue.ofUInt32(r.nextBoolean() ? interesting(r) : r.nextInt(9));
                };
                if (r.nextInt(8) == 0) {
                    meta.remove(key);
                    return key + " removed";
                }
                meta.put(key, v);
                return key + " := " + v;
            }
            case 11 -> { // float hyper-parameters and rope scaling
                if (r.nextInt(3) == 0) {
                    String[] s = {"none", "linear", "yarn", "longrope", "", "bogus"};
                    String t = s[r.nextInt(s.length)];
                    meta.put(arch + ".rope.scaling.type", GgufValue.ofString(t));
                    return "rope.scaling.type := " + t;
                }
                String key = arch + "." + FLOATS[r.nextInt(FLOATS.length)];
                float[] f = {0f, -1f, 1e-30f, 1e30f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 0.5f, 2f};
                GgufValue v = r.nextInt(5) == 0 ? randomScalar(r) : GgufValue.ofFloat32(f[r.nextInt(f.length)]);
                meta.put(key, v);
                return key + " := " + v;
            }
            case 12 -> { // architecture
                String a = ARCHS[r.nextInt(ARCHS.length)];
                for (String k : List.copyOf(meta.keySet())) {
                    if (k.startsWith(arch + ".")) {
                        GgufValue v = meta.remove(k);
                        meta.put(a + k.substring(arch.length()), v);
                    }
                }
                meta.put("general.architecture", GgufValue.ofString(a));
                return "architecture := " + a;
            }
            case 13 -> { // any key: new type
                List<String> keys = List.copyOf(meta.keySet());
                String key = keys.get(r.nextInt(keys.size()));
                GgufValue v = randomScalar(r);
                meta.put(key, v);
                return key + " := " + v.type();
            }
            case 14 -> { // remove a key
                List<String> keys = List.copyOf(meta.keySet());
                String key = keys.get(r.nextInt(keys.size()));
                meta.remove(key);
                return key + " removed";
            }
            case 15, 16 -> { // tensor shape
                int i = r.nextInt(tensors.size());
                Tensor t = tensors.get(i);
                long[] s = t.shape().clone();
                String desc;
                switch (r.nextInt(5)) {
                    case 0 -> { s = new long[]{s[s.length - 1], s[0]}; desc = "transposed"; }
                    case 1 -> { s[r.nextInt(s.length)] += 32; desc = "+32"; }
                    case 2 -> { s = s.length == 1 ? new long[]{s[0], 1} : new long[]{s[0]}; desc = "rank changed"; }
                    case 3 -> { s[r.nextInt(s.length)] = 0; desc = "zero dim"; }
                    default -> { s = s.length == 1 ? new long[]{s[0] / 2} : new long[]{s[0], s[1] / 2}; desc = "halved"; }
                }
                GgmlType type = t.type();
                long elements = 1;
                for (long d : s) elements *= d;
                if (s[0] % type.blockSize() != 0) type = GgmlType.F32;
                tensors.set(i, new Tensor(t.name(), type, s, new byte[(int) type.byteSize(elements)]));
                return "tensor " + t.name() + " shape " + java.util.Arrays.toString(s) + " (" + desc + ")";
            }
            case 17 -> { // tensor type
                int i = r.nextInt(tensors.size());
                Tensor t = tensors.get(i);
                GgmlType[] types = GgmlType.values();
                GgmlType type = types[r.nextInt(types.length)];
                long elements = 1;
                for (long d : t.shape()) elements *= d;
                if (type.blockSize() == 0 || t.shape()[0] % type.blockSize() != 0) return "tensor type unchanged";
                byte[] data = new byte[(int) type.byteSize(elements)];
                if (type == GgmlType.F32 || type == GgmlType.F16) {
                    float[] v = new float[(int) elements];
                    for (int k = 0; k < v.length; k++) v[k] = (float) (r.nextDouble() - 0.5) * 0.1f;
                    data = encode(v, type);
                }
                tensors.set(i, new Tensor(t.name(), type, t.shape(), data));
                return "tensor " + t.name() + " type " + type.ggmlName();
            }
            case 18 -> { // tensor names: drop, rename, add
                int i = r.nextInt(tensors.size());
                Tensor t = tensors.get(i);
                switch (r.nextInt(3)) {
                    case 0 -> { tensors.remove(i); return "tensor " + t.name() + " removed"; }
                    case 1 -> {
                        String[] names = {"blk.99.attn_q.weight", "blk.0.foo.weight", "output.weight", "blk.-1.attn_q.weight",
                                "blk.2.attn_norm.weight", "rope_freqs.weight", "blk.0.attn_q.bias", "token_embd_norm.weight"};
                        String name = names[r.nextInt(names.length)];
                        for (Tensor o : tensors) if (o.name().equals(name)) return "rename skipped";
                        tensors.set(i, new Tensor(name, t.type(), t.shape(), t.data()));
                        return "tensor " + t.name() + " renamed " + name;
                    }
                    default -> {
                        String[] extra = {"rope_freqs.weight", "blk.0.attn_q.bias", "blk.0.attn_output.bias", "blk.1.ffn_up.bias",
                                "output.weight", "blk.0.rope_freqs.weight"};
                        String name = extra[r.nextInt(extra.length)];
                        for (Tensor o : tensors) if (o.name().equals(name)) return "add skipped";
                        long len = new long[]{1, 4, 8, 16, 32, 64}[r.nextInt(6)];
                        tensors.add(new Tensor(name, GgmlType.F32, new long[]{len}, new byte[(int) (4 * len)]));
                        return "tensor " + name + "[" + len + "] added";
                    }
                }
            }
            default -> { // alignment
                long[] al = {1, 2, 8, 64, 4096};
                if (r.nextBoolean()) {
                    meta.put(GgufFile.ALIGNMENT_KEY, GgufValue.ofUInt32(al[r.nextInt(al.length)]));
                } else {
                    meta.put("tokenizer.chat_template", GgufValue.ofString("{% for m in messages %}{{ m.content }}{% endfor"));
                }
                return "alignment/template";
            }
        }
    }

    /**
     * A small precompiled charsmap (the UGM normalizer's XOR-compressed double array) that maps
     * "A" to "a", then mutated: a node overwritten, the blob size changed, or the replacement's NUL
     * dropped.
     */
    static byte[] charsmap(SplittableRandom r) {
        int nodes = 512;
        ByteBuffer b = ByteBuffer.allocate(4 + 4 * nodes + 2).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(4 * nodes);
        int[] n = new int[nodes];
        n[0] = 256 << 10;                      // root: children at 256 ^ c
        n[256 ^ 'A'] = (320 << 10) | (1 << 8) | 'A'; // leaf for 'A'; its value node is (256 ^ 'A') ^ 320 = 1
        n[1] = 0;                              // replacement offset 0
        switch (r == null ? -1 : r.nextInt(4)) {
            case 0 -> n[r.nextInt(nodes)] = (int) r.nextLong(1L << 32);
            case 1 -> n[256 ^ 'A'] = (r.nextInt(1 << 21) << 10) | (1 << 8) | 'A';
            case 2 -> n[0] = r.nextInt(1 << 22) << 10;
            default -> { }
        }
        for (int x : n) b.putInt(x);
        b.put((byte) 'a');
        b.put((byte) (r != null && r.nextInt(4) == 0 ? 'b' : 0));
        byte[] out = b.array();
        if (r != null && r.nextInt(5) == 0) out[0] = (byte) r.nextInt(256); // blob size
        return out;
    }

    private static String mutateLora(SplittableRandom r) {
        return "lora:" + r.nextInt(1 << 30);
    }

    /** Semantic mutations of a LoRA adapter file: metadata types and values, tensor shapes and types. */
    private static void rewriteLora(SplittableRandom r, Path lora, StringBuilder what) throws IOException {
        Map<String, GgufValue> meta;
        List<Tensor> tensors = new ArrayList<>();
        try (GgufFile g = GgufFile.read(lora)) {
            meta = new LinkedHashMap<>(g.metadata());
            for (GgufTensorInfo t : g.tensors()) {
                tensors.add(new Tensor(t.name(), t.type().orElseThrow(), t.shape(), g.readTensorBytes(t.name())));
            }
        }
        switch (r.nextInt(6)) {
            case 0 -> {
                String[] keys = {"general.type", "general.architecture", "adapter.type", "adapter.lora.alpha",
                        "adapter.alora.invocation_tokens"};
                String key = keys[r.nextInt(keys.length)];
                GgufValue v = r.nextBoolean() ? randomScalar(r) : GgufValue.ofString(new String[]{"adapter", "lora", "llama", "x"}[r.nextInt(4)]);
                meta.put(key, v);
                what.append(" ").append(key).append(" := ").append(v.type());
            }
            case 1 -> {
                String key = List.copyOf(meta.keySet()).get(r.nextInt(meta.size()));
                meta.remove(key);
                what.append(" removed ").append(key);
            }
            case 2, 3 -> {
                int i = r.nextInt(tensors.size());
                Tensor t = tensors.get(i);
                long[] s = t.shape().clone();
                s[r.nextInt(s.length)] = new long[]{0, 1, 2, 8, 32, 64}[r.nextInt(6)];
                long elements = 1;
                for (long d : s) elements *= d;
                tensors.set(i, new Tensor(t.name(), GgmlType.F32, s, new byte[(int) (4 * elements)]));
                what.append(" tensor ").append(t.name()).append(' ').append(java.util.Arrays.toString(s));
            }
            case 4 -> {
                int i = r.nextInt(tensors.size());
                Tensor t = tensors.get(i);
                GgmlType type = new GgmlType[]{GgmlType.F16, GgmlType.Q8_0, GgmlType.Q4_0, GgmlType.BF16}[r.nextInt(4)];
                long elements = 1;
                for (long d : t.shape()) elements *= d;
                if (t.shape()[0] % type.blockSize() == 0) {
                    tensors.set(i, new Tensor(t.name(), type, t.shape(), new byte[(int) type.byteSize(elements)]));
                    what.append(" tensor ").append(t.name()).append(' ').append(type.ggmlName());
                }
            }
            default -> {
                int i = r.nextInt(tensors.size());
                Tensor t = tensors.remove(i);
                if (r.nextBoolean()) {
                    tensors.add(new Tensor(t.name().replace("lora_a", "lora_x").replace("lora_b", "lora_a"), t.type(), t.shape(), t.data()));
                }
                what.append(" tensor ").append(t.name()).append(" dropped/renamed");
            }
        }
        try {
            write(meta, tensors, lora);
        } catch (IllegalArgumentException e) {
            what.append(" (writer refused)");
        }
    }

    // ------------------------------------------------------------------ raw mutations

    /** A field of a written GGUF file: where it is, how wide, and what it is. */
    record Field(long offset, int size, String what) {}

    /** Walks a GGUF file this class wrote (trusted) and lists the fields a reader trusts. */
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

    private static int value(ByteBuffer bb, List<Field> out, int p, int type, long kv, int depth) {
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

    private static byte[] mutateRaw(SplittableRandom r, byte[] b, List<Field> fields, StringBuilder what) {
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

    // ------------------------------------------------------------------ running

    /** What happened to a case. */
    enum Outcome {
        /** Loaded, tokenized and generated. */
        GENERATED,
        /** A Java exception, from the Java check or from llama.cpp's error return. */
        REJECTED,
        /** llama.cpp asserted while loading and the safety net (NativeAbort) made it an exception: the check missed it. */
        ABORT_CAUGHT
    }

    /**
     * Loads a case's file, creates a context, tokenizes and generates a few tokens (applying its
     * LoRA adapter when it has one). Java exceptions are the expected failures.
     *
     * @return GENERATED when everything worked, REJECTED when a Java exception ended it, ABORT_CAUGHT
     *         when that exception came from the abort safety net
     * @throws Error (not caught) when the JVM itself is in trouble
     */
    static Outcome run(Case c, StringBuilder message) {
        try (LlamaModel model = LlamaModel.load(c.file(), ModelParams.builder().gpuLayers(0).build())) {
            int[] ids = model.vocab().tokenize(PROMPT, SpecialTokens.ADD_AND_PARSE);
            model.vocab().detokenize(ids);
            try (LlamaContext ctx = model.newContext(ContextParams.builder().contextSize(64).batchSize(64).threads(1).build())) {
                if (c.lora() != null) {
                    LoraAdapter a = model.loadLora(c.lora());
                    ctx.setLora(a, 1f);
                }
                ctx.complete(PROMPT, GenerateParams.builder().maxTokens(3).sampler(Sampler.greedy()).build());
            }
            return Outcome.GENERATED;
        } catch (RuntimeException e) {
            message.append(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
            return String.valueOf(e.getMessage()).startsWith("llama.cpp aborted while") ? Outcome.ABORT_CAUGHT : Outcome.REJECTED;
        }
    }
}
