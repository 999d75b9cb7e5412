// Generated from mtmd.h of llama.cpp 0.5.0 by llama-ffm's bindings generator (bindings/generator) — do not edit.
// Regenerate with 'make bindings'.

package io.github.llamaffm.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;

/** The struct {@code mtmd_caps} (2 bytes, aligned to 1). */
public class mtmd_caps {

    mtmd_caps() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        llama_h_shared.C_BOOL.withName("inp_vision"),
        llama_h_shared.C_BOOL.withName("inp_audio")).withName("mtmd_caps");

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final ValueLayout.OfBoolean inp_vision$LAYOUT = (ValueLayout.OfBoolean)$LAYOUT.select(groupElement("inp_vision"));

    /** The layout of field {@code inp_vision}. */
    public static final ValueLayout.OfBoolean inp_vision$layout() {
        return inp_vision$LAYOUT;
    }

    private static final long inp_vision$OFFSET = 0;

    /** The offset of field {@code inp_vision}. */
    public static final long inp_vision$offset() {
        return inp_vision$OFFSET;
    }

    /** Getter for field {@code inp_vision}. */
    public static boolean inp_vision(MemorySegment struct) {
        return struct.get(inp_vision$LAYOUT, inp_vision$OFFSET);
    }

    /** Setter for field {@code inp_vision}. */
    public static void inp_vision(MemorySegment struct, boolean fieldValue) {
        struct.set(inp_vision$LAYOUT, inp_vision$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfBoolean inp_audio$LAYOUT = (ValueLayout.OfBoolean)$LAYOUT.select(groupElement("inp_audio"));

    /** The layout of field {@code inp_audio}. */
    public static final ValueLayout.OfBoolean inp_audio$layout() {
        return inp_audio$LAYOUT;
    }

    private static final long inp_audio$OFFSET = 1;

    /** The offset of field {@code inp_audio}. */
    public static final long inp_audio$offset() {
        return inp_audio$OFFSET;
    }

    /** Getter for field {@code inp_audio}. */
    public static boolean inp_audio(MemorySegment struct) {
        return struct.get(inp_audio$LAYOUT, inp_audio$OFFSET);
    }

    /** Setter for field {@code inp_audio}. */
    public static void inp_audio(MemorySegment struct, boolean fieldValue) {
        struct.set(inp_audio$LAYOUT, inp_audio$OFFSET, fieldValue);
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
