// Generated from mtmd.h of llama.cpp 0.5.0 by llama-ffm's bindings generator (bindings/generator) — do not edit.
// Regenerate with 'make bindings'.

package io.github.llamaffm.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;

/** The struct {@code mtmd_gen_audio_info} (16 bytes, aligned to 8). */
public class mtmd_gen_audio_info {

    mtmd_gen_audio_info() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        llama_h_shared.C_INT.withName("type"),
        llama_h_shared.C_INT.withName("sample_rate"),
        llama_h_shared.C_POINTER.withName("model_variant")).withName("mtmd_gen_audio_info");

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final ValueLayout.OfInt type$LAYOUT = (ValueLayout.OfInt)$LAYOUT.select(groupElement("type"));

    /** The layout of field {@code type}. */
    public static final ValueLayout.OfInt type$layout() {
        return type$LAYOUT;
    }

    private static final long type$OFFSET = 0;

    /** The offset of field {@code type}. */
    public static final long type$offset() {
        return type$OFFSET;
    }

    /** Getter for field {@code type}. */
    public static int type(MemorySegment struct) {
        return struct.get(type$LAYOUT, type$OFFSET);
    }

    /** Setter for field {@code type}. */
    public static void type(MemorySegment struct, int fieldValue) {
        struct.set(type$LAYOUT, type$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfInt sample_rate$LAYOUT = (ValueLayout.OfInt)$LAYOUT.select(groupElement("sample_rate"));

    /** The layout of field {@code sample_rate}. */
    public static final ValueLayout.OfInt sample_rate$layout() {
        return sample_rate$LAYOUT;
    }

    private static final long sample_rate$OFFSET = 4;

    /** The offset of field {@code sample_rate}. */
    public static final long sample_rate$offset() {
        return sample_rate$OFFSET;
    }

    /** Getter for field {@code sample_rate}. */
    public static int sample_rate(MemorySegment struct) {
        return struct.get(sample_rate$LAYOUT, sample_rate$OFFSET);
    }

    /** Setter for field {@code sample_rate}. */
    public static void sample_rate(MemorySegment struct, int fieldValue) {
        struct.set(sample_rate$LAYOUT, sample_rate$OFFSET, fieldValue);
    }

    private static final AddressLayout model_variant$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("model_variant"));

    /** The layout of field {@code model_variant}. */
    public static final AddressLayout model_variant$layout() {
        return model_variant$LAYOUT;
    }

    private static final long model_variant$OFFSET = 8;

    /** The offset of field {@code model_variant}. */
    public static final long model_variant$offset() {
        return model_variant$OFFSET;
    }

    /** Getter for field {@code model_variant}. */
    public static MemorySegment model_variant(MemorySegment struct) {
        return struct.get(model_variant$LAYOUT, model_variant$OFFSET);
    }

    /** Setter for field {@code model_variant}. */
    public static void model_variant(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(model_variant$LAYOUT, model_variant$OFFSET, fieldValue);
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
