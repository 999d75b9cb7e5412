// Generated from ggml-cpu.h of llama.cpp 0.5.0 by llama-ffm's bindings generator (bindings/generator) — do not edit.
// Regenerate with 'make bindings'.

package io.github.llamaffm.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;

/** The struct {@code ggml_cplan} (56 bytes, aligned to 8). */
public class ggml_cplan {

    ggml_cplan() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        llama_h_shared.C_LONG.withName("work_size"),
        llama_h_shared.C_POINTER.withName("work_data"),
        llama_h_shared.C_INT.withName("n_threads"),
        MemoryLayout.paddingLayout(4),
        llama_h_shared.C_POINTER.withName("threadpool"),
        llama_h_shared.C_POINTER.withName("abort_callback"),
        llama_h_shared.C_POINTER.withName("abort_callback_data"),
        llama_h_shared.C_BOOL.withName("use_ref"),
        MemoryLayout.paddingLayout(7)).withName("ggml_cplan");

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final ValueLayout.OfLong work_size$LAYOUT = (ValueLayout.OfLong)$LAYOUT.select(groupElement("work_size"));

    /** The layout of field {@code work_size}. */
    public static final ValueLayout.OfLong work_size$layout() {
        return work_size$LAYOUT;
    }

    private static final long work_size$OFFSET = 0;

    /** The offset of field {@code work_size}. */
    public static final long work_size$offset() {
        return work_size$OFFSET;
    }

    /** Getter for field {@code work_size}. */
    public static long work_size(MemorySegment struct) {
        return struct.get(work_size$LAYOUT, work_size$OFFSET);
    }

    /** Setter for field {@code work_size}. */
    public static void work_size(MemorySegment struct, long fieldValue) {
        struct.set(work_size$LAYOUT, work_size$OFFSET, fieldValue);
    }

    private static final AddressLayout work_data$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("work_data"));

    /** The layout of field {@code work_data}. */
    public static final AddressLayout work_data$layout() {
        return work_data$LAYOUT;
    }

    private static final long work_data$OFFSET = 8;

    /** The offset of field {@code work_data}. */
    public static final long work_data$offset() {
        return work_data$OFFSET;
    }

    /** Getter for field {@code work_data}. */
    public static MemorySegment work_data(MemorySegment struct) {
        return struct.get(work_data$LAYOUT, work_data$OFFSET);
    }

    /** Setter for field {@code work_data}. */
    public static void work_data(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(work_data$LAYOUT, work_data$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfInt n_threads$LAYOUT = (ValueLayout.OfInt)$LAYOUT.select(groupElement("n_threads"));

    /** The layout of field {@code n_threads}. */
    public static final ValueLayout.OfInt n_threads$layout() {
        return n_threads$LAYOUT;
    }

    private static final long n_threads$OFFSET = 16;

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

    private static final AddressLayout threadpool$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("threadpool"));

    /** The layout of field {@code threadpool}. */
    public static final AddressLayout threadpool$layout() {
        return threadpool$LAYOUT;
    }

    private static final long threadpool$OFFSET = 24;

    /** The offset of field {@code threadpool}. */
    public static final long threadpool$offset() {
        return threadpool$OFFSET;
    }

    /** Getter for field {@code threadpool}. */
    public static MemorySegment threadpool(MemorySegment struct) {
        return struct.get(threadpool$LAYOUT, threadpool$OFFSET);
    }

    /** Setter for field {@code threadpool}. */
    public static void threadpool(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(threadpool$LAYOUT, threadpool$OFFSET, fieldValue);
    }

    private static final AddressLayout abort_callback$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("abort_callback"));

    /** The layout of field {@code abort_callback}. */
    public static final AddressLayout abort_callback$layout() {
        return abort_callback$LAYOUT;
    }

    private static final long abort_callback$OFFSET = 32;

    /** The offset of field {@code abort_callback}. */
    public static final long abort_callback$offset() {
        return abort_callback$OFFSET;
    }

    /** Getter for field {@code abort_callback}. */
    public static MemorySegment abort_callback(MemorySegment struct) {
        return struct.get(abort_callback$LAYOUT, abort_callback$OFFSET);
    }

    /** Setter for field {@code abort_callback}. */
    public static void abort_callback(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(abort_callback$LAYOUT, abort_callback$OFFSET, fieldValue);
    }

    private static final AddressLayout abort_callback_data$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("abort_callback_data"));

    /** The layout of field {@code abort_callback_data}. */
    public static final AddressLayout abort_callback_data$layout() {
        return abort_callback_data$LAYOUT;
    }

    private static final long abort_callback_data$OFFSET = 40;

    /** The offset of field {@code abort_callback_data}. */
    public static final long abort_callback_data$offset() {
        return abort_callback_data$OFFSET;
    }

    /** Getter for field {@code abort_callback_data}. */
    public static MemorySegment abort_callback_data(MemorySegment struct) {
        return struct.get(abort_callback_data$LAYOUT, abort_callback_data$OFFSET);
    }

    /** Setter for field {@code abort_callback_data}. */
    public static void abort_callback_data(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(abort_callback_data$LAYOUT, abort_callback_data$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfBoolean use_ref$LAYOUT = (ValueLayout.OfBoolean)$LAYOUT.select(groupElement("use_ref"));

    /** The layout of field {@code use_ref}. */
    public static final ValueLayout.OfBoolean use_ref$layout() {
        return use_ref$LAYOUT;
    }

    private static final long use_ref$OFFSET = 48;

    /** The offset of field {@code use_ref}. */
    public static final long use_ref$offset() {
        return use_ref$OFFSET;
    }

    /** Getter for field {@code use_ref}. */
    public static boolean use_ref(MemorySegment struct) {
        return struct.get(use_ref$LAYOUT, use_ref$OFFSET);
    }

    /** Setter for field {@code use_ref}. */
    public static void use_ref(MemorySegment struct, boolean fieldValue) {
        struct.set(use_ref$LAYOUT, use_ref$OFFSET, fieldValue);
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
