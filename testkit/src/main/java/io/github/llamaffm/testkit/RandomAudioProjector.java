package io.github.llamaffm.testkit;

import io.github.llamaffm.gguf.GgmlType;
import io.github.llamaffm.gguf.GgufWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.SplittableRandom;

import static io.github.llamaffm.testkit.ProjectorWeights.gaussian;
import static io.github.llamaffm.testkit.ProjectorWeights.ones;
import static io.github.llamaffm.testkit.ProjectorWeights.positive;

/**
 * Writes an audio projector (an "mmproj" GGUF file, as llama.cpp's libmtmd loads it) with seeded
 * random weights for a {@link RandomLlamaModel}: a small Whisper-style audio encoder and the
 * Ultravox projector ({@code clip.projector_type = "ultravox"}), whose output width is the
 * model's embedding width. Random weights give real audio tokens and deterministic output, not
 * transcripts.
 *
 * <pre>{@code
 * RandomAudioProjector.of(model).seed(3).write(Path.of("mmproj-audio.gguf"));
 * }</pre>
 *
 * <p>How libmtmd runs it ({@code tools/mtmd/mtmd-audio.cpp}, {@code models/whisper-enc.cpp} of the
 * pinned release): mono samples at 16 kHz become a log-mel spectrogram (the mel filters are computed
 * by libmtmd from {@code clip.audio.num_mel_bins}; none are stored in the file), padded with 30 s of
 * silence and cut into windows of 3000 frames (30 s); the last, partial window is dropped, so audio
 * under 30 s is one window. Each window is one encode: two 1-D convolutions (the second with stride 2:
 * 1500 positions), the transformer blocks, then every {@code stackFactor} positions are stacked into
 * one vector, RMS-normed and projected (SwiGLU) into the model's width. A window becomes
 * {@code ceil(1500 / stackFactor)} embeddings ({@link #tokensPerWindow()}).
 *
 * <p>Keys ({@code tools/mtmd/clip-impl.h}): {@code general.architecture = "clip"},
 * {@code general.name}, {@code clip.has_audio_encoder} (bool), {@code clip.projector_type =
 * "ultravox"}, {@code clip.audio.embedding_length}, {@code feed_forward_length}, {@code block_count},
 * {@code projection_dim}, {@code attention.head_count}, {@code num_mel_bins},
 * {@code projector.stack_factor} (uint32) and {@code clip.audio.attention.layer_norm_epsilon}
 * (float32).
 *
 * <p>Tensors (ggml order, {@code ne0} first): {@code a.conv1d.1.weight [3, n_mel, n_embd_a]},
 * {@code a.conv1d.2.weight [3, n_embd_a, n_embd_a]} and their biases {@code [1, n_embd_a]},
 * {@code a.position_embd.weight [n_embd_a, 1500]}, per block {@code a.blk.N.ln1}, {@code ln2}
 * (weight and bias), {@code attn_q}, {@code attn_k} (no bias, as Whisper), {@code attn_v},
 * {@code attn_out} {@code [n_embd_a, n_embd_a]}, {@code ffn_up [n_embd_a, n_ff_a]}, {@code ffn_down
 * [n_ff_a, n_embd_a]} (with biases), {@code a.post_ln.weight/bias}, then the projector
 * {@code mm.a.norm_pre.weight [n_embd_a * stack]}, {@code mm.a.mlp.1.weight [n_embd_a * stack,
 * 2 * hidden]}, {@code mm.a.norm_mid.weight [hidden]} and {@code mm.a.mlp.2.weight [hidden, n_embd]}.
 * All F32.
 *
 * <p>Not thread-safe while being configured; {@link #write(Path)} may be called any number of times
 * and always writes the same bytes for the same settings.
 */
public final class RandomAudioProjector {
    /** Encoder positions of one 30-second window: 3000 mel frames halved by the second convolution. */
    public static final int POSITIONS_PER_WINDOW = 1500;
    /** The sample rate libmtmd's Whisper preprocessing expects, in Hz. */
    public static final int SAMPLE_RATE = 16_000;

