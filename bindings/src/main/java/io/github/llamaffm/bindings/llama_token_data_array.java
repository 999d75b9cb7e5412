// Generated from llama.h of llama.cpp 0.5.0 by llama-ffm's bindings generator (bindings/generator) — do not edit.
// Regenerate with 'make bindings'.

package io.github.llamaffm.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;

/** The struct {@code llama_token_data_array} (32 bytes, aligned to 8). */
public class llama_token_data_array {

    llama_token_data_array() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        llama_h_shared.C_POINTER.withName("data"),
        llama_h_shared.C_LONG.withName("size"),
        llama_h_shared.C_LONG.withName("selected"),
        llama_h_shared.C_BOOL.withName("sorted"),
        MemoryLayout.paddingLayout(7)).withName("llama_token_data_array");

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final AddressLayout data$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("data"));

    /** The layout of field {@code data}. */
    public static final AddressLayout data$layout() {
        return data$LAYOUT;
    }

    private static final long data$OFFSET = 0;

    /** The offset of field {@code data}. */
    public static final long data$offset() {
        return data$OFFSET;
    }

    /** Getter for field {@code data}. */
    public static MemorySegment data(MemorySegment struct) {
        return struct.get(data$LAYOUT, data$OFFSET);
    }

    /** Setter for field {@code data}. */
    public static void data(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(data$LAYOUT, data$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfLong size$LAYOUT = (ValueLayout.OfLong)$LAYOUT.select(groupElement("size"));

    /** The layout of field {@code size}. */
    public static final ValueLayout.OfLong size$layout() {
        return size$LAYOUT;
    }

    private static final long size$OFFSET = 8;

    /** The offset of field {@code size}. */
    public static final long size$offset() {
        return size$OFFSET;
    }

    /** Getter for field {@code size}. */
    public static long size(MemorySegment struct) {
        return struct.get(size$LAYOUT, size$OFFSET);
    }

    /** Setter for field {@code size}. */
    public static void size(MemorySegment struct, long fieldValue) {
        struct.set(size$LAYOUT, size$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfLong selected$LAYOUT = (ValueLayout.OfLong)$LAYOUT.select(groupElement("selected"));

    /** The layout of field {@code selected}. */
    public static final ValueLayout.OfLong selected$layout() {
        return selected$LAYOUT;
    }

    private static final long selected$OFFSET = 16;

    /** The offset of field {@code selected}. */
    public static final long selected$offset() {
        return selected$OFFSET;
    }

    /** Getter for field {@code selected}. */
    public static long selected(MemorySegment struct) {
        return struct.get(selected$LAYOUT, selected$OFFSET);
    }

    /** Setter for field {@code selected}. */
    public static void selected(MemorySegment struct, long fieldValue) {
        struct.set(selected$LAYOUT, selected$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfBoolean sorted$LAYOUT = (ValueLayout.OfBoolean)$LAYOUT.select(groupElement("sorted"));

    /** The layout of field {@code sorted}. */
    public static final ValueLayout.OfBoolean sorted$layout() {
        return sorted$LAYOUT;
    }

    private static final long sorted$OFFSET = 24;

    /** The offset of field {@code sorted}. */
    public static final long sorted$offset() {
        return sorted$OFFSET;
    }

    /** Getter for field {@code sorted}. */
    public static boolean sorted(MemorySegment struct) {
        return struct.get(sorted$LAYOUT, sorted$OFFSET);
    }

    /** Setter for field {@code sorted}. */
    public static void sorted(MemorySegment struct, boolean fieldValue) {
        struct.set(sorted$LAYOUT, sorted$OFFSET, fieldValue);
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
