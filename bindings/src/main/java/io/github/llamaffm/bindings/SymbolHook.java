// Generated from llama.h, ggml.h, ggml-cpu.h, ggml-backend.h, ggml-alloc.h, ggml-opt.h, gguf.h, ggml-rpc.h, mtmd.h, mtmd-helper.h of llama.cpp 0.5.0 by llama-ffm's bindings generator (bindings/generator) — do not edit.
// Regenerate with 'make bindings'.

package io.github.llamaffm.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;

/**
 * Where the bindings find native symbols: the one hook the library loader fills. Until it is
 * filled, symbols are looked up in the libraries loaded by this class's loader (System.load),
 * as jextract's own output does.
 */
public final class SymbolHook {
    private static volatile SymbolLookup lookup;

    private SymbolHook() {}

    /** Sets the lookup every binding resolves its symbols through. */
    public static void install(SymbolLookup lookup) {
        SymbolHook.lookup = Objects.requireNonNull(lookup, "lookup");
    }

    /** Finds a symbol through the installed lookup. */
    public static Optional<MemorySegment> find(String name) {
        SymbolLookup l = lookup;
        if (l == null) l = SymbolLookup.loaderLookup().or(Linker.nativeLinker().defaultLookup());
        return l.find(name);
    }
}
