package io.github.llamaffm.internal;

import io.github.llamaffm.bindings.llama_h;
import io.github.llamaffm.bindings.llama_model_quantize_params;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;

/** {@code llama_model_quantize}: writes a copy of a model with its weights in another format. */
public final class Quantizer {
    private Quantizer() {}

    /**
     * Quantizes; the caller checked the input and loaded the natives. {@link Native#recentLog()}
     * then tells what llama.cpp said.
     *
     * @param input   the model file
     * @param output  the file to write
     * @param ftype   llama.cpp's {@code llama_ftype}
     * @param threads threads, {@code <= 0} for all
     * @return llama.cpp's code (0 ok)
     */
    public static int quantize(Path input, Path output, int ftype, int threads) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment p = llama_h.llama_model_quantize_default_params(a);
            llama_model_quantize_params.nthread(p, threads);
            llama_model_quantize_params.ftype(p, ftype);
            NativeLog.clearRecent();
            return llama_h.llama_model_quantize(a.allocateFrom(input.toAbsolutePath().toString()),
                    a.allocateFrom(output.toAbsolutePath().toString()), p);
        }
    }
}
