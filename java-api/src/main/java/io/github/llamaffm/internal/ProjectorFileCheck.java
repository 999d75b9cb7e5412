package io.github.llamaffm.internal;

import io.github.llamaffm.ModelLoadException;
import io.github.llamaffm.gguf.GgmlType;
import io.github.llamaffm.gguf.GgufArray;
import io.github.llamaffm.gguf.GgufFile;
import io.github.llamaffm.gguf.GgufFormatException;
import io.github.llamaffm.gguf.GgufTensorInfo;
import io.github.llamaffm.gguf.GgufType;
import io.github.llamaffm.gguf.GgufValue;
import io.github.llamaffm.gguf.GgufValueException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a multimodal projector file (an "mmproj" GGUF that llama.cpp's libmtmd loads with
 * {@code clip.cpp}) in Java before libmtmd opens it, so that a hostile or corrupt file ends in a
 * {@link ModelLoadException} instead of one of the assertions or null dereferences with which
 * libmtmd stops the process.
 *
 * <ul>
 *   <li>Structure (header, key and tensor tables, data inside the file): {@link GgufFile#read}.</li>
 *   <li>Types of every scalar key {@code clip.cpp} reads ({@code get_bool/get_i32/get_u32/get_f32/get_string}
 *       in {@code tools/mtmd/clip.cpp} of the pinned release call {@code gguf_get_val_*}, whose
 *       {@code GGML_ASSERT} in {@code gguf.cpp} ends the process on a value of another type). Array keys
 *       are type-checked by clip.cpp itself.</li>
 *   <li>For every projector: the tensor types its graph can compute with (one-dimensional tensors F32,
 *       matrices with a dot product, patch convolutions F32 or F16), and for the Qwen2-VL family the
 *       second patch embedding its graph uses unchecked.</li>
 *   <li>For the LLaVA projectors ({@code mlp}, and its Yi variant with {@code mm.3}): the hyper-parameters
 *       and the shapes of every tensor the graph of {@code tools/mtmd/models/llava.cpp} uses, the
 *       tensors it dereferences without a check ({@code mm.0}, {@code mm.2}), and the projector's output
 *       width against the text model's.</li>
 *   <li>For the Ultravox audio projector ({@code ultravox}): the hyper-parameters, the shape and type of
 *       every tensor of the Whisper encoder ({@code tools/mtmd/models/whisper-enc.cpp}) and the projector,
 *       the stack factor against libmtmd's own token count, and the output width.</li>
 *   <li>For the Qwen2-VL projectors ({@code qwen2vl_merger}, {@code qwen2.5vl_merger}): the
 *       hyper-parameters that libmtmd's encode asserts on or runs past an array with, and the tensors
 *       the graph of {@code tools/mtmd/models/qwen2vl.cpp} dereferences without a check
 *       ({@code checkQwen2Vl}).</li>
 * </ul>
 *
 * <p>Files of other projector types pass after the first two checks; their warm-up encode (run inside
 * {@link NativeAbort#load}) then catches a failed assertion of the encoder graph.
 */
public final class ProjectorFileCheck {
    /** Largest image side or patch grid accepted (real projectors use at most a few thousand pixels). */
    static final int MAX_IMAGE_SIDE = 8192;
    /** Most slices of one LLaVA-NeXT resolution candidate (real ones make up to 36 or so). */
    static final int MAX_SLICES = 256;
    private static final Map<String, GgufType> SCALAR_KEYS = new LinkedHashMap<>();

    static {
        // tools/mtmd/clip-impl.h KEY_* as clip.cpp reads them ("%s" is vision, audio or gen.audio)
        for (String k : new String[]{"general.name", "general.description", "clip.projector_type", "clip.vision.projector_type",
                "clip.audio.projector_type", "clip.gen.audio.projector_type", "clip.vision.mm_patch_merge_type",
                "clip.gen.audio.model_variant"}) {
            SCALAR_KEYS.put(k, GgufType.STRING);
        }
        for (String k : new String[]{"clip.has_vision_encoder", "clip.has_audio_encoder", "clip.has_gen_audio_encoder",
                "clip.use_gelu", "clip.use_silu"}) {
            SCALAR_KEYS.put(k, GgufType.BOOL);
        }
        SCALAR_KEYS.put("clip.minicpmv_version", GgufType.INT32);
        for (String prefix : new String[]{"vision", "audio", "gen.audio"}) {
            for (String k : new String[]{"attention.head_count", "attention.head_count_kv", "attention.head_dim", "block_count",
                    "embedding_length", "feed_forward_length", "projection_dim"}) {
                SCALAR_KEYS.put("clip." + prefix + "." + k, GgufType.UINT32);
            }
            SCALAR_KEYS.put("clip." + prefix + ".attention.layer_norm_epsilon", GgufType.FLOAT32);
        }
        for (String k : new String[]{"clip.audio.chunk_size", "clip.audio.conv_kernel_size", "clip.audio.local_block_count",
                "clip.audio.local_group_size", "clip.audio.max_pos_emb", "clip.audio.num_mel_bins",
                "clip.audio.projector.downsample_rate", "clip.audio.projector.head_count", "clip.audio.projector.stack_factor",
                "clip.audio.projector.window_size", "clip.audio.rvq.num_quantizers", "clip.audio.subsampling_factor",
                "clip.audio.window_size", "clip.minicpmv_query_num", "clip.vision.expert_used_count",
                "clip.vision.image_max_pixels", "clip.vision.image_min_pixels", "clip.vision.image_size",
                "clip.vision.n_wa_pattern", "clip.vision.patch_size", "clip.vision.preproc_image_size",
                "clip.vision.preproc_max_tiles", "clip.vision.preproc_min_tiles", "clip.vision.projector.query_side",
                "clip.vision.projector.scale_factor", "clip.vision.projector.window_side", "clip.vision.sam.block_count",
                "clip.vision.sam.embedding_length", "clip.vision.sam.head_count", "clip.vision.spatial_merge_size",
                "clip.vision.window_size"}) {
            SCALAR_KEYS.put(k, GgufType.UINT32);
        }
    }

    private ProjectorFileCheck() {}

    /** What a checked file offers. */
    public record Facts(String projectorType, boolean vision, boolean audio) {}

    /**
     * Checks a projector file for a text model of embedding width {@code textEmbedding}.
     *
     * @param path          the file (absolute, for the message)
     * @param textEmbedding the text model's input embedding width
     * @return what the file offers
     * @throws ModelLoadException when the file is not valid GGUF, breaks an invariant libmtmd would
     *                            assert or dereference, or does not fit the model
     */
    public static Facts check(Path path, int textEmbedding) {
        try (GgufFile f = GgufFile.read(path)) {
            return check(f, textEmbedding);
        } catch (GgufFormatException e) {
            throw new ModelLoadException("cannot load the projector " + path + ": not a valid GGUF file: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ModelLoadException("cannot load the projector " + path + ": " + e, e);
        } catch (ModelFileCheck.Problem p) {
            throw new ModelLoadException("cannot load the projector " + path + ": " + p.getMessage());
        } catch (GgufValueException e) { // a key of an unexpected type that a check below read without asking first
            throw new ModelLoadException("cannot load the projector " + path + ": " + e.getMessage(), e);
        }
    }

    private static Facts check(GgufFile f, int textEmbedding) {
        for (Map.Entry<String, GgufType> e : SCALAR_KEYS.entrySet()) requireType(f, e.getKey(), e.getValue());
        boolean vision = f.findBool("clip.has_vision_encoder").orElse(false);
        boolean audio = f.findBool("clip.has_audio_encoder").orElse(false);
        if (!vision && !audio) {
            throw new ModelFileCheck.Problem("the file has neither a vision nor an audio encoder (clip.has_vision_encoder,"
                    + " clip.has_audio_encoder): not a projector for image or audio input");
        }
        String type = f.findString("clip.projector_type").or(() -> f.findString("clip.vision.projector_type"))
                .or(() -> f.findString("clip.audio.projector_type")).orElse("");
        checkTensorTypes(f);
        checkSecondPatchEmbedding(f, type);
        if (vision && type.equals("mlp")) checkLlava(f, textEmbedding);
        if (audio && f.findString("clip.projector_type").or(() -> f.findString("clip.audio.projector_type")).orElse("").equals("ultravox")) {
            checkUltravox(f, textEmbedding);
        }
        if (vision && (type.equals(QWEN2VL) || type.equals(QWEN25VL))) checkQwen2Vl(f, textEmbedding, type);
        return new Facts(type, vision, audio);
    }

    private static void requireType(GgufFile f, String key, GgufType type) {
        Optional<GgufValue> v = f.get(key);
        if (v.isPresent() && v.get().type() != type) {
            throw new ModelFileCheck.Problem("key '" + key + "' is a " + v.get().type() + ", not a " + type
                    + " (libmtmd would stop the process reading it)");
        }
    }

    /** The LLaVA encoder and projector: tools/mtmd/models/llava.cpp and clip.cpp's load_tensors. */
    private static void checkLlava(GgufFile f, int textEmbedding) {
        long e = positive(f, "clip.vision.embedding_length", 1 << 16);
        long heads = positive(f, "clip.vision.attention.head_count", 4096);
        positive(f, "clip.vision.feed_forward_length", 1 << 18);
        long layers = f.findLong("clip.vision.block_count").orElseThrow(() -> missing("clip.vision.block_count"));
        if (layers > 1024) throw new ModelFileCheck.Problem("clip.vision.block_count " + layers + " is implausible");
        long image = positive(f, "clip.vision.image_size", MAX_IMAGE_SIDE);
        long patch = positive(f, "clip.vision.patch_size", MAX_IMAGE_SIDE);
        float eps = f.findFloat("clip.vision.attention.layer_norm_epsilon").orElseThrow(() -> missing("clip.vision.attention.layer_norm_epsilon"));
        if (!Float.isFinite(eps) || eps < 0) throw new ModelFileCheck.Problem("clip.vision.attention.layer_norm_epsilon " + eps + " is not a finite non-negative number");
        if (e % heads != 0) {
            throw new ModelFileCheck.Problem("clip.vision.embedding_length " + e + " is not a multiple of the " + heads + " heads");
        }
        if (f.containsKey("clip.vision.attention.head_dim") && f.getLong("clip.vision.attention.head_dim") * heads != e) {
            throw new ModelFileCheck.Problem("clip.vision.attention.head_dim times the heads is not clip.vision.embedding_length");
        }
        if (f.containsKey("clip.vision.attention.head_count_kv") && f.getLong("clip.vision.attention.head_count_kv") != heads) {
            throw new ModelFileCheck.Problem("the LLaVA encoder has no grouped-query attention: clip.vision.attention.head_count_kv must equal the heads");
        }
        if (patch > image) throw new ModelFileCheck.Problem("the patch side " + patch + " is larger than the image side " + image);
        checkPinpoints(f, image);
        long side = image / patch;
        long patches = side * side;
        boolean cls = f.tensor("v.class_embd").isPresent();
        shape(f, "v.class_embd", false, e);
        shape(f, "v.patch_embd.weight", true, patch, patch, 3, e);
        shape(f, "v.patch_embd.bias", false, e);
        if (f.tensor("v.patch_embd.weight.1").isPresent()) throw new ModelFileCheck.Problem("a second patch embedding (v.patch_embd.weight.1) is not LLaVA's");
        GgufTensorInfo pos = tensor(f, "v.position_embd.weight", true);
        if (pos.dimensionCount() > 2 && Arrays.stream(pos.shape()).skip(2).anyMatch(d -> d != 1) || pos.dimension(0) != e
                || pos.dimension(1) < patches + (cls ? 1 : 0)) {
            throw new ModelFileCheck.Problem("tensor 'v.position_embd.weight' has shape " + Arrays.toString(pos.shape()) + "; the encoder needs ["
                    + e + ", " + (patches + (cls ? 1 : 0)) + "] or more positions");
        }
        for (String n : new String[]{"v.pre_ln", "v.post_ln"}) {
            shape(f, n + ".weight", false, e);
            shape(f, n + ".bias", false, e);
        }
        for (int i = 0; i < layers; i++) {
            String p = "v.blk." + i + ".";
            if (f.tensor(p + "attn_qkv.weight").isPresent() || f.tensor(p + "ffn_gate_exps.weight").isPresent()) {
                throw new ModelFileCheck.Problem("block " + i + " has fused or expert tensors, which LLaVA's encoder does not use");
            }
            for (String a : new String[]{"attn_q", "attn_k", "attn_v", "attn_out"}) {
                shape(f, p + a + ".weight", true, e, e);
                shape(f, p + a + ".bias", false, e);
            }
            for (String ln : new String[]{"ln1", "ln2"}) {
                shape(f, p + ln + ".weight", false, e);
                shape(f, p + ln + ".bias", false, e);
            }
            // clip.cpp swaps up and down when ffn_down's first side is the width: either order is fine
            GgufTensorInfo up = tensor(f, p + "ffn_up.weight", true), down = tensor(f, p + "ffn_down.weight", true);
            boolean swapped = down.dimension(0) == e;
            GgufTensorInfo realUp = swapped ? down : up, realDown = swapped ? up : down;
            String upName = swapped ? p + "ffn_down" : p + "ffn_up", downName = swapped ? p + "ffn_up" : p + "ffn_down";
            long hidden = realUp.dimension(1);
            shape(f, upName + ".weight", true, e, hidden);
            shape(f, downName + ".weight", true, hidden, e);
            shape(f, upName + ".bias", false, hidden);
            shape(f, downName + ".bias", false, e);
            if (f.tensor(p + "ffn_gate.weight").isPresent()) {
                shape(f, p + "ffn_gate.weight", true, e, hidden);
                shape(f, p + "ffn_gate.bias", false, hidden);
            }
        }
        GgufTensorInfo mm0 = tensor(f, "mm.0.weight", true);
        long h = mm0.dimension(mm0.dimensionCount() > 1 ? 1 : 0);
        shape(f, "mm.0.weight", true, llavaProjectorInput(f, e), h);
        shape(f, "mm.0.bias", true, h);
        long out;
        if (f.tensor("mm.3.weight").isPresent()) { // the Yi variant (PROJECTOR_TYPE_MLP_NORM)
            shape(f, "mm.1.weight", true, h);
            shape(f, "mm.1.bias", true, h);
            GgufTensorInfo mm3 = tensor(f, "mm.3.weight", true);
            out = mm3.dimension(mm3.dimensionCount() > 1 ? 1 : 0);
            shape(f, "mm.3.weight", true, h, out);
            shape(f, "mm.3.bias", true, out);
            shape(f, "mm.4.weight", true, out);
            shape(f, "mm.4.bias", true, out);
        } else {
            GgufTensorInfo mm2 = tensor(f, "mm.2.weight", true);
            out = mm2.dimension(mm2.dimensionCount() > 1 ? 1 : 0);
            shape(f, "mm.2.weight", true, h, out);
            shape(f, "mm.2.bias", true, out);
        }
        if (out != textEmbedding) {
            throw new ModelFileCheck.Problem("the projector's image embeddings have " + out + " values; the text model's have "
                    + textEmbedding + " (a projector made for another model)");
        }
    }

    /**
     * The width of what LLaVA's projector takes: the encoder's width, or with
     * {@code clip.vision.feature_layer} (Granite Vision) the outputs of those layers side by side,
     * one per distinct non-negative index (models/llava.cpp's embedding stack). A projector made for
     * another count fails {@code ggml_can_mul_mat} in the warm-up. An array of another type is left
     * to clip.cpp, which refuses it.
     */
    private static long llavaProjectorInput(GgufFile f, long e) {
        Optional<GgufValue> v = f.get("clip.vision.feature_layer");
        if (v.isEmpty() || v.get().type() != GgufType.ARRAY || v.get().asArray().elementType() != GgufType.INT32) return e;
        GgufArray layers = v.get().asArray();
        long stacked = java.util.stream.IntStream.range(0, layers.size()).map(layers::getInt).filter(l -> l >= 0).distinct().count();
        return e * Math.max(1, stacked);
    }

    /**
     * LLaVA-NeXT's resolution candidates ({@code clip.vision.image_grid_pinpoints}, width-height
     * pairs): libmtmd cuts an image of a candidate's size into slices of the image side, and a last
     * slice narrower than a patch gives no tokens ({@code GGML_ASSERT(image_tokens->nx > 0)} in
     * mtmd.cpp, while the prompt is tokenized: the process ends). So each side must be a multiple of
     * the image side, and a candidate may not make more than {@value #MAX_SLICES} slices.
     */
    private static void checkPinpoints(GgufFile f, long image) {
        Optional<GgufValue> v = f.get("clip.vision.image_grid_pinpoints");
        if (v.isEmpty()) return;
        if (v.get().type() != GgufType.ARRAY || v.get().asArray().elementType() != GgufType.INT32) {
            throw new ModelFileCheck.Problem("clip.vision.image_grid_pinpoints is not an int32 array");
        }
        GgufArray pins = v.get().asArray();
        if (pins.size() % 2 != 0) throw new ModelFileCheck.Problem("clip.vision.image_grid_pinpoints has an odd count, not width-height pairs");
        for (int i = 0; i < pins.size(); i += 2) {
            long w = pins.getInt(i), h = pins.getInt(i + 1);
            if (w < image || h < image || w % image != 0 || h % image != 0 || w > MAX_IMAGE_SIDE || h > MAX_IMAGE_SIDE
                    || (w / image) * (h / image) > MAX_SLICES) {
                throw new ModelFileCheck.Problem("clip.vision.image_grid_pinpoints holds " + w + "x" + h + ": not a grid of at most "
                        + MAX_SLICES + " slices of the image side " + image);
            }
        }
    }

    /**
     * Tensor types every projector graph needs, whatever its type: one-dimensional tensors (biases,
     * norm weights, class embeddings) are added to or multiplied with F32 activations, and ggml's
     * CPU backend aborts on any other type there at the first encode ({@code binary_op: unsupported
     * types}, ggml-cpu/binary-ops.cpp, not inside the load's safety net); matrices must have a dot
     * product ({@link TensorCheck#NOT_MULTIPLIABLE}: a NULL vec_dot crashes); the patch embeddings
     * are convolution kernels, F32 or F16 (im2col takes no other). llama.cpp's converter writes
     * one-dimensional tensors as F32.
     */
    private static void checkTensorTypes(GgufFile f) {
        for (GgufTensorInfo t : f.tensors()) {
            Optional<GgmlType> type = t.type();
            if (type.isEmpty() || type.get().blockSize() == 0) {
                throw new ModelFileCheck.Problem("tensor '" + t.name() + "' has the unknown or retired ggml type " + t.typeName());
            }
            if (t.dimensionCount() == 1 && type.get() != GgmlType.F32) {
                throw new ModelFileCheck.Problem("tensor '" + t.name() + "' is one-dimensional but " + t.typeName()
                        + ", not f32; ggml would abort adding or multiplying it (ggml-cpu/binary-ops.cpp)");
            }
            if (t.dimensionCount() >= 2 && TensorCheck.NOT_MULTIPLIABLE.contains(type.get())) {
                throw new ModelFileCheck.Problem("tensor '" + t.name() + "' has type " + t.typeName()
                        + ", which ggml cannot multiply (no vec_dot: the process would crash)");
            }
            if (t.name().startsWith("v.patch_embd.weight") && type.get() != GgmlType.F32 && type.get() != GgmlType.F16) {
                throw new ModelFileCheck.Problem("tensor '" + t.name() + "' has type " + t.typeName() + "; the patch convolution takes F16 or F32");
            }
        }
    }

    /** Projector types whose graph convolves with a second patch embedding that clip.cpp loads as optional. */
    private static final Set<String> TWO_PATCH_EMBEDDINGS = Set.of("qwen2vl_merger", "qwen2.5vl_merger",
            "qwen3vl_merger", "glm4v", "exaone4_5");

    /**
     * Qwen2-VL and its kin: the graph passes {@code v.patch_embd.weight.1} (and the first one) to
     * {@code ggml_conv_2d} without a null check, so a file without it dies in the warm-up (SIGSEGV,
     * which no safety net catches). Both must be there with the same shape.
     */
    private static void checkSecondPatchEmbedding(GgufFile f, String type) {
        if (!TWO_PATCH_EMBEDDINGS.contains(type)) return;
        GgufTensorInfo first = tensor(f, "v.patch_embd.weight", true), second = tensor(f, "v.patch_embd.weight.1", true);
        if (!Arrays.equals(first.shape(), second.shape())) {
            throw new ModelFileCheck.Problem("the patch embeddings v.patch_embd.weight " + Arrays.toString(first.shape())
                    + " and v.patch_embd.weight.1 " + Arrays.toString(second.shape()) + " differ in shape");
        }
    }

    // ---- audio: Ultravox (Whisper encoder + stacked-frame projector) ----------------------------

    /** Mel frames of one audio window: libmtmd's Whisper preprocessing cuts 30 s windows of 3000 frames. */
    static final int AUDIO_WINDOW_FRAMES = 3000;
    /** Encoder positions of one window: the second convolution (kernel 3, stride 2) halves the frames. */
    static final int AUDIO_WINDOW_POSITIONS = AUDIO_WINDOW_FRAMES / 2;

    /**
     * The Ultravox audio projector: the Whisper encoder of tools/mtmd/models/whisper-enc.cpp and
     * the tensors clip.cpp's load_tensors leaves optional but the graph uses. What it prevents, beyond
     * assertions of the graph build (which the warm-up would catch): null dereferences (a missing
     * position embedding, attention or feed-forward weight, block 0 when there are no blocks), the
     * encode-time abort of a stack factor whose token count libmtmd predicts differently from the
     * one its graph gives, and the CPU backend's abort on an addition or product with a non-F32 bias
     * or norm weight.
     */
    private static void checkUltravox(GgufFile f, int textEmbedding) {
        long e = positive(f, "clip.audio.embedding_length", 1 << 16);
        long heads = positive(f, "clip.audio.attention.head_count", 4096);
        positive(f, "clip.audio.feed_forward_length", 1 << 18);
        long layers = positive(f, "clip.audio.block_count", 1024);
        long mel = positive(f, "clip.audio.num_mel_bins", 256);
        long stack = positive(f, "clip.audio.projector.stack_factor", AUDIO_WINDOW_POSITIONS);
        float eps = f.findFloat("clip.audio.attention.layer_norm_epsilon").orElseThrow(() -> missing("clip.audio.attention.layer_norm_epsilon"));
        if (!Float.isFinite(eps) || eps < 0) throw new ModelFileCheck.Problem("clip.audio.attention.layer_norm_epsilon " + eps + " is not a finite non-negative number");
        if (e % heads != 0) throw new ModelFileCheck.Problem("clip.audio.embedding_length " + e + " is not a multiple of the " + heads + " heads");
        if (f.containsKey("clip.audio.attention.head_dim") && f.getLong("clip.audio.attention.head_dim") * heads != e) {
            throw new ModelFileCheck.Problem("clip.audio.attention.head_dim times the heads is not clip.audio.embedding_length");
        }
        if (f.containsKey("clip.audio.attention.head_count_kv") && f.getLong("clip.audio.attention.head_count_kv") != heads) {
            throw new ModelFileCheck.Problem("the Whisper encoder has no grouped-query attention: clip.audio.attention.head_count_kv must equal the heads");
        }
        // clip_n_output_tokens counts ceil(3000 / stack) / 2 tokens; the graph stacks 1500 positions into
        // ceil(1500 / stack) rows; libmtmd aborts the process at the first encode when they differ
        long counted = ceilDiv(AUDIO_WINDOW_FRAMES, stack) / 2, built = ceilDiv(AUDIO_WINDOW_POSITIONS, stack);
        if (counted != built) {
            throw new ModelFileCheck.Problem("clip.audio.projector.stack_factor " + stack + " makes libmtmd count " + counted
                    + " tokens per audio window while its encoder gives " + built + " (it would stop the process)");
        }
        convolution(f, "a.conv1d.1", mel, e);
        convolution(f, "a.conv1d.2", e, e);
        GgufTensorInfo pos = tensor(f, "a.position_embd.weight", true);
        if (pos.dimensionCount() > 2 && Arrays.stream(pos.shape()).skip(2).anyMatch(d -> d != 1) || pos.dimension(0) != e
                || pos.dimension(1) < AUDIO_WINDOW_POSITIONS) {
            throw new ModelFileCheck.Problem("tensor 'a.position_embd.weight' has shape " + Arrays.toString(pos.shape()) + "; the encoder needs ["
                    + e + ", " + AUDIO_WINDOW_POSITIONS + "] or more positions");
        }
        f32(f, "a.position_embd.weight", true, pos.shape());
        for (String n : new String[]{"a.pre_ln", "a.post_ln"}) {
            f32(f, n + ".weight", false, e);
            f32(f, n + ".bias", false, e);
        }
        for (int i = 0; i < layers; i++) {
            String p = "a.blk." + i + ".";
            if (f.tensor(p + "attn_qkv.weight").isPresent() || f.tensor(p + "ffn_gate_exps.weight").isPresent()) {
                throw new ModelFileCheck.Problem("audio block " + i + " has fused or expert tensors, which the Whisper encoder does not use");
            }
            if (f.tensor(p + "attn_k.bias").isPresent()) {
                throw new ModelFileCheck.Problem("tensor '" + p + "attn_k.bias' is present; the Whisper encoder has no key bias (libmtmd asserts that)");
            }
            for (String a : new String[]{"attn_q", "attn_k", "attn_v", "attn_out"}) shape(f, p + a + ".weight", true, e, e);
            f32(f, p + "attn_q.bias", true, e);
            f32(f, p + "attn_v.bias", true, e);
            f32(f, p + "attn_out.bias", false, e);
            for (String ln : new String[]{"ln1", "ln2"}) {
                f32(f, p + ln + ".weight", true, e);
                f32(f, p + ln + ".bias", true, e);
            }
            GgufTensorInfo up = tensor(f, p + "ffn_up.weight", true);
            long hidden = up.dimensionCount() > 1 ? up.dimension(1) : 0;
            if (hidden < 1) throw new ModelFileCheck.Problem("tensor '" + p + "ffn_up.weight' has shape " + Arrays.toString(up.shape()));
            shape(f, p + "ffn_up.weight", true, e, hidden);
            shape(f, p + "ffn_down.weight", true, hidden, e);
            f32(f, p + "ffn_up.bias", false, hidden);
            f32(f, p + "ffn_down.bias", false, e);
            if (f.tensor(p + "ffn_gate.weight").isPresent()) {
                shape(f, p + "ffn_gate.weight", true, e, hidden);
                f32(f, p + "ffn_gate.bias", false, hidden);
            }
        }
        long stacked = e * stack;
        f32(f, "mm.a.norm_pre.weight", true, stacked);
        GgufTensorInfo mm1 = tensor(f, "mm.a.mlp.1.weight", true);
        long doubled = mm1.dimensionCount() > 1 ? mm1.dimension(1) : 0;
        if (doubled < 2 || doubled % 2 != 0) {
            throw new ModelFileCheck.Problem("tensor 'mm.a.mlp.1.weight' has shape " + Arrays.toString(mm1.shape())
                    + "; its output feeds a SwiGLU and must be an even width");
        }
        shape(f, "mm.a.mlp.1.weight", true, stacked, doubled);
        long h = doubled / 2;
        f32(f, "mm.a.norm_mid.weight", true, h);
        GgufTensorInfo mm2 = tensor(f, "mm.a.mlp.2.weight", true);
        long out = mm2.dimension(mm2.dimensionCount() > 1 ? 1 : 0);
        shape(f, "mm.a.mlp.2.weight", true, h, out);
        if (out != textEmbedding) {
            throw new ModelFileCheck.Problem("the projector's audio embeddings have " + out + " values; the text model's have "
                    + textEmbedding + " (a projector made for another model)");
        }
    }

    // ---- Qwen2-VL / Qwen2.5-VL ---------------------------------------------------------------

    private static final String QWEN2VL = "qwen2vl_merger";
    private static final String QWEN25VL = "qwen2.5vl_merger";

    /**
     * The Qwen2-VL encoder and patch merger: tools/mtmd/models/qwen2vl.cpp (the graph), clip.cpp's
     * load_hparams, load_tensors and the encode's inputs. What is checked, and why:
     * <ul>
     *   <li>head dimension a multiple of 4: the vision rope asserts, while encoding (outside the
     *       loader's abort net), an even half of the head and a non-empty section of its four;</li>
     *   <li>{@code spatial_merge_size} 2 when present: the graph merges 2×2 patches, while the
     *       encode writes the positions of {@code n_merge}-spaced blocks of four (a heap overflow for
     *       1) and libmtmd counts {@code (side / n_merge)²} tokens;</li>
     *   <li>{@code n_wa_pattern} 0 or absent for {@code qwen2vl_merger}: with it the graph reads
     *       window indices and a mask that only the Qwen2.5-VL encode fills (for Qwen2-VL, whatever the
     *       compute buffer holds, as row indices); for {@code qwen2.5vl_merger} with windows, a window
     *       of 112 pixels (clip.cpp's, it reads no key for it) at least one merged token wide, else
     *       the encode's window loop never advances;</li>
     *   <li>a patch side whose warm-up image (92 patches wide) stays under {@link #MAX_IMAGE_SIDE};</li>
     *   <li>both patch-embedding halves ({@code v.patch_embd.weight}, {@code .weight.1}), each block's
     *       separate q/k/v weights and biases (the graph adds them unchecked), F16 or F32 convolution
     *       kernels, and the shapes of everything the graph multiplies, so no assertion fires
     *       while an image encodes;</li>
     *   <li>the merger's output width against the text model's.</li>
     * </ul>
     */
    private static void checkQwen2Vl(GgufFile f, int textEmbedding, String type) {
        long e = positive(f, "clip.vision.embedding_length", 1 << 16);
        long heads = positive(f, "clip.vision.attention.head_count", 4096);
        positive(f, "clip.vision.feed_forward_length", 1 << 18);
        long layers = f.findLong("clip.vision.block_count").orElseThrow(() -> missing("clip.vision.block_count"));
        if (layers > 1024) throw new ModelFileCheck.Problem("clip.vision.block_count " + layers + " is implausible");
        positive(f, "clip.vision.image_size", MAX_IMAGE_SIDE);
        // clip.cpp warms up with an image of 46×46 merged tokens: 92 patches a side
        long patch = positive(f, "clip.vision.patch_size", MAX_IMAGE_SIDE / 92);
        if (e % heads != 0) {
            throw new ModelFileCheck.Problem("clip.vision.embedding_length " + e + " is not a multiple of the " + heads + " heads");
        }
        long head = e / heads;
        if (f.containsKey("clip.vision.attention.head_dim") && f.getLong("clip.vision.attention.head_dim") != head) {
            throw new ModelFileCheck.Problem("clip.vision.attention.head_dim times the heads is not clip.vision.embedding_length");
        }
        if (head % 4 != 0) {
            throw new ModelFileCheck.Problem("the encoder's head dimension " + head + " is not a multiple of 4: its rope rotates four"
                    + " equal sections of half a head, and ggml would stop the process encoding an image");
        }
        if (f.containsKey("clip.vision.attention.head_count_kv") && f.getLong("clip.vision.attention.head_count_kv") != heads) {
            throw new ModelFileCheck.Problem("the Qwen2-VL encoder has no grouped-query attention: clip.vision.attention.head_count_kv must equal the heads");
        }
        if (f.containsKey("clip.vision.spatial_merge_size") && f.getLong("clip.vision.spatial_merge_size") != 2) {
            throw new ModelFileCheck.Problem("clip.vision.spatial_merge_size is " + f.getLong("clip.vision.spatial_merge_size")
                    + "; the Qwen2-VL merger joins 2×2 patches (libmtmd would write past its position buffer)");
        }
        long windowPattern = f.findLong("clip.vision.n_wa_pattern").orElse(0L);
        if (type.equals(QWEN2VL) && windowPattern != 0) {
            throw new ModelFileCheck.Problem("clip.vision.n_wa_pattern is " + windowPattern + "; window attention is Qwen2.5-VL's"
                    + " (" + QWEN25VL + "), and libmtmd gives a " + QWEN2VL + " encoder no window indices");
        }
        if (type.equals(QWEN25VL) && windowPattern > 0 && 112 / patch / 2 < 1) {
            throw new ModelFileCheck.Problem("the attention window of 112 pixels is narrower than one merged token ("
                    + 2 * patch + " pixels): libmtmd's window loop would never end");
        }
        if (f.tensor("v.patch_embd.bias").isPresent() || f.tensor("v.class_embd").isPresent()) {
            throw new ModelFileCheck.Problem("a patch bias or class embedding is not part of the Qwen2-VL encoder");
        }
        for (String half : new String[]{"v.patch_embd.weight", "v.patch_embd.weight.1"}) {
            shape(f, half, true, patch, patch, 3, e);
            GgufTensorInfo kernel = tensor(f, half, true);
            String kernelType = kernel.type().map(Enum::name).orElse("");
            if (!kernelType.equals("F32") && !kernelType.equals("F16")) {
                throw new ModelFileCheck.Problem("tensor '" + half + "' has type " + kernel.typeName() + "; the patch convolution takes F16 or F32");
            }
        }
        for (String n : new String[]{"v.pre_ln", "v.post_ln"}) {
            shape(f, n + ".weight", false, e);
            shape(f, n + ".bias", false, e);
        }
        for (int i = 0; i < layers; i++) {
            String p = "v.blk." + i + ".";
            if (f.tensor(p + "attn_qkv.weight").isPresent() || f.tensor(p + "ffn_gate_exps.weight").isPresent()) {
                throw new ModelFileCheck.Problem("block " + i + " has fused or expert tensors, which the Qwen2-VL encoder does not use");
            }
            for (String a : new String[]{"attn_q", "attn_k", "attn_v"}) {
                shape(f, p + a + ".weight", true, e, e);
                shape(f, p + a + ".bias", true, e);
            }
            shape(f, p + "attn_out.weight", true, e, e);
            shape(f, p + "attn_out.bias", false, e);
            for (String ln : new String[]{"ln1", "ln2"}) {
                shape(f, p + ln + ".weight", false, e);
                shape(f, p + ln + ".bias", false, e);
            }
            // clip.cpp swaps up and down when ffn_down's first side is the width: either order is fine
            GgufTensorInfo up = tensor(f, p + "ffn_up.weight", true), down = tensor(f, p + "ffn_down.weight", true);
            boolean swapped = down.dimension(0) == e;
            String upName = swapped ? p + "ffn_down" : p + "ffn_up", downName = swapped ? p + "ffn_up" : p + "ffn_down";
            long hidden = (swapped ? down : up).dimension(1);
            shape(f, upName + ".weight", true, e, hidden);
            shape(f, downName + ".weight", true, hidden, e);
            shape(f, upName + ".bias", false, hidden);
            shape(f, downName + ".bias", false, e);
            shape(f, p + "ffn_gate.weight", false, e, hidden);
            shape(f, p + "ffn_gate.bias", false, hidden);
        }
        // the merger: 2×2 patches side by side (4 × width), an MLP to the text model's width
        GgufTensorInfo mm0 = tensor(f, "mm.0.weight", true);
        long h = mm0.dimension(mm0.dimensionCount() > 1 ? 1 : 0);
        shape(f, "mm.0.weight", true, 4 * e, h);
        shape(f, "mm.0.bias", true, h);
        GgufTensorInfo mm2 = tensor(f, "mm.2.weight", true);
        long out = mm2.dimension(mm2.dimensionCount() > 1 ? 1 : 0);
        shape(f, "mm.2.weight", true, h, out);
        shape(f, "mm.2.bias", true, out);
        if (out != textEmbedding) {
            throw new ModelFileCheck.Problem("the projector's image embeddings have " + out + " values; the text model's have "
                    + textEmbedding + " (a projector made for another model)");
        }
    }

    /** A Whisper convolution: kernel 3 (so the frame count halves exactly), weight F32 or F16, bias [1, out] in F32. */
    private static void convolution(GgufFile f, String name, long in, long out) {
        shape(f, name + ".weight", true, 3, in, out);
        String type = tensor(f, name + ".weight", true).type().map(Enum::name).orElse("?");
        if (!type.equals("F32") && !type.equals("F16")) {
            throw new ModelFileCheck.Problem("tensor '" + name + ".weight' has type " + type + "; the convolution takes F32 or F16");
        }
        f32(f, name + ".bias", true, 1, out);
    }

    /**
     * A tensor added to or multiplied with activations (bias, norm weight, position embedding): the
     * CPU backend aborts on any type but F32 there, at encode time.
     */
    private static void f32(GgufFile f, String name, boolean required, long... dims) {
        shape(f, name, required, dims);
        Optional<GgufTensorInfo> t = f.tensor(name);
        if (t.isPresent() && !t.get().type().map(Enum::name).orElse("?").equals("F32")) {
            throw new ModelFileCheck.Problem("tensor '" + name + "' has type " + t.get().typeName() + "; the encoder adds or multiplies it as F32");
        }
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static ModelFileCheck.Problem missing(String key) {
        return new ModelFileCheck.Problem("key '" + key + "' is missing");
    }

    private static long positive(GgufFile f, String key, long max) {
        long v = f.findLong(key).orElseThrow(() -> missing(key));
        if (v < 1 || v > max) throw new ModelFileCheck.Problem("key '" + key + "' is " + v + ", not in 1.." + max);
        return v;
    }

    private static GgufTensorInfo tensor(GgufFile f, String name, boolean required) {
        Optional<GgufTensorInfo> t = f.tensor(name);
        if (t.isEmpty() && required) throw new ModelFileCheck.Problem("tensor '" + name + "' is missing");
        return t.orElse(null);
    }

    /** The tensor, when present (or required), has exactly these leading sides and 1 after them. */
    private static void shape(GgufFile f, String name, boolean required, long... dims) {
        GgufTensorInfo t = tensor(f, name, required);
        if (t == null) return;
        long[] s = t.shape();
        boolean ok = s.length >= dims.length || Arrays.stream(dims).skip(s.length).allMatch(d -> d == 1);
        for (int i = 0; ok && i < Math.max(s.length, dims.length); i++) {
            long have = i < s.length ? s[i] : 1, want = i < dims.length ? dims[i] : 1;
            ok = have == want;
        }
        if (!ok) throw new ModelFileCheck.Problem("tensor '" + name + "' has shape " + Arrays.toString(s) + ", not " + Arrays.toString(dims));
        String type = t.type().map(Enum::name).orElse(null);
        if (type == null || java.util.Set.of("I8", "I16", "I32", "I64", "F64").contains(type)) {
            throw new ModelFileCheck.Problem("tensor '" + name + "' has type " + t.typeName() + ", which the encoder cannot multiply");
        }
    }
}
