package io.github.llamaffm.internal;

import io.github.llamaffm.Device;
import io.github.llamaffm.bindings.llama_h;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** What the loaded native runtime says about itself: version, system info, devices. */
public final class RuntimeInfo {
    private RuntimeInfo() {}

    /** llama.cpp's version string. */
    public static String version() {
        NativeLoader.libraries();
        return string(llama_h.llama_version());
    }

    /** llama.cpp's {@code llama_print_system_info()}, stripped. */
    public static String systemInfo() {
        NativeLoader.libraries();
        return string(llama_h.llama_print_system_info()).strip();
    }

    /**
     * The compute devices ggml registered.
     *
     * @param backendLibrary the library a backend was loaded from, by backend name
     * @return the devices, in ggml's order
     */
    public static List<Device> devices(Function<String, Optional<Path>> backendLibrary) {
        NativeLoader.libraries();
        long n = llama_h.ggml_backend_dev_count();
        List<Device> out = new ArrayList<>();
        Device.Type[] types = Device.Type.values();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment free = arena.allocate(ValueLayout.JAVA_LONG);
            MemorySegment total = arena.allocate(ValueLayout.JAVA_LONG);
            for (long i = 0; i < n; i++) {
                MemorySegment dev = llama_h.ggml_backend_dev_get(i);
                int t = llama_h.ggml_backend_dev_type(dev);
                llama_h.ggml_backend_dev_memory(dev, free, total);
                String backend = string(llama_h.ggml_backend_reg_name(llama_h.ggml_backend_dev_backend_reg(dev)));
                out.add(new Device(string(llama_h.ggml_backend_dev_name(dev)), string(llama_h.ggml_backend_dev_description(dev)),
                        t >= 0 && t < types.length - 1 ? types[t] : Device.Type.OTHER, backend, backendLibrary.apply(backend),
                        free.get(ValueLayout.JAVA_LONG, 0), total.get(ValueLayout.JAVA_LONG, 0)));
            }
        }
        return List.copyOf(out);
    }

    private static String string(MemorySegment cString) {
        return cString.equals(MemorySegment.NULL) ? "" : cString.getString(0);
    }
}
