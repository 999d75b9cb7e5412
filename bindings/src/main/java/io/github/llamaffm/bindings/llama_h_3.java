// Generated from llama.h, ggml.h, ggml-cpu.h, ggml-backend.h, ggml-alloc.h, ggml-opt.h, gguf.h, ggml-rpc.h, mtmd.h, mtmd-helper.h of llama.cpp 0.5.0 by llama-ffm's bindings generator (bindings/generator) — do not edit.
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

    private static class llama_model_save_to_file {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_model_save_to_file");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_model_save_to_file}. */
    public static FunctionDescriptor llama_model_save_to_file$descriptor() {
        return llama_model_save_to_file.DESC;
    }

    /** The downcall handle of {@code llama_model_save_to_file}. */
    public static MethodHandle llama_model_save_to_file$handle() {
        return llama_model_save_to_file.HANDLE;
    }

    /** The address of {@code llama_model_save_to_file}. */
    public static MemorySegment llama_model_save_to_file$address() {
        return llama_model_save_to_file.ADDR;
    }

    /** Calls {@code llama_model_save_to_file}. */
    public static void llama_model_save_to_file(MemorySegment model, MemorySegment path_model) {
        var mh$ = llama_model_save_to_file.HANDLE;
        try {
            mh$.invokeExact(model, path_model);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_model_free {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_model_free");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_model_free}. */
    public static FunctionDescriptor llama_model_free$descriptor() {
        return llama_model_free.DESC;
    }

    /** The downcall handle of {@code llama_model_free}. */
    public static MethodHandle llama_model_free$handle() {
        return llama_model_free.HANDLE;
    }

    /** The address of {@code llama_model_free}. */
    public static MemorySegment llama_model_free$address() {
        return llama_model_free.ADDR;
    }

    /** Calls {@code llama_model_free}. */
    public static void llama_model_free(MemorySegment model) {
        var mh$ = llama_model_free.HANDLE;
        try {
            mh$.invokeExact(model);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_init_from_model {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, io.github.llamaffm.bindings.llama_context_params.layout());
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_init_from_model");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_init_from_model}. */
    public static FunctionDescriptor llama_init_from_model$descriptor() {
        return llama_init_from_model.DESC;
    }

    /** The downcall handle of {@code llama_init_from_model}. */
    public static MethodHandle llama_init_from_model$handle() {
        return llama_init_from_model.HANDLE;
    }

    /** The address of {@code llama_init_from_model}. */
    public static MemorySegment llama_init_from_model$address() {
        return llama_init_from_model.ADDR;
    }

    /** Calls {@code llama_init_from_model}. */
    public static MemorySegment llama_init_from_model(MemorySegment model, MemorySegment params) {
        var mh$ = llama_init_from_model.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(model, params);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_free {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_free");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_free}. */
    public static FunctionDescriptor llama_free$descriptor() {
        return llama_free.DESC;
    }

    /** The downcall handle of {@code llama_free}. */
    public static MethodHandle llama_free$handle() {
        return llama_free.HANDLE;
    }

    /** The address of {@code llama_free}. */
    public static MemorySegment llama_free$address() {
        return llama_free.ADDR;
    }

    /** Calls {@code llama_free}. */
    public static void llama_free(MemorySegment ctx) {
        var mh$ = llama_free.HANDLE;
        try {
            mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_time_us {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_time_us");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_time_us}. */
    public static FunctionDescriptor llama_time_us$descriptor() {
        return llama_time_us.DESC;
    }

    /** The downcall handle of {@code llama_time_us}. */
    public static MethodHandle llama_time_us$handle() {
        return llama_time_us.HANDLE;
    }

    /** The address of {@code llama_time_us}. */
    public static MemorySegment llama_time_us$address() {
        return llama_time_us.ADDR;
    }

    /** Calls {@code llama_time_us}. */
    public static long llama_time_us() {
        var mh$ = llama_time_us.HANDLE;
        try {
            return (long) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_max_devices {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_max_devices");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_max_devices}. */
    public static FunctionDescriptor llama_max_devices$descriptor() {
        return llama_max_devices.DESC;
    }

    /** The downcall handle of {@code llama_max_devices}. */
    public static MethodHandle llama_max_devices$handle() {
        return llama_max_devices.HANDLE;
    }

    /** The address of {@code llama_max_devices}. */
    public static MemorySegment llama_max_devices$address() {
        return llama_max_devices.ADDR;
    }

    /** Calls {@code llama_max_devices}. */
    public static long llama_max_devices() {
        var mh$ = llama_max_devices.HANDLE;
        try {
            return (long) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_max_parallel_sequences {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_max_parallel_sequences");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_max_parallel_sequences}. */
    public static FunctionDescriptor llama_max_parallel_sequences$descriptor() {
        return llama_max_parallel_sequences.DESC;
    }

    /** The downcall handle of {@code llama_max_parallel_sequences}. */
    public static MethodHandle llama_max_parallel_sequences$handle() {
        return llama_max_parallel_sequences.HANDLE;
    }

    /** The address of {@code llama_max_parallel_sequences}. */
    public static MemorySegment llama_max_parallel_sequences$address() {
        return llama_max_parallel_sequences.ADDR;
    }

    /** Calls {@code llama_max_parallel_sequences}. */
    public static long llama_max_parallel_sequences() {
        var mh$ = llama_max_parallel_sequences.HANDLE;
        try {
            return (long) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_max_tensor_buft_overrides {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_max_tensor_buft_overrides");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_max_tensor_buft_overrides}. */
    public static FunctionDescriptor llama_max_tensor_buft_overrides$descriptor() {
        return llama_max_tensor_buft_overrides.DESC;
    }

    /** The downcall handle of {@code llama_max_tensor_buft_overrides}. */
    public static MethodHandle llama_max_tensor_buft_overrides$handle() {
        return llama_max_tensor_buft_overrides.HANDLE;
    }

    /** The address of {@code llama_max_tensor_buft_overrides}. */
    public static MemorySegment llama_max_tensor_buft_overrides$address() {
        return llama_max_tensor_buft_overrides.ADDR;
    }

    /** Calls {@code llama_max_tensor_buft_overrides}. */
    public static long llama_max_tensor_buft_overrides() {
        var mh$ = llama_max_tensor_buft_overrides.HANDLE;
        try {
            return (long) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_supports_mmap {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_supports_mmap");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_supports_mmap}. */
    public static FunctionDescriptor llama_supports_mmap$descriptor() {
        return llama_supports_mmap.DESC;
    }

    /** The downcall handle of {@code llama_supports_mmap}. */
    public static MethodHandle llama_supports_mmap$handle() {
        return llama_supports_mmap.HANDLE;
    }

    /** The address of {@code llama_supports_mmap}. */
    public static MemorySegment llama_supports_mmap$address() {
        return llama_supports_mmap.ADDR;
    }

    /** Calls {@code llama_supports_mmap}. */
    public static boolean llama_supports_mmap() {
        var mh$ = llama_supports_mmap.HANDLE;
        try {
            return (boolean) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_supports_mlock {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_supports_mlock");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_supports_mlock}. */
    public static FunctionDescriptor llama_supports_mlock$descriptor() {
        return llama_supports_mlock.DESC;
    }

    /** The downcall handle of {@code llama_supports_mlock}. */
    public static MethodHandle llama_supports_mlock$handle() {
        return llama_supports_mlock.HANDLE;
    }

    /** The address of {@code llama_supports_mlock}. */
    public static MemorySegment llama_supports_mlock$address() {
        return llama_supports_mlock.ADDR;
    }

    /** Calls {@code llama_supports_mlock}. */
    public static boolean llama_supports_mlock() {
        var mh$ = llama_supports_mlock.HANDLE;
        try {
            return (boolean) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_supports_gpu_offload {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_supports_gpu_offload");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_supports_gpu_offload}. */
    public static FunctionDescriptor llama_supports_gpu_offload$descriptor() {
        return llama_supports_gpu_offload.DESC;
    }

    /** The downcall handle of {@code llama_supports_gpu_offload}. */
    public static MethodHandle llama_supports_gpu_offload$handle() {
        return llama_supports_gpu_offload.HANDLE;
    }

    /** The address of {@code llama_supports_gpu_offload}. */
    public static MemorySegment llama_supports_gpu_offload$address() {
        return llama_supports_gpu_offload.ADDR;
    }

    /** Calls {@code llama_supports_gpu_offload}. */
    public static boolean llama_supports_gpu_offload() {
        var mh$ = llama_supports_gpu_offload.HANDLE;
        try {
            return (boolean) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_supports_rpc {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_supports_rpc");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_supports_rpc}. */
    public static FunctionDescriptor llama_supports_rpc$descriptor() {
        return llama_supports_rpc.DESC;
    }

    /** The downcall handle of {@code llama_supports_rpc}. */
    public static MethodHandle llama_supports_rpc$handle() {
        return llama_supports_rpc.HANDLE;
    }

    /** The address of {@code llama_supports_rpc}. */
    public static MemorySegment llama_supports_rpc$address() {
        return llama_supports_rpc.ADDR;
    }

    /** Calls {@code llama_supports_rpc}. */
    public static boolean llama_supports_rpc() {
        var mh$ = llama_supports_rpc.HANDLE;
        try {
            return (boolean) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_n_ctx {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_n_ctx");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_n_ctx}. */
    public static FunctionDescriptor llama_n_ctx$descriptor() {
        return llama_n_ctx.DESC;
    }

    /** The downcall handle of {@code llama_n_ctx}. */
    public static MethodHandle llama_n_ctx$handle() {
        return llama_n_ctx.HANDLE;
    }

    /** The address of {@code llama_n_ctx}. */
    public static MemorySegment llama_n_ctx$address() {
        return llama_n_ctx.ADDR;
    }

    /** Calls {@code llama_n_ctx}. */
    public static int llama_n_ctx(MemorySegment ctx) {
        var mh$ = llama_n_ctx.HANDLE;
        try {
            return (int) mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_n_ctx_seq {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_n_ctx_seq");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_n_ctx_seq}. */
    public static FunctionDescriptor llama_n_ctx_seq$descriptor() {
        return llama_n_ctx_seq.DESC;
    }

    /** The downcall handle of {@code llama_n_ctx_seq}. */
    public static MethodHandle llama_n_ctx_seq$handle() {
        return llama_n_ctx_seq.HANDLE;
    }

    /** The address of {@code llama_n_ctx_seq}. */
    public static MemorySegment llama_n_ctx_seq$address() {
        return llama_n_ctx_seq.ADDR;
    }

    /** Calls {@code llama_n_ctx_seq}. */
    public static int llama_n_ctx_seq(MemorySegment ctx) {
        var mh$ = llama_n_ctx_seq.HANDLE;
        try {
            return (int) mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_n_batch {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_n_batch");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_n_batch}. */
    public static FunctionDescriptor llama_n_batch$descriptor() {
        return llama_n_batch.DESC;
    }

    /** The downcall handle of {@code llama_n_batch}. */
    public static MethodHandle llama_n_batch$handle() {
        return llama_n_batch.HANDLE;
    }

    /** The address of {@code llama_n_batch}. */
    public static MemorySegment llama_n_batch$address() {
        return llama_n_batch.ADDR;
    }

    /** Calls {@code llama_n_batch}. */
    public static int llama_n_batch(MemorySegment ctx) {
        var mh$ = llama_n_batch.HANDLE;
        try {
            return (int) mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_n_ubatch {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_n_ubatch");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_n_ubatch}. */
    public static FunctionDescriptor llama_n_ubatch$descriptor() {
        return llama_n_ubatch.DESC;
    }

    /** The downcall handle of {@code llama_n_ubatch}. */
    public static MethodHandle llama_n_ubatch$handle() {
        return llama_n_ubatch.HANDLE;
    }

    /** The address of {@code llama_n_ubatch}. */
    public static MemorySegment llama_n_ubatch$address() {
        return llama_n_ubatch.ADDR;
    }

    /** Calls {@code llama_n_ubatch}. */
    public static int llama_n_ubatch(MemorySegment ctx) {
        var mh$ = llama_n_ubatch.HANDLE;
        try {
            return (int) mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_n_seq_max {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_n_seq_max");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_n_seq_max}. */
    public static FunctionDescriptor llama_n_seq_max$descriptor() {
        return llama_n_seq_max.DESC;
    }

    /** The downcall handle of {@code llama_n_seq_max}. */
    public static MethodHandle llama_n_seq_max$handle() {
        return llama_n_seq_max.HANDLE;
    }

    /** The address of {@code llama_n_seq_max}. */
    public static MemorySegment llama_n_seq_max$address() {
        return llama_n_seq_max.ADDR;
    }

    /** Calls {@code llama_n_seq_max}. */
    public static int llama_n_seq_max(MemorySegment ctx) {
        var mh$ = llama_n_seq_max.HANDLE;
        try {
            return (int) mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_n_rs_seq {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_n_rs_seq");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_n_rs_seq}. */
    public static FunctionDescriptor llama_n_rs_seq$descriptor() {
        return llama_n_rs_seq.DESC;
    }

    /** The downcall handle of {@code llama_n_rs_seq}. */
    public static MethodHandle llama_n_rs_seq$handle() {
        return llama_n_rs_seq.HANDLE;
    }

    /** The address of {@code llama_n_rs_seq}. */
    public static MemorySegment llama_n_rs_seq$address() {
        return llama_n_rs_seq.ADDR;
    }

    /** Calls {@code llama_n_rs_seq}. */
    public static int llama_n_rs_seq(MemorySegment ctx) {
        var mh$ = llama_n_rs_seq.HANDLE;
        try {
            return (int) mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_get_model {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_get_model");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_get_model}. */
    public static FunctionDescriptor llama_get_model$descriptor() {
        return llama_get_model.DESC;
    }

    /** The downcall handle of {@code llama_get_model}. */
    public static MethodHandle llama_get_model$handle() {
        return llama_get_model.HANDLE;
    }

    /** The address of {@code llama_get_model}. */
    public static MemorySegment llama_get_model$address() {
        return llama_get_model.ADDR;
    }

    /** Calls {@code llama_get_model}. */
    public static MemorySegment llama_get_model(MemorySegment ctx) {
        var mh$ = llama_get_model.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_get_memory {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_get_memory");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_get_memory}. */
    public static FunctionDescriptor llama_get_memory$descriptor() {
        return llama_get_memory.DESC;
    }

    /** The downcall handle of {@code llama_get_memory}. */
    public static MethodHandle llama_get_memory$handle() {
        return llama_get_memory.HANDLE;
    }

    /** The address of {@code llama_get_memory}. */
    public static MemorySegment llama_get_memory$address() {
        return llama_get_memory.ADDR;
    }

    /** Calls {@code llama_get_memory}. */
    public static MemorySegment llama_get_memory(MemorySegment ctx) {
        var mh$ = llama_get_memory.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_pooling_type {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_pooling_type");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_pooling_type}. */
    public static FunctionDescriptor llama_pooling_type$descriptor() {
        return llama_pooling_type.DESC;
    }

    /** The downcall handle of {@code llama_pooling_type}. */
    public static MethodHandle llama_pooling_type$handle() {
        return llama_pooling_type.HANDLE;
    }

    /** The address of {@code llama_pooling_type}. */
    public static MemorySegment llama_pooling_type$address() {
        return llama_pooling_type.ADDR;
    }

    /** Calls {@code llama_pooling_type}. */
    public static int llama_pooling_type(MemorySegment ctx) {
        var mh$ = llama_pooling_type.HANDLE;
        try {
            return (int) mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_model_get_vocab {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_model_get_vocab");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_model_get_vocab}. */
    public static FunctionDescriptor llama_model_get_vocab$descriptor() {
        return llama_model_get_vocab.DESC;
    }

    /** The downcall handle of {@code llama_model_get_vocab}. */
    public static MethodHandle llama_model_get_vocab$handle() {
        return llama_model_get_vocab.HANDLE;
    }

    /** The address of {@code llama_model_get_vocab}. */
    public static MemorySegment llama_model_get_vocab$address() {
        return llama_model_get_vocab.ADDR;
    }

    /** Calls {@code llama_model_get_vocab}. */
    public static MemorySegment llama_model_get_vocab(MemorySegment model) {
        var mh$ = llama_model_get_vocab.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(model);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_model_rope_type {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_model_rope_type");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_model_rope_type}. */
    public static FunctionDescriptor llama_model_rope_type$descriptor() {
        return llama_model_rope_type.DESC;
    }

    /** The downcall handle of {@code llama_model_rope_type}. */
    public static MethodHandle llama_model_rope_type$handle() {
        return llama_model_rope_type.HANDLE;
    }

    /** The address of {@code llama_model_rope_type}. */
    public static MemorySegment llama_model_rope_type$address() {
        return llama_model_rope_type.ADDR;
    }

    /** Calls {@code llama_model_rope_type}. */
    public static int llama_model_rope_type(MemorySegment model) {
        var mh$ = llama_model_rope_type.HANDLE;
        try {
            return (int) mh$.invokeExact(model);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_model_n_ctx_train {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_model_n_ctx_train");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_model_n_ctx_train}. */
    public static FunctionDescriptor llama_model_n_ctx_train$descriptor() {
        return llama_model_n_ctx_train.DESC;
    }

    /** The downcall handle of {@code llama_model_n_ctx_train}. */
    public static MethodHandle llama_model_n_ctx_train$handle() {
        return llama_model_n_ctx_train.HANDLE;
    }

    /** The address of {@code llama_model_n_ctx_train}. */
    public static MemorySegment llama_model_n_ctx_train$address() {
        return llama_model_n_ctx_train.ADDR;
    }

    /** Calls {@code llama_model_n_ctx_train}. */
    public static int llama_model_n_ctx_train(MemorySegment model) {
        var mh$ = llama_model_n_ctx_train.HANDLE;
        try {
            return (int) mh$.invokeExact(model);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_model_n_embd {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_model_n_embd");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_model_n_embd}. */
    public static FunctionDescriptor llama_model_n_embd$descriptor() {
        return llama_model_n_embd.DESC;
    }

    /** The downcall handle of {@code llama_model_n_embd}. */
    public static MethodHandle llama_model_n_embd$handle() {
        return llama_model_n_embd.HANDLE;
    }

    /** The address of {@code llama_model_n_embd}. */
    public static MemorySegment llama_model_n_embd$address() {
        return llama_model_n_embd.ADDR;
    }

    /** Calls {@code llama_model_n_embd}. */
    public static int llama_model_n_embd(MemorySegment model) {
        var mh$ = llama_model_n_embd.HANDLE;
        try {
            return (int) mh$.invokeExact(model);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_model_n_embd_inp {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_model_n_embd_inp");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_model_n_embd_inp}. */
    public static FunctionDescriptor llama_model_n_embd_inp$descriptor() {
        return llama_model_n_embd_inp.DESC;
    }

    /** The downcall handle of {@code llama_model_n_embd_inp}. */
    public static MethodHandle llama_model_n_embd_inp$handle() {
        return llama_model_n_embd_inp.HANDLE;
    }

    /** The address of {@code llama_model_n_embd_inp}. */
    public static MemorySegment llama_model_n_embd_inp$address() {
        return llama_model_n_embd_inp.ADDR;
    }

    /** Calls {@code llama_model_n_embd_inp}. */
    public static int llama_model_n_embd_inp(MemorySegment model) {
        var mh$ = llama_model_n_embd_inp.HANDLE;
        try {
            return (int) mh$.invokeExact(model);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_model_n_embd_out {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_model_n_embd_out");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_model_n_embd_out}. */
    public static FunctionDescriptor llama_model_n_embd_out$descriptor() {
        return llama_model_n_embd_out.DESC;
    }

    /** The downcall handle of {@code llama_model_n_embd_out}. */
    public static MethodHandle llama_model_n_embd_out$handle() {
        return llama_model_n_embd_out.HANDLE;
    }

    /** The address of {@code llama_model_n_embd_out}. */
    public static MemorySegment llama_model_n_embd_out$address() {
        return llama_model_n_embd_out.ADDR;
    }

    /** Calls {@code llama_model_n_embd_out}. */
    public static int llama_model_n_embd_out(MemorySegment model) {
        var mh$ = llama_model_n_embd_out.HANDLE;
        try {
            return (int) mh$.invokeExact(model);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_model_n_layer {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_model_n_layer");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_model_n_layer}. */
    public static FunctionDescriptor llama_model_n_layer$descriptor() {
        return llama_model_n_layer.DESC;
    }

    /** The downcall handle of {@code llama_model_n_layer}. */
    public static MethodHandle llama_model_n_layer$handle() {
        return llama_model_n_layer.HANDLE;
    }

    /** The address of {@code llama_model_n_layer}. */
    public static MemorySegment llama_model_n_layer$address() {
        return llama_model_n_layer.ADDR;
    }

    /** Calls {@code llama_model_n_layer}. */
    public static int llama_model_n_layer(MemorySegment model) {
        var mh$ = llama_model_n_layer.HANDLE;
        try {
            return (int) mh$.invokeExact(model);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_model_n_layer_nextn {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_model_n_layer_nextn");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_model_n_layer_nextn}. */
    public static FunctionDescriptor llama_model_n_layer_nextn$descriptor() {
        return llama_model_n_layer_nextn.DESC;
    }

    /** The downcall handle of {@code llama_model_n_layer_nextn}. */
    public static MethodHandle llama_model_n_layer_nextn$handle() {
        return llama_model_n_layer_nextn.HANDLE;
    }

    /** The address of {@code llama_model_n_layer_nextn}. */
    public static MemorySegment llama_model_n_layer_nextn$address() {
        return llama_model_n_layer_nextn.ADDR;
    }

    /** Calls {@code llama_model_n_layer_nextn}. */
    public static int llama_model_n_layer_nextn(MemorySegment model) {
        var mh$ = llama_model_n_layer_nextn.HANDLE;
        try {
            return (int) mh$.invokeExact(model);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_model_n_head {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_model_n_head");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_model_n_head}. */
    public static FunctionDescriptor llama_model_n_head$descriptor() {
        return llama_model_n_head.DESC;
    }

    /** The downcall handle of {@code llama_model_n_head}. */
    public static MethodHandle llama_model_n_head$handle() {
        return llama_model_n_head.HANDLE;
    }

    /** The address of {@code llama_model_n_head}. */
    public static MemorySegment llama_model_n_head$address() {
        return llama_model_n_head.ADDR;
    }

    /** Calls {@code llama_model_n_head}. */
    public static int llama_model_n_head(MemorySegment model) {
        var mh$ = llama_model_n_head.HANDLE;
        try {
            return (int) mh$.invokeExact(model);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_model_n_head_kv {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_model_n_head_kv");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_model_n_head_kv}. */
    public static FunctionDescriptor llama_model_n_head_kv$descriptor() {
        return llama_model_n_head_kv.DESC;
    }

    /** The downcall handle of {@code llama_model_n_head_kv}. */
    public static MethodHandle llama_model_n_head_kv$handle() {
        return llama_model_n_head_kv.HANDLE;
    }

    /** The address of {@code llama_model_n_head_kv}. */
    public static MemorySegment llama_model_n_head_kv$address() {
        return llama_model_n_head_kv.ADDR;
    }

    /** Calls {@code llama_model_n_head_kv}. */
    public static int llama_model_n_head_kv(MemorySegment model) {
        var mh$ = llama_model_n_head_kv.HANDLE;
        try {
            return (int) mh$.invokeExact(model);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_model_n_swa {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_model_n_swa");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_model_n_swa}. */
    public static FunctionDescriptor llama_model_n_swa$descriptor() {
        return llama_model_n_swa.DESC;
    }

    /** The downcall handle of {@code llama_model_n_swa}. */
    public static MethodHandle llama_model_n_swa$handle() {
        return llama_model_n_swa.HANDLE;
    }

    /** The address of {@code llama_model_n_swa}. */
    public static MemorySegment llama_model_n_swa$address() {
        return llama_model_n_swa.ADDR;
    }

    /** Calls {@code llama_model_n_swa}. */
    public static int llama_model_n_swa(MemorySegment model) {
        var mh$ = llama_model_n_swa.HANDLE;
        try {
            return (int) mh$.invokeExact(model);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_model_rope_freq_scale_train {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_FLOAT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_model_rope_freq_scale_train");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_model_rope_freq_scale_train}. */
    public static FunctionDescriptor llama_model_rope_freq_scale_train$descriptor() {
        return llama_model_rope_freq_scale_train.DESC;
    }

    /** The downcall handle of {@code llama_model_rope_freq_scale_train}. */
    public static MethodHandle llama_model_rope_freq_scale_train$handle() {
        return llama_model_rope_freq_scale_train.HANDLE;
    }

    /** The address of {@code llama_model_rope_freq_scale_train}. */
    public static MemorySegment llama_model_rope_freq_scale_train$address() {
        return llama_model_rope_freq_scale_train.ADDR;
    }

    /** Calls {@code llama_model_rope_freq_scale_train}. */
    public static float llama_model_rope_freq_scale_train(MemorySegment model) {
        var mh$ = llama_model_rope_freq_scale_train.HANDLE;
        try {
            return (float) mh$.invokeExact(model);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_model_n_cls_out {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_model_n_cls_out");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_model_n_cls_out}. */
    public static FunctionDescriptor llama_model_n_cls_out$descriptor() {
        return llama_model_n_cls_out.DESC;
    }

    /** The downcall handle of {@code llama_model_n_cls_out}. */
    public static MethodHandle llama_model_n_cls_out$handle() {
        return llama_model_n_cls_out.HANDLE;
    }

    /** The address of {@code llama_model_n_cls_out}. */
    public static MemorySegment llama_model_n_cls_out$address() {
        return llama_model_n_cls_out.ADDR;
    }

    /** Calls {@code llama_model_n_cls_out}. */
    public static int llama_model_n_cls_out(MemorySegment model) {
        var mh$ = llama_model_n_cls_out.HANDLE;
        try {
            return (int) mh$.invokeExact(model);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_model_cls_label {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_model_cls_label");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_model_cls_label}. */
    public static FunctionDescriptor llama_model_cls_label$descriptor() {
        return llama_model_cls_label.DESC;
    }

    /** The downcall handle of {@code llama_model_cls_label}. */
    public static MethodHandle llama_model_cls_label$handle() {
        return llama_model_cls_label.HANDLE;
    }

    /** The address of {@code llama_model_cls_label}. */
    public static MemorySegment llama_model_cls_label$address() {
        return llama_model_cls_label.ADDR;
    }

    /** Calls {@code llama_model_cls_label}. */
    public static MemorySegment llama_model_cls_label(MemorySegment model, int i) {
        var mh$ = llama_model_cls_label.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(model, i);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_vocab_type {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_vocab_type");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_vocab_type}. */
    public static FunctionDescriptor llama_vocab_type$descriptor() {
        return llama_vocab_type.DESC;
    }

    /** The downcall handle of {@code llama_vocab_type}. */
    public static MethodHandle llama_vocab_type$handle() {
        return llama_vocab_type.HANDLE;
    }

    /** The address of {@code llama_vocab_type}. */
    public static MemorySegment llama_vocab_type$address() {
        return llama_vocab_type.ADDR;
    }

    /** Calls {@code llama_vocab_type}. */
    public static int llama_vocab_type(MemorySegment vocab) {
        var mh$ = llama_vocab_type.HANDLE;
        try {
            return (int) mh$.invokeExact(vocab);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_vocab_n_tokens {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_vocab_n_tokens");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_vocab_n_tokens}. */
    public static FunctionDescriptor llama_vocab_n_tokens$descriptor() {
        return llama_vocab_n_tokens.DESC;
    }

    /** The downcall handle of {@code llama_vocab_n_tokens}. */
    public static MethodHandle llama_vocab_n_tokens$handle() {
        return llama_vocab_n_tokens.HANDLE;
    }

    /** The address of {@code llama_vocab_n_tokens}. */
    public static MemorySegment llama_vocab_n_tokens$address() {
        return llama_vocab_n_tokens.ADDR;
    }

    /** Calls {@code llama_vocab_n_tokens}. */
    public static int llama_vocab_n_tokens(MemorySegment vocab) {
        var mh$ = llama_vocab_n_tokens.HANDLE;
        try {
            return (int) mh$.invokeExact(vocab);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_model_meta_val_str {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_model_meta_val_str");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_model_meta_val_str}. */
    public static FunctionDescriptor llama_model_meta_val_str$descriptor() {
        return llama_model_meta_val_str.DESC;
    }

    /** The downcall handle of {@code llama_model_meta_val_str}. */
    public static MethodHandle llama_model_meta_val_str$handle() {
        return llama_model_meta_val_str.HANDLE;
    }

    /** The address of {@code llama_model_meta_val_str}. */
    public static MemorySegment llama_model_meta_val_str$address() {
        return llama_model_meta_val_str.ADDR;
    }

    /** Calls {@code llama_model_meta_val_str}. */
    public static int llama_model_meta_val_str(MemorySegment model, MemorySegment key, MemorySegment buf, long buf_size) {
        var mh$ = llama_model_meta_val_str.HANDLE;
        try {
            return (int) mh$.invokeExact(model, key, buf, buf_size);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_model_meta_count {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_model_meta_count");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_model_meta_count}. */
    public static FunctionDescriptor llama_model_meta_count$descriptor() {
        return llama_model_meta_count.DESC;
    }

    /** The downcall handle of {@code llama_model_meta_count}. */
    public static MethodHandle llama_model_meta_count$handle() {
        return llama_model_meta_count.HANDLE;
    }

    /** The address of {@code llama_model_meta_count}. */
    public static MemorySegment llama_model_meta_count$address() {
        return llama_model_meta_count.ADDR;
    }

    /** Calls {@code llama_model_meta_count}. */
    public static int llama_model_meta_count(MemorySegment model) {
        var mh$ = llama_model_meta_count.HANDLE;
        try {
            return (int) mh$.invokeExact(model);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_model_meta_key_str {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_model_meta_key_str");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_model_meta_key_str}. */
    public static FunctionDescriptor llama_model_meta_key_str$descriptor() {
        return llama_model_meta_key_str.DESC;
    }

    /** The downcall handle of {@code llama_model_meta_key_str}. */
    public static MethodHandle llama_model_meta_key_str$handle() {
        return llama_model_meta_key_str.HANDLE;
    }

    /** The address of {@code llama_model_meta_key_str}. */
    public static MemorySegment llama_model_meta_key_str$address() {
        return llama_model_meta_key_str.ADDR;
    }

    /** Calls {@code llama_model_meta_key_str}. */
    public static MemorySegment llama_model_meta_key_str(int key) {
        var mh$ = llama_model_meta_key_str.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(key);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_model_meta_key_by_index {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_model_meta_key_by_index");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_model_meta_key_by_index}. */
    public static FunctionDescriptor llama_model_meta_key_by_index$descriptor() {
        return llama_model_meta_key_by_index.DESC;
    }

    /** The downcall handle of {@code llama_model_meta_key_by_index}. */
    public static MethodHandle llama_model_meta_key_by_index$handle() {
        return llama_model_meta_key_by_index.HANDLE;
    }

    /** The address of {@code llama_model_meta_key_by_index}. */
    public static MemorySegment llama_model_meta_key_by_index$address() {
        return llama_model_meta_key_by_index.ADDR;
    }

    /** Calls {@code llama_model_meta_key_by_index}. */
    public static int llama_model_meta_key_by_index(MemorySegment model, int i, MemorySegment buf, long buf_size) {
        var mh$ = llama_model_meta_key_by_index.HANDLE;
        try {
            return (int) mh$.invokeExact(model, i, buf, buf_size);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_model_meta_val_str_by_index {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_model_meta_val_str_by_index");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_model_meta_val_str_by_index}. */
    public static FunctionDescriptor llama_model_meta_val_str_by_index$descriptor() {
        return llama_model_meta_val_str_by_index.DESC;
    }

    /** The downcall handle of {@code llama_model_meta_val_str_by_index}. */
    public static MethodHandle llama_model_meta_val_str_by_index$handle() {
        return llama_model_meta_val_str_by_index.HANDLE;
    }

    /** The address of {@code llama_model_meta_val_str_by_index}. */
    public static MemorySegment llama_model_meta_val_str_by_index$address() {
        return llama_model_meta_val_str_by_index.ADDR;
    }

    /** Calls {@code llama_model_meta_val_str_by_index}. */
    public static int llama_model_meta_val_str_by_index(MemorySegment model, int i, MemorySegment buf, long buf_size) {
        var mh$ = llama_model_meta_val_str_by_index.HANDLE;
        try {
            return (int) mh$.invokeExact(model, i, buf, buf_size);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_model_desc {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_model_desc");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_model_desc}. */
    public static FunctionDescriptor llama_model_desc$descriptor() {
        return llama_model_desc.DESC;
    }

    /** The downcall handle of {@code llama_model_desc}. */
    public static MethodHandle llama_model_desc$handle() {
        return llama_model_desc.HANDLE;
    }

    /** The address of {@code llama_model_desc}. */
    public static MemorySegment llama_model_desc$address() {
        return llama_model_desc.ADDR;
    }

    /** Calls {@code llama_model_desc}. */
    public static int llama_model_desc(MemorySegment model, MemorySegment buf, long buf_size) {
        var mh$ = llama_model_desc.HANDLE;
        try {
            return (int) mh$.invokeExact(model, buf, buf_size);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_model_ftype {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_model_ftype");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_model_ftype}. */
    public static FunctionDescriptor llama_model_ftype$descriptor() {
        return llama_model_ftype.DESC;
    }

    /** The downcall handle of {@code llama_model_ftype}. */
    public static MethodHandle llama_model_ftype$handle() {
        return llama_model_ftype.HANDLE;
    }

    /** The address of {@code llama_model_ftype}. */
    public static MemorySegment llama_model_ftype$address() {
        return llama_model_ftype.ADDR;
    }

    /** Calls {@code llama_model_ftype}. */
    public static int llama_model_ftype(MemorySegment model) {
        var mh$ = llama_model_ftype.HANDLE;
        try {
            return (int) mh$.invokeExact(model);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_model_size {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_model_size");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_model_size}. */
    public static FunctionDescriptor llama_model_size$descriptor() {
        return llama_model_size.DESC;
    }

    /** The downcall handle of {@code llama_model_size}. */
    public static MethodHandle llama_model_size$handle() {
        return llama_model_size.HANDLE;
    }

    /** The address of {@code llama_model_size}. */
    public static MemorySegment llama_model_size$address() {
        return llama_model_size.ADDR;
    }

    /** Calls {@code llama_model_size}. */
    public static long llama_model_size(MemorySegment model) {
        var mh$ = llama_model_size.HANDLE;
        try {
            return (long) mh$.invokeExact(model);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_model_chat_template {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_model_chat_template");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_model_chat_template}. */
    public static FunctionDescriptor llama_model_chat_template$descriptor() {
        return llama_model_chat_template.DESC;
    }

    /** The downcall handle of {@code llama_model_chat_template}. */
    public static MethodHandle llama_model_chat_template$handle() {
        return llama_model_chat_template.HANDLE;
    }

    /** The address of {@code llama_model_chat_template}. */
    public static MemorySegment llama_model_chat_template$address() {
        return llama_model_chat_template.ADDR;
    }

    /** Calls {@code llama_model_chat_template}. */
    public static MemorySegment llama_model_chat_template(MemorySegment model, MemorySegment name) {
        var mh$ = llama_model_chat_template.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(model, name);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_model_n_params {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_model_n_params");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_model_n_params}. */
    public static FunctionDescriptor llama_model_n_params$descriptor() {
        return llama_model_n_params.DESC;
    }

    /** The downcall handle of {@code llama_model_n_params}. */
    public static MethodHandle llama_model_n_params$handle() {
        return llama_model_n_params.HANDLE;
    }

    /** The address of {@code llama_model_n_params}. */
    public static MemorySegment llama_model_n_params$address() {
        return llama_model_n_params.ADDR;
    }

    /** Calls {@code llama_model_n_params}. */
    public static long llama_model_n_params(MemorySegment model) {
        var mh$ = llama_model_n_params.HANDLE;
        try {
            return (long) mh$.invokeExact(model);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_model_has_encoder {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_model_has_encoder");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_model_has_encoder}. */
    public static FunctionDescriptor llama_model_has_encoder$descriptor() {
        return llama_model_has_encoder.DESC;
    }

    /** The downcall handle of {@code llama_model_has_encoder}. */
    public static MethodHandle llama_model_has_encoder$handle() {
        return llama_model_has_encoder.HANDLE;
    }

    /** The address of {@code llama_model_has_encoder}. */
    public static MemorySegment llama_model_has_encoder$address() {
        return llama_model_has_encoder.ADDR;
    }

    /** Calls {@code llama_model_has_encoder}. */
    public static boolean llama_model_has_encoder(MemorySegment model) {
        var mh$ = llama_model_has_encoder.HANDLE;
        try {
            return (boolean) mh$.invokeExact(model);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_model_has_decoder {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_model_has_decoder");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_model_has_decoder}. */
    public static FunctionDescriptor llama_model_has_decoder$descriptor() {
        return llama_model_has_decoder.DESC;
    }

    /** The downcall handle of {@code llama_model_has_decoder}. */
    public static MethodHandle llama_model_has_decoder$handle() {
        return llama_model_has_decoder.HANDLE;
    }

    /** The address of {@code llama_model_has_decoder}. */
    public static MemorySegment llama_model_has_decoder$address() {
        return llama_model_has_decoder.ADDR;
    }

    /** Calls {@code llama_model_has_decoder}. */
    public static boolean llama_model_has_decoder(MemorySegment model) {
        var mh$ = llama_model_has_decoder.HANDLE;
        try {
            return (boolean) mh$.invokeExact(model);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_model_decoder_start_token {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_model_decoder_start_token");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_model_decoder_start_token}. */
    public static FunctionDescriptor llama_model_decoder_start_token$descriptor() {
        return llama_model_decoder_start_token.DESC;
    }

    /** The downcall handle of {@code llama_model_decoder_start_token}. */
    public static MethodHandle llama_model_decoder_start_token$handle() {
        return llama_model_decoder_start_token.HANDLE;
    }

    /** The address of {@code llama_model_decoder_start_token}. */
    public static MemorySegment llama_model_decoder_start_token$address() {
        return llama_model_decoder_start_token.ADDR;
    }

    /** Calls {@code llama_model_decoder_start_token}. */
    public static int llama_model_decoder_start_token(MemorySegment model) {
        var mh$ = llama_model_decoder_start_token.HANDLE;
        try {
            return (int) mh$.invokeExact(model);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_model_is_recurrent {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_model_is_recurrent");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_model_is_recurrent}. */
    public static FunctionDescriptor llama_model_is_recurrent$descriptor() {
        return llama_model_is_recurrent.DESC;
    }

    /** The downcall handle of {@code llama_model_is_recurrent}. */
    public static MethodHandle llama_model_is_recurrent$handle() {
        return llama_model_is_recurrent.HANDLE;
    }

    /** The address of {@code llama_model_is_recurrent}. */
    public static MemorySegment llama_model_is_recurrent$address() {
        return llama_model_is_recurrent.ADDR;
    }

    /** Calls {@code llama_model_is_recurrent}. */
    public static boolean llama_model_is_recurrent(MemorySegment model) {
        var mh$ = llama_model_is_recurrent.HANDLE;
        try {
            return (boolean) mh$.invokeExact(model);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_model_is_hybrid {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_model_is_hybrid");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_model_is_hybrid}. */
    public static FunctionDescriptor llama_model_is_hybrid$descriptor() {
        return llama_model_is_hybrid.DESC;
    }

    /** The downcall handle of {@code llama_model_is_hybrid}. */
    public static MethodHandle llama_model_is_hybrid$handle() {
        return llama_model_is_hybrid.HANDLE;
    }

    /** The address of {@code llama_model_is_hybrid}. */
    public static MemorySegment llama_model_is_hybrid$address() {
        return llama_model_is_hybrid.ADDR;
    }

    /** Calls {@code llama_model_is_hybrid}. */
    public static boolean llama_model_is_hybrid(MemorySegment model) {
        var mh$ = llama_model_is_hybrid.HANDLE;
        try {
            return (boolean) mh$.invokeExact(model);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_model_is_diffusion {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_model_is_diffusion");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_model_is_diffusion}. */
    public static FunctionDescriptor llama_model_is_diffusion$descriptor() {
        return llama_model_is_diffusion.DESC;
    }

    /** The downcall handle of {@code llama_model_is_diffusion}. */
    public static MethodHandle llama_model_is_diffusion$handle() {
        return llama_model_is_diffusion.HANDLE;
    }

    /** The address of {@code llama_model_is_diffusion}. */
    public static MemorySegment llama_model_is_diffusion$address() {
        return llama_model_is_diffusion.ADDR;
    }

    /** Calls {@code llama_model_is_diffusion}. */
    public static boolean llama_model_is_diffusion(MemorySegment model) {
        var mh$ = llama_model_is_diffusion.HANDLE;
        try {
            return (boolean) mh$.invokeExact(model);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_model_quantize {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_model_quantize");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_model_quantize}. */
    public static FunctionDescriptor llama_model_quantize$descriptor() {
        return llama_model_quantize.DESC;
    }

    /** The downcall handle of {@code llama_model_quantize}. */
    public static MethodHandle llama_model_quantize$handle() {
        return llama_model_quantize.HANDLE;
    }

    /** The address of {@code llama_model_quantize}. */
    public static MemorySegment llama_model_quantize$address() {
        return llama_model_quantize.ADDR;
    }

    /** Calls {@code llama_model_quantize}. */
    public static int llama_model_quantize(MemorySegment fname_inp, MemorySegment fname_out, MemorySegment params) {
        var mh$ = llama_model_quantize.HANDLE;
        try {
            return (int) mh$.invokeExact(fname_inp, fname_out, params);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_adapter_lora_init {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_adapter_lora_init");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_adapter_lora_init}. */
    public static FunctionDescriptor llama_adapter_lora_init$descriptor() {
        return llama_adapter_lora_init.DESC;
    }

    /** The downcall handle of {@code llama_adapter_lora_init}. */
    public static MethodHandle llama_adapter_lora_init$handle() {
        return llama_adapter_lora_init.HANDLE;
    }

    /** The address of {@code llama_adapter_lora_init}. */
    public static MemorySegment llama_adapter_lora_init$address() {
        return llama_adapter_lora_init.ADDR;
    }

    /** Calls {@code llama_adapter_lora_init}. */
    public static MemorySegment llama_adapter_lora_init(MemorySegment model, MemorySegment path_lora) {
        var mh$ = llama_adapter_lora_init.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(model, path_lora);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_adapter_lora_init_from_file_ptr {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_adapter_lora_init_from_file_ptr");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_adapter_lora_init_from_file_ptr}. */
    public static FunctionDescriptor llama_adapter_lora_init_from_file_ptr$descriptor() {
        return llama_adapter_lora_init_from_file_ptr.DESC;
    }

    /** The downcall handle of {@code llama_adapter_lora_init_from_file_ptr}. */
    public static MethodHandle llama_adapter_lora_init_from_file_ptr$handle() {
        return llama_adapter_lora_init_from_file_ptr.HANDLE;
    }

    /** The address of {@code llama_adapter_lora_init_from_file_ptr}. */
    public static MemorySegment llama_adapter_lora_init_from_file_ptr$address() {
        return llama_adapter_lora_init_from_file_ptr.ADDR;
    }

    /** Calls {@code llama_adapter_lora_init_from_file_ptr}. */
    public static MemorySegment llama_adapter_lora_init_from_file_ptr(MemorySegment model, MemorySegment file) {
        var mh$ = llama_adapter_lora_init_from_file_ptr.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(model, file);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_adapter_meta_val_str {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_adapter_meta_val_str");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_adapter_meta_val_str}. */
    public static FunctionDescriptor llama_adapter_meta_val_str$descriptor() {
        return llama_adapter_meta_val_str.DESC;
    }

    /** The downcall handle of {@code llama_adapter_meta_val_str}. */
    public static MethodHandle llama_adapter_meta_val_str$handle() {
        return llama_adapter_meta_val_str.HANDLE;
    }

    /** The address of {@code llama_adapter_meta_val_str}. */
    public static MemorySegment llama_adapter_meta_val_str$address() {
        return llama_adapter_meta_val_str.ADDR;
    }

    /** Calls {@code llama_adapter_meta_val_str}. */
    public static int llama_adapter_meta_val_str(MemorySegment adapter, MemorySegment key, MemorySegment buf, long buf_size) {
        var mh$ = llama_adapter_meta_val_str.HANDLE;
        try {
            return (int) mh$.invokeExact(adapter, key, buf, buf_size);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_adapter_meta_count {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_adapter_meta_count");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_adapter_meta_count}. */
    public static FunctionDescriptor llama_adapter_meta_count$descriptor() {
        return llama_adapter_meta_count.DESC;
    }

    /** The downcall handle of {@code llama_adapter_meta_count}. */
    public static MethodHandle llama_adapter_meta_count$handle() {
        return llama_adapter_meta_count.HANDLE;
    }

    /** The address of {@code llama_adapter_meta_count}. */
    public static MemorySegment llama_adapter_meta_count$address() {
        return llama_adapter_meta_count.ADDR;
    }

    /** Calls {@code llama_adapter_meta_count}. */
    public static int llama_adapter_meta_count(MemorySegment adapter) {
        var mh$ = llama_adapter_meta_count.HANDLE;
        try {
            return (int) mh$.invokeExact(adapter);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_adapter_meta_key_by_index {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_adapter_meta_key_by_index");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_adapter_meta_key_by_index}. */
    public static FunctionDescriptor llama_adapter_meta_key_by_index$descriptor() {
        return llama_adapter_meta_key_by_index.DESC;
    }

    /** The downcall handle of {@code llama_adapter_meta_key_by_index}. */
    public static MethodHandle llama_adapter_meta_key_by_index$handle() {
        return llama_adapter_meta_key_by_index.HANDLE;
    }

    /** The address of {@code llama_adapter_meta_key_by_index}. */
    public static MemorySegment llama_adapter_meta_key_by_index$address() {
        return llama_adapter_meta_key_by_index.ADDR;
    }

    /** Calls {@code llama_adapter_meta_key_by_index}. */
    public static int llama_adapter_meta_key_by_index(MemorySegment adapter, int i, MemorySegment buf, long buf_size) {
        var mh$ = llama_adapter_meta_key_by_index.HANDLE;
        try {
            return (int) mh$.invokeExact(adapter, i, buf, buf_size);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_adapter_meta_val_str_by_index {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_adapter_meta_val_str_by_index");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_adapter_meta_val_str_by_index}. */
    public static FunctionDescriptor llama_adapter_meta_val_str_by_index$descriptor() {
        return llama_adapter_meta_val_str_by_index.DESC;
    }

    /** The downcall handle of {@code llama_adapter_meta_val_str_by_index}. */
    public static MethodHandle llama_adapter_meta_val_str_by_index$handle() {
        return llama_adapter_meta_val_str_by_index.HANDLE;
    }

    /** The address of {@code llama_adapter_meta_val_str_by_index}. */
    public static MemorySegment llama_adapter_meta_val_str_by_index$address() {
        return llama_adapter_meta_val_str_by_index.ADDR;
    }

    /** Calls {@code llama_adapter_meta_val_str_by_index}. */
    public static int llama_adapter_meta_val_str_by_index(MemorySegment adapter, int i, MemorySegment buf, long buf_size) {
        var mh$ = llama_adapter_meta_val_str_by_index.HANDLE;
        try {
            return (int) mh$.invokeExact(adapter, i, buf, buf_size);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_adapter_lora_free {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_adapter_lora_free");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_adapter_lora_free}. */
    public static FunctionDescriptor llama_adapter_lora_free$descriptor() {
        return llama_adapter_lora_free.DESC;
    }

    /** The downcall handle of {@code llama_adapter_lora_free}. */
    public static MethodHandle llama_adapter_lora_free$handle() {
        return llama_adapter_lora_free.HANDLE;
    }

    /** The address of {@code llama_adapter_lora_free}. */
    public static MemorySegment llama_adapter_lora_free$address() {
        return llama_adapter_lora_free.ADDR;
    }

    /** Calls {@code llama_adapter_lora_free}. */
    public static void llama_adapter_lora_free(MemorySegment adapter) {
        var mh$ = llama_adapter_lora_free.HANDLE;
        try {
            mh$.invokeExact(adapter);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_adapter_get_alora_n_invocation_tokens {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_adapter_get_alora_n_invocation_tokens");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_adapter_get_alora_n_invocation_tokens}. */
    public static FunctionDescriptor llama_adapter_get_alora_n_invocation_tokens$descriptor() {
        return llama_adapter_get_alora_n_invocation_tokens.DESC;
    }

    /** The downcall handle of {@code llama_adapter_get_alora_n_invocation_tokens}. */
    public static MethodHandle llama_adapter_get_alora_n_invocation_tokens$handle() {
        return llama_adapter_get_alora_n_invocation_tokens.HANDLE;
    }

    /** The address of {@code llama_adapter_get_alora_n_invocation_tokens}. */
    public static MemorySegment llama_adapter_get_alora_n_invocation_tokens$address() {
        return llama_adapter_get_alora_n_invocation_tokens.ADDR;
    }

    /** Calls {@code llama_adapter_get_alora_n_invocation_tokens}. */
    public static long llama_adapter_get_alora_n_invocation_tokens(MemorySegment adapter) {
        var mh$ = llama_adapter_get_alora_n_invocation_tokens.HANDLE;
        try {
            return (long) mh$.invokeExact(adapter);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }
}
