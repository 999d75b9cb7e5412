package io.github.llamaffm.testkit;

import io.github.llamaffm.gguf.GgmlType;
import io.github.llamaffm.gguf.GgufArray;
import io.github.llamaffm.gguf.GgufWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.SplittableRandom;

import static io.github.llamaffm.testkit.ProjectorWeights.gaussian;
import static io.github.llamaffm.testkit.ProjectorWeights.ones;
import static io.github.llamaffm.testkit.ProjectorWeights.positive;

/**
 * Writes a Qwen2-VL multimodal projector (an "mmproj" GGUF of type {@code qwen2vl_merger}, as
 * llama.cpp's libmtmd loads it) with seeded random weights for a Qwen2-VL text model
 * ({@link RandomLlamaModel#qwen2vlTiny()}): a small ViT with 2D rotary positions and the patch
 * merger that turns each 2×2 block of patches into one embedding of the text model's width. With a
 * text model whose rope is M-RoPE, libmtmd gives an image of {@code nx × ny} tokens only
 * {@code max(nx, ny)} positions, which is what this pair is for.
 *
 * <pre>{@code
 * RandomQwen2VlProjector.of(model).seed(5).write(Path.of("mmproj-qwen2vl.gguf"));
 * }</pre>
 *
 * <p>Keys (llama.cpp's {@code tools/mtmd/clip-impl.h}, read by {@code clip.cpp}):
 * {@code general.architecture = "clip"}, {@code general.name}, {@code clip.has_vision_encoder}
 * (bool), {@code clip.projector_type = "qwen2vl_merger"}, {@code clip.vision.embedding_length},
 * {@code feed_forward_length}, {@code block_count}, {@code projection_dim},
 * {@code attention.head_count}, {@code image_size}, {@code patch_size},
 * {@code spatial_merge_size = 2} (uint32), {@code clip.vision.attention.layer_norm_epsilon}
 * (float32), {@code clip.vision.image_mean}/{@code image_std} (float32 arrays of 3). No
 * {@code clip.use_gelu}: the encoder's FFN uses quick GELU, as Qwen2-VL's does.
 *
 * <p>Tensors (ggml order, {@code ne0} first; the graph of {@code tools/mtmd/models/qwen2vl.cpp}):
 * the two temporal halves of the 3D patch convolution {@code v.patch_embd.weight} and
 * {@code v.patch_embd.weight.1 [patch, patch, 3, n_embd_v]} (no bias, no position embedding: the
 * encoder uses M-RoPE over patch rows and columns), per block {@code v.blk.N.ln1}, {@code ln2}
 * (layer norm weight and bias), {@code attn_q}, {@code attn_k}, {@code attn_v}, {@code attn_out}
 * {@code [n_embd_v, n_embd_v]}, {@code ffn_up [n_embd_v, n_ff_v]}, {@code ffn_down [n_ff_v,
 * n_embd_v]} (each with a bias), then the merger: {@code v.post_ln.weight/bias [n_embd_v]} (its
 * layer norm), {@code mm.0.weight [4 n_embd_v, 4 n_embd_v]}, {@code mm.2.weight [4 n_embd_v,
 * n_embd]} and their biases. All F32.
 *
 * <p>Images: libmtmd resizes an image to sides that are multiples of {@code 2 × patch} (rounded
 * to the nearest, within 8 to 4096 tokens) and makes {@code (width / 2patch) × (height / 2patch)}
 * tokens of it; an image whose sides are such multiples already keeps its size. libmtmd puts
 * {@code <|vision_start|>} and {@code <|vision_end|>} around them (real control tokens with
 * {@link RandomLlamaModel.Builder#qwen2vlTokens()}).
 *
 * <p>Not thread-safe while being configured; {@link #write(Path)} may be called any number of times
 * and always writes the same bytes for the same settings.
 */
public final class RandomQwen2VlProjector {
    private final int textEmbeddingLength;
    private final String name;
    private int embeddingLength = 32;
    private int feedForwardLength = 48;
    private int blockCount = 2;
    private int headCount = 4;
    private int patchSize = 4;
    private int imageSize = 64;
    private long seed = 1;
    private float std = 0.1f;
    private float projectorStd = 0.3f;

