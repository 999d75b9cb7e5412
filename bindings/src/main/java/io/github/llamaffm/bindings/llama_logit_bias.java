// Generated from llama.h of llama.cpp 0.5.0 by llama-ffm's bindings generator (bindings/generator) — do not edit.
// Regenerate with 'make bindings'.

package io.github.llamaffm.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;

/** The struct {@code llama_logit_bias} (8 bytes, aligned to 4). */
public class llama_logit_bias {

    llama_logit_bias() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        llama_h_shared.C_INT.withName("token"),
        llama_h_shared.C_FLOAT.withName("bias")).withName("llama_logit_bias");

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final ValueLayout.OfInt token$LAYOUT = (ValueLayout.OfInt)$LAYOUT.select(groupElement("token"));

    /** The layout of field {@code token}. */
    public static final ValueLayout.OfInt token$layout() {
        return token$LAYOUT;
    }

    private static final long token$OFFSET = 0;

    /** The offset of field {@code token}. */
    public static final long token$offset() {
        return token$OFFSET;
    }

    /** Getter for field {@code token}. */
    public static int token(MemorySegment struct) {
        return struct.get(token$LAYOUT, token$OFFSET);
    }

    /** Setter for field {@code token}. */
    public static void token(MemorySegment struct, int fieldValue) {
        struct.set(token$LAYOUT, token$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfFloat bias$LAYOUT = (ValueLayout.OfFloat)$LAYOUT.select(groupElement("bias"));

    /** The layout of field {@code bias}. */
    public static final ValueLayout.OfFloat bias$layout() {
        return bias$LAYOUT;
    }

    private static final long bias$OFFSET = 4;

    /** The offset of field {@code bias}. */
    public static final long bias$offset() {
        return bias$OFFSET;
    }

    /** Getter for field {@code bias}. */
    public static float bias(MemorySegment struct) {
        return struct.get(bias$LAYOUT, bias$OFFSET);
    }

    /** Setter for field {@code bias}. */
    public static void bias(MemorySegment struct, float fieldValue) {
        struct.set(bias$LAYOUT, bias$OFFSET, fieldValue);
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
