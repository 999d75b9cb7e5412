package io.github.llamaffm;

import io.github.llamaffm.internal.NativeLoader;
import io.github.llamaffm.internal.NativeLog;
import io.github.llamaffm.internal.RuntimeInfo;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The process-wide llama.cpp runtime. The native libraries are loaded once, on first use of any
 * llama-ffm class; this class tells which ones were loaded and what they found.
 *
 * <p>Where the libraries come from: the folder named by the system property
 * {@code llama.ffm.library.path} (or environment variable {@code LLAMA_FFM_LIBRARY_PATH}) when set,
 * else the {@code llama-ffm-natives} jar for this platform on the class path (extracted once into
 * a cache folder), else the system library path.
 */
public final class Llama {
    private Llama() {}

    /**
     * Loads the native libraries if that has not happened yet.
     *
     * @throws UnsatisfiedLinkError if they cannot be loaded; the message lists every place tried
     *                              and why each failed
     */
    public static void load() {
        NativeLoader.libraries();
    }

    /**
     * The version of the loaded llama.cpp, e.g. {@code 0.5.0}.
     *
     * @return llama.cpp's own version string
     * @throws UnsatisfiedLinkError if the native libraries cannot be loaded
     */
    public static String version() {
        return RuntimeInfo.version();
    }

    /**
     * A one-paragraph description of the native runtime: where the libraries were loaded from,
     * which backend libraries ggml picked (for the CPU, the variant matching this processor) and
     * llama.cpp's own {@code llama_print_system_info()} (the CPU features the build uses).
     *
     * @return the description, for logs and bug reports
     * @throws UnsatisfiedLinkError if the native libraries cannot be loaded
     */
    public static String systemInfo() {
        NativeLoader.NativeLibraries libs = NativeLoader.libraries();
        StringBuilder sb = new StringBuilder("llama.cpp ").append(version())
                .append("; libraries from ").append(libs.source()).append("; backends: ");
        List<String> backends = NativeLog.loadedBackends();
        sb.append(backends.isEmpty() ? "built in" : String.join(", ", backends));
        cpuVariant().ifPresent(v -> sb.append("; CPU variant: ").append(v));
        sb.append("; ").append(RuntimeInfo.systemInfo());
        return sb.toString();
    }

    /**
     * The CPU backend variant ggml picked for this processor, e.g. {@code zen4}, {@code haswell}
     * or {@code x64}: the best of the {@code libggml-cpu-*} libraries the processor can run.
     *
     * @return the variant, or empty when the CPU backend is built into the library (no variants)
     * @throws UnsatisfiedLinkError if the native libraries cannot be loaded
     */
    public static Optional<String> cpuVariant() {
        return cpuLibrary().map(p -> {
            String f = p.getFileName().toString();
            int dot = f.indexOf('.');
            String base = dot < 0 ? f : f.substring(0, dot);
            return base.startsWith("libggml-cpu-") ? base.substring("libggml-cpu-".length()) : base;
        });
    }

    private static Optional<Path> cpuLibrary() {
        return backendLibrary("CPU");
    }

    private static Optional<Path> backendLibrary(String backend) {
        NativeLoader.libraries();
        for (String b : NativeLog.loadedBackends()) {
            int colon = b.indexOf(": ");
            if (b.substring(0, colon).equals(backend)) return Optional.of(Path.of(b.substring(colon + 2)));
        }
        return Optional.empty();
    }

    /**
     * Why no GPU is in use, or empty when one is: when the CUDA natives jar
     * ({@code llama-ffm-natives}, classifier {@code linux-x86_64-cuda}) is on the class path,
     * llama-ffm checks the NVIDIA driver, the devices and the CUDA runtime libraries before ggml
     * sees the CUDA backend, and runs on the CPU, with one warning in the log, when something is
     * missing; this returns the same sentence. Where the CUDA libraries are looked for is in
     * {@code docs/GPU.md}.
     *
     * @return the reason, e.g. "the CUDA natives are on the class path but not used: no NVIDIA
     *         driver (libcuda.so.1 ...)", or empty when at least one GPU device is registered
     * @throws UnsatisfiedLinkError if the native libraries cannot be loaded
     */
    public static Optional<String> gpuUnavailableReason() {
        return Optional.ofNullable(NativeLoader.gpuUnavailableReason());
    }

    /**
     * The compute devices ggml registered, CPU included: with the CUDA natives in use, each CUDA
     * device with its free and total memory ({@link #gpuUnavailableReason()} says why there are
     * none).
     *
     * @return the devices, in ggml's order
     * @throws UnsatisfiedLinkError if the native libraries cannot be loaded
     */
    public static List<Device> devices() {
        return RuntimeInfo.devices(Llama::backendLibrary);
    }
}
