// Generated from llama.h of llama.cpp 0.5.0 by llama-ffm's bindings generator (bindings/generator) — do not edit.
// Regenerate with 'make bindings'.

package io.github.llamaffm.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;

/** The struct {@code llama_token_data} (12 bytes, aligned to 4). */
public class llama_token_data {

    llama_token_data() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        llama_h_shared.C_INT.withName("id"),
        llama_h_shared.C_FLOAT.withName("logit"),
        llama_h_shared.C_FLOAT.withName("p")).withName("llama_token_data");

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final ValueLayout.OfInt id$LAYOUT = (ValueLayout.OfInt)$LAYOUT.select(groupElement("id"));

    /** The layout of field {@code id}. */
    public static final ValueLayout.OfInt id$layout() {
        return id$LAYOUT;
    }

    private static final long id$OFFSET = 0;

    /** The offset of field {@code id}. */
    public static final long id$offset() {
        return id$OFFSET;
    }

    /** Getter for field {@code id}. */
    public static int id(MemorySegment struct) {
        return struct.get(id$LAYOUT, id$OFFSET);
    }

    /** Setter for field {@code id}. */
    public static void id(MemorySegment struct, int fieldValue) {
        struct.set(id$LAYOUT, id$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfFloat logit$LAYOUT = (ValueLayout.OfFloat)$LAYOUT.select(groupElement("logit"));

    /** The layout of field {@code logit}. */
    public static final ValueLayout.OfFloat logit$layout() {
        return logit$LAYOUT;
    }

    private static final long logit$OFFSET = 4;

    /** The offset of field {@code logit}. */
    public static final long logit$offset() {
        return logit$OFFSET;
    }

    /** Getter for field {@code logit}. */
    public static float logit(MemorySegment struct) {
        return struct.get(logit$LAYOUT, logit$OFFSET);
    }

    /** Setter for field {@code logit}. */
    public static void logit(MemorySegment struct, float fieldValue) {
        struct.set(logit$LAYOUT, logit$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfFloat p$LAYOUT = (ValueLayout.OfFloat)$LAYOUT.select(groupElement("p"));

    /** The layout of field {@code p}. */
    public static final ValueLayout.OfFloat p$layout() {
        return p$LAYOUT;
    }

    private static final long p$OFFSET = 8;

    /** The offset of field {@code p}. */
    public static final long p$offset() {
        return p$OFFSET;
    }

    /** Getter for field {@code p}. */
    public static float p(MemorySegment struct) {
        return struct.get(p$LAYOUT, p$OFFSET);
    }

    /** Setter for field {@code p}. */
    public static void p(MemorySegment struct, float fieldValue) {
        struct.set(p$LAYOUT, p$OFFSET, fieldValue);
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
