// Generated from mtmd-helper.h of llama.cpp 0.5.0 by llama-ffm's bindings generator (bindings/generator) — do not edit.
// Regenerate with 'make bindings'.

package io.github.llamaffm.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;

/** The struct {@code mtmd_helper_video_info} (16 bytes, aligned to 4). */
public class mtmd_helper_video_info {

    mtmd_helper_video_info() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        llama_h_shared.C_INT.withName("width"),
        llama_h_shared.C_INT.withName("height"),
        llama_h_shared.C_FLOAT.withName("fps"),
        llama_h_shared.C_INT.withName("n_frames")).withName("mtmd_helper_video_info");

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final ValueLayout.OfInt width$LAYOUT = (ValueLayout.OfInt)$LAYOUT.select(groupElement("width"));

    /** The layout of field {@code width}. */
    public static final ValueLayout.OfInt width$layout() {
        return width$LAYOUT;
    }

    private static final long width$OFFSET = 0;

    /** The offset of field {@code width}. */
    public static final long width$offset() {
        return width$OFFSET;
    }

    /** Getter for field {@code width}. */
    public static int width(MemorySegment struct) {
        return struct.get(width$LAYOUT, width$OFFSET);
    }

    /** Setter for field {@code width}. */
    public static void width(MemorySegment struct, int fieldValue) {
        struct.set(width$LAYOUT, width$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfInt height$LAYOUT = (ValueLayout.OfInt)$LAYOUT.select(groupElement("height"));

    /** The layout of field {@code height}. */
    public static final ValueLayout.OfInt height$layout() {
        return height$LAYOUT;
    }

    private static final long height$OFFSET = 4;

    /** The offset of field {@code height}. */
    public static final long height$offset() {
        return height$OFFSET;
    }

    /** Getter for field {@code height}. */
    public static int height(MemorySegment struct) {
        return struct.get(height$LAYOUT, height$OFFSET);
    }

    /** Setter for field {@code height}. */
    public static void height(MemorySegment struct, int fieldValue) {
        struct.set(height$LAYOUT, height$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfFloat fps$LAYOUT = (ValueLayout.OfFloat)$LAYOUT.select(groupElement("fps"));

    /** The layout of field {@code fps}. */
    public static final ValueLayout.OfFloat fps$layout() {
        return fps$LAYOUT;
    }

    private static final long fps$OFFSET = 8;

    /** The offset of field {@code fps}. */
    public static final long fps$offset() {
        return fps$OFFSET;
    }

    /** Getter for field {@code fps}. */
    public static float fps(MemorySegment struct) {
        return struct.get(fps$LAYOUT, fps$OFFSET);
    }

    /** Setter for field {@code fps}. */
    public static void fps(MemorySegment struct, float fieldValue) {
        struct.set(fps$LAYOUT, fps$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfInt n_frames$LAYOUT = (ValueLayout.OfInt)$LAYOUT.select(groupElement("n_frames"));

    /** The layout of field {@code n_frames}. */
    public static final ValueLayout.OfInt n_frames$layout() {
        return n_frames$LAYOUT;
    }

    private static final long n_frames$OFFSET = 12;

    /** The offset of field {@code n_frames}. */
    public static final long n_frames$offset() {
        return n_frames$OFFSET;
    }

    /** Getter for field {@code n_frames}. */
    public static int n_frames(MemorySegment struct) {
        return struct.get(n_frames$LAYOUT, n_frames$OFFSET);
    }

    /** Setter for field {@code n_frames}. */
    public static void n_frames(MemorySegment struct, int fieldValue) {
        struct.set(n_frames$LAYOUT, n_frames$OFFSET, fieldValue);
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
