// Generated from ggml-opt.h of llama.cpp 0.5.0 by llama-ffm's bindings generator (bindings/generator) — do not edit.
// Regenerate with 'make bindings'.

package io.github.llamaffm.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;

/** The struct {@code ggml_opt_optimizer_params} (28 bytes, aligned to 4). */
public class ggml_opt_optimizer_params {

    ggml_opt_optimizer_params() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        MemoryLayout.structLayout(
                llama_h_shared.C_FLOAT.withName("alpha"),
                llama_h_shared.C_FLOAT.withName("beta1"),
                llama_h_shared.C_FLOAT.withName("beta2"),
                llama_h_shared.C_FLOAT.withName("eps"),
                llama_h_shared.C_FLOAT.withName("wd")).withName("adamw"),
        MemoryLayout.structLayout(
                llama_h_shared.C_FLOAT.withName("alpha"),
                llama_h_shared.C_FLOAT.withName("wd")).withName("sgd")).withName("ggml_opt_optimizer_params");

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final GroupLayout adamw$LAYOUT = (GroupLayout)$LAYOUT.select(groupElement("adamw"));

    /** The layout of field {@code adamw}. */
    public static final GroupLayout adamw$layout() {
        return adamw$LAYOUT;
    }

    private static final long adamw$OFFSET = 0;

    /** The offset of field {@code adamw}. */
    public static final long adamw$offset() {
        return adamw$OFFSET;
    }

    /** Getter for field {@code adamw}, a slice of {@code struct}. */
    public static MemorySegment adamw(MemorySegment struct) {
        return struct.asSlice(adamw$OFFSET, adamw$LAYOUT.byteSize());
    }

    /** Setter for field {@code adamw}: copies {@code fieldValue} in. */
    public static void adamw(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, adamw$OFFSET, adamw$LAYOUT.byteSize());
    }

    private static final GroupLayout sgd$LAYOUT = (GroupLayout)$LAYOUT.select(groupElement("sgd"));

    /** The layout of field {@code sgd}. */
    public static final GroupLayout sgd$layout() {
        return sgd$LAYOUT;
    }

    private static final long sgd$OFFSET = 20;

    /** The offset of field {@code sgd}. */
    public static final long sgd$offset() {
        return sgd$OFFSET;
    }

    /** Getter for field {@code sgd}, a slice of {@code struct}. */
    public static MemorySegment sgd(MemorySegment struct) {
        return struct.asSlice(sgd$OFFSET, sgd$LAYOUT.byteSize());
    }

    /** Setter for field {@code sgd}: copies {@code fieldValue} in. */
    public static void sgd(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, sgd$OFFSET, sgd$LAYOUT.byteSize());
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
