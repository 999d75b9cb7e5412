// Generated from llama.h of llama.cpp 0.5.0 by llama-ffm's bindings generator (bindings/generator) — do not edit.
// Regenerate with 'make bindings'.

package io.github.llamaffm.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;

/** The struct {@code llama_sampler_chain_params} (1 bytes, aligned to 1). */
public class llama_sampler_chain_params {

    llama_sampler_chain_params() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        llama_h_shared.C_BOOL.withName("no_perf")).withName("llama_sampler_chain_params");

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final ValueLayout.OfBoolean no_perf$LAYOUT = (ValueLayout.OfBoolean)$LAYOUT.select(groupElement("no_perf"));

    /** The layout of field {@code no_perf}. */
    public static final ValueLayout.OfBoolean no_perf$layout() {
        return no_perf$LAYOUT;
    }

    private static final long no_perf$OFFSET = 0;

    /** The offset of field {@code no_perf}. */
    public static final long no_perf$offset() {
        return no_perf$OFFSET;
    }

    /** Getter for field {@code no_perf}. */
    public static boolean no_perf(MemorySegment struct) {
        return struct.get(no_perf$LAYOUT, no_perf$OFFSET);
    }

    /** Setter for field {@code no_perf}. */
    public static void no_perf(MemorySegment struct, boolean fieldValue) {
        struct.set(no_perf$LAYOUT, no_perf$OFFSET, fieldValue);
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
