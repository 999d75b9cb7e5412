// Generated from llama.h of llama.cpp 0.5.0 by llama-ffm's bindings generator (bindings/generator) — do not edit.
// Regenerate with 'make bindings'.

package io.github.llamaffm.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;

/** The function pointer type {@code llama_model_set_tensor_data_t}. */
public class llama_model_set_tensor_data_t {

    llama_model_set_tensor_data_t() {
        // static members only
    }

    /** The function pointer signature, expressed as a functional interface. */
    public interface Function {
        /** Called from native code. */
        void apply(MemorySegment tensor, MemorySegment userdata);
    }

    private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);

    /** The descriptor of this function pointer. */
    public static FunctionDescriptor descriptor() {
        return $DESC;
    }

    private static final MethodHandle UP$MH = llama_h_shared.upcallHandle(llama_model_set_tensor_data_t.Function.class, "apply", $DESC);

    /** Allocates an upcall stub for {@code fi}, alive as long as {@code arena}. */
    public static MemorySegment allocate(llama_model_set_tensor_data_t.Function fi, Arena arena) {
        return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
    }

    private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

    /** Invokes the function pointer {@code funcPtr}. */
    public static void invoke(MemorySegment funcPtr, MemorySegment tensor, MemorySegment userdata) {
        try {
            DOWN$MH.invokeExact(funcPtr, tensor, userdata);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }
}
