// Generated from mtmd.h of llama.cpp 0.5.0 by llama-ffm's bindings generator (bindings/generator) — do not edit.
// Regenerate with 'make bindings'.

package io.github.llamaffm.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;

/** The function pointer type {@code mtmd_bitmap_lazy_callback}. */
public class mtmd_bitmap_lazy_callback {

    mtmd_bitmap_lazy_callback() {
        // static members only
    }

    /** The function pointer signature, expressed as a functional interface. */
    public interface Function {
        /** Called from native code. */
        int apply(long chunk_idx, MemorySegment user_data, MemorySegment out_bitmap, MemorySegment out_text);
    }

    private static final FunctionDescriptor $DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_LONG, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);

    /** The descriptor of this function pointer. */
    public static FunctionDescriptor descriptor() {
        return $DESC;
    }

    private static final MethodHandle UP$MH = llama_h_shared.upcallHandle(mtmd_bitmap_lazy_callback.Function.class, "apply", $DESC);

    /** Allocates an upcall stub for {@code fi}, alive as long as {@code arena}. */
    public static MemorySegment allocate(mtmd_bitmap_lazy_callback.Function fi, Arena arena) {
        return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
    }

    private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

    /** Invokes the function pointer {@code funcPtr}. */
    public static int invoke(MemorySegment funcPtr, long chunk_idx, MemorySegment user_data, MemorySegment out_bitmap, MemorySegment out_text) {
        try {
            return (int) DOWN$MH.invokeExact(funcPtr, chunk_idx, user_data, out_bitmap, out_text);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }
}
