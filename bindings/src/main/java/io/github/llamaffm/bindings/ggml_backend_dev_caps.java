// Generated from ggml-backend.h of llama.cpp 0.5.0 by llama-ffm's bindings generator (bindings/generator) — do not edit.
// Regenerate with 'make bindings'.

package io.github.llamaffm.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;

/** The struct {@code ggml_backend_dev_caps} (5 bytes, aligned to 1). */
public class ggml_backend_dev_caps {

    ggml_backend_dev_caps() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        llama_h_shared.C_BOOL.withName("async"),
        llama_h_shared.C_BOOL.withName("host_buffer"),
        llama_h_shared.C_BOOL.withName("buffer_from_host_ptr"),
        llama_h_shared.C_BOOL.withName("events"),
        llama_h_shared.C_BOOL.withName("mmap_support")).withName("ggml_backend_dev_caps");

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final ValueLayout.OfBoolean async$LAYOUT = (ValueLayout.OfBoolean)$LAYOUT.select(groupElement("async"));

    /** The layout of field {@code async}. */
    public static final ValueLayout.OfBoolean async$layout() {
        return async$LAYOUT;
    }

    private static final long async$OFFSET = 0;

    /** The offset of field {@code async}. */
    public static final long async$offset() {
        return async$OFFSET;
    }

    /** Getter for field {@code async}. */
    public static boolean async(MemorySegment struct) {
        return struct.get(async$LAYOUT, async$OFFSET);
    }

    /** Setter for field {@code async}. */
    public static void async(MemorySegment struct, boolean fieldValue) {
        struct.set(async$LAYOUT, async$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfBoolean host_buffer$LAYOUT = (ValueLayout.OfBoolean)$LAYOUT.select(groupElement("host_buffer"));

    /** The layout of field {@code host_buffer}. */
    public static final ValueLayout.OfBoolean host_buffer$layout() {
        return host_buffer$LAYOUT;
    }

    private static final long host_buffer$OFFSET = 1;

    /** The offset of field {@code host_buffer}. */
    public static final long host_buffer$offset() {
        return host_buffer$OFFSET;
    }

    /** Getter for field {@code host_buffer}. */
    public static boolean host_buffer(MemorySegment struct) {
        return struct.get(host_buffer$LAYOUT, host_buffer$OFFSET);
    }

    /** Setter for field {@code host_buffer}. */
    public static void host_buffer(MemorySegment struct, boolean fieldValue) {
        struct.set(host_buffer$LAYOUT, host_buffer$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfBoolean buffer_from_host_ptr$LAYOUT = (ValueLayout.OfBoolean)$LAYOUT.select(groupElement("buffer_from_host_ptr"));

    /** The layout of field {@code buffer_from_host_ptr}. */
    public static final ValueLayout.OfBoolean buffer_from_host_ptr$layout() {
        return buffer_from_host_ptr$LAYOUT;
    }

    private static final long buffer_from_host_ptr$OFFSET = 2;

    /** The offset of field {@code buffer_from_host_ptr}. */
    public static final long buffer_from_host_ptr$offset() {
        return buffer_from_host_ptr$OFFSET;
    }

    /** Getter for field {@code buffer_from_host_ptr}. */
    public static boolean buffer_from_host_ptr(MemorySegment struct) {
        return struct.get(buffer_from_host_ptr$LAYOUT, buffer_from_host_ptr$OFFSET);
    }

    /** Setter for field {@code buffer_from_host_ptr}. */
    public static void buffer_from_host_ptr(MemorySegment struct, boolean fieldValue) {
        struct.set(buffer_from_host_ptr$LAYOUT, buffer_from_host_ptr$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfBoolean events$LAYOUT = (ValueLayout.OfBoolean)$LAYOUT.select(groupElement("events"));

    /** The layout of field {@code events}. */
    public static final ValueLayout.OfBoolean events$layout() {
        return events$LAYOUT;
    }

    private static final long events$OFFSET = 3;

    /** The offset of field {@code events}. */
    public static final long events$offset() {
        return events$OFFSET;
    }

    /** Getter for field {@code events}. */
    public static boolean events(MemorySegment struct) {
        return struct.get(events$LAYOUT, events$OFFSET);
    }

    /** Setter for field {@code events}. */
    public static void events(MemorySegment struct, boolean fieldValue) {
        struct.set(events$LAYOUT, events$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfBoolean mmap_support$LAYOUT = (ValueLayout.OfBoolean)$LAYOUT.select(groupElement("mmap_support"));

    /** The layout of field {@code mmap_support}. */
    public static final ValueLayout.OfBoolean mmap_support$layout() {
        return mmap_support$LAYOUT;
    }

    private static final long mmap_support$OFFSET = 4;

    /** The offset of field {@code mmap_support}. */
    public static final long mmap_support$offset() {
        return mmap_support$OFFSET;
    }

    /** Getter for field {@code mmap_support}. */
    public static boolean mmap_support(MemorySegment struct) {
        return struct.get(mmap_support$LAYOUT, mmap_support$OFFSET);
    }

    /** Setter for field {@code mmap_support}. */
    public static void mmap_support(MemorySegment struct, boolean fieldValue) {
        struct.set(mmap_support$LAYOUT, mmap_support$OFFSET, fieldValue);
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
