// Generated from llama.h of llama.cpp 0.5.0 by llama-ffm's bindings generator (bindings/generator) — do not edit.
// Regenerate with 'make bindings'.

package io.github.llamaffm.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;

/** The struct {@code llama_sampler_i} (96 bytes, aligned to 8). */
public class llama_sampler_i {

    llama_sampler_i() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        llama_h_shared.C_POINTER.withName("name"),
        llama_h_shared.C_POINTER.withName("accept"),
        llama_h_shared.C_POINTER.withName("apply"),
        llama_h_shared.C_POINTER.withName("reset"),
        llama_h_shared.C_POINTER.withName("clone"),
        llama_h_shared.C_POINTER.withName("free"),
        llama_h_shared.C_POINTER.withName("backend_init"),
        llama_h_shared.C_POINTER.withName("backend_accept"),
        llama_h_shared.C_POINTER.withName("backend_apply"),
        llama_h_shared.C_POINTER.withName("backend_set_input"),
        llama_h_shared.C_POINTER.withName("backend_reset"),
        llama_h_shared.C_POINTER.withName("copy_state")).withName("llama_sampler_i");

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

    private static final AddressLayout accept$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("accept"));

    /** The layout of field {@code accept}. */
    public static final AddressLayout accept$layout() {
        return accept$LAYOUT;
    }

    private static final long accept$OFFSET = 8;

    /** The offset of field {@code accept}. */
    public static final long accept$offset() {
        return accept$OFFSET;
    }

    /** Getter for field {@code accept}. */
    public static MemorySegment accept(MemorySegment struct) {
        return struct.get(accept$LAYOUT, accept$OFFSET);
    }

    /** Setter for field {@code accept}. */
    public static void accept(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(accept$LAYOUT, accept$OFFSET, fieldValue);
    }

    private static final AddressLayout apply$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("apply"));

    /** The layout of field {@code apply}. */
    public static final AddressLayout apply$layout() {
        return apply$LAYOUT;
    }

    private static final long apply$OFFSET = 16;

    /** The offset of field {@code apply}. */
    public static final long apply$offset() {
        return apply$OFFSET;
    }

    /** Getter for field {@code apply}. */
    public static MemorySegment apply(MemorySegment struct) {
        return struct.get(apply$LAYOUT, apply$OFFSET);
    }

    /** Setter for field {@code apply}. */
    public static void apply(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(apply$LAYOUT, apply$OFFSET, fieldValue);
    }

    private static final AddressLayout reset$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("reset"));

    /** The layout of field {@code reset}. */
    public static final AddressLayout reset$layout() {
        return reset$LAYOUT;
    }

    private static final long reset$OFFSET = 24;

    /** The offset of field {@code reset}. */
    public static final long reset$offset() {
        return reset$OFFSET;
    }

    /** Getter for field {@code reset}. */
    public static MemorySegment reset(MemorySegment struct) {
        return struct.get(reset$LAYOUT, reset$OFFSET);
    }

    /** Setter for field {@code reset}. */
    public static void reset(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(reset$LAYOUT, reset$OFFSET, fieldValue);
    }

    private static final AddressLayout clone$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("clone"));

    /** The layout of field {@code clone}. */
    public static final AddressLayout clone$layout() {
        return clone$LAYOUT;
    }

    private static final long clone$OFFSET = 32;

    /** The offset of field {@code clone}. */
    public static final long clone$offset() {
        return clone$OFFSET;
    }

    /** Getter for field {@code clone}. */
    public static MemorySegment clone(MemorySegment struct) {
        return struct.get(clone$LAYOUT, clone$OFFSET);
    }

    /** Setter for field {@code clone}. */
    public static void clone(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(clone$LAYOUT, clone$OFFSET, fieldValue);
    }

    private static final AddressLayout free$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("free"));

    /** The layout of field {@code free}. */
    public static final AddressLayout free$layout() {
        return free$LAYOUT;
    }

    private static final long free$OFFSET = 40;

    /** The offset of field {@code free}. */
    public static final long free$offset() {
        return free$OFFSET;
    }

    /** Getter for field {@code free}. */
    public static MemorySegment free(MemorySegment struct) {
        return struct.get(free$LAYOUT, free$OFFSET);
    }

    /** Setter for field {@code free}. */
    public static void free(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(free$LAYOUT, free$OFFSET, fieldValue);
    }

    private static final AddressLayout backend_init$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("backend_init"));

    /** The layout of field {@code backend_init}. */
    public static final AddressLayout backend_init$layout() {
        return backend_init$LAYOUT;
    }

    private static final long backend_init$OFFSET = 48;

    /** The offset of field {@code backend_init}. */
    public static final long backend_init$offset() {
        return backend_init$OFFSET;
    }

    /** Getter for field {@code backend_init}. */
    public static MemorySegment backend_init(MemorySegment struct) {
        return struct.get(backend_init$LAYOUT, backend_init$OFFSET);
    }

    /** Setter for field {@code backend_init}. */
    public static void backend_init(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(backend_init$LAYOUT, backend_init$OFFSET, fieldValue);
    }

    private static final AddressLayout backend_accept$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("backend_accept"));

    /** The layout of field {@code backend_accept}. */
    public static final AddressLayout backend_accept$layout() {
        return backend_accept$LAYOUT;
    }

    private static final long backend_accept$OFFSET = 56;

    /** The offset of field {@code backend_accept}. */
    public static final long backend_accept$offset() {
        return backend_accept$OFFSET;
    }

    /** Getter for field {@code backend_accept}. */
    public static MemorySegment backend_accept(MemorySegment struct) {
        return struct.get(backend_accept$LAYOUT, backend_accept$OFFSET);
    }

    /** Setter for field {@code backend_accept}. */
    public static void backend_accept(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(backend_accept$LAYOUT, backend_accept$OFFSET, fieldValue);
    }

    private static final AddressLayout backend_apply$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("backend_apply"));

    /** The layout of field {@code backend_apply}. */
    public static final AddressLayout backend_apply$layout() {
        return backend_apply$LAYOUT;
    }

    private static final long backend_apply$OFFSET = 64;

    /** The offset of field {@code backend_apply}. */
    public static final long backend_apply$offset() {
        return backend_apply$OFFSET;
    }

    /** Getter for field {@code backend_apply}. */
    public static MemorySegment backend_apply(MemorySegment struct) {
        return struct.get(backend_apply$LAYOUT, backend_apply$OFFSET);
    }

    /** Setter for field {@code backend_apply}. */
    public static void backend_apply(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(backend_apply$LAYOUT, backend_apply$OFFSET, fieldValue);
    }

    private static final AddressLayout backend_set_input$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("backend_set_input"));

    /** The layout of field {@code backend_set_input}. */
    public static final AddressLayout backend_set_input$layout() {
        return backend_set_input$LAYOUT;
    }

    private static final long backend_set_input$OFFSET = 72;

    /** The offset of field {@code backend_set_input}. */
    public static final long backend_set_input$offset() {
        return backend_set_input$OFFSET;
    }

    /** Getter for field {@code backend_set_input}. */
    public static MemorySegment backend_set_input(MemorySegment struct) {
        return struct.get(backend_set_input$LAYOUT, backend_set_input$OFFSET);
    }

    /** Setter for field {@code backend_set_input}. */
    public static void backend_set_input(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(backend_set_input$LAYOUT, backend_set_input$OFFSET, fieldValue);
    }

    private static final AddressLayout backend_reset$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("backend_reset"));

    /** The layout of field {@code backend_reset}. */
    public static final AddressLayout backend_reset$layout() {
        return backend_reset$LAYOUT;
    }

    private static final long backend_reset$OFFSET = 80;

    /** The offset of field {@code backend_reset}. */
    public static final long backend_reset$offset() {
        return backend_reset$OFFSET;
    }

    /** Getter for field {@code backend_reset}. */
    public static MemorySegment backend_reset(MemorySegment struct) {
        return struct.get(backend_reset$LAYOUT, backend_reset$OFFSET);
    }

    /** Setter for field {@code backend_reset}. */
    public static void backend_reset(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(backend_reset$LAYOUT, backend_reset$OFFSET, fieldValue);
    }

    private static final AddressLayout copy_state$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("copy_state"));

    /** The layout of field {@code copy_state}. */
    public static final AddressLayout copy_state$layout() {
        return copy_state$LAYOUT;
    }

    private static final long copy_state$OFFSET = 88;

    /** The offset of field {@code copy_state}. */
    public static final long copy_state$offset() {
        return copy_state$OFFSET;
    }

    /** Getter for field {@code copy_state}. */
    public static MemorySegment copy_state(MemorySegment struct) {
        return struct.get(copy_state$LAYOUT, copy_state$OFFSET);
    }

    /** Setter for field {@code copy_state}. */
    public static void copy_state(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(copy_state$LAYOUT, copy_state$OFFSET, fieldValue);
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
