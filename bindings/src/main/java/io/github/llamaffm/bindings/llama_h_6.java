// Generated from llama.h, ggml.h, ggml-cpu.h, ggml-backend.h, ggml-alloc.h, ggml-opt.h, gguf.h, ggml-rpc.h, mtmd.h, mtmd-helper.h of llama.cpp 0.5.0 by llama-ffm's bindings generator (bindings/generator) — do not edit.
// Regenerate with 'make bindings'.

package io.github.llamaffm.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;

/** Part 6 of {@link llama_h}, split off to keep class files small. */
public class llama_h_6 extends llama_h_shared {

    llama_h_6() {
        // static members only
    }

    private static class mtmd_helper_gen_audio_reset {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_helper_gen_audio_reset");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_helper_gen_audio_reset}. */
    public static FunctionDescriptor mtmd_helper_gen_audio_reset$descriptor() {
        return mtmd_helper_gen_audio_reset.DESC;
    }

    /** The downcall handle of {@code mtmd_helper_gen_audio_reset}. */
    public static MethodHandle mtmd_helper_gen_audio_reset$handle() {
        return mtmd_helper_gen_audio_reset.HANDLE;
    }

    /** The address of {@code mtmd_helper_gen_audio_reset}. */
    public static MemorySegment mtmd_helper_gen_audio_reset$address() {
        return mtmd_helper_gen_audio_reset.ADDR;
    }

    /** Calls {@code mtmd_helper_gen_audio_reset}. */
    public static void mtmd_helper_gen_audio_reset(MemorySegment ctx) {
        var mh$ = mtmd_helper_gen_audio_reset.HANDLE;
        try {
            mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_helper_gen_audio_set_input {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_helper_gen_audio_set_input");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_helper_gen_audio_set_input}. */
    public static FunctionDescriptor mtmd_helper_gen_audio_set_input$descriptor() {
        return mtmd_helper_gen_audio_set_input.DESC;
    }

    /** The downcall handle of {@code mtmd_helper_gen_audio_set_input}. */
    public static MethodHandle mtmd_helper_gen_audio_set_input$handle() {
        return mtmd_helper_gen_audio_set_input.HANDLE;
    }

    /** The address of {@code mtmd_helper_gen_audio_set_input}. */
    public static MemorySegment mtmd_helper_gen_audio_set_input$address() {
        return mtmd_helper_gen_audio_set_input.ADDR;
    }

    /** Calls {@code mtmd_helper_gen_audio_set_input}. */
    public static int mtmd_helper_gen_audio_set_input(MemorySegment ctx, MemorySegment inp) {
        var mh$ = mtmd_helper_gen_audio_set_input.HANDLE;
        try {
            return (int) mh$.invokeExact(ctx, inp);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_helper_gen_audio_step_prompt {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_helper_gen_audio_step_prompt");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_helper_gen_audio_step_prompt}. */
    public static FunctionDescriptor mtmd_helper_gen_audio_step_prompt$descriptor() {
        return mtmd_helper_gen_audio_step_prompt.DESC;
    }

    /** The downcall handle of {@code mtmd_helper_gen_audio_step_prompt}. */
    public static MethodHandle mtmd_helper_gen_audio_step_prompt$handle() {
        return mtmd_helper_gen_audio_step_prompt.HANDLE;
    }

    /** The address of {@code mtmd_helper_gen_audio_step_prompt}. */
    public static MemorySegment mtmd_helper_gen_audio_step_prompt$address() {
        return mtmd_helper_gen_audio_step_prompt.ADDR;
    }

    /** Calls {@code mtmd_helper_gen_audio_step_prompt}. */
    public static int mtmd_helper_gen_audio_step_prompt(MemorySegment ctx, int n_batch) {
        var mh$ = mtmd_helper_gen_audio_step_prompt.HANDLE;
        try {
            return (int) mh$.invokeExact(ctx, n_batch);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_helper_gen_audio_step_gen {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_helper_gen_audio_step_gen");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_helper_gen_audio_step_gen}. */
    public static FunctionDescriptor mtmd_helper_gen_audio_step_gen$descriptor() {
        return mtmd_helper_gen_audio_step_gen.DESC;
    }

    /** The downcall handle of {@code mtmd_helper_gen_audio_step_gen}. */
    public static MethodHandle mtmd_helper_gen_audio_step_gen$handle() {
        return mtmd_helper_gen_audio_step_gen.HANDLE;
    }

    /** The address of {@code mtmd_helper_gen_audio_step_gen}. */
    public static MemorySegment mtmd_helper_gen_audio_step_gen$address() {
        return mtmd_helper_gen_audio_step_gen.ADDR;
    }

    /** Calls {@code mtmd_helper_gen_audio_step_gen}. */
    public static int mtmd_helper_gen_audio_step_gen(MemorySegment ctx, int sampled, MemorySegment h_state_in, MemorySegment h_state_out, MemorySegment out_stop) {
        var mh$ = mtmd_helper_gen_audio_step_gen.HANDLE;
        try {
            return (int) mh$.invokeExact(ctx, sampled, h_state_in, h_state_out, out_stop);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_helper_gen_audio_get_output {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_helper_gen_audio_get_output");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_helper_gen_audio_get_output}. */
    public static FunctionDescriptor mtmd_helper_gen_audio_get_output$descriptor() {
        return mtmd_helper_gen_audio_get_output.DESC;
    }

    /** The downcall handle of {@code mtmd_helper_gen_audio_get_output}. */
    public static MethodHandle mtmd_helper_gen_audio_get_output$handle() {
        return mtmd_helper_gen_audio_get_output.HANDLE;
    }

    /** The address of {@code mtmd_helper_gen_audio_get_output}. */
    public static MemorySegment mtmd_helper_gen_audio_get_output$address() {
        return mtmd_helper_gen_audio_get_output.ADDR;
    }

    /** Calls {@code mtmd_helper_gen_audio_get_output}. */
    public static int mtmd_helper_gen_audio_get_output(MemorySegment ctx, MemorySegment out_sample_rate, MemorySegment out_data, MemorySegment out_data_len, MemorySegment out_n_samples) {
        var mh$ = mtmd_helper_gen_audio_get_output.HANDLE;
        try {
            return (int) mh$.invokeExact(ctx, out_sample_rate, out_data, out_data_len, out_n_samples);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }
}
