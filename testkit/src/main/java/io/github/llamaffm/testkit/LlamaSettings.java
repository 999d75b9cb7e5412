package io.github.llamaffm.testkit;

import io.github.llamaffm.gguf.GgmlType;

/**
 * The validated settings of a {@link RandomLlamaModel}: its llama hyper-parameters, name, seed and
 * weight type. The builder collects them in mutable fields; this record checks them once, in the
 * order the builder documents, and the model, its {@link LlamaLayout} and {@link RandomWeights}
 * read them from here, so that no setting is copied field by field between the three.
 */
record LlamaSettings(String name, int embeddingLength, int feedForwardLength, int blockCount, int headCount,
                     int headCountKv, int contextLength, float ropeFreqBase, float rmsEps, long seed,
                     GgmlType tensorType, boolean tiedEmbeddings, float weightStd) {

    /**
     * Checks the settings.
     *
     * @throws IllegalArgumentException when a size is not positive, the embedding length is not an
     *                                  even multiple of the head count, the head count not a
     *                                  multiple of the KV head count, the type not F32, F16 or BF16,
     *                                  or a float setting out of range
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
