// Generated from ggml-backend.h of llama.cpp 0.5.0 by llama-ffm's bindings generator (bindings/generator) — do not edit.
// Regenerate with 'make bindings'.

package io.github.llamaffm.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;

/** The struct {@code ggml_backend_graph_copy} (32 bytes, aligned to 8). */
public class ggml_backend_graph_copy {

    ggml_backend_graph_copy() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        llama_h_shared.C_POINTER.withName("buffer"),
        llama_h_shared.C_POINTER.withName("ctx_allocated"),
        llama_h_shared.C_POINTER.withName("ctx_unallocated"),
        llama_h_shared.C_POINTER.withName("graph")).withName("ggml_backend_graph_copy");

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final AddressLayout buffer$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("buffer"));

    /** The layout of field {@code buffer}. */
    public static final AddressLayout buffer$layout() {
        return buffer$LAYOUT;
    }

    private static final long buffer$OFFSET = 0;

    /** The offset of field {@code buffer}. */
    public static final long buffer$offset() {
        return buffer$OFFSET;
    }

    /** Getter for field {@code buffer}. */
    public static MemorySegment buffer(MemorySegment struct) {
        return struct.get(buffer$LAYOUT, buffer$OFFSET);
    }

    /** Setter for field {@code buffer}. */
    public static void buffer(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(buffer$LAYOUT, buffer$OFFSET, fieldValue);
    }

    private static final AddressLayout ctx_allocated$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("ctx_allocated"));

    /** The layout of field {@code ctx_allocated}. */
    public static final AddressLayout ctx_allocated$layout() {
        return ctx_allocated$LAYOUT;
    }

    private static final long ctx_allocated$OFFSET = 8;

    /** The offset of field {@code ctx_allocated}. */
    public static final long ctx_allocated$offset() {
        return ctx_allocated$OFFSET;
    }

    /** Getter for field {@code ctx_allocated}. */
    public static MemorySegment ctx_allocated(MemorySegment struct) {
        return struct.get(ctx_allocated$LAYOUT, ctx_allocated$OFFSET);
    }

    /** Setter for field {@code ctx_allocated}. */
    public static void ctx_allocated(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ctx_allocated$LAYOUT, ctx_allocated$OFFSET, fieldValue);
    }

    private static final AddressLayout ctx_unallocated$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("ctx_unallocated"));

    /** The layout of field {@code ctx_unallocated}. */
    public static final AddressLayout ctx_unallocated$layout() {
        return ctx_unallocated$LAYOUT;
    }

    private static final long ctx_unallocated$OFFSET = 16;

    /** The offset of field {@code ctx_unallocated}. */
    public static final long ctx_unallocated$offset() {
        return ctx_unallocated$OFFSET;
    }

    /** Getter for field {@code ctx_unallocated}. */
    public static MemorySegment ctx_unallocated(MemorySegment struct) {
        return struct.get(ctx_unallocated$LAYOUT, ctx_unallocated$OFFSET);
    }

    /** Setter for field {@code ctx_unallocated}. */
    public static void ctx_unallocated(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ctx_unallocated$LAYOUT, ctx_unallocated$OFFSET, fieldValue);
    }

    private static final AddressLayout graph$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("graph"));

    /** The layout of field {@code graph}. */
    public static final AddressLayout graph$layout() {
        return graph$LAYOUT;
    }

    private static final long graph$OFFSET = 24;

    /** The offset of field {@code graph}. */
    public static final long graph$offset() {
        return graph$OFFSET;
    }

    /** Getter for field {@code graph}. */
    public static MemorySegment graph(MemorySegment struct) {
        return struct.get(graph$LAYOUT, graph$OFFSET);
    }

    /** Setter for field {@code graph}. */
    public static void graph(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(graph$LAYOUT, graph$OFFSET, fieldValue);
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
