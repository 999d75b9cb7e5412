// Generated from ggml-backend.h of llama.cpp 0.5.0 by llama-ffm's bindings generator (bindings/generator) — do not edit.
// Regenerate with 'make bindings'.

package io.github.llamaffm.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;

/** The struct {@code ggml_backend_dev_props} (56 bytes, aligned to 8). */
public class ggml_backend_dev_props {

    ggml_backend_dev_props() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        llama_h_shared.C_POINTER.withName("name"),
        llama_h_shared.C_POINTER.withName("description"),
        llama_h_shared.C_LONG.withName("memory_free"),
        llama_h_shared.C_LONG.withName("memory_total"),
        llama_h_shared.C_INT.withName("type"),
        MemoryLayout.paddingLayout(4),
        llama_h_shared.C_POINTER.withName("device_id"),
        io.github.llamaffm.bindings.ggml_backend_dev_caps.layout().withName("caps"),
        MemoryLayout.paddingLayout(3)).withName("ggml_backend_dev_props");

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final AddressLayout name$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("name"));

    /** The layout of field {@code name}. */
    public static final AddressLayout name$layout() {
        return name$LAYOUT;
    }

    private static final long name$OFFSET = 0;

    /** The offset of field {@code name}. */
    public static final long name$offset() {
        return name$OFFSET;
    }

    /** Getter for field {@code name}. */
    public static MemorySegment name(MemorySegment struct) {
        return struct.get(name$LAYOUT, name$OFFSET);
    }

    /** Setter for field {@code name}. */
    public static void name(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(name$LAYOUT, name$OFFSET, fieldValue);
    }

    private static final AddressLayout description$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("description"));

    /** The layout of field {@code description}. */
    public static final AddressLayout description$layout() {
        return description$LAYOUT;
    }

    private static final long description$OFFSET = 8;

    /** The offset of field {@code description}. */
    public static final long description$offset() {
        return description$OFFSET;
    }

    /** Getter for field {@code description}. */
    public static MemorySegment description(MemorySegment struct) {
        return struct.get(description$LAYOUT, description$OFFSET);
    }

    /** Setter for field {@code description}. */
    public static void description(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(description$LAYOUT, description$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfLong memory_free$LAYOUT = (ValueLayout.OfLong)$LAYOUT.select(groupElement("memory_free"));

    /** The layout of field {@code memory_free}. */
    public static final ValueLayout.OfLong memory_free$layout() {
        return memory_free$LAYOUT;
    }

    private static final long memory_free$OFFSET = 16;

    /** The offset of field {@code memory_free}. */
    public static final long memory_free$offset() {
        return memory_free$OFFSET;
    }

    /** Getter for field {@code memory_free}. */
    public static long memory_free(MemorySegment struct) {
        return struct.get(memory_free$LAYOUT, memory_free$OFFSET);
    }

    /** Setter for field {@code memory_free}. */
    public static void memory_free(MemorySegment struct, long fieldValue) {
        struct.set(memory_free$LAYOUT, memory_free$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfLong memory_total$LAYOUT = (ValueLayout.OfLong)$LAYOUT.select(groupElement("memory_total"));

    /** The layout of field {@code memory_total}. */
    public static final ValueLayout.OfLong memory_total$layout() {
        return memory_total$LAYOUT;
    }

    private static final long memory_total$OFFSET = 24;

    /** The offset of field {@code memory_total}. */
    public static final long memory_total$offset() {
        return memory_total$OFFSET;
    }

    /** Getter for field {@code memory_total}. */
    public static long memory_total(MemorySegment struct) {
        return struct.get(memory_total$LAYOUT, memory_total$OFFSET);
    }

    /** Setter for field {@code memory_total}. */
    public static void memory_total(MemorySegment struct, long fieldValue) {
        struct.set(memory_total$LAYOUT, memory_total$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfInt type$LAYOUT = (ValueLayout.OfInt)$LAYOUT.select(groupElement("type"));

    /** The layout of field {@code type}. */
    public static final ValueLayout.OfInt type$layout() {
        return type$LAYOUT;
    }

    private static final long type$OFFSET = 32;

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

    private static final AddressLayout device_id$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("device_id"));

    /** The layout of field {@code device_id}. */
    public static final AddressLayout device_id$layout() {
        return device_id$LAYOUT;
    }

    private static final long device_id$OFFSET = 40;

    /** The offset of field {@code device_id}. */
    public static final long device_id$offset() {
        return device_id$OFFSET;
    }

    /** Getter for field {@code device_id}. */
    public static MemorySegment device_id(MemorySegment struct) {
        return struct.get(device_id$LAYOUT, device_id$OFFSET);
    }

    /** Setter for field {@code device_id}. */
    public static void device_id(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(device_id$LAYOUT, device_id$OFFSET, fieldValue);
    }

    private static final GroupLayout caps$LAYOUT = (GroupLayout)$LAYOUT.select(groupElement("caps"));

    /** The layout of field {@code caps}. */
    public static final GroupLayout caps$layout() {
        return caps$LAYOUT;
    }

    private static final long caps$OFFSET = 48;

    /** The offset of field {@code caps}. */
    public static final long caps$offset() {
        return caps$OFFSET;
    }

    /** Getter for field {@code caps}, a slice of {@code struct}. */
    public static MemorySegment caps(MemorySegment struct) {
        return struct.asSlice(caps$OFFSET, caps$LAYOUT.byteSize());
    }

    /** Setter for field {@code caps}: copies {@code fieldValue} in. */
    public static void caps(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, caps$OFFSET, caps$LAYOUT.byteSize());
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
