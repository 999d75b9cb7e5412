package io.github.llamaffm.tests;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The natives jar and the loader, each check in a fresh JVM with only the jars on its class path. */
class NativeLoaderTest {
    private static final String FOLDER = "io/github/llamaffm/natives/linux-x86_64/";
    private static final String PROBE = LoaderProbe.class.getName();
    private static Path nativesJar;
    private static String classPath;

    /** ggml's x86 CPU variants and the CPU features each needs (ggml/src/CMakeLists.txt), as /proc/cpuinfo names them. */
    private static final Map<String, List<String>> VARIANTS = Map.ofEntries(
            Map.entry("x64", List.of()),
            Map.entry("sse42", List.of("sse4_2")),
            Map.entry("sandybridge", List.of("sse4_2", "avx")),
            Map.entry("ivybridge", List.of("sse4_2", "avx", "f16c")),
            Map.entry("piledriver", List.of("sse4_2", "avx", "f16c", "fma")),
            Map.entry("haswell", List.of("sse4_2", "avx", "f16c", "fma", "avx2", "bmi2")),
            Map.entry("skylakex", List.of("sse4_2", "avx", "f16c", "fma", "avx2", "bmi2", "avx512f")),
            Map.entry("cannonlake", List.of("sse4_2", "avx", "f16c", "fma", "avx2", "bmi2", "avx512f", "avx512vbmi")),
            Map.entry("cascadelake", List.of("sse4_2", "avx", "f16c", "fma", "avx2", "bmi2", "avx512f", "avx512_vnni")),
            Map.entry("icelake", List.of("sse4_2", "avx", "f16c", "fma", "avx2", "bmi2", "avx512f", "avx512vbmi", "avx512_vnni")),
            Map.entry("cooperlake", List.of("sse4_2", "avx", "f16c", "fma", "avx2", "bmi2", "avx512f", "avx512_vnni", "avx512_bf16")),
            Map.entry("zen4", List.of("sse4_2", "avx", "f16c", "fma", "avx2", "bmi2", "avx512f", "avx512vbmi", "avx512_vnni", "avx512_bf16")),
            Map.entry("alderlake", List.of("sse4_2", "avx", "f16c", "fma", "avx2", "bmi2", "avx_vnni")),
            Map.entry("sapphirerapids", List.of("sse4_2", "avx", "f16c", "fma", "avx2", "bmi2", "avx512f", "avx512vbmi",
                    "avx512_vnni", "avx512_bf16", "amx_tile", "amx_int8")));

    @BeforeAll
    static void locate() {
        nativesJar = Path.of(System.getProperty("llama.ffm.natives.jar"));
        assertTrue(Files.isRegularFile(nativesJar), "natives jar not built: " + nativesJar);
        classPath = Jvm.runtimeClassPath();
        assertTrue(Arrays.stream(classPath.split(File.pathSeparator)).anyMatch(e -> e.endsWith(".jar") && e.contains("llama-ffm-natives")),
                "the natives must come from their jar: " + classPath);
    }

