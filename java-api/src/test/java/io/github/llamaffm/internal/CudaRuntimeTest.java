package io.github.llamaffm.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.foreign.Arena;
import java.lang.foreign.SymbolLookup;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which GPUs the CUDA natives run on, from the architectures they were built for (CMake's form). */
class CudaRuntimeTest {
    private static final String SHIPPED = "75-virtual;80-virtual;90-real;90-virtual";

    @Test
    void theShippedArchitectures() {
        assertFalse(CudaRuntime.runs(SHIPPED, 6, 1), "Pascal: older than every architecture");
        assertFalse(CudaRuntime.runs(SHIPPED, 7, 0), "Volta: older than the oldest PTX (7.5)");
        assertTrue(CudaRuntime.runs(SHIPPED, 7, 5), "Turing: PTX 7.5");
        assertTrue(CudaRuntime.runs(SHIPPED, 8, 6), "Ampere consumer: PTX 8.0");
        assertTrue(CudaRuntime.runs(SHIPPED, 8, 9), "Ada: PTX 8.0");
        assertTrue(CudaRuntime.runs(SHIPPED, 9, 0), "Hopper: machine code");
        assertTrue(CudaRuntime.runs(SHIPPED, 12, 0), "Blackwell: PTX 9.0");
    }

    /**
     * The checks against this machine as it is (real driver library or none, real CUDA libraries or
     * none): on build machines without a GPU the answer is no, with the reason that fits.
     */
    @Test
    void checksTheRealDriverAndLibrariesOfThisMachine(@TempDir Path cache) {
        Properties p = new Properties();
        p.setProperty("cuda.version", "13.0");
        p.setProperty("cuda.runtime", "libcudart.so.13 libcublasLt.so.13 libcublas.so.13");
        p.setProperty("cuda.driver.min", "13000");
        p.setProperty("cuda.archs", SHIPPED);
        CudaRuntime.Status s = CudaRuntime.check(p, getClass().getClassLoader(), List.of(cache));
        System.out.println("this machine: " + (s.usable() ? "usable " + s.devices() : s.reason()) + "; found " + s.libraries());
        boolean driver;
        try {
            SymbolLookup.libraryLookup("libcuda.so.1", Arena.ofAuto());
            driver = true;
        } catch (IllegalArgumentException e) {
            driver = false;
        }
        if (!driver) {
            assertFalse(s.usable());
            assertTrue(s.reason().contains("no NVIDIA driver (libcuda.so.1"), s.reason());
        } else if (!s.usable()) {
            // A driver library without a GPU (Debian's nvidia-cuda-toolkit installs one), or an old one.
            assertTrue(s.reason().contains("NVIDIA driver") || s.reason().contains("runtime libraries"), s.reason());
        }
        if (!s.usable()) assertTrue(s.devices().isEmpty());
        assertTrue(s.libraries().keySet().stream().allMatch(k -> k.startsWith("libcu")), s.libraries().toString());
    }

    @Test
    void aJarWithoutItsRuntimeListIsRefused(@TempDir Path cache) {
        CudaRuntime.Status s = CudaRuntime.check(new Properties(), getClass().getClassLoader(), List.of(cache));
        assertFalse(s.usable());
        assertTrue(s.reason().contains("cuda.runtime"), s.reason());
    }

    @Test
    void machineCodeRunsOnItsMajorVersionOnly() {
        assertTrue(CudaRuntime.runs("86-real", 8, 6));
        assertTrue(CudaRuntime.runs("86-real", 8, 9));
        assertFalse(CudaRuntime.runs("86-real", 8, 0), "older minor");
        assertFalse(CudaRuntime.runs("86-real", 9, 0), "newer major needs PTX");
        assertTrue(CudaRuntime.runs("86", 9, 0), "no suffix: machine code and PTX");
    }

    @Test
    void architectureSpecificCodeRunsOnThatArchitectureAlone() {
        assertTrue(CudaRuntime.runs("120a-real", 12, 0));
        assertFalse(CudaRuntime.runs("120a-real", 12, 1));
        assertFalse(CudaRuntime.runs("90a-real", 10, 0));
        assertFalse(CudaRuntime.runs("", 9, 0));
        assertFalse(CudaRuntime.runs("native;garbage", 9, 0));
    }
}
