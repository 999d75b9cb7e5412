package io.github.llamaffm.testkit;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Values the random projector writers share: argument checks and seeded weights. */
final class ProjectorWeights {
    private ProjectorWeights() {
    }

    static void positive(String what, int v) {
        if (v < 1) throw new IllegalArgumentException(what + " must be >= 1: " + v);
    }

    /** A norm weight that leaves its input as it is. */
    static float[] ones(int n) {
        float[] v = new float[n];
        Arrays.fill(v, 1f);
        return v;
    }

    /** {@code n} values drawn from a normal distribution of mean 0 and deviation {@code std}. */
    static float[] gaussian(SplittableRandom r, long n, float std) {
        float[] v = new float[Math.toIntExact(n)];
        for (int i = 0; i < v.length; i++) {
            // Box-Muller: SplittableRandom has no nextGaussian of its own
            double u = 1 - r.nextDouble(), w = r.nextDouble();
            v[i] = (float) (Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * w) * std);
        }
        return v;
    }
}
