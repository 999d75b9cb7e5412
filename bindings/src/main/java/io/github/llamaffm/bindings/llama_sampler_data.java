// Generated from llama.h of llama.cpp 0.5.0 by llama-ffm's bindings generator (bindings/generator) — do not edit.
// Regenerate with 'make bindings'.

package io.github.llamaffm.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;

/** The struct {@code llama_sampler_data} (32 bytes, aligned to 8). */
public class llama_sampler_data {

    llama_sampler_data() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        llama_h_shared.C_POINTER.withName("logits"),
        llama_h_shared.C_POINTER.withName("probs"),
        llama_h_shared.C_POINTER.withName("sampled"),
        llama_h_shared.C_POINTER.withName("candidates")).withName("llama_sampler_data");

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final AddressLayout logits$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("logits"));

    /** The layout of field {@code logits}. */
    public static final AddressLayout logits$layout() {
        return logits$LAYOUT;
    }

    private static final long logits$OFFSET = 0;

    /** The offset of field {@code logits}. */
    public static final long logits$offset() {
        return logits$OFFSET;
    }

    /** Getter for field {@code logits}. */
    public static MemorySegment logits(MemorySegment struct) {
        return struct.get(logits$LAYOUT, logits$OFFSET);
    }

    /** Setter for field {@code logits}. */
    public static void logits(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(logits$LAYOUT, logits$OFFSET, fieldValue);
    }

    private static final AddressLayout probs$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("probs"));

    /** The layout of field {@code probs}. */
    public static final AddressLayout probs$layout() {
        return probs$LAYOUT;
    }

    private static final long probs$OFFSET = 8;

    /** The offset of field {@code probs}. */
    public static final long probs$offset() {
        return probs$OFFSET;
    }

    /** Getter for field {@code probs}. */
    public static MemorySegment probs(MemorySegment struct) {
        return struct.get(probs$LAYOUT, probs$OFFSET);
    }

    /** Setter for field {@code probs}. */
    public static void probs(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(probs$LAYOUT, probs$OFFSET, fieldValue);
    }

    private static final AddressLayout sampled$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("sampled"));

    /** The layout of field {@code sampled}. */
    public static final AddressLayout sampled$layout() {
        return sampled$LAYOUT;
    }

    private static final long sampled$OFFSET = 16;

    /** The offset of field {@code sampled}. */
    public static final long sampled$offset() {
        return sampled$OFFSET;
    }

    /** Getter for field {@code sampled}. */
    public static MemorySegment sampled(MemorySegment struct) {
        return struct.get(sampled$LAYOUT, sampled$OFFSET);
    }

    /** Setter for field {@code sampled}. */
    public static void sampled(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(sampled$LAYOUT, sampled$OFFSET, fieldValue);
    }

    private static final AddressLayout candidates$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("candidates"));

    /** The layout of field {@code candidates}. */
    public static final AddressLayout candidates$layout() {
        return candidates$LAYOUT;
    }

    private static final long candidates$OFFSET = 24;

    /** The offset of field {@code candidates}. */
    public static final long candidates$offset() {
        return candidates$OFFSET;
    }

    /** Getter for field {@code candidates}. */
    public static MemorySegment candidates(MemorySegment struct) {
        return struct.get(candidates$LAYOUT, candidates$OFFSET);
    }

    /** Setter for field {@code candidates}. */
    public static void candidates(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(candidates$LAYOUT, candidates$OFFSET, fieldValue);
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
