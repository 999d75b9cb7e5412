package io.github.llamaffm;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A compute device that ggml registered (a CPU, a GPU, an accelerator), as returned by
 * {@link Llama#devices()}. A snapshot: memory figures are those at the time of the call.
 *
 * @param name        ggml's device name, e.g. {@code CPU} or {@code CUDA0}
 * @param description the device's description, e.g. the CPU or GPU model
 * @param type        the kind of device
 * @param backend     the name of the backend that provides it, e.g. {@code CPU}
 * @param library     the backend library it was loaded from (for the CPU backend this names the
 *                    variant picked for this processor, e.g. {@code libggml-cpu-zen4.so}), if known
 * @param memoryFree  free memory in bytes, as the device reports it
 * @param memoryTotal total memory in bytes, as the device reports it
 */
public record Device(String name, String description, Type type, String backend, Optional<Path> library,
                     long memoryFree, long memoryTotal) {

    /** Kinds of device, after ggml's {@code ggml_backend_dev_type}. */
    public enum Type {
        /** A CPU using system memory. */
        CPU,
        /** A GPU with dedicated memory. */
        GPU,
        /** An integrated GPU using host memory. */
        IGPU,
        /** An accelerator used together with the CPU backend (e.g. BLAS, AMX). */
        ACCEL,
        /** A device type this version of llama-ffm does not know. */
        OTHER
    }
}
