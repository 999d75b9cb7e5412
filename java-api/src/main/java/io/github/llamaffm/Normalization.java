package io.github.llamaffm;

/**
 * How {@link LlamaContext#embed} scales an embedding; the same choices as llama.cpp's
 * {@code --embd-normalize}.
 */
public enum Normalization {
    /** As the model computed it ({@code -1}). */
    NONE(-1),
    /** Scaled so the largest absolute value is 32760, the int16 range ({@code 0}). */
    MAX_ABS(0),
    /** Unit sum of absolute values, L1 ({@code 1}). */
    TAXICAB(1),
    /** Unit length, L2: dot products are cosine similarities ({@code 2}, the default). */
    EUCLIDEAN(2);

    /** llama.cpp's {@code --embd-normalize} value. */
    final int llamaCppValue;

    Normalization(int v) {
        this.llamaCppValue = v;
    }

    /** Writes {@code in} normalized into {@code out} (double sums, as llama.cpp does). */
    void apply(float[] in, float[] out) {
        double sum = 0;
        switch (this) {
            case NONE -> sum = 1;
            case MAX_ABS -> {
                for (float v : in) sum = Math.max(sum, Math.abs(v));
                sum /= 32760.0;
            }
            case TAXICAB -> {
                for (float v : in) sum += Math.abs(v);
            }
            case EUCLIDEAN -> {
                for (float v : in) sum += (double) v * v;
                sum = Math.sqrt(sum);
            }
        }
        float norm = sum > 0 ? (float) (1.0 / sum) : 0f;
        for (int i = 0; i < in.length; i++) out[i] = in[i] * norm;
    }
}
