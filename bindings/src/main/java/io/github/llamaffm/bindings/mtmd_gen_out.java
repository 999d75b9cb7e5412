// Generated from mtmd.h of llama.cpp 0.5.0 by llama-ffm's bindings generator (bindings/generator) — do not edit.
// Regenerate with 'make bindings'.

package io.github.llamaffm.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;

/** The struct {@code mtmd_gen_out} (80 bytes, aligned to 8). */
public class mtmd_gen_out {

    mtmd_gen_out() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        llama_h_shared.C_POINTER.withName("codes"),
        llama_h_shared.C_LONG.withName("n_codes"),
        llama_h_shared.C_POINTER.withName("feats"),
        llama_h_shared.C_LONG.withName("n_feats"),
        llama_h_shared.C_POINTER.withName("embd"),
        llama_h_shared.C_BOOL.withName("is_eos"),
        MemoryLayout.paddingLayout(7),
        llama_h_shared.C_POINTER.withName("audio"),
        llama_h_shared.C_LONG.withName("n_samples"),
        llama_h_shared.C_POINTER.withName("state_data"),
        llama_h_shared.C_LONG.withName("state_size")).withName("mtmd_gen_out");

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final AddressLayout codes$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("codes"));

    /** The layout of field {@code codes}. */
    public static final AddressLayout codes$layout() {
        return codes$LAYOUT;
    }

    private static final long codes$OFFSET = 0;

    /** The offset of field {@code codes}. */
    public static final long codes$offset() {
        return codes$OFFSET;
    }

    /** Getter for field {@code codes}. */
    public static MemorySegment codes(MemorySegment struct) {
        return struct.get(codes$LAYOUT, codes$OFFSET);
    }

    /** Setter for field {@code codes}. */
    public static void codes(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(codes$LAYOUT, codes$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfLong n_codes$LAYOUT = (ValueLayout.OfLong)$LAYOUT.select(groupElement("n_codes"));

    /** The layout of field {@code n_codes}. */
    public static final ValueLayout.OfLong n_codes$layout() {
        return n_codes$LAYOUT;
    }

    private static final long n_codes$OFFSET = 8;

    /** The offset of field {@code n_codes}. */
    public static final long n_codes$offset() {
        return n_codes$OFFSET;
    }

    /** Getter for field {@code n_codes}. */
    public static long n_codes(MemorySegment struct) {
        return struct.get(n_codes$LAYOUT, n_codes$OFFSET);
    }

    /** Setter for field {@code n_codes}. */
    public static void n_codes(MemorySegment struct, long fieldValue) {
        struct.set(n_codes$LAYOUT, n_codes$OFFSET, fieldValue);
    }

    private static final AddressLayout feats$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("feats"));

    /** The layout of field {@code feats}. */
    public static final AddressLayout feats$layout() {
        return feats$LAYOUT;
    }

    private static final long feats$OFFSET = 16;

    /** The offset of field {@code feats}. */
    public static final long feats$offset() {
        return feats$OFFSET;
    }

    /** Getter for field {@code feats}. */
    public static MemorySegment feats(MemorySegment struct) {
        return struct.get(feats$LAYOUT, feats$OFFSET);
    }

    /** Setter for field {@code feats}. */
    public static void feats(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(feats$LAYOUT, feats$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfLong n_feats$LAYOUT = (ValueLayout.OfLong)$LAYOUT.select(groupElement("n_feats"));

    /** The layout of field {@code n_feats}. */
    public static final ValueLayout.OfLong n_feats$layout() {
        return n_feats$LAYOUT;
    }

    private static final long n_feats$OFFSET = 24;

    /** The offset of field {@code n_feats}. */
    public static final long n_feats$offset() {
        return n_feats$OFFSET;
    }

    /** Getter for field {@code n_feats}. */
    public static long n_feats(MemorySegment struct) {
        return struct.get(n_feats$LAYOUT, n_feats$OFFSET);
    }

    /** Setter for field {@code n_feats}. */
    public static void n_feats(MemorySegment struct, long fieldValue) {
        struct.set(n_feats$LAYOUT, n_feats$OFFSET, fieldValue);
    }

    private static final AddressLayout embd$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("embd"));

    /** The layout of field {@code embd}. */
    public static final AddressLayout embd$layout() {
        return embd$LAYOUT;
    }

    private static final long embd$OFFSET = 32;

    /** The offset of field {@code embd}. */
    public static final long embd$offset() {
        return embd$OFFSET;
    }

    /** Getter for field {@code embd}. */
    public static MemorySegment embd(MemorySegment struct) {
        return struct.get(embd$LAYOUT, embd$OFFSET);
    }

    /** Setter for field {@code embd}. */
    public static void embd(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(embd$LAYOUT, embd$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfBoolean is_eos$LAYOUT = (ValueLayout.OfBoolean)$LAYOUT.select(groupElement("is_eos"));

    /** The layout of field {@code is_eos}. */
    public static final ValueLayout.OfBoolean is_eos$layout() {
        return is_eos$LAYOUT;
    }

    private static final long is_eos$OFFSET = 40;

    /** The offset of field {@code is_eos}. */
    public static final long is_eos$offset() {
        return is_eos$OFFSET;
    }

    /** Getter for field {@code is_eos}. */
    public static boolean is_eos(MemorySegment struct) {
        return struct.get(is_eos$LAYOUT, is_eos$OFFSET);
    }

    /** Setter for field {@code is_eos}. */
    public static void is_eos(MemorySegment struct, boolean fieldValue) {
        struct.set(is_eos$LAYOUT, is_eos$OFFSET, fieldValue);
    }

    private static final AddressLayout audio$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("audio"));

    /** The layout of field {@code audio}. */
    public static final AddressLayout audio$layout() {
        return audio$LAYOUT;
    }

    private static final long audio$OFFSET = 48;

    /** The offset of field {@code audio}. */
    public static final long audio$offset() {
        return audio$OFFSET;
    }

    /** Getter for field {@code audio}. */
    public static MemorySegment audio(MemorySegment struct) {
        return struct.get(audio$LAYOUT, audio$OFFSET);
    }

    /** Setter for field {@code audio}. */
    public static void audio(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(audio$LAYOUT, audio$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfLong n_samples$LAYOUT = (ValueLayout.OfLong)$LAYOUT.select(groupElement("n_samples"));

    /** The layout of field {@code n_samples}. */
    public static final ValueLayout.OfLong n_samples$layout() {
        return n_samples$LAYOUT;
    }

    private static final long n_samples$OFFSET = 56;

    /** The offset of field {@code n_samples}. */
    public static final long n_samples$offset() {
        return n_samples$OFFSET;
    }

    /** Getter for field {@code n_samples}. */
    public static long n_samples(MemorySegment struct) {
        return struct.get(n_samples$LAYOUT, n_samples$OFFSET);
    }

    /** Setter for field {@code n_samples}. */
    public static void n_samples(MemorySegment struct, long fieldValue) {
        struct.set(n_samples$LAYOUT, n_samples$OFFSET, fieldValue);
    }

    private static final AddressLayout state_data$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("state_data"));

    /** The layout of field {@code state_data}. */
    public static final AddressLayout state_data$layout() {
        return state_data$LAYOUT;
    }

    private static final long state_data$OFFSET = 64;

    /** The offset of field {@code state_data}. */
    public static final long state_data$offset() {
        return state_data$OFFSET;
    }

    /** Getter for field {@code state_data}. */
    public static MemorySegment state_data(MemorySegment struct) {
        return struct.get(state_data$LAYOUT, state_data$OFFSET);
    }

    /** Setter for field {@code state_data}. */
    public static void state_data(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(state_data$LAYOUT, state_data$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfLong state_size$LAYOUT = (ValueLayout.OfLong)$LAYOUT.select(groupElement("state_size"));

    /** The layout of field {@code state_size}. */
    public static final ValueLayout.OfLong state_size$layout() {
        return state_size$LAYOUT;
    }

    private static final long state_size$OFFSET = 72;

    /** The offset of field {@code state_size}. */
    public static final long state_size$offset() {
        return state_size$OFFSET;
    }

    /** Getter for field {@code state_size}. */
    public static long state_size(MemorySegment struct) {
        return struct.get(state_size$LAYOUT, state_size$OFFSET);
    }

    /** Setter for field {@code state_size}. */
    public static void state_size(MemorySegment struct, long fieldValue) {
        struct.set(state_size$LAYOUT, state_size$OFFSET, fieldValue);
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
