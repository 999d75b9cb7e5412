// Generated from llama.h, ggml.h, ggml-cpu.h, ggml-backend.h, ggml-alloc.h, ggml-opt.h, gguf.h, ggml-rpc.h, mtmd.h, mtmd-helper.h of llama.cpp 0.5.0 by llama-ffm's bindings generator (bindings/generator) — do not edit.
// Regenerate with 'make bindings'.

package io.github.llamaffm.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;

/** Part 4 of {@link llama_h}, split off to keep class files small. */
public class llama_h_4 extends llama_h_5 {

    llama_h_4() {
        // static members only
    }

    private static class llama_adapter_get_alora_invocation_tokens {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_adapter_get_alora_invocation_tokens");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_adapter_get_alora_invocation_tokens}. */
    public static FunctionDescriptor llama_adapter_get_alora_invocation_tokens$descriptor() {
        return llama_adapter_get_alora_invocation_tokens.DESC;
    }

    /** The downcall handle of {@code llama_adapter_get_alora_invocation_tokens}. */
    public static MethodHandle llama_adapter_get_alora_invocation_tokens$handle() {
        return llama_adapter_get_alora_invocation_tokens.HANDLE;
    }

    /** The address of {@code llama_adapter_get_alora_invocation_tokens}. */
    public static MemorySegment llama_adapter_get_alora_invocation_tokens$address() {
        return llama_adapter_get_alora_invocation_tokens.ADDR;
    }

