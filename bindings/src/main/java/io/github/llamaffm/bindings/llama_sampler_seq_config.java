// Generated from llama.h of llama.cpp 0.5.0 by llama-ffm's bindings generator (bindings/generator) — do not edit.
// Regenerate with 'make bindings'.

package io.github.llamaffm.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;

/** The struct {@code llama_sampler_seq_config} (16 bytes, aligned to 8). */
public class llama_sampler_seq_config {

    llama_sampler_seq_config() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        llama_h_shared.C_INT.withName("seq_id"),
        MemoryLayout.paddingLayout(4),
        llama_h_shared.C_POINTER.withName("sampler")).withName("llama_sampler_seq_config");

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final ValueLayout.OfInt seq_id$LAYOUT = (ValueLayout.OfInt)$LAYOUT.select(groupElement("seq_id"));

    /** The layout of field {@code seq_id}. */
    public static final ValueLayout.OfInt seq_id$layout() {
        return seq_id$LAYOUT;
    }

    private static final long seq_id$OFFSET = 0;

    /** The offset of field {@code seq_id}. */
    public static final long seq_id$offset() {
        return seq_id$OFFSET;
    }

    /** Getter for field {@code seq_id}. */
    public static int seq_id(MemorySegment struct) {
        return struct.get(seq_id$LAYOUT, seq_id$OFFSET);
    }

    /** Setter for field {@code seq_id}. */
    public static void seq_id(MemorySegment struct, int fieldValue) {
        struct.set(seq_id$LAYOUT, seq_id$OFFSET, fieldValue);
    }

    private static final AddressLayout sampler$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("sampler"));

    /** The layout of field {@code sampler}. */
    public static final AddressLayout sampler$layout() {
        return sampler$LAYOUT;
    }

    private static final long sampler$OFFSET = 8;

    /** The offset of field {@code sampler}. */
    public static final long sampler$offset() {
        return sampler$OFFSET;
    }

    /** Getter for field {@code sampler}. */
    public static MemorySegment sampler(MemorySegment struct) {
        return struct.get(sampler$LAYOUT, sampler$OFFSET);
    }

    /** Setter for field {@code sampler}. */
    public static void sampler(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(sampler$LAYOUT, sampler$OFFSET, fieldValue);
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
