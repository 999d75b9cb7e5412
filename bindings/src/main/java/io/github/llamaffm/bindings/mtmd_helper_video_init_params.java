// Generated from mtmd-helper.h of llama.cpp 0.5.0 by llama-ffm's bindings generator (bindings/generator) — do not edit.
// Regenerate with 'make bindings'.

package io.github.llamaffm.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;

/** The struct {@code mtmd_helper_video_init_params} (24 bytes, aligned to 8). */
public class mtmd_helper_video_init_params {

    mtmd_helper_video_init_params() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        llama_h_shared.C_FLOAT.withName("fps_target"),
        MemoryLayout.paddingLayout(4),
        llama_h_shared.C_POINTER.withName("ffmpeg_bin_dir"),
        llama_h_shared.C_LONG.withName("timestamp_interval_ms")).withName("mtmd_helper_video_init_params");

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final ValueLayout.OfFloat fps_target$LAYOUT = (ValueLayout.OfFloat)$LAYOUT.select(groupElement("fps_target"));

    /** The layout of field {@code fps_target}. */
    public static final ValueLayout.OfFloat fps_target$layout() {
        return fps_target$LAYOUT;
    }

    private static final long fps_target$OFFSET = 0;

    /** The offset of field {@code fps_target}. */
    public static final long fps_target$offset() {
        return fps_target$OFFSET;
    }

    /** Getter for field {@code fps_target}. */
    public static float fps_target(MemorySegment struct) {
        return struct.get(fps_target$LAYOUT, fps_target$OFFSET);
    }

    /** Setter for field {@code fps_target}. */
    public static void fps_target(MemorySegment struct, float fieldValue) {
        struct.set(fps_target$LAYOUT, fps_target$OFFSET, fieldValue);
    }

    private static final AddressLayout ffmpeg_bin_dir$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("ffmpeg_bin_dir"));

    /** The layout of field {@code ffmpeg_bin_dir}. */
    public static final AddressLayout ffmpeg_bin_dir$layout() {
        return ffmpeg_bin_dir$LAYOUT;
    }

    private static final long ffmpeg_bin_dir$OFFSET = 8;

    /** The offset of field {@code ffmpeg_bin_dir}. */
    public static final long ffmpeg_bin_dir$offset() {
        return ffmpeg_bin_dir$OFFSET;
    }

    /** Getter for field {@code ffmpeg_bin_dir}. */
    public static MemorySegment ffmpeg_bin_dir(MemorySegment struct) {
        return struct.get(ffmpeg_bin_dir$LAYOUT, ffmpeg_bin_dir$OFFSET);
    }

    /** Setter for field {@code ffmpeg_bin_dir}. */
    public static void ffmpeg_bin_dir(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ffmpeg_bin_dir$LAYOUT, ffmpeg_bin_dir$OFFSET, fieldValue);
    }

    private static final ValueLayout.OfLong timestamp_interval_ms$LAYOUT = (ValueLayout.OfLong)$LAYOUT.select(groupElement("timestamp_interval_ms"));

    /** The layout of field {@code timestamp_interval_ms}. */
    public static final ValueLayout.OfLong timestamp_interval_ms$layout() {
        return timestamp_interval_ms$LAYOUT;
    }

    private static final long timestamp_interval_ms$OFFSET = 16;

    /** The offset of field {@code timestamp_interval_ms}. */
    public static final long timestamp_interval_ms$offset() {
        return timestamp_interval_ms$OFFSET;
    }

    /** Getter for field {@code timestamp_interval_ms}. */
    public static long timestamp_interval_ms(MemorySegment struct) {
        return struct.get(timestamp_interval_ms$LAYOUT, timestamp_interval_ms$OFFSET);
    }

    /** Setter for field {@code timestamp_interval_ms}. */
    public static void timestamp_interval_ms(MemorySegment struct, long fieldValue) {
        struct.set(timestamp_interval_ms$LAYOUT, timestamp_interval_ms$OFFSET, fieldValue);
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
