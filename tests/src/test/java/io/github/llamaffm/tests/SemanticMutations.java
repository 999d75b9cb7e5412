package io.github.llamaffm.tests;

import io.github.llamaffm.gguf.GgmlType;
import io.github.llamaffm.gguf.GgufArray;
import io.github.llamaffm.gguf.GgufFile;
import io.github.llamaffm.gguf.GgufType;
import io.github.llamaffm.gguf.GgufValue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The semantic mutations of {@link ModelFuzzer}: metadata values and types a GGUF loader trusts
 * (token texts, special token ids, merges, tokenizer model, hyper-parameters, per-layer arrays,
 * architecture) and tensor shapes, types and names, changed before the file is written again, so
 * that the file reaches llama.cpp's semantic checks rather than its parser's.
 */
final class SemanticMutations {
    private SemanticMutations() {
    }

    static final String[] ARCHS = {"llama", "qwen2", "qwen3", "phi3", "gemma", "gemma2", "falcon", "gpt2", "bert",
            "mamba", "rwkv6", "starcoder", "deci", "granite", "olmo", "stablelm", "t5", "clip", "nomarch"};
    static final String[] TOKENIZERS = {"llama", "gpt2", "bert", "t5", "rwkv", "plamo2", "no_vocab", "none", "test",
            "gemma4", "hybriddna", "whitespace", "bogus"};
    static final String[] PRES = {"default", "llama3", "llama-bpe", "qwen2", "gpt-2", "deepseek-llm", "falcon", "tekken",
            "gemma4", "kimi-k2", "bogus", ""};
    static final String[] SPECIALS = {"bos", "eos", "eot", "eom", "unk", "seperator", "padding", "mask", "fim_pre",
            "fim_suf", "fim_mid", "fim_pad", "fim_rep", "fim_sep", "prefix", "suffix", "middle"};
    static final String[] HPARAMS = {"block_count", "embedding_length", "feed_forward_length", "attention.head_count",
            "attention.head_count_kv", "context_length", "rope.dimension_count", "attention.key_length",
            "attention.value_length", "expert_count", "expert_used_count", "vocab_size", "nextn_predict_layers",
            "expert_group_count", "expert_group_used_count", "attention.sliding_window", "expert_shared_count",
            "leading_dense_block_count", "expert_feed_forward_length", "attention.q_lora_rank", "attention.kv_lora_rank",
            "rope.dimension_sections", "pooling_type", "embedding_length_out", "ssm.conv_kernel", "ssm.inner_size",
            "ssm.state_size", "ssm.time_step_rank", "wkv.head_size", "attention.head_count_kv"};
    static final String[] FLOATS = {"attention.layer_norm_rms_epsilon", "attention.layer_norm_epsilon", "rope.freq_base",
            "rope.scaling.factor", "rope.scale_linear", "attention.scale", "logit_scale", "attn_logit_softcapping",
            "final_logit_softcapping", "rope.scaling.attn_factor", "embedding_scale", "residual_scale"};

    static String arch(Map<String, GgufValue> meta) {
        GgufValue v = meta.get("general.architecture");
        return v != null && v.type() == GgufType.STRING ? v.asString() : "llama";
    }

    static long interesting(SplittableRandom r) {
        long[] v = {0, 1, 2, 3, 4, 5, 7, 8, 16, 31, 32, 33, 63, 64, 100, 255, 256, 511, 512, 513, 1024, 1025, 65535, 65536,
                0x7FFF_FFFFL, 0x8000_0000L, 0xFFFF_FFFFL, 0xFFFF_FFFEL};
        return r.nextInt(4) == 0 ? r.nextLong(0, 1L << 32) : v[r.nextInt(v.length)];
    }

