// Generated from llama.h of llama.cpp 0.5.0 by llama-ffm's bindings generator (bindings/generator) — do not edit.
// Regenerate with 'make bindings'.

package io.github.llamaffm.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;

/** The struct {@code llama_model_quantize_params} (64 bytes, aligned to 8). */
public class llama_model_quantize_params {

    llama_model_quantize_params() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        llama_h_shared.C_INT.withName("nthread"),
        llama_h_shared.C_INT.withName("ftype"),
        llama_h_shared.C_INT.withName("output_tensor_type"),
        llama_h_shared.C_INT.withName("token_embedding_type"),
        llama_h_shared.C_BOOL.withName("allow_requantize"),
        llama_h_shared.C_BOOL.withName("quantize_output_tensor"),
        llama_h_shared.C_BOOL.withName("only_copy"),
        llama_h_shared.C_BOOL.withName("pure"),
        llama_h_shared.C_BOOL.withName("keep_split"),
        llama_h_shared.C_BOOL.withName("dry_run"),
        MemoryLayout.paddingLayout(2),
        llama_h_shared.C_POINTER.withName("imatrix"),
        llama_h_shared.C_POINTER.withName("kv_overrides"),
        llama_h_shared.C_POINTER.withName("tt_overrides"),
        llama_h_shared.C_POINTER.withName("prune_layers"),
        llama_h_shared.C_LONG.withName("max_buf_size")).withName("llama_model_quantize_params");

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final ValueLayout.OfInt nthread$LAYOUT = (ValueLayout.OfInt)$LAYOUT.select(groupElement("nthread"));

    /** The layout of field {@code nthread}. */
    public static final ValueLayout.OfInt nthread$layout() {
        return nthread$LAYOUT;
    }

    private static final long nthread$OFFSET = 0;

    /** The offset of field {@code nthread}. */
    public static final long nthread$offset() {
        return nthread$OFFSET;
    }

    /** Getter for field {@code nthread}. */
    public static int nthread(MemorySegment struct) {
        return struct.get(nthread$LAYOUT, nthread$OFFSET);
    }

    /** Setter for field {@code nthread}. */
    public static void nthread(MemorySegment struct, int fieldValue) {
        struct.set(nthread$LAYOUT, nthread$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfInt ftype$LAYOUT = (ValueLayout.OfInt)$LAYOUT.select(groupElement("ftype"));

    /** The layout of field {@code ftype}. */
    public static final ValueLayout.OfInt ftype$layout() {
        return ftype$LAYOUT;
    }

    private static final long ftype$OFFSET = 4;

    /** The offset of field {@code ftype}. */
    public static final long ftype$offset() {
        return ftype$OFFSET;
    }

    /** Getter for field {@code ftype}. */
    public static int ftype(MemorySegment struct) {
        return struct.get(ftype$LAYOUT, ftype$OFFSET);
    }

    /** Setter for field {@code ftype}. */
    public static void ftype(MemorySegment struct, int fieldValue) {
        struct.set(ftype$LAYOUT, ftype$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfInt output_tensor_type$LAYOUT = (ValueLayout.OfInt)$LAYOUT.select(groupElement("output_tensor_type"));

    /** The layout of field {@code output_tensor_type}. */
    public static final ValueLayout.OfInt output_tensor_type$layout() {
        return output_tensor_type$LAYOUT;
    }

    private static final long output_tensor_type$OFFSET = 8;

    /** The offset of field {@code output_tensor_type}. */
    public static final long output_tensor_type$offset() {
        return output_tensor_type$OFFSET;
    }

    /** Getter for field {@code output_tensor_type}. */
    public static int output_tensor_type(MemorySegment struct) {
        return struct.get(output_tensor_type$LAYOUT, output_tensor_type$OFFSET);
    }

    /** Setter for field {@code output_tensor_type}. */
    public static void output_tensor_type(MemorySegment struct, int fieldValue) {
        struct.set(output_tensor_type$LAYOUT, output_tensor_type$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfInt token_embedding_type$LAYOUT = (ValueLayout.OfInt)$LAYOUT.select(groupElement("token_embedding_type"));

    /** The layout of field {@code token_embedding_type}. */
    public static final ValueLayout.OfInt token_embedding_type$layout() {
        return token_embedding_type$LAYOUT;
    }

    private static final long token_embedding_type$OFFSET = 12;

    /** The offset of field {@code token_embedding_type}. */
    public static final long token_embedding_type$offset() {
        return token_embedding_type$OFFSET;
    }

    /** Getter for field {@code token_embedding_type}. */
    public static int token_embedding_type(MemorySegment struct) {
        return struct.get(token_embedding_type$LAYOUT, token_embedding_type$OFFSET);
    }

    /** Setter for field {@code token_embedding_type}. */
    public static void token_embedding_type(MemorySegment struct, int fieldValue) {
        struct.set(token_embedding_type$LAYOUT, token_embedding_type$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfBoolean allow_requantize$LAYOUT = (ValueLayout.OfBoolean)$LAYOUT.select(groupElement("allow_requantize"));

    /** The layout of field {@code allow_requantize}. */
    public static final ValueLayout.OfBoolean allow_requantize$layout() {
        return allow_requantize$LAYOUT;
    }

    private static final long allow_requantize$OFFSET = 16;

    /** The offset of field {@code allow_requantize}. */
    public static final long allow_requantize$offset() {
        return allow_requantize$OFFSET;
    }

    /** Getter for field {@code allow_requantize}. */
    public static boolean allow_requantize(MemorySegment struct) {
        return struct.get(allow_requantize$LAYOUT, allow_requantize$OFFSET);
    }

    /** Setter for field {@code allow_requantize}. */
    public static void allow_requantize(MemorySegment struct, boolean fieldValue) {
        struct.set(allow_requantize$LAYOUT, allow_requantize$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfBoolean quantize_output_tensor$LAYOUT = (ValueLayout.OfBoolean)$LAYOUT.select(groupElement("quantize_output_tensor"));

    /** The layout of field {@code quantize_output_tensor}. */
    public static final ValueLayout.OfBoolean quantize_output_tensor$layout() {
        return quantize_output_tensor$LAYOUT;
    }

    private static final long quantize_output_tensor$OFFSET = 17;

    /** The offset of field {@code quantize_output_tensor}. */
    public static final long quantize_output_tensor$offset() {
        return quantize_output_tensor$OFFSET;
    }

    /** Getter for field {@code quantize_output_tensor}. */
    public static boolean quantize_output_tensor(MemorySegment struct) {
        return struct.get(quantize_output_tensor$LAYOUT, quantize_output_tensor$OFFSET);
    }

    /** Setter for field {@code quantize_output_tensor}. */
    public static void quantize_output_tensor(MemorySegment struct, boolean fieldValue) {
        struct.set(quantize_output_tensor$LAYOUT, quantize_output_tensor$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfBoolean only_copy$LAYOUT = (ValueLayout.OfBoolean)$LAYOUT.select(groupElement("only_copy"));

    /** The layout of field {@code only_copy}. */
    public static final ValueLayout.OfBoolean only_copy$layout() {
        return only_copy$LAYOUT;
    }

    private static final long only_copy$OFFSET = 18;

    /** The offset of field {@code only_copy}. */
    public static final long only_copy$offset() {
        return only_copy$OFFSET;
    }

    /** Getter for field {@code only_copy}. */
    public static boolean only_copy(MemorySegment struct) {
        return struct.get(only_copy$LAYOUT, only_copy$OFFSET);
    }

    /** Setter for field {@code only_copy}. */
    public static void only_copy(MemorySegment struct, boolean fieldValue) {
        struct.set(only_copy$LAYOUT, only_copy$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfBoolean pure$LAYOUT = (ValueLayout.OfBoolean)$LAYOUT.select(groupElement("pure"));

    /** The layout of field {@code pure}. */
    public static final ValueLayout.OfBoolean pure$layout() {
        return pure$LAYOUT;
    }

    private static final long pure$OFFSET = 19;

    /** The offset of field {@code pure}. */
    public static final long pure$offset() {
        return pure$OFFSET;
    }

    /** Getter for field {@code pure}. */
    public static boolean pure(MemorySegment struct) {
        return struct.get(pure$LAYOUT, pure$OFFSET);
    }

    /** Setter for field {@code pure}. */
    public static void pure(MemorySegment struct, boolean fieldValue) {
        struct.set(pure$LAYOUT, pure$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfBoolean keep_split$LAYOUT = (ValueLayout.OfBoolean)$LAYOUT.select(groupElement("keep_split"));

    /** The layout of field {@code keep_split}. */
    public static final ValueLayout.OfBoolean keep_split$layout() {
        return keep_split$LAYOUT;
    }

    private static final long keep_split$OFFSET = 20;

    /** The offset of field {@code keep_split}. */
    public static final long keep_split$offset() {
        return keep_split$OFFSET;
    }

    /** Getter for field {@code keep_split}. */
    public static boolean keep_split(MemorySegment struct) {
        return struct.get(keep_split$LAYOUT, keep_split$OFFSET);
    }

    /** Setter for field {@code keep_split}. */
    public static void keep_split(MemorySegment struct, boolean fieldValue) {
        struct.set(keep_split$LAYOUT, keep_split$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfBoolean dry_run$LAYOUT = (ValueLayout.OfBoolean)$LAYOUT.select(groupElement("dry_run"));

    /** The layout of field {@code dry_run}. */
    public static final ValueLayout.OfBoolean dry_run$layout() {
        return dry_run$LAYOUT;
    }

    private static final long dry_run$OFFSET = 21;

    /** The offset of field {@code dry_run}. */
    public static final long dry_run$offset() {
        return dry_run$OFFSET;
    }

    /** Getter for field {@code dry_run}. */
    public static boolean dry_run(MemorySegment struct) {
        return struct.get(dry_run$LAYOUT, dry_run$OFFSET);
    }

    /** Setter for field {@code dry_run}. */
    public static void dry_run(MemorySegment struct, boolean fieldValue) {
        struct.set(dry_run$LAYOUT, dry_run$OFFSET, fieldValue);
    }

    private static final AddressLayout imatrix$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("imatrix"));

    /** The layout of field {@code imatrix}. */
    public static final AddressLayout imatrix$layout() {
        return imatrix$LAYOUT;
    }

    private static final long imatrix$OFFSET = 24;

    /** The offset of field {@code imatrix}. */
    public static final long imatrix$offset() {
        return imatrix$OFFSET;
    }

    /** Getter for field {@code imatrix}. */
    public static MemorySegment imatrix(MemorySegment struct) {
        return struct.get(imatrix$LAYOUT, imatrix$OFFSET);
    }

    /** Setter for field {@code imatrix}. */
    public static void imatrix(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(imatrix$LAYOUT, imatrix$OFFSET, fieldValue);
    }

    private static final AddressLayout kv_overrides$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("kv_overrides"));

    /** The layout of field {@code kv_overrides}. */
    public static final AddressLayout kv_overrides$layout() {
        return kv_overrides$LAYOUT;
    }

    private static final long kv_overrides$OFFSET = 32;

    /** The offset of field {@code kv_overrides}. */
    public static final long kv_overrides$offset() {
        return kv_overrides$OFFSET;
    }

    /** Getter for field {@code kv_overrides}. */
    public static MemorySegment kv_overrides(MemorySegment struct) {
        return struct.get(kv_overrides$LAYOUT, kv_overrides$OFFSET);
    }

    /** Setter for field {@code kv_overrides}. */
    public static void kv_overrides(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(kv_overrides$LAYOUT, kv_overrides$OFFSET, fieldValue);
    }

    private static final AddressLayout tt_overrides$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("tt_overrides"));

    /** The layout of field {@code tt_overrides}. */
    public static final AddressLayout tt_overrides$layout() {
        return tt_overrides$LAYOUT;
    }

    private static final long tt_overrides$OFFSET = 40;

    /** The offset of field {@code tt_overrides}. */
    public static final long tt_overrides$offset() {
        return tt_overrides$OFFSET;
    }

    /** Getter for field {@code tt_overrides}. */
    public static MemorySegment tt_overrides(MemorySegment struct) {
        return struct.get(tt_overrides$LAYOUT, tt_overrides$OFFSET);
    }

    /** Setter for field {@code tt_overrides}. */
    public static void tt_overrides(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(tt_overrides$LAYOUT, tt_overrides$OFFSET, fieldValue);
    }

    private static final AddressLayout prune_layers$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("prune_layers"));

    /** The layout of field {@code prune_layers}. */
    public static final AddressLayout prune_layers$layout() {
        return prune_layers$LAYOUT;
    }

    private static final long prune_layers$OFFSET = 48;

    /** The offset of field {@code prune_layers}. */
    public static final long prune_layers$offset() {
        return prune_layers$OFFSET;
    }

    /** Getter for field {@code prune_layers}. */
    public static MemorySegment prune_layers(MemorySegment struct) {
        return struct.get(prune_layers$LAYOUT, prune_layers$OFFSET);
    }

    /** Setter for field {@code prune_layers}. */
    public static void prune_layers(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(prune_layers$LAYOUT, prune_layers$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfLong max_buf_size$LAYOUT = (ValueLayout.OfLong)$LAYOUT.select(groupElement("max_buf_size"));

    /** The layout of field {@code max_buf_size}. */
    public static final ValueLayout.OfLong max_buf_size$layout() {
        return max_buf_size$LAYOUT;
    }

    private static final long max_buf_size$OFFSET = 56;

    /** The offset of field {@code max_buf_size}. */
    public static final long max_buf_size$offset() {
        return max_buf_size$OFFSET;
    }

    /** Getter for field {@code max_buf_size}. */
    public static long max_buf_size(MemorySegment struct) {
        return struct.get(max_buf_size$LAYOUT, max_buf_size$OFFSET);
    }

    /** Setter for field {@code max_buf_size}. */
    public static void max_buf_size(MemorySegment struct, long fieldValue) {
        struct.set(max_buf_size$LAYOUT, max_buf_size$OFFSET, fieldValue);
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
