package io.github.llamaffm.internal;

import io.github.llamaffm.bindings.llama_h;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Registers the ggml backends of a folder, as {@code ggml_backend_load_all_from_path} does (the
 * same families in the same order; of a family's variants, {@code libggml-<family>-<variant>}, the
 * one whose {@code ggml_backend_score} is highest; else the plain {@code libggml-<family>}), with
 * one difference: the CPU variant is chosen here, so that a variant known to crash is passed over
 * and a user can name one.
 *
 * <p>Passed over unless named: {@code sapphirerapids}. Its AMX kernels in the pinned llama.cpp
 * execute tile instructions on worker threads that never asked Linux for the AMX state (XFD) and
 * with a tile configuration the compiler may drop; the process then dies of SIGILL in
 * {@code ggml_backend_amx_mul_mat} on quantized weights (seen on a 2-vCPU Xeon VM with AMX; the
 * fix is llama.cpp pull request 26954, not in this release). The next best variant
 * ({@code zen4}, AVX-512 with VNNI and BF16) runs the same code without AMX.
 */
final class BackendLoader {
    /** System property naming the CPU variant to use ({@code haswell}, {@code zen4}, … or {@code auto}). */
    static final String VARIANT_PROPERTY = "llama.ffm.cpu.variant";
    /** Environment variable with the same meaning as {@link #VARIANT_PROPERTY} (the property wins). */
    static final String VARIANT_ENV = "LLAMA_FFM_CPU_VARIANT";
    /** CPU variants not chosen unless named (see the class comment). */
    static final Set<String> PASSED_OVER = Set.of("sapphirerapids");

    private static final Logger LOG = LoggerFactory.getLogger(BackendLoader.class);
    /** ggml_backend_load_all_from_path's families, in its order (the CPU last). */
    private static final List<String> FAMILIES = List.of("blas", "zendnn", "cann", "cuda", "hip", "metal", "rpc", "sycl",
            "vulkan", "virtgpu", "opencl", "hexagon", "musa", "openvino", "cpu");

    private BackendLoader() {}

    /** One library of a family: its variant (empty for the plain file) and its score (0: not for this machine). */
    record Candidate(Path path, String variant, int score) {}

    /**
     * Registers every backend family found in {@code dir}.
     *
     * @param dir the folder
     * @throws UnsatisfiedLinkError if a named CPU variant is not there or cannot run on this processor
     */
    static void loadAll(Path dir) {
        for (String family : FAMILIES) load(dir, family);
    }

    /** The CPU variant asked for, lower case, or null for the automatic choice. */
    static String requestedVariant() {
        String v = System.getProperty(VARIANT_PROPERTY, System.getenv(VARIANT_ENV));
        if (v == null || v.isBlank() || v.strip().equalsIgnoreCase("auto")) return null;
        return v.strip().toLowerCase(Locale.ROOT);
    }

    private static void load(Path dir, String family) {
        List<Candidate> variants = candidates(dir, family);
        Path chosen;
        if (variants.isEmpty()) {
            chosen = dir.resolve(fileName("ggml-" + family));
            if (!Files.isRegularFile(chosen)) return;
        } else {
            Candidate c = choose(family, variants, family.equals("cpu") ? requestedVariant() : null);
            if (c == null) return; // none runs here, as ggml would skip the family
            chosen = c.path();
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment reg = llama_h.ggml_backend_load(arena.allocateFrom(chosen.toAbsolutePath().toString()));
            if (reg.equals(MemorySegment.NULL)) LOG.warn("ggml did not register the backend in {}", chosen);
        }
    }

    /**
     * The variant to load: the one named (which must run here), else the best scoring one that is
     * not passed over, else the best scoring one.
     */
    static Candidate choose(String family, List<Candidate> variants, String requested) {
        if (requested != null) {
            Candidate named = variants.stream().filter(c -> c.variant().equals(requested)).findFirst().orElseThrow(() ->
                    new UnsatisfiedLinkError("-D" + VARIANT_PROPERTY + " (or " + VARIANT_ENV + ") names the " + family + " variant '"
                            + requested + "', which is not among " + variants.stream().map(Candidate::variant).sorted().toList()));
            if (named.score() <= 0) {
                throw new UnsatisfiedLinkError("the " + family + " variant '" + requested + "' cannot run on this processor (it lacks"
                        + " instructions the variant needs); those that can: " + variants.stream().filter(c -> c.score() > 0)
                        .map(Candidate::variant).sorted().toList());
            }
            return named;
        }
        Candidate best = null, bestAllowed = null;
        for (Candidate c : variants) {
            if (c.score() <= 0) continue;
            if (best == null || c.score() > best.score()) best = c;
            if (!PASSED_OVER.contains(c.variant()) && (bestAllowed == null || c.score() > bestAllowed.score())) bestAllowed = c;
        }
        if (best != null && bestAllowed != null && best != bestAllowed) {
            LOG.debug("CPU variant {} chosen over {}: llama.cpp's AMX kernels in this release can crash the process"
                    + " (-D{}={} uses it anyway)", bestAllowed.variant(), best.variant(), VARIANT_PROPERTY, best.variant());
        }
        return bestAllowed != null ? bestAllowed : best;
    }

    /** The family's variant libraries in {@code dir}, each scored by its own {@code ggml_backend_score}. */
    private static List<Candidate> candidates(Path dir, String family) {
        String prefix = fileName("ggml-" + family + "-X");
        String head = prefix.substring(0, prefix.indexOf("X"));
        String tail = prefix.substring(prefix.indexOf("X") + 1);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> {
                String f = p.getFileName().toString();
                return f.startsWith(head) && f.endsWith(tail) && f.length() > head.length() + tail.length() && Files.isRegularFile(p);
            }).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
        List<Candidate> out = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            out.add(new Candidate(f, name.substring(head.length(), name.length() - tail.length()), score(f)));
        }
        return out;
    }

    /** What the library's {@code ggml_backend_score} says (0 when it cannot be opened or has none). */
    private static int score(Path library) {
        try (Arena arena = Arena.ofConfined()) {
            SymbolLookup lib = SymbolLookup.libraryLookup(library, arena);
            MemorySegment fn = lib.find("ggml_backend_score").orElse(null);
            if (fn == null) return 0;
            MethodHandle h = Linker.nativeLinker().downcallHandle(fn, FunctionDescriptor.of(ValueLayout.JAVA_INT));
            return (int) h.invokeExact();
        } catch (IllegalArgumentException | IllegalStateException e) {
            LOG.debug("cannot open {}: {}", library, e.getMessage());
            return 0;
        } catch (Throwable t) {
            throw new IllegalStateException("ggml_backend_score of " + library + " failed", t);
        }
    }

    /** ggml's backend file names: {@code libNAME.so} everywhere but Windows ({@code NAME.dll}). */
    private static String fileName(String name) {
        return Platform.current().os().equals("windows") ? name + ".dll" : "lib" + name + ".so";
    }
}