    @Test
    void nativesJarHoldsTheLibrariesItsIndexNames() throws Exception {
        try (JarFile jar = new JarFile(nativesJar.toFile())) {
            JarEntry indexEntry = jar.getJarEntry(FOLDER + "libraries.txt");
            assertNotNull(indexEntry, "no libraries.txt in " + nativesJar);
            String index = new String(jar.getInputStream(indexEntry).readAllBytes(), StandardCharsets.UTF_8);
            List<String> loads = new ArrayList<>();
            List<String> cpuVariants = new ArrayList<>();
            for (String line : index.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] p = line.split(" ");
                JarEntry e = jar.getJarEntry(FOLDER + p[1]);
                assertNotNull(e, p[1] + " is listed but not in the jar");
                try (InputStream in = jar.getInputStream(e)) {
                    assertEquals(p[2], HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes())),
                            "hash of " + p[1]);
                }
                if (p[0].equals("load")) loads.add(p[1]);
                if (p[1].startsWith("libggml-cpu-")) cpuVariants.add(p[1]);
            }
            assertEquals(List.of("libggml-base.so.0", "libggml.so.0", "libllama.so.0", "libmtmd.so.0"), loads, "load order (libmtmd needs libllama)");
            assertTrue(cpuVariants.size() >= 5, "CPU variants: " + cpuVariants);
            assertTrue(cpuVariants.contains("libggml-cpu-x64.so") && cpuVariants.contains("libggml-cpu-haswell.so")
                    && cpuVariants.contains("libggml-cpu-skylakex.so"), "CPU variants: " + cpuVariants);
            // A jar cannot carry symlinks: every library is a real file under its soname.
            long libs = jar.stream().filter(e -> e.getName().startsWith(FOLDER) && e.getName().contains(".so")).count();
            assertEquals(loads.size() + index.lines().filter(l -> l.startsWith("backend ")).count(), libs);
        }
    }

    @Test
    void loadsFromTheJarAloneWithAnEmptyCacheAndPicksTheVariantOfThisCpu(@TempDir Path cache) throws Exception {
        Jvm.Result r = Jvm.run(classPath, PROBE, "-Dllama.ffm.cache.dir=" + cache);
        assertEquals(0, r.exit(), r.output());
        Map<String, String> v = r.values();
        assertEquals("0.5.0", v.get("version"));
        assertTrue(v.get("systemInfo").contains("extracted to " + cache), v.get("systemInfo"));
        String variant = v.get("variant");
        Set<String> flags = cpuFlags();
        assumeTrue(!flags.isEmpty(), "no /proc/cpuinfo here");
        assertTrue(VARIANTS.containsKey(variant), "unknown variant " + variant);
        assertTrue(flags.containsAll(VARIANTS.get(variant)), variant + " needs features this CPU lacks: " + flags);
        // the best this CPU runs, but for sapphirerapids, whose AMX kernels crash in this release (BackendLoader)
        int best = VARIANTS.entrySet().stream().filter(e -> !e.getKey().equals("sapphirerapids") && flags.containsAll(e.getValue()))
                .mapToInt(e -> e.getValue().size()).max().orElse(0);
        assertEquals(best, VARIANTS.get(variant).size(), "a variant with more of this CPU's features exists than " + variant);
        assertNotEquals("sapphirerapids", variant, "passed over unless named");
        assertTrue(v.get("systemInfo").contains("CPU variant: " + variant), v.get("systemInfo"));
        assertTrue(v.get("device").contains("|CPU|") && v.get("device").contains("libggml-cpu-" + variant + ".so"), v.get("device"));
    }

    @Test
    void aNamedCpuVariantIsUsedOrRefusedWithReasons(@TempDir Path cache) throws Exception {
        Set<String> flags = cpuFlags();
        assumeTrue(flags.containsAll(VARIANTS.get("haswell")), "this CPU cannot run the haswell variant");
        Jvm.Result r = Jvm.run(classPath, PROBE, "-Dllama.ffm.cache.dir=" + cache, "-Dllama.ffm.cpu.variant=haswell");
        assertEquals(0, r.exit(), r.output());
        assertEquals("haswell", r.values().get("variant"), r.output());
        assertTrue(r.values().get("device").contains("libggml-cpu-haswell.so"), r.output());

        Jvm.Result unknown = Jvm.run(classPath, PROBE, "-Dllama.ffm.cache.dir=" + cache, "-Dllama.ffm.cpu.variant=pentium2");
        assertEquals(3, unknown.exit(), unknown.output());
        assertTrue(unknown.values().get("error").contains("names the cpu variant 'pentium2', which is not among [alderlake, "), unknown.output());

        // a variant this CPU cannot run is refused before ggml loads it (it would die of SIGILL)
        String beyond = VARIANTS.entrySet().stream().filter(e -> !flags.containsAll(e.getValue())).map(Map.Entry::getKey)
                .sorted().findFirst().orElse(null);
        if (beyond != null) {
            Jvm.Result refused = Jvm.run(classPath, PROBE, "-Dllama.ffm.cache.dir=" + cache, "-Dllama.ffm.cpu.variant=" + beyond);
            assertEquals(3, refused.exit(), refused.output());
            assertTrue(refused.values().get("error").contains("'" + beyond + "' cannot run on this processor"), refused.output());
        }
    }

    @Test
    void twoJvmsExtractingAtOnceBothSucceed(@TempDir Path cache) throws Exception {
        Process a = Jvm.start(classPath, PROBE, "-Dllama.ffm.cache.dir=" + cache);
        Process b = Jvm.start(classPath, PROBE, "-Dllama.ffm.cache.dir=" + cache);
        Jvm.Result ra = Jvm.finish(a), rb = Jvm.finish(b);
        assertEquals(0, ra.exit(), ra.output());
        assertEquals(0, rb.exit(), rb.output());
        try (Stream<Path> s = Files.list(cache.resolve("natives"))) {
            List<String> dirs = s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).toList();
            assertEquals(1, dirs.size(), "one extraction, no leftovers: " + dirs);
        }
    }

    @Test
    void overridePropertyWins(@TempDir Path cache, @TempDir Path own) throws Exception {
        Jvm.Result first = Jvm.run(classPath, PROBE, "-Dllama.ffm.cache.dir=" + cache);
        assertEquals(0, first.exit(), first.output());
        Path extracted;
        try (Stream<Path> s = Files.list(cache.resolve("natives"))) {
            extracted = s.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        try (Stream<Path> s = Files.list(extracted)) {
            for (Path f : s.toList()) Files.copy(f, own.resolve(f.getFileName()));
        }
        Path emptyCache = own.resolveSibling(own.getFileName() + "-cache");
        Jvm.Result r = Jvm.run(classPath, PROBE, "-Dllama.ffm.library.path=" + own, "-Dllama.ffm.cache.dir=" + emptyCache);
        assertEquals(0, r.exit(), r.output());
        assertTrue(r.values().get("systemInfo").contains("override llama.ffm.library.path=" + own), r.output());
        assertTrue(r.values().get("device").contains(own.toString()), "CPU backend loaded from the override: " + r.output());
        assertFalse(Files.exists(emptyCache), "nothing extracted when the override is used");
    }

    @Test
    void wrongOverrideGivesAClearError(@TempDir Path cache) throws Exception {
        Path missing = cache.resolve("no-such-folder");
        Jvm.Result r = Jvm.run(classPath, PROBE, "-Dllama.ffm.library.path=" + missing, "-Dllama.ffm.cache.dir=" + cache);
        assertNotEquals(0, r.exit(), r.output());
        String error = r.values().get("error");
        assertNotNull(error, r.output());
        assertTrue(error.contains("Places tried") && error.contains("override llama.ffm.library.path=" + missing)
                && error.contains("not a folder"), error);
    }

    @Test
    void overrideFolderWithoutLibllamaSaysSo(@TempDir Path empty) throws Exception {
        Jvm.Result r = Jvm.run(classPath, PROBE, "-Dllama.ffm.library.path=" + empty);
        assertEquals(3, r.exit(), r.output());
        assertTrue(r.values().get("error").contains("no libllama.so in " + empty), r.output());
    }

    private static Set<String> cpuFlags() throws IOException {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (!Files.isReadable(cpuinfo)) return Set.of();
        return Files.readAllLines(cpuinfo).stream().filter(l -> l.startsWith("flags")).findFirst()
                .map(l -> new HashSet<>(Arrays.asList(l.substring(l.indexOf(':') + 1).trim().split("\\s+"))))
                .map(s -> (Set<String>) s).orElse(Set.of());
    }
}
