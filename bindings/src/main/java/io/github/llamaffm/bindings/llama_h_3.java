// Generated from llama.h, ggml.h, ggml-cpu.h, ggml-backend.h, ggml-alloc.h, ggml-opt.h, gguf.h, ggml-rpc.h of llama.cpp 0.5.0 by llama-ffm's bindings generator (bindings/generator) — do not edit.
// Regenerate with 'make bindings'.

package io.github.llamaffm.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;

/** Part 3 of {@link llama_h}, split off to keep class files small. */
public class llama_h_3 extends llama_h_4 {

    llama_h_3() {
        // static members only
    }

    private static class ggml_cpu_has_riscv_v {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_cpu_has_riscv_v");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_cpu_has_riscv_v}. */
    public static FunctionDescriptor ggml_cpu_has_riscv_v$descriptor() {
        return ggml_cpu_has_riscv_v.DESC;
    }

    /** The downcall handle of {@code ggml_cpu_has_riscv_v}. */
    public static MethodHandle ggml_cpu_has_riscv_v$handle() {
        return ggml_cpu_has_riscv_v.HANDLE;
    }

    /** The address of {@code ggml_cpu_has_riscv_v}. */
    public static MemorySegment ggml_cpu_has_riscv_v$address() {
        return ggml_cpu_has_riscv_v.ADDR;
    }

