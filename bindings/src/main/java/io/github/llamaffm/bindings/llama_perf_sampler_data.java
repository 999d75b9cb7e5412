// Generated from llama.h of llama.cpp 0.5.0 by llama-ffm's bindings generator (bindings/generator) — do not edit.
// Regenerate with 'make bindings'.

package io.github.llamaffm.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;

/** The struct {@code llama_perf_sampler_data} (16 bytes, aligned to 8). */
public class llama_perf_sampler_data {

    llama_perf_sampler_data() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        llama_h_shared.C_DOUBLE.withName("t_sample_ms"),
        llama_h_shared.C_INT.withName("n_sample"),
        MemoryLayout.paddingLayout(4)).withName("llama_perf_sampler_data");

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final ValueLayout.OfDouble t_sample_ms$LAYOUT = (ValueLayout.OfDouble)$LAYOUT.select(groupElement("t_sample_ms"));

    /** The layout of field {@code t_sample_ms}. */
    public static final ValueLayout.OfDouble t_sample_ms$layout() {
        return t_sample_ms$LAYOUT;
    }

    private static final long t_sample_ms$OFFSET = 0;

    /** The offset of field {@code t_sample_ms}. */
    public static final long t_sample_ms$offset() {
        return t_sample_ms$OFFSET;
    }

    /** Getter for field {@code t_sample_ms}. */
    public static double t_sample_ms(MemorySegment struct) {
        return struct.get(t_sample_ms$LAYOUT, t_sample_ms$OFFSET);
    }

    /** Setter for field {@code t_sample_ms}. */
    public static void t_sample_ms(MemorySegment struct, double fieldValue) {
        struct.set(t_sample_ms$LAYOUT, t_sample_ms$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfInt n_sample$LAYOUT = (ValueLayout.OfInt)$LAYOUT.select(groupElement("n_sample"));

    /** The layout of field {@code n_sample}. */
    public static final ValueLayout.OfInt n_sample$layout() {
        return n_sample$LAYOUT;
    }

    private static final long n_sample$OFFSET = 8;

    /** The offset of field {@code n_sample}. */
    public static final long n_sample$offset() {
        return n_sample$OFFSET;
    }

    /** Getter for field {@code n_sample}. */
    public static int n_sample(MemorySegment struct) {
        return struct.get(n_sample$LAYOUT, n_sample$OFFSET);
    }

    /** Setter for field {@code n_sample}. */
    public static void n_sample(MemorySegment struct, int fieldValue) {
        struct.set(n_sample$LAYOUT, n_sample$OFFSET, fieldValue);
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
