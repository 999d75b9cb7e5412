// Generated from llama.h of llama.cpp 0.5.0 by llama-ffm's bindings generator (bindings/generator) — do not edit.
// Regenerate with 'make bindings'.

package io.github.llamaffm.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;

/** The struct {@code llama_model_kv_override} (264 bytes, aligned to 8). */
public class llama_model_kv_override {

    llama_model_kv_override() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        llama_h_shared.C_INT.withName("tag"),
        MemoryLayout.sequenceLayout(128, llama_h_shared.C_CHAR).withName("key"),
        MemoryLayout.paddingLayout(132)).withByteAlignment(8).withName("llama_model_kv_override");

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final ValueLayout.OfInt tag$LAYOUT = (ValueLayout.OfInt)$LAYOUT.select(groupElement("tag"));

    /** The layout of field {@code tag}. */
    public static final ValueLayout.OfInt tag$layout() {
        return tag$LAYOUT;
    }

    private static final long tag$OFFSET = 0;

    /** The offset of field {@code tag}. */
    public static final long tag$offset() {
        return tag$OFFSET;
    }

    /** Getter for field {@code tag}. */
    public static int tag(MemorySegment struct) {
        return struct.get(tag$LAYOUT, tag$OFFSET);
    }

    /** Setter for field {@code tag}. */
    public static void tag(MemorySegment struct, int fieldValue) {
        struct.set(tag$LAYOUT, tag$OFFSET, fieldValue);
    }

    private static final SequenceLayout key$LAYOUT = (SequenceLayout)$LAYOUT.select(groupElement("key"));

    /** The layout of field {@code key}. */
    public static final SequenceLayout key$layout() {
        return key$LAYOUT;
    }

    private static final long key$OFFSET = 4;

    /** The offset of field {@code key}. */
    public static final long key$offset() {
        return key$OFFSET;
    }

    /** Getter for field {@code key}, a slice of {@code struct}. */
    public static MemorySegment key(MemorySegment struct) {
        return struct.asSlice(key$OFFSET, key$LAYOUT.byteSize());
    }

    /** Setter for field {@code key}: copies {@code fieldValue} in. */
    public static void key(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, key$OFFSET, key$LAYOUT.byteSize());
    }

    /** Element {@code index} of array field {@code key}. */
    public static byte key(MemorySegment struct, long index) {
        Objects.checkIndex(index, 128L);
        return struct.get(((ValueLayout.OfByte) key$LAYOUT.elementLayout()), key$OFFSET + index * key$LAYOUT.elementLayout().byteSize());
    }

    /** Sets element {@code index} of array field {@code key}. */
    public static void key(MemorySegment struct, long index, byte fieldValue) {
        Objects.checkIndex(index, 128L);
        struct.set(((ValueLayout.OfByte) key$LAYOUT.elementLayout()), key$OFFSET + index * key$LAYOUT.elementLayout().byteSize(), fieldValue);
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