    private final int textEmbeddingLength;
    private final String name;
    private int embeddingLength = 32;
    private int feedForwardLength = 48;
    private int blockCount = 2;
    private int headCount = 4;
    private int melBins = 16;
    private int stackFactor = 30;
    private int hiddenLength = 64;
    private long seed = 1;
    private float std = 0.2f;
    private float projectorStd = 0.3f;

    private RandomAudioProjector(int textEmbeddingLength, String name) {
        this.textEmbeddingLength = textEmbeddingLength;
        this.name = name;
    }

    /**
     * An audio projector for {@code model}: its output width is the model's embedding width.
     * Defaults: a 32-wide encoder of 2 blocks with 4 heads and feed-forward 48, 16 mel bins, a stack
     * factor of 30 (50 audio tokens per 30-second window), a projector hidden width of 64, seed 1.
     *
     * @param model the text model the projector feeds
     * @return a new projector description
     * @throws NullPointerException if {@code model} is null
     */
    public static RandomAudioProjector of(RandomLlamaModel model) {
        Objects.requireNonNull(model, "model");
        return new RandomAudioProjector(model.embeddingLength(), model.name() + " random audio mmproj");
    }

    /**
     * An audio projector whose output has {@code textEmbeddingLength} values per audio token, for a
     * model of that width (or, for tests of the checks, one of another width).
     *
     * @param textEmbeddingLength the output width, {@code >= 1}
     * @return a new projector description
     * @throws IllegalArgumentException if the width is below 1
     */
    public static RandomAudioProjector ofWidth(int textEmbeddingLength) {
        positive("textEmbeddingLength", textEmbeddingLength);
        return new RandomAudioProjector(textEmbeddingLength, "random audio mmproj");
    }

    /**
     * The encoder's width, feed-forward width, block count and head count.
     *
     * @param embedding   encoder width, a multiple of {@code heads}
     * @param feedForward feed-forward width
     * @param blocks      transformer blocks, {@code >= 1}
     * @param heads       attention heads
     * @return this
     * @throws IllegalArgumentException if a value is below 1 or the width is not a multiple of the heads
     */
    public RandomAudioProjector encoder(int embedding, int feedForward, int blocks, int heads) {
        positive("embedding", embedding);
        positive("feedForward", feedForward);
        positive("blocks", blocks);
        positive("heads", heads);
        if (embedding % heads != 0) throw new IllegalArgumentException("encoder width " + embedding + " is not a multiple of " + heads + " heads");
        embeddingLength = embedding;
        feedForwardLength = feedForward;
        blockCount = blocks;
        headCount = heads;
        return this;
    }

    /**
     * The number of mel bins of the spectrogram (libmtmd computes the filters; Whisper uses 80 or 128).
     *
     * @param n mel bins, 1..256
     * @return this
     * @throws IllegalArgumentException if out of range
     */
    public RandomAudioProjector melBins(int n) {
        if (n < 1 || n > 256) throw new IllegalArgumentException("melBins must be in 1..256: " + n);
        melBins = n;
        return this;
    }

    /**
     * How many encoder positions the projector stacks into one audio token.
     *
     * @param n a factor for which libmtmd's count of tokens per window, {@code ceil(3000 / n) / 2},
     *          equals the rows its encoder gives, {@code ceil(1500 / n)}: every divisor of 1500, and
     *          some others such as 16 (Ultravox's own 8 is not: libmtmd stops the process at its first
     *          encode)
     * @return this
     * @throws IllegalArgumentException if the two counts differ for {@code n}
     */
    public RandomAudioProjector stackFactor(int n) {
        positive("stackFactor", n);
        if ((3000 + n - 1) / n / 2 != (POSITIONS_PER_WINDOW + n - 1) / n) {
            throw new IllegalArgumentException("with a stackFactor of " + n + " libmtmd counts another number of tokens than its encoder gives");
        }
        stackFactor = n;
        return this;
    }

    /**
     * The seed of the random weights.
     *
     * @param s the seed
     * @return this
     */
    public RandomAudioProjector seed(long s) {
        seed = s;
        return this;
    }

    /**
     * How many tokens one 30-second window of audio becomes (audio under 30 seconds is one window).
     *
     * @return {@code ceil(1500 / stackFactor)}
     */
    public int tokensPerWindow() {
        return (POSITIONS_PER_WINDOW + stackFactor - 1) / stackFactor;
    }