    private RandomQwen2VlProjector(int textEmbeddingLength, String name) {
        this.textEmbeddingLength = textEmbeddingLength;
        this.name = name;
    }

    /**
     * A projector for {@code model}: its output width is the model's embedding width. Defaults: a
     * 32-wide encoder of 2 blocks with 4 heads (head dimension 8), feed-forward 48, patches of 4
     * pixels (an image of 8k × 8m pixels gives k × m tokens), seed 1.
     *
     * @param model the text model the projector feeds (a {@code qwen2vl} one for M-RoPE positions)
     * @return a new projector description
     * @throws NullPointerException if {@code model} is null
     */
    public static RandomQwen2VlProjector of(RandomLlamaModel model) {
        Objects.requireNonNull(model, "model");
        return new RandomQwen2VlProjector(model.embeddingLength(), model.name() + " random qwen2vl mmproj");
    }

    /**
     * A projector whose output has {@code textEmbeddingLength} values per image token, for a model
     * of that width (or, for tests of the checks, one of another width).
     *
     * @param textEmbeddingLength the output width, {@code >= 1}
     * @return a new projector description
     * @throws IllegalArgumentException if the width is below 1
     */
    public static RandomQwen2VlProjector ofWidth(int textEmbeddingLength) {
        positive("textEmbeddingLength", textEmbeddingLength);
        return new RandomQwen2VlProjector(textEmbeddingLength, "random qwen2vl mmproj");
    }

    /**
     * The encoder's width, its feed-forward width and its heads.
     *
     * @param embedding   encoder width, a multiple of {@code 4 × heads} (the vision rope rotates
     *                    four equal sections of each head)
     * @param feedForward feed-forward width, different from {@code embedding} (llama.cpp swaps the
     *                    FFN tensors when the down projection starts with the width)
     * @param heads       attention heads
     * @return this
     * @throws IllegalArgumentException if a value is below 1, the head dimension is not a multiple
     *                                  of 4, or the widths are equal
     */
    public RandomQwen2VlProjector encoder(int embedding, int feedForward, int heads) {
        positive("embedding", embedding);
        positive("feedForward", feedForward);
        positive("heads", heads);
        if (embedding % (4 * heads) != 0) {
            throw new IllegalArgumentException("the encoder width " + embedding + " must be a multiple of 4 × " + heads + " heads");
        }
        if (embedding == feedForward) throw new IllegalArgumentException("the feed-forward width must differ from the embedding width");
        embeddingLength = embedding;
        feedForwardLength = feedForward;
        headCount = heads;
        return this;
    }

    /**
     * The number of encoder blocks.
     *
     * @param n blocks, {@code >= 1}
     * @return this
     * @throws IllegalArgumentException if below 1
     */
    public RandomQwen2VlProjector blockCount(int n) {
        positive("blockCount", n);
        blockCount = n;
        return this;
    }

    /**
     * The patch side in pixels; an image token covers {@code 2 × patch} pixels each way.
     *
     * @param patch patch side, {@code >= 1}
     * @return this
     * @throws IllegalArgumentException if below 1
     */
    public RandomQwen2VlProjector patchSize(int patch) {
        positive("patch", patch);
        patchSize = patch;
        return this;
    }

    /**
     * The seed of the random weights.
     *
     * @param s the seed
     * @return this
     */
    public RandomQwen2VlProjector seed(long s) {
        seed = s;
        return this;
    }

    /**
     * The patch side in pixels.
     *
     * @return pixels
     */
    public int patchSize() {
        return patchSize;
    }

    /**
     * The side of the pixel square that becomes one image token: two patches (the merger joins
     * 2×2 patches).
     *
     * @return {@code 2 × patchSize()}
     */
    public int tokenSide() {
        return 2 * patchSize;
    }

    /**
     * The width of the projector's output: the text model's embedding width.
     *
     * @return values per image token
     */
    public int outputEmbeddingLength() {
        return textEmbeddingLength;
    }

