// Generated from mtmd-helper.h of llama.cpp 0.5.0 by llama-ffm's bindings generator (bindings/generator) — do not edit.
// Regenerate with 'make bindings'.

package io.github.llamaffm.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;

/** The function pointer type {@code mtmd_helper_post_decode_callback}. */
public class mtmd_helper_post_decode_callback {

    mtmd_helper_post_decode_callback() {
        // static members only
    }

    /** The function pointer signature, expressed as a functional interface. */
    public interface Function {
        /** Called from native code. */
        int apply(MemorySegment batch, MemorySegment user_data);
    }

    private static final FunctionDescriptor $DESC = FunctionDescriptor.of(llama_h_shared.C_INT, io.github.llamaffm.bindings.llama_batch.layout(), llama_h_shared.C_POINTER);

    /** The descriptor of this function pointer. */
    public static FunctionDescriptor descriptor() {
        return $DESC;
    }

    private static final MethodHandle UP$MH = llama_h_shared.upcallHandle(mtmd_helper_post_decode_callback.Function.class, "apply", $DESC);

    /** Allocates an upcall stub for {@code fi}, alive as long as {@code arena}. */
    public static MemorySegment allocate(mtmd_helper_post_decode_callback.Function fi, Arena arena) {
        return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
    }

    private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

    /** Invokes the function pointer {@code funcPtr}. */
    public static int invoke(MemorySegment funcPtr, MemorySegment batch, MemorySegment user_data) {
        try {
            return (int) DOWN$MH.invokeExact(funcPtr, batch, user_data);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }
}
