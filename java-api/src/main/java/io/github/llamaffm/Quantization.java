package io.github.llamaffm;

import io.github.llamaffm.internal.Native;
import io.github.llamaffm.internal.Quantizer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Weight formats a GGUF model can be quantized to with {@link #quantize(Path, Path, int)}
 * ({@code enum llama_ftype}: most tensors in that format, 1-D tensors kept in F32).
 */
public enum Quantization {
    /** All tensors 32-bit float. */
    F32(0),
    /** 16-bit float. */
    F16(1),
    /** bfloat16. */
    BF16(32),
    /** 8-bit, blocks of 32. */
    Q8_0(7),
    /** 6-bit k-quant. */
    Q6_K(18),
    /** 5-bit k-quant, medium. */
    Q5_K_M(17),
    /** 5-bit k-quant, small. */
    Q5_K_S(16),
    /** 5-bit, blocks of 32. */
    Q5_0(8),
    /** 5-bit with offset, blocks of 32. */
    Q5_1(9),
    /** 4-bit k-quant, medium. */
    Q4_K_M(15),
    /** 4-bit k-quant, small. */
    Q4_K_S(14),
    /** 4-bit, blocks of 32. */
    Q4_0(2),
    /** 4-bit with offset, blocks of 32. */
    Q4_1(3),
    /** 3-bit k-quant, medium. */
    Q3_K_M(12),
    /** 2-bit k-quant. */
    Q2_K(10);

    private final int ftype;

    Quantization(int ftype) {
        this.ftype = ftype;
    }

    /**
     * llama.cpp's {@code llama_ftype} value.
     *
     * @return the value
     */
    public int ftype() {
        return ftype;
    }

    /**
     * Writes a copy of the model at {@code input} with its weights in this format, using
     * llama.cpp's {@code llama_model_quantize} (the same code as its {@code llama-quantize} tool).
     *
     * @param input   a GGUF model (F32 or F16 weights give the best results)
     * @param output  the file to write (replaced if it exists)
     * @param threads threads to use; {@code <= 0} for all processors
     * @throws ModelLoadException if the input is missing or llama.cpp cannot quantize it
     * @throws NullPointerException if a path is null
     */
    public void quantize(Path input, Path output, int threads) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        Native.ensureLoaded();
        if (!Files.isRegularFile(input)) throw new ModelLoadException("cannot quantize " + input.toAbsolutePath() + ": no such file");
        int rc = Quantizer.quantize(input, output, ftype, threads);
        if (rc != 0) {
            throw new ModelLoadException("quantizing " + input.toAbsolutePath() + " to " + this + " failed (" + rc + ")"
                    + Native.recentLog());
        }
    }
}
