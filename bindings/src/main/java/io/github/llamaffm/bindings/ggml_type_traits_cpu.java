// Generated from ggml-cpu.h of llama.cpp 0.5.0 by llama-ffm's bindings generator (bindings/generator) — do not edit.
// Regenerate with 'make bindings'.

package io.github.llamaffm.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;

/** The struct {@code ggml_type_traits_cpu} (32 bytes, aligned to 8). */
public class ggml_type_traits_cpu {

    ggml_type_traits_cpu() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        llama_h_shared.C_POINTER.withName("from_float"),
        llama_h_shared.C_POINTER.withName("vec_dot"),
        llama_h_shared.C_INT.withName("vec_dot_type"),
        MemoryLayout.paddingLayout(4),
        llama_h_shared.C_LONG.withName("nrows")).withName("ggml_type_traits_cpu");

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final AddressLayout from_float$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("from_float"));

    /** The layout of field {@code from_float}. */
    public static final AddressLayout from_float$layout() {
        return from_float$LAYOUT;
    }

    private static final long from_float$OFFSET = 0;

    /** The offset of field {@code from_float}. */
    public static final long from_float$offset() {
        return from_float$OFFSET;
    }

    /** Getter for field {@code from_float}. */
    public static MemorySegment from_float(MemorySegment struct) {
        return struct.get(from_float$LAYOUT, from_float$OFFSET);
    }

    /** Setter for field {@code from_float}. */
    public static void from_float(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(from_float$LAYOUT, from_float$OFFSET, fieldValue);
    }

    private static final AddressLayout vec_dot$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("vec_dot"));

    /** The layout of field {@code vec_dot}. */
    public static final AddressLayout vec_dot$layout() {
        return vec_dot$LAYOUT;
    }

    private static final long vec_dot$OFFSET = 8;

    /** The offset of field {@code vec_dot}. */
    public static final long vec_dot$offset() {
        return vec_dot$OFFSET;
    }

    /** Getter for field {@code vec_dot}. */
    public static MemorySegment vec_dot(MemorySegment struct) {
        return struct.get(vec_dot$LAYOUT, vec_dot$OFFSET);
    }

    /** Setter for field {@code vec_dot}. */
    public static void vec_dot(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(vec_dot$LAYOUT, vec_dot$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfInt vec_dot_type$LAYOUT = (ValueLayout.OfInt)$LAYOUT.select(groupElement("vec_dot_type"));

    /** The layout of field {@code vec_dot_type}. */
    public static final ValueLayout.OfInt vec_dot_type$layout() {
        return vec_dot_type$LAYOUT;
    }

    private static final long vec_dot_type$OFFSET = 16;

    /** The offset of field {@code vec_dot_type}. */
    public static final long vec_dot_type$offset() {
        return vec_dot_type$OFFSET;
    }

    /** Getter for field {@code vec_dot_type}. */
    public static int vec_dot_type(MemorySegment struct) {
        return struct.get(vec_dot_type$LAYOUT, vec_dot_type$OFFSET);
    }

    /** Setter for field {@code vec_dot_type}. */
    public static void vec_dot_type(MemorySegment struct, int fieldValue) {
        struct.set(vec_dot_type$LAYOUT, vec_dot_type$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfLong nrows$LAYOUT = (ValueLayout.OfLong)$LAYOUT.select(groupElement("nrows"));

    /** The layout of field {@code nrows}. */
    public static final ValueLayout.OfLong nrows$layout() {
        return nrows$LAYOUT;
    }

    private static final long nrows$OFFSET = 24;

    /** The offset of field {@code nrows}. */
    public static final long nrows$offset() {
        return nrows$OFFSET;
    }

    /** Getter for field {@code nrows}. */
    public static long nrows(MemorySegment struct) {
        return struct.get(nrows$LAYOUT, nrows$OFFSET);
    }

    /** Setter for field {@code nrows}. */
    public static void nrows(MemorySegment struct, long fieldValue) {
        struct.set(nrows$LAYOUT, nrows$OFFSET, fieldValue);
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
