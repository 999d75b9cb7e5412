// Generated from llama.h, ggml.h, ggml-cpu.h, ggml-backend.h, ggml-alloc.h, ggml-opt.h, gguf.h, ggml-rpc.h, mtmd.h, mtmd-helper.h of llama.cpp 0.5.0 by llama-ffm's bindings generator (bindings/generator) — do not edit.
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

    private static class ggml_backend_dev_memory {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_dev_memory");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_dev_memory}. */
    public static FunctionDescriptor ggml_backend_dev_memory$descriptor() {
        return ggml_backend_dev_memory.DESC;
    }

    /** The downcall handle of {@code ggml_backend_dev_memory}. */
    public static MethodHandle ggml_backend_dev_memory$handle() {
        return ggml_backend_dev_memory.HANDLE;
    }

    /** The address of {@code ggml_backend_dev_memory}. */
    public static MemorySegment ggml_backend_dev_memory$address() {
        return ggml_backend_dev_memory.ADDR;
    }

    /** Calls {@code ggml_backend_dev_memory}. */
    public static void ggml_backend_dev_memory(MemorySegment device, MemorySegment free, MemorySegment total) {
        var mh$ = ggml_backend_dev_memory.HANDLE;
        try {
            mh$.invokeExact(device, free, total);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_dev_type {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_dev_type");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_dev_type}. */
    public static FunctionDescriptor ggml_backend_dev_type$descriptor() {
        return ggml_backend_dev_type.DESC;
    }

    /** The downcall handle of {@code ggml_backend_dev_type}. */
    public static MethodHandle ggml_backend_dev_type$handle() {
        return ggml_backend_dev_type.HANDLE;
    }

    /** The address of {@code ggml_backend_dev_type}. */
    public static MemorySegment ggml_backend_dev_type$address() {
        return ggml_backend_dev_type.ADDR;
    }

    /** Calls {@code ggml_backend_dev_type}. */
    public static int ggml_backend_dev_type(MemorySegment device) {
        var mh$ = ggml_backend_dev_type.HANDLE;
        try {
            return (int) mh$.invokeExact(device);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_dev_get_props {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_dev_get_props");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_dev_get_props}. */
    public static FunctionDescriptor ggml_backend_dev_get_props$descriptor() {
        return ggml_backend_dev_get_props.DESC;
    }

    /** The downcall handle of {@code ggml_backend_dev_get_props}. */
    public static MethodHandle ggml_backend_dev_get_props$handle() {
        return ggml_backend_dev_get_props.HANDLE;
    }

    /** The address of {@code ggml_backend_dev_get_props}. */
    public static MemorySegment ggml_backend_dev_get_props$address() {
        return ggml_backend_dev_get_props.ADDR;
    }

    /** Calls {@code ggml_backend_dev_get_props}. */
    public static void ggml_backend_dev_get_props(MemorySegment device, MemorySegment props) {
        var mh$ = ggml_backend_dev_get_props.HANDLE;
        try {
            mh$.invokeExact(device, props);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
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
}
