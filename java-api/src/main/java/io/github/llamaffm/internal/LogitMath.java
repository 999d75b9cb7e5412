package io.github.llamaffm.internal;

/**
 * Log-softmax arithmetic on one row of logits, in the float/double mix llama.cpp's perplexity
 * program uses ({@code tools/perplexity/perplexity.cpp}), so that results agree with it to its
 * printed precision: the exponentials in float ({@link #expf}), their sum in double.
 */
public final class LogitMath {
    private LogitMath() {}

    // expf as glibc computes it (sysdeps/ieee754/flt-32/e_expf.c, from Arm's optimized-routines):
    // x*N/ln2 = k + r, exp(x) = 2^(k/N) * 2^(r/N), 2^(k/N) from a table, 2^(r/N) a cubic, in double.
    private static final int N = 32;
    private static final long[] T = new long[N]; // bits of 2^(i/N), minus i << (52 - 5)
    private static final double SHIFT = 0x1.8p+52;
    private static final double INV_LN2_N = 0x1.71547652b82fep+0 * N;
    private static final double C0 = 0x1.c6af84b912394p-5 / N / N / N, C1 = 0x1.ebfce50fac4f3p-3 / N / N,
            C2 = 0x1.62e42ff0c52d6p-1 / N;

    static {
        // 2^(i/32) correctly rounded: Newton's method for y^32 = 2^i in 60 digits
        java.math.MathContext mc = new java.math.MathContext(60);
        for (int i = 0; i < N; i++) {
            java.math.BigDecimal target = java.math.BigDecimal.valueOf(2).pow(i);
            java.math.BigDecimal y = new java.math.BigDecimal(Math.pow(2, i / (double) N));
            for (int k = 0; k < 6; k++) {
                java.math.BigDecimal y31 = y.pow(N - 1, mc);
                y = y.subtract(y31.multiply(y, mc).subtract(target).divide(y31.multiply(java.math.BigDecimal.valueOf(N)), mc), mc);
            }
            T[i] = Double.doubleToRawLongBits(y.doubleValue()) - ((long) i << 47);
        }
    }

    /**
     * {@code exp(x)} in float, bit for bit as glibc's {@code expf} (which llama.cpp's programs call
     * on Linux); Java's {@code (float) Math.exp(x)} differs from it in the last bit for about one
     * input in two thousand, enough to move the fourth decimal of a large perplexity.
     *
     * @param x the exponent
     * @return {@code e^x} rounded to float
     */
    public static float expf(float x) {
        int abstop = (Float.floatToRawIntBits(x) >>> 20) & 0x7ff;
        if (abstop >= 0x42b) { // |x| >= 88, or NaN
            if (x == Float.NEGATIVE_INFINITY) return 0f;
            if (abstop >= 0x7f8) return x + x;
            if (x > 0x1.62e42ep6f) return Float.POSITIVE_INFINITY;
            if (x < -0x1.9fe368p6f) return 0f;
        }
        double z = INV_LN2_N * x;
        double kd = z + SHIFT;
        long ki = Double.doubleToRawLongBits(kd);
        kd -= SHIFT;
        double r = z - kd;
        long t = T[(int) (ki & (N - 1))] + (ki << 47);
        double s = Double.longBitsToDouble(t);
        double c = C0 * r + C1;
        double r2 = r * r;
        double y = C2 * r + 1;
        y = c * r2 + y;
        return (float) (y * s);
    }

    /**
     * The largest logit.
     *
     * @param logits the row
     * @param n      entries to look at
     * @return the maximum
     */
    public static float max(float[] logits, int n) {
        float m = logits[0];
        for (int i = 1; i < n; i++) m = Math.max(m, logits[i]);
        return m;
    }

    /**
     * {@code sum(exp(logits[i] - max))}, each term in float, summed in double.
     *
     * @param logits the row
     * @param n      entries
     * @param max    its maximum
     * @return the sum
     */
    public static double sumExp(float[] logits, int n, float max) {
        double s = 0;
        for (int i = 0; i < n; i++) s += expf(logits[i] - max);
        return s;
    }

    /**
     * The natural-log probability of {@code token} under the softmax of the row, as llama.cpp's
     * perplexity computes it: {@code (logit - max) - log(sumExp)}.
     *
     * @param logits the row
     * @param n      entries
     * @param token  the token
     * @return its log-probability (&lt;= 0)
     */
    public static double logProb(float[] logits, int n, int token) {
        float max = max(logits, n);
        double sum = sumExp(logits, n, max);
        return (logits[token] - max) - Math.log(sum);
    }

    /**
     * The indices of the {@code k} largest entries, largest first (ties: the lower index first).
     *
     * @param logits the row
     * @param n      entries
     * @param k      how many, {@code <= n}
     * @param out    receives the indices, at least {@code k} long
     */
    public static void topK(float[] logits, int n, int k, int[] out) {
        int size = 0;
        for (int i = 0; i < n; i++) {
            float v = logits[i];
            if (size == k && !(v > logits[out[size - 1]])) continue;
            int j = size == k ? k - 1 : size++;
            while (j > 0 && v > logits[out[j - 1]]) {
                out[j] = out[j - 1];
                j--;
            }
            out[j] = i;
        }
    }
}
