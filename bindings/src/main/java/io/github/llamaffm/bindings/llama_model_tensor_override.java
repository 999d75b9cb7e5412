// Generated from llama.h of llama.cpp 0.5.0 by llama-ffm's bindings generator (bindings/generator) — do not edit.
// Regenerate with 'make bindings'.

package io.github.llamaffm.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;

/** The struct {@code llama_model_tensor_override} (16 bytes, aligned to 8). */
public class llama_model_tensor_override {

    llama_model_tensor_override() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        llama_h_shared.C_POINTER.withName("pattern"),
        llama_h_shared.C_INT.withName("type"),
        MemoryLayout.paddingLayout(4)).withName("llama_model_tensor_override");

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final AddressLayout pattern$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("pattern"));

    /** The layout of field {@code pattern}. */
    public static final AddressLayout pattern$layout() {
        return pattern$LAYOUT;
    }

    private static final long pattern$OFFSET = 0;

    /** The offset of field {@code pattern}. */
    public static final long pattern$offset() {
        return pattern$OFFSET;
    }

    /** Getter for field {@code pattern}. */
    public static MemorySegment pattern(MemorySegment struct) {
        return struct.get(pattern$LAYOUT, pattern$OFFSET);
    }

    /** Setter for field {@code pattern}. */
    public static void pattern(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(pattern$LAYOUT, pattern$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfInt type$LAYOUT = (ValueLayout.OfInt)$LAYOUT.select(groupElement("type"));

    /** The layout of field {@code type}. */
    public static final ValueLayout.OfInt type$layout() {
        return type$LAYOUT;
    }

    private static final long type$OFFSET = 8;

    /** The offset of field {@code type}. */
    public static final long type$offset() {
        return type$OFFSET;
    }

    /** Getter for field {@code type}. */
    public static int type(MemorySegment struct) {
        return struct.get(type$LAYOUT, type$OFFSET);
    }

    /** Setter for field {@code type}. */
    public static void type(MemorySegment struct, int fieldValue) {
        struct.set(type$LAYOUT, type$OFFSET, fieldValue);
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
