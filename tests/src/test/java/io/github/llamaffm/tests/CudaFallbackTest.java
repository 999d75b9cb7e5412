package io.github.llamaffm.tests;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.SymbolLookup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The CUDA natives jar on a machine without a usable GPU (this one, and CI): the application runs
 * on the CPU exactly as without the jar, with one warning saying why. Runs when the CUDA natives
 * exist: {@code native/target/*-linux-x86_64-cuda.jar} (make natives-cuda), else a cached CUDA
 * build, staged into a jar here; skipped (with the reason) when neither does. On a machine with a
 * working GPU, {@code make gpu-check} tests the GPU path instead.
 */
class CudaFallbackTest {
    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    private static Path cudaJar;

    @BeforeAll
    static void findCudaNatives(@TempDir Path tmp) throws Exception {
        try (Stream<Path> s = Files.list(REPO.resolve("native/target"))) {
            cudaJar = s.filter(p -> p.getFileName().toString().endsWith("-linux-x86_64-cuda.jar")).findFirst().orElse(null);
        } catch (IOException noTarget) {
            cudaJar = null;
        }
        if (cudaJar != null) return;
        // A cached CUDA build, staged by the same script as the jar; never a build from here.
        Path stage = tmp.resolve("stage");
        ProcessBuilder pb = new ProcessBuilder("bash", REPO.resolve("native/stage.sh").toString(), stage.toString(), "linux-x86_64-cuda")
                .redirectErrorStream(true);
        pb.environment().put("LLAMA_FFM_CACHED_ONLY", "1");
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes());
        assumeTrue(p.waitFor(300, TimeUnit.SECONDS) && p.exitValue() == 0,
                () -> "no CUDA natives: neither native/target/*-linux-x86_64-cuda.jar nor a cached CUDA build (make natives-cuda): " + out);
        cudaJar = tmp.resolve("cuda-natives.jar");
        jar(stage, cudaJar);
    }

    private static void jar(Path dir, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(dir.relativize(f).toString().replace(File.separatorChar, '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
    }

    /** This test's class path for a child JVM, with the SLF4J binding kept (the warning is what we check). */
    private static String classPath(Path... extra) {
        StringBuilder cp = new StringBuilder(Jvm.runtimeClassPath());
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (Path.of(e).getFileName().toString().startsWith("slf4j-simple")) cp.append(File.pathSeparator).append(e);
        }
        for (Path p : extra) cp.append(File.pathSeparator).append(p);
        return cp.toString();
    }

    private static Jvm.Result probe(Path cache, Map<String, String> env, Path... extra) throws Exception {
        Process p = Jvm.start(env, classPath(extra), GpuProbe.class.getName(), "-Dllama.ffm.cache.dir=" + cache,
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info", "-Dgpuprobe.model=" + TestModels.tiny("llama-spm"));
        p.getOutputStream().close();
        return Jvm.finish(p);
    }

    private static long warnings(String output) {
        return output.lines().filter(l -> l.contains("llama-ffm runs on the CPU")).count();
    }

    /** Whether this machine has the NVIDIA driver's library (Debian's nvidia-cuda-toolkit brings one without a GPU). */
    private static boolean driverLibraryPresent() {
        try {
            SymbolLookup.libraryLookup("libcuda.so.1", Arena.ofAuto());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Test
    void withoutAUsableGpuTheCudaJarChangesNothingButOneWarning(@TempDir Path cache) throws Exception {
        Jvm.Result plain = probe(cache.resolve("a"), Map.of());
        Jvm.Result cuda = probe(cache.resolve("b"), Map.of(), cudaJar);
        assertEquals(0, plain.exit(), plain.output());
        assertEquals(0, cuda.exit(), cuda.output());
        Map<String, String> p = plain.values(), c = cuda.values();
        assertEquals(p.get("tokens"), c.get("tokens"), "greedy tokens with and without the CUDA jar");
        assertEquals(p.get("device"), c.get("device"), "devices with and without the CUDA jar");
        assertFalse(c.get("device").contains("GPU"), c.get("device"));
        assertTrue(p.get("gpuReason").startsWith("no GPU natives on the class path"), p.get("gpuReason"));
        String reason = c.get("gpuReason");
        assertTrue(reason.startsWith("the CUDA natives are on the class path but not used: "), reason);
        if (driverLibraryPresent()) {
            assertTrue(reason.contains("NVIDIA driver"), "a driver library without a GPU: " + reason);
            assertFalse(reason.contains("no NVIDIA driver (libcuda.so.1"), reason);
        } else {
            assertTrue(reason.contains("no NVIDIA driver (libcuda.so.1 is not on the system's library path)"), reason);
        }
        assertEquals(0, warnings(plain.output()), plain.output());
        assertEquals(1, warnings(cuda.output()), "exactly one warning line:\n" + cuda.output());
    }

    @Test
    void runtimeLibrariesComeFromARedistributableJarOnTheClassPath(@TempDir Path tmp) throws Exception {
        // A real libcudart.so.13 (the CUDA 13 toolkit's) in the layout of a redistributable CUDA jar.
        Path cudart = Stream.of("/usr/local/cuda/lib64/libcudart.so.13", "/usr/local/cuda/lib/libcudart.so.13")
                .map(Path::of).filter(Files::isRegularFile).findFirst().orElse(null);
        assumeTrue(cudart != null, "no CUDA 13 runtime library on this machine to put into a test jar");
        Path redist = tmp.resolve("redist.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(redist))) {
            out.putNextEntry(new JarEntry("org/bytedeco/cuda/linux-x86_64/libcudart.so.13"));
            Files.copy(cudart.toRealPath(), out);
            out.closeEntry();
        }
        Path cache = tmp.resolve("cache");
        Jvm.Result r = probe(cache, Map.of(), cudaJar, redist);
        assertEquals(0, r.exit(), r.output());
        String reason = r.values().get("gpuReason");
        // cudart came from the jar, so only cuBLAS is missing (this machine has no cuBLAS 13).
        assertTrue(reason.contains("libcublas.so.13"), reason);
        assertFalse(reason.contains("libcudart.so.13"), reason);
        try (Stream<Path> s = Files.walk(cache)) {
            List<Path> extracted = s.filter(f -> f.getFileName().toString().equals("libcudart.so.13")).toList();
            assertEquals(1, extracted.size(), "extracted once into the natives cache: " + extracted);
            assertEquals(Files.size(cudart.toRealPath()), Files.size(extracted.get(0)));
        }
    }
}
