package io.github.llamaffm.tests;

import io.github.llamaffm.Llama;
import io.github.llamaffm.bindings.llama_h;
import io.github.llamaffm.internal.NativeLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every function the bindings generate can be linked: it is a defined dynamic symbol of the
 * libraries the loader binds (libggml-base, libggml, libllama, libmtmd). Functions of ggml-cpu.h and
 * ggml-rpc.h live in backend modules that ggml loads at run time (libggml-cpu-&lt;variant&gt;.so,
 * libggml-rpc.so); a wrapper for one would always throw UnsatisfiedLinkError, so none is
 * generated (bindings/includes.txt, the generator's BACKEND_MODULE_HEADERS) and this keeps it so.
 */
class GeneratedSymbolsTest {
    private static final Set<String> BOUND = Set.of("ggml-base", "ggml", "llama", "mtmd");

    @BeforeAll
    static void load() {
        Llama.load();
    }

    /** The C functions with a generated wrapper: those with a static no-argument {@code name$address()}. */
    private static Set<String> generatedFunctions() {
        Set<String> names = new TreeSet<>();
        for (Method m : llama_h.class.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0 && m.getName().endsWith("$address")
                    && m.getReturnType() == MemorySegment.class) {
                names.add(m.getName().substring(0, m.getName().length() - "$address".length()));
            }
        }
        assertTrue(names.size() > 300, "found " + names.size() + " generated functions");
        return names;
    }

    /** {@code libggml-base.so.0} → {@code ggml-base}. */
    private static String libraryName(Path lib) {
        String f = lib.getFileName().toString();
        if (f.startsWith("lib")) f = f.substring(3);
        int so = f.indexOf(".so");
        return so >= 0 ? f.substring(0, so) : f;
    }

    /** The functions {@code lib} exports, by {@code nm -D --defined-only}. */
    private static Set<String> definedFunctions(Path lib) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("nm", "-D", "--defined-only", lib.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "nm timed out on " + lib);
        assertEquals(0, p.exitValue(), "nm " + lib + ": " + out);
        Set<String> names = new TreeSet<>();
        for (String line : out.split("\n")) {
            String[] f = line.strip().split("\\s+");
            if (f.length == 3 && Set.of("T", "W", "i").contains(f[1])) {
                int at = f[2].indexOf('@');
                names.add(at >= 0 ? f[2].substring(0, at) : f[2]);
            }
        }
        return names;
    }

    private static boolean nmInstalled() {
        return Stream.of("/usr/bin/nm", "/usr/local/bin/nm").anyMatch(p -> Files.isExecutable(Path.of(p)));
    }

    @Test
    void everyGeneratedFunctionIsADefinedSymbolOfTheBoundLibraries() throws Exception {
        assumeTrue(nmInstalled(), "nm (binutils) not installed: export check skipped");
        List<Path> libs = NativeLoader.libraries().libraries();
        Set<String> bound = new TreeSet<>();
        for (Path lib : libs) bound.add(libraryName(lib));
        assertTrue(BOUND.containsAll(bound) && bound.contains("llama"), "the loader binds " + libs);
        Set<String> exported = new TreeSet<>();
        for (Path lib : libs) exported.addAll(definedFunctions(lib));
        Set<String> missing = new TreeSet<>(generatedFunctions());
        missing.removeAll(exported);
        assertEquals(Set.of(), missing, "generated functions that " + libs + " do not export (backend-module"
                + " functions? resolve those through ggml_backend_reg_get_proc_address, and drop them from"
                + " bindings/includes.txt)");
    }

    /**
     * The check above is not vacuous: the CPU module beside the bound libraries defines what
     * ggml-cpu.h declares, and the bound libraries do not.
     */
    @Test
    void cpuFunctionsLiveInTheCpuModulesOnly() throws Exception {
        assumeTrue(nmInstalled(), "nm (binutils) not installed: export check skipped");
        NativeLoader.NativeLibraries loaded = NativeLoader.libraries();
        Path cpu;
        try (Stream<Path> s = Files.list(loaded.directory())) {
            cpu = s.filter(f -> f.getFileName().toString().startsWith("libggml-cpu-")
                    && f.getFileName().toString().contains(".so")).sorted().findFirst().orElse(null);
        }
        assumeTrue(cpu != null, "no libggml-cpu-<variant>.so beside " + loaded.libraries());
        assertTrue(definedFunctions(cpu).containsAll(Set.of("ggml_graph_compute", "ggml_threadpool_new", "ggml_cpu_has_avx")));
        for (Path lib : loaded.libraries()) {
            Set<String> d = definedFunctions(lib);
            assertFalse(d.contains("ggml_graph_compute") || d.contains("ggml_cpu_has_avx"), lib + " exports a ggml-cpu.h function");
        }
        Set<String> generated = generatedFunctions();
        assertFalse(generated.contains("ggml_graph_compute") || generated.contains("ggml_cpu_has_avx")
                || generated.contains("ggml_threadpool_new") || generated.contains("ggml_backend_rpc_add_server"),
                "a backend-module function is generated");
    }

    /** What a caller meets: every generated wrapper's {@code $address()} links through the loader's hook. */
    @Test
    void everyGeneratedFunctionLinks() throws Exception {
        List<String> unlinked = new ArrayList<>();
        for (String name : generatedFunctions()) {
            try {
                MemorySegment a = (MemorySegment) llama_h.class.getMethod(name + "$address").invoke(null);
                assertNotEquals(0L, a.address(), name);
            } catch (InvocationTargetException e) {
                unlinked.add(name + ": " + e.getCause());
            }
        }
        assertEquals(List.of(), unlinked);
    }
}
