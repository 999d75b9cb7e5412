package io.github.llamaffm.internal;

import org.junit.jupiter.api.Test;

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
