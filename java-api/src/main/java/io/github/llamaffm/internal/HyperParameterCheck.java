package io.github.llamaffm.internal;

import io.github.llamaffm.gguf.GgufArray;
import io.github.llamaffm.gguf.GgufFile;
import io.github.llamaffm.gguf.GgufType;
import io.github.llamaffm.gguf.GgufValue;
import io.github.llamaffm.internal.ModelFileCheck.Problem;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import static io.github.llamaffm.internal.MetadataReads.max;
import static io.github.llamaffm.internal.MetadataReads.perLayer;
import static io.github.llamaffm.internal.MetadataReads.printable;
import static io.github.llamaffm.internal.MetadataReads.q;
import static io.github.llamaffm.internal.MetadataReads.string;
import static io.github.llamaffm.internal.MetadataReads.u32;

/**
 * The hyper-parameter invariants of {@link ModelFileCheck}: the ones every architecture's loader
 * reads (layers, experts, rope scaling, norm epsilon), the M-RoPE sections of the architectures
 * that rotate by them (asserted at the first decode), then the tensor dimensions of the
 * {@code llama} architecture, which llama.cpp asserts when it creates tensors or builds a graph.
 */
final class HyperParameterCheck {
    /** llama-hparams.h: LLAMA_MAX_LAYERS. */
    private static final int MAX_LAYERS = 512;
    /** llama-hparams.h: LLAMA_MAX_EXPERTS. */
    private static final int MAX_EXPERTS = 1024;
    /** llama-model.cpp: LLAMA_ROPE_SCALING_TYPES. */
    private static final Set<String> ROPE_SCALING_TYPES = Set.of("none", "linear", "yarn", "longrope");

    /** llama-model.cpp llama_model_rope_type: architectures whose rope is always M-RoPE (or interleaved M-RoPE). */
    private static final Set<String> MROPE_ALWAYS = Set.of("qwen2vl", "paddleocr", "qwen3vl", "qwen3vlmoe", "qwen35",
            "qwen35moe", "qwen4exp", "qwen3tts");
    /** ... and those where it is M-RoPE when the first two sections are positive (llama_hparams::use_mrope). */
    private static final Set<String> MROPE_IF_USED = Set.of("glm4", "glm4moe", "hunyuan_vl");

    private HyperParameterCheck() {}

    /** Checks the hyper-parameters of {@code f}'s architecture (none for {@code clip}). */
    static void check(GgufFile f) {
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
        checkRopeSections(f, arch, p, n);
        if (arch.equals("llama")) {
            checkLlama(f, p, n, experts);
        }
    }

    /**
     * The M-RoPE sections ({@code <arch>.rope.dimension_sections}), which no loader checks: ggml's
     * rope asserts on them at the first decode. ggml-cpu/ops.cpp:6153 asserts one of the first
     * three sections is positive; ggml_mrope_cache_init (ops.cpp:6003) asserts their sum is at
     * most the head size, and takes each rotated pair's sector modulo that sum (ops.cpp:6008), a
     * division by zero when negative sections cancel out.
     */
    private static void checkRopeSections(GgufFile f, String arch, String p, int layers) {
        String key = p + "rope.dimension_sections";
        int[] s = ropeSections(f, key);
        if (s == null) return; // llama.cpp reports a mistyped or mis-sized key itself
        boolean mrope = MROPE_ALWAYS.contains(arch)
                || (MROPE_IF_USED.contains(arch) && s[0] > 0 && s[1] > 0)
                || (arch.equals("dflash") && (s[0] != 0 || s[1] != 0 || s[2] != 0 || s[3] != 0));
        if (!mrope) return;
        String values = "[" + s[0] + ", " + s[1] + ", " + s[2] + ", " + s[3] + "]";
        String what = "key " + q(key) + " = " + values + (f.containsKey(key) ? "" : " (absent)");
        for (int v : s) {
            if (v < 0) {
                throw new Problem(what + " has a negative section; ggml's M-RoPE would divide by their sum at the first decode"
                        + " (ggml-cpu/ops.cpp:6008)");
            }
        }
        if (s[0] == 0 && s[1] == 0 && s[2] == 0) {
            throw new Problem(what + " has no positive section among the first three; ggml would abort at the first decode"
                    + " (ggml-cpu/ops.cpp:6153)");
        }
        long sum = (long) s[0] + s[1] + s[2] + s[3];
        long embd = u32(f, p + "embedding_length", -1);
        long[] heads = perLayer(f, p + "attention.head_count", layers);
        long head = heads == null || heads[0] == 0 || embd < 0 ? -1 : embd / heads[0];
        head = u32(f, p + "attention.key_length", head);
        if (head >= 0 && sum > head) {
            throw new Problem(what + " sums to " + sum + ", more than the head size " + head
                    + "; ggml would abort at the first decode (ggml-cpu/ops.cpp:6003)");
        }
    }

    /**
     * The four sections as llama_model_loader::get_key_or_arr reads them into {@code int}: an
     * array of exactly 4 INT32/UINT32/BOOL elements, or an INT32 repeated; all zero when absent;
     * null for anything llama.cpp refuses itself.
     */
    private static int[] ropeSections(GgufFile f, String key) {
        Optional<GgufValue> o = f.get(key);
        int[] s = new int[4];
        if (o.isEmpty()) return s;
        GgufValue v = o.get();
        if (v.type() == GgufType.INT32) {
            Arrays.fill(s, v.asInt());
            return s;
        }
        if (v.type() != GgufType.ARRAY) return null;
        GgufArray a = v.asArray();
        GgufType et = a.elementType();
        if (a.size() != 4 || !(et == GgufType.UINT32 || et == GgufType.INT32 || et == GgufType.BOOL)) return null;
        for (int i = 0; i < 4; i++) s[i] = et == GgufType.BOOL ? (a.getBoolean(i) ? 1 : 0) : (int) a.getLong(i);
        return s;
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
}
