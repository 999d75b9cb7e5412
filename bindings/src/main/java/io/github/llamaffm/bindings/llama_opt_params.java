// Generated from llama.h of llama.cpp 0.5.0 by llama-ffm's bindings generator (bindings/generator) — do not edit.
// Regenerate with 'make bindings'.

package io.github.llamaffm.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;

/** The struct {@code llama_opt_params} (48 bytes, aligned to 8). */
public class llama_opt_params {

    llama_opt_params() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        llama_h_shared.C_INT.withName("n_ctx_train"),
        MemoryLayout.paddingLayout(4),
        llama_h_shared.C_POINTER.withName("param_filter"),
        llama_h_shared.C_POINTER.withName("param_filter_ud"),
        llama_h_shared.C_POINTER.withName("get_opt_pars"),
        llama_h_shared.C_POINTER.withName("get_opt_pars_ud"),
        llama_h_shared.C_INT.withName("optimizer_type"),
        MemoryLayout.paddingLayout(4)).withName("llama_opt_params");

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final ValueLayout.OfInt n_ctx_train$LAYOUT = (ValueLayout.OfInt)$LAYOUT.select(groupElement("n_ctx_train"));

    /** The layout of field {@code n_ctx_train}. */
    public static final ValueLayout.OfInt n_ctx_train$layout() {
        return n_ctx_train$LAYOUT;
    }

    private static final long n_ctx_train$OFFSET = 0;

    /** The offset of field {@code n_ctx_train}. */
    public static final long n_ctx_train$offset() {
        return n_ctx_train$OFFSET;
    }

    /** Getter for field {@code n_ctx_train}. */
    public static int n_ctx_train(MemorySegment struct) {
        return struct.get(n_ctx_train$LAYOUT, n_ctx_train$OFFSET);
    }

    /** Setter for field {@code n_ctx_train}. */
    public static void n_ctx_train(MemorySegment struct, int fieldValue) {
        struct.set(n_ctx_train$LAYOUT, n_ctx_train$OFFSET, fieldValue);
    }

    private static final AddressLayout param_filter$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("param_filter"));

    /** The layout of field {@code param_filter}. */
    public static final AddressLayout param_filter$layout() {
        return param_filter$LAYOUT;
    }

    private static final long param_filter$OFFSET = 8;

    /** The offset of field {@code param_filter}. */
    public static final long param_filter$offset() {
        return param_filter$OFFSET;
    }

    /** Getter for field {@code param_filter}. */
    public static MemorySegment param_filter(MemorySegment struct) {
        return struct.get(param_filter$LAYOUT, param_filter$OFFSET);
    }

    /** Setter for field {@code param_filter}. */
    public static void param_filter(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(param_filter$LAYOUT, param_filter$OFFSET, fieldValue);
    }

    private static final AddressLayout param_filter_ud$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("param_filter_ud"));

    /** The layout of field {@code param_filter_ud}. */
    public static final AddressLayout param_filter_ud$layout() {
        return param_filter_ud$LAYOUT;
    }

    private static final long param_filter_ud$OFFSET = 16;

    /** The offset of field {@code param_filter_ud}. */
    public static final long param_filter_ud$offset() {
        return param_filter_ud$OFFSET;
    }

    /** Getter for field {@code param_filter_ud}. */
    public static MemorySegment param_filter_ud(MemorySegment struct) {
        return struct.get(param_filter_ud$LAYOUT, param_filter_ud$OFFSET);
    }

    /** Setter for field {@code param_filter_ud}. */
    public static void param_filter_ud(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(param_filter_ud$LAYOUT, param_filter_ud$OFFSET, fieldValue);
    }

    private static final AddressLayout get_opt_pars$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("get_opt_pars"));

    /** The layout of field {@code get_opt_pars}. */
    public static final AddressLayout get_opt_pars$layout() {
        return get_opt_pars$LAYOUT;
    }

    private static final long get_opt_pars$OFFSET = 24;

    /** The offset of field {@code get_opt_pars}. */
    public static final long get_opt_pars$offset() {
        return get_opt_pars$OFFSET;
    }

    /** Getter for field {@code get_opt_pars}. */
    public static MemorySegment get_opt_pars(MemorySegment struct) {
        return struct.get(get_opt_pars$LAYOUT, get_opt_pars$OFFSET);
    }

    /** Setter for field {@code get_opt_pars}. */
    public static void get_opt_pars(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(get_opt_pars$LAYOUT, get_opt_pars$OFFSET, fieldValue);
    }

    private static final AddressLayout get_opt_pars_ud$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("get_opt_pars_ud"));

    /** The layout of field {@code get_opt_pars_ud}. */
    public static final AddressLayout get_opt_pars_ud$layout() {
        return get_opt_pars_ud$LAYOUT;
    }

    private static final long get_opt_pars_ud$OFFSET = 32;

    /** The offset of field {@code get_opt_pars_ud}. */
    public static final long get_opt_pars_ud$offset() {
        return get_opt_pars_ud$OFFSET;
    }

    /** Getter for field {@code get_opt_pars_ud}. */
    public static MemorySegment get_opt_pars_ud(MemorySegment struct) {
        return struct.get(get_opt_pars_ud$LAYOUT, get_opt_pars_ud$OFFSET);
    }

    /** Setter for field {@code get_opt_pars_ud}. */
    public static void get_opt_pars_ud(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(get_opt_pars_ud$LAYOUT, get_opt_pars_ud$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfInt optimizer_type$LAYOUT = (ValueLayout.OfInt)$LAYOUT.select(groupElement("optimizer_type"));

    /** The layout of field {@code optimizer_type}. */
    public static final ValueLayout.OfInt optimizer_type$layout() {
        return optimizer_type$LAYOUT;
    }

    private static final long optimizer_type$OFFSET = 40;

    /** The offset of field {@code optimizer_type}. */
    public static final long optimizer_type$offset() {
        return optimizer_type$OFFSET;
    }

    /** Getter for field {@code optimizer_type}. */
    public static int optimizer_type(MemorySegment struct) {
        return struct.get(optimizer_type$LAYOUT, optimizer_type$OFFSET);
    }

    /** Setter for field {@code optimizer_type}. */
    public static void optimizer_type(MemorySegment struct, int fieldValue) {
        struct.set(optimizer_type$LAYOUT, optimizer_type$OFFSET, fieldValue);
    }

    /** Obtains a slice of {@code arrayParam} which selects the array element at {@code index}. */
    public static MemorySegment asSlice(MemorySegment array, long index) {
        return array.asSlice(layout().byteSize() * index);
    }

    /** The size (in bytes) of this struct. */
    public static long sizeof() {
        return layout().byteSize();
    }

    /** Allocate a segment of size {@code layout().byteSize()} using {@code allocator}. */
    public static MemorySegment allocate(SegmentAllocator allocator) {
        return allocator.allocate(layout());
    }

    /** Allocate an array of size {@code elementCount} using {@code allocator}. */
    public static MemorySegment allocateArray(long elementCount, SegmentAllocator allocator) {
        return allocator.allocate(MemoryLayout.sequenceLayout(elementCount, layout()));
    }

    /** Reinterprets {@code addr} using target {@code arena} and {@code cleanupAction} (if any). */
    public static MemorySegment reinterpret(MemorySegment addr, Arena arena, Consumer<MemorySegment> cleanup) {
        return reinterpret(addr, 1, arena, cleanup);
    }

    /** Reinterprets {@code addr} as an array of {@code elementCount} elements. */
    public static MemorySegment reinterpret(MemorySegment addr, long elementCount, Arena arena, Consumer<MemorySegment> cleanup) {
        return addr.reinterpret(layout().byteSize() * elementCount, arena, cleanup);
    }
}
