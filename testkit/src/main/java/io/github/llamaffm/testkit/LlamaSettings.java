package io.github.llamaffm.testkit;

import io.github.llamaffm.gguf.GgmlType;

/**
 * The validated settings of a {@link RandomLlamaModel}: its llama hyper-parameters, name, seed and
 * weight type, and for a Qwen2-VL text model ({@code qwen2vl}) its M-RoPE sections. The builder collects them in mutable fields; this record checks them once, in the
 * order the builder documents, and the model, its {@link LlamaLayout} and {@link RandomWeights}
 * read them from here, so that no setting is copied field by field between the three.
 */
record LlamaSettings(String name, int embeddingLength, int feedForwardLength, int blockCount, int headCount,
                     int headCountKv, int contextLength, float ropeFreqBase, float rmsEps, long seed,
                     GgmlType tensorType, boolean tiedEmbeddings, float weightStd, int[] ropeSections) {

    /**
     * Checks the settings.
     *
     * @throws IllegalArgumentException when a size is not positive, the embedding length is not an
     *                                  even multiple of the head count, the head count not a
     *                                  multiple of the KV head count, the type not F32, F16 or BF16,
     *                                  a float setting out of range, or M-RoPE sections that are
     *                                  negative, all zero or more than half the head dimension
     */
    LlamaSettings {
        positive("embeddingLength", embeddingLength);
        positive("feedForwardLength", feedForwardLength);
        positive("blockCount", blockCount);
        positive("headCount", headCount);
        positive("headCountKv", headCountKv);
        positive("contextLength", contextLength);
        if (embeddingLength % headCount != 0 || (embeddingLength / headCount) % 2 != 0) {
            throw new IllegalArgumentException("embeddingLength " + embeddingLength
                    + " must be an even multiple of headCount " + headCount);
        }
        if (headCount % headCountKv != 0) {
            throw new IllegalArgumentException("headCount " + headCount + " must be a multiple of headCountKv "
                    + headCountKv);
        }
        if (tensorType != GgmlType.F32 && tensorType != GgmlType.F16 && tensorType != GgmlType.BF16) {
            throw new IllegalArgumentException("tensorType must be F32, F16 or BF16, not " + tensorType);
        }
        if (!(ropeFreqBase > 0) || Float.isInfinite(ropeFreqBase)) {
            throw new IllegalArgumentException("ropeFreqBase must be positive: " + ropeFreqBase);
        }
        if (!(rmsEps > 0) || Float.isInfinite(rmsEps)) {
            throw new IllegalArgumentException("rmsEps must be positive: " + rmsEps);
        }
        if (!(weightStd >= 0) || Float.isInfinite(weightStd)) {
            throw new IllegalArgumentException("weightStd must be finite and not negative: " + weightStd);
        }
        if (ropeSections != null) {
            ropeSections = ropeSections.clone();
            int sum = 0;
            for (int v : ropeSections) {
                if (v < 0) throw new IllegalArgumentException("M-RoPE sections must not be negative: " + java.util.Arrays.toString(ropeSections));
                sum += v;
            }
            // ggml's rope asserts a non-empty section and at most the rotated half of a head
            if (ropeSections.length != 4 || sum == 0 || sum > embeddingLength / headCount / 2) {
                throw new IllegalArgumentException("M-RoPE sections " + java.util.Arrays.toString(ropeSections)
                        + " must be 4 values, not all zero, summing to at most half the head dimension " + embeddingLength / headCount);
            }
        }
    }

    /** Whether this is a Qwen2-VL text model (M-RoPE, q/k/v biases) rather than a llama one. */
    boolean mrope() {
        return ropeSections != null;
    }

    /** The architecture name: {@code llama}, or {@code qwen2vl} with M-RoPE sections. */
    String architecture() {
        return mrope() ? "qwen2vl" : "llama";
    }

    /** A copy of the M-RoPE sections (temporal, height, width, unused), or null for llama. */
    @Override
    public int[] ropeSections() {
        return ropeSections == null ? null : ropeSections.clone();
    }

    private static void positive(String what, int n) {
        if (n <= 0) {
            throw new IllegalArgumentException(what + " must be positive: " + n);
        }
    }

    /** The size of one head: embedding length / head count, also the rope dimension count. */
    int headDim() {
        return embeddingLength / headCount;
    }
}
