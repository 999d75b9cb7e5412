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
        MemoryLayout.paddingLayout(4),
        MemoryLayout.unionLayout(
                llama_h_shared.C_LONG.withName("val_i64"),
                llama_h_shared.C_DOUBLE.withName("val_f64"),
                llama_h_shared.C_BOOL.withName("val_bool"),
                MemoryLayout.sequenceLayout(128, llama_h_shared.C_CHAR).withName("val_str")).withName("$anon0")).withName("llama_model_kv_override");

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

    private static final ValueLayout.OfLong val_i64$LAYOUT = (ValueLayout.OfLong)$LAYOUT.select(groupElement("$anon0"), groupElement("val_i64"));

    /** The layout of field {@code val_i64}. */
    public static final ValueLayout.OfLong val_i64$layout() {
        return val_i64$LAYOUT;
    }

    private static final long val_i64$OFFSET = 136;

    /** The offset of field {@code val_i64}. */
    public static final long val_i64$offset() {
        return val_i64$OFFSET;
    }

    /** Getter for field {@code val_i64}. */
    public static long val_i64(MemorySegment struct) {
        return struct.get(val_i64$LAYOUT, val_i64$OFFSET);
    }

    /** Setter for field {@code val_i64}. */
    public static void val_i64(MemorySegment struct, long fieldValue) {
        struct.set(val_i64$LAYOUT, val_i64$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfDouble val_f64$LAYOUT = (ValueLayout.OfDouble)$LAYOUT.select(groupElement("$anon0"), groupElement("val_f64"));

    /** The layout of field {@code val_f64}. */
    public static final ValueLayout.OfDouble val_f64$layout() {
        return val_f64$LAYOUT;
    }

    private static final long val_f64$OFFSET = 136;

    /** The offset of field {@code val_f64}. */
    public static final long val_f64$offset() {
        return val_f64$OFFSET;
    }

    /** Getter for field {@code val_f64}. */
    public static double val_f64(MemorySegment struct) {
        return struct.get(val_f64$LAYOUT, val_f64$OFFSET);
    }

    /** Setter for field {@code val_f64}. */
    public static void val_f64(MemorySegment struct, double fieldValue) {
        struct.set(val_f64$LAYOUT, val_f64$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfBoolean val_bool$LAYOUT = (ValueLayout.OfBoolean)$LAYOUT.select(groupElement("$anon0"), groupElement("val_bool"));

    /** The layout of field {@code val_bool}. */
    public static final ValueLayout.OfBoolean val_bool$layout() {
        return val_bool$LAYOUT;
    }

    private static final long val_bool$OFFSET = 136;

    /** The offset of field {@code val_bool}. */
    public static final long val_bool$offset() {
        return val_bool$OFFSET;
    }

    /** Getter for field {@code val_bool}. */
    public static boolean val_bool(MemorySegment struct) {
        return struct.get(val_bool$LAYOUT, val_bool$OFFSET);
    }

    /** Setter for field {@code val_bool}. */
    public static void val_bool(MemorySegment struct, boolean fieldValue) {
        struct.set(val_bool$LAYOUT, val_bool$OFFSET, fieldValue);
    }

    private static final SequenceLayout val_str$LAYOUT = (SequenceLayout)$LAYOUT.select(groupElement("$anon0"), groupElement("val_str"));

    /** The layout of field {@code val_str}. */
    public static final SequenceLayout val_str$layout() {
        return val_str$LAYOUT;
    }

    private static final long val_str$OFFSET = 136;

    /** The offset of field {@code val_str}. */
    public static final long val_str$offset() {
        return val_str$OFFSET;
    }

    /** Getter for field {@code val_str}, a slice of {@code struct}. */
    public static MemorySegment val_str(MemorySegment struct) {
        return struct.asSlice(val_str$OFFSET, val_str$LAYOUT.byteSize());
    }

    /** Setter for field {@code val_str}: copies {@code fieldValue} in. */
    public static void val_str(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, val_str$OFFSET, val_str$LAYOUT.byteSize());
    }

    /** Element {@code index} of array field {@code val_str}. */
    public static byte val_str(MemorySegment struct, long index) {
        Objects.checkIndex(index, 128L);
        return struct.get(((ValueLayout.OfByte) val_str$LAYOUT.elementLayout()), val_str$OFFSET + index * val_str$LAYOUT.elementLayout().byteSize());
    }

    /** Sets element {@code index} of array field {@code val_str}. */
    public static void val_str(MemorySegment struct, long index, byte fieldValue) {
        Objects.checkIndex(index, 128L);
        struct.set(((ValueLayout.OfByte) val_str$LAYOUT.elementLayout()), val_str$OFFSET + index * val_str$LAYOUT.elementLayout().byteSize(), fieldValue);
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
