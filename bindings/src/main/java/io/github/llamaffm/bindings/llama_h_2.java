// Generated from llama.h, ggml.h, ggml-cpu.h, ggml-backend.h, ggml-alloc.h, ggml-opt.h, gguf.h, ggml-rpc.h of llama.cpp 0.5.0 by llama-ffm's bindings generator (bindings/generator) — do not edit.
// Regenerate with 'make bindings'.

package io.github.llamaffm.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;

/** Part 2 of {@link llama_h}, split off to keep class files small. */
public class llama_h_2 extends llama_h_3 {

    llama_h_2() {
        // static members only
    }

    private static class ggml_backend_dev_backend_reg {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_dev_backend_reg");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_dev_backend_reg}. */
    public static FunctionDescriptor ggml_backend_dev_backend_reg$descriptor() {
        return ggml_backend_dev_backend_reg.DESC;
    }

    /** The downcall handle of {@code ggml_backend_dev_backend_reg}. */
    public static MethodHandle ggml_backend_dev_backend_reg$handle() {
        return ggml_backend_dev_backend_reg.HANDLE;
    }

    /** The address of {@code ggml_backend_dev_backend_reg}. */
    public static MemorySegment ggml_backend_dev_backend_reg$address() {
        return ggml_backend_dev_backend_reg.ADDR;
    }

