// Generated from ggml-backend.h of llama.cpp 0.5.0 by llama-ffm's bindings generator (bindings/generator) — do not edit.
// Regenerate with 'make bindings'.

package io.github.llamaffm.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;

/** The struct {@code ggml_backend_meta_split_state} (2128 bytes, aligned to 8). */
public class ggml_backend_meta_split_state {

    ggml_backend_meta_split_state() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        llama_h_shared.C_INT.withName("axis"),
        MemoryLayout.paddingLayout(4),
        MemoryLayout.sequenceLayout(256, llama_h_shared.C_LONG).withName("ne"),
        MemoryLayout.sequenceLayout(16, llama_h_shared.C_INT).withName("nr"),
        llama_h_shared.C_INT.withName("n_segments"),
        MemoryLayout.paddingLayout(4)).withName("ggml_backend_meta_split_state");

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final ValueLayout.OfInt axis$LAYOUT = (ValueLayout.OfInt)$LAYOUT.select(groupElement("axis"));

    /** The layout of field {@code axis}. */
    public static final ValueLayout.OfInt axis$layout() {
        return axis$LAYOUT;
    }

    private static final long axis$OFFSET = 0;

    /** The offset of field {@code axis}. */
    public static final long axis$offset() {
        return axis$OFFSET;
    }

    /** Getter for field {@code axis}. */
    public static int axis(MemorySegment struct) {
        return struct.get(axis$LAYOUT, axis$OFFSET);
    }

    /** Setter for field {@code axis}. */
    public static void axis(MemorySegment struct, int fieldValue) {
        struct.set(axis$LAYOUT, axis$OFFSET, fieldValue);
    }

    private static final SequenceLayout ne$LAYOUT = (SequenceLayout)$LAYOUT.select(groupElement("ne"));

    /** The layout of field {@code ne}. */
    public static final SequenceLayout ne$layout() {
        return ne$LAYOUT;
    }

    private static final long ne$OFFSET = 8;

    /** The offset of field {@code ne}. */
    public static final long ne$offset() {
        return ne$OFFSET;
    }

    /** Getter for field {@code ne}, a slice of {@code struct}. */
    public static MemorySegment ne(MemorySegment struct) {
        return struct.asSlice(ne$OFFSET, ne$LAYOUT.byteSize());
    }

    /** Setter for field {@code ne}: copies {@code fieldValue} in. */
    public static void ne(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, ne$OFFSET, ne$LAYOUT.byteSize());
    }

    /** Element {@code index} of array field {@code ne}. */
    public static long ne(MemorySegment struct, long index) {
        Objects.checkIndex(index, 256L);
        return struct.get(((ValueLayout.OfLong) ne$LAYOUT.elementLayout()), ne$OFFSET + index * ne$LAYOUT.elementLayout().byteSize());
    }

    /** Sets element {@code index} of array field {@code ne}. */
    public static void ne(MemorySegment struct, long index, long fieldValue) {
        Objects.checkIndex(index, 256L);
        struct.set(((ValueLayout.OfLong) ne$LAYOUT.elementLayout()), ne$OFFSET + index * ne$LAYOUT.elementLayout().byteSize(), fieldValue);
    }

    private static final SequenceLayout nr$LAYOUT = (SequenceLayout)$LAYOUT.select(groupElement("nr"));

    /** The layout of field {@code nr}. */
    public static final SequenceLayout nr$layout() {
        return nr$LAYOUT;
    }

    private static final long nr$OFFSET = 2056;

    /** The offset of field {@code nr}. */
    public static final long nr$offset() {
        return nr$OFFSET;
    }

    /** Getter for field {@code nr}, a slice of {@code struct}. */
    public static MemorySegment nr(MemorySegment struct) {
        return struct.asSlice(nr$OFFSET, nr$LAYOUT.byteSize());
    }

    /** Setter for field {@code nr}: copies {@code fieldValue} in. */
    public static void nr(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, nr$OFFSET, nr$LAYOUT.byteSize());
    }

    /** Element {@code index} of array field {@code nr}. */
    public static int nr(MemorySegment struct, long index) {
        Objects.checkIndex(index, 16L);
        return struct.get(((ValueLayout.OfInt) nr$LAYOUT.elementLayout()), nr$OFFSET + index * nr$LAYOUT.elementLayout().byteSize());
    }

    /** Sets element {@code index} of array field {@code nr}. */
    public static void nr(MemorySegment struct, long index, int fieldValue) {
        Objects.checkIndex(index, 16L);
        struct.set(((ValueLayout.OfInt) nr$LAYOUT.elementLayout()), nr$OFFSET + index * nr$LAYOUT.elementLayout().byteSize(), fieldValue);
    }

    private static final ValueLayout.OfInt n_segments$LAYOUT = (ValueLayout.OfInt)$LAYOUT.select(groupElement("n_segments"));

    /** The layout of field {@code n_segments}. */
    public static final ValueLayout.OfInt n_segments$layout() {
        return n_segments$LAYOUT;
    }

    private static final long n_segments$OFFSET = 2120;

    /** The offset of field {@code n_segments}. */
    public static final long n_segments$offset() {
        return n_segments$OFFSET;
    }

    /** Getter for field {@code n_segments}. */
    public static int n_segments(MemorySegment struct) {
        return struct.get(n_segments$LAYOUT, n_segments$OFFSET);
    }

    /** Setter for field {@code n_segments}. */
    public static void n_segments(MemorySegment struct, int fieldValue) {
        struct.set(n_segments$LAYOUT, n_segments$OFFSET, fieldValue);
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
