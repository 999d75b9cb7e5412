package io.github.llamaffm.internal;

import java.io.File;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Decides, before ggml sees the CUDA backend module, whether it can work here, and makes the CUDA
 * libraries it needs loadable.
 *
 * <p>Why in Java: ggml's CUDA backend aborts the process on CUDA errors it does not expect (a GPU
 * older than the architectures the module was built for fails at the first kernel launch), and a
 * module whose libraries are missing only fails to load, silently. So this class checks what it
 * can first, and says why when the answer is no; the application then runs on the CPU exactly as
 * without the CUDA jar.
 *
 * <p>Checks, in order, all of them reported together when several fail:
 * <ol>
 *   <li>the CUDA runtime libraries the module was linked against ({@code cuda.runtime} in the
 *       jar's {@code META-INF/llama-ffm-natives.properties}: cudart, cuBLAS, cuBLASLt), found in
 *       this order: the folders of {@value #PATH_PROPERTY} (or {@value #PATH_ENV}); a
 *       redistributable CUDA jar on the class path (resources {@value #REDIST_DIR}{@code <soname>},
 *       as {@code org.bytedeco:cuda-redist} and {@code org.bytedeco:cuda-redist-cublas} carry them),
 *       extracted like the natives; the system's library path ({@code LD_LIBRARY_PATH},
 *       {@code ldconfig}); a CUDA toolkit ({@code CUDA_HOME}, {@code CUDA_PATH},
 *       {@code /usr/local/cuda}). Each is loaded here, so the module finds it by its soname;</li>
 *   <li>the NVIDIA driver ({@code libcuda.so.1}), new enough for the runtime
 *       ({@code cuDriverGetVersion} at least {@code cuda.driver.min});</li>
 *   <li>at least one device ({@code cuInit}, {@code cuDeviceGetCount}), and every device's compute
 *       capability covered by the module's architectures ({@code cuda.archs}).</li>
 * </ol>
 */
final class CudaRuntime {
    /** System property: folders (path-separated) holding the CUDA runtime libraries. */
    static final String PATH_PROPERTY = "llama.ffm.cuda.path";
    /** Environment variable with the same meaning as {@link #PATH_PROPERTY}. */
    static final String PATH_ENV = "LLAMA_FFM_CUDA_PATH";
    /** Where a redistributable CUDA jar keeps its Linux x86-64 libraries. */
    static final String REDIST_DIR = "org/bytedeco/cuda/linux-x86_64/";

    private static final int CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR = 75;
    private static final int CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR = 76;
    private static final int CUDA_ERROR_NO_DEVICE = 100;

    private CudaRuntime() {}

    /**
     * The outcome: usable, or the reason why not (one sentence, for the log line and
     * {@code Llama.gpuUnavailableReason()}), and where each runtime library came from.
     */
    record Status(boolean usable, String reason, Map<String, String> libraries, List<String> devices) {
        static Status no(String reason) {
            return new Status(false, reason, Map.of(), List.of());
        }
    }

    /**
     * Runs the checks for the CUDA module that {@code props} (its jar's properties) describes.
     *
     * @param cl         where to look for a redistributable CUDA jar
     * @param cacheRoots where such a jar's libraries may be extracted
     */
    static Status check(Properties props, ClassLoader cl, List<Path> cacheRoots) {
        List<String> problems = new ArrayList<>();
        Map<String, String> found = new LinkedHashMap<>();
        List<String> sonames = List.of(props.getProperty("cuda.runtime", "").trim().split("[,\\s]+"));
        if (sonames.size() == 1 && sonames.get(0).isEmpty()) {
            return Status.no("the CUDA natives jar does not name its runtime libraries (cuda.runtime): a corrupt jar");
        }
        List<String> missing = new ArrayList<>();
        for (String soname : sonames) {
            String from = loadRuntimeLibrary(soname, cl, cacheRoots);
            if (from == null) missing.add(soname);
            else found.put(soname, from);
        }
        if (!missing.isEmpty()) {
            problems.add("the CUDA " + props.getProperty("cuda.version", "") + " runtime libraries " + String.join(", ", missing)
                    + " were not found (looked in " + PATH_PROPERTY + "/" + PATH_ENV + ", the class path under " + REDIST_DIR
                    + ", the system's library path and " + toolkitFolders().stream().map(Path::toString).toList() + ")");
        }
        List<String> devices = new ArrayList<>();
        String driver = checkDriver(props, devices);
        if (driver != null) problems.add(driver);
        if (!problems.isEmpty()) return new Status(false, String.join("; ", problems), Map.copyOf(found), List.of());
        return new Status(true, "", Map.copyOf(found), List.copyOf(devices));
    }

    /** Loads {@code soname} from the first place that has it; returns that place, or null. */
    private static String loadRuntimeLibrary(String soname, ClassLoader cl, List<Path> cacheRoots) {
        for (Path dir : configuredFolders()) {
            if (loadFile(dir.resolve(soname))) return dir.toString();
        }
        // A redistributable jar the application added wins over the system, as our natives jar does.
        try {
            NativeBundle b = NativeBundle.ofResources(cl, "cuda-runtime-" + soname, REDIST_DIR, List.of(soname));
            if (b != null) {
                Path dir = NativeLoader.extractSomewhere(cl, b, cacheRoots, new ArrayList<>(), "class path " + REDIST_DIR);
                if (dir != null && loadFile(dir.resolve(soname))) return "the class path (" + REDIST_DIR + soname + ", extracted to " + dir + ")";
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not usable from there: the next places may have it
        }
        try {
            SymbolLookup.libraryLookup(soname, Arena.global());
            return "the system's library path";
        } catch (IllegalArgumentException | IllegalCallerException notThere) {
            // next place
        }
        for (Path dir : toolkitFolders()) {
            if (loadFile(dir.resolve(soname))) return dir.toString();
        }
        return null;
    }

    private static boolean loadFile(Path f) {
        if (!Files.isRegularFile(f)) return false;
        try {
            SymbolLookup.libraryLookup(f, Arena.global());
            return true;
        } catch (IllegalArgumentException | IllegalCallerException e) {
            return false;
        }
    }

    private static List<Path> configuredFolders() {
        String v = System.getProperty(PATH_PROPERTY, System.getenv(PATH_ENV));
        List<Path> out = new ArrayList<>();
        if (v == null || v.isBlank()) return out;
        for (String s : v.split(File.pathSeparator)) if (!s.isBlank()) out.add(Path.of(s.strip()));
        return out;
    }

    /** The library folders of a CUDA toolkit, where one is installed. */
    static List<Path> toolkitFolders() {
        List<Path> roots = new ArrayList<>();
        for (String env : new String[]{"CUDA_HOME", "CUDA_PATH"}) {
            String v = System.getenv(env);
            if (v != null && !v.isBlank()) roots.add(Path.of(v));
        }
        roots.add(Path.of("/usr/local/cuda"));
        List<Path> out = new ArrayList<>();
        for (Path r : roots) {
            for (String sub : new String[]{"lib64", "lib", "targets/x86_64-linux/lib"}) {
                Path d = r.resolve(sub);
                if (Files.isDirectory(d) && !out.contains(d)) out.add(d);
            }
        }
        return out;
    }

    /** Null when the driver and the devices are fine, else why not; fills {@code devices}. */
    private static String checkDriver(Properties props, List<String> devices) {
        SymbolLookup cuda;
        try {
            cuda = SymbolLookup.libraryLookup("libcuda.so.1", Arena.global());
        } catch (IllegalArgumentException | IllegalCallerException e) {
            return "no NVIDIA driver (libcuda.so.1 is not on the system's library path)";
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(ValueLayout.JAVA_INT);
            int rc = (int) fn(cuda, "cuDriverGetVersion", ValueLayout.ADDRESS).invokeExact(out);
            int version = rc == 0 ? out.get(ValueLayout.JAVA_INT, 0) : 0;
            int min = Integer.parseInt(props.getProperty("cuda.driver.min", "0").strip());
            if (rc != 0) return "the NVIDIA driver does not answer cuDriverGetVersion (CUresult " + rc + ")";
            if (version < min) {
                return "the NVIDIA driver supports CUDA " + cudaVersion(version) + ", these natives need CUDA "
                        + cudaVersion(min) + " (" + props.getProperty("cuda.driver.hint", "a newer driver") + ")";
            }
            rc = (int) fn(cuda, "cuInit", ValueLayout.JAVA_INT).invokeExact(0);
            if (rc == CUDA_ERROR_NO_DEVICE) return "the NVIDIA driver found no CUDA device";
            if (rc != 0) return "the NVIDIA driver failed to initialise (cuInit: CUresult " + rc + errorName(cuda, rc, arena) + ")";
            rc = (int) fn(cuda, "cuDeviceGetCount", ValueLayout.ADDRESS).invokeExact(out);
            int n = rc == 0 ? out.get(ValueLayout.JAVA_INT, 0) : 0;
            if (n == 0) return "the NVIDIA driver found no CUDA device";
            MethodHandle attr = fn(cuda, "cuDeviceGetAttribute", ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT);
            MethodHandle name = fn(cuda, "cuDeviceGetName", ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT);
            String archs = props.getProperty("cuda.archs", "");
            MemorySegment buf = arena.allocate(256);
            for (int d = 0; d < n; d++) {
                int major = (int) attr.invokeExact(out, CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR, d) == 0 ? out.get(ValueLayout.JAVA_INT, 0) : 0;
                int minor = (int) attr.invokeExact(out, CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR, d) == 0 ? out.get(ValueLayout.JAVA_INT, 0) : 0;
                String devName = (int) name.invokeExact(buf, 256, d) == 0 ? buf.getString(0) : "device " + d;
                if (!runs(archs, major, minor)) {
                    return "GPU " + d + " (" + devName + ", compute capability " + major + "." + minor
                            + ") is not among the architectures these natives were built for (" + archs + ")";
                }
                devices.add(devName + " (compute capability " + major + "." + minor + ")");
            }
            return null;
        } catch (Throwable t) {
            return "the NVIDIA driver could not be queried: " + t;
        }
    }

    private static MethodHandle fn(SymbolLookup lib, String name, ValueLayout... args) {
        MemorySegment addr = lib.find(name).orElseThrow(() -> new IllegalStateException("libcuda.so.1 has no " + name));
        return Linker.nativeLinker().downcallHandle(addr, FunctionDescriptor.of(ValueLayout.JAVA_INT, args));
    }

    private static String errorName(SymbolLookup cuda, int rc, Arena arena) {
        try {
            MemorySegment p = arena.allocate(ValueLayout.ADDRESS);
            if ((int) fn(cuda, "cuGetErrorName", ValueLayout.JAVA_INT, ValueLayout.ADDRESS).invokeExact(rc, p) != 0) return "";
            MemorySegment s = p.get(ValueLayout.ADDRESS, 0);
            return Native.isNull(s) ? "" : ", " + s.reinterpret(256).getString(0);
        } catch (Throwable t) {
            return "";
        }
    }

    private static String cudaVersion(int v) {
        return (v / 1000) + "." + (v % 1000) / 10;
    }

    /**
     * Whether code built for {@code archs} (CMake's form: {@code 75-virtual;90-real;90-virtual})
     * runs on a device of compute capability {@code major.minor}: machine code runs on the same
     * major version with an equal or higher minor ({@code 90a}: on 9.0 only); PTX is compiled by
     * the driver for any device at least as new.
     */
    static boolean runs(String archs, int major, int minor) {
        int cc = major * 10 + minor;
        for (String a : archs.split(";")) {
            a = a.strip();
            if (a.isEmpty()) continue;
            String kind = a.endsWith("-virtual") ? "virtual" : a.endsWith("-real") ? "real" : "both";
            String num = a.replaceAll("-(virtual|real)$", "");
            boolean specific = num.endsWith("a") || num.endsWith("f");
            int v;
            try {
                v = Integer.parseInt(specific ? num.substring(0, num.length() - 1) : num);
            } catch (NumberFormatException e) {
                continue;
            }
            if (specific) {
                if (v == cc) return true;
                continue;
            }
            if (!kind.equals("virtual") && v / 10 == major && v % 10 <= minor) return true;
            if (!kind.equals("real") && v <= cc) return true;
        }
        return false;
    }
}
