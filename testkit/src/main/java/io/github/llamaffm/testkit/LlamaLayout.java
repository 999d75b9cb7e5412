package io.github.llamaffm.testkit;

import io.github.llamaffm.gguf.GgmlType;
import io.github.llamaffm.gguf.GgufArray;
import io.github.llamaffm.gguf.GgufWriter;

import java.util.ArrayList;
import java.util.List;

/**
 * The llama architecture as llama.cpp's loader reads it for {@code LLM_ARCH_LLAMA}
 * ({@code src/models/llama.cpp}, {@code src/llama-arch.cpp}): the metadata keys a
 * {@link RandomLlamaModel} writes and its tensor table, names and shapes in ggml order; and the
 * Qwen2-VL text model ({@code LLM_ARCH_QWEN2VL}, {@code src/models/qwen2vl.cpp}), which is the same
 * table under {@code qwen2vl.} keys plus {@code qwen2vl.rope.dimension_sections} and the q/k/v
 * biases of Qwen2. One table
 * gives the model's tensors, its parameter count and the shapes a {@link RandomLoraAdapter}
 * adapts, so that the three cannot disagree; the model itself only chooses the data.
 */
final class LlamaLayout {
    /** The tensors of each block, in file order, without the {@code blk.N.} and {@code .weight}. */
    private static final List<String> BLOCK = List.of("attn_norm", "attn_q", "attn_k", "attn_v", "attn_output",
            "ffn_norm", "ffn_gate", "ffn_up", "ffn_down");

    private LlamaLayout() {
    }

    /**
     * One tensor of the table: its name and shape in ggml order ({@code ne0} first). The
     * one-dimensional tensors are the norm weights and the biases.
     */
    record Entry(String name, long[] shape) {
        /** Tells whether this is a norm weight: one-dimensional, F32, all ones. */
        boolean isNorm() {
            return shape.length == 1 && !isBias();
        }

        /** Tells whether this is a bias: one-dimensional, F32, random. */
        boolean isBias() {
            return name.endsWith(".bias");
        }

        /** The element type: F32 for a norm weight or bias, the settings' type for a matrix. */
        GgmlType type(LlamaSettings s) {
            return shape.length == 1 ? GgmlType.F32 : s.tensorType();
        }

        /** The number of elements. */
        long elements() {
            long n = 1;
            for (long d : shape) {
                n *= d;
            }
            return n;
        }
    }

    /** Puts the architecture's metadata keys, before the tokenizer's. */
    static void putMetadata(GgufWriter w, LlamaSettings s, int vocabSize) {
        String a = s.architecture();
        w.putString("general.architecture", a);
        w.putString("general.name", s.name());
        w.putUInt32("general.file_type", switch (s.tensorType()) {
            case F16 -> 1;
            case BF16 -> 32;
            default -> 0;
        });
        w.putUInt32(a + ".vocab_size", vocabSize);
        w.putUInt32(a + ".context_length", s.contextLength());
        w.putUInt32(a + ".embedding_length", s.embeddingLength());
        w.putUInt32(a + ".block_count", s.blockCount());
        w.putUInt32(a + ".feed_forward_length", s.feedForwardLength());
        w.putUInt32(a + ".attention.head_count", s.headCount());
        w.putUInt32(a + ".attention.head_count_kv", s.headCountKv());
        w.putFloat32(a + ".attention.layer_norm_rms_epsilon", s.rmsEps());
        w.putFloat32(a + ".rope.freq_base", s.ropeFreqBase());
        w.putUInt32(a + ".rope.dimension_count", s.headDim());
        if (s.mrope()) {
            w.putArray(a + ".rope.dimension_sections", GgufArray.ofInt32(s.ropeSections()));
        }
    }

    /** The tensor table in file order: embeddings, the blocks, the output norm and (unless tied) output. */
    static List<Entry> tensors(LlamaSettings s, int vocabSize) {
        long e = s.embeddingLength();
        List<Entry> out = new ArrayList<>();
        out.add(new Entry("token_embd.weight", new long[] {e, vocabSize}));
        for (int i = 0; i < s.blockCount(); i++) {
            for (String weight : BLOCK) {
                out.add(new Entry("blk." + i + "." + weight + ".weight", blockWeight(s, weight)));
                if (s.mrope() && (weight.equals("attn_q") || weight.equals("attn_k") || weight.equals("attn_v"))) {
                    out.add(new Entry("blk." + i + "." + weight + ".bias", new long[] {blockWeight(s, weight)[1]}));
                }
            }
        }
        out.add(new Entry("output_norm.weight", new long[] {e}));
        if (!s.tiedEmbeddings()) {
            out.add(new Entry("output.weight", new long[] {e, vocabSize}));
        }
        return out;
    }

    /**
     * The shape of a block's weight matrix that a LoRA adapter may target.
     *
     * @param target attn_q, attn_k, attn_v, attn_output, ffn_gate, ffn_up or ffn_down
     * @return {@code [ne0, ne1]}
     * @throws IllegalArgumentException when the target is not one of those
     */
    static long[] loraTarget(LlamaSettings s, String target) {
        long[] shape = BLOCK.contains(target) ? blockWeight(s, target) : null;
        if (shape == null || shape.length != 2) {
            throw new IllegalArgumentException("not a llama weight with a LoRA target: " + target);
        }
        return shape;
    }

    /** The shape of one of the {@link #BLOCK} tensors. */
    private static long[] blockWeight(LlamaSettings s, String weight) {
        long e = s.embeddingLength();
        long kv = (long) s.headDim() * s.headCountKv();
        long ff = s.feedForwardLength();
        return switch (weight) {
            case "attn_norm", "ffn_norm" -> new long[] {e};
            case "attn_q", "attn_output" -> new long[] {e, e};
            case "attn_k", "attn_v" -> new long[] {e, kv};
            case "ffn_gate", "ffn_up" -> new long[] {e, ff};
            case "ffn_down" -> new long[] {ff, e};
            default -> throw new AssertionError(weight);
        };
    }
}
