// Generated from ggml.h of llama.cpp 0.5.0 by llama-ffm's bindings generator (bindings/generator) — do not edit.
// Regenerate with 'make bindings'.

package io.github.llamaffm.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;

/** The struct {@code ggml_threadpool_params} (528 bytes, aligned to 4). */
public class ggml_threadpool_params {

    ggml_threadpool_params() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        MemoryLayout.sequenceLayout(512, llama_h_shared.C_BOOL).withName("cpumask"),
        llama_h_shared.C_INT.withName("n_threads"),
        llama_h_shared.C_INT.withName("prio"),
        llama_h_shared.C_INT.withName("poll"),
        llama_h_shared.C_BOOL.withName("strict_cpu"),
        llama_h_shared.C_BOOL.withName("paused"),
        MemoryLayout.paddingLayout(2)).withName("ggml_threadpool_params");

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final SequenceLayout cpumask$LAYOUT = (SequenceLayout)$LAYOUT.select(groupElement("cpumask"));

    /** The layout of field {@code cpumask}. */
    public static final SequenceLayout cpumask$layout() {
        return cpumask$LAYOUT;
    }

    private static final long cpumask$OFFSET = 0;

    /** The offset of field {@code cpumask}. */
    public static final long cpumask$offset() {
        return cpumask$OFFSET;
    }

    /** Getter for field {@code cpumask}, a slice of {@code struct}. */
    public static MemorySegment cpumask(MemorySegment struct) {
        return struct.asSlice(cpumask$OFFSET, cpumask$LAYOUT.byteSize());
    }

    /** Setter for field {@code cpumask}: copies {@code fieldValue} in. */
    public static void cpumask(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, cpumask$OFFSET, cpumask$LAYOUT.byteSize());
    }

    /** Element {@code index} of array field {@code cpumask}. */
    public static boolean cpumask(MemorySegment struct, long index) {
        Objects.checkIndex(index, 512L);
        return struct.get(((ValueLayout.OfBoolean) cpumask$LAYOUT.elementLayout()), cpumask$OFFSET + index * cpumask$LAYOUT.elementLayout().byteSize());
    }

    /** Sets element {@code index} of array field {@code cpumask}. */
    public static void cpumask(MemorySegment struct, long index, boolean fieldValue) {
        Objects.checkIndex(index, 512L);
        struct.set(((ValueLayout.OfBoolean) cpumask$LAYOUT.elementLayout()), cpumask$OFFSET + index * cpumask$LAYOUT.elementLayout().byteSize(), fieldValue);
    }

    private static final ValueLayout.OfInt n_threads$LAYOUT = (ValueLayout.OfInt)$LAYOUT.select(groupElement("n_threads"));

    /** The layout of field {@code n_threads}. */
    public static final ValueLayout.OfInt n_threads$layout() {
        return n_threads$LAYOUT;
    }

    private static final long n_threads$OFFSET = 512;

    /** The offset of field {@code n_threads}. */
    public static final long n_threads$offset() {
        return n_threads$OFFSET;
    }

    /** Getter for field {@code n_threads}. */
    public static int n_threads(MemorySegment struct) {
        return struct.get(n_threads$LAYOUT, n_threads$OFFSET);
    }

    /** Setter for field {@code n_threads}. */
    public static void n_threads(MemorySegment struct, int fieldValue) {
        struct.set(n_threads$LAYOUT, n_threads$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfInt prio$LAYOUT = (ValueLayout.OfInt)$LAYOUT.select(groupElement("prio"));

    /** The layout of field {@code prio}. */
    public static final ValueLayout.OfInt prio$layout() {
        return prio$LAYOUT;
    }

    private static final long prio$OFFSET = 516;

    /** The offset of field {@code prio}. */
    public static final long prio$offset() {
        return prio$OFFSET;
    }

    /** Getter for field {@code prio}. */
    public static int prio(MemorySegment struct) {
        return struct.get(prio$LAYOUT, prio$OFFSET);
    }

    /** Setter for field {@code prio}. */
    public static void prio(MemorySegment struct, int fieldValue) {
        struct.set(prio$LAYOUT, prio$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfInt poll$LAYOUT = (ValueLayout.OfInt)$LAYOUT.select(groupElement("poll"));

    /** The layout of field {@code poll}. */
    public static final ValueLayout.OfInt poll$layout() {
        return poll$LAYOUT;
    }

    private static final long poll$OFFSET = 520;

    /** The offset of field {@code poll}. */
    public static final long poll$offset() {
        return poll$OFFSET;
    }

    /** Getter for field {@code poll}. */
    public static int poll(MemorySegment struct) {
        return struct.get(poll$LAYOUT, poll$OFFSET);
    }

    /** Setter for field {@code poll}. */
    public static void poll(MemorySegment struct, int fieldValue) {
        struct.set(poll$LAYOUT, poll$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfBoolean strict_cpu$LAYOUT = (ValueLayout.OfBoolean)$LAYOUT.select(groupElement("strict_cpu"));

    /** The layout of field {@code strict_cpu}. */
    public static final ValueLayout.OfBoolean strict_cpu$layout() {
        return strict_cpu$LAYOUT;
    }

    private static final long strict_cpu$OFFSET = 524;

    /** The offset of field {@code strict_cpu}. */
    public static final long strict_cpu$offset() {
        return strict_cpu$OFFSET;
    }

    /** Getter for field {@code strict_cpu}. */
    public static boolean strict_cpu(MemorySegment struct) {
        return struct.get(strict_cpu$LAYOUT, strict_cpu$OFFSET);
    }

    /** Setter for field {@code strict_cpu}. */
    public static void strict_cpu(MemorySegment struct, boolean fieldValue) {
        struct.set(strict_cpu$LAYOUT, strict_cpu$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfBoolean paused$LAYOUT = (ValueLayout.OfBoolean)$LAYOUT.select(groupElement("paused"));

    /** The layout of field {@code paused}. */
    public static final ValueLayout.OfBoolean paused$layout() {
        return paused$LAYOUT;
    }

    private static final long paused$OFFSET = 525;

    /** The offset of field {@code paused}. */
    public static final long paused$offset() {
        return paused$OFFSET;
    }

    /** Getter for field {@code paused}. */
    public static boolean paused(MemorySegment struct) {
        return struct.get(paused$LAYOUT, paused$OFFSET);
    }

    /** Setter for field {@code paused}. */
    public static void paused(MemorySegment struct, boolean fieldValue) {
        struct.set(paused$LAYOUT, paused$OFFSET, fieldValue);
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