    /** Calls {@code ggml_backend_dev_backend_reg}. */
    public static MemorySegment ggml_backend_dev_backend_reg(MemorySegment device) {
        var mh$ = ggml_backend_dev_backend_reg.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(device);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_dev_init {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_dev_init");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_dev_init}. */
    public static FunctionDescriptor ggml_backend_dev_init$descriptor() {
        return ggml_backend_dev_init.DESC;
    }

    /** The downcall handle of {@code ggml_backend_dev_init}. */
    public static MethodHandle ggml_backend_dev_init$handle() {
        return ggml_backend_dev_init.HANDLE;
    }

    /** The address of {@code ggml_backend_dev_init}. */
    public static MemorySegment ggml_backend_dev_init$address() {
        return ggml_backend_dev_init.ADDR;
    }

    /** Calls {@code ggml_backend_dev_init}. */
    public static MemorySegment ggml_backend_dev_init(MemorySegment device, MemorySegment params) {
        var mh$ = ggml_backend_dev_init.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(device, params);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_dev_buffer_type {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_dev_buffer_type");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_dev_buffer_type}. */
    public static FunctionDescriptor ggml_backend_dev_buffer_type$descriptor() {
        return ggml_backend_dev_buffer_type.DESC;
    }

    /** The downcall handle of {@code ggml_backend_dev_buffer_type}. */
    public static MethodHandle ggml_backend_dev_buffer_type$handle() {
        return ggml_backend_dev_buffer_type.HANDLE;
    }

    /** The address of {@code ggml_backend_dev_buffer_type}. */
    public static MemorySegment ggml_backend_dev_buffer_type$address() {
        return ggml_backend_dev_buffer_type.ADDR;
    }

    /** Calls {@code ggml_backend_dev_buffer_type}. */
    public static MemorySegment ggml_backend_dev_buffer_type(MemorySegment device) {
        var mh$ = ggml_backend_dev_buffer_type.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(device);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_dev_host_buffer_type {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_dev_host_buffer_type");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_dev_host_buffer_type}. */
    public static FunctionDescriptor ggml_backend_dev_host_buffer_type$descriptor() {
        return ggml_backend_dev_host_buffer_type.DESC;
    }

    /** The downcall handle of {@code ggml_backend_dev_host_buffer_type}. */
    public static MethodHandle ggml_backend_dev_host_buffer_type$handle() {
        return ggml_backend_dev_host_buffer_type.HANDLE;
    }

    /** The address of {@code ggml_backend_dev_host_buffer_type}. */
    public static MemorySegment ggml_backend_dev_host_buffer_type$address() {
        return ggml_backend_dev_host_buffer_type.ADDR;
    }

    /** Calls {@code ggml_backend_dev_host_buffer_type}. */
    public static MemorySegment ggml_backend_dev_host_buffer_type(MemorySegment device) {
        var mh$ = ggml_backend_dev_host_buffer_type.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(device);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_dev_buffer_from_host_ptr {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_dev_buffer_from_host_ptr");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_dev_buffer_from_host_ptr}. */
    public static FunctionDescriptor ggml_backend_dev_buffer_from_host_ptr$descriptor() {
        return ggml_backend_dev_buffer_from_host_ptr.DESC;
    }

    /** The downcall handle of {@code ggml_backend_dev_buffer_from_host_ptr}. */
    public static MethodHandle ggml_backend_dev_buffer_from_host_ptr$handle() {
        return ggml_backend_dev_buffer_from_host_ptr.HANDLE;
    }

    /** The address of {@code ggml_backend_dev_buffer_from_host_ptr}. */
    public static MemorySegment ggml_backend_dev_buffer_from_host_ptr$address() {
        return ggml_backend_dev_buffer_from_host_ptr.ADDR;
    }

    /** Calls {@code ggml_backend_dev_buffer_from_host_ptr}. */
    public static MemorySegment ggml_backend_dev_buffer_from_host_ptr(MemorySegment device, MemorySegment ptr, long size, long max_tensor_size) {
        var mh$ = ggml_backend_dev_buffer_from_host_ptr.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(device, ptr, size, max_tensor_size);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_dev_supports_op {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_dev_supports_op");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_dev_supports_op}. */
    public static FunctionDescriptor ggml_backend_dev_supports_op$descriptor() {
        return ggml_backend_dev_supports_op.DESC;
    }

    /** The downcall handle of {@code ggml_backend_dev_supports_op}. */
    public static MethodHandle ggml_backend_dev_supports_op$handle() {
        return ggml_backend_dev_supports_op.HANDLE;
    }

    /** The address of {@code ggml_backend_dev_supports_op}. */
    public static MemorySegment ggml_backend_dev_supports_op$address() {
        return ggml_backend_dev_supports_op.ADDR;
    }

    /** Calls {@code ggml_backend_dev_supports_op}. */
    public static boolean ggml_backend_dev_supports_op(MemorySegment device, MemorySegment op) {
        var mh$ = ggml_backend_dev_supports_op.HANDLE;
        try {
            return (boolean) mh$.invokeExact(device, op);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_dev_supports_buft {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_dev_supports_buft");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_dev_supports_buft}. */
    public static FunctionDescriptor ggml_backend_dev_supports_buft$descriptor() {
        return ggml_backend_dev_supports_buft.DESC;
    }

    /** The downcall handle of {@code ggml_backend_dev_supports_buft}. */
    public static MethodHandle ggml_backend_dev_supports_buft$handle() {
        return ggml_backend_dev_supports_buft.HANDLE;
    }

    /** The address of {@code ggml_backend_dev_supports_buft}. */
    public static MemorySegment ggml_backend_dev_supports_buft$address() {
        return ggml_backend_dev_supports_buft.ADDR;
    }

    /** Calls {@code ggml_backend_dev_supports_buft}. */
    public static boolean ggml_backend_dev_supports_buft(MemorySegment device, MemorySegment buft) {
        var mh$ = ggml_backend_dev_supports_buft.HANDLE;
        try {
            return (boolean) mh$.invokeExact(device, buft);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_dev_offload_op {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_dev_offload_op");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_dev_offload_op}. */
    public static FunctionDescriptor ggml_backend_dev_offload_op$descriptor() {
        return ggml_backend_dev_offload_op.DESC;
    }

    /** The downcall handle of {@code ggml_backend_dev_offload_op}. */
    public static MethodHandle ggml_backend_dev_offload_op$handle() {
        return ggml_backend_dev_offload_op.HANDLE;
    }

    /** The address of {@code ggml_backend_dev_offload_op}. */
    public static MemorySegment ggml_backend_dev_offload_op$address() {
        return ggml_backend_dev_offload_op.ADDR;
    }

    /** Calls {@code ggml_backend_dev_offload_op}. */
    public static boolean ggml_backend_dev_offload_op(MemorySegment device, MemorySegment op) {
        var mh$ = ggml_backend_dev_offload_op.HANDLE;
        try {
            return (boolean) mh$.invokeExact(device, op);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_reg_name {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_reg_name");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_reg_name}. */
    public static FunctionDescriptor ggml_backend_reg_name$descriptor() {
        return ggml_backend_reg_name.DESC;
    }

    /** The downcall handle of {@code ggml_backend_reg_name}. */
    public static MethodHandle ggml_backend_reg_name$handle() {
        return ggml_backend_reg_name.HANDLE;
    }

    /** The address of {@code ggml_backend_reg_name}. */
    public static MemorySegment ggml_backend_reg_name$address() {
        return ggml_backend_reg_name.ADDR;
    }

    /** Calls {@code ggml_backend_reg_name}. */
    public static MemorySegment ggml_backend_reg_name(MemorySegment reg) {
        var mh$ = ggml_backend_reg_name.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(reg);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_reg_dev_count {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_reg_dev_count");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_reg_dev_count}. */
    public static FunctionDescriptor ggml_backend_reg_dev_count$descriptor() {
        return ggml_backend_reg_dev_count.DESC;
    }

    /** The downcall handle of {@code ggml_backend_reg_dev_count}. */
    public static MethodHandle ggml_backend_reg_dev_count$handle() {
        return ggml_backend_reg_dev_count.HANDLE;
    }

    /** The address of {@code ggml_backend_reg_dev_count}. */
    public static MemorySegment ggml_backend_reg_dev_count$address() {
        return ggml_backend_reg_dev_count.ADDR;
    }

    /** Calls {@code ggml_backend_reg_dev_count}. */
    public static long ggml_backend_reg_dev_count(MemorySegment reg) {
        var mh$ = ggml_backend_reg_dev_count.HANDLE;
        try {
            return (long) mh$.invokeExact(reg);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_reg_dev_get {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_reg_dev_get");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_reg_dev_get}. */
    public static FunctionDescriptor ggml_backend_reg_dev_get$descriptor() {
        return ggml_backend_reg_dev_get.DESC;
    }

    /** The downcall handle of {@code ggml_backend_reg_dev_get}. */
    public static MethodHandle ggml_backend_reg_dev_get$handle() {
        return ggml_backend_reg_dev_get.HANDLE;
    }

    /** The address of {@code ggml_backend_reg_dev_get}. */
    public static MemorySegment ggml_backend_reg_dev_get$address() {
        return ggml_backend_reg_dev_get.ADDR;
    }

    /** Calls {@code ggml_backend_reg_dev_get}. */
    public static MemorySegment ggml_backend_reg_dev_get(MemorySegment reg, long index) {
        var mh$ = ggml_backend_reg_dev_get.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(reg, index);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_reg_get_proc_address {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_reg_get_proc_address");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_reg_get_proc_address}. */
    public static FunctionDescriptor ggml_backend_reg_get_proc_address$descriptor() {
        return ggml_backend_reg_get_proc_address.DESC;
    }

    /** The downcall handle of {@code ggml_backend_reg_get_proc_address}. */
    public static MethodHandle ggml_backend_reg_get_proc_address$handle() {
        return ggml_backend_reg_get_proc_address.HANDLE;
    }

    /** The address of {@code ggml_backend_reg_get_proc_address}. */
    public static MemorySegment ggml_backend_reg_get_proc_address$address() {
        return ggml_backend_reg_get_proc_address.ADDR;
    }

    /** Calls {@code ggml_backend_reg_get_proc_address}. */
    public static MemorySegment ggml_backend_reg_get_proc_address(MemorySegment reg, MemorySegment name) {
        var mh$ = ggml_backend_reg_get_proc_address.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(reg, name);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_register {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_register");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_register}. */
    public static FunctionDescriptor ggml_backend_register$descriptor() {
        return ggml_backend_register.DESC;
    }

    /** The downcall handle of {@code ggml_backend_register}. */
    public static MethodHandle ggml_backend_register$handle() {
        return ggml_backend_register.HANDLE;
    }

    /** The address of {@code ggml_backend_register}. */
    public static MemorySegment ggml_backend_register$address() {
        return ggml_backend_register.ADDR;
    }

    /** Calls {@code ggml_backend_register}. */
    public static void ggml_backend_register(MemorySegment reg) {
        var mh$ = ggml_backend_register.HANDLE;
        try {
            mh$.invokeExact(reg);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_device_register {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_device_register");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_device_register}. */
    public static FunctionDescriptor ggml_backend_device_register$descriptor() {
        return ggml_backend_device_register.DESC;
    }

    /** The downcall handle of {@code ggml_backend_device_register}. */
    public static MethodHandle ggml_backend_device_register$handle() {
        return ggml_backend_device_register.HANDLE;
    }

    /** The address of {@code ggml_backend_device_register}. */
    public static MemorySegment ggml_backend_device_register$address() {
        return ggml_backend_device_register.ADDR;
    }

    /** Calls {@code ggml_backend_device_register}. */
    public static void ggml_backend_device_register(MemorySegment device) {
        var mh$ = ggml_backend_device_register.HANDLE;
        try {
            mh$.invokeExact(device);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_reg_count {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_reg_count");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_reg_count}. */
    public static FunctionDescriptor ggml_backend_reg_count$descriptor() {
        return ggml_backend_reg_count.DESC;
    }

    /** The downcall handle of {@code ggml_backend_reg_count}. */
    public static MethodHandle ggml_backend_reg_count$handle() {
        return ggml_backend_reg_count.HANDLE;
    }

    /** The address of {@code ggml_backend_reg_count}. */
    public static MemorySegment ggml_backend_reg_count$address() {
        return ggml_backend_reg_count.ADDR;
    }

    /** Calls {@code ggml_backend_reg_count}. */
    public static long ggml_backend_reg_count() {
        var mh$ = ggml_backend_reg_count.HANDLE;
        try {
            return (long) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_reg_get {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_reg_get");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_reg_get}. */
    public static FunctionDescriptor ggml_backend_reg_get$descriptor() {
        return ggml_backend_reg_get.DESC;
    }

    /** The downcall handle of {@code ggml_backend_reg_get}. */
    public static MethodHandle ggml_backend_reg_get$handle() {
        return ggml_backend_reg_get.HANDLE;
    }

    /** The address of {@code ggml_backend_reg_get}. */
    public static MemorySegment ggml_backend_reg_get$address() {
        return ggml_backend_reg_get.ADDR;
    }

    /** Calls {@code ggml_backend_reg_get}. */
    public static MemorySegment ggml_backend_reg_get(long index) {
        var mh$ = ggml_backend_reg_get.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(index);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_reg_by_name {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_reg_by_name");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_reg_by_name}. */
    public static FunctionDescriptor ggml_backend_reg_by_name$descriptor() {
        return ggml_backend_reg_by_name.DESC;
    }

    /** The downcall handle of {@code ggml_backend_reg_by_name}. */
    public static MethodHandle ggml_backend_reg_by_name$handle() {
        return ggml_backend_reg_by_name.HANDLE;
    }

    /** The address of {@code ggml_backend_reg_by_name}. */
    public static MemorySegment ggml_backend_reg_by_name$address() {
        return ggml_backend_reg_by_name.ADDR;
    }

    /** Calls {@code ggml_backend_reg_by_name}. */
    public static MemorySegment ggml_backend_reg_by_name(MemorySegment name) {
        var mh$ = ggml_backend_reg_by_name.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(name);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_dev_count {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_dev_count");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_dev_count}. */
    public static FunctionDescriptor ggml_backend_dev_count$descriptor() {
        return ggml_backend_dev_count.DESC;
    }

    /** The downcall handle of {@code ggml_backend_dev_count}. */
    public static MethodHandle ggml_backend_dev_count$handle() {
        return ggml_backend_dev_count.HANDLE;
    }

    /** The address of {@code ggml_backend_dev_count}. */
    public static MemorySegment ggml_backend_dev_count$address() {
        return ggml_backend_dev_count.ADDR;
    }

    /** Calls {@code ggml_backend_dev_count}. */
    public static long ggml_backend_dev_count() {
        var mh$ = ggml_backend_dev_count.HANDLE;
        try {
            return (long) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_dev_get {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_dev_get");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_dev_get}. */
    public static FunctionDescriptor ggml_backend_dev_get$descriptor() {
        return ggml_backend_dev_get.DESC;
    }

    /** The downcall handle of {@code ggml_backend_dev_get}. */
    public static MethodHandle ggml_backend_dev_get$handle() {
        return ggml_backend_dev_get.HANDLE;
    }

    /** The address of {@code ggml_backend_dev_get}. */
    public static MemorySegment ggml_backend_dev_get$address() {
        return ggml_backend_dev_get.ADDR;
    }

    /** Calls {@code ggml_backend_dev_get}. */
    public static MemorySegment ggml_backend_dev_get(long index) {
        var mh$ = ggml_backend_dev_get.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(index);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_dev_by_name {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_dev_by_name");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_dev_by_name}. */
    public static FunctionDescriptor ggml_backend_dev_by_name$descriptor() {
        return ggml_backend_dev_by_name.DESC;
    }

    /** The downcall handle of {@code ggml_backend_dev_by_name}. */
    public static MethodHandle ggml_backend_dev_by_name$handle() {
        return ggml_backend_dev_by_name.HANDLE;
    }

    /** The address of {@code ggml_backend_dev_by_name}. */
    public static MemorySegment ggml_backend_dev_by_name$address() {
        return ggml_backend_dev_by_name.ADDR;
    }

    /** Calls {@code ggml_backend_dev_by_name}. */
    public static MemorySegment ggml_backend_dev_by_name(MemorySegment name) {
        var mh$ = ggml_backend_dev_by_name.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(name);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_dev_by_type {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_dev_by_type");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_dev_by_type}. */
    public static FunctionDescriptor ggml_backend_dev_by_type$descriptor() {
        return ggml_backend_dev_by_type.DESC;
    }

    /** The downcall handle of {@code ggml_backend_dev_by_type}. */
    public static MethodHandle ggml_backend_dev_by_type$handle() {
        return ggml_backend_dev_by_type.HANDLE;
    }

    /** The address of {@code ggml_backend_dev_by_type}. */
    public static MemorySegment ggml_backend_dev_by_type$address() {
        return ggml_backend_dev_by_type.ADDR;
    }

    /** Calls {@code ggml_backend_dev_by_type}. */
    public static MemorySegment ggml_backend_dev_by_type(int type) {
        var mh$ = ggml_backend_dev_by_type.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(type);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_init_by_name {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_init_by_name");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_init_by_name}. */
    public static FunctionDescriptor ggml_backend_init_by_name$descriptor() {
        return ggml_backend_init_by_name.DESC;
    }

    /** The downcall handle of {@code ggml_backend_init_by_name}. */
    public static MethodHandle ggml_backend_init_by_name$handle() {
        return ggml_backend_init_by_name.HANDLE;
    }

    /** The address of {@code ggml_backend_init_by_name}. */
    public static MemorySegment ggml_backend_init_by_name$address() {
        return ggml_backend_init_by_name.ADDR;
    }

    /** Calls {@code ggml_backend_init_by_name}. */
    public static MemorySegment ggml_backend_init_by_name(MemorySegment name, MemorySegment params) {
        var mh$ = ggml_backend_init_by_name.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(name, params);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_init_by_type {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_init_by_type");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_init_by_type}. */
    public static FunctionDescriptor ggml_backend_init_by_type$descriptor() {
        return ggml_backend_init_by_type.DESC;
    }

    /** The downcall handle of {@code ggml_backend_init_by_type}. */
    public static MethodHandle ggml_backend_init_by_type$handle() {
        return ggml_backend_init_by_type.HANDLE;
    }

    /** The address of {@code ggml_backend_init_by_type}. */
    public static MemorySegment ggml_backend_init_by_type$address() {
        return ggml_backend_init_by_type.ADDR;
    }

    /** Calls {@code ggml_backend_init_by_type}. */
    public static MemorySegment ggml_backend_init_by_type(int type, MemorySegment params) {
        var mh$ = ggml_backend_init_by_type.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(type, params);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_init_best {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_init_best");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_init_best}. */
    public static FunctionDescriptor ggml_backend_init_best$descriptor() {
        return ggml_backend_init_best.DESC;
    }

    /** The downcall handle of {@code ggml_backend_init_best}. */
    public static MethodHandle ggml_backend_init_best$handle() {
        return ggml_backend_init_best.HANDLE;
    }

    /** The address of {@code ggml_backend_init_best}. */
    public static MemorySegment ggml_backend_init_best$address() {
        return ggml_backend_init_best.ADDR;
    }

    /** Calls {@code ggml_backend_init_best}. */
    public static MemorySegment ggml_backend_init_best() {
        var mh$ = ggml_backend_init_best.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_load {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_load");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_load}. */
    public static FunctionDescriptor ggml_backend_load$descriptor() {
        return ggml_backend_load.DESC;
    }

    /** The downcall handle of {@code ggml_backend_load}. */
    public static MethodHandle ggml_backend_load$handle() {
        return ggml_backend_load.HANDLE;
    }

    /** The address of {@code ggml_backend_load}. */
    public static MemorySegment ggml_backend_load$address() {
        return ggml_backend_load.ADDR;
    }

    /** Calls {@code ggml_backend_load}. */
    public static MemorySegment ggml_backend_load(MemorySegment path) {
        var mh$ = ggml_backend_load.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(path);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_unload {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_unload");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_unload}. */
    public static FunctionDescriptor ggml_backend_unload$descriptor() {
        return ggml_backend_unload.DESC;
    }

    /** The downcall handle of {@code ggml_backend_unload}. */
    public static MethodHandle ggml_backend_unload$handle() {
        return ggml_backend_unload.HANDLE;
    }

    /** The address of {@code ggml_backend_unload}. */
    public static MemorySegment ggml_backend_unload$address() {
        return ggml_backend_unload.ADDR;
    }

    /** Calls {@code ggml_backend_unload}. */
    public static void ggml_backend_unload(MemorySegment reg) {
        var mh$ = ggml_backend_unload.HANDLE;
        try {
            mh$.invokeExact(reg);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_load_all {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid();
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_load_all");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_load_all}. */
    public static FunctionDescriptor ggml_backend_load_all$descriptor() {
        return ggml_backend_load_all.DESC;
    }

    /** The downcall handle of {@code ggml_backend_load_all}. */
    public static MethodHandle ggml_backend_load_all$handle() {
        return ggml_backend_load_all.HANDLE;
    }

    /** The address of {@code ggml_backend_load_all}. */
    public static MemorySegment ggml_backend_load_all$address() {
        return ggml_backend_load_all.ADDR;
    }

    /** Calls {@code ggml_backend_load_all}. */
    public static void ggml_backend_load_all() {
        var mh$ = ggml_backend_load_all.HANDLE;
        try {
            mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_load_all_from_path {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_load_all_from_path");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_load_all_from_path}. */
    public static FunctionDescriptor ggml_backend_load_all_from_path$descriptor() {
        return ggml_backend_load_all_from_path.DESC;
    }

    /** The downcall handle of {@code ggml_backend_load_all_from_path}. */
    public static MethodHandle ggml_backend_load_all_from_path$handle() {
        return ggml_backend_load_all_from_path.HANDLE;
    }

    /** The address of {@code ggml_backend_load_all_from_path}. */
    public static MemorySegment ggml_backend_load_all_from_path$address() {
        return ggml_backend_load_all_from_path.ADDR;
    }

    /** Calls {@code ggml_backend_load_all_from_path}. */
    public static void ggml_backend_load_all_from_path(MemorySegment dir_path) {
        var mh$ = ggml_backend_load_all_from_path.HANDLE;
        try {
            mh$.invokeExact(dir_path);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_sched_new {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_INT, llama_h_shared.C_LONG, llama_h_shared.C_BOOL, llama_h_shared.C_BOOL);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_sched_new");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_sched_new}. */
    public static FunctionDescriptor ggml_backend_sched_new$descriptor() {
        return ggml_backend_sched_new.DESC;
    }

    /** The downcall handle of {@code ggml_backend_sched_new}. */
    public static MethodHandle ggml_backend_sched_new$handle() {
        return ggml_backend_sched_new.HANDLE;
    }

    /** The address of {@code ggml_backend_sched_new}. */
    public static MemorySegment ggml_backend_sched_new$address() {
        return ggml_backend_sched_new.ADDR;
    }

    /** Calls {@code ggml_backend_sched_new}. */
    public static MemorySegment ggml_backend_sched_new(MemorySegment backends, MemorySegment bufts, int n_backends, long graph_size, boolean parallel, boolean op_offload) {
        var mh$ = ggml_backend_sched_new.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(backends, bufts, n_backends, graph_size, parallel, op_offload);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_sched_free {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_sched_free");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_sched_free}. */
    public static FunctionDescriptor ggml_backend_sched_free$descriptor() {
        return ggml_backend_sched_free.DESC;
    }

    /** The downcall handle of {@code ggml_backend_sched_free}. */
    public static MethodHandle ggml_backend_sched_free$handle() {
        return ggml_backend_sched_free.HANDLE;
    }

    /** The address of {@code ggml_backend_sched_free}. */
    public static MemorySegment ggml_backend_sched_free$address() {
        return ggml_backend_sched_free.ADDR;
    }

    /** Calls {@code ggml_backend_sched_free}. */
    public static void ggml_backend_sched_free(MemorySegment sched) {
        var mh$ = ggml_backend_sched_free.HANDLE;
        try {
            mh$.invokeExact(sched);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_sched_reserve_size {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_sched_reserve_size");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_sched_reserve_size}. */
    public static FunctionDescriptor ggml_backend_sched_reserve_size$descriptor() {
        return ggml_backend_sched_reserve_size.DESC;
    }

    /** The downcall handle of {@code ggml_backend_sched_reserve_size}. */
    public static MethodHandle ggml_backend_sched_reserve_size$handle() {
        return ggml_backend_sched_reserve_size.HANDLE;
    }

    /** The address of {@code ggml_backend_sched_reserve_size}. */
    public static MemorySegment ggml_backend_sched_reserve_size$address() {
        return ggml_backend_sched_reserve_size.ADDR;
    }

    /** Calls {@code ggml_backend_sched_reserve_size}. */
    public static void ggml_backend_sched_reserve_size(MemorySegment sched, MemorySegment measure_graph, MemorySegment sizes) {
        var mh$ = ggml_backend_sched_reserve_size.HANDLE;
        try {
            mh$.invokeExact(sched, measure_graph, sizes);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_sched_reserve {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_sched_reserve");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_sched_reserve}. */
    public static FunctionDescriptor ggml_backend_sched_reserve$descriptor() {
        return ggml_backend_sched_reserve.DESC;
    }

    /** The downcall handle of {@code ggml_backend_sched_reserve}. */
    public static MethodHandle ggml_backend_sched_reserve$handle() {
        return ggml_backend_sched_reserve.HANDLE;
    }

    /** The address of {@code ggml_backend_sched_reserve}. */
    public static MemorySegment ggml_backend_sched_reserve$address() {
        return ggml_backend_sched_reserve.ADDR;
    }

    /** Calls {@code ggml_backend_sched_reserve}. */
    public static boolean ggml_backend_sched_reserve(MemorySegment sched, MemorySegment measure_graph) {
        var mh$ = ggml_backend_sched_reserve.HANDLE;
        try {
            return (boolean) mh$.invokeExact(sched, measure_graph);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_sched_get_n_backends {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_sched_get_n_backends");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_sched_get_n_backends}. */
    public static FunctionDescriptor ggml_backend_sched_get_n_backends$descriptor() {
        return ggml_backend_sched_get_n_backends.DESC;
    }

    /** The downcall handle of {@code ggml_backend_sched_get_n_backends}. */
    public static MethodHandle ggml_backend_sched_get_n_backends$handle() {
        return ggml_backend_sched_get_n_backends.HANDLE;
    }

    /** The address of {@code ggml_backend_sched_get_n_backends}. */
    public static MemorySegment ggml_backend_sched_get_n_backends$address() {
        return ggml_backend_sched_get_n_backends.ADDR;
    }

    /** Calls {@code ggml_backend_sched_get_n_backends}. */
    public static int ggml_backend_sched_get_n_backends(MemorySegment sched) {
        var mh$ = ggml_backend_sched_get_n_backends.HANDLE;
        try {
            return (int) mh$.invokeExact(sched);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_sched_get_backend {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_sched_get_backend");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_sched_get_backend}. */
    public static FunctionDescriptor ggml_backend_sched_get_backend$descriptor() {
        return ggml_backend_sched_get_backend.DESC;
    }

    /** The downcall handle of {@code ggml_backend_sched_get_backend}. */
    public static MethodHandle ggml_backend_sched_get_backend$handle() {
        return ggml_backend_sched_get_backend.HANDLE;
    }

    /** The address of {@code ggml_backend_sched_get_backend}. */
    public static MemorySegment ggml_backend_sched_get_backend$address() {
        return ggml_backend_sched_get_backend.ADDR;
    }

    /** Calls {@code ggml_backend_sched_get_backend}. */
    public static MemorySegment ggml_backend_sched_get_backend(MemorySegment sched, int i) {
        var mh$ = ggml_backend_sched_get_backend.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(sched, i);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_sched_get_n_splits {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_sched_get_n_splits");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_sched_get_n_splits}. */
    public static FunctionDescriptor ggml_backend_sched_get_n_splits$descriptor() {
        return ggml_backend_sched_get_n_splits.DESC;
    }

    /** The downcall handle of {@code ggml_backend_sched_get_n_splits}. */
    public static MethodHandle ggml_backend_sched_get_n_splits$handle() {
        return ggml_backend_sched_get_n_splits.HANDLE;
    }

    /** The address of {@code ggml_backend_sched_get_n_splits}. */
    public static MemorySegment ggml_backend_sched_get_n_splits$address() {
        return ggml_backend_sched_get_n_splits.ADDR;
    }

    /** Calls {@code ggml_backend_sched_get_n_splits}. */
    public static int ggml_backend_sched_get_n_splits(MemorySegment sched) {
        var mh$ = ggml_backend_sched_get_n_splits.HANDLE;
        try {
            return (int) mh$.invokeExact(sched);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_sched_get_n_copies {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_sched_get_n_copies");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_sched_get_n_copies}. */
    public static FunctionDescriptor ggml_backend_sched_get_n_copies$descriptor() {
        return ggml_backend_sched_get_n_copies.DESC;
    }

    /** The downcall handle of {@code ggml_backend_sched_get_n_copies}. */
    public static MethodHandle ggml_backend_sched_get_n_copies$handle() {
        return ggml_backend_sched_get_n_copies.HANDLE;
    }

    /** The address of {@code ggml_backend_sched_get_n_copies}. */
    public static MemorySegment ggml_backend_sched_get_n_copies$address() {
        return ggml_backend_sched_get_n_copies.ADDR;
    }

    /** Calls {@code ggml_backend_sched_get_n_copies}. */
    public static int ggml_backend_sched_get_n_copies(MemorySegment sched) {
        var mh$ = ggml_backend_sched_get_n_copies.HANDLE;
        try {
            return (int) mh$.invokeExact(sched);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_sched_get_buffer_type {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_sched_get_buffer_type");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_sched_get_buffer_type}. */
    public static FunctionDescriptor ggml_backend_sched_get_buffer_type$descriptor() {
        return ggml_backend_sched_get_buffer_type.DESC;
    }

    /** The downcall handle of {@code ggml_backend_sched_get_buffer_type}. */
    public static MethodHandle ggml_backend_sched_get_buffer_type$handle() {
        return ggml_backend_sched_get_buffer_type.HANDLE;
    }

    /** The address of {@code ggml_backend_sched_get_buffer_type}. */
    public static MemorySegment ggml_backend_sched_get_buffer_type$address() {
        return ggml_backend_sched_get_buffer_type.ADDR;
    }

    /** Calls {@code ggml_backend_sched_get_buffer_type}. */
    public static MemorySegment ggml_backend_sched_get_buffer_type(MemorySegment sched, MemorySegment backend) {
        var mh$ = ggml_backend_sched_get_buffer_type.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(sched, backend);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_sched_get_buffer_size {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_sched_get_buffer_size");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_sched_get_buffer_size}. */
    public static FunctionDescriptor ggml_backend_sched_get_buffer_size$descriptor() {
        return ggml_backend_sched_get_buffer_size.DESC;
    }

    /** The downcall handle of {@code ggml_backend_sched_get_buffer_size}. */
    public static MethodHandle ggml_backend_sched_get_buffer_size$handle() {
        return ggml_backend_sched_get_buffer_size.HANDLE;
    }

    /** The address of {@code ggml_backend_sched_get_buffer_size}. */
    public static MemorySegment ggml_backend_sched_get_buffer_size$address() {
        return ggml_backend_sched_get_buffer_size.ADDR;
    }

    /** Calls {@code ggml_backend_sched_get_buffer_size}. */
    public static long ggml_backend_sched_get_buffer_size(MemorySegment sched, MemorySegment backend) {
        var mh$ = ggml_backend_sched_get_buffer_size.HANDLE;
        try {
            return (long) mh$.invokeExact(sched, backend);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_sched_set_tensor_backend {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_sched_set_tensor_backend");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_sched_set_tensor_backend}. */
    public static FunctionDescriptor ggml_backend_sched_set_tensor_backend$descriptor() {
        return ggml_backend_sched_set_tensor_backend.DESC;
    }

    /** The downcall handle of {@code ggml_backend_sched_set_tensor_backend}. */
    public static MethodHandle ggml_backend_sched_set_tensor_backend$handle() {
        return ggml_backend_sched_set_tensor_backend.HANDLE;
    }

    /** The address of {@code ggml_backend_sched_set_tensor_backend}. */
    public static MemorySegment ggml_backend_sched_set_tensor_backend$address() {
        return ggml_backend_sched_set_tensor_backend.ADDR;
    }

    /** Calls {@code ggml_backend_sched_set_tensor_backend}. */
    public static void ggml_backend_sched_set_tensor_backend(MemorySegment sched, MemorySegment node, MemorySegment backend) {
        var mh$ = ggml_backend_sched_set_tensor_backend.HANDLE;
        try {
            mh$.invokeExact(sched, node, backend);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_sched_get_tensor_backend {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_sched_get_tensor_backend");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_sched_get_tensor_backend}. */
    public static FunctionDescriptor ggml_backend_sched_get_tensor_backend$descriptor() {
        return ggml_backend_sched_get_tensor_backend.DESC;
    }

    /** The downcall handle of {@code ggml_backend_sched_get_tensor_backend}. */
    public static MethodHandle ggml_backend_sched_get_tensor_backend$handle() {
        return ggml_backend_sched_get_tensor_backend.HANDLE;
    }

    /** The address of {@code ggml_backend_sched_get_tensor_backend}. */
    public static MemorySegment ggml_backend_sched_get_tensor_backend$address() {
        return ggml_backend_sched_get_tensor_backend.ADDR;
    }

    /** Calls {@code ggml_backend_sched_get_tensor_backend}. */
    public static MemorySegment ggml_backend_sched_get_tensor_backend(MemorySegment sched, MemorySegment node) {
        var mh$ = ggml_backend_sched_get_tensor_backend.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(sched, node);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_sched_split_graph {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_sched_split_graph");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_sched_split_graph}. */
    public static FunctionDescriptor ggml_backend_sched_split_graph$descriptor() {
        return ggml_backend_sched_split_graph.DESC;
    }

    /** The downcall handle of {@code ggml_backend_sched_split_graph}. */
    public static MethodHandle ggml_backend_sched_split_graph$handle() {
        return ggml_backend_sched_split_graph.HANDLE;
    }

    /** The address of {@code ggml_backend_sched_split_graph}. */
    public static MemorySegment ggml_backend_sched_split_graph$address() {
        return ggml_backend_sched_split_graph.ADDR;
    }

    /** Calls {@code ggml_backend_sched_split_graph}. */
    public static void ggml_backend_sched_split_graph(MemorySegment sched, MemorySegment graph) {
        var mh$ = ggml_backend_sched_split_graph.HANDLE;
        try {
            mh$.invokeExact(sched, graph);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_sched_alloc_graph {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_sched_alloc_graph");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_sched_alloc_graph}. */
    public static FunctionDescriptor ggml_backend_sched_alloc_graph$descriptor() {
        return ggml_backend_sched_alloc_graph.DESC;
    }

    /** The downcall handle of {@code ggml_backend_sched_alloc_graph}. */
    public static MethodHandle ggml_backend_sched_alloc_graph$handle() {
        return ggml_backend_sched_alloc_graph.HANDLE;
    }

    /** The address of {@code ggml_backend_sched_alloc_graph}. */
    public static MemorySegment ggml_backend_sched_alloc_graph$address() {
        return ggml_backend_sched_alloc_graph.ADDR;
    }

    /** Calls {@code ggml_backend_sched_alloc_graph}. */
    public static boolean ggml_backend_sched_alloc_graph(MemorySegment sched, MemorySegment graph) {
        var mh$ = ggml_backend_sched_alloc_graph.HANDLE;
        try {
            return (boolean) mh$.invokeExact(sched, graph);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_sched_graph_compute {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_sched_graph_compute");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_sched_graph_compute}. */
    public static FunctionDescriptor ggml_backend_sched_graph_compute$descriptor() {
        return ggml_backend_sched_graph_compute.DESC;
    }

    /** The downcall handle of {@code ggml_backend_sched_graph_compute}. */
    public static MethodHandle ggml_backend_sched_graph_compute$handle() {
        return ggml_backend_sched_graph_compute.HANDLE;
    }

    /** The address of {@code ggml_backend_sched_graph_compute}. */
    public static MemorySegment ggml_backend_sched_graph_compute$address() {
        return ggml_backend_sched_graph_compute.ADDR;
    }

    /** Calls {@code ggml_backend_sched_graph_compute}. */
    public static int ggml_backend_sched_graph_compute(MemorySegment sched, MemorySegment graph) {
        var mh$ = ggml_backend_sched_graph_compute.HANDLE;
        try {
            return (int) mh$.invokeExact(sched, graph);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_sched_graph_compute_async {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_sched_graph_compute_async");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_sched_graph_compute_async}. */
    public static FunctionDescriptor ggml_backend_sched_graph_compute_async$descriptor() {
        return ggml_backend_sched_graph_compute_async.DESC;
    }

    /** The downcall handle of {@code ggml_backend_sched_graph_compute_async}. */
    public static MethodHandle ggml_backend_sched_graph_compute_async$handle() {
        return ggml_backend_sched_graph_compute_async.HANDLE;
    }

    /** The address of {@code ggml_backend_sched_graph_compute_async}. */
    public static MemorySegment ggml_backend_sched_graph_compute_async$address() {
        return ggml_backend_sched_graph_compute_async.ADDR;
    }

    /** Calls {@code ggml_backend_sched_graph_compute_async}. */
    public static int ggml_backend_sched_graph_compute_async(MemorySegment sched, MemorySegment graph) {
        var mh$ = ggml_backend_sched_graph_compute_async.HANDLE;
        try {
            return (int) mh$.invokeExact(sched, graph);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_sched_synchronize {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_sched_synchronize");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_sched_synchronize}. */
    public static FunctionDescriptor ggml_backend_sched_synchronize$descriptor() {
        return ggml_backend_sched_synchronize.DESC;
    }

    /** The downcall handle of {@code ggml_backend_sched_synchronize}. */
    public static MethodHandle ggml_backend_sched_synchronize$handle() {
        return ggml_backend_sched_synchronize.HANDLE;
    }

    /** The address of {@code ggml_backend_sched_synchronize}. */
    public static MemorySegment ggml_backend_sched_synchronize$address() {
        return ggml_backend_sched_synchronize.ADDR;
    }

    /** Calls {@code ggml_backend_sched_synchronize}. */
    public static void ggml_backend_sched_synchronize(MemorySegment sched) {
        var mh$ = ggml_backend_sched_synchronize.HANDLE;
        try {
            mh$.invokeExact(sched);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_sched_reset {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_sched_reset");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_sched_reset}. */
    public static FunctionDescriptor ggml_backend_sched_reset$descriptor() {
        return ggml_backend_sched_reset.DESC;
    }

    /** The downcall handle of {@code ggml_backend_sched_reset}. */
    public static MethodHandle ggml_backend_sched_reset$handle() {
        return ggml_backend_sched_reset.HANDLE;
    }

    /** The address of {@code ggml_backend_sched_reset}. */
    public static MemorySegment ggml_backend_sched_reset$address() {
        return ggml_backend_sched_reset.ADDR;
    }

    /** Calls {@code ggml_backend_sched_reset}. */
    public static void ggml_backend_sched_reset(MemorySegment sched) {
        var mh$ = ggml_backend_sched_reset.HANDLE;
        try {
            mh$.invokeExact(sched);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_sched_set_eval_callback {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_sched_set_eval_callback");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_sched_set_eval_callback}. */
    public static FunctionDescriptor ggml_backend_sched_set_eval_callback$descriptor() {
        return ggml_backend_sched_set_eval_callback.DESC;
    }

    /** The downcall handle of {@code ggml_backend_sched_set_eval_callback}. */
    public static MethodHandle ggml_backend_sched_set_eval_callback$handle() {
        return ggml_backend_sched_set_eval_callback.HANDLE;
    }

    /** The address of {@code ggml_backend_sched_set_eval_callback}. */
    public static MemorySegment ggml_backend_sched_set_eval_callback$address() {
        return ggml_backend_sched_set_eval_callback.ADDR;
    }

    /** Calls {@code ggml_backend_sched_set_eval_callback}. */
    public static void ggml_backend_sched_set_eval_callback(MemorySegment sched, MemorySegment callback, MemorySegment user_data) {
        var mh$ = ggml_backend_sched_set_eval_callback.HANDLE;
        try {
            mh$.invokeExact(sched, callback, user_data);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_meta_split_axis_name {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_meta_split_axis_name");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_meta_split_axis_name}. */
    public static FunctionDescriptor ggml_backend_meta_split_axis_name$descriptor() {
        return ggml_backend_meta_split_axis_name.DESC;
    }

    /** The downcall handle of {@code ggml_backend_meta_split_axis_name}. */
    public static MethodHandle ggml_backend_meta_split_axis_name$handle() {
        return ggml_backend_meta_split_axis_name.HANDLE;
    }

    /** The address of {@code ggml_backend_meta_split_axis_name}. */
    public static MemorySegment ggml_backend_meta_split_axis_name$address() {
        return ggml_backend_meta_split_axis_name.ADDR;
    }

    /** Calls {@code ggml_backend_meta_split_axis_name}. */
    public static MemorySegment ggml_backend_meta_split_axis_name(int split_axis) {
        var mh$ = ggml_backend_meta_split_axis_name.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(split_axis);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_meta_device {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_meta_device");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_meta_device}. */
    public static FunctionDescriptor ggml_backend_meta_device$descriptor() {
        return ggml_backend_meta_device.DESC;
    }

    /** The downcall handle of {@code ggml_backend_meta_device}. */
    public static MethodHandle ggml_backend_meta_device$handle() {
        return ggml_backend_meta_device.HANDLE;
    }

    /** The address of {@code ggml_backend_meta_device}. */
    public static MemorySegment ggml_backend_meta_device$address() {
        return ggml_backend_meta_device.ADDR;
    }

    /** Calls {@code ggml_backend_meta_device}. */
    public static MemorySegment ggml_backend_meta_device(MemorySegment devs, long n_devs, MemorySegment get_split_state, MemorySegment get_split_state_ud) {
        var mh$ = ggml_backend_meta_device.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(devs, n_devs, get_split_state, get_split_state_ud);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_graph_copy {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(io.github.llamaffm.bindings.ggml_backend_graph_copy.layout(), llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_graph_copy");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_graph_copy}. */
    public static FunctionDescriptor ggml_backend_graph_copy$descriptor() {
        return ggml_backend_graph_copy.DESC;
    }

    /** The downcall handle of {@code ggml_backend_graph_copy}. */
    public static MethodHandle ggml_backend_graph_copy$handle() {
        return ggml_backend_graph_copy.HANDLE;
    }

    /** The address of {@code ggml_backend_graph_copy}. */
    public static MemorySegment ggml_backend_graph_copy$address() {
        return ggml_backend_graph_copy.ADDR;
    }

    /** Calls {@code ggml_backend_graph_copy}. */
    public static MemorySegment ggml_backend_graph_copy(SegmentAllocator allocator, MemorySegment backend, MemorySegment graph) {
        var mh$ = ggml_backend_graph_copy.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(allocator, backend, graph);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_graph_copy_free {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(io.github.llamaffm.bindings.ggml_backend_graph_copy.layout());
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_graph_copy_free");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_graph_copy_free}. */
    public static FunctionDescriptor ggml_backend_graph_copy_free$descriptor() {
        return ggml_backend_graph_copy_free.DESC;
    }

    /** The downcall handle of {@code ggml_backend_graph_copy_free}. */
    public static MethodHandle ggml_backend_graph_copy_free$handle() {
        return ggml_backend_graph_copy_free.HANDLE;
    }

    /** The address of {@code ggml_backend_graph_copy_free}. */
    public static MemorySegment ggml_backend_graph_copy_free$address() {
        return ggml_backend_graph_copy_free.ADDR;
    }

    /** Calls {@code ggml_backend_graph_copy_free}. */
    public static void ggml_backend_graph_copy_free(MemorySegment copy) {
        var mh$ = ggml_backend_graph_copy_free.HANDLE;
        try {
            mh$.invokeExact(copy);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_compare_graph_backend {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_compare_graph_backend");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_compare_graph_backend}. */
    public static FunctionDescriptor ggml_backend_compare_graph_backend$descriptor() {
        return ggml_backend_compare_graph_backend.DESC;
    }

    /** The downcall handle of {@code ggml_backend_compare_graph_backend}. */
    public static MethodHandle ggml_backend_compare_graph_backend$handle() {
        return ggml_backend_compare_graph_backend.HANDLE;
    }

    /** The address of {@code ggml_backend_compare_graph_backend}. */
    public static MemorySegment ggml_backend_compare_graph_backend$address() {
        return ggml_backend_compare_graph_backend.ADDR;
    }

    /** Calls {@code ggml_backend_compare_graph_backend}. */
    public static boolean ggml_backend_compare_graph_backend(MemorySegment backend1, MemorySegment backend2, MemorySegment graph, MemorySegment callback, MemorySegment user_data, MemorySegment test_nodes, long num_test_nodes) {
        var mh$ = ggml_backend_compare_graph_backend.HANDLE;
        try {
            return (boolean) mh$.invokeExact(backend1, backend2, graph, callback, user_data, test_nodes, num_test_nodes);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_tensor_alloc {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_tensor_alloc");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_tensor_alloc}. */
    public static FunctionDescriptor ggml_backend_tensor_alloc$descriptor() {
        return ggml_backend_tensor_alloc.DESC;
    }

    /** The downcall handle of {@code ggml_backend_tensor_alloc}. */
    public static MethodHandle ggml_backend_tensor_alloc$handle() {
        return ggml_backend_tensor_alloc.HANDLE;
    }

    /** The address of {@code ggml_backend_tensor_alloc}. */
    public static MemorySegment ggml_backend_tensor_alloc$address() {
        return ggml_backend_tensor_alloc.ADDR;
    }

    /** Calls {@code ggml_backend_tensor_alloc}. */
    public static int ggml_backend_tensor_alloc(MemorySegment buffer, MemorySegment tensor, MemorySegment addr) {
        var mh$ = ggml_backend_tensor_alloc.HANDLE;
        try {
            return (int) mh$.invokeExact(buffer, tensor, addr);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_view_init {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_view_init");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_view_init}. */
    public static FunctionDescriptor ggml_backend_view_init$descriptor() {
        return ggml_backend_view_init.DESC;
    }

    /** The downcall handle of {@code ggml_backend_view_init}. */
    public static MethodHandle ggml_backend_view_init$handle() {
        return ggml_backend_view_init.HANDLE;
    }

    /** The address of {@code ggml_backend_view_init}. */
    public static MemorySegment ggml_backend_view_init$address() {
        return ggml_backend_view_init.ADDR;
    }

    /** Calls {@code ggml_backend_view_init}. */
    public static int ggml_backend_view_init(MemorySegment tensor) {
        var mh$ = ggml_backend_view_init.HANDLE;
        try {
            return (int) mh$.invokeExact(tensor);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_cpu_buffer_from_ptr {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_cpu_buffer_from_ptr");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_cpu_buffer_from_ptr}. */
    public static FunctionDescriptor ggml_backend_cpu_buffer_from_ptr$descriptor() {
        return ggml_backend_cpu_buffer_from_ptr.DESC;
    }

    /** The downcall handle of {@code ggml_backend_cpu_buffer_from_ptr}. */
    public static MethodHandle ggml_backend_cpu_buffer_from_ptr$handle() {
        return ggml_backend_cpu_buffer_from_ptr.HANDLE;
    }

    /** The address of {@code ggml_backend_cpu_buffer_from_ptr}. */
    public static MemorySegment ggml_backend_cpu_buffer_from_ptr$address() {
        return ggml_backend_cpu_buffer_from_ptr.ADDR;
    }

    /** Calls {@code ggml_backend_cpu_buffer_from_ptr}. */
    public static MemorySegment ggml_backend_cpu_buffer_from_ptr(MemorySegment ptr, long size) {
        var mh$ = ggml_backend_cpu_buffer_from_ptr.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(ptr, size);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_cpu_buffer_type {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_cpu_buffer_type");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_cpu_buffer_type}. */
    public static FunctionDescriptor ggml_backend_cpu_buffer_type$descriptor() {
        return ggml_backend_cpu_buffer_type.DESC;
    }

    /** The downcall handle of {@code ggml_backend_cpu_buffer_type}. */
    public static MethodHandle ggml_backend_cpu_buffer_type$handle() {
        return ggml_backend_cpu_buffer_type.HANDLE;
    }

    /** The address of {@code ggml_backend_cpu_buffer_type}. */
    public static MemorySegment ggml_backend_cpu_buffer_type$address() {
        return ggml_backend_cpu_buffer_type.ADDR;
    }

    /** Calls {@code ggml_backend_cpu_buffer_type}. */
    public static MemorySegment ggml_backend_cpu_buffer_type() {
        var mh$ = ggml_backend_cpu_buffer_type.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_numa_init {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_numa_init");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_numa_init}. */
    public static FunctionDescriptor ggml_numa_init$descriptor() {
        return ggml_numa_init.DESC;
    }

    /** The downcall handle of {@code ggml_numa_init}. */
    public static MethodHandle ggml_numa_init$handle() {
        return ggml_numa_init.HANDLE;
    }

    /** The address of {@code ggml_numa_init}. */
    public static MemorySegment ggml_numa_init$address() {
        return ggml_numa_init.ADDR;
    }

    /** Calls {@code ggml_numa_init}. */
    public static void ggml_numa_init(int numa) {
        var mh$ = ggml_numa_init.HANDLE;
        try {
            mh$.invokeExact(numa);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_is_numa {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_is_numa");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_is_numa}. */
    public static FunctionDescriptor ggml_is_numa$descriptor() {
        return ggml_is_numa.DESC;
    }

    /** The downcall handle of {@code ggml_is_numa}. */
    public static MethodHandle ggml_is_numa$handle() {
        return ggml_is_numa.HANDLE;
    }

    /** The address of {@code ggml_is_numa}. */
    public static MemorySegment ggml_is_numa$address() {
        return ggml_is_numa.ADDR;
    }

    /** Calls {@code ggml_is_numa}. */
    public static boolean ggml_is_numa() {
        var mh$ = ggml_is_numa.HANDLE;
        try {
            return (boolean) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_new_i32 {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_new_i32");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_new_i32}. */
    public static FunctionDescriptor ggml_new_i32$descriptor() {
        return ggml_new_i32.DESC;
    }

    /** The downcall handle of {@code ggml_new_i32}. */
    public static MethodHandle ggml_new_i32$handle() {
        return ggml_new_i32.HANDLE;
    }

    /** The address of {@code ggml_new_i32}. */
    public static MemorySegment ggml_new_i32$address() {
        return ggml_new_i32.ADDR;
    }

    /** Calls {@code ggml_new_i32}. */
    public static MemorySegment ggml_new_i32(MemorySegment ctx, int value) {
        var mh$ = ggml_new_i32.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(ctx, value);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_new_f32 {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_FLOAT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_new_f32");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_new_f32}. */
    public static FunctionDescriptor ggml_new_f32$descriptor() {
        return ggml_new_f32.DESC;
    }

    /** The downcall handle of {@code ggml_new_f32}. */
    public static MethodHandle ggml_new_f32$handle() {
        return ggml_new_f32.HANDLE;
    }

    /** The address of {@code ggml_new_f32}. */
    public static MemorySegment ggml_new_f32$address() {
        return ggml_new_f32.ADDR;
    }

    /** Calls {@code ggml_new_f32}. */
    public static MemorySegment ggml_new_f32(MemorySegment ctx, float value) {
        var mh$ = ggml_new_f32.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(ctx, value);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_set_i32 {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_set_i32");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_set_i32}. */
    public static FunctionDescriptor ggml_set_i32$descriptor() {
        return ggml_set_i32.DESC;
    }

    /** The downcall handle of {@code ggml_set_i32}. */
    public static MethodHandle ggml_set_i32$handle() {
        return ggml_set_i32.HANDLE;
    }

    /** The address of {@code ggml_set_i32}. */
    public static MemorySegment ggml_set_i32$address() {
        return ggml_set_i32.ADDR;
    }

    /** Calls {@code ggml_set_i32}. */
    public static MemorySegment ggml_set_i32(MemorySegment tensor, int value) {
        var mh$ = ggml_set_i32.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(tensor, value);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_set_f32 {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_FLOAT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_set_f32");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_set_f32}. */
    public static FunctionDescriptor ggml_set_f32$descriptor() {
        return ggml_set_f32.DESC;
    }

    /** The downcall handle of {@code ggml_set_f32}. */
    public static MethodHandle ggml_set_f32$handle() {
        return ggml_set_f32.HANDLE;
    }

    /** The address of {@code ggml_set_f32}. */
    public static MemorySegment ggml_set_f32$address() {
        return ggml_set_f32.ADDR;
    }

    /** Calls {@code ggml_set_f32}. */
    public static MemorySegment ggml_set_f32(MemorySegment tensor, float value) {
        var mh$ = ggml_set_f32.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(tensor, value);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_get_i32_1d {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_get_i32_1d");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_get_i32_1d}. */
    public static FunctionDescriptor ggml_get_i32_1d$descriptor() {
        return ggml_get_i32_1d.DESC;
    }

    /** The downcall handle of {@code ggml_get_i32_1d}. */
    public static MethodHandle ggml_get_i32_1d$handle() {
        return ggml_get_i32_1d.HANDLE;
    }

    /** The address of {@code ggml_get_i32_1d}. */
    public static MemorySegment ggml_get_i32_1d$address() {
        return ggml_get_i32_1d.ADDR;
    }

    /** Calls {@code ggml_get_i32_1d}. */
    public static int ggml_get_i32_1d(MemorySegment tensor, int i) {
        var mh$ = ggml_get_i32_1d.HANDLE;
        try {
            return (int) mh$.invokeExact(tensor, i);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_set_i32_1d {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_INT, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_set_i32_1d");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_set_i32_1d}. */
    public static FunctionDescriptor ggml_set_i32_1d$descriptor() {
        return ggml_set_i32_1d.DESC;
    }

    /** The downcall handle of {@code ggml_set_i32_1d}. */
    public static MethodHandle ggml_set_i32_1d$handle() {
        return ggml_set_i32_1d.HANDLE;
    }

    /** The address of {@code ggml_set_i32_1d}. */
    public static MemorySegment ggml_set_i32_1d$address() {
        return ggml_set_i32_1d.ADDR;
    }

    /** Calls {@code ggml_set_i32_1d}. */
    public static void ggml_set_i32_1d(MemorySegment tensor, int i, int value) {
        var mh$ = ggml_set_i32_1d.HANDLE;
        try {
            mh$.invokeExact(tensor, i, value);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_get_i32_nd {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_INT, llama_h_shared.C_INT, llama_h_shared.C_INT, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_get_i32_nd");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_get_i32_nd}. */
    public static FunctionDescriptor ggml_get_i32_nd$descriptor() {
        return ggml_get_i32_nd.DESC;
    }

    /** The downcall handle of {@code ggml_get_i32_nd}. */
    public static MethodHandle ggml_get_i32_nd$handle() {
        return ggml_get_i32_nd.HANDLE;
    }

    /** The address of {@code ggml_get_i32_nd}. */
    public static MemorySegment ggml_get_i32_nd$address() {
        return ggml_get_i32_nd.ADDR;
    }

    /** Calls {@code ggml_get_i32_nd}. */
    public static int ggml_get_i32_nd(MemorySegment tensor, int i0, int i1, int i2, int i3) {
        var mh$ = ggml_get_i32_nd.HANDLE;
        try {
            return (int) mh$.invokeExact(tensor, i0, i1, i2, i3);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_set_i32_nd {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_INT, llama_h_shared.C_INT, llama_h_shared.C_INT, llama_h_shared.C_INT, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_set_i32_nd");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_set_i32_nd}. */
    public static FunctionDescriptor ggml_set_i32_nd$descriptor() {
        return ggml_set_i32_nd.DESC;
    }

    /** The downcall handle of {@code ggml_set_i32_nd}. */
    public static MethodHandle ggml_set_i32_nd$handle() {
        return ggml_set_i32_nd.HANDLE;
    }

    /** The address of {@code ggml_set_i32_nd}. */
    public static MemorySegment ggml_set_i32_nd$address() {
        return ggml_set_i32_nd.ADDR;
    }

    /** Calls {@code ggml_set_i32_nd}. */
    public static void ggml_set_i32_nd(MemorySegment tensor, int i0, int i1, int i2, int i3, int value) {
        var mh$ = ggml_set_i32_nd.HANDLE;
        try {
            mh$.invokeExact(tensor, i0, i1, i2, i3, value);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_get_f32_1d {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_FLOAT, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_get_f32_1d");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_get_f32_1d}. */
    public static FunctionDescriptor ggml_get_f32_1d$descriptor() {
        return ggml_get_f32_1d.DESC;
    }

    /** The downcall handle of {@code ggml_get_f32_1d}. */
    public static MethodHandle ggml_get_f32_1d$handle() {
        return ggml_get_f32_1d.HANDLE;
    }

    /** The address of {@code ggml_get_f32_1d}. */
    public static MemorySegment ggml_get_f32_1d$address() {
        return ggml_get_f32_1d.ADDR;
    }

    /** Calls {@code ggml_get_f32_1d}. */
    public static float ggml_get_f32_1d(MemorySegment tensor, int i) {
        var mh$ = ggml_get_f32_1d.HANDLE;
        try {
            return (float) mh$.invokeExact(tensor, i);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_set_f32_1d {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_INT, llama_h_shared.C_FLOAT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_set_f32_1d");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_set_f32_1d}. */
    public static FunctionDescriptor ggml_set_f32_1d$descriptor() {
        return ggml_set_f32_1d.DESC;
    }

    /** The downcall handle of {@code ggml_set_f32_1d}. */
    public static MethodHandle ggml_set_f32_1d$handle() {
        return ggml_set_f32_1d.HANDLE;
    }

    /** The address of {@code ggml_set_f32_1d}. */
    public static MemorySegment ggml_set_f32_1d$address() {
        return ggml_set_f32_1d.ADDR;
    }

    /** Calls {@code ggml_set_f32_1d}. */
    public static void ggml_set_f32_1d(MemorySegment tensor, int i, float value) {
        var mh$ = ggml_set_f32_1d.HANDLE;
        try {
            mh$.invokeExact(tensor, i, value);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_get_f32_nd {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_FLOAT, llama_h_shared.C_POINTER, llama_h_shared.C_INT, llama_h_shared.C_INT, llama_h_shared.C_INT, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_get_f32_nd");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_get_f32_nd}. */
    public static FunctionDescriptor ggml_get_f32_nd$descriptor() {
        return ggml_get_f32_nd.DESC;
    }

    /** The downcall handle of {@code ggml_get_f32_nd}. */
    public static MethodHandle ggml_get_f32_nd$handle() {
        return ggml_get_f32_nd.HANDLE;
    }

    /** The address of {@code ggml_get_f32_nd}. */
    public static MemorySegment ggml_get_f32_nd$address() {
        return ggml_get_f32_nd.ADDR;
    }

    /** Calls {@code ggml_get_f32_nd}. */
    public static float ggml_get_f32_nd(MemorySegment tensor, int i0, int i1, int i2, int i3) {
        var mh$ = ggml_get_f32_nd.HANDLE;
        try {
            return (float) mh$.invokeExact(tensor, i0, i1, i2, i3);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_set_f32_nd {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_INT, llama_h_shared.C_INT, llama_h_shared.C_INT, llama_h_shared.C_INT, llama_h_shared.C_FLOAT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_set_f32_nd");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_set_f32_nd}. */
    public static FunctionDescriptor ggml_set_f32_nd$descriptor() {
        return ggml_set_f32_nd.DESC;
    }

    /** The downcall handle of {@code ggml_set_f32_nd}. */
    public static MethodHandle ggml_set_f32_nd$handle() {
        return ggml_set_f32_nd.HANDLE;
    }

    /** The address of {@code ggml_set_f32_nd}. */
    public static MemorySegment ggml_set_f32_nd$address() {
        return ggml_set_f32_nd.ADDR;
    }

    /** Calls {@code ggml_set_f32_nd}. */
    public static void ggml_set_f32_nd(MemorySegment tensor, int i0, int i1, int i2, int i3, float value) {
        var mh$ = ggml_set_f32_nd.HANDLE;
        try {
            mh$.invokeExact(tensor, i0, i1, i2, i3, value);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_threadpool_new {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_threadpool_new");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_threadpool_new}. */
    public static FunctionDescriptor ggml_threadpool_new$descriptor() {
        return ggml_threadpool_new.DESC;
    }

    /** The downcall handle of {@code ggml_threadpool_new}. */
    public static MethodHandle ggml_threadpool_new$handle() {
        return ggml_threadpool_new.HANDLE;
    }

    /** The address of {@code ggml_threadpool_new}. */
    public static MemorySegment ggml_threadpool_new$address() {
        return ggml_threadpool_new.ADDR;
    }

    /** Calls {@code ggml_threadpool_new}. */
    public static MemorySegment ggml_threadpool_new(MemorySegment params) {
        var mh$ = ggml_threadpool_new.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(params);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_threadpool_free {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_threadpool_free");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_threadpool_free}. */
    public static FunctionDescriptor ggml_threadpool_free$descriptor() {
        return ggml_threadpool_free.DESC;
    }

    /** The downcall handle of {@code ggml_threadpool_free}. */
    public static MethodHandle ggml_threadpool_free$handle() {
        return ggml_threadpool_free.HANDLE;
    }

    /** The address of {@code ggml_threadpool_free}. */
    public static MemorySegment ggml_threadpool_free$address() {
        return ggml_threadpool_free.ADDR;
    }

    /** Calls {@code ggml_threadpool_free}. */
    public static void ggml_threadpool_free(MemorySegment threadpool) {
        var mh$ = ggml_threadpool_free.HANDLE;
        try {
            mh$.invokeExact(threadpool);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_threadpool_get_n_threads {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_threadpool_get_n_threads");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_threadpool_get_n_threads}. */
    public static FunctionDescriptor ggml_threadpool_get_n_threads$descriptor() {
        return ggml_threadpool_get_n_threads.DESC;
    }

    /** The downcall handle of {@code ggml_threadpool_get_n_threads}. */
    public static MethodHandle ggml_threadpool_get_n_threads$handle() {
        return ggml_threadpool_get_n_threads.HANDLE;
    }

    /** The address of {@code ggml_threadpool_get_n_threads}. */
    public static MemorySegment ggml_threadpool_get_n_threads$address() {
        return ggml_threadpool_get_n_threads.ADDR;
    }

    /** Calls {@code ggml_threadpool_get_n_threads}. */
    public static int ggml_threadpool_get_n_threads(MemorySegment threadpool) {
        var mh$ = ggml_threadpool_get_n_threads.HANDLE;
        try {
            return (int) mh$.invokeExact(threadpool);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_threadpool_pause {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_threadpool_pause");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_threadpool_pause}. */
    public static FunctionDescriptor ggml_threadpool_pause$descriptor() {
        return ggml_threadpool_pause.DESC;
    }

    /** The downcall handle of {@code ggml_threadpool_pause}. */
    public static MethodHandle ggml_threadpool_pause$handle() {
        return ggml_threadpool_pause.HANDLE;
    }

    /** The address of {@code ggml_threadpool_pause}. */
    public static MemorySegment ggml_threadpool_pause$address() {
        return ggml_threadpool_pause.ADDR;
    }

    /** Calls {@code ggml_threadpool_pause}. */
    public static void ggml_threadpool_pause(MemorySegment threadpool) {
        var mh$ = ggml_threadpool_pause.HANDLE;
        try {
            mh$.invokeExact(threadpool);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_threadpool_resume {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_threadpool_resume");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_threadpool_resume}. */
    public static FunctionDescriptor ggml_threadpool_resume$descriptor() {
        return ggml_threadpool_resume.DESC;
    }

    /** The downcall handle of {@code ggml_threadpool_resume}. */
    public static MethodHandle ggml_threadpool_resume$handle() {
        return ggml_threadpool_resume.HANDLE;
    }

    /** The address of {@code ggml_threadpool_resume}. */
    public static MemorySegment ggml_threadpool_resume$address() {
        return ggml_threadpool_resume.ADDR;
    }

    /** Calls {@code ggml_threadpool_resume}. */
    public static void ggml_threadpool_resume(MemorySegment threadpool) {
        var mh$ = ggml_threadpool_resume.HANDLE;
        try {
            mh$.invokeExact(threadpool);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_graph_plan {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(io.github.llamaffm.bindings.ggml_cplan.layout(), llama_h_shared.C_POINTER, llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_graph_plan");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_graph_plan}. */
    public static FunctionDescriptor ggml_graph_plan$descriptor() {
        return ggml_graph_plan.DESC;
    }

    /** The downcall handle of {@code ggml_graph_plan}. */
    public static MethodHandle ggml_graph_plan$handle() {
        return ggml_graph_plan.HANDLE;
    }

    /** The address of {@code ggml_graph_plan}. */
    public static MemorySegment ggml_graph_plan$address() {
        return ggml_graph_plan.ADDR;
    }

    /** Calls {@code ggml_graph_plan}. */
    public static MemorySegment ggml_graph_plan(SegmentAllocator allocator, MemorySegment cgraph, int n_threads, MemorySegment threadpool) {
        var mh$ = ggml_graph_plan.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(allocator, cgraph, n_threads, threadpool);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_graph_compute {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_graph_compute");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_graph_compute}. */
    public static FunctionDescriptor ggml_graph_compute$descriptor() {
        return ggml_graph_compute.DESC;
    }

    /** The downcall handle of {@code ggml_graph_compute}. */
    public static MethodHandle ggml_graph_compute$handle() {
        return ggml_graph_compute.HANDLE;
    }

    /** The address of {@code ggml_graph_compute}. */
    public static MemorySegment ggml_graph_compute$address() {
        return ggml_graph_compute.ADDR;
    }

    /** Calls {@code ggml_graph_compute}. */
    public static int ggml_graph_compute(MemorySegment cgraph, MemorySegment cplan) {
        var mh$ = ggml_graph_compute.HANDLE;
        try {
            return (int) mh$.invokeExact(cgraph, cplan);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_graph_compute_with_ctx {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_graph_compute_with_ctx");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_graph_compute_with_ctx}. */
    public static FunctionDescriptor ggml_graph_compute_with_ctx$descriptor() {
        return ggml_graph_compute_with_ctx.DESC;
    }

    /** The downcall handle of {@code ggml_graph_compute_with_ctx}. */
    public static MethodHandle ggml_graph_compute_with_ctx$handle() {
        return ggml_graph_compute_with_ctx.HANDLE;
    }

    /** The address of {@code ggml_graph_compute_with_ctx}. */
    public static MemorySegment ggml_graph_compute_with_ctx$address() {
        return ggml_graph_compute_with_ctx.ADDR;
    }

    /** Calls {@code ggml_graph_compute_with_ctx}. */
    public static int ggml_graph_compute_with_ctx(MemorySegment ctx, MemorySegment cgraph, int n_threads) {
        var mh$ = ggml_graph_compute_with_ctx.HANDLE;
        try {
            return (int) mh$.invokeExact(ctx, cgraph, n_threads);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_cpu_has_sse3 {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_cpu_has_sse3");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_cpu_has_sse3}. */
    public static FunctionDescriptor ggml_cpu_has_sse3$descriptor() {
        return ggml_cpu_has_sse3.DESC;
    }

    /** The downcall handle of {@code ggml_cpu_has_sse3}. */
    public static MethodHandle ggml_cpu_has_sse3$handle() {
        return ggml_cpu_has_sse3.HANDLE;
    }

    /** The address of {@code ggml_cpu_has_sse3}. */
    public static MemorySegment ggml_cpu_has_sse3$address() {
        return ggml_cpu_has_sse3.ADDR;
    }

    /** Calls {@code ggml_cpu_has_sse3}. */
    public static int ggml_cpu_has_sse3() {
        var mh$ = ggml_cpu_has_sse3.HANDLE;
        try {
            return (int) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_cpu_has_ssse3 {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_cpu_has_ssse3");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_cpu_has_ssse3}. */
    public static FunctionDescriptor ggml_cpu_has_ssse3$descriptor() {
        return ggml_cpu_has_ssse3.DESC;
    }

    /** The downcall handle of {@code ggml_cpu_has_ssse3}. */
    public static MethodHandle ggml_cpu_has_ssse3$handle() {
        return ggml_cpu_has_ssse3.HANDLE;
    }

    /** The address of {@code ggml_cpu_has_ssse3}. */
    public static MemorySegment ggml_cpu_has_ssse3$address() {
        return ggml_cpu_has_ssse3.ADDR;
    }

    /** Calls {@code ggml_cpu_has_ssse3}. */
    public static int ggml_cpu_has_ssse3() {
        var mh$ = ggml_cpu_has_ssse3.HANDLE;
        try {
            return (int) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_cpu_has_avx {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_cpu_has_avx");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_cpu_has_avx}. */
    public static FunctionDescriptor ggml_cpu_has_avx$descriptor() {
        return ggml_cpu_has_avx.DESC;
    }

    /** The downcall handle of {@code ggml_cpu_has_avx}. */
    public static MethodHandle ggml_cpu_has_avx$handle() {
        return ggml_cpu_has_avx.HANDLE;
    }

    /** The address of {@code ggml_cpu_has_avx}. */
    public static MemorySegment ggml_cpu_has_avx$address() {
        return ggml_cpu_has_avx.ADDR;
    }

    /** Calls {@code ggml_cpu_has_avx}. */
    public static int ggml_cpu_has_avx() {
        var mh$ = ggml_cpu_has_avx.HANDLE;
        try {
            return (int) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_cpu_has_avx_vnni {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_cpu_has_avx_vnni");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_cpu_has_avx_vnni}. */
    public static FunctionDescriptor ggml_cpu_has_avx_vnni$descriptor() {
        return ggml_cpu_has_avx_vnni.DESC;
    }

    /** The downcall handle of {@code ggml_cpu_has_avx_vnni}. */
    public static MethodHandle ggml_cpu_has_avx_vnni$handle() {
        return ggml_cpu_has_avx_vnni.HANDLE;
    }

    /** The address of {@code ggml_cpu_has_avx_vnni}. */
    public static MemorySegment ggml_cpu_has_avx_vnni$address() {
        return ggml_cpu_has_avx_vnni.ADDR;
    }

    /** Calls {@code ggml_cpu_has_avx_vnni}. */
    public static int ggml_cpu_has_avx_vnni() {
        var mh$ = ggml_cpu_has_avx_vnni.HANDLE;
        try {
            return (int) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_cpu_has_avx2 {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_cpu_has_avx2");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_cpu_has_avx2}. */
    public static FunctionDescriptor ggml_cpu_has_avx2$descriptor() {
        return ggml_cpu_has_avx2.DESC;
    }

    /** The downcall handle of {@code ggml_cpu_has_avx2}. */
    public static MethodHandle ggml_cpu_has_avx2$handle() {
        return ggml_cpu_has_avx2.HANDLE;
    }

    /** The address of {@code ggml_cpu_has_avx2}. */
    public static MemorySegment ggml_cpu_has_avx2$address() {
        return ggml_cpu_has_avx2.ADDR;
    }

    /** Calls {@code ggml_cpu_has_avx2}. */
    public static int ggml_cpu_has_avx2() {
        var mh$ = ggml_cpu_has_avx2.HANDLE;
        try {
            return (int) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_cpu_has_bmi2 {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_cpu_has_bmi2");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_cpu_has_bmi2}. */
    public static FunctionDescriptor ggml_cpu_has_bmi2$descriptor() {
        return ggml_cpu_has_bmi2.DESC;
    }

    /** The downcall handle of {@code ggml_cpu_has_bmi2}. */
    public static MethodHandle ggml_cpu_has_bmi2$handle() {
        return ggml_cpu_has_bmi2.HANDLE;
    }

    /** The address of {@code ggml_cpu_has_bmi2}. */
    public static MemorySegment ggml_cpu_has_bmi2$address() {
        return ggml_cpu_has_bmi2.ADDR;
    }

    /** Calls {@code ggml_cpu_has_bmi2}. */
    public static int ggml_cpu_has_bmi2() {
        var mh$ = ggml_cpu_has_bmi2.HANDLE;
        try {
            return (int) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_cpu_has_f16c {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_cpu_has_f16c");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_cpu_has_f16c}. */
    public static FunctionDescriptor ggml_cpu_has_f16c$descriptor() {
        return ggml_cpu_has_f16c.DESC;
    }

    /** The downcall handle of {@code ggml_cpu_has_f16c}. */
    public static MethodHandle ggml_cpu_has_f16c$handle() {
        return ggml_cpu_has_f16c.HANDLE;
    }

    /** The address of {@code ggml_cpu_has_f16c}. */
    public static MemorySegment ggml_cpu_has_f16c$address() {
        return ggml_cpu_has_f16c.ADDR;
    }

    /** Calls {@code ggml_cpu_has_f16c}. */
    public static int ggml_cpu_has_f16c() {
        var mh$ = ggml_cpu_has_f16c.HANDLE;
        try {
            return (int) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_cpu_has_fma {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_cpu_has_fma");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_cpu_has_fma}. */
    public static FunctionDescriptor ggml_cpu_has_fma$descriptor() {
        return ggml_cpu_has_fma.DESC;
    }

    /** The downcall handle of {@code ggml_cpu_has_fma}. */
    public static MethodHandle ggml_cpu_has_fma$handle() {
        return ggml_cpu_has_fma.HANDLE;
    }

    /** The address of {@code ggml_cpu_has_fma}. */
    public static MemorySegment ggml_cpu_has_fma$address() {
        return ggml_cpu_has_fma.ADDR;
    }

    /** Calls {@code ggml_cpu_has_fma}. */
    public static int ggml_cpu_has_fma() {
        var mh$ = ggml_cpu_has_fma.HANDLE;
        try {
            return (int) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_cpu_has_avx512 {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_cpu_has_avx512");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_cpu_has_avx512}. */
    public static FunctionDescriptor ggml_cpu_has_avx512$descriptor() {
        return ggml_cpu_has_avx512.DESC;
    }

    /** The downcall handle of {@code ggml_cpu_has_avx512}. */
    public static MethodHandle ggml_cpu_has_avx512$handle() {
        return ggml_cpu_has_avx512.HANDLE;
    }

    /** The address of {@code ggml_cpu_has_avx512}. */
    public static MemorySegment ggml_cpu_has_avx512$address() {
        return ggml_cpu_has_avx512.ADDR;
    }

    /** Calls {@code ggml_cpu_has_avx512}. */
    public static int ggml_cpu_has_avx512() {
        var mh$ = ggml_cpu_has_avx512.HANDLE;
        try {
            return (int) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_cpu_has_avx512_vbmi {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_cpu_has_avx512_vbmi");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_cpu_has_avx512_vbmi}. */
    public static FunctionDescriptor ggml_cpu_has_avx512_vbmi$descriptor() {
        return ggml_cpu_has_avx512_vbmi.DESC;
    }

    /** The downcall handle of {@code ggml_cpu_has_avx512_vbmi}. */
    public static MethodHandle ggml_cpu_has_avx512_vbmi$handle() {
        return ggml_cpu_has_avx512_vbmi.HANDLE;
    }

    /** The address of {@code ggml_cpu_has_avx512_vbmi}. */
    public static MemorySegment ggml_cpu_has_avx512_vbmi$address() {
        return ggml_cpu_has_avx512_vbmi.ADDR;
    }

    /** Calls {@code ggml_cpu_has_avx512_vbmi}. */
    public static int ggml_cpu_has_avx512_vbmi() {
        var mh$ = ggml_cpu_has_avx512_vbmi.HANDLE;
        try {
            return (int) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_cpu_has_avx512_vnni {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_cpu_has_avx512_vnni");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_cpu_has_avx512_vnni}. */
    public static FunctionDescriptor ggml_cpu_has_avx512_vnni$descriptor() {
        return ggml_cpu_has_avx512_vnni.DESC;
    }

    /** The downcall handle of {@code ggml_cpu_has_avx512_vnni}. */
    public static MethodHandle ggml_cpu_has_avx512_vnni$handle() {
        return ggml_cpu_has_avx512_vnni.HANDLE;
    }

    /** The address of {@code ggml_cpu_has_avx512_vnni}. */
    public static MemorySegment ggml_cpu_has_avx512_vnni$address() {
        return ggml_cpu_has_avx512_vnni.ADDR;
    }

    /** Calls {@code ggml_cpu_has_avx512_vnni}. */
    public static int ggml_cpu_has_avx512_vnni() {
        var mh$ = ggml_cpu_has_avx512_vnni.HANDLE;
        try {
            return (int) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_cpu_has_avx512_bf16 {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_cpu_has_avx512_bf16");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_cpu_has_avx512_bf16}. */
    public static FunctionDescriptor ggml_cpu_has_avx512_bf16$descriptor() {
        return ggml_cpu_has_avx512_bf16.DESC;
    }

    /** The downcall handle of {@code ggml_cpu_has_avx512_bf16}. */
    public static MethodHandle ggml_cpu_has_avx512_bf16$handle() {
        return ggml_cpu_has_avx512_bf16.HANDLE;
    }

    /** The address of {@code ggml_cpu_has_avx512_bf16}. */
    public static MemorySegment ggml_cpu_has_avx512_bf16$address() {
        return ggml_cpu_has_avx512_bf16.ADDR;
    }

    /** Calls {@code ggml_cpu_has_avx512_bf16}. */
    public static int ggml_cpu_has_avx512_bf16() {
        var mh$ = ggml_cpu_has_avx512_bf16.HANDLE;
        try {
            return (int) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_cpu_has_amx_int8 {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_cpu_has_amx_int8");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_cpu_has_amx_int8}. */
    public static FunctionDescriptor ggml_cpu_has_amx_int8$descriptor() {
        return ggml_cpu_has_amx_int8.DESC;
    }

    /** The downcall handle of {@code ggml_cpu_has_amx_int8}. */
    public static MethodHandle ggml_cpu_has_amx_int8$handle() {
        return ggml_cpu_has_amx_int8.HANDLE;
    }

    /** The address of {@code ggml_cpu_has_amx_int8}. */
    public static MemorySegment ggml_cpu_has_amx_int8$address() {
        return ggml_cpu_has_amx_int8.ADDR;
    }

    /** Calls {@code ggml_cpu_has_amx_int8}. */
    public static int ggml_cpu_has_amx_int8() {
        var mh$ = ggml_cpu_has_amx_int8.HANDLE;
        try {
            return (int) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_cpu_has_neon {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_cpu_has_neon");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_cpu_has_neon}. */
    public static FunctionDescriptor ggml_cpu_has_neon$descriptor() {
        return ggml_cpu_has_neon.DESC;
    }

    /** The downcall handle of {@code ggml_cpu_has_neon}. */
    public static MethodHandle ggml_cpu_has_neon$handle() {
        return ggml_cpu_has_neon.HANDLE;
    }

    /** The address of {@code ggml_cpu_has_neon}. */
    public static MemorySegment ggml_cpu_has_neon$address() {
        return ggml_cpu_has_neon.ADDR;
    }

    /** Calls {@code ggml_cpu_has_neon}. */
    public static int ggml_cpu_has_neon() {
        var mh$ = ggml_cpu_has_neon.HANDLE;
        try {
            return (int) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_cpu_has_arm_fma {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_cpu_has_arm_fma");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_cpu_has_arm_fma}. */
    public static FunctionDescriptor ggml_cpu_has_arm_fma$descriptor() {
        return ggml_cpu_has_arm_fma.DESC;
    }

    /** The downcall handle of {@code ggml_cpu_has_arm_fma}. */
    public static MethodHandle ggml_cpu_has_arm_fma$handle() {
        return ggml_cpu_has_arm_fma.HANDLE;
    }

    /** The address of {@code ggml_cpu_has_arm_fma}. */
    public static MemorySegment ggml_cpu_has_arm_fma$address() {
        return ggml_cpu_has_arm_fma.ADDR;
    }

    /** Calls {@code ggml_cpu_has_arm_fma}. */
    public static int ggml_cpu_has_arm_fma() {
        var mh$ = ggml_cpu_has_arm_fma.HANDLE;
        try {
            return (int) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_cpu_has_fp16_va {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_cpu_has_fp16_va");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_cpu_has_fp16_va}. */
    public static FunctionDescriptor ggml_cpu_has_fp16_va$descriptor() {
        return ggml_cpu_has_fp16_va.DESC;
    }

    /** The downcall handle of {@code ggml_cpu_has_fp16_va}. */
    public static MethodHandle ggml_cpu_has_fp16_va$handle() {
        return ggml_cpu_has_fp16_va.HANDLE;
    }

    /** The address of {@code ggml_cpu_has_fp16_va}. */
    public static MemorySegment ggml_cpu_has_fp16_va$address() {
        return ggml_cpu_has_fp16_va.ADDR;
    }

    /** Calls {@code ggml_cpu_has_fp16_va}. */
    public static int ggml_cpu_has_fp16_va() {
        var mh$ = ggml_cpu_has_fp16_va.HANDLE;
        try {
            return (int) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_cpu_has_dotprod {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_cpu_has_dotprod");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_cpu_has_dotprod}. */
    public static FunctionDescriptor ggml_cpu_has_dotprod$descriptor() {
        return ggml_cpu_has_dotprod.DESC;
    }

    /** The downcall handle of {@code ggml_cpu_has_dotprod}. */
    public static MethodHandle ggml_cpu_has_dotprod$handle() {
        return ggml_cpu_has_dotprod.HANDLE;
    }

    /** The address of {@code ggml_cpu_has_dotprod}. */
    public static MemorySegment ggml_cpu_has_dotprod$address() {
        return ggml_cpu_has_dotprod.ADDR;
    }

    /** Calls {@code ggml_cpu_has_dotprod}. */
    public static int ggml_cpu_has_dotprod() {
        var mh$ = ggml_cpu_has_dotprod.HANDLE;
        try {
            return (int) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_cpu_has_matmul_int8 {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_cpu_has_matmul_int8");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_cpu_has_matmul_int8}. */
    public static FunctionDescriptor ggml_cpu_has_matmul_int8$descriptor() {
        return ggml_cpu_has_matmul_int8.DESC;
    }

    /** The downcall handle of {@code ggml_cpu_has_matmul_int8}. */
    public static MethodHandle ggml_cpu_has_matmul_int8$handle() {
        return ggml_cpu_has_matmul_int8.HANDLE;
    }

    /** The address of {@code ggml_cpu_has_matmul_int8}. */
    public static MemorySegment ggml_cpu_has_matmul_int8$address() {
        return ggml_cpu_has_matmul_int8.ADDR;
    }

    /** Calls {@code ggml_cpu_has_matmul_int8}. */
    public static int ggml_cpu_has_matmul_int8() {
        var mh$ = ggml_cpu_has_matmul_int8.HANDLE;
        try {
            return (int) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_cpu_has_sve {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_cpu_has_sve");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_cpu_has_sve}. */
    public static FunctionDescriptor ggml_cpu_has_sve$descriptor() {
        return ggml_cpu_has_sve.DESC;
    }

    /** The downcall handle of {@code ggml_cpu_has_sve}. */
    public static MethodHandle ggml_cpu_has_sve$handle() {
        return ggml_cpu_has_sve.HANDLE;
    }

    /** The address of {@code ggml_cpu_has_sve}. */
    public static MemorySegment ggml_cpu_has_sve$address() {
        return ggml_cpu_has_sve.ADDR;
    }

    /** Calls {@code ggml_cpu_has_sve}. */
    public static int ggml_cpu_has_sve() {
        var mh$ = ggml_cpu_has_sve.HANDLE;
        try {
            return (int) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_cpu_get_sve_cnt {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_cpu_get_sve_cnt");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_cpu_get_sve_cnt}. */
    public static FunctionDescriptor ggml_cpu_get_sve_cnt$descriptor() {
        return ggml_cpu_get_sve_cnt.DESC;
    }

    /** The downcall handle of {@code ggml_cpu_get_sve_cnt}. */
    public static MethodHandle ggml_cpu_get_sve_cnt$handle() {
        return ggml_cpu_get_sve_cnt.HANDLE;
    }

    /** The address of {@code ggml_cpu_get_sve_cnt}. */
    public static MemorySegment ggml_cpu_get_sve_cnt$address() {
        return ggml_cpu_get_sve_cnt.ADDR;
    }

    /** Calls {@code ggml_cpu_get_sve_cnt}. */
    public static int ggml_cpu_get_sve_cnt() {
        var mh$ = ggml_cpu_get_sve_cnt.HANDLE;
        try {
            return (int) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_cpu_has_sme {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_cpu_has_sme");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_cpu_has_sme}. */
    public static FunctionDescriptor ggml_cpu_has_sme$descriptor() {
        return ggml_cpu_has_sme.DESC;
    }

    /** The downcall handle of {@code ggml_cpu_has_sme}. */
    public static MethodHandle ggml_cpu_has_sme$handle() {
        return ggml_cpu_has_sme.HANDLE;
    }

    /** The address of {@code ggml_cpu_has_sme}. */
    public static MemorySegment ggml_cpu_has_sme$address() {
        return ggml_cpu_has_sme.ADDR;
    }

    /** Calls {@code ggml_cpu_has_sme}. */
    public static int ggml_cpu_has_sme() {
        var mh$ = ggml_cpu_has_sme.HANDLE;
        try {
            return (int) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_cpu_has_sme2 {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_cpu_has_sme2");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_cpu_has_sme2}. */
    public static FunctionDescriptor ggml_cpu_has_sme2$descriptor() {
        return ggml_cpu_has_sme2.DESC;
    }

    /** The downcall handle of {@code ggml_cpu_has_sme2}. */
    public static MethodHandle ggml_cpu_has_sme2$handle() {
        return ggml_cpu_has_sme2.HANDLE;
    }

    /** The address of {@code ggml_cpu_has_sme2}. */
    public static MemorySegment ggml_cpu_has_sme2$address() {
        return ggml_cpu_has_sme2.ADDR;
    }

    /** Calls {@code ggml_cpu_has_sme2}. */
    public static int ggml_cpu_has_sme2() {
        var mh$ = ggml_cpu_has_sme2.HANDLE;
        try {
            return (int) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }
}
