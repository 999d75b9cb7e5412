package io.github.llamaffm.bindgen;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The committed bindings are exactly what the generator makes from the pinned headers: a hand edit
 * or a forgotten {@code make bindings} fails here.
 */
class RegenerationTest {
    private static Path bindingsDir;
    private static Path source;
    private static String version;

    @BeforeAll
    static void locate() throws Exception {
        // Not a skip: without libclang this check would silently run nothing. scripts/setup-deps
        // (run by make test) installs it.
        assertNotNull(Clang.findLibclang(), "libclang not found, so the committed bindings cannot be checked: "
                + "run scripts/setup-deps (or apt-get install libclang-14-dev), or set LIBCLANG=/path/to/libclang.so");
        bindingsDir = Path.of(System.getProperty("bindings.dir"));
        Path nativeDir = Path.of(System.getProperty("native.dir"));
        Process p = new ProcessBuilder("bash", nativeDir.resolve("fetch-source.sh").toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor(), "fetching the llama.cpp source failed");
        source = Path.of(out);
        version = Files.readAllLines(nativeDir.resolve("llama.cpp.version")).stream()
                .filter(l -> l.startsWith("LLAMA_CPP_VERSION=")).findFirst().orElseThrow().substring(18);
    }

    @Test
    void committedBindingsEqualAFreshGeneration() throws IOException {
        Map<String, String> fresh;
        try (Clang clang = Clang.open(Clang.findLibclang())) {
            fresh = Main.generate(clang, source, Filter.read(bindingsDir.resolve("includes.txt")),
                    "io.github.llamaffm.bindings", "llama_h", version, null).files();
        }
        Path committedDir = bindingsDir.resolve("src/main/java/io/github/llamaffm/bindings");
        Map<String, String> committed = new TreeMap<>();
        try (Stream<Path> s = Files.list(committedDir)) {
            for (Path f : s.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = f.getFileName().toString();
                committed.put(name.substring(0, name.length() - 5), Files.readString(f));
            }
        }
        assertEquals(new TreeMap<>(fresh).keySet(), committed.keySet(), "generated file set differs: run 'make bindings'");
        for (var e : fresh.entrySet()) {
            if (!e.getValue().equals(committed.get(e.getKey()))) {
                fail(e.getKey() + ".java differs from a fresh generation: never edit generated code, run 'make bindings'");
            }
        }
        assertTrue(committed.get("llama_h").startsWith("// Generated from "), "banner");
    }

    /**
     * A function of ggml-cpu.h or ggml-rpc.h lives in a backend module loaded at run time, not in a
     * library the loader binds: its wrapper would always throw UnsatisfiedLinkError, so the
     * generator refuses a filter that names one (and the committed filter, above, names none).
     */
    @Test
    void functionsOfBackendModulesAreRefused() throws IOException {
        Filter filter = new Filter(new LinkedHashSet<>(List.of("llama_version", "ggml_graph_compute",
                "ggml_backend_rpc_add_server")), new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>());
        IllegalArgumentException e;
        try (Clang clang = Clang.open(Clang.findLibclang())) {
            e = assertThrows(IllegalArgumentException.class, () -> Main.generate(clang, source, filter,
                    "io.github.llamaffm.bindings", "llama_h", version, null));
        }
        assertTrue(e.getMessage().contains("ggml_graph_compute (ggml-cpu.h)"), e.getMessage());
        assertTrue(e.getMessage().contains("ggml_backend_rpc_add_server (ggml-rpc.h)"), e.getMessage());
        assertTrue(!e.getMessage().contains("llama_version"), e.getMessage());
        assertEquals(Set.of("ggml-cpu.h", "ggml-rpc.h"), Main.BACKEND_MODULE_HEADERS);
    }
}