    static GgufValue randomScalar(SplittableRandom r) {
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

    static String mutateSemantic(SplittableRandom r, Map<String, GgufValue> meta, List<ModelFuzzer.Tensor> tensors) {
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
                return retypeKey(r, meta);
            }
            case 14 -> { // remove a key
                return removeKey(r, meta);
            }
            case 15, 16 -> { // tensor shape
                return reshapeTensor(r, tensors);
            }
            case 17 -> { // tensor type
                return retypeTensor(r, tensors);
            }
            case 18 -> { // tensor names: drop, rename, add
                int i = r.nextInt(tensors.size());
                ModelFuzzer.Tensor t = tensors.get(i);
                switch (r.nextInt(3)) {
                    case 0 -> { tensors.remove(i); return "tensor " + t.name() + " removed"; }
                    case 1 -> {
                        String[] names = {"blk.99.attn_q.weight", "blk.0.foo.weight", "output.weight", "blk.-1.attn_q.weight",
                                "blk.2.attn_norm.weight", "rope_freqs.weight", "blk.0.attn_q.bias", "token_embd_norm.weight"};
                        String name = names[r.nextInt(names.length)];
                        for (ModelFuzzer.Tensor o : tensors) if (o.name().equals(name)) return "rename skipped";
                        tensors.set(i, new ModelFuzzer.Tensor(name, t.type(), t.shape(), t.data()));
                        return "tensor " + t.name() + " renamed " + name;
                    }
                    default -> {
                        String[] extra = {"rope_freqs.weight", "blk.0.attn_q.bias", "blk.0.attn_output.bias", "blk.1.ffn_up.bias",
                                "output.weight", "blk.0.rope_freqs.weight"};
                        String name = extra[r.nextInt(extra.length)];
                        for (ModelFuzzer.Tensor o : tensors) if (o.name().equals(name)) return "add skipped";
                        long len = new long[]{1, 4, 8, 16, 32, 64}[r.nextInt(6)];
                        tensors.add(new ModelFuzzer.Tensor(name, GgmlType.F32, new long[]{len}, new byte[(int) (4 * len)]));
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

    /** Any key (of a model or a projector) gets a random scalar of a random type. */
    static String retypeKey(SplittableRandom r, Map<String, GgufValue> meta) {
        List<String> keys = List.copyOf(meta.keySet());
        String key = keys.get(r.nextInt(keys.size()));
        GgufValue v = randomScalar(r);
        meta.put(key, v);
        return key + " := " + v.type();
    }

    /** Any key is removed. */
    static String removeKey(SplittableRandom r, Map<String, GgufValue> meta) {
        List<String> keys = List.copyOf(meta.keySet());
        String key = keys.get(r.nextInt(keys.size()));
        meta.remove(key);
        return key + " removed";
    }

    /** A tensor gets another shape (transposed, widened, rank changed, a zero side, halved), with zero data of its size. */
    static String reshapeTensor(SplittableRandom r, List<ModelFuzzer.Tensor> tensors) {
        int i = r.nextInt(tensors.size());
        ModelFuzzer.Tensor t = tensors.get(i);
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
        tensors.set(i, new ModelFuzzer.Tensor(t.name(), type, s, new byte[(int) type.byteSize(elements)]));
        return "tensor " + t.name() + " shape " + java.util.Arrays.toString(s) + " (" + desc + ")";
    }

    /** A tensor gets another ggml type (any of them, where its rows fit the type's blocks). */
    static String retypeTensor(SplittableRandom r, List<ModelFuzzer.Tensor> tensors) {
        int i = r.nextInt(tensors.size());
        ModelFuzzer.Tensor t = tensors.get(i);
        GgmlType[] types = GgmlType.values();
        GgmlType type = types[r.nextInt(types.length)];
        long elements = 1;
        for (long d : t.shape()) elements *= d;
        if (type.blockSize() == 0 || t.shape()[0] % type.blockSize() != 0) return "tensor type unchanged";
        byte[] data = new byte[(int) type.byteSize(elements)];
        if (type == GgmlType.F32 || type == GgmlType.F16) {
            float[] v = new float[(int) elements];
            for (int k = 0; k < v.length; k++) v[k] = (float) (r.nextDouble() - 0.5) * 0.1f;
            data = ModelFuzzer.encode(v, type);
        }
        tensors.set(i, new ModelFuzzer.Tensor(t.name(), type, t.shape(), data));
        return "tensor " + t.name() + " type " + type.ggmlName();
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
}
