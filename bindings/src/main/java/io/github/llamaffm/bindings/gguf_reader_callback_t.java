// Generated from gguf.h of llama.cpp 0.5.0 by llama-ffm's bindings generator (bindings/generator) — do not edit.
// Regenerate with 'make bindings'.

package io.github.llamaffm.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;

/** The function pointer type {@code gguf_reader_callback_t}. */
public class gguf_reader_callback_t {

    gguf_reader_callback_t() {
        // static members only
    }

    /** The function pointer signature, expressed as a functional interface. */
    public interface Function {
        /** Called from native code. */
        long apply(MemorySegment userdata, MemorySegment output, long offset, long len);
    }

    private static final FunctionDescriptor $DESC = FunctionDescriptor.of(llama_h_shared.C_LONG, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG, llama_h_shared.C_LONG);

    /** The descriptor of this function pointer. */
    public static FunctionDescriptor descriptor() {
        return $DESC;
    }

    private static final MethodHandle UP$MH = llama_h_shared.upcallHandle(gguf_reader_callback_t.Function.class, "apply", $DESC);

    /** Allocates an upcall stub for {@code fi}, alive as long as {@code arena}. */
    public static MemorySegment allocate(gguf_reader_callback_t.Function fi, Arena arena) {
        return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
    }

    private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

    /** Invokes the function pointer {@code funcPtr}. */
    public static long invoke(MemorySegment funcPtr, MemorySegment userdata, MemorySegment output, long offset, long len) {
        try {
            return (long) DOWN$MH.invokeExact(funcPtr, userdata, output, offset, len);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }
}
