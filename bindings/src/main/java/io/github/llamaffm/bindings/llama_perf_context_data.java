// Generated from llama.h of llama.cpp 0.5.0 by llama-ffm's bindings generator (bindings/generator) — do not edit.
// Regenerate with 'make bindings'.

package io.github.llamaffm.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;

/** The struct {@code llama_perf_context_data} (48 bytes, aligned to 8). */
public class llama_perf_context_data {

    llama_perf_context_data() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        llama_h_shared.C_DOUBLE.withName("t_start_ms"),
        llama_h_shared.C_DOUBLE.withName("t_load_ms"),
        llama_h_shared.C_DOUBLE.withName("t_p_eval_ms"),
        llama_h_shared.C_DOUBLE.withName("t_eval_ms"),
        llama_h_shared.C_INT.withName("n_p_eval"),
        llama_h_shared.C_INT.withName("n_eval"),
        llama_h_shared.C_INT.withName("n_reused"),
        MemoryLayout.paddingLayout(4)).withName("llama_perf_context_data");

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final ValueLayout.OfDouble t_start_ms$LAYOUT = (ValueLayout.OfDouble)$LAYOUT.select(groupElement("t_start_ms"));

    /** The layout of field {@code t_start_ms}. */
    public static final ValueLayout.OfDouble t_start_ms$layout() {
        return t_start_ms$LAYOUT;
    }

    private static final long t_start_ms$OFFSET = 0;

    /** The offset of field {@code t_start_ms}. */
    public static final long t_start_ms$offset() {
        return t_start_ms$OFFSET;
    }

    /** Getter for field {@code t_start_ms}. */
    public static double t_start_ms(MemorySegment struct) {
        return struct.get(t_start_ms$LAYOUT, t_start_ms$OFFSET);
    }

    /** Setter for field {@code t_start_ms}. */
    public static void t_start_ms(MemorySegment struct, double fieldValue) {
        struct.set(t_start_ms$LAYOUT, t_start_ms$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfDouble t_load_ms$LAYOUT = (ValueLayout.OfDouble)$LAYOUT.select(groupElement("t_load_ms"));

    /** The layout of field {@code t_load_ms}. */
    public static final ValueLayout.OfDouble t_load_ms$layout() {
        return t_load_ms$LAYOUT;
    }

    private static final long t_load_ms$OFFSET = 8;

    /** The offset of field {@code t_load_ms}. */
    public static final long t_load_ms$offset() {
        return t_load_ms$OFFSET;
    }

    /** Getter for field {@code t_load_ms}. */
    public static double t_load_ms(MemorySegment struct) {
        return struct.get(t_load_ms$LAYOUT, t_load_ms$OFFSET);
    }

    /** Setter for field {@code t_load_ms}. */
    public static void t_load_ms(MemorySegment struct, double fieldValue) {
        struct.set(t_load_ms$LAYOUT, t_load_ms$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfDouble t_p_eval_ms$LAYOUT = (ValueLayout.OfDouble)$LAYOUT.select(groupElement("t_p_eval_ms"));

    /** The layout of field {@code t_p_eval_ms}. */
    public static final ValueLayout.OfDouble t_p_eval_ms$layout() {
        return t_p_eval_ms$LAYOUT;
    }

    private static final long t_p_eval_ms$OFFSET = 16;

    /** The offset of field {@code t_p_eval_ms}. */
    public static final long t_p_eval_ms$offset() {
        return t_p_eval_ms$OFFSET;
    }

    /** Getter for field {@code t_p_eval_ms}. */
    public static double t_p_eval_ms(MemorySegment struct) {
        return struct.get(t_p_eval_ms$LAYOUT, t_p_eval_ms$OFFSET);
    }

    /** Setter for field {@code t_p_eval_ms}. */
    public static void t_p_eval_ms(MemorySegment struct, double fieldValue) {
        struct.set(t_p_eval_ms$LAYOUT, t_p_eval_ms$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfDouble t_eval_ms$LAYOUT = (ValueLayout.OfDouble)$LAYOUT.select(groupElement("t_eval_ms"));

    /** The layout of field {@code t_eval_ms}. */
    public static final ValueLayout.OfDouble t_eval_ms$layout() {
        return t_eval_ms$LAYOUT;
    }

    private static final long t_eval_ms$OFFSET = 24;

    /** The offset of field {@code t_eval_ms}. */
    public static final long t_eval_ms$offset() {
        return t_eval_ms$OFFSET;
    }

    /** Getter for field {@code t_eval_ms}. */
    public static double t_eval_ms(MemorySegment struct) {
        return struct.get(t_eval_ms$LAYOUT, t_eval_ms$OFFSET);
    }

    /** Setter for field {@code t_eval_ms}. */
    public static void t_eval_ms(MemorySegment struct, double fieldValue) {
        struct.set(t_eval_ms$LAYOUT, t_eval_ms$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfInt n_p_eval$LAYOUT = (ValueLayout.OfInt)$LAYOUT.select(groupElement("n_p_eval"));

    /** The layout of field {@code n_p_eval}. */
    public static final ValueLayout.OfInt n_p_eval$layout() {
        return n_p_eval$LAYOUT;
    }

    private static final long n_p_eval$OFFSET = 32;

    /** The offset of field {@code n_p_eval}. */
    public static final long n_p_eval$offset() {
        return n_p_eval$OFFSET;
    }

    /** Getter for field {@code n_p_eval}. */
    public static int n_p_eval(MemorySegment struct) {
        return struct.get(n_p_eval$LAYOUT, n_p_eval$OFFSET);
    }

    /** Setter for field {@code n_p_eval}. */
    public static void n_p_eval(MemorySegment struct, int fieldValue) {
        struct.set(n_p_eval$LAYOUT, n_p_eval$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfInt n_eval$LAYOUT = (ValueLayout.OfInt)$LAYOUT.select(groupElement("n_eval"));

    /** The layout of field {@code n_eval}. */
    public static final ValueLayout.OfInt n_eval$layout() {
        return n_eval$LAYOUT;
    }

    private static final long n_eval$OFFSET = 36;

    /** The offset of field {@code n_eval}. */
    public static final long n_eval$offset() {
        return n_eval$OFFSET;
    }

    /** Getter for field {@code n_eval}. */
    public static int n_eval(MemorySegment struct) {
        return struct.get(n_eval$LAYOUT, n_eval$OFFSET);
    }

    /** Setter for field {@code n_eval}. */
    public static void n_eval(MemorySegment struct, int fieldValue) {
        struct.set(n_eval$LAYOUT, n_eval$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfInt n_reused$LAYOUT = (ValueLayout.OfInt)$LAYOUT.select(groupElement("n_reused"));

    /** The layout of field {@code n_reused}. */
    public static final ValueLayout.OfInt n_reused$layout() {
        return n_reused$LAYOUT;
    }

    private static final long n_reused$OFFSET = 40;

    /** The offset of field {@code n_reused}. */
    public static final long n_reused$offset() {
        return n_reused$OFFSET;
    }

    /** Getter for field {@code n_reused}. */
    public static int n_reused(MemorySegment struct) {
        return struct.get(n_reused$LAYOUT, n_reused$OFFSET);
    }

    /** Setter for field {@code n_reused}. */
    public static void n_reused(MemorySegment struct, int fieldValue) {
        struct.set(n_reused$LAYOUT, n_reused$OFFSET, fieldValue);
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
