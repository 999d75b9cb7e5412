// Generated from mtmd.h of llama.cpp 0.5.0 by llama-ffm's bindings generator (bindings/generator) — do not edit.
// Regenerate with 'make bindings'.

package io.github.llamaffm.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;

/** The struct {@code mtmd_decoder_pos} (16 bytes, aligned to 4). */
public class mtmd_decoder_pos {

    mtmd_decoder_pos() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        llama_h_shared.C_INT.withName("t"),
        llama_h_shared.C_INT.withName("x"),
        llama_h_shared.C_INT.withName("y"),
        llama_h_shared.C_INT.withName("z")).withName("mtmd_decoder_pos");

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final ValueLayout.OfInt t$LAYOUT = (ValueLayout.OfInt)$LAYOUT.select(groupElement("t"));

    /** The layout of field {@code t}. */
    public static final ValueLayout.OfInt t$layout() {
        return t$LAYOUT;
    }

    private static final long t$OFFSET = 0;

    /** The offset of field {@code t}. */
    public static final long t$offset() {
        return t$OFFSET;
    }

    /** Getter for field {@code t}. */
    public static int t(MemorySegment struct) {
        return struct.get(t$LAYOUT, t$OFFSET);
    }

    /** Setter for field {@code t}. */
    public static void t(MemorySegment struct, int fieldValue) {
        struct.set(t$LAYOUT, t$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfInt x$LAYOUT = (ValueLayout.OfInt)$LAYOUT.select(groupElement("x"));

    /** The layout of field {@code x}. */
    public static final ValueLayout.OfInt x$layout() {
        return x$LAYOUT;
    }

    private static final long x$OFFSET = 4;

    /** The offset of field {@code x}. */
    public static final long x$offset() {
        return x$OFFSET;
    }

    /** Getter for field {@code x}. */
    public static int x(MemorySegment struct) {
        return struct.get(x$LAYOUT, x$OFFSET);
    }

    /** Setter for field {@code x}. */
    public static void x(MemorySegment struct, int fieldValue) {
        struct.set(x$LAYOUT, x$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfInt y$LAYOUT = (ValueLayout.OfInt)$LAYOUT.select(groupElement("y"));

    /** The layout of field {@code y}. */
    public static final ValueLayout.OfInt y$layout() {
        return y$LAYOUT;
    }

    private static final long y$OFFSET = 8;

    /** The offset of field {@code y}. */
    public static final long y$offset() {
        return y$OFFSET;
    }

    /** Getter for field {@code y}. */
    public static int y(MemorySegment struct) {
        return struct.get(y$LAYOUT, y$OFFSET);
    }

    /** Setter for field {@code y}. */
    public static void y(MemorySegment struct, int fieldValue) {
        struct.set(y$LAYOUT, y$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfInt z$LAYOUT = (ValueLayout.OfInt)$LAYOUT.select(groupElement("z"));

    /** The layout of field {@code z}. */
    public static final ValueLayout.OfInt z$layout() {
        return z$LAYOUT;
    }

    private static final long z$OFFSET = 12;

    /** The offset of field {@code z}. */
    public static final long z$offset() {
        return z$OFFSET;
    }

    /** Getter for field {@code z}. */
    public static int z(MemorySegment struct) {
        return struct.get(z$LAYOUT, z$OFFSET);
    }

    /** Setter for field {@code z}. */
    public static void z(MemorySegment struct, int fieldValue) {
        struct.set(z$LAYOUT, z$OFFSET, fieldValue);
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
