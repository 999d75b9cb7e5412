// Generated from ggml.h of llama.cpp 0.5.0 by llama-ffm's bindings generator (bindings/generator) — do not edit.
// Regenerate with 'make bindings'.

package io.github.llamaffm.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;

/** The struct {@code ggml_tensor} (336 bytes, aligned to 8). */
public class ggml_tensor {

    ggml_tensor() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        llama_h_shared.C_INT.withName("type"),
        MemoryLayout.paddingLayout(4),
        llama_h_shared.C_POINTER.withName("buffer"),
        MemoryLayout.sequenceLayout(4, llama_h_shared.C_LONG).withName("ne"),
        MemoryLayout.sequenceLayout(4, llama_h_shared.C_LONG).withName("nb"),
        llama_h_shared.C_INT.withName("op"),
        MemoryLayout.sequenceLayout(16, llama_h_shared.C_INT).withName("op_params"),
        llama_h_shared.C_INT.withName("flags"),
        MemoryLayout.sequenceLayout(10, llama_h_shared.C_POINTER).withName("src"),
        llama_h_shared.C_POINTER.withName("view_src"),
        llama_h_shared.C_LONG.withName("view_offs"),
        llama_h_shared.C_POINTER.withName("data"),
        MemoryLayout.sequenceLayout(64, llama_h_shared.C_CHAR).withName("name"),
        llama_h_shared.C_POINTER.withName("extra"),
        MemoryLayout.sequenceLayout(8, llama_h_shared.C_CHAR).withName("padding")).withName("ggml_tensor");

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

    private static final AddressLayout buffer$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("buffer"));

    /** The layout of field {@code buffer}. */
    public static final AddressLayout buffer$layout() {
        return buffer$LAYOUT;
    }

    private static final long buffer$OFFSET = 8;

    /** The offset of field {@code buffer}. */
    public static final long buffer$offset() {
        return buffer$OFFSET;
    }

    /** Getter for field {@code buffer}. */
    public static MemorySegment buffer(MemorySegment struct) {
        return struct.get(buffer$LAYOUT, buffer$OFFSET);
    }

    /** Setter for field {@code buffer}. */
    public static void buffer(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(buffer$LAYOUT, buffer$OFFSET, fieldValue);
    }

    private static final SequenceLayout ne$LAYOUT = (SequenceLayout)$LAYOUT.select(groupElement("ne"));

    /** The layout of field {@code ne}. */
    public static final SequenceLayout ne$layout() {
        return ne$LAYOUT;
    }

    private static final long ne$OFFSET = 16;

    /** The offset of field {@code ne}. */
    public static final long ne$offset() {
        return ne$OFFSET;
    }

    /** Getter for field {@code ne}, a slice of {@code struct}. */
    public static MemorySegment ne(MemorySegment struct) {
        return struct.asSlice(ne$OFFSET, ne$LAYOUT.byteSize());
    }

    /** Setter for field {@code ne}: copies {@code fieldValue} in. */
    public static void ne(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, ne$OFFSET, ne$LAYOUT.byteSize());
    }

    /** Element {@code index} of array field {@code ne}. */
    public static long ne(MemorySegment struct, long index) {
        Objects.checkIndex(index, 4L);
        return struct.get(((ValueLayout.OfLong) ne$LAYOUT.elementLayout()), ne$OFFSET + index * ne$LAYOUT.elementLayout().byteSize());
    }

    /** Sets element {@code index} of array field {@code ne}. */
    public static void ne(MemorySegment struct, long index, long fieldValue) {
        Objects.checkIndex(index, 4L);
        struct.set(((ValueLayout.OfLong) ne$LAYOUT.elementLayout()), ne$OFFSET + index * ne$LAYOUT.elementLayout().byteSize(), fieldValue);
    }

    private static final SequenceLayout nb$LAYOUT = (SequenceLayout)$LAYOUT.select(groupElement("nb"));

    /** The layout of field {@code nb}. */
    public static final SequenceLayout nb$layout() {
        return nb$LAYOUT;
    }

    private static final long nb$OFFSET = 48;

    /** The offset of field {@code nb}. */
    public static final long nb$offset() {
        return nb$OFFSET;
    }

    /** Getter for field {@code nb}, a slice of {@code struct}. */
    public static MemorySegment nb(MemorySegment struct) {
        return struct.asSlice(nb$OFFSET, nb$LAYOUT.byteSize());
    }

    /** Setter for field {@code nb}: copies {@code fieldValue} in. */
    public static void nb(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, nb$OFFSET, nb$LAYOUT.byteSize());
    }

    /** Element {@code index} of array field {@code nb}. */
    public static long nb(MemorySegment struct, long index) {
        Objects.checkIndex(index, 4L);
        return struct.get(((ValueLayout.OfLong) nb$LAYOUT.elementLayout()), nb$OFFSET + index * nb$LAYOUT.elementLayout().byteSize());
    }

    /** Sets element {@code index} of array field {@code nb}. */
    public static void nb(MemorySegment struct, long index, long fieldValue) {
        Objects.checkIndex(index, 4L);
        struct.set(((ValueLayout.OfLong) nb$LAYOUT.elementLayout()), nb$OFFSET + index * nb$LAYOUT.elementLayout().byteSize(), fieldValue);
    }

    private static final ValueLayout.OfInt op$LAYOUT = (ValueLayout.OfInt)$LAYOUT.select(groupElement("op"));

    /** The layout of field {@code op}. */
    public static final ValueLayout.OfInt op$layout() {
        return op$LAYOUT;
    }

    private static final long op$OFFSET = 80;

    /** The offset of field {@code op}. */
    public static final long op$offset() {
        return op$OFFSET;
    }

    /** Getter for field {@code op}. */
    public static int op(MemorySegment struct) {
        return struct.get(op$LAYOUT, op$OFFSET);
    }

    /** Setter for field {@code op}. */
    public static void op(MemorySegment struct, int fieldValue) {
        struct.set(op$LAYOUT, op$OFFSET, fieldValue);
    }

    private static final SequenceLayout op_params$LAYOUT = (SequenceLayout)$LAYOUT.select(groupElement("op_params"));

    /** The layout of field {@code op_params}. */
    public static final SequenceLayout op_params$layout() {
        return op_params$LAYOUT;
    }

    private static final long op_params$OFFSET = 84;

    /** The offset of field {@code op_params}. */
    public static final long op_params$offset() {
        return op_params$OFFSET;
    }

    /** Getter for field {@code op_params}, a slice of {@code struct}. */
    public static MemorySegment op_params(MemorySegment struct) {
        return struct.asSlice(op_params$OFFSET, op_params$LAYOUT.byteSize());
    }

    /** Setter for field {@code op_params}: copies {@code fieldValue} in. */
    public static void op_params(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, op_params$OFFSET, op_params$LAYOUT.byteSize());
    }

    /** Element {@code index} of array field {@code op_params}. */
    public static int op_params(MemorySegment struct, long index) {
        Objects.checkIndex(index, 16L);
        return struct.get(((ValueLayout.OfInt) op_params$LAYOUT.elementLayout()), op_params$OFFSET + index * op_params$LAYOUT.elementLayout().byteSize());
    }

    /** Sets element {@code index} of array field {@code op_params}. */
    public static void op_params(MemorySegment struct, long index, int fieldValue) {
        Objects.checkIndex(index, 16L);
        struct.set(((ValueLayout.OfInt) op_params$LAYOUT.elementLayout()), op_params$OFFSET + index * op_params$LAYOUT.elementLayout().byteSize(), fieldValue);
    }

    private static final ValueLayout.OfInt flags$LAYOUT = (ValueLayout.OfInt)$LAYOUT.select(groupElement("flags"));

    /** The layout of field {@code flags}. */
    public static final ValueLayout.OfInt flags$layout() {
        return flags$LAYOUT;
    }

    private static final long flags$OFFSET = 148;

    /** The offset of field {@code flags}. */
    public static final long flags$offset() {
        return flags$OFFSET;
    }

    /** Getter for field {@code flags}. */
    public static int flags(MemorySegment struct) {
        return struct.get(flags$LAYOUT, flags$OFFSET);
    }

    /** Setter for field {@code flags}. */
    public static void flags(MemorySegment struct, int fieldValue) {
        struct.set(flags$LAYOUT, flags$OFFSET, fieldValue);
    }

    private static final SequenceLayout src$LAYOUT = (SequenceLayout)$LAYOUT.select(groupElement("src"));

    /** The layout of field {@code src}. */
    public static final SequenceLayout src$layout() {
        return src$LAYOUT;
    }

    private static final long src$OFFSET = 152;

    /** The offset of field {@code src}. */
    public static final long src$offset() {
        return src$OFFSET;
    }

    /** Getter for field {@code src}, a slice of {@code struct}. */
    public static MemorySegment src(MemorySegment struct) {
        return struct.asSlice(src$OFFSET, src$LAYOUT.byteSize());
    }

    /** Setter for field {@code src}: copies {@code fieldValue} in. */
    public static void src(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, src$OFFSET, src$LAYOUT.byteSize());
    }

    /** Element {@code index} of array field {@code src}. */
    public static MemorySegment src(MemorySegment struct, long index) {
        Objects.checkIndex(index, 10L);
        return struct.get(((AddressLayout) src$LAYOUT.elementLayout()), src$OFFSET + index * src$LAYOUT.elementLayout().byteSize());
    }

    /** Sets element {@code index} of array field {@code src}. */
    public static void src(MemorySegment struct, long index, MemorySegment fieldValue) {
        Objects.checkIndex(index, 10L);
        struct.set(((AddressLayout) src$LAYOUT.elementLayout()), src$OFFSET + index * src$LAYOUT.elementLayout().byteSize(), fieldValue);
    }

    private static final AddressLayout view_src$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("view_src"));

    /** The layout of field {@code view_src}. */
    public static final AddressLayout view_src$layout() {
        return view_src$LAYOUT;
    }

    private static final long view_src$OFFSET = 232;

    /** The offset of field {@code view_src}. */
    public static final long view_src$offset() {
        return view_src$OFFSET;
    }

    /** Getter for field {@code view_src}. */
    public static MemorySegment view_src(MemorySegment struct) {
        return struct.get(view_src$LAYOUT, view_src$OFFSET);
    }

    /** Setter for field {@code view_src}. */
    public static void view_src(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(view_src$LAYOUT, view_src$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfLong view_offs$LAYOUT = (ValueLayout.OfLong)$LAYOUT.select(groupElement("view_offs"));

    /** The layout of field {@code view_offs}. */
    public static final ValueLayout.OfLong view_offs$layout() {
        return view_offs$LAYOUT;
    }

    private static final long view_offs$OFFSET = 240;

    /** The offset of field {@code view_offs}. */
    public static final long view_offs$offset() {
        return view_offs$OFFSET;
    }

    /** Getter for field {@code view_offs}. */
    public static long view_offs(MemorySegment struct) {
        return struct.get(view_offs$LAYOUT, view_offs$OFFSET);
    }

    /** Setter for field {@code view_offs}. */
    public static void view_offs(MemorySegment struct, long fieldValue) {
        struct.set(view_offs$LAYOUT, view_offs$OFFSET, fieldValue);
    }

    private static final AddressLayout data$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("data"));

    /** The layout of field {@code data}. */
    public static final AddressLayout data$layout() {
        return data$LAYOUT;
    }

    private static final long data$OFFSET = 248;

    /** The offset of field {@code data}. */
    public static final long data$offset() {
        return data$OFFSET;
    }

    /** Getter for field {@code data}. */
    public static MemorySegment data(MemorySegment struct) {
        return struct.get(data$LAYOUT, data$OFFSET);
    }

    /** Setter for field {@code data}. */
    public static void data(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(data$LAYOUT, data$OFFSET, fieldValue);
    }

    private static final SequenceLayout name$LAYOUT = (SequenceLayout)$LAYOUT.select(groupElement("name"));

    /** The layout of field {@code name}. */
    public static final SequenceLayout name$layout() {
        return name$LAYOUT;
    }

    private static final long name$OFFSET = 256;

    /** The offset of field {@code name}. */
    public static final long name$offset() {
        return name$OFFSET;
    }

    /** Getter for field {@code name}, a slice of {@code struct}. */
    public static MemorySegment name(MemorySegment struct) {
        return struct.asSlice(name$OFFSET, name$LAYOUT.byteSize());
    }

    /** Setter for field {@code name}: copies {@code fieldValue} in. */
    public static void name(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, name$OFFSET, name$LAYOUT.byteSize());
    }

    /** Element {@code index} of array field {@code name}. */
    public static byte name(MemorySegment struct, long index) {
        Objects.checkIndex(index, 64L);
        return struct.get(((ValueLayout.OfByte) name$LAYOUT.elementLayout()), name$OFFSET + index * name$LAYOUT.elementLayout().byteSize());
    }

    /** Sets element {@code index} of array field {@code name}. */
    public static void name(MemorySegment struct, long index, byte fieldValue) {
        Objects.checkIndex(index, 64L);
        struct.set(((ValueLayout.OfByte) name$LAYOUT.elementLayout()), name$OFFSET + index * name$LAYOUT.elementLayout().byteSize(), fieldValue);
    }

    private static final AddressLayout extra$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("extra"));

    /** The layout of field {@code extra}. */
    public static final AddressLayout extra$layout() {
        return extra$LAYOUT;
    }

    private static final long extra$OFFSET = 320;

    /** The offset of field {@code extra}. */
    public static final long extra$offset() {
        return extra$OFFSET;
    }

    /** Getter for field {@code extra}. */
    public static MemorySegment extra(MemorySegment struct) {
        return struct.get(extra$LAYOUT, extra$OFFSET);
    }

    /** Setter for field {@code extra}. */
    public static void extra(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(extra$LAYOUT, extra$OFFSET, fieldValue);
    }

    private static final SequenceLayout padding$LAYOUT = (SequenceLayout)$LAYOUT.select(groupElement("padding"));

    /** The layout of field {@code padding}. */
    public static final SequenceLayout padding$layout() {
        return padding$LAYOUT;
    }

    private static final long padding$OFFSET = 328;

    /** The offset of field {@code padding}. */
    public static final long padding$offset() {
        return padding$OFFSET;
    }

    /** Getter for field {@code padding}, a slice of {@code struct}. */
    public static MemorySegment padding(MemorySegment struct) {
        return struct.asSlice(padding$OFFSET, padding$LAYOUT.byteSize());
    }

    /** Setter for field {@code padding}: copies {@code fieldValue} in. */
    public static void padding(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, padding$OFFSET, padding$LAYOUT.byteSize());
    }

    /** Element {@code index} of array field {@code padding}. */
    public static byte padding(MemorySegment struct, long index) {
        Objects.checkIndex(index, 8L);
        return struct.get(((ValueLayout.OfByte) padding$LAYOUT.elementLayout()), padding$OFFSET + index * padding$LAYOUT.elementLayout().byteSize());
    }

    /** Sets element {@code index} of array field {@code padding}. */
    public static void padding(MemorySegment struct, long index, byte fieldValue) {
        Objects.checkIndex(index, 8L);
        struct.set(((ValueLayout.OfByte) padding$LAYOUT.elementLayout()), padding$OFFSET + index * padding$LAYOUT.elementLayout().byteSize(), fieldValue);
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
