package io.github.llamaffm.testkit;

import io.github.llamaffm.gguf.GgmlType;
import io.github.llamaffm.gguf.GgufWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Writes a LoRA adapter GGUF with seeded random low-rank matrices for a {@link RandomLlamaModel}:
 * for each layer and each target weight {@code W} ({@code ne0 × ne1}), {@code W.lora_a}
 * ({@code ne0 × rank}) and {@code W.lora_b} ({@code rank × ne1}), the layout llama.cpp loads.
 * For tests and tools: the adapter changes the model's outputs measurably, like a trained one.
 *
 * <pre>{@code
 * RandomLoraAdapter.of(baseModel).rank(4).alpha(8).targets("attn_q", "attn_v").seed(7).write(path);
 * }</pre>
 */
public final class RandomLoraAdapter {
    private final RandomLlamaModel base;
    private int rank = 8;
    private float alpha = 16;
    private long seed = 1;
    private float std = 0.05f;
    private List<String> targets = List.of("attn_q", "attn_v");

    private RandomLoraAdapter(RandomLlamaModel base) {
        this.base = base;
    }

    /**
     * An adapter for {@code base} (rank 8, alpha 16, targets attn_q and attn_v, seed 1).
     *
     * @param base the model the adapter is for
     * @return a new adapter description
     */
    public static RandomLoraAdapter of(RandomLlamaModel base) {
        return new RandomLoraAdapter(Objects.requireNonNull(base, "base"));
    }

    /**
     * The rank of the low-rank matrices.
     *
     * @param r rank, {@code >= 1}
     * @return this
     * @throws IllegalArgumentException if below 1
     */
    public RandomLoraAdapter rank(int r) {
        if (r < 1) throw new IllegalArgumentException("rank must be >= 1: " + r);
        rank = r;
        return this;
    }

    /**
     * LoRA alpha: the delta is scaled by {@code alpha / rank} (times the scale set at run time).
     *
     * @param a alpha
     * @return this
     */
    public RandomLoraAdapter alpha(float a) {
        alpha = a;
        return this;
    }

    /**
     * The seed of the random values.
     *
     * @param s the seed
     * @return this
     */
    public RandomLoraAdapter seed(long s) {
        seed = s;
        return this;
    }

    /**
     * Standard deviation of the random values.
     *
     * @param s std, {@code > 0}
     * @return this
     * @throws IllegalArgumentException if not positive
     */
    public RandomLoraAdapter std(float s) {
        if (!(s > 0)) throw new IllegalArgumentException("std must be > 0: " + s);
        std = s;
        return this;
    }

    /**
     * The weights adapted in every layer, by their GGUF names without {@code blk.N.} and
     * {@code .weight}: attn_q, attn_k, attn_v, attn_output, ffn_gate, ffn_up, ffn_down.
     *
     * @param names the targets
     * @return this
     * @throws IllegalArgumentException if a name is not one of those
     */
    public RandomLoraAdapter targets(String... names) {
        for (String n : names) shape(n);
        targets = List.of(names);
        return this;
    }

    private long[] shape(String target) {
        return LlamaLayout.loraTarget(base.settings(), target);
    }

    /**
     * Writes the adapter.
     *
     * @param path the file to write (replaced)
     * @throws IOException if it cannot be written
     */
    public void write(Path path) throws IOException {
        GgufWriter w = new GgufWriter();
        w.putString("general.architecture", "llama");
        w.putString("general.type", "adapter");
        w.putString("general.name", base.name() + " random LoRA");
        w.putString("adapter.type", "lora");
        w.putFloat32("adapter.lora.alpha", alpha);
        SplittableRandom random = new SplittableRandom(seed);
        for (int layer = 0; layer < base.blockCount(); layer++) {
            for (String t : targets) {
                long[] s = shape(t);
                String name = "blk." + layer + "." + t + ".weight";
                w.addTensor(name + ".lora_a", GgmlType.F32, new long[]{s[0], rank}, gaussian(random, s[0] * rank));
                w.addTensor(name + ".lora_b", GgmlType.F32, new long[]{rank, s[1]}, gaussian(random, rank * s[1]));
            }
        }
        w.write(path);
    }

    private float[] gaussian(SplittableRandom r, long n) {
        float[] v = new float[Math.toIntExact(n)];
        for (int i = 0; i < v.length; i++) {
            // Box-Muller: SplittableRandom has no nextGaussian of its own
            double u = 1 - r.nextDouble(), w = r.nextDouble();
            v[i] = (float) (Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * w) * std);
        }
        return v;
    }
}
