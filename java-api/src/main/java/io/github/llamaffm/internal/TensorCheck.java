package io.github.llamaffm.internal;

import io.github.llamaffm.gguf.GgmlType;
import io.github.llamaffm.gguf.GgufFile;
import io.github.llamaffm.gguf.GgufTensorInfo;
import io.github.llamaffm.internal.ModelFileCheck.Problem;

import java.util.Optional;
import java.util.Set;

/**
 * The tensor-table invariants of {@link ModelFileCheck} (types, alignment, which tensors ggml can
 * multiply or use element-wise), for models and LoRA adapters alike: the table's structure is
 * {@link GgufFile#read}'s, what ggml asserts about its entries is checked here.
 */
final class TensorCheck {
    /** ggml-impl.h: TENSOR_ALIGNMENT. */
    private static final int TENSOR_ALIGNMENT = 32;

    /**
     * Weight types ggml's CPU backend has no dot product for: a matrix of one of these reaches
     * ggml_compute_forward_mul_mat with a NULL vec_dot and the process dies (SIGSEGV; seen with I16).
     */
    static final Set<GgmlType> NOT_MULTIPLIABLE = Set.of(GgmlType.I8, GgmlType.I16, GgmlType.I32, GgmlType.I64,
            GgmlType.F64, GgmlType.Q8_1, GgmlType.Q8_K);

    private TensorCheck() {}

    /**
     * Tensor types and placement: gguf.cpp rejects type ids it does not know; this also rejects
     * types that ggml has retired (block size 0), matrices of types that cannot be multiplied, and
     * one-dimensional tensors (norms, biases, rope factors) that are not F32: they are operands of
     * ggml's element-wise ops, which abort on any other type (ggml-cpu/binary-ops.cpp:135
     * "binary_op: unsupported types", at the first decode; seen with f16, bf16, q8_0, i32).
     * llama.cpp's converter writes every one-dimensional tensor as F32.
     */
    static void check(GgufFile f, boolean adapter) {
        for (GgufTensorInfo t : f.tensors()) {
            Optional<GgmlType> type = t.type();
            if (type.isEmpty() || type.get().blockSize() == 0) {
                throw new Problem("tensor '" + t.name() + "' has the unknown or retired ggml type " + t.typeName());
            }
            // llama-model.cpp:1790 wraps the mapped file from the first tensor on as a CPU buffer;
            // ggml-backend.cpp:2511 GGML_ASSERT((uintptr_t)ptr % TENSOR_ALIGNMENT == 0) (TENSOR_ALIGNMENT = 32).
            if (t.fileOffset() % TENSOR_ALIGNMENT != 0) {
                throw new Problem("tensor '" + t.name() + "' starts at file offset " + t.fileOffset() + ", not a multiple of "
                        + TENSOR_ALIGNMENT + " (general.alignment too small); llama.cpp would abort (ggml-backend.cpp:2511)");
            }
            if (t.dimensionCount() >= 2 && NOT_MULTIPLIABLE.contains(type.get())) {
                throw new Problem("tensor '" + t.name() + "' has type " + t.typeName()
                        + ", which ggml cannot multiply (no vec_dot: the process would crash in ggml_compute_forward_mul_mat)");
            }
            // llama-adapter.cpp:290 skips an adapter's "_norm.weight" tensors
            boolean unused = adapter && t.name().endsWith("_norm.weight");
            if (t.dimensionCount() == 1 && type.get() != GgmlType.F32 && !unused) {
                throw new Problem("tensor '" + t.name() + "' is one-dimensional but " + t.typeName()
                        + ", not f32; ggml would abort in its first element-wise op (ggml-cpu/binary-ops.cpp:135)");
            }
        }
    }
}
