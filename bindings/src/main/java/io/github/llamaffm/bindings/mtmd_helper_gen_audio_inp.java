// Generated from mtmd-helper.h of llama.cpp 0.5.0 by llama-ffm's bindings generator (bindings/generator) — do not edit.
// Regenerate with 'make bindings'.

package io.github.llamaffm.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;

/** The struct {@code mtmd_helper_gen_audio_inp} (56 bytes, aligned to 8). */
public class mtmd_helper_gen_audio_inp {

    mtmd_helper_gen_audio_inp() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        llama_h_shared.C_INT.withName("seq_id"),
        MemoryLayout.paddingLayout(4),
        llama_h_shared.C_POINTER.withName("prompt"),
        llama_h_shared.C_LONG.withName("prompt_len"),
        llama_h_shared.C_POINTER.withName("speaker_ref"),
        llama_h_shared.C_POINTER.withName("lang"),
        llama_h_shared.C_INT.withName("top_k"),
        llama_h_shared.C_FLOAT.withName("top_p"),
        llama_h_shared.C_INT.withName("seed"),
        llama_h_shared.C_INT.withName("out_type")).withName("mtmd_helper_gen_audio_inp");

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final ValueLayout.OfInt seq_id$LAYOUT = (ValueLayout.OfInt)$LAYOUT.select(groupElement("seq_id"));

    /** The layout of field {@code seq_id}. */
    public static final ValueLayout.OfInt seq_id$layout() {
        return seq_id$LAYOUT;
    }

    private static final long seq_id$OFFSET = 0;

    /** The offset of field {@code seq_id}. */
    public static final long seq_id$offset() {
        return seq_id$OFFSET;
    }

    /** Getter for field {@code seq_id}. */
    public static int seq_id(MemorySegment struct) {
        return struct.get(seq_id$LAYOUT, seq_id$OFFSET);
    }

    /** Setter for field {@code seq_id}. */
    public static void seq_id(MemorySegment struct, int fieldValue) {
        struct.set(seq_id$LAYOUT, seq_id$OFFSET, fieldValue);
    }

    private static final AddressLayout prompt$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("prompt"));

    /** The layout of field {@code prompt}. */
    public static final AddressLayout prompt$layout() {
        return prompt$LAYOUT;
    }

    private static final long prompt$OFFSET = 8;

    /** The offset of field {@code prompt}. */
    public static final long prompt$offset() {
        return prompt$OFFSET;
    }

    /** Getter for field {@code prompt}. */
    public static MemorySegment prompt(MemorySegment struct) {
        return struct.get(prompt$LAYOUT, prompt$OFFSET);
    }

    /** Setter for field {@code prompt}. */
    public static void prompt(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(prompt$LAYOUT, prompt$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfLong prompt_len$LAYOUT = (ValueLayout.OfLong)$LAYOUT.select(groupElement("prompt_len"));

    /** The layout of field {@code prompt_len}. */
    public static final ValueLayout.OfLong prompt_len$layout() {
        return prompt_len$LAYOUT;
    }

    private static final long prompt_len$OFFSET = 16;

    /** The offset of field {@code prompt_len}. */
    public static final long prompt_len$offset() {
        return prompt_len$OFFSET;
    }

    /** Getter for field {@code prompt_len}. */
    public static long prompt_len(MemorySegment struct) {
        return struct.get(prompt_len$LAYOUT, prompt_len$OFFSET);
    }

    /** Setter for field {@code prompt_len}. */
    public static void prompt_len(MemorySegment struct, long fieldValue) {
        struct.set(prompt_len$LAYOUT, prompt_len$OFFSET, fieldValue);
    }

    private static final AddressLayout speaker_ref$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("speaker_ref"));

    /** The layout of field {@code speaker_ref}. */
    public static final AddressLayout speaker_ref$layout() {
        return speaker_ref$LAYOUT;
    }

    private static final long speaker_ref$OFFSET = 24;

    /** The offset of field {@code speaker_ref}. */
    public static final long speaker_ref$offset() {
        return speaker_ref$OFFSET;
    }

    /** Getter for field {@code speaker_ref}. */
    public static MemorySegment speaker_ref(MemorySegment struct) {
        return struct.get(speaker_ref$LAYOUT, speaker_ref$OFFSET);
    }

    /** Setter for field {@code speaker_ref}. */
    public static void speaker_ref(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(speaker_ref$LAYOUT, speaker_ref$OFFSET, fieldValue);
    }

    private static final AddressLayout lang$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("lang"));

    /** The layout of field {@code lang}. */
    public static final AddressLayout lang$layout() {
        return lang$LAYOUT;
    }

    private static final long lang$OFFSET = 32;

    /** The offset of field {@code lang}. */
    public static final long lang$offset() {
        return lang$OFFSET;
    }

    /** Getter for field {@code lang}. */
    public static MemorySegment lang(MemorySegment struct) {
        return struct.get(lang$LAYOUT, lang$OFFSET);
    }

    /** Setter for field {@code lang}. */
    public static void lang(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(lang$LAYOUT, lang$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfInt top_k$LAYOUT = (ValueLayout.OfInt)$LAYOUT.select(groupElement("top_k"));

    /** The layout of field {@code top_k}. */
    public static final ValueLayout.OfInt top_k$layout() {
        return top_k$LAYOUT;
    }

    private static final long top_k$OFFSET = 40;

    /** The offset of field {@code top_k}. */
    public static final long top_k$offset() {
        return top_k$OFFSET;
    }

    /** Getter for field {@code top_k}. */
    public static int top_k(MemorySegment struct) {
        return struct.get(top_k$LAYOUT, top_k$OFFSET);
    }

    /** Setter for field {@code top_k}. */
    public static void top_k(MemorySegment struct, int fieldValue) {
        struct.set(top_k$LAYOUT, top_k$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfFloat top_p$LAYOUT = (ValueLayout.OfFloat)$LAYOUT.select(groupElement("top_p"));

    /** The layout of field {@code top_p}. */
    public static final ValueLayout.OfFloat top_p$layout() {
        return top_p$LAYOUT;
    }

    private static final long top_p$OFFSET = 44;

    /** The offset of field {@code top_p}. */
    public static final long top_p$offset() {
        return top_p$OFFSET;
    }

    /** Getter for field {@code top_p}. */
    public static float top_p(MemorySegment struct) {
        return struct.get(top_p$LAYOUT, top_p$OFFSET);
    }

    /** Setter for field {@code top_p}. */
    public static void top_p(MemorySegment struct, float fieldValue) {
        struct.set(top_p$LAYOUT, top_p$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfInt seed$LAYOUT = (ValueLayout.OfInt)$LAYOUT.select(groupElement("seed"));

    /** The layout of field {@code seed}. */
    public static final ValueLayout.OfInt seed$layout() {
        return seed$LAYOUT;
    }

    private static final long seed$OFFSET = 48;

    /** The offset of field {@code seed}. */
    public static final long seed$offset() {
        return seed$OFFSET;
    }

    /** Getter for field {@code seed}. */
    public static int seed(MemorySegment struct) {
        return struct.get(seed$LAYOUT, seed$OFFSET);
    }

    /** Setter for field {@code seed}. */
    public static void seed(MemorySegment struct, int fieldValue) {
        struct.set(seed$LAYOUT, seed$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfInt out_type$LAYOUT = (ValueLayout.OfInt)$LAYOUT.select(groupElement("out_type"));

    /** The layout of field {@code out_type}. */
    public static final ValueLayout.OfInt out_type$layout() {
        return out_type$LAYOUT;
    }

    private static final long out_type$OFFSET = 52;

    /** The offset of field {@code out_type}. */
    public static final long out_type$offset() {
        return out_type$OFFSET;
    }

    /** Getter for field {@code out_type}. */
    public static int out_type(MemorySegment struct) {
        return struct.get(out_type$LAYOUT, out_type$OFFSET);
    }

    /** Setter for field {@code out_type}. */
    public static void out_type(MemorySegment struct, int fieldValue) {
        struct.set(out_type$LAYOUT, out_type$OFFSET, fieldValue);
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