    /** Calls {@code llama_adapter_get_alora_invocation_tokens}. */
    public static MemorySegment llama_adapter_get_alora_invocation_tokens(MemorySegment adapter) {
        var mh$ = llama_adapter_get_alora_invocation_tokens.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(adapter);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_set_adapters_lora {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_set_adapters_lora");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_set_adapters_lora}. */
    public static FunctionDescriptor llama_set_adapters_lora$descriptor() {
        return llama_set_adapters_lora.DESC;
    }

    /** The downcall handle of {@code llama_set_adapters_lora}. */
    public static MethodHandle llama_set_adapters_lora$handle() {
        return llama_set_adapters_lora.HANDLE;
    }

    /** The address of {@code llama_set_adapters_lora}. */
    public static MemorySegment llama_set_adapters_lora$address() {
        return llama_set_adapters_lora.ADDR;
    }

    /** Calls {@code llama_set_adapters_lora}. */
    public static int llama_set_adapters_lora(MemorySegment ctx, MemorySegment adapters, long n_adapters, MemorySegment scales) {
        var mh$ = llama_set_adapters_lora.HANDLE;
        try {
            return (int) mh$.invokeExact(ctx, adapters, n_adapters, scales);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_set_adapter_cvec {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG, llama_h_shared.C_INT, llama_h_shared.C_INT, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_set_adapter_cvec");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_set_adapter_cvec}. */
    public static FunctionDescriptor llama_set_adapter_cvec$descriptor() {
        return llama_set_adapter_cvec.DESC;
    }

    /** The downcall handle of {@code llama_set_adapter_cvec}. */
    public static MethodHandle llama_set_adapter_cvec$handle() {
        return llama_set_adapter_cvec.HANDLE;
    }

    /** The address of {@code llama_set_adapter_cvec}. */
    public static MemorySegment llama_set_adapter_cvec$address() {
        return llama_set_adapter_cvec.ADDR;
    }

    /** Calls {@code llama_set_adapter_cvec}. */
    public static int llama_set_adapter_cvec(MemorySegment ctx, MemorySegment data, long len, int n_embd, int il_start, int il_end) {
        var mh$ = llama_set_adapter_cvec.HANDLE;
        try {
            return (int) mh$.invokeExact(ctx, data, len, n_embd, il_start, il_end);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_memory_clear {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_BOOL);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_memory_clear");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_memory_clear}. */
    public static FunctionDescriptor llama_memory_clear$descriptor() {
        return llama_memory_clear.DESC;
    }

    /** The downcall handle of {@code llama_memory_clear}. */
    public static MethodHandle llama_memory_clear$handle() {
        return llama_memory_clear.HANDLE;
    }

    /** The address of {@code llama_memory_clear}. */
    public static MemorySegment llama_memory_clear$address() {
        return llama_memory_clear.ADDR;
    }

    /** Calls {@code llama_memory_clear}. */
    public static void llama_memory_clear(MemorySegment mem, boolean data) {
        var mh$ = llama_memory_clear.HANDLE;
        try {
            mh$.invokeExact(mem, data);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_memory_seq_rm {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL, llama_h_shared.C_POINTER, llama_h_shared.C_INT, llama_h_shared.C_INT, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_memory_seq_rm");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_memory_seq_rm}. */
    public static FunctionDescriptor llama_memory_seq_rm$descriptor() {
        return llama_memory_seq_rm.DESC;
    }

    /** The downcall handle of {@code llama_memory_seq_rm}. */
    public static MethodHandle llama_memory_seq_rm$handle() {
        return llama_memory_seq_rm.HANDLE;
    }

    /** The address of {@code llama_memory_seq_rm}. */
    public static MemorySegment llama_memory_seq_rm$address() {
        return llama_memory_seq_rm.ADDR;
    }

    /** Calls {@code llama_memory_seq_rm}. */
    public static boolean llama_memory_seq_rm(MemorySegment mem, int seq_id, int p0, int p1) {
        var mh$ = llama_memory_seq_rm.HANDLE;
        try {
            return (boolean) mh$.invokeExact(mem, seq_id, p0, p1);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_memory_seq_cp {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_INT, llama_h_shared.C_INT, llama_h_shared.C_INT, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_memory_seq_cp");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_memory_seq_cp}. */
    public static FunctionDescriptor llama_memory_seq_cp$descriptor() {
        return llama_memory_seq_cp.DESC;
    }

    /** The downcall handle of {@code llama_memory_seq_cp}. */
    public static MethodHandle llama_memory_seq_cp$handle() {
        return llama_memory_seq_cp.HANDLE;
    }

    /** The address of {@code llama_memory_seq_cp}. */
    public static MemorySegment llama_memory_seq_cp$address() {
        return llama_memory_seq_cp.ADDR;
    }

    /** Calls {@code llama_memory_seq_cp}. */
    public static void llama_memory_seq_cp(MemorySegment mem, int seq_id_src, int seq_id_dst, int p0, int p1) {
        var mh$ = llama_memory_seq_cp.HANDLE;
        try {
            mh$.invokeExact(mem, seq_id_src, seq_id_dst, p0, p1);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_memory_seq_keep {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_memory_seq_keep");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_memory_seq_keep}. */
    public static FunctionDescriptor llama_memory_seq_keep$descriptor() {
        return llama_memory_seq_keep.DESC;
    }

    /** The downcall handle of {@code llama_memory_seq_keep}. */
    public static MethodHandle llama_memory_seq_keep$handle() {
        return llama_memory_seq_keep.HANDLE;
    }

    /** The address of {@code llama_memory_seq_keep}. */
    public static MemorySegment llama_memory_seq_keep$address() {
        return llama_memory_seq_keep.ADDR;
    }

    /** Calls {@code llama_memory_seq_keep}. */
    public static void llama_memory_seq_keep(MemorySegment mem, int seq_id) {
        var mh$ = llama_memory_seq_keep.HANDLE;
        try {
            mh$.invokeExact(mem, seq_id);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_memory_seq_add {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_INT, llama_h_shared.C_INT, llama_h_shared.C_INT, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_memory_seq_add");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_memory_seq_add}. */
    public static FunctionDescriptor llama_memory_seq_add$descriptor() {
        return llama_memory_seq_add.DESC;
    }

    /** The downcall handle of {@code llama_memory_seq_add}. */
    public static MethodHandle llama_memory_seq_add$handle() {
        return llama_memory_seq_add.HANDLE;
    }

    /** The address of {@code llama_memory_seq_add}. */
    public static MemorySegment llama_memory_seq_add$address() {
        return llama_memory_seq_add.ADDR;
    }

    /** Calls {@code llama_memory_seq_add}. */
    public static void llama_memory_seq_add(MemorySegment mem, int seq_id, int p0, int p1, int delta) {
        var mh$ = llama_memory_seq_add.HANDLE;
        try {
            mh$.invokeExact(mem, seq_id, p0, p1, delta);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_memory_seq_div {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_INT, llama_h_shared.C_INT, llama_h_shared.C_INT, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_memory_seq_div");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_memory_seq_div}. */
    public static FunctionDescriptor llama_memory_seq_div$descriptor() {
        return llama_memory_seq_div.DESC;
    }

    /** The downcall handle of {@code llama_memory_seq_div}. */
    public static MethodHandle llama_memory_seq_div$handle() {
        return llama_memory_seq_div.HANDLE;
    }

    /** The address of {@code llama_memory_seq_div}. */
    public static MemorySegment llama_memory_seq_div$address() {
        return llama_memory_seq_div.ADDR;
    }

    /** Calls {@code llama_memory_seq_div}. */
    public static void llama_memory_seq_div(MemorySegment mem, int seq_id, int p0, int p1, int d) {
        var mh$ = llama_memory_seq_div.HANDLE;
        try {
            mh$.invokeExact(mem, seq_id, p0, p1, d);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_memory_seq_pos_min {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_memory_seq_pos_min");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_memory_seq_pos_min}. */
    public static FunctionDescriptor llama_memory_seq_pos_min$descriptor() {
        return llama_memory_seq_pos_min.DESC;
    }

    /** The downcall handle of {@code llama_memory_seq_pos_min}. */
    public static MethodHandle llama_memory_seq_pos_min$handle() {
        return llama_memory_seq_pos_min.HANDLE;
    }

    /** The address of {@code llama_memory_seq_pos_min}. */
    public static MemorySegment llama_memory_seq_pos_min$address() {
        return llama_memory_seq_pos_min.ADDR;
    }

    /** Calls {@code llama_memory_seq_pos_min}. */
    public static int llama_memory_seq_pos_min(MemorySegment mem, int seq_id) {
        var mh$ = llama_memory_seq_pos_min.HANDLE;
        try {
            return (int) mh$.invokeExact(mem, seq_id);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_memory_seq_pos_max {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_memory_seq_pos_max");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_memory_seq_pos_max}. */
    public static FunctionDescriptor llama_memory_seq_pos_max$descriptor() {
        return llama_memory_seq_pos_max.DESC;
    }

    /** The downcall handle of {@code llama_memory_seq_pos_max}. */
    public static MethodHandle llama_memory_seq_pos_max$handle() {
        return llama_memory_seq_pos_max.HANDLE;
    }

    /** The address of {@code llama_memory_seq_pos_max}. */
    public static MemorySegment llama_memory_seq_pos_max$address() {
        return llama_memory_seq_pos_max.ADDR;
    }

    /** Calls {@code llama_memory_seq_pos_max}. */
    public static int llama_memory_seq_pos_max(MemorySegment mem, int seq_id) {
        var mh$ = llama_memory_seq_pos_max.HANDLE;
        try {
            return (int) mh$.invokeExact(mem, seq_id);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_memory_can_shift {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_memory_can_shift");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_memory_can_shift}. */
    public static FunctionDescriptor llama_memory_can_shift$descriptor() {
        return llama_memory_can_shift.DESC;
    }

    /** The downcall handle of {@code llama_memory_can_shift}. */
    public static MethodHandle llama_memory_can_shift$handle() {
        return llama_memory_can_shift.HANDLE;
    }

    /** The address of {@code llama_memory_can_shift}. */
    public static MemorySegment llama_memory_can_shift$address() {
        return llama_memory_can_shift.ADDR;
    }

    /** Calls {@code llama_memory_can_shift}. */
    public static boolean llama_memory_can_shift(MemorySegment mem) {
        var mh$ = llama_memory_can_shift.HANDLE;
        try {
            return (boolean) mh$.invokeExact(mem);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_state_get_size {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_state_get_size");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_state_get_size}. */
    public static FunctionDescriptor llama_state_get_size$descriptor() {
        return llama_state_get_size.DESC;
    }

    /** The downcall handle of {@code llama_state_get_size}. */
    public static MethodHandle llama_state_get_size$handle() {
        return llama_state_get_size.HANDLE;
    }

    /** The address of {@code llama_state_get_size}. */
    public static MemorySegment llama_state_get_size$address() {
        return llama_state_get_size.ADDR;
    }

    /** Calls {@code llama_state_get_size}. */
    public static long llama_state_get_size(MemorySegment ctx) {
        var mh$ = llama_state_get_size.HANDLE;
        try {
            return (long) mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_state_get_data {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_state_get_data");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_state_get_data}. */
    public static FunctionDescriptor llama_state_get_data$descriptor() {
        return llama_state_get_data.DESC;
    }

    /** The downcall handle of {@code llama_state_get_data}. */
    public static MethodHandle llama_state_get_data$handle() {
        return llama_state_get_data.HANDLE;
    }

    /** The address of {@code llama_state_get_data}. */
    public static MemorySegment llama_state_get_data$address() {
        return llama_state_get_data.ADDR;
    }

    /** Calls {@code llama_state_get_data}. */
    public static long llama_state_get_data(MemorySegment ctx, MemorySegment dst, long size) {
        var mh$ = llama_state_get_data.HANDLE;
        try {
            return (long) mh$.invokeExact(ctx, dst, size);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_state_set_data {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_state_set_data");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_state_set_data}. */
    public static FunctionDescriptor llama_state_set_data$descriptor() {
        return llama_state_set_data.DESC;
    }

    /** The downcall handle of {@code llama_state_set_data}. */
    public static MethodHandle llama_state_set_data$handle() {
        return llama_state_set_data.HANDLE;
    }

    /** The address of {@code llama_state_set_data}. */
    public static MemorySegment llama_state_set_data$address() {
        return llama_state_set_data.ADDR;
    }

    /** Calls {@code llama_state_set_data}. */
    public static long llama_state_set_data(MemorySegment ctx, MemorySegment src, long size) {
        var mh$ = llama_state_set_data.HANDLE;
        try {
            return (long) mh$.invokeExact(ctx, src, size);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_state_load_file {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_state_load_file");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_state_load_file}. */
    public static FunctionDescriptor llama_state_load_file$descriptor() {
        return llama_state_load_file.DESC;
    }

    /** The downcall handle of {@code llama_state_load_file}. */
    public static MethodHandle llama_state_load_file$handle() {
        return llama_state_load_file.HANDLE;
    }

    /** The address of {@code llama_state_load_file}. */
    public static MemorySegment llama_state_load_file$address() {
        return llama_state_load_file.ADDR;
    }

    /** Calls {@code llama_state_load_file}. */
    public static boolean llama_state_load_file(MemorySegment ctx, MemorySegment path_session, MemorySegment tokens_out, long n_token_capacity, MemorySegment n_token_count_out) {
        var mh$ = llama_state_load_file.HANDLE;
        try {
            return (boolean) mh$.invokeExact(ctx, path_session, tokens_out, n_token_capacity, n_token_count_out);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_state_save_file {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_state_save_file");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_state_save_file}. */
    public static FunctionDescriptor llama_state_save_file$descriptor() {
        return llama_state_save_file.DESC;
    }

    /** The downcall handle of {@code llama_state_save_file}. */
    public static MethodHandle llama_state_save_file$handle() {
        return llama_state_save_file.HANDLE;
    }

    /** The address of {@code llama_state_save_file}. */
    public static MemorySegment llama_state_save_file$address() {
        return llama_state_save_file.ADDR;
    }

    /** Calls {@code llama_state_save_file}. */
    public static boolean llama_state_save_file(MemorySegment ctx, MemorySegment path_session, MemorySegment tokens, long n_token_count) {
        var mh$ = llama_state_save_file.HANDLE;
        try {
            return (boolean) mh$.invokeExact(ctx, path_session, tokens, n_token_count);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_state_seq_get_size {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_state_seq_get_size");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_state_seq_get_size}. */
    public static FunctionDescriptor llama_state_seq_get_size$descriptor() {
        return llama_state_seq_get_size.DESC;
    }

    /** The downcall handle of {@code llama_state_seq_get_size}. */
    public static MethodHandle llama_state_seq_get_size$handle() {
        return llama_state_seq_get_size.HANDLE;
    }

    /** The address of {@code llama_state_seq_get_size}. */
    public static MemorySegment llama_state_seq_get_size$address() {
        return llama_state_seq_get_size.ADDR;
    }

    /** Calls {@code llama_state_seq_get_size}. */
    public static long llama_state_seq_get_size(MemorySegment ctx, int seq_id) {
        var mh$ = llama_state_seq_get_size.HANDLE;
        try {
            return (long) mh$.invokeExact(ctx, seq_id);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_state_seq_get_data {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_state_seq_get_data");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_state_seq_get_data}. */
    public static FunctionDescriptor llama_state_seq_get_data$descriptor() {
        return llama_state_seq_get_data.DESC;
    }

    /** The downcall handle of {@code llama_state_seq_get_data}. */
    public static MethodHandle llama_state_seq_get_data$handle() {
        return llama_state_seq_get_data.HANDLE;
    }

    /** The address of {@code llama_state_seq_get_data}. */
    public static MemorySegment llama_state_seq_get_data$address() {
        return llama_state_seq_get_data.ADDR;
    }

    /** Calls {@code llama_state_seq_get_data}. */
    public static long llama_state_seq_get_data(MemorySegment ctx, MemorySegment dst, long size, int seq_id) {
        var mh$ = llama_state_seq_get_data.HANDLE;
        try {
            return (long) mh$.invokeExact(ctx, dst, size, seq_id);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_state_seq_set_data {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_state_seq_set_data");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_state_seq_set_data}. */
    public static FunctionDescriptor llama_state_seq_set_data$descriptor() {
        return llama_state_seq_set_data.DESC;
    }

    /** The downcall handle of {@code llama_state_seq_set_data}. */
    public static MethodHandle llama_state_seq_set_data$handle() {
        return llama_state_seq_set_data.HANDLE;
    }

    /** The address of {@code llama_state_seq_set_data}. */
    public static MemorySegment llama_state_seq_set_data$address() {
        return llama_state_seq_set_data.ADDR;
    }

    /** Calls {@code llama_state_seq_set_data}. */
    public static long llama_state_seq_set_data(MemorySegment ctx, MemorySegment src, long size, int dest_seq_id) {
        var mh$ = llama_state_seq_set_data.HANDLE;
        try {
            return (long) mh$.invokeExact(ctx, src, size, dest_seq_id);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_state_seq_save_file {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_state_seq_save_file");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_state_seq_save_file}. */
    public static FunctionDescriptor llama_state_seq_save_file$descriptor() {
        return llama_state_seq_save_file.DESC;
    }

    /** The downcall handle of {@code llama_state_seq_save_file}. */
    public static MethodHandle llama_state_seq_save_file$handle() {
        return llama_state_seq_save_file.HANDLE;
    }

    /** The address of {@code llama_state_seq_save_file}. */
    public static MemorySegment llama_state_seq_save_file$address() {
        return llama_state_seq_save_file.ADDR;
    }

    /** Calls {@code llama_state_seq_save_file}. */
    public static long llama_state_seq_save_file(MemorySegment ctx, MemorySegment filepath, int seq_id, MemorySegment tokens, long n_token_count) {
        var mh$ = llama_state_seq_save_file.HANDLE;
        try {
            return (long) mh$.invokeExact(ctx, filepath, seq_id, tokens, n_token_count);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_state_seq_load_file {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_LONG, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_state_seq_load_file");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_state_seq_load_file}. */
    public static FunctionDescriptor llama_state_seq_load_file$descriptor() {
        return llama_state_seq_load_file.DESC;
    }

    /** The downcall handle of {@code llama_state_seq_load_file}. */
    public static MethodHandle llama_state_seq_load_file$handle() {
        return llama_state_seq_load_file.HANDLE;
    }

    /** The address of {@code llama_state_seq_load_file}. */
    public static MemorySegment llama_state_seq_load_file$address() {
        return llama_state_seq_load_file.ADDR;
    }

    /** Calls {@code llama_state_seq_load_file}. */
    public static long llama_state_seq_load_file(MemorySegment ctx, MemorySegment filepath, int dest_seq_id, MemorySegment tokens_out, long n_token_capacity, MemorySegment n_token_count_out) {
        var mh$ = llama_state_seq_load_file.HANDLE;
        try {
            return (long) mh$.invokeExact(ctx, filepath, dest_seq_id, tokens_out, n_token_capacity, n_token_count_out);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_state_seq_get_size_ext {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG, llama_h_shared.C_POINTER, llama_h_shared.C_INT, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_state_seq_get_size_ext");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_state_seq_get_size_ext}. */
    public static FunctionDescriptor llama_state_seq_get_size_ext$descriptor() {
        return llama_state_seq_get_size_ext.DESC;
    }

    /** The downcall handle of {@code llama_state_seq_get_size_ext}. */
    public static MethodHandle llama_state_seq_get_size_ext$handle() {
        return llama_state_seq_get_size_ext.HANDLE;
    }

    /** The address of {@code llama_state_seq_get_size_ext}. */
    public static MemorySegment llama_state_seq_get_size_ext$address() {
        return llama_state_seq_get_size_ext.ADDR;
    }

    /** Calls {@code llama_state_seq_get_size_ext}. */
    public static long llama_state_seq_get_size_ext(MemorySegment ctx, int seq_id, int flags) {
        var mh$ = llama_state_seq_get_size_ext.HANDLE;
        try {
            return (long) mh$.invokeExact(ctx, seq_id, flags);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_state_seq_get_data_ext {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG, llama_h_shared.C_INT, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_state_seq_get_data_ext");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_state_seq_get_data_ext}. */
    public static FunctionDescriptor llama_state_seq_get_data_ext$descriptor() {
        return llama_state_seq_get_data_ext.DESC;
    }

    /** The downcall handle of {@code llama_state_seq_get_data_ext}. */
    public static MethodHandle llama_state_seq_get_data_ext$handle() {
        return llama_state_seq_get_data_ext.HANDLE;
    }

    /** The address of {@code llama_state_seq_get_data_ext}. */
    public static MemorySegment llama_state_seq_get_data_ext$address() {
        return llama_state_seq_get_data_ext.ADDR;
    }

    /** Calls {@code llama_state_seq_get_data_ext}. */
    public static long llama_state_seq_get_data_ext(MemorySegment ctx, MemorySegment dst, long size, int seq_id, int flags) {
        var mh$ = llama_state_seq_get_data_ext.HANDLE;
        try {
            return (long) mh$.invokeExact(ctx, dst, size, seq_id, flags);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_state_seq_set_data_ext {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG, llama_h_shared.C_INT, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_state_seq_set_data_ext");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_state_seq_set_data_ext}. */
    public static FunctionDescriptor llama_state_seq_set_data_ext$descriptor() {
        return llama_state_seq_set_data_ext.DESC;
    }

    /** The downcall handle of {@code llama_state_seq_set_data_ext}. */
    public static MethodHandle llama_state_seq_set_data_ext$handle() {
        return llama_state_seq_set_data_ext.HANDLE;
    }

    /** The address of {@code llama_state_seq_set_data_ext}. */
    public static MemorySegment llama_state_seq_set_data_ext$address() {
        return llama_state_seq_set_data_ext.ADDR;
    }

    /** Calls {@code llama_state_seq_set_data_ext}. */
    public static long llama_state_seq_set_data_ext(MemorySegment ctx, MemorySegment src, long size, int dest_seq_id, int flags) {
        var mh$ = llama_state_seq_set_data_ext.HANDLE;
        try {
            return (long) mh$.invokeExact(ctx, src, size, dest_seq_id, flags);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_batch_get_one {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(io.github.llamaffm.bindings.llama_batch.layout(), llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_batch_get_one");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_batch_get_one}. */
    public static FunctionDescriptor llama_batch_get_one$descriptor() {
        return llama_batch_get_one.DESC;
    }

    /** The downcall handle of {@code llama_batch_get_one}. */
    public static MethodHandle llama_batch_get_one$handle() {
        return llama_batch_get_one.HANDLE;
    }

    /** The address of {@code llama_batch_get_one}. */
    public static MemorySegment llama_batch_get_one$address() {
        return llama_batch_get_one.ADDR;
    }

    /** Calls {@code llama_batch_get_one}. */
    public static MemorySegment llama_batch_get_one(SegmentAllocator allocator, MemorySegment tokens, int n_tokens) {
        var mh$ = llama_batch_get_one.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(allocator, tokens, n_tokens);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_batch_init {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(io.github.llamaffm.bindings.llama_batch.layout(), llama_h_shared.C_INT, llama_h_shared.C_INT, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_batch_init");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_batch_init}. */
    public static FunctionDescriptor llama_batch_init$descriptor() {
        return llama_batch_init.DESC;
    }

    /** The downcall handle of {@code llama_batch_init}. */
    public static MethodHandle llama_batch_init$handle() {
        return llama_batch_init.HANDLE;
    }

    /** The address of {@code llama_batch_init}. */
    public static MemorySegment llama_batch_init$address() {
        return llama_batch_init.ADDR;
    }

    /** Calls {@code llama_batch_init}. */
    public static MemorySegment llama_batch_init(SegmentAllocator allocator, int n_tokens, int embd, int n_seq_max) {
        var mh$ = llama_batch_init.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(allocator, n_tokens, embd, n_seq_max);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_batch_free {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(io.github.llamaffm.bindings.llama_batch.layout());
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_batch_free");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_batch_free}. */
    public static FunctionDescriptor llama_batch_free$descriptor() {
        return llama_batch_free.DESC;
    }

    /** The downcall handle of {@code llama_batch_free}. */
    public static MethodHandle llama_batch_free$handle() {
        return llama_batch_free.HANDLE;
    }

    /** The address of {@code llama_batch_free}. */
    public static MemorySegment llama_batch_free$address() {
        return llama_batch_free.ADDR;
    }

    /** Calls {@code llama_batch_free}. */
    public static void llama_batch_free(MemorySegment batch) {
        var mh$ = llama_batch_free.HANDLE;
        try {
            mh$.invokeExact(batch);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_encode {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, io.github.llamaffm.bindings.llama_batch.layout());
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_encode");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_encode}. */
    public static FunctionDescriptor llama_encode$descriptor() {
        return llama_encode.DESC;
    }

    /** The downcall handle of {@code llama_encode}. */
    public static MethodHandle llama_encode$handle() {
        return llama_encode.HANDLE;
    }

    /** The address of {@code llama_encode}. */
    public static MemorySegment llama_encode$address() {
        return llama_encode.ADDR;
    }

    /** Calls {@code llama_encode}. */
    public static int llama_encode(MemorySegment ctx, MemorySegment batch) {
        var mh$ = llama_encode.HANDLE;
        try {
            return (int) mh$.invokeExact(ctx, batch);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_decode {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, io.github.llamaffm.bindings.llama_batch.layout());
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_decode");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_decode}. */
    public static FunctionDescriptor llama_decode$descriptor() {
        return llama_decode.DESC;
    }

    /** The downcall handle of {@code llama_decode}. */
    public static MethodHandle llama_decode$handle() {
        return llama_decode.HANDLE;
    }

    /** The address of {@code llama_decode}. */
    public static MemorySegment llama_decode$address() {
        return llama_decode.ADDR;
    }

    /** Calls {@code llama_decode}. */
    public static int llama_decode(MemorySegment ctx, MemorySegment batch) {
        var mh$ = llama_decode.HANDLE;
        try {
            return (int) mh$.invokeExact(ctx, batch);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_set_n_threads {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_INT, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_set_n_threads");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_set_n_threads}. */
    public static FunctionDescriptor llama_set_n_threads$descriptor() {
        return llama_set_n_threads.DESC;
    }

    /** The downcall handle of {@code llama_set_n_threads}. */
    public static MethodHandle llama_set_n_threads$handle() {
        return llama_set_n_threads.HANDLE;
    }

    /** The address of {@code llama_set_n_threads}. */
    public static MemorySegment llama_set_n_threads$address() {
        return llama_set_n_threads.ADDR;
    }

    /** Calls {@code llama_set_n_threads}. */
    public static void llama_set_n_threads(MemorySegment ctx, int n_threads, int n_threads_batch) {
        var mh$ = llama_set_n_threads.HANDLE;
        try {
            mh$.invokeExact(ctx, n_threads, n_threads_batch);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_n_threads {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_n_threads");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_n_threads}. */
    public static FunctionDescriptor llama_n_threads$descriptor() {
        return llama_n_threads.DESC;
    }

    /** The downcall handle of {@code llama_n_threads}. */
    public static MethodHandle llama_n_threads$handle() {
        return llama_n_threads.HANDLE;
    }

    /** The address of {@code llama_n_threads}. */
    public static MemorySegment llama_n_threads$address() {
        return llama_n_threads.ADDR;
    }

    /** Calls {@code llama_n_threads}. */
    public static int llama_n_threads(MemorySegment ctx) {
        var mh$ = llama_n_threads.HANDLE;
        try {
            return (int) mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_n_threads_batch {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_n_threads_batch");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_n_threads_batch}. */
    public static FunctionDescriptor llama_n_threads_batch$descriptor() {
        return llama_n_threads_batch.DESC;
    }

    /** The downcall handle of {@code llama_n_threads_batch}. */
    public static MethodHandle llama_n_threads_batch$handle() {
        return llama_n_threads_batch.HANDLE;
    }

    /** The address of {@code llama_n_threads_batch}. */
    public static MemorySegment llama_n_threads_batch$address() {
        return llama_n_threads_batch.ADDR;
    }

    /** Calls {@code llama_n_threads_batch}. */
    public static int llama_n_threads_batch(MemorySegment ctx) {
        var mh$ = llama_n_threads_batch.HANDLE;
        try {
            return (int) mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_set_embeddings {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_BOOL);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_set_embeddings");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_set_embeddings}. */
    public static FunctionDescriptor llama_set_embeddings$descriptor() {
        return llama_set_embeddings.DESC;
    }

    /** The downcall handle of {@code llama_set_embeddings}. */
    public static MethodHandle llama_set_embeddings$handle() {
        return llama_set_embeddings.HANDLE;
    }

    /** The address of {@code llama_set_embeddings}. */
    public static MemorySegment llama_set_embeddings$address() {
        return llama_set_embeddings.ADDR;
    }

    /** Calls {@code llama_set_embeddings}. */
    public static void llama_set_embeddings(MemorySegment ctx, boolean embeddings) {
        var mh$ = llama_set_embeddings.HANDLE;
        try {
            mh$.invokeExact(ctx, embeddings);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_set_causal_attn {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_BOOL);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_set_causal_attn");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_set_causal_attn}. */
    public static FunctionDescriptor llama_set_causal_attn$descriptor() {
        return llama_set_causal_attn.DESC;
    }

    /** The downcall handle of {@code llama_set_causal_attn}. */
    public static MethodHandle llama_set_causal_attn$handle() {
        return llama_set_causal_attn.HANDLE;
    }

    /** The address of {@code llama_set_causal_attn}. */
    public static MemorySegment llama_set_causal_attn$address() {
        return llama_set_causal_attn.ADDR;
    }

    /** Calls {@code llama_set_causal_attn}. */
    public static void llama_set_causal_attn(MemorySegment ctx, boolean causal_attn) {
        var mh$ = llama_set_causal_attn.HANDLE;
        try {
            mh$.invokeExact(ctx, causal_attn);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_set_abort_callback {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_set_abort_callback");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_set_abort_callback}. */
    public static FunctionDescriptor llama_set_abort_callback$descriptor() {
        return llama_set_abort_callback.DESC;
    }

    /** The downcall handle of {@code llama_set_abort_callback}. */
    public static MethodHandle llama_set_abort_callback$handle() {
        return llama_set_abort_callback.HANDLE;
    }

    /** The address of {@code llama_set_abort_callback}. */
    public static MemorySegment llama_set_abort_callback$address() {
        return llama_set_abort_callback.ADDR;
    }

    /** Calls {@code llama_set_abort_callback}. */
    public static void llama_set_abort_callback(MemorySegment ctx, MemorySegment abort_callback, MemorySegment abort_callback_data) {
        var mh$ = llama_set_abort_callback.HANDLE;
        try {
            mh$.invokeExact(ctx, abort_callback, abort_callback_data);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_synchronize {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_synchronize");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_synchronize}. */
    public static FunctionDescriptor llama_synchronize$descriptor() {
        return llama_synchronize.DESC;
    }

    /** The downcall handle of {@code llama_synchronize}. */
    public static MethodHandle llama_synchronize$handle() {
        return llama_synchronize.HANDLE;
    }

    /** The address of {@code llama_synchronize}. */
    public static MemorySegment llama_synchronize$address() {
        return llama_synchronize.ADDR;
    }

    /** Calls {@code llama_synchronize}. */
    public static void llama_synchronize(MemorySegment ctx) {
        var mh$ = llama_synchronize.HANDLE;
        try {
            mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_get_logits {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_get_logits");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_get_logits}. */
    public static FunctionDescriptor llama_get_logits$descriptor() {
        return llama_get_logits.DESC;
    }

    /** The downcall handle of {@code llama_get_logits}. */
    public static MethodHandle llama_get_logits$handle() {
        return llama_get_logits.HANDLE;
    }

    /** The address of {@code llama_get_logits}. */
    public static MemorySegment llama_get_logits$address() {
        return llama_get_logits.ADDR;
    }

    /** Calls {@code llama_get_logits}. */
    public static MemorySegment llama_get_logits(MemorySegment ctx) {
        var mh$ = llama_get_logits.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_get_logits_ith {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_get_logits_ith");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_get_logits_ith}. */
    public static FunctionDescriptor llama_get_logits_ith$descriptor() {
        return llama_get_logits_ith.DESC;
    }

    /** The downcall handle of {@code llama_get_logits_ith}. */
    public static MethodHandle llama_get_logits_ith$handle() {
        return llama_get_logits_ith.HANDLE;
    }

    /** The address of {@code llama_get_logits_ith}. */
    public static MemorySegment llama_get_logits_ith$address() {
        return llama_get_logits_ith.ADDR;
    }

    /** Calls {@code llama_get_logits_ith}. */
    public static MemorySegment llama_get_logits_ith(MemorySegment ctx, int i) {
        var mh$ = llama_get_logits_ith.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(ctx, i);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_get_embeddings {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_get_embeddings");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_get_embeddings}. */
    public static FunctionDescriptor llama_get_embeddings$descriptor() {
        return llama_get_embeddings.DESC;
    }

    /** The downcall handle of {@code llama_get_embeddings}. */
    public static MethodHandle llama_get_embeddings$handle() {
        return llama_get_embeddings.HANDLE;
    }

    /** The address of {@code llama_get_embeddings}. */
    public static MemorySegment llama_get_embeddings$address() {
        return llama_get_embeddings.ADDR;
    }

    /** Calls {@code llama_get_embeddings}. */
    public static MemorySegment llama_get_embeddings(MemorySegment ctx) {
        var mh$ = llama_get_embeddings.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_get_embeddings_ith {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_get_embeddings_ith");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_get_embeddings_ith}. */
    public static FunctionDescriptor llama_get_embeddings_ith$descriptor() {
        return llama_get_embeddings_ith.DESC;
    }

    /** The downcall handle of {@code llama_get_embeddings_ith}. */
    public static MethodHandle llama_get_embeddings_ith$handle() {
        return llama_get_embeddings_ith.HANDLE;
    }

    /** The address of {@code llama_get_embeddings_ith}. */
    public static MemorySegment llama_get_embeddings_ith$address() {
        return llama_get_embeddings_ith.ADDR;
    }

    /** Calls {@code llama_get_embeddings_ith}. */
    public static MemorySegment llama_get_embeddings_ith(MemorySegment ctx, int i) {
        var mh$ = llama_get_embeddings_ith.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(ctx, i);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_get_embeddings_seq {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_get_embeddings_seq");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_get_embeddings_seq}. */
    public static FunctionDescriptor llama_get_embeddings_seq$descriptor() {
        return llama_get_embeddings_seq.DESC;
    }

    /** The downcall handle of {@code llama_get_embeddings_seq}. */
    public static MethodHandle llama_get_embeddings_seq$handle() {
        return llama_get_embeddings_seq.HANDLE;
    }

    /** The address of {@code llama_get_embeddings_seq}. */
    public static MemorySegment llama_get_embeddings_seq$address() {
        return llama_get_embeddings_seq.ADDR;
    }

    /** Calls {@code llama_get_embeddings_seq}. */
    public static MemorySegment llama_get_embeddings_seq(MemorySegment ctx, int seq_id) {
        var mh$ = llama_get_embeddings_seq.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(ctx, seq_id);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_get_sampled_token_ith {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_get_sampled_token_ith");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_get_sampled_token_ith}. */
    public static FunctionDescriptor llama_get_sampled_token_ith$descriptor() {
        return llama_get_sampled_token_ith.DESC;
    }

    /** The downcall handle of {@code llama_get_sampled_token_ith}. */
    public static MethodHandle llama_get_sampled_token_ith$handle() {
        return llama_get_sampled_token_ith.HANDLE;
    }

    /** The address of {@code llama_get_sampled_token_ith}. */
    public static MemorySegment llama_get_sampled_token_ith$address() {
        return llama_get_sampled_token_ith.ADDR;
    }

    /** Calls {@code llama_get_sampled_token_ith}. */
    public static int llama_get_sampled_token_ith(MemorySegment ctx, int i) {
        var mh$ = llama_get_sampled_token_ith.HANDLE;
        try {
            return (int) mh$.invokeExact(ctx, i);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_get_sampled_probs_ith {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_get_sampled_probs_ith");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_get_sampled_probs_ith}. */
    public static FunctionDescriptor llama_get_sampled_probs_ith$descriptor() {
        return llama_get_sampled_probs_ith.DESC;
    }

    /** The downcall handle of {@code llama_get_sampled_probs_ith}. */
    public static MethodHandle llama_get_sampled_probs_ith$handle() {
        return llama_get_sampled_probs_ith.HANDLE;
    }

    /** The address of {@code llama_get_sampled_probs_ith}. */
    public static MemorySegment llama_get_sampled_probs_ith$address() {
        return llama_get_sampled_probs_ith.ADDR;
    }

    /** Calls {@code llama_get_sampled_probs_ith}. */
    public static MemorySegment llama_get_sampled_probs_ith(MemorySegment ctx, int i) {
        var mh$ = llama_get_sampled_probs_ith.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(ctx, i);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_get_sampled_probs_count_ith {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_get_sampled_probs_count_ith");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_get_sampled_probs_count_ith}. */
    public static FunctionDescriptor llama_get_sampled_probs_count_ith$descriptor() {
        return llama_get_sampled_probs_count_ith.DESC;
    }

    /** The downcall handle of {@code llama_get_sampled_probs_count_ith}. */
    public static MethodHandle llama_get_sampled_probs_count_ith$handle() {
        return llama_get_sampled_probs_count_ith.HANDLE;
    }

    /** The address of {@code llama_get_sampled_probs_count_ith}. */
    public static MemorySegment llama_get_sampled_probs_count_ith$address() {
        return llama_get_sampled_probs_count_ith.ADDR;
    }

    /** Calls {@code llama_get_sampled_probs_count_ith}. */
    public static int llama_get_sampled_probs_count_ith(MemorySegment ctx, int i) {
        var mh$ = llama_get_sampled_probs_count_ith.HANDLE;
        try {
            return (int) mh$.invokeExact(ctx, i);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_get_sampled_logits_ith {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_get_sampled_logits_ith");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_get_sampled_logits_ith}. */
    public static FunctionDescriptor llama_get_sampled_logits_ith$descriptor() {
        return llama_get_sampled_logits_ith.DESC;
    }

    /** The downcall handle of {@code llama_get_sampled_logits_ith}. */
    public static MethodHandle llama_get_sampled_logits_ith$handle() {
        return llama_get_sampled_logits_ith.HANDLE;
    }

    /** The address of {@code llama_get_sampled_logits_ith}. */
    public static MemorySegment llama_get_sampled_logits_ith$address() {
        return llama_get_sampled_logits_ith.ADDR;
    }

    /** Calls {@code llama_get_sampled_logits_ith}. */
    public static MemorySegment llama_get_sampled_logits_ith(MemorySegment ctx, int i) {
        var mh$ = llama_get_sampled_logits_ith.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(ctx, i);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_get_sampled_logits_count_ith {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_get_sampled_logits_count_ith");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_get_sampled_logits_count_ith}. */
    public static FunctionDescriptor llama_get_sampled_logits_count_ith$descriptor() {
        return llama_get_sampled_logits_count_ith.DESC;
    }

    /** The downcall handle of {@code llama_get_sampled_logits_count_ith}. */
    public static MethodHandle llama_get_sampled_logits_count_ith$handle() {
        return llama_get_sampled_logits_count_ith.HANDLE;
    }

    /** The address of {@code llama_get_sampled_logits_count_ith}. */
    public static MemorySegment llama_get_sampled_logits_count_ith$address() {
        return llama_get_sampled_logits_count_ith.ADDR;
    }

    /** Calls {@code llama_get_sampled_logits_count_ith}. */
    public static int llama_get_sampled_logits_count_ith(MemorySegment ctx, int i) {
        var mh$ = llama_get_sampled_logits_count_ith.HANDLE;
        try {
            return (int) mh$.invokeExact(ctx, i);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_get_sampled_candidates_ith {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_get_sampled_candidates_ith");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_get_sampled_candidates_ith}. */
    public static FunctionDescriptor llama_get_sampled_candidates_ith$descriptor() {
        return llama_get_sampled_candidates_ith.DESC;
    }

    /** The downcall handle of {@code llama_get_sampled_candidates_ith}. */
    public static MethodHandle llama_get_sampled_candidates_ith$handle() {
        return llama_get_sampled_candidates_ith.HANDLE;
    }

    /** The address of {@code llama_get_sampled_candidates_ith}. */
    public static MemorySegment llama_get_sampled_candidates_ith$address() {
        return llama_get_sampled_candidates_ith.ADDR;
    }

    /** Calls {@code llama_get_sampled_candidates_ith}. */
    public static MemorySegment llama_get_sampled_candidates_ith(MemorySegment ctx, int i) {
        var mh$ = llama_get_sampled_candidates_ith.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(ctx, i);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_get_sampled_candidates_count_ith {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_get_sampled_candidates_count_ith");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_get_sampled_candidates_count_ith}. */
    public static FunctionDescriptor llama_get_sampled_candidates_count_ith$descriptor() {
        return llama_get_sampled_candidates_count_ith.DESC;
    }

    /** The downcall handle of {@code llama_get_sampled_candidates_count_ith}. */
    public static MethodHandle llama_get_sampled_candidates_count_ith$handle() {
        return llama_get_sampled_candidates_count_ith.HANDLE;
    }

    /** The address of {@code llama_get_sampled_candidates_count_ith}. */
    public static MemorySegment llama_get_sampled_candidates_count_ith$address() {
        return llama_get_sampled_candidates_count_ith.ADDR;
    }

    /** Calls {@code llama_get_sampled_candidates_count_ith}. */
    public static int llama_get_sampled_candidates_count_ith(MemorySegment ctx, int i) {
        var mh$ = llama_get_sampled_candidates_count_ith.HANDLE;
        try {
            return (int) mh$.invokeExact(ctx, i);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_vocab_get_text {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_vocab_get_text");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_vocab_get_text}. */
    public static FunctionDescriptor llama_vocab_get_text$descriptor() {
        return llama_vocab_get_text.DESC;
    }

    /** The downcall handle of {@code llama_vocab_get_text}. */
    public static MethodHandle llama_vocab_get_text$handle() {
        return llama_vocab_get_text.HANDLE;
    }

    /** The address of {@code llama_vocab_get_text}. */
    public static MemorySegment llama_vocab_get_text$address() {
        return llama_vocab_get_text.ADDR;
    }

    /** Calls {@code llama_vocab_get_text}. */
    public static MemorySegment llama_vocab_get_text(MemorySegment vocab, int token) {
        var mh$ = llama_vocab_get_text.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(vocab, token);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_vocab_get_score {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_FLOAT, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_vocab_get_score");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_vocab_get_score}. */
    public static FunctionDescriptor llama_vocab_get_score$descriptor() {
        return llama_vocab_get_score.DESC;
    }

    /** The downcall handle of {@code llama_vocab_get_score}. */
    public static MethodHandle llama_vocab_get_score$handle() {
        return llama_vocab_get_score.HANDLE;
    }

    /** The address of {@code llama_vocab_get_score}. */
    public static MemorySegment llama_vocab_get_score$address() {
        return llama_vocab_get_score.ADDR;
    }

    /** Calls {@code llama_vocab_get_score}. */
    public static float llama_vocab_get_score(MemorySegment vocab, int token) {
        var mh$ = llama_vocab_get_score.HANDLE;
        try {
            return (float) mh$.invokeExact(vocab, token);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_vocab_get_attr {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_vocab_get_attr");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_vocab_get_attr}. */
    public static FunctionDescriptor llama_vocab_get_attr$descriptor() {
        return llama_vocab_get_attr.DESC;
    }

    /** The downcall handle of {@code llama_vocab_get_attr}. */
    public static MethodHandle llama_vocab_get_attr$handle() {
        return llama_vocab_get_attr.HANDLE;
    }

    /** The address of {@code llama_vocab_get_attr}. */
    public static MemorySegment llama_vocab_get_attr$address() {
        return llama_vocab_get_attr.ADDR;
    }

    /** Calls {@code llama_vocab_get_attr}. */
    public static int llama_vocab_get_attr(MemorySegment vocab, int token) {
        var mh$ = llama_vocab_get_attr.HANDLE;
        try {
            return (int) mh$.invokeExact(vocab, token);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_vocab_is_eog {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_vocab_is_eog");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_vocab_is_eog}. */
    public static FunctionDescriptor llama_vocab_is_eog$descriptor() {
        return llama_vocab_is_eog.DESC;
    }

    /** The downcall handle of {@code llama_vocab_is_eog}. */
    public static MethodHandle llama_vocab_is_eog$handle() {
        return llama_vocab_is_eog.HANDLE;
    }

    /** The address of {@code llama_vocab_is_eog}. */
    public static MemorySegment llama_vocab_is_eog$address() {
        return llama_vocab_is_eog.ADDR;
    }

    /** Calls {@code llama_vocab_is_eog}. */
    public static boolean llama_vocab_is_eog(MemorySegment vocab, int token) {
        var mh$ = llama_vocab_is_eog.HANDLE;
        try {
            return (boolean) mh$.invokeExact(vocab, token);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_vocab_is_control {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_vocab_is_control");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_vocab_is_control}. */
    public static FunctionDescriptor llama_vocab_is_control$descriptor() {
        return llama_vocab_is_control.DESC;
    }

    /** The downcall handle of {@code llama_vocab_is_control}. */
    public static MethodHandle llama_vocab_is_control$handle() {
        return llama_vocab_is_control.HANDLE;
    }

    /** The address of {@code llama_vocab_is_control}. */
    public static MemorySegment llama_vocab_is_control$address() {
        return llama_vocab_is_control.ADDR;
    }

    /** Calls {@code llama_vocab_is_control}. */
    public static boolean llama_vocab_is_control(MemorySegment vocab, int token) {
        var mh$ = llama_vocab_is_control.HANDLE;
        try {
            return (boolean) mh$.invokeExact(vocab, token);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_vocab_bos {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_vocab_bos");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_vocab_bos}. */
    public static FunctionDescriptor llama_vocab_bos$descriptor() {
        return llama_vocab_bos.DESC;
    }

    /** The downcall handle of {@code llama_vocab_bos}. */
    public static MethodHandle llama_vocab_bos$handle() {
        return llama_vocab_bos.HANDLE;
    }

    /** The address of {@code llama_vocab_bos}. */
    public static MemorySegment llama_vocab_bos$address() {
        return llama_vocab_bos.ADDR;
    }

    /** Calls {@code llama_vocab_bos}. */
    public static int llama_vocab_bos(MemorySegment vocab) {
        var mh$ = llama_vocab_bos.HANDLE;
        try {
            return (int) mh$.invokeExact(vocab);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_vocab_eos {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_vocab_eos");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_vocab_eos}. */
    public static FunctionDescriptor llama_vocab_eos$descriptor() {
        return llama_vocab_eos.DESC;
    }

    /** The downcall handle of {@code llama_vocab_eos}. */
    public static MethodHandle llama_vocab_eos$handle() {
        return llama_vocab_eos.HANDLE;
    }

    /** The address of {@code llama_vocab_eos}. */
    public static MemorySegment llama_vocab_eos$address() {
        return llama_vocab_eos.ADDR;
    }

    /** Calls {@code llama_vocab_eos}. */
    public static int llama_vocab_eos(MemorySegment vocab) {
        var mh$ = llama_vocab_eos.HANDLE;
        try {
            return (int) mh$.invokeExact(vocab);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_vocab_eot {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_vocab_eot");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_vocab_eot}. */
    public static FunctionDescriptor llama_vocab_eot$descriptor() {
        return llama_vocab_eot.DESC;
    }

    /** The downcall handle of {@code llama_vocab_eot}. */
    public static MethodHandle llama_vocab_eot$handle() {
        return llama_vocab_eot.HANDLE;
    }

    /** The address of {@code llama_vocab_eot}. */
    public static MemorySegment llama_vocab_eot$address() {
        return llama_vocab_eot.ADDR;
    }

    /** Calls {@code llama_vocab_eot}. */
    public static int llama_vocab_eot(MemorySegment vocab) {
        var mh$ = llama_vocab_eot.HANDLE;
        try {
            return (int) mh$.invokeExact(vocab);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_vocab_sep {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_vocab_sep");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_vocab_sep}. */
    public static FunctionDescriptor llama_vocab_sep$descriptor() {
        return llama_vocab_sep.DESC;
    }

    /** The downcall handle of {@code llama_vocab_sep}. */
    public static MethodHandle llama_vocab_sep$handle() {
        return llama_vocab_sep.HANDLE;
    }

    /** The address of {@code llama_vocab_sep}. */
    public static MemorySegment llama_vocab_sep$address() {
        return llama_vocab_sep.ADDR;
    }

    /** Calls {@code llama_vocab_sep}. */
    public static int llama_vocab_sep(MemorySegment vocab) {
        var mh$ = llama_vocab_sep.HANDLE;
        try {
            return (int) mh$.invokeExact(vocab);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_vocab_nl {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_vocab_nl");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_vocab_nl}. */
    public static FunctionDescriptor llama_vocab_nl$descriptor() {
        return llama_vocab_nl.DESC;
    }

    /** The downcall handle of {@code llama_vocab_nl}. */
    public static MethodHandle llama_vocab_nl$handle() {
        return llama_vocab_nl.HANDLE;
    }

    /** The address of {@code llama_vocab_nl}. */
    public static MemorySegment llama_vocab_nl$address() {
        return llama_vocab_nl.ADDR;
    }

    /** Calls {@code llama_vocab_nl}. */
    public static int llama_vocab_nl(MemorySegment vocab) {
        var mh$ = llama_vocab_nl.HANDLE;
        try {
            return (int) mh$.invokeExact(vocab);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_vocab_pad {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_vocab_pad");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_vocab_pad}. */
    public static FunctionDescriptor llama_vocab_pad$descriptor() {
        return llama_vocab_pad.DESC;
    }

    /** The downcall handle of {@code llama_vocab_pad}. */
    public static MethodHandle llama_vocab_pad$handle() {
        return llama_vocab_pad.HANDLE;
    }

    /** The address of {@code llama_vocab_pad}. */
    public static MemorySegment llama_vocab_pad$address() {
        return llama_vocab_pad.ADDR;
    }

    /** Calls {@code llama_vocab_pad}. */
    public static int llama_vocab_pad(MemorySegment vocab) {
        var mh$ = llama_vocab_pad.HANDLE;
        try {
            return (int) mh$.invokeExact(vocab);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_vocab_mask {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_vocab_mask");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_vocab_mask}. */
    public static FunctionDescriptor llama_vocab_mask$descriptor() {
        return llama_vocab_mask.DESC;
    }

    /** The downcall handle of {@code llama_vocab_mask}. */
    public static MethodHandle llama_vocab_mask$handle() {
        return llama_vocab_mask.HANDLE;
    }

    /** The address of {@code llama_vocab_mask}. */
    public static MemorySegment llama_vocab_mask$address() {
        return llama_vocab_mask.ADDR;
    }

    /** Calls {@code llama_vocab_mask}. */
    public static int llama_vocab_mask(MemorySegment vocab) {
        var mh$ = llama_vocab_mask.HANDLE;
        try {
            return (int) mh$.invokeExact(vocab);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_vocab_get_add_bos {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_vocab_get_add_bos");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_vocab_get_add_bos}. */
    public static FunctionDescriptor llama_vocab_get_add_bos$descriptor() {
        return llama_vocab_get_add_bos.DESC;
    }

    /** The downcall handle of {@code llama_vocab_get_add_bos}. */
    public static MethodHandle llama_vocab_get_add_bos$handle() {
        return llama_vocab_get_add_bos.HANDLE;
    }

    /** The address of {@code llama_vocab_get_add_bos}. */
    public static MemorySegment llama_vocab_get_add_bos$address() {
        return llama_vocab_get_add_bos.ADDR;
    }

    /** Calls {@code llama_vocab_get_add_bos}. */
    public static boolean llama_vocab_get_add_bos(MemorySegment vocab) {
        var mh$ = llama_vocab_get_add_bos.HANDLE;
        try {
            return (boolean) mh$.invokeExact(vocab);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_vocab_get_add_eos {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_vocab_get_add_eos");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_vocab_get_add_eos}. */
    public static FunctionDescriptor llama_vocab_get_add_eos$descriptor() {
        return llama_vocab_get_add_eos.DESC;
    }

    /** The downcall handle of {@code llama_vocab_get_add_eos}. */
    public static MethodHandle llama_vocab_get_add_eos$handle() {
        return llama_vocab_get_add_eos.HANDLE;
    }

    /** The address of {@code llama_vocab_get_add_eos}. */
    public static MemorySegment llama_vocab_get_add_eos$address() {
        return llama_vocab_get_add_eos.ADDR;
    }

    /** Calls {@code llama_vocab_get_add_eos}. */
    public static boolean llama_vocab_get_add_eos(MemorySegment vocab) {
        var mh$ = llama_vocab_get_add_eos.HANDLE;
        try {
            return (boolean) mh$.invokeExact(vocab);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_vocab_get_add_sep {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_vocab_get_add_sep");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_vocab_get_add_sep}. */
    public static FunctionDescriptor llama_vocab_get_add_sep$descriptor() {
        return llama_vocab_get_add_sep.DESC;
    }

    /** The downcall handle of {@code llama_vocab_get_add_sep}. */
    public static MethodHandle llama_vocab_get_add_sep$handle() {
        return llama_vocab_get_add_sep.HANDLE;
    }

    /** The address of {@code llama_vocab_get_add_sep}. */
    public static MemorySegment llama_vocab_get_add_sep$address() {
        return llama_vocab_get_add_sep.ADDR;
    }

    /** Calls {@code llama_vocab_get_add_sep}. */
    public static boolean llama_vocab_get_add_sep(MemorySegment vocab) {
        var mh$ = llama_vocab_get_add_sep.HANDLE;
        try {
            return (boolean) mh$.invokeExact(vocab);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_vocab_get_suppress_tokens {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_vocab_get_suppress_tokens");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_vocab_get_suppress_tokens}. */
    public static FunctionDescriptor llama_vocab_get_suppress_tokens$descriptor() {
        return llama_vocab_get_suppress_tokens.DESC;
    }

    /** The downcall handle of {@code llama_vocab_get_suppress_tokens}. */
    public static MethodHandle llama_vocab_get_suppress_tokens$handle() {
        return llama_vocab_get_suppress_tokens.HANDLE;
    }

    /** The address of {@code llama_vocab_get_suppress_tokens}. */
    public static MemorySegment llama_vocab_get_suppress_tokens$address() {
        return llama_vocab_get_suppress_tokens.ADDR;
    }

    /** Calls {@code llama_vocab_get_suppress_tokens}. */
    public static MemorySegment llama_vocab_get_suppress_tokens(MemorySegment vocab, MemorySegment n_suppress_tokens) {
        var mh$ = llama_vocab_get_suppress_tokens.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(vocab, n_suppress_tokens);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_vocab_fim_pre {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_vocab_fim_pre");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_vocab_fim_pre}. */
    public static FunctionDescriptor llama_vocab_fim_pre$descriptor() {
        return llama_vocab_fim_pre.DESC;
    }

    /** The downcall handle of {@code llama_vocab_fim_pre}. */
    public static MethodHandle llama_vocab_fim_pre$handle() {
        return llama_vocab_fim_pre.HANDLE;
    }

    /** The address of {@code llama_vocab_fim_pre}. */
    public static MemorySegment llama_vocab_fim_pre$address() {
        return llama_vocab_fim_pre.ADDR;
    }

    /** Calls {@code llama_vocab_fim_pre}. */
    public static int llama_vocab_fim_pre(MemorySegment vocab) {
        var mh$ = llama_vocab_fim_pre.HANDLE;
        try {
            return (int) mh$.invokeExact(vocab);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_vocab_fim_suf {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_vocab_fim_suf");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_vocab_fim_suf}. */
    public static FunctionDescriptor llama_vocab_fim_suf$descriptor() {
        return llama_vocab_fim_suf.DESC;
    }

    /** The downcall handle of {@code llama_vocab_fim_suf}. */
    public static MethodHandle llama_vocab_fim_suf$handle() {
        return llama_vocab_fim_suf.HANDLE;
    }

    /** The address of {@code llama_vocab_fim_suf}. */
    public static MemorySegment llama_vocab_fim_suf$address() {
        return llama_vocab_fim_suf.ADDR;
    }

    /** Calls {@code llama_vocab_fim_suf}. */
    public static int llama_vocab_fim_suf(MemorySegment vocab) {
        var mh$ = llama_vocab_fim_suf.HANDLE;
        try {
            return (int) mh$.invokeExact(vocab);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_vocab_fim_mid {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_vocab_fim_mid");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_vocab_fim_mid}. */
    public static FunctionDescriptor llama_vocab_fim_mid$descriptor() {
        return llama_vocab_fim_mid.DESC;
    }

    /** The downcall handle of {@code llama_vocab_fim_mid}. */
    public static MethodHandle llama_vocab_fim_mid$handle() {
        return llama_vocab_fim_mid.HANDLE;
    }

    /** The address of {@code llama_vocab_fim_mid}. */
    public static MemorySegment llama_vocab_fim_mid$address() {
        return llama_vocab_fim_mid.ADDR;
    }

    /** Calls {@code llama_vocab_fim_mid}. */
    public static int llama_vocab_fim_mid(MemorySegment vocab) {
        var mh$ = llama_vocab_fim_mid.HANDLE;
        try {
            return (int) mh$.invokeExact(vocab);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_vocab_fim_pad {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_vocab_fim_pad");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_vocab_fim_pad}. */
    public static FunctionDescriptor llama_vocab_fim_pad$descriptor() {
        return llama_vocab_fim_pad.DESC;
    }

    /** The downcall handle of {@code llama_vocab_fim_pad}. */
    public static MethodHandle llama_vocab_fim_pad$handle() {
        return llama_vocab_fim_pad.HANDLE;
    }

    /** The address of {@code llama_vocab_fim_pad}. */
    public static MemorySegment llama_vocab_fim_pad$address() {
        return llama_vocab_fim_pad.ADDR;
    }

    /** Calls {@code llama_vocab_fim_pad}. */
    public static int llama_vocab_fim_pad(MemorySegment vocab) {
        var mh$ = llama_vocab_fim_pad.HANDLE;
        try {
            return (int) mh$.invokeExact(vocab);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_vocab_fim_rep {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_vocab_fim_rep");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_vocab_fim_rep}. */
    public static FunctionDescriptor llama_vocab_fim_rep$descriptor() {
        return llama_vocab_fim_rep.DESC;
    }

    /** The downcall handle of {@code llama_vocab_fim_rep}. */
    public static MethodHandle llama_vocab_fim_rep$handle() {
        return llama_vocab_fim_rep.HANDLE;
    }

    /** The address of {@code llama_vocab_fim_rep}. */
    public static MemorySegment llama_vocab_fim_rep$address() {
        return llama_vocab_fim_rep.ADDR;
    }

    /** Calls {@code llama_vocab_fim_rep}. */
    public static int llama_vocab_fim_rep(MemorySegment vocab) {
        var mh$ = llama_vocab_fim_rep.HANDLE;
        try {
            return (int) mh$.invokeExact(vocab);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_vocab_fim_sep {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_vocab_fim_sep");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_vocab_fim_sep}. */
    public static FunctionDescriptor llama_vocab_fim_sep$descriptor() {
        return llama_vocab_fim_sep.DESC;
    }

    /** The downcall handle of {@code llama_vocab_fim_sep}. */
    public static MethodHandle llama_vocab_fim_sep$handle() {
        return llama_vocab_fim_sep.HANDLE;
    }

    /** The address of {@code llama_vocab_fim_sep}. */
    public static MemorySegment llama_vocab_fim_sep$address() {
        return llama_vocab_fim_sep.ADDR;
    }

    /** Calls {@code llama_vocab_fim_sep}. */
    public static int llama_vocab_fim_sep(MemorySegment vocab) {
        var mh$ = llama_vocab_fim_sep.HANDLE;
        try {
            return (int) mh$.invokeExact(vocab);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_tokenize {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_INT, llama_h_shared.C_BOOL, llama_h_shared.C_BOOL);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_tokenize");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_tokenize}. */
    public static FunctionDescriptor llama_tokenize$descriptor() {
        return llama_tokenize.DESC;
    }

    /** The downcall handle of {@code llama_tokenize}. */
    public static MethodHandle llama_tokenize$handle() {
        return llama_tokenize.HANDLE;
    }

    /** The address of {@code llama_tokenize}. */
    public static MemorySegment llama_tokenize$address() {
        return llama_tokenize.ADDR;
    }

    /** Calls {@code llama_tokenize}. */
    public static int llama_tokenize(MemorySegment vocab, MemorySegment text, int text_len, MemorySegment tokens, int n_tokens_max, boolean add_special, boolean parse_special) {
        var mh$ = llama_tokenize.HANDLE;
        try {
            return (int) mh$.invokeExact(vocab, text, text_len, tokens, n_tokens_max, add_special, parse_special);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_token_to_piece {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_INT, llama_h_shared.C_INT, llama_h_shared.C_BOOL);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_token_to_piece");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_token_to_piece}. */
    public static FunctionDescriptor llama_token_to_piece$descriptor() {
        return llama_token_to_piece.DESC;
    }

    /** The downcall handle of {@code llama_token_to_piece}. */
    public static MethodHandle llama_token_to_piece$handle() {
        return llama_token_to_piece.HANDLE;
    }

    /** The address of {@code llama_token_to_piece}. */
    public static MemorySegment llama_token_to_piece$address() {
        return llama_token_to_piece.ADDR;
    }

    /** Calls {@code llama_token_to_piece}. */
    public static int llama_token_to_piece(MemorySegment vocab, int token, MemorySegment buf, int length, int lstrip, boolean special) {
        var mh$ = llama_token_to_piece.HANDLE;
        try {
            return (int) mh$.invokeExact(vocab, token, buf, length, lstrip, special);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_detokenize {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_INT, llama_h_shared.C_BOOL, llama_h_shared.C_BOOL);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_detokenize");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_detokenize}. */
    public static FunctionDescriptor llama_detokenize$descriptor() {
        return llama_detokenize.DESC;
    }

    /** The downcall handle of {@code llama_detokenize}. */
    public static MethodHandle llama_detokenize$handle() {
        return llama_detokenize.HANDLE;
    }

    /** The address of {@code llama_detokenize}. */
    public static MemorySegment llama_detokenize$address() {
        return llama_detokenize.ADDR;
    }

    /** Calls {@code llama_detokenize}. */
    public static int llama_detokenize(MemorySegment vocab, MemorySegment tokens, int n_tokens, MemorySegment text, int text_len_max, boolean remove_special, boolean unparse_special) {
        var mh$ = llama_detokenize.HANDLE;
        try {
            return (int) mh$.invokeExact(vocab, tokens, n_tokens, text, text_len_max, remove_special, unparse_special);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_chat_apply_template {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG, llama_h_shared.C_BOOL, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_chat_apply_template");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_chat_apply_template}. */
    public static FunctionDescriptor llama_chat_apply_template$descriptor() {
        return llama_chat_apply_template.DESC;
    }

    /** The downcall handle of {@code llama_chat_apply_template}. */
    public static MethodHandle llama_chat_apply_template$handle() {
        return llama_chat_apply_template.HANDLE;
    }

    /** The address of {@code llama_chat_apply_template}. */
    public static MemorySegment llama_chat_apply_template$address() {
        return llama_chat_apply_template.ADDR;
    }

    /** Calls {@code llama_chat_apply_template}. */
    public static int llama_chat_apply_template(MemorySegment tmpl, MemorySegment chat, long n_msg, boolean add_ass, MemorySegment buf, int length) {
        var mh$ = llama_chat_apply_template.HANDLE;
        try {
            return (int) mh$.invokeExact(tmpl, chat, n_msg, add_ass, buf, length);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_chat_builtin_templates {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_chat_builtin_templates");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_chat_builtin_templates}. */
    public static FunctionDescriptor llama_chat_builtin_templates$descriptor() {
        return llama_chat_builtin_templates.DESC;
    }

    /** The downcall handle of {@code llama_chat_builtin_templates}. */
    public static MethodHandle llama_chat_builtin_templates$handle() {
        return llama_chat_builtin_templates.HANDLE;
    }

    /** The address of {@code llama_chat_builtin_templates}. */
    public static MemorySegment llama_chat_builtin_templates$address() {
        return llama_chat_builtin_templates.ADDR;
    }

    /** Calls {@code llama_chat_builtin_templates}. */
    public static int llama_chat_builtin_templates(MemorySegment output, long len) {
        var mh$ = llama_chat_builtin_templates.HANDLE;
        try {
            return (int) mh$.invokeExact(output, len);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_set_sampler {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL, llama_h_shared.C_POINTER, llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_set_sampler");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_set_sampler}. */
    public static FunctionDescriptor llama_set_sampler$descriptor() {
        return llama_set_sampler.DESC;
    }

    /** The downcall handle of {@code llama_set_sampler}. */
    public static MethodHandle llama_set_sampler$handle() {
        return llama_set_sampler.HANDLE;
    }

    /** The address of {@code llama_set_sampler}. */
    public static MemorySegment llama_set_sampler$address() {
        return llama_set_sampler.ADDR;
    }

    /** Calls {@code llama_set_sampler}. */
    public static boolean llama_set_sampler(MemorySegment ctx, int seq_id, MemorySegment smpl) {
        var mh$ = llama_set_sampler.HANDLE;
        try {
            return (boolean) mh$.invokeExact(ctx, seq_id, smpl);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_init {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_init");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_init}. */
    public static FunctionDescriptor llama_sampler_init$descriptor() {
        return llama_sampler_init.DESC;
    }

    /** The downcall handle of {@code llama_sampler_init}. */
    public static MethodHandle llama_sampler_init$handle() {
        return llama_sampler_init.HANDLE;
    }

    /** The address of {@code llama_sampler_init}. */
    public static MemorySegment llama_sampler_init$address() {
        return llama_sampler_init.ADDR;
    }

    /** Calls {@code llama_sampler_init}. */
    public static MemorySegment llama_sampler_init(MemorySegment iface, MemorySegment ctx) {
        var mh$ = llama_sampler_init.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(iface, ctx);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_name {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_name");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_name}. */
    public static FunctionDescriptor llama_sampler_name$descriptor() {
        return llama_sampler_name.DESC;
    }

    /** The downcall handle of {@code llama_sampler_name}. */
    public static MethodHandle llama_sampler_name$handle() {
        return llama_sampler_name.HANDLE;
    }

    /** The address of {@code llama_sampler_name}. */
    public static MemorySegment llama_sampler_name$address() {
        return llama_sampler_name.ADDR;
    }

    /** Calls {@code llama_sampler_name}. */
    public static MemorySegment llama_sampler_name(MemorySegment smpl) {
        var mh$ = llama_sampler_name.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(smpl);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_accept {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_accept");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_accept}. */
    public static FunctionDescriptor llama_sampler_accept$descriptor() {
        return llama_sampler_accept.DESC;
    }

    /** The downcall handle of {@code llama_sampler_accept}. */
    public static MethodHandle llama_sampler_accept$handle() {
        return llama_sampler_accept.HANDLE;
    }

    /** The address of {@code llama_sampler_accept}. */
    public static MemorySegment llama_sampler_accept$address() {
        return llama_sampler_accept.ADDR;
    }

    /** Calls {@code llama_sampler_accept}. */
    public static void llama_sampler_accept(MemorySegment smpl, int token) {
        var mh$ = llama_sampler_accept.HANDLE;
        try {
            mh$.invokeExact(smpl, token);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_apply {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_apply");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_apply}. */
    public static FunctionDescriptor llama_sampler_apply$descriptor() {
        return llama_sampler_apply.DESC;
    }

    /** The downcall handle of {@code llama_sampler_apply}. */
    public static MethodHandle llama_sampler_apply$handle() {
        return llama_sampler_apply.HANDLE;
    }

    /** The address of {@code llama_sampler_apply}. */
    public static MemorySegment llama_sampler_apply$address() {
        return llama_sampler_apply.ADDR;
    }

    /** Calls {@code llama_sampler_apply}. */
    public static void llama_sampler_apply(MemorySegment smpl, MemorySegment cur_p) {
        var mh$ = llama_sampler_apply.HANDLE;
        try {
            mh$.invokeExact(smpl, cur_p);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_reset {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_reset");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_reset}. */
    public static FunctionDescriptor llama_sampler_reset$descriptor() {
        return llama_sampler_reset.DESC;
    }

    /** The downcall handle of {@code llama_sampler_reset}. */
    public static MethodHandle llama_sampler_reset$handle() {
        return llama_sampler_reset.HANDLE;
    }

    /** The address of {@code llama_sampler_reset}. */
    public static MemorySegment llama_sampler_reset$address() {
        return llama_sampler_reset.ADDR;
    }

    /** Calls {@code llama_sampler_reset}. */
    public static void llama_sampler_reset(MemorySegment smpl) {
        var mh$ = llama_sampler_reset.HANDLE;
        try {
            mh$.invokeExact(smpl);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_clone {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_clone");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_clone}. */
    public static FunctionDescriptor llama_sampler_clone$descriptor() {
        return llama_sampler_clone.DESC;
    }

    /** The downcall handle of {@code llama_sampler_clone}. */
    public static MethodHandle llama_sampler_clone$handle() {
        return llama_sampler_clone.HANDLE;
    }

    /** The address of {@code llama_sampler_clone}. */
    public static MemorySegment llama_sampler_clone$address() {
        return llama_sampler_clone.ADDR;
    }

    /** Calls {@code llama_sampler_clone}. */
    public static MemorySegment llama_sampler_clone(MemorySegment smpl) {
        var mh$ = llama_sampler_clone.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(smpl);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_copy {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_copy");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_copy}. */
    public static FunctionDescriptor llama_sampler_copy$descriptor() {
        return llama_sampler_copy.DESC;
    }

    /** The downcall handle of {@code llama_sampler_copy}. */
    public static MethodHandle llama_sampler_copy$handle() {
        return llama_sampler_copy.HANDLE;
    }

    /** The address of {@code llama_sampler_copy}. */
    public static MemorySegment llama_sampler_copy$address() {
        return llama_sampler_copy.ADDR;
    }

    /** Calls {@code llama_sampler_copy}. */
    public static void llama_sampler_copy(MemorySegment src, MemorySegment dst) {
        var mh$ = llama_sampler_copy.HANDLE;
        try {
            mh$.invokeExact(src, dst);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_free {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_free");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_free}. */
    public static FunctionDescriptor llama_sampler_free$descriptor() {
        return llama_sampler_free.DESC;
    }

    /** The downcall handle of {@code llama_sampler_free}. */
    public static MethodHandle llama_sampler_free$handle() {
        return llama_sampler_free.HANDLE;
    }

    /** The address of {@code llama_sampler_free}. */
    public static MemorySegment llama_sampler_free$address() {
        return llama_sampler_free.ADDR;
    }

    /** Calls {@code llama_sampler_free}. */
    public static void llama_sampler_free(MemorySegment smpl) {
        var mh$ = llama_sampler_free.HANDLE;
        try {
            mh$.invokeExact(smpl);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_chain_init {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, io.github.llamaffm.bindings.llama_sampler_chain_params.layout());
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_chain_init");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_chain_init}. */
    public static FunctionDescriptor llama_sampler_chain_init$descriptor() {
        return llama_sampler_chain_init.DESC;
    }

    /** The downcall handle of {@code llama_sampler_chain_init}. */
    public static MethodHandle llama_sampler_chain_init$handle() {
        return llama_sampler_chain_init.HANDLE;
    }

    /** The address of {@code llama_sampler_chain_init}. */
    public static MemorySegment llama_sampler_chain_init$address() {
        return llama_sampler_chain_init.ADDR;
    }

    /** Calls {@code llama_sampler_chain_init}. */
    public static MemorySegment llama_sampler_chain_init(MemorySegment params) {
        var mh$ = llama_sampler_chain_init.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(params);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_chain_add {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_chain_add");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_chain_add}. */
    public static FunctionDescriptor llama_sampler_chain_add$descriptor() {
        return llama_sampler_chain_add.DESC;
    }

    /** The downcall handle of {@code llama_sampler_chain_add}. */
    public static MethodHandle llama_sampler_chain_add$handle() {
        return llama_sampler_chain_add.HANDLE;
    }

    /** The address of {@code llama_sampler_chain_add}. */
    public static MemorySegment llama_sampler_chain_add$address() {
        return llama_sampler_chain_add.ADDR;
    }

    /** Calls {@code llama_sampler_chain_add}. */
    public static void llama_sampler_chain_add(MemorySegment chain, MemorySegment smpl) {
        var mh$ = llama_sampler_chain_add.HANDLE;
        try {
            mh$.invokeExact(chain, smpl);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_chain_get {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_chain_get");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_chain_get}. */
    public static FunctionDescriptor llama_sampler_chain_get$descriptor() {
        return llama_sampler_chain_get.DESC;
    }

    /** The downcall handle of {@code llama_sampler_chain_get}. */
    public static MethodHandle llama_sampler_chain_get$handle() {
        return llama_sampler_chain_get.HANDLE;
    }

    /** The address of {@code llama_sampler_chain_get}. */
    public static MemorySegment llama_sampler_chain_get$address() {
        return llama_sampler_chain_get.ADDR;
    }

    /** Calls {@code llama_sampler_chain_get}. */
    public static MemorySegment llama_sampler_chain_get(MemorySegment chain, int i) {
        var mh$ = llama_sampler_chain_get.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(chain, i);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_chain_n {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_chain_n");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_chain_n}. */
    public static FunctionDescriptor llama_sampler_chain_n$descriptor() {
        return llama_sampler_chain_n.DESC;
    }

    /** The downcall handle of {@code llama_sampler_chain_n}. */
    public static MethodHandle llama_sampler_chain_n$handle() {
        return llama_sampler_chain_n.HANDLE;
    }

    /** The address of {@code llama_sampler_chain_n}. */
    public static MemorySegment llama_sampler_chain_n$address() {
        return llama_sampler_chain_n.ADDR;
    }

    /** Calls {@code llama_sampler_chain_n}. */
    public static int llama_sampler_chain_n(MemorySegment chain) {
        var mh$ = llama_sampler_chain_n.HANDLE;
        try {
            return (int) mh$.invokeExact(chain);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_chain_remove {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_chain_remove");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_chain_remove}. */
    public static FunctionDescriptor llama_sampler_chain_remove$descriptor() {
        return llama_sampler_chain_remove.DESC;
    }

    /** The downcall handle of {@code llama_sampler_chain_remove}. */
    public static MethodHandle llama_sampler_chain_remove$handle() {
        return llama_sampler_chain_remove.HANDLE;
    }

    /** The address of {@code llama_sampler_chain_remove}. */
    public static MemorySegment llama_sampler_chain_remove$address() {
        return llama_sampler_chain_remove.ADDR;
    }

    /** Calls {@code llama_sampler_chain_remove}. */
    public static MemorySegment llama_sampler_chain_remove(MemorySegment chain, int i) {
        var mh$ = llama_sampler_chain_remove.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(chain, i);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_init_greedy {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_init_greedy");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_init_greedy}. */
    public static FunctionDescriptor llama_sampler_init_greedy$descriptor() {
        return llama_sampler_init_greedy.DESC;
    }

    /** The downcall handle of {@code llama_sampler_init_greedy}. */
    public static MethodHandle llama_sampler_init_greedy$handle() {
        return llama_sampler_init_greedy.HANDLE;
    }

    /** The address of {@code llama_sampler_init_greedy}. */
    public static MemorySegment llama_sampler_init_greedy$address() {
        return llama_sampler_init_greedy.ADDR;
    }

    /** Calls {@code llama_sampler_init_greedy}. */
    public static MemorySegment llama_sampler_init_greedy() {
        var mh$ = llama_sampler_init_greedy.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_init_dist {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_init_dist");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_init_dist}. */
    public static FunctionDescriptor llama_sampler_init_dist$descriptor() {
        return llama_sampler_init_dist.DESC;
    }

    /** The downcall handle of {@code llama_sampler_init_dist}. */
    public static MethodHandle llama_sampler_init_dist$handle() {
        return llama_sampler_init_dist.HANDLE;
    }

    /** The address of {@code llama_sampler_init_dist}. */
    public static MemorySegment llama_sampler_init_dist$address() {
        return llama_sampler_init_dist.ADDR;
    }

    /** Calls {@code llama_sampler_init_dist}. */
    public static MemorySegment llama_sampler_init_dist(int seed) {
        var mh$ = llama_sampler_init_dist.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(seed);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_init_top_k {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_init_top_k");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_init_top_k}. */
    public static FunctionDescriptor llama_sampler_init_top_k$descriptor() {
        return llama_sampler_init_top_k.DESC;
    }

    /** The downcall handle of {@code llama_sampler_init_top_k}. */
    public static MethodHandle llama_sampler_init_top_k$handle() {
        return llama_sampler_init_top_k.HANDLE;
    }

    /** The address of {@code llama_sampler_init_top_k}. */
    public static MemorySegment llama_sampler_init_top_k$address() {
        return llama_sampler_init_top_k.ADDR;
    }

    /** Calls {@code llama_sampler_init_top_k}. */
    public static MemorySegment llama_sampler_init_top_k(int k) {
        var mh$ = llama_sampler_init_top_k.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(k);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_init_top_p {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_FLOAT, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_init_top_p");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_init_top_p}. */
    public static FunctionDescriptor llama_sampler_init_top_p$descriptor() {
        return llama_sampler_init_top_p.DESC;
    }

    /** The downcall handle of {@code llama_sampler_init_top_p}. */
    public static MethodHandle llama_sampler_init_top_p$handle() {
        return llama_sampler_init_top_p.HANDLE;
    }

    /** The address of {@code llama_sampler_init_top_p}. */
    public static MemorySegment llama_sampler_init_top_p$address() {
        return llama_sampler_init_top_p.ADDR;
    }

    /** Calls {@code llama_sampler_init_top_p}. */
    public static MemorySegment llama_sampler_init_top_p(float p, long min_keep) {
        var mh$ = llama_sampler_init_top_p.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(p, min_keep);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_init_min_p {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_FLOAT, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_init_min_p");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_init_min_p}. */
    public static FunctionDescriptor llama_sampler_init_min_p$descriptor() {
        return llama_sampler_init_min_p.DESC;
    }

    /** The downcall handle of {@code llama_sampler_init_min_p}. */
    public static MethodHandle llama_sampler_init_min_p$handle() {
        return llama_sampler_init_min_p.HANDLE;
    }

    /** The address of {@code llama_sampler_init_min_p}. */
    public static MemorySegment llama_sampler_init_min_p$address() {
        return llama_sampler_init_min_p.ADDR;
    }

    /** Calls {@code llama_sampler_init_min_p}. */
    public static MemorySegment llama_sampler_init_min_p(float p, long min_keep) {
        var mh$ = llama_sampler_init_min_p.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(p, min_keep);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_init_typical {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_FLOAT, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_init_typical");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_init_typical}. */
    public static FunctionDescriptor llama_sampler_init_typical$descriptor() {
        return llama_sampler_init_typical.DESC;
    }

    /** The downcall handle of {@code llama_sampler_init_typical}. */
    public static MethodHandle llama_sampler_init_typical$handle() {
        return llama_sampler_init_typical.HANDLE;
    }

    /** The address of {@code llama_sampler_init_typical}. */
    public static MemorySegment llama_sampler_init_typical$address() {
        return llama_sampler_init_typical.ADDR;
    }

    /** Calls {@code llama_sampler_init_typical}. */
    public static MemorySegment llama_sampler_init_typical(float p, long min_keep) {
        var mh$ = llama_sampler_init_typical.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(p, min_keep);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_init_temp {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_FLOAT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_init_temp");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_init_temp}. */
    public static FunctionDescriptor llama_sampler_init_temp$descriptor() {
        return llama_sampler_init_temp.DESC;
    }

    /** The downcall handle of {@code llama_sampler_init_temp}. */
    public static MethodHandle llama_sampler_init_temp$handle() {
        return llama_sampler_init_temp.HANDLE;
    }

    /** The address of {@code llama_sampler_init_temp}. */
    public static MemorySegment llama_sampler_init_temp$address() {
        return llama_sampler_init_temp.ADDR;
    }

    /** Calls {@code llama_sampler_init_temp}. */
    public static MemorySegment llama_sampler_init_temp(float t) {
        var mh$ = llama_sampler_init_temp.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(t);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_init_temp_ext {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_FLOAT, llama_h_shared.C_FLOAT, llama_h_shared.C_FLOAT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_init_temp_ext");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_init_temp_ext}. */
    public static FunctionDescriptor llama_sampler_init_temp_ext$descriptor() {
        return llama_sampler_init_temp_ext.DESC;
    }

    /** The downcall handle of {@code llama_sampler_init_temp_ext}. */
    public static MethodHandle llama_sampler_init_temp_ext$handle() {
        return llama_sampler_init_temp_ext.HANDLE;
    }

    /** The address of {@code llama_sampler_init_temp_ext}. */
    public static MemorySegment llama_sampler_init_temp_ext$address() {
        return llama_sampler_init_temp_ext.ADDR;
    }

    /** Calls {@code llama_sampler_init_temp_ext}. */
    public static MemorySegment llama_sampler_init_temp_ext(float t, float delta, float exponent) {
        var mh$ = llama_sampler_init_temp_ext.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(t, delta, exponent);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_init_xtc {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_FLOAT, llama_h_shared.C_FLOAT, llama_h_shared.C_LONG, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_init_xtc");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_init_xtc}. */
    public static FunctionDescriptor llama_sampler_init_xtc$descriptor() {
        return llama_sampler_init_xtc.DESC;
    }

    /** The downcall handle of {@code llama_sampler_init_xtc}. */
    public static MethodHandle llama_sampler_init_xtc$handle() {
        return llama_sampler_init_xtc.HANDLE;
    }

    /** The address of {@code llama_sampler_init_xtc}. */
    public static MemorySegment llama_sampler_init_xtc$address() {
        return llama_sampler_init_xtc.ADDR;
    }

    /** Calls {@code llama_sampler_init_xtc}. */
    public static MemorySegment llama_sampler_init_xtc(float p, float t, long min_keep, int seed) {
        var mh$ = llama_sampler_init_xtc.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(p, t, min_keep, seed);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_init_top_n_sigma {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_FLOAT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_init_top_n_sigma");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_init_top_n_sigma}. */
    public static FunctionDescriptor llama_sampler_init_top_n_sigma$descriptor() {
        return llama_sampler_init_top_n_sigma.DESC;
    }

    /** The downcall handle of {@code llama_sampler_init_top_n_sigma}. */
    public static MethodHandle llama_sampler_init_top_n_sigma$handle() {
        return llama_sampler_init_top_n_sigma.HANDLE;
    }

    /** The address of {@code llama_sampler_init_top_n_sigma}. */
    public static MemorySegment llama_sampler_init_top_n_sigma$address() {
        return llama_sampler_init_top_n_sigma.ADDR;
    }

    /** Calls {@code llama_sampler_init_top_n_sigma}. */
    public static MemorySegment llama_sampler_init_top_n_sigma(float n) {
        var mh$ = llama_sampler_init_top_n_sigma.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(n);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }
}
