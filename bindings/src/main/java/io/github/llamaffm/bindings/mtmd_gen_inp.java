// Generated from mtmd.h of llama.cpp 0.5.0 by llama-ffm's bindings generator (bindings/generator) — do not edit.
// Regenerate with 'make bindings'.

package io.github.llamaffm.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;

/** The struct {@code mtmd_gen_inp} (80 bytes, aligned to 8). */
public class mtmd_gen_inp {

    mtmd_gen_inp() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        llama_h_shared.C_INT.withName("type"),
        llama_h_shared.C_INT.withName("code0"),
        llama_h_shared.C_POINTER.withName("embd"),
        llama_h_shared.C_INT.withName("top_k"),
        llama_h_shared.C_FLOAT.withName("top_p"),
        llama_h_shared.C_INT.withName("seed"),
        llama_h_shared.C_FLOAT.withName("temp"),
        llama_h_shared.C_POINTER.withName("codes"),
        llama_h_shared.C_LONG.withName("n_codes"),
        llama_h_shared.C_POINTER.withName("feats"),
        llama_h_shared.C_LONG.withName("n_feats"),
        llama_h_shared.C_POINTER.withName("state_data"),
        llama_h_shared.C_LONG.withName("state_size")).withName("mtmd_gen_inp");

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

    private static final ValueLayout.OfInt code0$LAYOUT = (ValueLayout.OfInt)$LAYOUT.select(groupElement("code0"));

    /** The layout of field {@code code0}. */
    public static final ValueLayout.OfInt code0$layout() {
        return code0$LAYOUT;
    }

    private static final long code0$OFFSET = 4;

    /** The offset of field {@code code0}. */
    public static final long code0$offset() {
        return code0$OFFSET;
    }

    /** Getter for field {@code code0}. */
    public static int code0(MemorySegment struct) {
        return struct.get(code0$LAYOUT, code0$OFFSET);
    }

    /** Setter for field {@code code0}. */
    public static void code0(MemorySegment struct, int fieldValue) {
        struct.set(code0$LAYOUT, code0$OFFSET, fieldValue);
    }

    private static final AddressLayout embd$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("embd"));

    /** The layout of field {@code embd}. */
    public static final AddressLayout embd$layout() {
        return embd$LAYOUT;
    }

    private static final long embd$OFFSET = 8;

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

    private static final ValueLayout.OfInt top_k$LAYOUT = (ValueLayout.OfInt)$LAYOUT.select(groupElement("top_k"));

    /** The layout of field {@code top_k}. */
    public static final ValueLayout.OfInt top_k$layout() {
        return top_k$LAYOUT;
    }

    private static final long top_k$OFFSET = 16;

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

    private static final long top_p$OFFSET = 20;

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

    private static final long seed$OFFSET = 24;

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

    private static final ValueLayout.OfFloat temp$LAYOUT = (ValueLayout.OfFloat)$LAYOUT.select(groupElement("temp"));

    /** The layout of field {@code temp}. */
    public static final ValueLayout.OfFloat temp$layout() {
        return temp$LAYOUT;
    }

    private static final long temp$OFFSET = 28;

    /** The offset of field {@code temp}. */
    public static final long temp$offset() {
        return temp$OFFSET;
    }

    /** Getter for field {@code temp}. */
    public static float temp(MemorySegment struct) {
        return struct.get(temp$LAYOUT, temp$OFFSET);
    }

    /** Setter for field {@code temp}. */
    public static void temp(MemorySegment struct, float fieldValue) {
        struct.set(temp$LAYOUT, temp$OFFSET, fieldValue);
    }

    private static final AddressLayout codes$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("codes"));

    /** The layout of field {@code codes}. */
    public static final AddressLayout codes$layout() {
        return codes$LAYOUT;
    }

    private static final long codes$OFFSET = 32;

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

    private static final long n_codes$OFFSET = 40;

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

    private static final long feats$OFFSET = 48;

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

    private static final long n_feats$OFFSET = 56;

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
