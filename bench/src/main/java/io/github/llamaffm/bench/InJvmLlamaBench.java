package io.github.llamaffm.bench;

import io.github.llamaffm.bindings.llama_h;
import io.github.llamaffm.internal.NativeLog;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * llama.cpp's own llama-bench code, run inside this JVM: {@code llama_bench(argc, argv)} of
 * {@code libllama-bench-impl.so} (the library the {@code llama-bench} program is a thin main
 * around), called over FFM on the JVM's thread. Its figures differ from the separate process's
 * only by where it runs, so they split a gap between Java and llama-bench into what the
 * process (a JVM around the same native code) costs and what the binding's own code costs.
 *
 * <p>llama-bench prints its JSON to the C {@code stdout}: file descriptor 1 is pointed at a
 * temporary file for the call. It also silences llama.cpp's log; the binding's log callback is
 * put back afterwards. Not thread-safe (one run at a time, nothing else printing meanwhile).
 */
public final class InJvmLlamaBench {
    private static final int O_WRONLY = 1, O_TRUNC = 01000;
    private final MethodHandle llamaBench, dup, dup2, close, open, fflush;

    /**
     * Loads llama-bench's library from the build folder.
     *
     * @param bin the folder with {@code libllama-bench-impl.so} and the libraries the API runs with
     * @throws IllegalStateException if the library or its entry point is missing
     */
    public InJvmLlamaBench(Path bin) {
        Path lib = bin.resolve("libllama-bench-impl.so");
        if (!Files.isRegularFile(lib)) throw new IllegalStateException("no " + lib + " (llama-bench's library)");
        Linker linker = Linker.nativeLinker();
        SymbolLookup bench = SymbolLookup.libraryLookup(lib, Arena.global());
        // int llama_bench(int argc, char ** argv), a C++ symbol
        MemorySegment entry = bench.find("_Z11llama_benchiPPc")
                .orElseThrow(() -> new IllegalStateException(lib + " has no llama_bench(int, char**)"));
        llamaBench = linker.downcallHandle(entry, FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
        SymbolLookup libc = linker.defaultLookup();
        dup = linker.downcallHandle(libc.find("dup").orElseThrow(), FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
        dup2 = linker.downcallHandle(libc.find("dup2").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
        close = linker.downcallHandle(libc.find("close").orElseThrow(), FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
        open = linker.downcallHandle(libc.find("open").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT), Linker.Option.firstVariadicArg(2));
        fflush = linker.downcallHandle(libc.find("fflush").orElseThrow(), FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
    }

    /**
     * Runs llama-bench in this process with the same arguments as {@link LlamaBenchRunner}.
     *
     * @param modelId  the model's short name for the figures
     * @param model    the GGUF file
     * @param settings threads, token counts, repetitions, batch sizes
     * @param round    the round these samples belong to
     * @return the pp and tg figures, as {@link Figure#LLAMA_BENCH_IN_JVM}
     * @throws IllegalStateException if llama-bench fails or prints something unexpected
     */
    public List<Figure> run(String modelId, Path model, BenchSettings settings, int round) {
        List<String> args = new ArrayList<>(List.of("llama-bench"));
        args.addAll(LlamaBenchRunner.arguments(model, settings));
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment argv = arena.allocate(ValueLayout.ADDRESS, args.size() + 1);
            for (int i = 0; i < args.size(); i++) argv.setAtIndex(ValueLayout.ADDRESS, i, arena.allocateFrom(args.get(i)));
            Path out = Files.createTempFile("llama-bench", ".json");
            try {
                int rc = runCapturingStdout(arena, out, args.size(), argv);
                String json = Files.readString(out);
                if (rc != 0) throw new IllegalStateException("llama_bench returned " + rc + ": " + json);
                List<Figure> figures = new ArrayList<>();
                for (Figure f : LlamaBenchRunner.parse(modelId, json, settings, round)) {
                    figures.add(new Figure(f.model(), Figure.LLAMA_BENCH_IN_JVM, f.test(), f.samples(), f.rounds()));
                }
                return figures;
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot capture llama-bench's output", e);
        }
    }

    private int runCapturingStdout(Arena arena, Path out, int argc, MemorySegment argv) {
        try {
            int ignored = (int) fflush.invokeExact(MemorySegment.NULL);
            int saved = (int) dup.invokeExact(1);
            int fd = (int) open.invokeExact(arena.allocateFrom(out.toString()), O_WRONLY | O_TRUNC);
            int redirected = fd < 0 ? -1 : (int) dup2.invokeExact(fd, 1);
            if (fd >= 0) ignored = (int) close.invokeExact(fd);
            if (saved < 0 || redirected < 0) {
                if (saved >= 0) ignored = (int) close.invokeExact(saved);
                throw new IllegalStateException("cannot redirect stdout (dup " + saved + ", open " + fd + ")");
            }
            try {
                return (int) llamaBench.invokeExact(argc, argv);
            } finally {
                ignored = (int) fflush.invokeExact(MemorySegment.NULL);
                int restored = (int) dup2.invokeExact(saved, 1);
                ignored = (int) close.invokeExact(saved);
                llama_h.llama_log_set(NativeLog.callback(), MemorySegment.NULL); // llama-bench set a silent one
                if (restored < 0) throw new IllegalStateException("cannot put stdout back");
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("llama_bench failed", t);
        }
    }
}
