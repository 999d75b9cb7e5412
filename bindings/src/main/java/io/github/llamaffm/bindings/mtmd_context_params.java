// Generated from mtmd.h of llama.cpp 0.5.0 by llama-ffm's bindings generator (bindings/generator) — do not edit.
// Regenerate with 'make bindings'.

package io.github.llamaffm.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;

/** The struct {@code mtmd_context_params} (96 bytes, aligned to 8). */
public class mtmd_context_params {

    mtmd_context_params() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        llama_h_shared.C_BOOL.withName("use_gpu"),
        MemoryLayout.paddingLayout(7),
        llama_h_shared.C_POINTER.withName("device"),
        llama_h_shared.C_BOOL.withName("print_timings"),
        MemoryLayout.paddingLayout(3),
        llama_h_shared.C_INT.withName("n_threads"),
        llama_h_shared.C_POINTER.withName("image_marker"),
        llama_h_shared.C_POINTER.withName("media_marker"),
        llama_h_shared.C_INT.withName("flash_attn_type"),
        llama_h_shared.C_BOOL.withName("warmup"),
        MemoryLayout.paddingLayout(3),
        llama_h_shared.C_INT.withName("image_min_tokens"),
        llama_h_shared.C_INT.withName("image_max_tokens"),
        llama_h_shared.C_POINTER.withName("cb_eval"),
        llama_h_shared.C_POINTER.withName("cb_eval_user_data"),
        llama_h_shared.C_INT.withName("batch_max_tokens"),
        MemoryLayout.paddingLayout(4),
        llama_h_shared.C_POINTER.withName("progress_callback"),
        llama_h_shared.C_POINTER.withName("progress_callback_user_data")).withName("mtmd_context_params");

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final ValueLayout.OfBoolean use_gpu$LAYOUT = (ValueLayout.OfBoolean)$LAYOUT.select(groupElement("use_gpu"));

    /** The layout of field {@code use_gpu}. */
    public static final ValueLayout.OfBoolean use_gpu$layout() {
        return use_gpu$LAYOUT;
    }

    private static final long use_gpu$OFFSET = 0;

    /** The offset of field {@code use_gpu}. */
    public static final long use_gpu$offset() {
        return use_gpu$OFFSET;
    }

    /** Getter for field {@code use_gpu}. */
    public static boolean use_gpu(MemorySegment struct) {
        return struct.get(use_gpu$LAYOUT, use_gpu$OFFSET);
    }

    /** Setter for field {@code use_gpu}. */
    public static void use_gpu(MemorySegment struct, boolean fieldValue) {
        struct.set(use_gpu$LAYOUT, use_gpu$OFFSET, fieldValue);
    }

    private static final AddressLayout device$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("device"));

    /** The layout of field {@code device}. */
    public static final AddressLayout device$layout() {
        return device$LAYOUT;
    }

    private static final long device$OFFSET = 8;

    /** The offset of field {@code device}. */
    public static final long device$offset() {
        return device$OFFSET;
    }

    /** Getter for field {@code device}. */
    public static MemorySegment device(MemorySegment struct) {
        return struct.get(device$LAYOUT, device$OFFSET);
    }

    /** Setter for field {@code device}. */
    public static void device(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(device$LAYOUT, device$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfBoolean print_timings$LAYOUT = (ValueLayout.OfBoolean)$LAYOUT.select(groupElement("print_timings"));

    /** The layout of field {@code print_timings}. */
    public static final ValueLayout.OfBoolean print_timings$layout() {
        return print_timings$LAYOUT;
    }

    private static final long print_timings$OFFSET = 16;

    /** The offset of field {@code print_timings}. */
    public static final long print_timings$offset() {
        return print_timings$OFFSET;
    }

    /** Getter for field {@code print_timings}. */
    public static boolean print_timings(MemorySegment struct) {
        return struct.get(print_timings$LAYOUT, print_timings$OFFSET);
    }

    /** Setter for field {@code print_timings}. */
    public static void print_timings(MemorySegment struct, boolean fieldValue) {
        struct.set(print_timings$LAYOUT, print_timings$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfInt n_threads$LAYOUT = (ValueLayout.OfInt)$LAYOUT.select(groupElement("n_threads"));

    /** The layout of field {@code n_threads}. */
    public static final ValueLayout.OfInt n_threads$layout() {
        return n_threads$LAYOUT;
    }

    private static final long n_threads$OFFSET = 20;

    /** The offset of field {@code n_threads}. */
    public static final long n_threads$offset() {
        return n_threads$OFFSET;
    }

    /** Getter for field {@code n_threads}. */
    public static int n_threads(MemorySegment struct) {
        return struct.get(n_threads$LAYOUT, n_threads$OFFSET);
    }

    /** Setter for field {@code n_threads}. */
    public static void n_threads(MemorySegment struct, int fieldValue) {
        struct.set(n_threads$LAYOUT, n_threads$OFFSET, fieldValue);
    }

    private static final AddressLayout image_marker$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("image_marker"));

    /** The layout of field {@code image_marker}. */
    public static final AddressLayout image_marker$layout() {
        return image_marker$LAYOUT;
    }

    private static final long image_marker$OFFSET = 24;

    /** The offset of field {@code image_marker}. */
    public static final long image_marker$offset() {
        return image_marker$OFFSET;
    }

    /** Getter for field {@code image_marker}. */
    public static MemorySegment image_marker(MemorySegment struct) {
        return struct.get(image_marker$LAYOUT, image_marker$OFFSET);
    }

    /** Setter for field {@code image_marker}. */
    public static void image_marker(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(image_marker$LAYOUT, image_marker$OFFSET, fieldValue);
    }

    private static final AddressLayout media_marker$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("media_marker"));

    /** The layout of field {@code media_marker}. */
    public static final AddressLayout media_marker$layout() {
        return media_marker$LAYOUT;
    }

    private static final long media_marker$OFFSET = 32;

    /** The offset of field {@code media_marker}. */
    public static final long media_marker$offset() {
        return media_marker$OFFSET;
    }

    /** Getter for field {@code media_marker}. */
    public static MemorySegment media_marker(MemorySegment struct) {
        return struct.get(media_marker$LAYOUT, media_marker$OFFSET);
    }

    /** Setter for field {@code media_marker}. */
    public static void media_marker(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(media_marker$LAYOUT, media_marker$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfInt flash_attn_type$LAYOUT = (ValueLayout.OfInt)$LAYOUT.select(groupElement("flash_attn_type"));

    /** The layout of field {@code flash_attn_type}. */
    public static final ValueLayout.OfInt flash_attn_type$layout() {
        return flash_attn_type$LAYOUT;
    }

    private static final long flash_attn_type$OFFSET = 40;

    /** The offset of field {@code flash_attn_type}. */
    public static final long flash_attn_type$offset() {
        return flash_attn_type$OFFSET;
    }

    /** Getter for field {@code flash_attn_type}. */
    public static int flash_attn_type(MemorySegment struct) {
        return struct.get(flash_attn_type$LAYOUT, flash_attn_type$OFFSET);
    }

    /** Setter for field {@code flash_attn_type}. */
    public static void flash_attn_type(MemorySegment struct, int fieldValue) {
        struct.set(flash_attn_type$LAYOUT, flash_attn_type$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfBoolean warmup$LAYOUT = (ValueLayout.OfBoolean)$LAYOUT.select(groupElement("warmup"));

    /** The layout of field {@code warmup}. */
    public static final ValueLayout.OfBoolean warmup$layout() {
        return warmup$LAYOUT;
    }

    private static final long warmup$OFFSET = 44;

    /** The offset of field {@code warmup}. */
    public static final long warmup$offset() {
        return warmup$OFFSET;
    }

    /** Getter for field {@code warmup}. */
    public static boolean warmup(MemorySegment struct) {
        return struct.get(warmup$LAYOUT, warmup$OFFSET);
    }

    /** Setter for field {@code warmup}. */
    public static void warmup(MemorySegment struct, boolean fieldValue) {
        struct.set(warmup$LAYOUT, warmup$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfInt image_min_tokens$LAYOUT = (ValueLayout.OfInt)$LAYOUT.select(groupElement("image_min_tokens"));

    /** The layout of field {@code image_min_tokens}. */
    public static final ValueLayout.OfInt image_min_tokens$layout() {
        return image_min_tokens$LAYOUT;
    }

    private static final long image_min_tokens$OFFSET = 48;

    /** The offset of field {@code image_min_tokens}. */
    public static final long image_min_tokens$offset() {
        return image_min_tokens$OFFSET;
    }

    /** Getter for field {@code image_min_tokens}. */
    public static int image_min_tokens(MemorySegment struct) {
        return struct.get(image_min_tokens$LAYOUT, image_min_tokens$OFFSET);
    }

    /** Setter for field {@code image_min_tokens}. */
    public static void image_min_tokens(MemorySegment struct, int fieldValue) {
        struct.set(image_min_tokens$LAYOUT, image_min_tokens$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfInt image_max_tokens$LAYOUT = (ValueLayout.OfInt)$LAYOUT.select(groupElement("image_max_tokens"));

    /** The layout of field {@code image_max_tokens}. */
    public static final ValueLayout.OfInt image_max_tokens$layout() {
        return image_max_tokens$LAYOUT;
    }

    private static final long image_max_tokens$OFFSET = 52;

    /** The offset of field {@code image_max_tokens}. */
    public static final long image_max_tokens$offset() {
        return image_max_tokens$OFFSET;
    }

    /** Getter for field {@code image_max_tokens}. */
    public static int image_max_tokens(MemorySegment struct) {
        return struct.get(image_max_tokens$LAYOUT, image_max_tokens$OFFSET);
    }

    /** Setter for field {@code image_max_tokens}. */
    public static void image_max_tokens(MemorySegment struct, int fieldValue) {
        struct.set(image_max_tokens$LAYOUT, image_max_tokens$OFFSET, fieldValue);
    }

    private static final AddressLayout cb_eval$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("cb_eval"));

    /** The layout of field {@code cb_eval}. */
    public static final AddressLayout cb_eval$layout() {
        return cb_eval$LAYOUT;
    }

    private static final long cb_eval$OFFSET = 56;

    /** The offset of field {@code cb_eval}. */
    public static final long cb_eval$offset() {
        return cb_eval$OFFSET;
    }

    /** Getter for field {@code cb_eval}. */
    public static MemorySegment cb_eval(MemorySegment struct) {
        return struct.get(cb_eval$LAYOUT, cb_eval$OFFSET);
    }

    /** Setter for field {@code cb_eval}. */
    public static void cb_eval(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(cb_eval$LAYOUT, cb_eval$OFFSET, fieldValue);
    }

    private static final AddressLayout cb_eval_user_data$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("cb_eval_user_data"));

    /** The layout of field {@code cb_eval_user_data}. */
    public static final AddressLayout cb_eval_user_data$layout() {
        return cb_eval_user_data$LAYOUT;
    }

    private static final long cb_eval_user_data$OFFSET = 64;

    /** The offset of field {@code cb_eval_user_data}. */
    public static final long cb_eval_user_data$offset() {
        return cb_eval_user_data$OFFSET;
    }

    /** Getter for field {@code cb_eval_user_data}. */
    public static MemorySegment cb_eval_user_data(MemorySegment struct) {
        return struct.get(cb_eval_user_data$LAYOUT, cb_eval_user_data$OFFSET);
    }

    /** Setter for field {@code cb_eval_user_data}. */
    public static void cb_eval_user_data(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(cb_eval_user_data$LAYOUT, cb_eval_user_data$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfInt batch_max_tokens$LAYOUT = (ValueLayout.OfInt)$LAYOUT.select(groupElement("batch_max_tokens"));

    /** The layout of field {@code batch_max_tokens}. */
    public static final ValueLayout.OfInt batch_max_tokens$layout() {
        return batch_max_tokens$LAYOUT;
    }

    private static final long batch_max_tokens$OFFSET = 72;

    /** The offset of field {@code batch_max_tokens}. */
    public static final long batch_max_tokens$offset() {
        return batch_max_tokens$OFFSET;
    }

    /** Getter for field {@code batch_max_tokens}. */
    public static int batch_max_tokens(MemorySegment struct) {
        return struct.get(batch_max_tokens$LAYOUT, batch_max_tokens$OFFSET);
    }

    /** Setter for field {@code batch_max_tokens}. */
    public static void batch_max_tokens(MemorySegment struct, int fieldValue) {
        struct.set(batch_max_tokens$LAYOUT, batch_max_tokens$OFFSET, fieldValue);
    }

    private static final AddressLayout progress_callback$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("progress_callback"));

    /** The layout of field {@code progress_callback}. */
    public static final AddressLayout progress_callback$layout() {
        return progress_callback$LAYOUT;
    }

    private static final long progress_callback$OFFSET = 80;

    /** The offset of field {@code progress_callback}. */
    public static final long progress_callback$offset() {
        return progress_callback$OFFSET;
    }

    /** Getter for field {@code progress_callback}. */
    public static MemorySegment progress_callback(MemorySegment struct) {
        return struct.get(progress_callback$LAYOUT, progress_callback$OFFSET);
    }

    /** Setter for field {@code progress_callback}. */
    public static void progress_callback(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(progress_callback$LAYOUT, progress_callback$OFFSET, fieldValue);
    }

    private static final AddressLayout progress_callback_user_data$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("progress_callback_user_data"));

    /** The layout of field {@code progress_callback_user_data}. */
    public static final AddressLayout progress_callback_user_data$layout() {
        return progress_callback_user_data$LAYOUT;
    }

    private static final long progress_callback_user_data$OFFSET = 88;

    /** The offset of field {@code progress_callback_user_data}. */
    public static final long progress_callback_user_data$offset() {
        return progress_callback_user_data$OFFSET;
    }

    /** Getter for field {@code progress_callback_user_data}. */
    public static MemorySegment progress_callback_user_data(MemorySegment struct) {
        return struct.get(progress_callback_user_data$LAYOUT, progress_callback_user_data$OFFSET);
    }

    /** Setter for field {@code progress_callback_user_data}. */
    public static void progress_callback_user_data(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(progress_callback_user_data$LAYOUT, progress_callback_user_data$OFFSET, fieldValue);
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
