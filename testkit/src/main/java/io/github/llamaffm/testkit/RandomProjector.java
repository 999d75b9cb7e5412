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
 * Writes a multimodal projector (an "mmproj" GGUF file, as llama.cpp's libmtmd loads it) with
 * seeded random weights for a {@link RandomLlamaModel}: a small CLIP-style vision encoder and the
 * LLaVA {@code mlp} projector, whose output width is the model's embedding width, so that the pair
 * sees images the way LLaVA 1.5 does. Random weights give real image tokens and deterministic
 * output, not sensible descriptions.
 *
 * <pre>{@code
 * RandomProjector.of(model).imageSize(32).patchSize(8).seed(3).write(Path.of("mmproj.gguf"));
 * }</pre>
 *
 * <p>Keys (llama.cpp's {@code tools/mtmd/clip-impl.h}, read by {@code clip.cpp}):
 * {@code general.architecture = "clip"}, {@code general.name}, {@code clip.has_vision_encoder}
 * (bool), {@code clip.projector_type = "mlp"}, {@code clip.use_gelu} (bool),
 * {@code clip.vision.embedding_length}, {@code feed_forward_length}, {@code block_count},
 * {@code projection_dim}, {@code attention.head_count}, {@code image_size}, {@code patch_size}
 * (uint32), {@code clip.vision.attention.layer_norm_epsilon} (float32) and
 * {@code clip.vision.image_mean}/{@code image_std} (float32 arrays of 3).
 *
 * <p>Tensors (ggml order, {@code ne0} first; the graph of {@code tools/mtmd/models/llava.cpp}):
 * {@code v.patch_embd.weight [patch, patch, 3, n_embd_v]} and its bias, {@code v.position_embd.weight
 * [n_embd_v, n_patches]}, {@code v.pre_ln.weight/bias}, per block {@code v.blk.N.ln1}, {@code ln2}
 * (weight and bias), {@code attn_q}, {@code attn_k}, {@code attn_v}, {@code attn_out}
 * {@code [n_embd_v, n_embd_v]}, {@code ffn_up [n_embd_v, n_ff_v]}, {@code ffn_down [n_ff_v, n_embd_v]}
 * (each with a bias), then the projector {@code mm.0.weight [n_embd_v, n_hidden]}, {@code mm.2.weight
 * [n_hidden, n_embd]} and their biases. All F32. An image becomes {@code (imageSize / patchSize)²}
 * embeddings of the model's width (LLaVA uses all blocks but the last, as here).
 *
 * <p>Not thread-safe while being configured; {@link #write(Path)} may be called any number of times
 * and always writes the same bytes for the same settings.
 */
public final class RandomProjector {
    private final int textEmbeddingLength;
    private final String name;
    private int embeddingLength = 32;
    private int feedForwardLength = 48;
    private int blockCount = 2;
    private int headCount = 4;
    private int hiddenLength = 64;
    private int imageSize = 32;
    private int patchSize = 8;
    private long seed = 1;
    private float std = 0.1f;
    private float projectorStd = 0.3f;

    private RandomProjector(int textEmbeddingLength, String name) {
        this.textEmbeddingLength = textEmbeddingLength;
        this.name = name;
    }

    /**
     * A projector for {@code model}: its output width is the model's embedding width. Defaults:
     * a 32-wide vision encoder of 2 blocks with 4 heads, images of 32×32 pixels in patches of 8
     * (16 image tokens), a projector hidden width of 64, seed 1.
     *
     * @param model the text model the projector feeds
     * @return a new projector description
     * @throws NullPointerException if {@code model} is null
     */
    public static RandomProjector of(RandomLlamaModel model) {
        Objects.requireNonNull(model, "model");
        return new RandomProjector(model.embeddingLength(), model.name() + " random mmproj");
    }

    /**
     * A projector whose output has {@code textEmbeddingLength} values per image token, for a model
     * of that width (or, for tests of the checks, one of another width).
     *
     * @param textEmbeddingLength the output width, {@code >= 1}
     * @return a new projector description
     * @throws IllegalArgumentException if the width is below 1
     */
    public static RandomProjector ofWidth(int textEmbeddingLength) {
        positive("textEmbeddingLength", textEmbeddingLength);
        return new RandomProjector(textEmbeddingLength, "random mmproj");
    }

    /**
     * The vision encoder's width and its feed-forward width.
     *
     * @param embedding encoder width, a multiple of the head count
     * @param feedForward feed-forward width, different from {@code embedding} (llama.cpp swaps
     *                    the FFN tensors of LLaVA files when they are equal)
     * @return this
     * @throws IllegalArgumentException if a value is below 1, or they are equal
     */
    public RandomProjector encoder(int embedding, int feedForward) {
        positive("embedding", embedding);
        positive("feedForward", feedForward);
        if (embedding == feedForward) throw new IllegalArgumentException("the feed-forward width must differ from the embedding width");
        embeddingLength = embedding;
        feedForwardLength = feedForward;
        return this;
    }

    /**
     * The number of encoder blocks (LLaVA runs all but the last).
     *
     * @param n blocks, {@code >= 2}
     * @return this
     * @throws IllegalArgumentException if below 2
     */
    public RandomProjector blockCount(int n) {
        if (n < 2) throw new IllegalArgumentException("blockCount must be >= 2: " + n);
        blockCount = n;
        return this;
    }

    /**
     * The image side in pixels (images are resized to a square of this side) and the patch side;
     * an image gives {@code (image / patch)²} tokens.
     *
     * @param image image side, a multiple of {@code patch}
     * @param patch patch side
     * @return this
     * @throws IllegalArgumentException if a value is below 1 or {@code image} is not a multiple of {@code patch}
     */
    public RandomProjector imageSize(int image, int patch) {
        positive("image", image);
        positive("patch", patch);
        if (image % patch != 0) throw new IllegalArgumentException("the image side " + image + " is not a multiple of the patch side " + patch);
        imageSize = image;
        patchSize = patch;
        return this;
    }

    /**
     * The seed of the random weights.
     *
     * @param s the seed
     * @return this
     */
    public RandomProjector seed(long s) {
        seed = s;
        return this;
    }

    /**
     * How many tokens one image becomes.
     *
     * @return {@code (imageSize / patchSize)²}
     */
    public int tokensPerImage() {
        int side = imageSize / patchSize;
        return side * side;
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
     * (a key's type, a tensor) before writing; tests of hostile files do.
     *
     * @return a new writer, owned by the caller
     */
    public GgufWriter newWriter() {
        if (embeddingLength % headCount != 0) throw new IllegalStateException("encoder width " + embeddingLength + " is not a multiple of " + headCount + " heads");
        int nPatches = tokensPerImage();
        GgufWriter w = new GgufWriter();
        w.putString("general.architecture", "clip");
        w.putString("general.name", name);
        w.putBool("clip.has_vision_encoder", true);
        w.putString("clip.projector_type", "mlp");
        w.putBool("clip.use_gelu", true);
        w.putUInt32("clip.vision.embedding_length", embeddingLength);
        w.putUInt32("clip.vision.feed_forward_length", feedForwardLength);
        w.putUInt32("clip.vision.block_count", blockCount);
        w.putUInt32("clip.vision.projection_dim", textEmbeddingLength);
        w.putUInt32("clip.vision.attention.head_count", headCount);
        w.putFloat32("clip.vision.attention.layer_norm_epsilon", 1e-5f);
        w.putUInt32("clip.vision.image_size", imageSize);
        w.putUInt32("clip.vision.patch_size", patchSize);
        w.putArray("clip.vision.image_mean", GgufArray.ofFloat32(0.5f, 0.5f, 0.5f));
        w.putArray("clip.vision.image_std", GgufArray.ofFloat32(0.5f, 0.5f, 0.5f));
        SplittableRandom r = new SplittableRandom(seed);
        int e = embeddingLength, f = feedForwardLength;
        w.addTensor("v.patch_embd.weight", GgmlType.F32, new long[]{patchSize, patchSize, 3, e}, gaussian(r, (long) patchSize * patchSize * 3 * e, std));
        w.addTensor("v.patch_embd.bias", GgmlType.F32, new long[]{e}, gaussian(r, e, std));
        w.addTensor("v.position_embd.weight", GgmlType.F32, new long[]{e, nPatches}, gaussian(r, (long) e * nPatches, std));
        w.addTensor("v.pre_ln.weight", GgmlType.F32, new long[]{e}, ones(e));
        w.addTensor("v.pre_ln.bias", GgmlType.F32, new long[]{e}, new float[e]);
        for (int b = 0; b < blockCount; b++) {
            String p = "v.blk." + b + ".";
            for (String ln : new String[]{"ln1", "ln2"}) {
                w.addTensor(p + ln + ".weight", GgmlType.F32, new long[]{e}, ones(e));
                w.addTensor(p + ln + ".bias", GgmlType.F32, new long[]{e}, new float[e]);
            }
            for (String a : new String[]{"attn_q", "attn_k", "attn_v", "attn_out"}) {
                w.addTensor(p + a + ".weight", GgmlType.F32, new long[]{e, e}, gaussian(r, (long) e * e, std));
                w.addTensor(p + a + ".bias", GgmlType.F32, new long[]{e}, gaussian(r, e, std));
            }
            w.addTensor(p + "ffn_up.weight", GgmlType.F32, new long[]{e, f}, gaussian(r, (long) e * f, std));
            w.addTensor(p + "ffn_up.bias", GgmlType.F32, new long[]{f}, gaussian(r, f, std));
            w.addTensor(p + "ffn_down.weight", GgmlType.F32, new long[]{f, e}, gaussian(r, (long) f * e, std));
            w.addTensor(p + "ffn_down.bias", GgmlType.F32, new long[]{e}, gaussian(r, e, std));
        }
        int h = hiddenLength, t = textEmbeddingLength;
        w.addTensor("mm.0.weight", GgmlType.F32, new long[]{e, h}, gaussian(r, (long) e * h, projectorStd));
        w.addTensor("mm.0.bias", GgmlType.F32, new long[]{h}, gaussian(r, h, projectorStd));
        w.addTensor("mm.2.weight", GgmlType.F32, new long[]{h, t}, gaussian(r, (long) h * t, projectorStd));
        w.addTensor("mm.2.bias", GgmlType.F32, new long[]{t}, gaussian(r, t, projectorStd));
        return w;
    }
}
