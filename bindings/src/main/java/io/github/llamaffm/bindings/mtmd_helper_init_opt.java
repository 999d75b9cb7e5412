// Generated from mtmd-helper.h of llama.cpp 0.5.0 by llama-ffm's bindings generator (bindings/generator) — do not edit.
// Regenerate with 'make bindings'.

package io.github.llamaffm.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;

/** The struct {@code mtmd_helper_init_opt} (24 bytes, aligned to 8). */
public class mtmd_helper_init_opt {

    mtmd_helper_init_opt() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        io.github.llamaffm.bindings.mtmd_helper_video_init_params.layout().withName("video_params")).withName("mtmd_helper_init_opt");

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final GroupLayout video_params$LAYOUT = (GroupLayout)$LAYOUT.select(groupElement("video_params"));

    /** The layout of field {@code video_params}. */
    public static final GroupLayout video_params$layout() {
        return video_params$LAYOUT;
    }

    private static final long video_params$OFFSET = 0;

    /** The offset of field {@code video_params}. */
    public static final long video_params$offset() {
        return video_params$OFFSET;
    }

    /** Getter for field {@code video_params}, a slice of {@code struct}. */
    public static MemorySegment video_params(MemorySegment struct) {
        return struct.asSlice(video_params$OFFSET, video_params$LAYOUT.byteSize());
    }

    /** Setter for field {@code video_params}: copies {@code fieldValue} in. */
    public static void video_params(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, video_params$OFFSET, video_params$LAYOUT.byteSize());
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
