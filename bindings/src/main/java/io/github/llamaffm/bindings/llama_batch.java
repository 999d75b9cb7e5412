// Generated from llama.h of llama.cpp 0.5.0 by llama-ffm's bindings generator (bindings/generator) — do not edit.
// Regenerate with 'make bindings'.

package io.github.llamaffm.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;

/** The struct {@code llama_batch} (56 bytes, aligned to 8). */
public class llama_batch {

    llama_batch() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        llama_h_shared.C_INT.withName("n_tokens"),
        MemoryLayout.paddingLayout(4),
        llama_h_shared.C_POINTER.withName("token"),
        llama_h_shared.C_POINTER.withName("embd"),
        llama_h_shared.C_POINTER.withName("pos"),
        llama_h_shared.C_POINTER.withName("n_seq_id"),
        llama_h_shared.C_POINTER.withName("seq_id"),
        llama_h_shared.C_POINTER.withName("logits")).withName("llama_batch");

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final ValueLayout.OfInt n_tokens$LAYOUT = (ValueLayout.OfInt)$LAYOUT.select(groupElement("n_tokens"));

    /** The layout of field {@code n_tokens}. */
    public static final ValueLayout.OfInt n_tokens$layout() {
        return n_tokens$LAYOUT;
    }

    private static final long n_tokens$OFFSET = 0;

    /** The offset of field {@code n_tokens}. */
    public static final long n_tokens$offset() {
        return n_tokens$OFFSET;
    }

    /** Getter for field {@code n_tokens}. */
    public static int n_tokens(MemorySegment struct) {
        return struct.get(n_tokens$LAYOUT, n_tokens$OFFSET);
    }

    /** Setter for field {@code n_tokens}. */
    public static void n_tokens(MemorySegment struct, int fieldValue) {
        struct.set(n_tokens$LAYOUT, n_tokens$OFFSET, fieldValue);
    }

    private static final AddressLayout token$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("token"));

    /** The layout of field {@code token}. */
    public static final AddressLayout token$layout() {
        return token$LAYOUT;
    }

    private static final long token$OFFSET = 8;

    /** The offset of field {@code token}. */
    public static final long token$offset() {
        return token$OFFSET;
    }

    /** Getter for field {@code token}. */
    public static MemorySegment token(MemorySegment struct) {
        return struct.get(token$LAYOUT, token$OFFSET);
    }

    /** Setter for field {@code token}. */
    public static void token(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(token$LAYOUT, token$OFFSET, fieldValue);
    }

    private static final AddressLayout embd$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("embd"));

    /** The layout of field {@code embd}. */
    public static final AddressLayout embd$layout() {
        return embd$LAYOUT;
    }

    private static final long embd$OFFSET = 16;

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

    private static final AddressLayout pos$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("pos"));

    /** The layout of field {@code pos}. */
    public static final AddressLayout pos$layout() {
        return pos$LAYOUT;
    }

    private static final long pos$OFFSET = 24;

    /** The offset of field {@code pos}. */
    public static final long pos$offset() {
        return pos$OFFSET;
    }

    /** Getter for field {@code pos}. */
    public static MemorySegment pos(MemorySegment struct) {
        return struct.get(pos$LAYOUT, pos$OFFSET);
    }

    /** Setter for field {@code pos}. */
    public static void pos(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(pos$LAYOUT, pos$OFFSET, fieldValue);
    }

    private static final AddressLayout n_seq_id$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("n_seq_id"));

    /** The layout of field {@code n_seq_id}. */
    public static final AddressLayout n_seq_id$layout() {
        return n_seq_id$LAYOUT;
    }

    private static final long n_seq_id$OFFSET = 32;

    /** The offset of field {@code n_seq_id}. */
    public static final long n_seq_id$offset() {
        return n_seq_id$OFFSET;
    }

    /** Getter for field {@code n_seq_id}. */
    public static MemorySegment n_seq_id(MemorySegment struct) {
        return struct.get(n_seq_id$LAYOUT, n_seq_id$OFFSET);
    }

    /** Setter for field {@code n_seq_id}. */
    public static void n_seq_id(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(n_seq_id$LAYOUT, n_seq_id$OFFSET, fieldValue);
    }

    private static final AddressLayout seq_id$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("seq_id"));

    /** The layout of field {@code seq_id}. */
    public static final AddressLayout seq_id$layout() {
        return seq_id$LAYOUT;
    }

    private static final long seq_id$OFFSET = 40;

    /** The offset of field {@code seq_id}. */
    public static final long seq_id$offset() {
        return seq_id$OFFSET;
    }

    /** Getter for field {@code seq_id}. */
    public static MemorySegment seq_id(MemorySegment struct) {
        return struct.get(seq_id$LAYOUT, seq_id$OFFSET);
    }

    /** Setter for field {@code seq_id}. */
    public static void seq_id(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(seq_id$LAYOUT, seq_id$OFFSET, fieldValue);
    }

    private static final AddressLayout logits$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("logits"));

    /** The layout of field {@code logits}. */
    public static final AddressLayout logits$layout() {
        return logits$LAYOUT;
    }

    private static final long logits$OFFSET = 48;

    /** The offset of field {@code logits}. */
    public static final long logits$offset() {
        return logits$OFFSET;
    }

    /** Getter for field {@code logits}. */
    public static MemorySegment logits(MemorySegment struct) {
        return struct.get(logits$LAYOUT, logits$OFFSET);
    }

    /** Setter for field {@code logits}. */
    public static void logits(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(logits$LAYOUT, logits$OFFSET, fieldValue);
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