    /**
     * Writes the projector file.
     *
     * @param path the file to write (replaced)
     * @throws IOException if it cannot be written
     */
    public void write(Path path) throws IOException {
        newWriter().write(path);
    }

    /**
     * A writer holding this projector's keys and tensors, for a caller that changes something
     * (a key, a tensor) before writing; tests of hostile files do.
     *
     * @return a new writer, owned by the caller
     */
    public GgufWriter newWriter() {
        int e = embeddingLength, f = feedForwardLength, m = 4 * e, t = textEmbeddingLength, p = patchSize;
        GgufWriter w = new GgufWriter();
        w.putString("general.architecture", "clip");
        w.putString("general.name", name);
        w.putBool("clip.has_vision_encoder", true);
        w.putString("clip.projector_type", "qwen2vl_merger");
        w.putUInt32("clip.vision.embedding_length", e);
        w.putUInt32("clip.vision.feed_forward_length", f);
        w.putUInt32("clip.vision.block_count", blockCount);
        w.putUInt32("clip.vision.projection_dim", t);
        w.putUInt32("clip.vision.attention.head_count", headCount);
        w.putFloat32("clip.vision.attention.layer_norm_epsilon", 1e-6f);
        w.putUInt32("clip.vision.image_size", imageSize);
        w.putUInt32("clip.vision.patch_size", p);
        w.putUInt32("clip.vision.spatial_merge_size", 2);
        w.putArray("clip.vision.image_mean", GgufArray.ofFloat32(0.48f, 0.46f, 0.41f));
        w.putArray("clip.vision.image_std", GgufArray.ofFloat32(0.27f, 0.26f, 0.28f));
        SplittableRandom r = new SplittableRandom(seed);
        w.addTensor("v.patch_embd.weight", GgmlType.F32, new long[]{p, p, 3, e}, gaussian(r, (long) p * p * 3 * e, std));
        w.addTensor("v.patch_embd.weight.1", GgmlType.F32, new long[]{p, p, 3, e}, gaussian(r, (long) p * p * 3 * e, std));
        for (int b = 0; b < blockCount; b++) {
            String pre = "v.blk." + b + ".";
            for (String ln : new String[]{"ln1", "ln2"}) {
                w.addTensor(pre + ln + ".weight", GgmlType.F32, new long[]{e}, ones(e));
                w.addTensor(pre + ln + ".bias", GgmlType.F32, new long[]{e}, new float[e]);
            }
            for (String a : new String[]{"attn_q", "attn_k", "attn_v", "attn_out"}) {
                w.addTensor(pre + a + ".weight", GgmlType.F32, new long[]{e, e}, gaussian(r, (long) e * e, std));
                w.addTensor(pre + a + ".bias", GgmlType.F32, new long[]{e}, gaussian(r, e, std));
            }
            w.addTensor(pre + "ffn_up.weight", GgmlType.F32, new long[]{e, f}, gaussian(r, (long) e * f, std));
            w.addTensor(pre + "ffn_up.bias", GgmlType.F32, new long[]{f}, gaussian(r, f, std));
            w.addTensor(pre + "ffn_down.weight", GgmlType.F32, new long[]{f, e}, gaussian(r, (long) f * e, std));
            w.addTensor(pre + "ffn_down.bias", GgmlType.F32, new long[]{e}, gaussian(r, e, std));
        }
        w.addTensor("v.post_ln.weight", GgmlType.F32, new long[]{e}, ones(e));
        w.addTensor("v.post_ln.bias", GgmlType.F32, new long[]{e}, new float[e]);
        w.addTensor("mm.0.weight", GgmlType.F32, new long[]{m, m}, gaussian(r, (long) m * m, projectorStd));
        w.addTensor("mm.0.bias", GgmlType.F32, new long[]{m}, gaussian(r, m, projectorStd));
        w.addTensor("mm.2.weight", GgmlType.F32, new long[]{m, t}, gaussian(r, (long) m * t, projectorStd));
        w.addTensor("mm.2.bias", GgmlType.F32, new long[]{t}, gaussian(r, t, projectorStd));
        return w;
    }
}
