// Generated from mtmd.h of llama.cpp 0.5.0 by llama-ffm's bindings generator (bindings/generator) — do not edit.
// Regenerate with 'make bindings'.

package io.github.llamaffm.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;

/** The struct {@code mtmd_input_text} (24 bytes, aligned to 8). */
public class mtmd_input_text {

    mtmd_input_text() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        llama_h_shared.C_POINTER.withName("text"),
        llama_h_shared.C_LONG.withName("text_len"),
        llama_h_shared.C_BOOL.withName("add_special"),
        llama_h_shared.C_BOOL.withName("parse_special"),
        MemoryLayout.paddingLayout(6)).withName("mtmd_input_text");

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final AddressLayout text$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("text"));

    /** The layout of field {@code text}. */
    public static final AddressLayout text$layout() {
        return text$LAYOUT;
    }

    private static final long text$OFFSET = 0;

    /** The offset of field {@code text}. */
    public static final long text$offset() {
        return text$OFFSET;
    }

    /** Getter for field {@code text}. */
    public static MemorySegment text(MemorySegment struct) {
        return struct.get(text$LAYOUT, text$OFFSET);
    }

    /** Setter for field {@code text}. */
    public static void text(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(text$LAYOUT, text$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfLong text_len$LAYOUT = (ValueLayout.OfLong)$LAYOUT.select(groupElement("text_len"));

    /** The layout of field {@code text_len}. */
    public static final ValueLayout.OfLong text_len$layout() {
        return text_len$LAYOUT;
    }

    private static final long text_len$OFFSET = 8;

    /** The offset of field {@code text_len}. */
    public static final long text_len$offset() {
        return text_len$OFFSET;
    }

    /** Getter for field {@code text_len}. */
    public static long text_len(MemorySegment struct) {
        return struct.get(text_len$LAYOUT, text_len$OFFSET);
    }

    /** Setter for field {@code text_len}. */
    public static void text_len(MemorySegment struct, long fieldValue) {
        struct.set(text_len$LAYOUT, text_len$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfBoolean add_special$LAYOUT = (ValueLayout.OfBoolean)$LAYOUT.select(groupElement("add_special"));

    /** The layout of field {@code add_special}. */
    public static final ValueLayout.OfBoolean add_special$layout() {
        return add_special$LAYOUT;
    }

    private static final long add_special$OFFSET = 16;

    /** The offset of field {@code add_special}. */
    public static final long add_special$offset() {
        return add_special$OFFSET;
    }

    /** Getter for field {@code add_special}. */
    public static boolean add_special(MemorySegment struct) {
        return struct.get(add_special$LAYOUT, add_special$OFFSET);
    }

    /** Setter for field {@code add_special}. */
    public static void add_special(MemorySegment struct, boolean fieldValue) {
        struct.set(add_special$LAYOUT, add_special$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfBoolean parse_special$LAYOUT = (ValueLayout.OfBoolean)$LAYOUT.select(groupElement("parse_special"));

    /** The layout of field {@code parse_special}. */
    public static final ValueLayout.OfBoolean parse_special$layout() {
        return parse_special$LAYOUT;
    }

    private static final long parse_special$OFFSET = 17;

    /** The offset of field {@code parse_special}. */
    public static final long parse_special$offset() {
        return parse_special$OFFSET;
    }

    /** Getter for field {@code parse_special}. */
    public static boolean parse_special(MemorySegment struct) {
        return struct.get(parse_special$LAYOUT, parse_special$OFFSET);
    }

    /** Setter for field {@code parse_special}. */
    public static void parse_special(MemorySegment struct, boolean fieldValue) {
        struct.set(parse_special$LAYOUT, parse_special$OFFSET, fieldValue);
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