    /** Calls {@code ggml_cpu_has_riscv_v}. */
    public static int ggml_cpu_has_riscv_v() {
        var mh$ = ggml_cpu_has_riscv_v.HANDLE;
        try {
            return (int) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_cpu_get_rvv_vlen {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_cpu_get_rvv_vlen");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_cpu_get_rvv_vlen}. */
    public static FunctionDescriptor ggml_cpu_get_rvv_vlen$descriptor() {
        return ggml_cpu_get_rvv_vlen.DESC;
    }

    /** The downcall handle of {@code ggml_cpu_get_rvv_vlen}. */
    public static MethodHandle ggml_cpu_get_rvv_vlen$handle() {
        return ggml_cpu_get_rvv_vlen.HANDLE;
    }

    /** The address of {@code ggml_cpu_get_rvv_vlen}. */
    public static MemorySegment ggml_cpu_get_rvv_vlen$address() {
        return ggml_cpu_get_rvv_vlen.ADDR;
    }

    /** Calls {@code ggml_cpu_get_rvv_vlen}. */
    public static int ggml_cpu_get_rvv_vlen() {
        var mh$ = ggml_cpu_get_rvv_vlen.HANDLE;
        try {
            return (int) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_cpu_has_vsx {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_cpu_has_vsx");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_cpu_has_vsx}. */
    public static FunctionDescriptor ggml_cpu_has_vsx$descriptor() {
        return ggml_cpu_has_vsx.DESC;
    }

    /** The downcall handle of {@code ggml_cpu_has_vsx}. */
    public static MethodHandle ggml_cpu_has_vsx$handle() {
        return ggml_cpu_has_vsx.HANDLE;
    }

    /** The address of {@code ggml_cpu_has_vsx}. */
    public static MemorySegment ggml_cpu_has_vsx$address() {
        return ggml_cpu_has_vsx.ADDR;
    }

    /** Calls {@code ggml_cpu_has_vsx}. */
    public static int ggml_cpu_has_vsx() {
        var mh$ = ggml_cpu_has_vsx.HANDLE;
        try {
            return (int) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_cpu_has_vxe {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_cpu_has_vxe");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_cpu_has_vxe}. */
    public static FunctionDescriptor ggml_cpu_has_vxe$descriptor() {
        return ggml_cpu_has_vxe.DESC;
    }

    /** The downcall handle of {@code ggml_cpu_has_vxe}. */
    public static MethodHandle ggml_cpu_has_vxe$handle() {
        return ggml_cpu_has_vxe.HANDLE;
    }

    /** The address of {@code ggml_cpu_has_vxe}. */
    public static MemorySegment ggml_cpu_has_vxe$address() {
        return ggml_cpu_has_vxe.ADDR;
    }

    /** Calls {@code ggml_cpu_has_vxe}. */
    public static int ggml_cpu_has_vxe() {
        var mh$ = ggml_cpu_has_vxe.HANDLE;
        try {
            return (int) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_cpu_has_wasm_simd {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_cpu_has_wasm_simd");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_cpu_has_wasm_simd}. */
    public static FunctionDescriptor ggml_cpu_has_wasm_simd$descriptor() {
        return ggml_cpu_has_wasm_simd.DESC;
    }

    /** The downcall handle of {@code ggml_cpu_has_wasm_simd}. */
    public static MethodHandle ggml_cpu_has_wasm_simd$handle() {
        return ggml_cpu_has_wasm_simd.HANDLE;
    }

    /** The address of {@code ggml_cpu_has_wasm_simd}. */
    public static MemorySegment ggml_cpu_has_wasm_simd$address() {
        return ggml_cpu_has_wasm_simd.ADDR;
    }

    /** Calls {@code ggml_cpu_has_wasm_simd}. */
    public static int ggml_cpu_has_wasm_simd() {
        var mh$ = ggml_cpu_has_wasm_simd.HANDLE;
        try {
            return (int) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_cpu_has_llamafile {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_cpu_has_llamafile");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_cpu_has_llamafile}. */
    public static FunctionDescriptor ggml_cpu_has_llamafile$descriptor() {
        return ggml_cpu_has_llamafile.DESC;
    }

    /** The downcall handle of {@code ggml_cpu_has_llamafile}. */
    public static MethodHandle ggml_cpu_has_llamafile$handle() {
        return ggml_cpu_has_llamafile.HANDLE;
    }

    /** The address of {@code ggml_cpu_has_llamafile}. */
    public static MemorySegment ggml_cpu_has_llamafile$address() {
        return ggml_cpu_has_llamafile.ADDR;
    }

    /** Calls {@code ggml_cpu_has_llamafile}. */
    public static int ggml_cpu_has_llamafile() {
        var mh$ = ggml_cpu_has_llamafile.HANDLE;
        try {
            return (int) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_get_type_traits_cpu {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_get_type_traits_cpu");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_get_type_traits_cpu}. */
    public static FunctionDescriptor ggml_get_type_traits_cpu$descriptor() {
        return ggml_get_type_traits_cpu.DESC;
    }

    /** The downcall handle of {@code ggml_get_type_traits_cpu}. */
    public static MethodHandle ggml_get_type_traits_cpu$handle() {
        return ggml_get_type_traits_cpu.HANDLE;
    }

    /** The address of {@code ggml_get_type_traits_cpu}. */
    public static MemorySegment ggml_get_type_traits_cpu$address() {
        return ggml_get_type_traits_cpu.ADDR;
    }

    /** Calls {@code ggml_get_type_traits_cpu}. */
    public static MemorySegment ggml_get_type_traits_cpu(int type) {
        var mh$ = ggml_get_type_traits_cpu.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(type);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_cpu_init {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid();
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_cpu_init");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_cpu_init}. */
    public static FunctionDescriptor ggml_cpu_init$descriptor() {
        return ggml_cpu_init.DESC;
    }

    /** The downcall handle of {@code ggml_cpu_init}. */
    public static MethodHandle ggml_cpu_init$handle() {
        return ggml_cpu_init.HANDLE;
    }

    /** The address of {@code ggml_cpu_init}. */
    public static MemorySegment ggml_cpu_init$address() {
        return ggml_cpu_init.ADDR;
    }

    /** Calls {@code ggml_cpu_init}. */
    public static void ggml_cpu_init() {
        var mh$ = ggml_cpu_init.HANDLE;
        try {
            mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_cpu_init {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_cpu_init");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_cpu_init}. */
    public static FunctionDescriptor ggml_backend_cpu_init$descriptor() {
        return ggml_backend_cpu_init.DESC;
    }

    /** The downcall handle of {@code ggml_backend_cpu_init}. */
    public static MethodHandle ggml_backend_cpu_init$handle() {
        return ggml_backend_cpu_init.HANDLE;
    }

    /** The address of {@code ggml_backend_cpu_init}. */
    public static MemorySegment ggml_backend_cpu_init$address() {
        return ggml_backend_cpu_init.ADDR;
    }

    /** Calls {@code ggml_backend_cpu_init}. */
    public static MemorySegment ggml_backend_cpu_init() {
        var mh$ = ggml_backend_cpu_init.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_is_cpu {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_is_cpu");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_is_cpu}. */
    public static FunctionDescriptor ggml_backend_is_cpu$descriptor() {
        return ggml_backend_is_cpu.DESC;
    }

    /** The downcall handle of {@code ggml_backend_is_cpu}. */
    public static MethodHandle ggml_backend_is_cpu$handle() {
        return ggml_backend_is_cpu.HANDLE;
    }

    /** The address of {@code ggml_backend_is_cpu}. */
    public static MemorySegment ggml_backend_is_cpu$address() {
        return ggml_backend_is_cpu.ADDR;
    }

    /** Calls {@code ggml_backend_is_cpu}. */
    public static boolean ggml_backend_is_cpu(MemorySegment backend) {
        var mh$ = ggml_backend_is_cpu.HANDLE;
        try {
            return (boolean) mh$.invokeExact(backend);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_cpu_set_n_threads {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_cpu_set_n_threads");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_cpu_set_n_threads}. */
    public static FunctionDescriptor ggml_backend_cpu_set_n_threads$descriptor() {
        return ggml_backend_cpu_set_n_threads.DESC;
    }

    /** The downcall handle of {@code ggml_backend_cpu_set_n_threads}. */
    public static MethodHandle ggml_backend_cpu_set_n_threads$handle() {
        return ggml_backend_cpu_set_n_threads.HANDLE;
    }

    /** The address of {@code ggml_backend_cpu_set_n_threads}. */
    public static MemorySegment ggml_backend_cpu_set_n_threads$address() {
        return ggml_backend_cpu_set_n_threads.ADDR;
    }

    /** Calls {@code ggml_backend_cpu_set_n_threads}. */
    public static void ggml_backend_cpu_set_n_threads(MemorySegment backend_cpu, int n_threads) {
        var mh$ = ggml_backend_cpu_set_n_threads.HANDLE;
        try {
            mh$.invokeExact(backend_cpu, n_threads);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_cpu_set_threadpool {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_cpu_set_threadpool");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_cpu_set_threadpool}. */
    public static FunctionDescriptor ggml_backend_cpu_set_threadpool$descriptor() {
        return ggml_backend_cpu_set_threadpool.DESC;
    }

    /** The downcall handle of {@code ggml_backend_cpu_set_threadpool}. */
    public static MethodHandle ggml_backend_cpu_set_threadpool$handle() {
        return ggml_backend_cpu_set_threadpool.HANDLE;
    }

    /** The address of {@code ggml_backend_cpu_set_threadpool}. */
    public static MemorySegment ggml_backend_cpu_set_threadpool$address() {
        return ggml_backend_cpu_set_threadpool.ADDR;
    }

    /** Calls {@code ggml_backend_cpu_set_threadpool}. */
    public static void ggml_backend_cpu_set_threadpool(MemorySegment backend_cpu, MemorySegment threadpool) {
        var mh$ = ggml_backend_cpu_set_threadpool.HANDLE;
        try {
            mh$.invokeExact(backend_cpu, threadpool);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_cpu_set_abort_callback {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_cpu_set_abort_callback");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_cpu_set_abort_callback}. */
    public static FunctionDescriptor ggml_backend_cpu_set_abort_callback$descriptor() {
        return ggml_backend_cpu_set_abort_callback.DESC;
    }

    /** The downcall handle of {@code ggml_backend_cpu_set_abort_callback}. */
    public static MethodHandle ggml_backend_cpu_set_abort_callback$handle() {
        return ggml_backend_cpu_set_abort_callback.HANDLE;
    }

    /** The address of {@code ggml_backend_cpu_set_abort_callback}. */
    public static MemorySegment ggml_backend_cpu_set_abort_callback$address() {
        return ggml_backend_cpu_set_abort_callback.ADDR;
    }

    /** Calls {@code ggml_backend_cpu_set_abort_callback}. */
    public static void ggml_backend_cpu_set_abort_callback(MemorySegment backend_cpu, MemorySegment abort_callback, MemorySegment abort_callback_data) {
        var mh$ = ggml_backend_cpu_set_abort_callback.HANDLE;
        try {
            mh$.invokeExact(backend_cpu, abort_callback, abort_callback_data);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_cpu_set_use_ref {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_BOOL);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_cpu_set_use_ref");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_cpu_set_use_ref}. */
    public static FunctionDescriptor ggml_backend_cpu_set_use_ref$descriptor() {
        return ggml_backend_cpu_set_use_ref.DESC;
    }

    /** The downcall handle of {@code ggml_backend_cpu_set_use_ref}. */
    public static MethodHandle ggml_backend_cpu_set_use_ref$handle() {
        return ggml_backend_cpu_set_use_ref.HANDLE;
    }

    /** The address of {@code ggml_backend_cpu_set_use_ref}. */
    public static MemorySegment ggml_backend_cpu_set_use_ref$address() {
        return ggml_backend_cpu_set_use_ref.ADDR;
    }

    /** Calls {@code ggml_backend_cpu_set_use_ref}. */
    public static void ggml_backend_cpu_set_use_ref(MemorySegment backend_cpu, boolean use_ref) {
        var mh$ = ggml_backend_cpu_set_use_ref.HANDLE;
        try {
            mh$.invokeExact(backend_cpu, use_ref);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_cpu_reg {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_cpu_reg");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_cpu_reg}. */
    public static FunctionDescriptor ggml_backend_cpu_reg$descriptor() {
        return ggml_backend_cpu_reg.DESC;
    }

    /** The downcall handle of {@code ggml_backend_cpu_reg}. */
    public static MethodHandle ggml_backend_cpu_reg$handle() {
        return ggml_backend_cpu_reg.HANDLE;
    }

    /** The address of {@code ggml_backend_cpu_reg}. */
    public static MemorySegment ggml_backend_cpu_reg$address() {
        return ggml_backend_cpu_reg.ADDR;
    }

    /** Calls {@code ggml_backend_cpu_reg}. */
    public static MemorySegment ggml_backend_cpu_reg() {
        var mh$ = ggml_backend_cpu_reg.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_cpu_fp32_to_fp32 {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_cpu_fp32_to_fp32");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_cpu_fp32_to_fp32}. */
    public static FunctionDescriptor ggml_cpu_fp32_to_fp32$descriptor() {
        return ggml_cpu_fp32_to_fp32.DESC;
    }

    /** The downcall handle of {@code ggml_cpu_fp32_to_fp32}. */
    public static MethodHandle ggml_cpu_fp32_to_fp32$handle() {
        return ggml_cpu_fp32_to_fp32.HANDLE;
    }

    /** The address of {@code ggml_cpu_fp32_to_fp32}. */
    public static MemorySegment ggml_cpu_fp32_to_fp32$address() {
        return ggml_cpu_fp32_to_fp32.ADDR;
    }

    /** Calls {@code ggml_cpu_fp32_to_fp32}. */
    public static void ggml_cpu_fp32_to_fp32(MemorySegment x0, MemorySegment x1, long x2) {
        var mh$ = ggml_cpu_fp32_to_fp32.HANDLE;
        try {
            mh$.invokeExact(x0, x1, x2);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_cpu_fp32_to_i32 {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_cpu_fp32_to_i32");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_cpu_fp32_to_i32}. */
    public static FunctionDescriptor ggml_cpu_fp32_to_i32$descriptor() {
        return ggml_cpu_fp32_to_i32.DESC;
    }

    /** The downcall handle of {@code ggml_cpu_fp32_to_i32}. */
    public static MethodHandle ggml_cpu_fp32_to_i32$handle() {
        return ggml_cpu_fp32_to_i32.HANDLE;
    }

    /** The address of {@code ggml_cpu_fp32_to_i32}. */
    public static MemorySegment ggml_cpu_fp32_to_i32$address() {
        return ggml_cpu_fp32_to_i32.ADDR;
    }

    /** Calls {@code ggml_cpu_fp32_to_i32}. */
    public static void ggml_cpu_fp32_to_i32(MemorySegment x0, MemorySegment x1, long x2) {
        var mh$ = ggml_cpu_fp32_to_i32.HANDLE;
        try {
            mh$.invokeExact(x0, x1, x2);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_cpu_fp32_to_fp16 {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_cpu_fp32_to_fp16");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_cpu_fp32_to_fp16}. */
    public static FunctionDescriptor ggml_cpu_fp32_to_fp16$descriptor() {
        return ggml_cpu_fp32_to_fp16.DESC;
    }

    /** The downcall handle of {@code ggml_cpu_fp32_to_fp16}. */
    public static MethodHandle ggml_cpu_fp32_to_fp16$handle() {
        return ggml_cpu_fp32_to_fp16.HANDLE;
    }

    /** The address of {@code ggml_cpu_fp32_to_fp16}. */
    public static MemorySegment ggml_cpu_fp32_to_fp16$address() {
        return ggml_cpu_fp32_to_fp16.ADDR;
    }

    /** Calls {@code ggml_cpu_fp32_to_fp16}. */
    public static void ggml_cpu_fp32_to_fp16(MemorySegment x0, MemorySegment x1, long x2) {
        var mh$ = ggml_cpu_fp32_to_fp16.HANDLE;
        try {
            mh$.invokeExact(x0, x1, x2);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_cpu_fp16_to_fp32 {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_cpu_fp16_to_fp32");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_cpu_fp16_to_fp32}. */
    public static FunctionDescriptor ggml_cpu_fp16_to_fp32$descriptor() {
        return ggml_cpu_fp16_to_fp32.DESC;
    }

    /** The downcall handle of {@code ggml_cpu_fp16_to_fp32}. */
    public static MethodHandle ggml_cpu_fp16_to_fp32$handle() {
        return ggml_cpu_fp16_to_fp32.HANDLE;
    }

    /** The address of {@code ggml_cpu_fp16_to_fp32}. */
    public static MemorySegment ggml_cpu_fp16_to_fp32$address() {
        return ggml_cpu_fp16_to_fp32.ADDR;
    }

    /** Calls {@code ggml_cpu_fp16_to_fp32}. */
    public static void ggml_cpu_fp16_to_fp32(MemorySegment x0, MemorySegment x1, long x2) {
        var mh$ = ggml_cpu_fp16_to_fp32.HANDLE;
        try {
            mh$.invokeExact(x0, x1, x2);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_cpu_fp32_to_bf16 {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_cpu_fp32_to_bf16");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_cpu_fp32_to_bf16}. */
    public static FunctionDescriptor ggml_cpu_fp32_to_bf16$descriptor() {
        return ggml_cpu_fp32_to_bf16.DESC;
    }

    /** The downcall handle of {@code ggml_cpu_fp32_to_bf16}. */
    public static MethodHandle ggml_cpu_fp32_to_bf16$handle() {
        return ggml_cpu_fp32_to_bf16.HANDLE;
    }

    /** The address of {@code ggml_cpu_fp32_to_bf16}. */
    public static MemorySegment ggml_cpu_fp32_to_bf16$address() {
        return ggml_cpu_fp32_to_bf16.ADDR;
    }

    /** Calls {@code ggml_cpu_fp32_to_bf16}. */
    public static void ggml_cpu_fp32_to_bf16(MemorySegment x0, MemorySegment x1, long x2) {
        var mh$ = ggml_cpu_fp32_to_bf16.HANDLE;
        try {
            mh$.invokeExact(x0, x1, x2);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_cpu_bf16_to_fp32 {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_cpu_bf16_to_fp32");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_cpu_bf16_to_fp32}. */
    public static FunctionDescriptor ggml_cpu_bf16_to_fp32$descriptor() {
        return ggml_cpu_bf16_to_fp32.DESC;
    }

    /** The downcall handle of {@code ggml_cpu_bf16_to_fp32}. */
    public static MethodHandle ggml_cpu_bf16_to_fp32$handle() {
        return ggml_cpu_bf16_to_fp32.HANDLE;
    }

    /** The address of {@code ggml_cpu_bf16_to_fp32}. */
    public static MemorySegment ggml_cpu_bf16_to_fp32$address() {
        return ggml_cpu_bf16_to_fp32.ADDR;
    }

    /** Calls {@code ggml_cpu_bf16_to_fp32}. */
    public static void ggml_cpu_bf16_to_fp32(MemorySegment x0, MemorySegment x1, long x2) {
        var mh$ = ggml_cpu_bf16_to_fp32.HANDLE;
        try {
            mh$.invokeExact(x0, x1, x2);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_init_empty {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_init_empty");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_init_empty}. */
    public static FunctionDescriptor gguf_init_empty$descriptor() {
        return gguf_init_empty.DESC;
    }

    /** The downcall handle of {@code gguf_init_empty}. */
    public static MethodHandle gguf_init_empty$handle() {
        return gguf_init_empty.HANDLE;
    }

    /** The address of {@code gguf_init_empty}. */
    public static MemorySegment gguf_init_empty$address() {
        return gguf_init_empty.ADDR;
    }

    /** Calls {@code gguf_init_empty}. */
    public static MemorySegment gguf_init_empty() {
        var mh$ = gguf_init_empty.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_init_from_file_ptr {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, io.github.llamaffm.bindings.gguf_init_params.layout());
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_init_from_file_ptr");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_init_from_file_ptr}. */
    public static FunctionDescriptor gguf_init_from_file_ptr$descriptor() {
        return gguf_init_from_file_ptr.DESC;
    }

    /** The downcall handle of {@code gguf_init_from_file_ptr}. */
    public static MethodHandle gguf_init_from_file_ptr$handle() {
        return gguf_init_from_file_ptr.HANDLE;
    }

    /** The address of {@code gguf_init_from_file_ptr}. */
    public static MemorySegment gguf_init_from_file_ptr$address() {
        return gguf_init_from_file_ptr.ADDR;
    }

    /** Calls {@code gguf_init_from_file_ptr}. */
    public static MemorySegment gguf_init_from_file_ptr(MemorySegment file, MemorySegment params) {
        var mh$ = gguf_init_from_file_ptr.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(file, params);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_init_from_file {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, io.github.llamaffm.bindings.gguf_init_params.layout());
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_init_from_file");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_init_from_file}. */
    public static FunctionDescriptor gguf_init_from_file$descriptor() {
        return gguf_init_from_file.DESC;
    }

    /** The downcall handle of {@code gguf_init_from_file}. */
    public static MethodHandle gguf_init_from_file$handle() {
        return gguf_init_from_file.HANDLE;
    }

    /** The address of {@code gguf_init_from_file}. */
    public static MemorySegment gguf_init_from_file$address() {
        return gguf_init_from_file.ADDR;
    }

    /** Calls {@code gguf_init_from_file}. */
    public static MemorySegment gguf_init_from_file(MemorySegment fname, MemorySegment params) {
        var mh$ = gguf_init_from_file.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(fname, params);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_init_from_buffer {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG, io.github.llamaffm.bindings.gguf_init_params.layout());
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_init_from_buffer");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_init_from_buffer}. */
    public static FunctionDescriptor gguf_init_from_buffer$descriptor() {
        return gguf_init_from_buffer.DESC;
    }

    /** The downcall handle of {@code gguf_init_from_buffer}. */
    public static MethodHandle gguf_init_from_buffer$handle() {
        return gguf_init_from_buffer.HANDLE;
    }

    /** The address of {@code gguf_init_from_buffer}. */
    public static MemorySegment gguf_init_from_buffer$address() {
        return gguf_init_from_buffer.ADDR;
    }

    /** Calls {@code gguf_init_from_buffer}. */
    public static MemorySegment gguf_init_from_buffer(MemorySegment data, long size, MemorySegment params) {
        var mh$ = gguf_init_from_buffer.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(data, size, params);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_init_from_callback {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG, llama_h_shared.C_LONG, io.github.llamaffm.bindings.gguf_init_params.layout());
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_init_from_callback");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_init_from_callback}. */
    public static FunctionDescriptor gguf_init_from_callback$descriptor() {
        return gguf_init_from_callback.DESC;
    }

    /** The downcall handle of {@code gguf_init_from_callback}. */
    public static MethodHandle gguf_init_from_callback$handle() {
        return gguf_init_from_callback.HANDLE;
    }

    /** The address of {@code gguf_init_from_callback}. */
    public static MemorySegment gguf_init_from_callback$address() {
        return gguf_init_from_callback.ADDR;
    }

    /** Calls {@code gguf_init_from_callback}. */
    public static MemorySegment gguf_init_from_callback(MemorySegment callback, MemorySegment userdata, long max_chunk_read, long max_expected_size, MemorySegment params) {
        var mh$ = gguf_init_from_callback.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(callback, userdata, max_chunk_read, max_expected_size, params);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_free {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_free");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_free}. */
    public static FunctionDescriptor gguf_free$descriptor() {
        return gguf_free.DESC;
    }

    /** The downcall handle of {@code gguf_free}. */
    public static MethodHandle gguf_free$handle() {
        return gguf_free.HANDLE;
    }

    /** The address of {@code gguf_free}. */
    public static MemorySegment gguf_free$address() {
        return gguf_free.ADDR;
    }

    /** Calls {@code gguf_free}. */
    public static void gguf_free(MemorySegment ctx) {
        var mh$ = gguf_free.HANDLE;
        try {
            mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_type_name {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_type_name");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_type_name}. */
    public static FunctionDescriptor gguf_type_name$descriptor() {
        return gguf_type_name.DESC;
    }

    /** The downcall handle of {@code gguf_type_name}. */
    public static MethodHandle gguf_type_name$handle() {
        return gguf_type_name.HANDLE;
    }

    /** The address of {@code gguf_type_name}. */
    public static MemorySegment gguf_type_name$address() {
        return gguf_type_name.ADDR;
    }

    /** Calls {@code gguf_type_name}. */
    public static MemorySegment gguf_type_name(int type) {
        var mh$ = gguf_type_name.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(type);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_get_version {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_get_version");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_get_version}. */
    public static FunctionDescriptor gguf_get_version$descriptor() {
        return gguf_get_version.DESC;
    }

    /** The downcall handle of {@code gguf_get_version}. */
    public static MethodHandle gguf_get_version$handle() {
        return gguf_get_version.HANDLE;
    }

    /** The address of {@code gguf_get_version}. */
    public static MemorySegment gguf_get_version$address() {
        return gguf_get_version.ADDR;
    }

    /** Calls {@code gguf_get_version}. */
    public static int gguf_get_version(MemorySegment ctx) {
        var mh$ = gguf_get_version.HANDLE;
        try {
            return (int) mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_get_alignment {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_get_alignment");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_get_alignment}. */
    public static FunctionDescriptor gguf_get_alignment$descriptor() {
        return gguf_get_alignment.DESC;
    }

    /** The downcall handle of {@code gguf_get_alignment}. */
    public static MethodHandle gguf_get_alignment$handle() {
        return gguf_get_alignment.HANDLE;
    }

    /** The address of {@code gguf_get_alignment}. */
    public static MemorySegment gguf_get_alignment$address() {
        return gguf_get_alignment.ADDR;
    }

    /** Calls {@code gguf_get_alignment}. */
    public static long gguf_get_alignment(MemorySegment ctx) {
        var mh$ = gguf_get_alignment.HANDLE;
        try {
            return (long) mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_get_data_offset {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_get_data_offset");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_get_data_offset}. */
    public static FunctionDescriptor gguf_get_data_offset$descriptor() {
        return gguf_get_data_offset.DESC;
    }

    /** The downcall handle of {@code gguf_get_data_offset}. */
    public static MethodHandle gguf_get_data_offset$handle() {
        return gguf_get_data_offset.HANDLE;
    }

    /** The address of {@code gguf_get_data_offset}. */
    public static MemorySegment gguf_get_data_offset$address() {
        return gguf_get_data_offset.ADDR;
    }

    /** Calls {@code gguf_get_data_offset}. */
    public static long gguf_get_data_offset(MemorySegment ctx) {
        var mh$ = gguf_get_data_offset.HANDLE;
        try {
            return (long) mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_get_n_kv {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_get_n_kv");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_get_n_kv}. */
    public static FunctionDescriptor gguf_get_n_kv$descriptor() {
        return gguf_get_n_kv.DESC;
    }

    /** The downcall handle of {@code gguf_get_n_kv}. */
    public static MethodHandle gguf_get_n_kv$handle() {
        return gguf_get_n_kv.HANDLE;
    }

    /** The address of {@code gguf_get_n_kv}. */
    public static MemorySegment gguf_get_n_kv$address() {
        return gguf_get_n_kv.ADDR;
    }

    /** Calls {@code gguf_get_n_kv}. */
    public static long gguf_get_n_kv(MemorySegment ctx) {
        var mh$ = gguf_get_n_kv.HANDLE;
        try {
            return (long) mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_find_key {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_find_key");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_find_key}. */
    public static FunctionDescriptor gguf_find_key$descriptor() {
        return gguf_find_key.DESC;
    }

    /** The downcall handle of {@code gguf_find_key}. */
    public static MethodHandle gguf_find_key$handle() {
        return gguf_find_key.HANDLE;
    }

    /** The address of {@code gguf_find_key}. */
    public static MemorySegment gguf_find_key$address() {
        return gguf_find_key.ADDR;
    }

    /** Calls {@code gguf_find_key}. */
    public static long gguf_find_key(MemorySegment ctx, MemorySegment key) {
        var mh$ = gguf_find_key.HANDLE;
        try {
            return (long) mh$.invokeExact(ctx, key);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_get_key {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_get_key");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_get_key}. */
    public static FunctionDescriptor gguf_get_key$descriptor() {
        return gguf_get_key.DESC;
    }

    /** The downcall handle of {@code gguf_get_key}. */
    public static MethodHandle gguf_get_key$handle() {
        return gguf_get_key.HANDLE;
    }

    /** The address of {@code gguf_get_key}. */
    public static MemorySegment gguf_get_key$address() {
        return gguf_get_key.ADDR;
    }

    /** Calls {@code gguf_get_key}. */
    public static MemorySegment gguf_get_key(MemorySegment ctx, long key_id) {
        var mh$ = gguf_get_key.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(ctx, key_id);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_get_kv_type {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_get_kv_type");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_get_kv_type}. */
    public static FunctionDescriptor gguf_get_kv_type$descriptor() {
        return gguf_get_kv_type.DESC;
    }

    /** The downcall handle of {@code gguf_get_kv_type}. */
    public static MethodHandle gguf_get_kv_type$handle() {
        return gguf_get_kv_type.HANDLE;
    }

    /** The address of {@code gguf_get_kv_type}. */
    public static MemorySegment gguf_get_kv_type$address() {
        return gguf_get_kv_type.ADDR;
    }

    /** Calls {@code gguf_get_kv_type}. */
    public static int gguf_get_kv_type(MemorySegment ctx, long key_id) {
        var mh$ = gguf_get_kv_type.HANDLE;
        try {
            return (int) mh$.invokeExact(ctx, key_id);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_get_arr_type {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_get_arr_type");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_get_arr_type}. */
    public static FunctionDescriptor gguf_get_arr_type$descriptor() {
        return gguf_get_arr_type.DESC;
    }

    /** The downcall handle of {@code gguf_get_arr_type}. */
    public static MethodHandle gguf_get_arr_type$handle() {
        return gguf_get_arr_type.HANDLE;
    }

    /** The address of {@code gguf_get_arr_type}. */
    public static MemorySegment gguf_get_arr_type$address() {
        return gguf_get_arr_type.ADDR;
    }

    /** Calls {@code gguf_get_arr_type}. */
    public static int gguf_get_arr_type(MemorySegment ctx, long key_id) {
        var mh$ = gguf_get_arr_type.HANDLE;
        try {
            return (int) mh$.invokeExact(ctx, key_id);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_get_val_u8 {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_CHAR, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_get_val_u8");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_get_val_u8}. */
    public static FunctionDescriptor gguf_get_val_u8$descriptor() {
        return gguf_get_val_u8.DESC;
    }

    /** The downcall handle of {@code gguf_get_val_u8}. */
    public static MethodHandle gguf_get_val_u8$handle() {
        return gguf_get_val_u8.HANDLE;
    }

    /** The address of {@code gguf_get_val_u8}. */
    public static MemorySegment gguf_get_val_u8$address() {
        return gguf_get_val_u8.ADDR;
    }

    /** Calls {@code gguf_get_val_u8}. */
    public static byte gguf_get_val_u8(MemorySegment ctx, long key_id) {
        var mh$ = gguf_get_val_u8.HANDLE;
        try {
            return (byte) mh$.invokeExact(ctx, key_id);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_get_val_i8 {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_CHAR, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_get_val_i8");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_get_val_i8}. */
    public static FunctionDescriptor gguf_get_val_i8$descriptor() {
        return gguf_get_val_i8.DESC;
    }

    /** The downcall handle of {@code gguf_get_val_i8}. */
    public static MethodHandle gguf_get_val_i8$handle() {
        return gguf_get_val_i8.HANDLE;
    }

    /** The address of {@code gguf_get_val_i8}. */
    public static MemorySegment gguf_get_val_i8$address() {
        return gguf_get_val_i8.ADDR;
    }

    /** Calls {@code gguf_get_val_i8}. */
    public static byte gguf_get_val_i8(MemorySegment ctx, long key_id) {
        var mh$ = gguf_get_val_i8.HANDLE;
        try {
            return (byte) mh$.invokeExact(ctx, key_id);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_get_val_u16 {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_SHORT, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_get_val_u16");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_get_val_u16}. */
    public static FunctionDescriptor gguf_get_val_u16$descriptor() {
        return gguf_get_val_u16.DESC;
    }

    /** The downcall handle of {@code gguf_get_val_u16}. */
    public static MethodHandle gguf_get_val_u16$handle() {
        return gguf_get_val_u16.HANDLE;
    }

    /** The address of {@code gguf_get_val_u16}. */
    public static MemorySegment gguf_get_val_u16$address() {
        return gguf_get_val_u16.ADDR;
    }

    /** Calls {@code gguf_get_val_u16}. */
    public static short gguf_get_val_u16(MemorySegment ctx, long key_id) {
        var mh$ = gguf_get_val_u16.HANDLE;
        try {
            return (short) mh$.invokeExact(ctx, key_id);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_get_val_i16 {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_SHORT, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_get_val_i16");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_get_val_i16}. */
    public static FunctionDescriptor gguf_get_val_i16$descriptor() {
        return gguf_get_val_i16.DESC;
    }

    /** The downcall handle of {@code gguf_get_val_i16}. */
    public static MethodHandle gguf_get_val_i16$handle() {
        return gguf_get_val_i16.HANDLE;
    }

    /** The address of {@code gguf_get_val_i16}. */
    public static MemorySegment gguf_get_val_i16$address() {
        return gguf_get_val_i16.ADDR;
    }

    /** Calls {@code gguf_get_val_i16}. */
    public static short gguf_get_val_i16(MemorySegment ctx, long key_id) {
        var mh$ = gguf_get_val_i16.HANDLE;
        try {
            return (short) mh$.invokeExact(ctx, key_id);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_get_val_u32 {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_get_val_u32");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_get_val_u32}. */
    public static FunctionDescriptor gguf_get_val_u32$descriptor() {
        return gguf_get_val_u32.DESC;
    }

    /** The downcall handle of {@code gguf_get_val_u32}. */
    public static MethodHandle gguf_get_val_u32$handle() {
        return gguf_get_val_u32.HANDLE;
    }

    /** The address of {@code gguf_get_val_u32}. */
    public static MemorySegment gguf_get_val_u32$address() {
        return gguf_get_val_u32.ADDR;
    }

    /** Calls {@code gguf_get_val_u32}. */
    public static int gguf_get_val_u32(MemorySegment ctx, long key_id) {
        var mh$ = gguf_get_val_u32.HANDLE;
        try {
            return (int) mh$.invokeExact(ctx, key_id);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_get_val_i32 {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_get_val_i32");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_get_val_i32}. */
    public static FunctionDescriptor gguf_get_val_i32$descriptor() {
        return gguf_get_val_i32.DESC;
    }

    /** The downcall handle of {@code gguf_get_val_i32}. */
    public static MethodHandle gguf_get_val_i32$handle() {
        return gguf_get_val_i32.HANDLE;
    }

    /** The address of {@code gguf_get_val_i32}. */
    public static MemorySegment gguf_get_val_i32$address() {
        return gguf_get_val_i32.ADDR;
    }

    /** Calls {@code gguf_get_val_i32}. */
    public static int gguf_get_val_i32(MemorySegment ctx, long key_id) {
        var mh$ = gguf_get_val_i32.HANDLE;
        try {
            return (int) mh$.invokeExact(ctx, key_id);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_get_val_f32 {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_FLOAT, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_get_val_f32");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_get_val_f32}. */
    public static FunctionDescriptor gguf_get_val_f32$descriptor() {
        return gguf_get_val_f32.DESC;
    }

    /** The downcall handle of {@code gguf_get_val_f32}. */
    public static MethodHandle gguf_get_val_f32$handle() {
        return gguf_get_val_f32.HANDLE;
    }

    /** The address of {@code gguf_get_val_f32}. */
    public static MemorySegment gguf_get_val_f32$address() {
        return gguf_get_val_f32.ADDR;
    }

    /** Calls {@code gguf_get_val_f32}. */
    public static float gguf_get_val_f32(MemorySegment ctx, long key_id) {
        var mh$ = gguf_get_val_f32.HANDLE;
        try {
            return (float) mh$.invokeExact(ctx, key_id);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_get_val_u64 {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_get_val_u64");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_get_val_u64}. */
    public static FunctionDescriptor gguf_get_val_u64$descriptor() {
        return gguf_get_val_u64.DESC;
    }

    /** The downcall handle of {@code gguf_get_val_u64}. */
    public static MethodHandle gguf_get_val_u64$handle() {
        return gguf_get_val_u64.HANDLE;
    }

    /** The address of {@code gguf_get_val_u64}. */
    public static MemorySegment gguf_get_val_u64$address() {
        return gguf_get_val_u64.ADDR;
    }

    /** Calls {@code gguf_get_val_u64}. */
    public static long gguf_get_val_u64(MemorySegment ctx, long key_id) {
        var mh$ = gguf_get_val_u64.HANDLE;
        try {
            return (long) mh$.invokeExact(ctx, key_id);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_get_val_i64 {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_get_val_i64");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_get_val_i64}. */
    public static FunctionDescriptor gguf_get_val_i64$descriptor() {
        return gguf_get_val_i64.DESC;
    }

    /** The downcall handle of {@code gguf_get_val_i64}. */
    public static MethodHandle gguf_get_val_i64$handle() {
        return gguf_get_val_i64.HANDLE;
    }

    /** The address of {@code gguf_get_val_i64}. */
    public static MemorySegment gguf_get_val_i64$address() {
        return gguf_get_val_i64.ADDR;
    }

    /** Calls {@code gguf_get_val_i64}. */
    public static long gguf_get_val_i64(MemorySegment ctx, long key_id) {
        var mh$ = gguf_get_val_i64.HANDLE;
        try {
            return (long) mh$.invokeExact(ctx, key_id);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_get_val_f64 {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_DOUBLE, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_get_val_f64");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_get_val_f64}. */
    public static FunctionDescriptor gguf_get_val_f64$descriptor() {
        return gguf_get_val_f64.DESC;
    }

    /** The downcall handle of {@code gguf_get_val_f64}. */
    public static MethodHandle gguf_get_val_f64$handle() {
        return gguf_get_val_f64.HANDLE;
    }

    /** The address of {@code gguf_get_val_f64}. */
    public static MemorySegment gguf_get_val_f64$address() {
        return gguf_get_val_f64.ADDR;
    }

    /** Calls {@code gguf_get_val_f64}. */
    public static double gguf_get_val_f64(MemorySegment ctx, long key_id) {
        var mh$ = gguf_get_val_f64.HANDLE;
        try {
            return (double) mh$.invokeExact(ctx, key_id);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_get_val_bool {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_get_val_bool");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_get_val_bool}. */
    public static FunctionDescriptor gguf_get_val_bool$descriptor() {
        return gguf_get_val_bool.DESC;
    }

    /** The downcall handle of {@code gguf_get_val_bool}. */
    public static MethodHandle gguf_get_val_bool$handle() {
        return gguf_get_val_bool.HANDLE;
    }

    /** The address of {@code gguf_get_val_bool}. */
    public static MemorySegment gguf_get_val_bool$address() {
        return gguf_get_val_bool.ADDR;
    }

    /** Calls {@code gguf_get_val_bool}. */
    public static boolean gguf_get_val_bool(MemorySegment ctx, long key_id) {
        var mh$ = gguf_get_val_bool.HANDLE;
        try {
            return (boolean) mh$.invokeExact(ctx, key_id);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_get_val_str {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_get_val_str");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_get_val_str}. */
    public static FunctionDescriptor gguf_get_val_str$descriptor() {
        return gguf_get_val_str.DESC;
    }

    /** The downcall handle of {@code gguf_get_val_str}. */
    public static MethodHandle gguf_get_val_str$handle() {
        return gguf_get_val_str.HANDLE;
    }

    /** The address of {@code gguf_get_val_str}. */
    public static MemorySegment gguf_get_val_str$address() {
        return gguf_get_val_str.ADDR;
    }

    /** Calls {@code gguf_get_val_str}. */
    public static MemorySegment gguf_get_val_str(MemorySegment ctx, long key_id) {
        var mh$ = gguf_get_val_str.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(ctx, key_id);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_get_val_data {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_get_val_data");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_get_val_data}. */
    public static FunctionDescriptor gguf_get_val_data$descriptor() {
        return gguf_get_val_data.DESC;
    }

    /** The downcall handle of {@code gguf_get_val_data}. */
    public static MethodHandle gguf_get_val_data$handle() {
        return gguf_get_val_data.HANDLE;
    }

    /** The address of {@code gguf_get_val_data}. */
    public static MemorySegment gguf_get_val_data$address() {
        return gguf_get_val_data.ADDR;
    }

    /** Calls {@code gguf_get_val_data}. */
    public static MemorySegment gguf_get_val_data(MemorySegment ctx, long key_id) {
        var mh$ = gguf_get_val_data.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(ctx, key_id);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_get_arr_n {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_get_arr_n");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_get_arr_n}. */
    public static FunctionDescriptor gguf_get_arr_n$descriptor() {
        return gguf_get_arr_n.DESC;
    }

    /** The downcall handle of {@code gguf_get_arr_n}. */
    public static MethodHandle gguf_get_arr_n$handle() {
        return gguf_get_arr_n.HANDLE;
    }

    /** The address of {@code gguf_get_arr_n}. */
    public static MemorySegment gguf_get_arr_n$address() {
        return gguf_get_arr_n.ADDR;
    }

    /** Calls {@code gguf_get_arr_n}. */
    public static long gguf_get_arr_n(MemorySegment ctx, long key_id) {
        var mh$ = gguf_get_arr_n.HANDLE;
        try {
            return (long) mh$.invokeExact(ctx, key_id);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_get_arr_data {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_get_arr_data");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_get_arr_data}. */
    public static FunctionDescriptor gguf_get_arr_data$descriptor() {
        return gguf_get_arr_data.DESC;
    }

    /** The downcall handle of {@code gguf_get_arr_data}. */
    public static MethodHandle gguf_get_arr_data$handle() {
        return gguf_get_arr_data.HANDLE;
    }

    /** The address of {@code gguf_get_arr_data}. */
    public static MemorySegment gguf_get_arr_data$address() {
        return gguf_get_arr_data.ADDR;
    }

    /** Calls {@code gguf_get_arr_data}. */
    public static MemorySegment gguf_get_arr_data(MemorySegment ctx, long key_id) {
        var mh$ = gguf_get_arr_data.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(ctx, key_id);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_get_arr_str {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_get_arr_str");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_get_arr_str}. */
    public static FunctionDescriptor gguf_get_arr_str$descriptor() {
        return gguf_get_arr_str.DESC;
    }

    /** The downcall handle of {@code gguf_get_arr_str}. */
    public static MethodHandle gguf_get_arr_str$handle() {
        return gguf_get_arr_str.HANDLE;
    }

    /** The address of {@code gguf_get_arr_str}. */
    public static MemorySegment gguf_get_arr_str$address() {
        return gguf_get_arr_str.ADDR;
    }

    /** Calls {@code gguf_get_arr_str}. */
    public static MemorySegment gguf_get_arr_str(MemorySegment ctx, long key_id, long i) {
        var mh$ = gguf_get_arr_str.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(ctx, key_id, i);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_get_n_tensors {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_get_n_tensors");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_get_n_tensors}. */
    public static FunctionDescriptor gguf_get_n_tensors$descriptor() {
        return gguf_get_n_tensors.DESC;
    }

    /** The downcall handle of {@code gguf_get_n_tensors}. */
    public static MethodHandle gguf_get_n_tensors$handle() {
        return gguf_get_n_tensors.HANDLE;
    }

    /** The address of {@code gguf_get_n_tensors}. */
    public static MemorySegment gguf_get_n_tensors$address() {
        return gguf_get_n_tensors.ADDR;
    }

    /** Calls {@code gguf_get_n_tensors}. */
    public static long gguf_get_n_tensors(MemorySegment ctx) {
        var mh$ = gguf_get_n_tensors.HANDLE;
        try {
            return (long) mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_find_tensor {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_find_tensor");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_find_tensor}. */
    public static FunctionDescriptor gguf_find_tensor$descriptor() {
        return gguf_find_tensor.DESC;
    }

    /** The downcall handle of {@code gguf_find_tensor}. */
    public static MethodHandle gguf_find_tensor$handle() {
        return gguf_find_tensor.HANDLE;
    }

    /** The address of {@code gguf_find_tensor}. */
    public static MemorySegment gguf_find_tensor$address() {
        return gguf_find_tensor.ADDR;
    }

    /** Calls {@code gguf_find_tensor}. */
    public static long gguf_find_tensor(MemorySegment ctx, MemorySegment name) {
        var mh$ = gguf_find_tensor.HANDLE;
        try {
            return (long) mh$.invokeExact(ctx, name);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_get_tensor_offset {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_get_tensor_offset");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_get_tensor_offset}. */
    public static FunctionDescriptor gguf_get_tensor_offset$descriptor() {
        return gguf_get_tensor_offset.DESC;
    }

    /** The downcall handle of {@code gguf_get_tensor_offset}. */
    public static MethodHandle gguf_get_tensor_offset$handle() {
        return gguf_get_tensor_offset.HANDLE;
    }

    /** The address of {@code gguf_get_tensor_offset}. */
    public static MemorySegment gguf_get_tensor_offset$address() {
        return gguf_get_tensor_offset.ADDR;
    }

    /** Calls {@code gguf_get_tensor_offset}. */
    public static long gguf_get_tensor_offset(MemorySegment ctx, long tensor_id) {
        var mh$ = gguf_get_tensor_offset.HANDLE;
        try {
            return (long) mh$.invokeExact(ctx, tensor_id);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_get_tensor_name {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_get_tensor_name");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_get_tensor_name}. */
    public static FunctionDescriptor gguf_get_tensor_name$descriptor() {
        return gguf_get_tensor_name.DESC;
    }

    /** The downcall handle of {@code gguf_get_tensor_name}. */
    public static MethodHandle gguf_get_tensor_name$handle() {
        return gguf_get_tensor_name.HANDLE;
    }

    /** The address of {@code gguf_get_tensor_name}. */
    public static MemorySegment gguf_get_tensor_name$address() {
        return gguf_get_tensor_name.ADDR;
    }

    /** Calls {@code gguf_get_tensor_name}. */
    public static MemorySegment gguf_get_tensor_name(MemorySegment ctx, long tensor_id) {
        var mh$ = gguf_get_tensor_name.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(ctx, tensor_id);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_get_tensor_ne {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_get_tensor_ne");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_get_tensor_ne}. */
    public static FunctionDescriptor gguf_get_tensor_ne$descriptor() {
        return gguf_get_tensor_ne.DESC;
    }

    /** The downcall handle of {@code gguf_get_tensor_ne}. */
    public static MethodHandle gguf_get_tensor_ne$handle() {
        return gguf_get_tensor_ne.HANDLE;
    }

    /** The address of {@code gguf_get_tensor_ne}. */
    public static MemorySegment gguf_get_tensor_ne$address() {
        return gguf_get_tensor_ne.ADDR;
    }

    /** Calls {@code gguf_get_tensor_ne}. */
    public static MemorySegment gguf_get_tensor_ne(MemorySegment ctx, long tensor_id) {
        var mh$ = gguf_get_tensor_ne.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(ctx, tensor_id);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_get_tensor_type {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_get_tensor_type");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_get_tensor_type}. */
    public static FunctionDescriptor gguf_get_tensor_type$descriptor() {
        return gguf_get_tensor_type.DESC;
    }

    /** The downcall handle of {@code gguf_get_tensor_type}. */
    public static MethodHandle gguf_get_tensor_type$handle() {
        return gguf_get_tensor_type.HANDLE;
    }

    /** The address of {@code gguf_get_tensor_type}. */
    public static MemorySegment gguf_get_tensor_type$address() {
        return gguf_get_tensor_type.ADDR;
    }

    /** Calls {@code gguf_get_tensor_type}. */
    public static int gguf_get_tensor_type(MemorySegment ctx, long tensor_id) {
        var mh$ = gguf_get_tensor_type.HANDLE;
        try {
            return (int) mh$.invokeExact(ctx, tensor_id);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_get_tensor_size {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_get_tensor_size");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_get_tensor_size}. */
    public static FunctionDescriptor gguf_get_tensor_size$descriptor() {
        return gguf_get_tensor_size.DESC;
    }

    /** The downcall handle of {@code gguf_get_tensor_size}. */
    public static MethodHandle gguf_get_tensor_size$handle() {
        return gguf_get_tensor_size.HANDLE;
    }

    /** The address of {@code gguf_get_tensor_size}. */
    public static MemorySegment gguf_get_tensor_size$address() {
        return gguf_get_tensor_size.ADDR;
    }

    /** Calls {@code gguf_get_tensor_size}. */
    public static long gguf_get_tensor_size(MemorySegment ctx, long tensor_id) {
        var mh$ = gguf_get_tensor_size.HANDLE;
        try {
            return (long) mh$.invokeExact(ctx, tensor_id);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_remove_key {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_remove_key");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_remove_key}. */
    public static FunctionDescriptor gguf_remove_key$descriptor() {
        return gguf_remove_key.DESC;
    }

    /** The downcall handle of {@code gguf_remove_key}. */
    public static MethodHandle gguf_remove_key$handle() {
        return gguf_remove_key.HANDLE;
    }

    /** The address of {@code gguf_remove_key}. */
    public static MemorySegment gguf_remove_key$address() {
        return gguf_remove_key.ADDR;
    }

    /** Calls {@code gguf_remove_key}. */
    public static long gguf_remove_key(MemorySegment ctx, MemorySegment key) {
        var mh$ = gguf_remove_key.HANDLE;
        try {
            return (long) mh$.invokeExact(ctx, key);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_set_val_u8 {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_CHAR);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_set_val_u8");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_set_val_u8}. */
    public static FunctionDescriptor gguf_set_val_u8$descriptor() {
        return gguf_set_val_u8.DESC;
    }

    /** The downcall handle of {@code gguf_set_val_u8}. */
    public static MethodHandle gguf_set_val_u8$handle() {
        return gguf_set_val_u8.HANDLE;
    }

    /** The address of {@code gguf_set_val_u8}. */
    public static MemorySegment gguf_set_val_u8$address() {
        return gguf_set_val_u8.ADDR;
    }

    /** Calls {@code gguf_set_val_u8}. */
    public static void gguf_set_val_u8(MemorySegment ctx, MemorySegment key, byte val) {
        var mh$ = gguf_set_val_u8.HANDLE;
        try {
            mh$.invokeExact(ctx, key, val);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_set_val_i8 {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_CHAR);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_set_val_i8");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_set_val_i8}. */
    public static FunctionDescriptor gguf_set_val_i8$descriptor() {
        return gguf_set_val_i8.DESC;
    }

    /** The downcall handle of {@code gguf_set_val_i8}. */
    public static MethodHandle gguf_set_val_i8$handle() {
        return gguf_set_val_i8.HANDLE;
    }

    /** The address of {@code gguf_set_val_i8}. */
    public static MemorySegment gguf_set_val_i8$address() {
        return gguf_set_val_i8.ADDR;
    }

    /** Calls {@code gguf_set_val_i8}. */
    public static void gguf_set_val_i8(MemorySegment ctx, MemorySegment key, byte val) {
        var mh$ = gguf_set_val_i8.HANDLE;
        try {
            mh$.invokeExact(ctx, key, val);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_set_val_u16 {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_SHORT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_set_val_u16");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_set_val_u16}. */
    public static FunctionDescriptor gguf_set_val_u16$descriptor() {
        return gguf_set_val_u16.DESC;
    }

    /** The downcall handle of {@code gguf_set_val_u16}. */
    public static MethodHandle gguf_set_val_u16$handle() {
        return gguf_set_val_u16.HANDLE;
    }

    /** The address of {@code gguf_set_val_u16}. */
    public static MemorySegment gguf_set_val_u16$address() {
        return gguf_set_val_u16.ADDR;
    }

    /** Calls {@code gguf_set_val_u16}. */
    public static void gguf_set_val_u16(MemorySegment ctx, MemorySegment key, short val) {
        var mh$ = gguf_set_val_u16.HANDLE;
        try {
            mh$.invokeExact(ctx, key, val);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_set_val_i16 {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_SHORT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_set_val_i16");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_set_val_i16}. */
    public static FunctionDescriptor gguf_set_val_i16$descriptor() {
        return gguf_set_val_i16.DESC;
    }

    /** The downcall handle of {@code gguf_set_val_i16}. */
    public static MethodHandle gguf_set_val_i16$handle() {
        return gguf_set_val_i16.HANDLE;
    }

    /** The address of {@code gguf_set_val_i16}. */
    public static MemorySegment gguf_set_val_i16$address() {
        return gguf_set_val_i16.ADDR;
    }

    /** Calls {@code gguf_set_val_i16}. */
    public static void gguf_set_val_i16(MemorySegment ctx, MemorySegment key, short val) {
        var mh$ = gguf_set_val_i16.HANDLE;
        try {
            mh$.invokeExact(ctx, key, val);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_set_val_u32 {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_set_val_u32");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_set_val_u32}. */
    public static FunctionDescriptor gguf_set_val_u32$descriptor() {
        return gguf_set_val_u32.DESC;
    }

    /** The downcall handle of {@code gguf_set_val_u32}. */
    public static MethodHandle gguf_set_val_u32$handle() {
        return gguf_set_val_u32.HANDLE;
    }

    /** The address of {@code gguf_set_val_u32}. */
    public static MemorySegment gguf_set_val_u32$address() {
        return gguf_set_val_u32.ADDR;
    }

    /** Calls {@code gguf_set_val_u32}. */
    public static void gguf_set_val_u32(MemorySegment ctx, MemorySegment key, int val) {
        var mh$ = gguf_set_val_u32.HANDLE;
        try {
            mh$.invokeExact(ctx, key, val);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_set_val_i32 {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_set_val_i32");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_set_val_i32}. */
    public static FunctionDescriptor gguf_set_val_i32$descriptor() {
        return gguf_set_val_i32.DESC;
    }

    /** The downcall handle of {@code gguf_set_val_i32}. */
    public static MethodHandle gguf_set_val_i32$handle() {
        return gguf_set_val_i32.HANDLE;
    }

    /** The address of {@code gguf_set_val_i32}. */
    public static MemorySegment gguf_set_val_i32$address() {
        return gguf_set_val_i32.ADDR;
    }

    /** Calls {@code gguf_set_val_i32}. */
    public static void gguf_set_val_i32(MemorySegment ctx, MemorySegment key, int val) {
        var mh$ = gguf_set_val_i32.HANDLE;
        try {
            mh$.invokeExact(ctx, key, val);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_set_val_f32 {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_FLOAT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_set_val_f32");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_set_val_f32}. */
    public static FunctionDescriptor gguf_set_val_f32$descriptor() {
        return gguf_set_val_f32.DESC;
    }

    /** The downcall handle of {@code gguf_set_val_f32}. */
    public static MethodHandle gguf_set_val_f32$handle() {
        return gguf_set_val_f32.HANDLE;
    }

    /** The address of {@code gguf_set_val_f32}. */
    public static MemorySegment gguf_set_val_f32$address() {
        return gguf_set_val_f32.ADDR;
    }

    /** Calls {@code gguf_set_val_f32}. */
    public static void gguf_set_val_f32(MemorySegment ctx, MemorySegment key, float val) {
        var mh$ = gguf_set_val_f32.HANDLE;
        try {
            mh$.invokeExact(ctx, key, val);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_set_val_u64 {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_set_val_u64");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_set_val_u64}. */
    public static FunctionDescriptor gguf_set_val_u64$descriptor() {
        return gguf_set_val_u64.DESC;
    }

    /** The downcall handle of {@code gguf_set_val_u64}. */
    public static MethodHandle gguf_set_val_u64$handle() {
        return gguf_set_val_u64.HANDLE;
    }

    /** The address of {@code gguf_set_val_u64}. */
    public static MemorySegment gguf_set_val_u64$address() {
        return gguf_set_val_u64.ADDR;
    }

    /** Calls {@code gguf_set_val_u64}. */
    public static void gguf_set_val_u64(MemorySegment ctx, MemorySegment key, long val) {
        var mh$ = gguf_set_val_u64.HANDLE;
        try {
            mh$.invokeExact(ctx, key, val);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_set_val_i64 {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_set_val_i64");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_set_val_i64}. */
    public static FunctionDescriptor gguf_set_val_i64$descriptor() {
        return gguf_set_val_i64.DESC;
    }

    /** The downcall handle of {@code gguf_set_val_i64}. */
    public static MethodHandle gguf_set_val_i64$handle() {
        return gguf_set_val_i64.HANDLE;
    }

    /** The address of {@code gguf_set_val_i64}. */
    public static MemorySegment gguf_set_val_i64$address() {
        return gguf_set_val_i64.ADDR;
    }

    /** Calls {@code gguf_set_val_i64}. */
    public static void gguf_set_val_i64(MemorySegment ctx, MemorySegment key, long val) {
        var mh$ = gguf_set_val_i64.HANDLE;
        try {
            mh$.invokeExact(ctx, key, val);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_set_val_f64 {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_DOUBLE);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_set_val_f64");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_set_val_f64}. */
    public static FunctionDescriptor gguf_set_val_f64$descriptor() {
        return gguf_set_val_f64.DESC;
    }

    /** The downcall handle of {@code gguf_set_val_f64}. */
    public static MethodHandle gguf_set_val_f64$handle() {
        return gguf_set_val_f64.HANDLE;
    }

    /** The address of {@code gguf_set_val_f64}. */
    public static MemorySegment gguf_set_val_f64$address() {
        return gguf_set_val_f64.ADDR;
    }

    /** Calls {@code gguf_set_val_f64}. */
    public static void gguf_set_val_f64(MemorySegment ctx, MemorySegment key, double val) {
        var mh$ = gguf_set_val_f64.HANDLE;
        try {
            mh$.invokeExact(ctx, key, val);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_set_val_bool {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_BOOL);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_set_val_bool");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_set_val_bool}. */
    public static FunctionDescriptor gguf_set_val_bool$descriptor() {
        return gguf_set_val_bool.DESC;
    }

    /** The downcall handle of {@code gguf_set_val_bool}. */
    public static MethodHandle gguf_set_val_bool$handle() {
        return gguf_set_val_bool.HANDLE;
    }

    /** The address of {@code gguf_set_val_bool}. */
    public static MemorySegment gguf_set_val_bool$address() {
        return gguf_set_val_bool.ADDR;
    }

    /** Calls {@code gguf_set_val_bool}. */
    public static void gguf_set_val_bool(MemorySegment ctx, MemorySegment key, boolean val) {
        var mh$ = gguf_set_val_bool.HANDLE;
        try {
            mh$.invokeExact(ctx, key, val);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_set_val_str {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_set_val_str");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_set_val_str}. */
    public static FunctionDescriptor gguf_set_val_str$descriptor() {
        return gguf_set_val_str.DESC;
    }

    /** The downcall handle of {@code gguf_set_val_str}. */
    public static MethodHandle gguf_set_val_str$handle() {
        return gguf_set_val_str.HANDLE;
    }

    /** The address of {@code gguf_set_val_str}. */
    public static MemorySegment gguf_set_val_str$address() {
        return gguf_set_val_str.ADDR;
    }

    /** Calls {@code gguf_set_val_str}. */
    public static void gguf_set_val_str(MemorySegment ctx, MemorySegment key, MemorySegment val) {
        var mh$ = gguf_set_val_str.HANDLE;
        try {
            mh$.invokeExact(ctx, key, val);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_set_arr_data {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_set_arr_data");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_set_arr_data}. */
    public static FunctionDescriptor gguf_set_arr_data$descriptor() {
        return gguf_set_arr_data.DESC;
    }

    /** The downcall handle of {@code gguf_set_arr_data}. */
    public static MethodHandle gguf_set_arr_data$handle() {
        return gguf_set_arr_data.HANDLE;
    }

    /** The address of {@code gguf_set_arr_data}. */
    public static MemorySegment gguf_set_arr_data$address() {
        return gguf_set_arr_data.ADDR;
    }

    /** Calls {@code gguf_set_arr_data}. */
    public static void gguf_set_arr_data(MemorySegment ctx, MemorySegment key, int type, MemorySegment data, long n) {
        var mh$ = gguf_set_arr_data.HANDLE;
        try {
            mh$.invokeExact(ctx, key, type, data, n);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_set_arr_str {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_set_arr_str");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_set_arr_str}. */
    public static FunctionDescriptor gguf_set_arr_str$descriptor() {
        return gguf_set_arr_str.DESC;
    }

    /** The downcall handle of {@code gguf_set_arr_str}. */
    public static MethodHandle gguf_set_arr_str$handle() {
        return gguf_set_arr_str.HANDLE;
    }

    /** The address of {@code gguf_set_arr_str}. */
    public static MemorySegment gguf_set_arr_str$address() {
        return gguf_set_arr_str.ADDR;
    }

    /** Calls {@code gguf_set_arr_str}. */
    public static void gguf_set_arr_str(MemorySegment ctx, MemorySegment key, MemorySegment data, long n) {
        var mh$ = gguf_set_arr_str.HANDLE;
        try {
            mh$.invokeExact(ctx, key, data, n);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_set_kv {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_set_kv");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_set_kv}. */
    public static FunctionDescriptor gguf_set_kv$descriptor() {
        return gguf_set_kv.DESC;
    }

    /** The downcall handle of {@code gguf_set_kv}. */
    public static MethodHandle gguf_set_kv$handle() {
        return gguf_set_kv.HANDLE;
    }

    /** The address of {@code gguf_set_kv}. */
    public static MemorySegment gguf_set_kv$address() {
        return gguf_set_kv.ADDR;
    }

    /** Calls {@code gguf_set_kv}. */
    public static void gguf_set_kv(MemorySegment ctx, MemorySegment src) {
        var mh$ = gguf_set_kv.HANDLE;
        try {
            mh$.invokeExact(ctx, src);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_add_tensor {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_add_tensor");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_add_tensor}. */
    public static FunctionDescriptor gguf_add_tensor$descriptor() {
        return gguf_add_tensor.DESC;
    }

    /** The downcall handle of {@code gguf_add_tensor}. */
    public static MethodHandle gguf_add_tensor$handle() {
        return gguf_add_tensor.HANDLE;
    }

    /** The address of {@code gguf_add_tensor}. */
    public static MemorySegment gguf_add_tensor$address() {
        return gguf_add_tensor.ADDR;
    }

    /** Calls {@code gguf_add_tensor}. */
    public static void gguf_add_tensor(MemorySegment ctx, MemorySegment tensor) {
        var mh$ = gguf_add_tensor.HANDLE;
        try {
            mh$.invokeExact(ctx, tensor);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_set_tensor_type {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_set_tensor_type");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_set_tensor_type}. */
    public static FunctionDescriptor gguf_set_tensor_type$descriptor() {
        return gguf_set_tensor_type.DESC;
    }

    /** The downcall handle of {@code gguf_set_tensor_type}. */
    public static MethodHandle gguf_set_tensor_type$handle() {
        return gguf_set_tensor_type.HANDLE;
    }

    /** The address of {@code gguf_set_tensor_type}. */
    public static MemorySegment gguf_set_tensor_type$address() {
        return gguf_set_tensor_type.ADDR;
    }

    /** Calls {@code gguf_set_tensor_type}. */
    public static void gguf_set_tensor_type(MemorySegment ctx, MemorySegment name, int type) {
        var mh$ = gguf_set_tensor_type.HANDLE;
        try {
            mh$.invokeExact(ctx, name, type);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_set_tensor_data {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_set_tensor_data");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_set_tensor_data}. */
    public static FunctionDescriptor gguf_set_tensor_data$descriptor() {
        return gguf_set_tensor_data.DESC;
    }

    /** The downcall handle of {@code gguf_set_tensor_data}. */
    public static MethodHandle gguf_set_tensor_data$handle() {
        return gguf_set_tensor_data.HANDLE;
    }

    /** The address of {@code gguf_set_tensor_data}. */
    public static MemorySegment gguf_set_tensor_data$address() {
        return gguf_set_tensor_data.ADDR;
    }

    /** Calls {@code gguf_set_tensor_data}. */
    public static void gguf_set_tensor_data(MemorySegment ctx, MemorySegment name, MemorySegment data) {
        var mh$ = gguf_set_tensor_data.HANDLE;
        try {
            mh$.invokeExact(ctx, name, data);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_write_to_file_ptr {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_BOOL);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_write_to_file_ptr");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_write_to_file_ptr}. */
    public static FunctionDescriptor gguf_write_to_file_ptr$descriptor() {
        return gguf_write_to_file_ptr.DESC;
    }

    /** The downcall handle of {@code gguf_write_to_file_ptr}. */
    public static MethodHandle gguf_write_to_file_ptr$handle() {
        return gguf_write_to_file_ptr.HANDLE;
    }

    /** The address of {@code gguf_write_to_file_ptr}. */
    public static MemorySegment gguf_write_to_file_ptr$address() {
        return gguf_write_to_file_ptr.ADDR;
    }

    /** Calls {@code gguf_write_to_file_ptr}. */
    public static boolean gguf_write_to_file_ptr(MemorySegment ctx, MemorySegment file, boolean only_meta) {
        var mh$ = gguf_write_to_file_ptr.HANDLE;
        try {
            return (boolean) mh$.invokeExact(ctx, file, only_meta);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_write_to_file {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_BOOL);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_write_to_file");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_write_to_file}. */
    public static FunctionDescriptor gguf_write_to_file$descriptor() {
        return gguf_write_to_file.DESC;
    }

    /** The downcall handle of {@code gguf_write_to_file}. */
    public static MethodHandle gguf_write_to_file$handle() {
        return gguf_write_to_file.HANDLE;
    }

    /** The address of {@code gguf_write_to_file}. */
    public static MemorySegment gguf_write_to_file$address() {
        return gguf_write_to_file.ADDR;
    }

    /** Calls {@code gguf_write_to_file}. */
    public static boolean gguf_write_to_file(MemorySegment ctx, MemorySegment fname, boolean only_meta) {
        var mh$ = gguf_write_to_file.HANDLE;
        try {
            return (boolean) mh$.invokeExact(ctx, fname, only_meta);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_get_meta_size {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_get_meta_size");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_get_meta_size}. */
    public static FunctionDescriptor gguf_get_meta_size$descriptor() {
        return gguf_get_meta_size.DESC;
    }

    /** The downcall handle of {@code gguf_get_meta_size}. */
    public static MethodHandle gguf_get_meta_size$handle() {
        return gguf_get_meta_size.HANDLE;
    }

    /** The address of {@code gguf_get_meta_size}. */
    public static MemorySegment gguf_get_meta_size$address() {
        return gguf_get_meta_size.ADDR;
    }

    /** Calls {@code gguf_get_meta_size}. */
    public static long gguf_get_meta_size(MemorySegment ctx) {
        var mh$ = gguf_get_meta_size.HANDLE;
        try {
            return (long) mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class gguf_get_meta_data {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("gguf_get_meta_data");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code gguf_get_meta_data}. */
    public static FunctionDescriptor gguf_get_meta_data$descriptor() {
        return gguf_get_meta_data.DESC;
    }

    /** The downcall handle of {@code gguf_get_meta_data}. */
    public static MethodHandle gguf_get_meta_data$handle() {
        return gguf_get_meta_data.HANDLE;
    }

    /** The address of {@code gguf_get_meta_data}. */
    public static MemorySegment gguf_get_meta_data$address() {
        return gguf_get_meta_data.ADDR;
    }

    /** Calls {@code gguf_get_meta_data}. */
    public static void gguf_get_meta_data(MemorySegment ctx, MemorySegment data) {
        var mh$ = gguf_get_meta_data.HANDLE;
        try {
            mh$.invokeExact(ctx, data);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_ftype_name {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_ftype_name");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_ftype_name}. */
    public static FunctionDescriptor llama_ftype_name$descriptor() {
        return llama_ftype_name.DESC;
    }

    /** The downcall handle of {@code llama_ftype_name}. */
    public static MethodHandle llama_ftype_name$handle() {
        return llama_ftype_name.HANDLE;
    }

    /** The address of {@code llama_ftype_name}. */
    public static MemorySegment llama_ftype_name$address() {
        return llama_ftype_name.ADDR;
    }

    /** Calls {@code llama_ftype_name}. */
    public static MemorySegment llama_ftype_name(int ftype) {
        var mh$ = llama_ftype_name.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(ftype);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_flash_attn_type_name {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_flash_attn_type_name");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_flash_attn_type_name}. */
    public static FunctionDescriptor llama_flash_attn_type_name$descriptor() {
        return llama_flash_attn_type_name.DESC;
    }

    /** The downcall handle of {@code llama_flash_attn_type_name}. */
    public static MethodHandle llama_flash_attn_type_name$handle() {
        return llama_flash_attn_type_name.HANDLE;
    }

    /** The address of {@code llama_flash_attn_type_name}. */
    public static MemorySegment llama_flash_attn_type_name$address() {
        return llama_flash_attn_type_name.ADDR;
    }

    /** Calls {@code llama_flash_attn_type_name}. */
    public static MemorySegment llama_flash_attn_type_name(int flash_attn_type) {
        var mh$ = llama_flash_attn_type_name.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(flash_attn_type);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_load_mode_name {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_load_mode_name");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_load_mode_name}. */
    public static FunctionDescriptor llama_load_mode_name$descriptor() {
        return llama_load_mode_name.DESC;
    }

    /** The downcall handle of {@code llama_load_mode_name}. */
    public static MethodHandle llama_load_mode_name$handle() {
        return llama_load_mode_name.HANDLE;
    }

    /** The address of {@code llama_load_mode_name}. */
    public static MemorySegment llama_load_mode_name$address() {
        return llama_load_mode_name.ADDR;
    }

    /** Calls {@code llama_load_mode_name}. */
    public static MemorySegment llama_load_mode_name(int load_mode) {
        var mh$ = llama_load_mode_name.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(load_mode);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_load_mode_from_str {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_load_mode_from_str");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_load_mode_from_str}. */
    public static FunctionDescriptor llama_load_mode_from_str$descriptor() {
        return llama_load_mode_from_str.DESC;
    }

    /** The downcall handle of {@code llama_load_mode_from_str}. */
    public static MethodHandle llama_load_mode_from_str$handle() {
        return llama_load_mode_from_str.HANDLE;
    }

    /** The address of {@code llama_load_mode_from_str}. */
    public static MemorySegment llama_load_mode_from_str$address() {
        return llama_load_mode_from_str.ADDR;
    }

    /** Calls {@code llama_load_mode_from_str}. */
    public static int llama_load_mode_from_str(MemorySegment str) {
        var mh$ = llama_load_mode_from_str.HANDLE;
        try {
            return (int) mh$.invokeExact(str);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_version {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_version");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_version}. */
    public static FunctionDescriptor llama_version$descriptor() {
        return llama_version.DESC;
    }

    /** The downcall handle of {@code llama_version}. */
    public static MethodHandle llama_version$handle() {
        return llama_version.HANDLE;
    }

    /** The address of {@code llama_version}. */
    public static MemorySegment llama_version$address() {
        return llama_version.ADDR;
    }

    /** Calls {@code llama_version}. */
    public static MemorySegment llama_version() {
        var mh$ = llama_version.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_model_default_params {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(io.github.llamaffm.bindings.llama_model_params.layout());
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_model_default_params");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_model_default_params}. */
    public static FunctionDescriptor llama_model_default_params$descriptor() {
        return llama_model_default_params.DESC;
    }

    /** The downcall handle of {@code llama_model_default_params}. */
    public static MethodHandle llama_model_default_params$handle() {
        return llama_model_default_params.HANDLE;
    }

    /** The address of {@code llama_model_default_params}. */
    public static MemorySegment llama_model_default_params$address() {
        return llama_model_default_params.ADDR;
    }

    /** Calls {@code llama_model_default_params}. */
    public static MemorySegment llama_model_default_params(SegmentAllocator allocator) {
        var mh$ = llama_model_default_params.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(allocator);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_context_default_params {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(io.github.llamaffm.bindings.llama_context_params.layout());
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_context_default_params");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_context_default_params}. */
    public static FunctionDescriptor llama_context_default_params$descriptor() {
        return llama_context_default_params.DESC;
    }

    /** The downcall handle of {@code llama_context_default_params}. */
    public static MethodHandle llama_context_default_params$handle() {
        return llama_context_default_params.HANDLE;
    }

    /** The address of {@code llama_context_default_params}. */
    public static MemorySegment llama_context_default_params$address() {
        return llama_context_default_params.ADDR;
    }

    /** Calls {@code llama_context_default_params}. */
    public static MemorySegment llama_context_default_params(SegmentAllocator allocator) {
        var mh$ = llama_context_default_params.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(allocator);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_chain_default_params {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(io.github.llamaffm.bindings.llama_sampler_chain_params.layout());
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_chain_default_params");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_chain_default_params}. */
    public static FunctionDescriptor llama_sampler_chain_default_params$descriptor() {
        return llama_sampler_chain_default_params.DESC;
    }

    /** The downcall handle of {@code llama_sampler_chain_default_params}. */
    public static MethodHandle llama_sampler_chain_default_params$handle() {
        return llama_sampler_chain_default_params.HANDLE;
    }

    /** The address of {@code llama_sampler_chain_default_params}. */
    public static MemorySegment llama_sampler_chain_default_params$address() {
        return llama_sampler_chain_default_params.ADDR;
    }

    /** Calls {@code llama_sampler_chain_default_params}. */
    public static MemorySegment llama_sampler_chain_default_params(SegmentAllocator allocator) {
        var mh$ = llama_sampler_chain_default_params.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(allocator);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_model_quantize_default_params {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(io.github.llamaffm.bindings.llama_model_quantize_params.layout());
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_model_quantize_default_params");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_model_quantize_default_params}. */
    public static FunctionDescriptor llama_model_quantize_default_params$descriptor() {
        return llama_model_quantize_default_params.DESC;
    }

    /** The downcall handle of {@code llama_model_quantize_default_params}. */
    public static MethodHandle llama_model_quantize_default_params$handle() {
        return llama_model_quantize_default_params.HANDLE;
    }

    /** The address of {@code llama_model_quantize_default_params}. */
    public static MemorySegment llama_model_quantize_default_params$address() {
        return llama_model_quantize_default_params.ADDR;
    }

    /** Calls {@code llama_model_quantize_default_params}. */
    public static MemorySegment llama_model_quantize_default_params(SegmentAllocator allocator) {
        var mh$ = llama_model_quantize_default_params.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(allocator);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_backend_init {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid();
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_backend_init");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_backend_init}. */
    public static FunctionDescriptor llama_backend_init$descriptor() {
        return llama_backend_init.DESC;
    }

    /** The downcall handle of {@code llama_backend_init}. */
    public static MethodHandle llama_backend_init$handle() {
        return llama_backend_init.HANDLE;
    }

    /** The address of {@code llama_backend_init}. */
    public static MemorySegment llama_backend_init$address() {
        return llama_backend_init.ADDR;
    }

    /** Calls {@code llama_backend_init}. */
    public static void llama_backend_init() {
        var mh$ = llama_backend_init.HANDLE;
        try {
            mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_backend_free {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid();
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_backend_free");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_backend_free}. */
    public static FunctionDescriptor llama_backend_free$descriptor() {
        return llama_backend_free.DESC;
    }

    /** The downcall handle of {@code llama_backend_free}. */
    public static MethodHandle llama_backend_free$handle() {
        return llama_backend_free.HANDLE;
    }

    /** The address of {@code llama_backend_free}. */
    public static MemorySegment llama_backend_free$address() {
        return llama_backend_free.ADDR;
    }

    /** Calls {@code llama_backend_free}. */
    public static void llama_backend_free() {
        var mh$ = llama_backend_free.HANDLE;
        try {
            mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_numa_init {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_numa_init");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_numa_init}. */
    public static FunctionDescriptor llama_numa_init$descriptor() {
        return llama_numa_init.DESC;
    }

    /** The downcall handle of {@code llama_numa_init}. */
    public static MethodHandle llama_numa_init$handle() {
        return llama_numa_init.HANDLE;
    }

    /** The address of {@code llama_numa_init}. */
    public static MemorySegment llama_numa_init$address() {
        return llama_numa_init.ADDR;
    }

    /** Calls {@code llama_numa_init}. */
    public static void llama_numa_init(int numa) {
        var mh$ = llama_numa_init.HANDLE;
        try {
            mh$.invokeExact(numa);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_attach_threadpool {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_attach_threadpool");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_attach_threadpool}. */
    public static FunctionDescriptor llama_attach_threadpool$descriptor() {
        return llama_attach_threadpool.DESC;
    }

    /** The downcall handle of {@code llama_attach_threadpool}. */
    public static MethodHandle llama_attach_threadpool$handle() {
        return llama_attach_threadpool.HANDLE;
    }

    /** The address of {@code llama_attach_threadpool}. */
    public static MemorySegment llama_attach_threadpool$address() {
        return llama_attach_threadpool.ADDR;
    }

    /** Calls {@code llama_attach_threadpool}. */
    public static void llama_attach_threadpool(MemorySegment ctx, MemorySegment threadpool, MemorySegment threadpool_batch) {
        var mh$ = llama_attach_threadpool.HANDLE;
        try {
            mh$.invokeExact(ctx, threadpool, threadpool_batch);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_detach_threadpool {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_detach_threadpool");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_detach_threadpool}. */
    public static FunctionDescriptor llama_detach_threadpool$descriptor() {
        return llama_detach_threadpool.DESC;
    }

    /** The downcall handle of {@code llama_detach_threadpool}. */
    public static MethodHandle llama_detach_threadpool$handle() {
        return llama_detach_threadpool.HANDLE;
    }

    /** The address of {@code llama_detach_threadpool}. */
    public static MemorySegment llama_detach_threadpool$address() {
        return llama_detach_threadpool.ADDR;
    }

    /** Calls {@code llama_detach_threadpool}. */
    public static void llama_detach_threadpool(MemorySegment ctx) {
        var mh$ = llama_detach_threadpool.HANDLE;
        try {
            mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_model_init_from_user {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, io.github.llamaffm.bindings.llama_model_params.layout());
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_model_init_from_user");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_model_init_from_user}. */
    public static FunctionDescriptor llama_model_init_from_user$descriptor() {
        return llama_model_init_from_user.DESC;
    }

    /** The downcall handle of {@code llama_model_init_from_user}. */
    public static MethodHandle llama_model_init_from_user$handle() {
        return llama_model_init_from_user.HANDLE;
    }

    /** The address of {@code llama_model_init_from_user}. */
    public static MemorySegment llama_model_init_from_user$address() {
        return llama_model_init_from_user.ADDR;
    }

    /** Calls {@code llama_model_init_from_user}. */
    public static MemorySegment llama_model_init_from_user(MemorySegment metadata, MemorySegment set_tensor_data, MemorySegment set_tensor_data_ud, MemorySegment params) {
        var mh$ = llama_model_init_from_user.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(metadata, set_tensor_data, set_tensor_data_ud, params);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_model_load_from_file {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, io.github.llamaffm.bindings.llama_model_params.layout());
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_model_load_from_file");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_model_load_from_file}. */
    public static FunctionDescriptor llama_model_load_from_file$descriptor() {
        return llama_model_load_from_file.DESC;
    }

    /** The downcall handle of {@code llama_model_load_from_file}. */
    public static MethodHandle llama_model_load_from_file$handle() {
        return llama_model_load_from_file.HANDLE;
    }

    /** The address of {@code llama_model_load_from_file}. */
    public static MemorySegment llama_model_load_from_file$address() {
        return llama_model_load_from_file.ADDR;
    }

    /** Calls {@code llama_model_load_from_file}. */
    public static MemorySegment llama_model_load_from_file(MemorySegment path_model, MemorySegment params) {
        var mh$ = llama_model_load_from_file.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(path_model, params);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_model_load_from_file_ptr {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, io.github.llamaffm.bindings.llama_model_params.layout());
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_model_load_from_file_ptr");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_model_load_from_file_ptr}. */
    public static FunctionDescriptor llama_model_load_from_file_ptr$descriptor() {
        return llama_model_load_from_file_ptr.DESC;
    }

    /** The downcall handle of {@code llama_model_load_from_file_ptr}. */
    public static MethodHandle llama_model_load_from_file_ptr$handle() {
        return llama_model_load_from_file_ptr.HANDLE;
    }

    /** The address of {@code llama_model_load_from_file_ptr}. */
    public static MemorySegment llama_model_load_from_file_ptr$address() {
        return llama_model_load_from_file_ptr.ADDR;
    }

    /** Calls {@code llama_model_load_from_file_ptr}. */
    public static MemorySegment llama_model_load_from_file_ptr(MemorySegment file, MemorySegment params) {
        var mh$ = llama_model_load_from_file_ptr.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(file, params);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_model_load_from_splits {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG, io.github.llamaffm.bindings.llama_model_params.layout());
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_model_load_from_splits");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_model_load_from_splits}. */
    public static FunctionDescriptor llama_model_load_from_splits$descriptor() {
        return llama_model_load_from_splits.DESC;
    }

    /** The downcall handle of {@code llama_model_load_from_splits}. */
    public static MethodHandle llama_model_load_from_splits$handle() {
        return llama_model_load_from_splits.HANDLE;
    }

    /** The address of {@code llama_model_load_from_splits}. */
    public static MemorySegment llama_model_load_from_splits$address() {
        return llama_model_load_from_splits.ADDR;
    }

    /** Calls {@code llama_model_load_from_splits}. */
    public static MemorySegment llama_model_load_from_splits(MemorySegment paths, long n_paths, MemorySegment params) {
        var mh$ = llama_model_load_from_splits.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(paths, n_paths, params);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }
}