    /**
     * The width of the projector's output: the text model's embedding width.
     *
     * @return values per audio token
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
     * (a key's value or type, a tensor) before writing; tests of hostile files do.
     *
     * @return a new writer, owned by the caller
     */
    public GgufWriter newWriter() {
        GgufWriter w = new GgufWriter();
        w.putString("general.architecture", "clip");
        w.putString("general.name", name);
        w.putBool("clip.has_audio_encoder", true);
        w.putString("clip.projector_type", "ultravox");
        w.putUInt32("clip.audio.embedding_length", embeddingLength);
        w.putUInt32("clip.audio.feed_forward_length", feedForwardLength);
        w.putUInt32("clip.audio.block_count", blockCount);
        w.putUInt32("clip.audio.projection_dim", textEmbeddingLength);
        w.putUInt32("clip.audio.attention.head_count", headCount);
        w.putFloat32("clip.audio.attention.layer_norm_epsilon", 1e-5f);
        w.putUInt32("clip.audio.num_mel_bins", melBins);
        w.putUInt32("clip.audio.projector.stack_factor", stackFactor);
        SplittableRandom r = new SplittableRandom(seed);
        int e = embeddingLength, f = feedForwardLength;
        w.addTensor("a.conv1d.1.weight", GgmlType.F32, new long[]{3, melBins, e}, gaussian(r, 3L * melBins * e, std));
        w.addTensor("a.conv1d.1.bias", GgmlType.F32, new long[]{1, e}, gaussian(r, e, std));
        w.addTensor("a.conv1d.2.weight", GgmlType.F32, new long[]{3, e, e}, gaussian(r, 3L * e * e, std));
        w.addTensor("a.conv1d.2.bias", GgmlType.F32, new long[]{1, e}, gaussian(r, e, std));
        w.addTensor("a.position_embd.weight", GgmlType.F32, new long[]{e, POSITIONS_PER_WINDOW},
                gaussian(r, (long) e * POSITIONS_PER_WINDOW, std));
        for (int b = 0; b < blockCount; b++) {
            String p = "a.blk." + b + ".";
            for (String ln : new String[]{"ln1", "ln2"}) {
                w.addTensor(p + ln + ".weight", GgmlType.F32, new long[]{e}, ones(e));
                w.addTensor(p + ln + ".bias", GgmlType.F32, new long[]{e}, new float[e]);
            }
            for (String a : new String[]{"attn_q", "attn_k", "attn_v", "attn_out"}) {
                w.addTensor(p + a + ".weight", GgmlType.F32, new long[]{e, e}, gaussian(r, (long) e * e, std));
                // Whisper's key projection has no bias, and libmtmd asserts that
                if (!a.equals("attn_k")) w.addTensor(p + a + ".bias", GgmlType.F32, new long[]{e}, gaussian(r, e, std));
            }
            w.addTensor(p + "ffn_up.weight", GgmlType.F32, new long[]{e, f}, gaussian(r, (long) e * f, std));
            w.addTensor(p + "ffn_up.bias", GgmlType.F32, new long[]{f}, gaussian(r, f, std));
            w.addTensor(p + "ffn_down.weight", GgmlType.F32, new long[]{f, e}, gaussian(r, (long) f * e, std));
            w.addTensor(p + "ffn_down.bias", GgmlType.F32, new long[]{e}, gaussian(r, e, std));
        }
        w.addTensor("a.post_ln.weight", GgmlType.F32, new long[]{e}, ones(e));
        w.addTensor("a.post_ln.bias", GgmlType.F32, new long[]{e}, new float[e]);
        int stacked = e * stackFactor, h = hiddenLength, t = textEmbeddingLength;
        w.addTensor("mm.a.norm_pre.weight", GgmlType.F32, new long[]{stacked}, ones(stacked));
        w.addTensor("mm.a.mlp.1.weight", GgmlType.F32, new long[]{stacked, 2L * h}, gaussian(r, (long) stacked * 2 * h, projectorStd));
        w.addTensor("mm.a.norm_mid.weight", GgmlType.F32, new long[]{h}, ones(h));
        w.addTensor("mm.a.mlp.2.weight", GgmlType.F32, new long[]{h, t}, gaussian(r, (long) h * t, projectorStd));
        return w;
    }
}
