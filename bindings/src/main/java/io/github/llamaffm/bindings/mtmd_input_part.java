// Generated from mtmd.h of llama.cpp 0.5.0 by llama-ffm's bindings generator (bindings/generator) — do not edit.
// Regenerate with 'make bindings'.

package io.github.llamaffm.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;

/** The struct {@code mtmd_input_part} (16 bytes, aligned to 8). */
public class mtmd_input_part {

    mtmd_input_part() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        llama_h_shared.C_POINTER.withName("text"),
        llama_h_shared.C_POINTER.withName("bitmap")).withName("mtmd_input_part");

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final AddressLayout text$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("text"));

    /** The layout of field {@code text}. */
    public static final AddressLayout text$layout() {
        return text$LAYOUT;
    }

    private static final long text$OFFSET = 0;

    /** The offset of field {@code text}. */
    public static final long text$offset() {
        return text$OFFSET;
    }

    /** Getter for field {@code text}. */
    public static MemorySegment text(MemorySegment struct) {
        return struct.get(text$LAYOUT, text$OFFSET);
    }

    /** Setter for field {@code text}. */
    public static void text(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(text$LAYOUT, text$OFFSET, fieldValue);
    }

    private static final AddressLayout bitmap$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("bitmap"));

    /** The layout of field {@code bitmap}. */
    public static final AddressLayout bitmap$layout() {
        return bitmap$LAYOUT;
    }

    private static final long bitmap$OFFSET = 8;

    /** The offset of field {@code bitmap}. */
    public static final long bitmap$offset() {
        return bitmap$OFFSET;
    }

    /** Getter for field {@code bitmap}. */
    public static MemorySegment bitmap(MemorySegment struct) {
        return struct.get(bitmap$LAYOUT, bitmap$OFFSET);
    }

    /** Setter for field {@code bitmap}. */
    public static void bitmap(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(bitmap$LAYOUT, bitmap$OFFSET, fieldValue);
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
