package io.github.llamaffm.tests;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The macOS (Metal) build recipe, checked as far as Linux allows: every option of
 * {@code native/cmake-options-macos.txt} is one the pinned llama.cpp declares (a typo would be
 * ignored by CMake, silently), and the backend modules the loader hands to ggml are named as ggml
 * looks for them there. Building and running it needs a Mac: docs/METAL.md marks it untested.
 */
class MacRecipeTest {
    private static final Path OPTIONS = Path.of("..", "native", "cmake-options-macos.txt");
    /** CMake's own variables the recipe sets (not declared by llama.cpp). */
    private static final List<String> CMAKE_VARIABLES = List.of("CMAKE_INSTALL_RPATH", "CMAKE_MACOSX_RPATH");

    @Test
    void everyOptionExistsInThePinnedSource() throws IOException {
        String cmake = cmakeText(NativeSource.root());
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(OPTIONS)) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            Matcher m = Pattern.compile("^-D([A-Z0-9_]+)=(.+)$").matcher(line);
            assertTrue(m.matches(), "not a -DNAME=VALUE line: " + line);
            String name = m.group(1);
            names.add(name);
            if (CMAKE_VARIABLES.contains(name)) continue;
            assertTrue(Pattern.compile("option\\(\\s*" + name + "\\s").matcher(cmake).find()
                    || Pattern.compile("set\\s*\\(\\s*" + name + "\\s[^)]*CACHE").matcher(cmake).find(),
                    name + " is not an option of the pinned llama.cpp");
        }
        assertTrue(names.contains("GGML_METAL") && names.contains("GGML_METAL_EMBED_LIBRARY"), names.toString());
        assertEquals("@loader_path", Files.readAllLines(OPTIONS).stream().filter(l -> l.startsWith("-DCMAKE_INSTALL_RPATH="))
                .findFirst().orElseThrow().substring("-DCMAKE_INSTALL_RPATH=".length()));
    }

    @Test
    void backendModulesAreSoFilesOnMacOsToo() throws IOException {
        // ggml_backend_load_best looks for lib<name>-<variant>.so / lib<name>.so on every Unix, and
        // ggml builds backends as CMake MODULE libraries, whose suffix on macOS is .so as well.
        String reg = Files.readString(NativeSource.root().resolve("ggml/src/ggml-backend-reg.cpp"));
        Matcher ext = Pattern.compile("backend_filename_extension\\(\\)\\s*\\{(.*?)\\n\\}", Pattern.DOTALL).matcher(reg);
        assertTrue(ext.find(), "ggml-backend-reg.cpp has no backend_filename_extension()");
        assertTrue(ext.group(1).contains("\".so\"") && !ext.group(1).contains("dylib"), ext.group(1));
        String cmake = Files.readString(NativeSource.root().resolve("ggml/src/CMakeLists.txt"));
        assertTrue(cmake.contains("add_library(${backend} MODULE"), "backends are no longer MODULE libraries");
    }

    private static String cmakeText(Path root) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> s = Files.walk(root.resolve("ggml"))) {
            for (Path p : s.filter(f -> f.getFileName().toString().equals("CMakeLists.txt") || f.toString().endsWith(".cmake")).toList()) {
                sb.append(Files.readString(p)).append('\n');
            }
        }
        sb.append(Files.readString(root.resolve("CMakeLists.txt")));
        return sb.toString();
    }
}
