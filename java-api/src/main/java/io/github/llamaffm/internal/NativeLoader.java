package io.github.llamaffm.internal;

import io.github.llamaffm.bindings.llama_h;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds, extracts and loads llama.cpp's libraries, once per process.
 *
 * <p>Places, in order: the override folder ({@value #PATH_PROPERTY} or {@value #PATH_ENV}; when
 * set it is the only place tried), then each natives jar on the class path whose folder matches
 * this platform (flavours such as {@code linux-x86_64-cuda} first), then the system's library
 * path. Failure throws an {@link UnsatisfiedLinkError} that lists every place and why it failed.
 *
 * <p>Bundled libraries are extracted to the first usable cache folder: the configured one
 * ({@value #CACHE_PROPERTY} or {@value #CACHE_ENV}), else the user's cache folder, else
 * {@code <java.io.tmpdir>/llama-ffm-<user>/natives}. A cache folder that another user could
 * change (not owned by this user, not mode 0700, a symbolic link, a folder others can write on
 * the way to it) is refused, never trusted; when every cache folder is refused or unwritable, the
 * libraries go to a fresh private folder of this process (deleted at exit), with a warning.
 * The rules are in {@code NativeBundle}'s class comment.
 */
public final class NativeLoader {
    /** System property naming a folder of llama.cpp libraries to use instead of the bundled ones. */
    public static final String PATH_PROPERTY = "llama.ffm.library.path";
    /** Environment variable with the same meaning as {@link #PATH_PROPERTY} (the property wins). */
    public static final String PATH_ENV = "LLAMA_FFM_LIBRARY_PATH";
    /** System property naming the folder where bundled libraries are extracted. */
    public static final String CACHE_PROPERTY = "llama.ffm.cache.dir";
    /** Environment variable with the same meaning as {@link #CACHE_PROPERTY}. */
    public static final String CACHE_ENV = "LLAMA_FFM_CACHE";

    private static final Logger LOG = LoggerFactory.getLogger(NativeLoader.class);
    /** Loaded in this order from a folder; all but libllama may be missing (libmtmd: no multimodal input then). */
    private static final String[] CORE = {"ggml-base", "ggml", "llama", "mtmd"};
    private static final Object LOCK = new Object();
    private static volatile NativeLibraries loaded;
    private static UnsatisfiedLinkError failure;
    /** Why no GPU backend is in use; null when one is. Set once by {@link #load()}. */
    private static volatile String gpuReason;

    private NativeLoader() {}

    /** What was loaded and from where. */
    public record NativeLibraries(String source, Path directory, List<Path> libraries, SymbolLookup lookup) {
        /**
         * Whether libmtmd (multimodal input) was loaded; without it the {@code mtmd_*} bindings
         * cannot link.
         *
         * @return true when a libmtmd is among {@link #libraries()}
         */
        public boolean hasMultimodal() {
            Platform platform = Platform.current();
            return libraries.stream().anyMatch(p -> platform.isLibraryFile(p.getFileName().toString(), "mtmd"));
        }
    }

    /**
     * Loads the libraries on first call and returns them; later calls return the same result
     * (or throw the same error again: a failed load is not retried).
     *
     * @throws UnsatisfiedLinkError listing every place tried and why each failed
     */
    public static NativeLibraries libraries() {
        NativeLibraries l = loaded;
        if (l != null) return l;
        synchronized (LOCK) {
            if (loaded != null) return loaded;
            if (failure != null) throw copy(failure);
            try {
                loaded = load();
                return loaded;
            } catch (UnsatisfiedLinkError e) {
                failure = e;
                throw copy(e);
            }
        }
    }

    /**
     * Why no GPU backend is in use (loads the libraries first).
     *
     * @return the reason, or null when a GPU backend registered at least one device
     */
    public static String gpuUnavailableReason() {
        libraries();
        return gpuReason;
    }

    private static UnsatisfiedLinkError copy(UnsatisfiedLinkError e) {
        UnsatisfiedLinkError c = new UnsatisfiedLinkError(e.getMessage());
        c.initCause(e);
        return c;
    }

    private static NativeLibraries load() {
        Platform platform = Platform.current();
        List<String> tried = new ArrayList<>();
        String override = System.getProperty(PATH_PROPERTY);
        String overrideName = PATH_PROPERTY;
        if (override == null || override.isBlank()) {
            override = System.getenv(PATH_ENV);
            overrideName = PATH_ENV;
        }
        if (override != null && !override.isBlank()) {
            gpuReason = "no GPU backend module among the libraries in " + override;
            try {
                return loadFolder(platform, Path.of(override), "override " + overrideName + "=" + override);
            } catch (Exception | LinkageError e) {
                tried.add("override " + overrideName + "=" + override + ": " + e.getMessage());
                throw failed(platform, tried);
            }
        }
        ClassLoader cl = NativeLoader.class.getClassLoader();
        List<Path> extraBackends = new ArrayList<>(); // flavours that only add backends (e.g. CUDA)
        gpuReason = "no GPU natives on the class path (for NVIDIA GPUs, add io.github.llamaffm:llama-ffm-natives with classifier "
                + platform.folder() + "-cuda)";
        for (String folder : platformFolders(cl, platform)) {
            String where = "class path " + NativeBundle.ROOT + folder + "/";
            try {
                NativeBundle bundle = NativeBundle.find(cl, folder);
                if (bundle == null) {
                    tried.add(where + ": not on the class path (add io.github.llamaffm:llama-ffm-natives"
                            + " with classifier " + folder + ")");
                    continue;
                }
                Path dir = extractSomewhere(cl, bundle, tried, where);
                if (dir == null) continue;
                if (bundle.loadOrder().isEmpty()) {
                    if (folder.endsWith("-cuda") && !cudaUsable(cl, folder)) continue;
                    extraBackends.add(dir);
                    continue;
                }
                return loadBundle(bundle, dir, extraBackends, where + " extracted to " + dir);
            } catch (Exception | LinkageError e) {
                tried.add(where + ": " + e);
            }
        }
        String sysName = platform.libraryFileName("llama");
        for (String dir : System.getProperty("java.library.path", "").split(java.io.File.pathSeparator)) {
            if (dir.isBlank()) continue;
            Path p = Path.of(dir);
            if (!Files.isRegularFile(p.resolve(sysName))) continue;
            try {
                return loadFolder(platform, p, "java.library.path " + p);
            } catch (Exception | LinkageError e) {
                tried.add("java.library.path " + p + ": " + e.getMessage());
            }
        }
        tried.add("java.library.path: no " + sysName + " in " + System.getProperty("java.library.path", ""));
        throw failed(platform, tried);
    }

    /** Runs {@link CudaRuntime}'s checks; when they fail, says so in one log line and keeps the CPU. */
    private static boolean cudaUsable(ClassLoader cl, String folder) {
        CudaRuntime.Status s = CudaRuntime.check(folderProperties(cl, folder), cl, cacheRoots());
        if (s.usable()) {
            gpuReason = null;
            LOG.info("llama-ffm: CUDA natives usable: {}; runtime libraries from {}", String.join(", ", s.devices()), s.libraries());
            return true;
        }
        gpuReason = "the CUDA natives are on the class path but not used: " + s.reason();
        LOG.warn("llama-ffm runs on the CPU: {}", gpuReason);
        return false;
    }

    /** The {@code META-INF/llama-ffm-natives.properties} of the natives jar holding {@code folder}. */
    static Properties folderProperties(ClassLoader cl, String folder) {
        for (Properties p : nativesProperties(cl)) if (folder.equals(p.getProperty("folder"))) return p;
        return new Properties();
    }

    /**
     * The {@code META-INF/llama-ffm-natives.properties} of every natives jar on the class path. An
     * unreadable one is left out: it only hides that jar's flavour; the plain folder is still tried.
     */
    private static List<Properties> nativesProperties(ClassLoader cl) {
        List<Properties> all = new ArrayList<>();
        try {
            Enumeration<URL> urls = cl.getResources("META-INF/llama-ffm-natives.properties");
            while (urls.hasMoreElements()) {
                Properties p = new Properties();
                try (InputStream in = urls.nextElement().openStream()) {
                    p.load(in);
                    all.add(p);
                } catch (IOException unreadable) {
                    // left out
                }
            }
        } catch (IOException ignored) {
            // no descriptors at all
        }
        return all;
    }

    private static UnsatisfiedLinkError failed(Platform platform, List<String> tried) {
        StringBuilder sb = new StringBuilder("llama-ffm could not load llama.cpp for platform ")
                .append(platform.folder()).append(". Places tried:");
        for (String t : tried) sb.append("\n  - ").append(t);
        sb.append("\nAdd the natives jar for this platform to the class path, or set -D")
                .append(PATH_PROPERTY).append("=<folder with ").append(platform.libraryFileName("llama"))
                .append(" and the ggml libraries>.");
        return new UnsatisfiedLinkError(sb.toString());
    }

    /** The platform folders on the class path: flavours ({@code <platform>-<flavour>}) first, then the plain one. */
    static List<String> platformFolders(ClassLoader cl, Platform platform) {
        Set<String> flavours = new LinkedHashSet<>();
        for (Properties p : nativesProperties(cl)) {
            String f = p.getProperty("folder", "");
            if (f.startsWith(platform.folder() + "-")) flavours.add(f);
        }
        List<String> folders = new ArrayList<>(flavours.stream().sorted().toList());
        folders.add(platform.folder());
        return folders;
    }

    private static Path extractSomewhere(ClassLoader cl, NativeBundle bundle, List<String> tried, String where) {
        return extractSomewhere(cl, bundle, cacheRoots(), tried, where);
    }

    /**
     * Extracts to the first of {@code roots} that is usable, else to a fresh private folder of
     * this process; returns null (with the reasons in {@code tried}) when even that fails.
     */
    static Path extractSomewhere(ClassLoader cl, NativeBundle bundle, List<Path> roots, List<String> tried, String where) {
        List<String> failed = new ArrayList<>();
        for (Path root : roots) {
            try {
                return bundle.extract(cl, root);
            } catch (IOException | RuntimeException e) {
                failed.add("cannot extract to " + root + ": " + e);
            }
        }
        for (String f : failed) tried.add(where + ": " + f);
        Path fresh = null;
        try {
            fresh = Files.createTempDirectory("llama-ffm-natives-"); // mode 0700 on POSIX, a name nobody could predict
            Path dir = bundle.extract(cl, fresh);
            deleteOnExit(fresh);
            LOG.warn("llama-ffm extracted its native libraries to {}, a private folder for this process only, because {}",
                    dir, String.join("; ", failed));
            return dir;
        } catch (IOException | RuntimeException e) {
            tried.add(where + ": cannot extract to a fresh private folder" + (fresh == null ? "" : " " + fresh) + ": " + e);
            if (fresh != null) deleteOnExit(fresh);
            return null;
        }
    }

    /** Deletes {@code dir} and what it holds when the JVM exits (children first). */
    private static void deleteOnExit(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            // deleteOnExit deletes in the reverse order of registration: register parents first.
            s.forEach(p -> p.toFile().deleteOnExit());
        } catch (IOException | RuntimeException ignored) {
            // a leftover in the temp folder, harmless
        }
    }

    /** Where bundled libraries are extracted: the configured folder, else the user cache, else the temp folder. */
    static List<Path> cacheRoots() {
        List<Path> roots = new ArrayList<>();
        String configured = System.getProperty(CACHE_PROPERTY, System.getenv(CACHE_ENV));
        if (configured != null && !configured.isBlank()) {
            roots.add(Path.of(configured).resolve("natives"));
            return roots;
        }
        String home = System.getProperty("user.home", "");
        Platform p = Platform.current();
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (p.os().equals("windows") && System.getenv("LOCALAPPDATA") != null) {
            roots.add(Path.of(System.getenv("LOCALAPPDATA"), "llama-ffm", "natives"));
        } else if (p.os().equals("macos") && !home.isEmpty()) {
            roots.add(Path.of(home, "Library", "Caches", "llama-ffm", "natives"));
        } else if (xdg != null && !xdg.isBlank()) {
            roots.add(Path.of(xdg, "llama-ffm", "natives"));
        } else if (!home.isEmpty()) {
            roots.add(Path.of(home, ".cache", "llama-ffm", "natives"));
        }
        roots.add(Path.of(System.getProperty("java.io.tmpdir"), "llama-ffm-" + System.getProperty("user.name", "user"), "natives"));
        return roots;
    }

    private static NativeLibraries loadBundle(NativeBundle bundle, Path dir, List<Path> extraBackends, String source) {
        List<Path> libs = bundle.loadOrder().stream().map(dir::resolve).toList();
        return finish(source, dir, libs, extraBackends);
    }

    /** Loads llama.cpp from a folder of libraries (an override or a system folder). */
    private static NativeLibraries loadFolder(Platform platform, Path dir, String source) throws IOException {
        if (!Files.isDirectory(dir)) throw new IOException("not a folder: " + dir.toAbsolutePath());
        List<String> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.map(f -> f.getFileName().toString()).sorted().toList();
        }
        List<Path> libs = new ArrayList<>();
        for (String name : CORE) {
            // Prefer the file named like a soname (libggml.so.0) over a plain link (libggml.so).
            String pick = files.stream().filter(f -> platform.isLibraryFile(f, name))
                    .max((a, b) -> Integer.compare(a.length(), b.length())).orElse(null);
            if (pick == null) {
                if (name.equals("llama")) {
                    throw new IOException("no " + platform.libraryFileName(name) + " in " + dir.toAbsolutePath());
                }
                continue; // a build that links ggml statically into libllama, or one without libmtmd
            }
            libs.add(dir.resolve(pick));
        }
        return finish(source, dir, libs, List.of());
    }

    private static NativeLibraries finish(String source, Path dir, List<Path> libs, List<Path> extraBackends) {
        SymbolLookup lookup = null;
        for (Path lib : libs) {
            SymbolLookup l = SymbolLookup.libraryLookup(lib, Arena.global());
            lookup = lookup == null ? l : lookup.or(l);
            try {
                // Also register with this class loader, for bindings that use SymbolLookup.loaderLookup().
                System.load(lib.toAbsolutePath().toString());
            } catch (UnsatisfiedLinkError alreadyInAnotherLoader) {
                // libraryLookup above succeeded, which is what our own bindings use
            }
        }
        registerBackends(lookup, dir, extraBackends);
        checkGpuRegistered(extraBackends);
        return new NativeLibraries(source, dir, List.copyOf(libs), lookup);
    }

    private static void registerBackends(SymbolLookup lookup, Path dir, List<Path> extraBackends) {
        installBindingsHook(lookup);
        // Log routing first: ggml reports which backend library it picked while loading them.
        llama_h.llama_log_set(NativeLog.callback(), MemorySegment.NULL);
        // As ggml_backend_load_all_from_path, but the CPU variant is chosen in Java (BackendLoader).
        for (Path d : extraBackends) BackendLoader.loadAll(d);
        BackendLoader.loadAll(dir);
        // ggml_backend_load_all_from_path's one extra: an out-of-tree backend named by GGML_BACKEND_PATH
        String outOfTree = System.getenv("GGML_BACKEND_PATH");
        if (outOfTree != null && !outOfTree.isBlank()) {
            try (Arena arena = Arena.ofConfined()) {
                llama_h.ggml_backend_load(arena.allocateFrom(outOfTree));
            }
        }
    }

    /**
     * After ggml loaded the backends: a GPU device registered clears the reason; a CUDA module that
     * passed the checks but did not register (ggml skips a module it cannot load, silently) says so.
     */
    private static void checkGpuRegistered(List<Path> extraBackends) {
        long n = llama_h.ggml_backend_dev_count();
        for (long i = 0; i < n; i++) {
            MemorySegment dev = llama_h.ggml_backend_dev_get(i);
            String reg = llama_h.ggml_backend_reg_name(llama_h.ggml_backend_dev_backend_reg(dev)).getString(0);
            if (llama_h.ggml_backend_dev_type(dev) == llama_h.GGML_BACKEND_DEVICE_TYPE_GPU() && !reg.startsWith("RPC")) {
                gpuReason = null;
                return;
            }
        }
        if (gpuReason == null) {
            gpuReason = "the CUDA backend module in " + extraBackends + " passed llama-ffm's checks but ggml registered no GPU"
                    + " device from it (run with the llama.cpp logger at DEBUG to see ggml's messages)";
            LOG.warn("llama-ffm runs on the CPU: {}", gpuReason);
        }
    }

    /**
     * Points the generated bindings at the loaded libraries. Reflective so that java-api compiles
     * against jextract's own output too, which has no hook and finds the libraries that
     * {@link System#load} registered instead.
     */
    private static void installBindingsHook(SymbolLookup lookup) {
        try {
            Class<?> hook = Class.forName("io.github.llamaffm.bindings.SymbolHook", true, NativeLoader.class.getClassLoader());
            hook.getMethod("install", SymbolLookup.class).invoke(null, lookup);
        } catch (ClassNotFoundException jextractOutput) {
            // bindings generated by jextract: SymbolLookup.loaderLookup() serves
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot install the bindings' symbol hook", e);
        }
    }
}
