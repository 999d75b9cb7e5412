package io.github.llamaffm;

import org.junit.jupiter.api.Test;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packages of the API depend on each other one way: {@code chat}, {@code json},
 * {@code gguf} and {@code speculative} may use the root package, never the other way round, and not each other in a
 * cycle; the pure GGUF reader and writer ({@code gguf}) use nothing else of the project. Read from
 * the compiled classes (every class name in their constant pools: class references and type
 * descriptors), so Javadoc links do not count.
 */
class PackageDependencyTest {
    private static final String ROOT = "io/github/llamaffm";
    private static final Pattern CLASS_NAME = Pattern.compile("io/github/llamaffm((?:/[a-z][a-z0-9_]*)*)/[A-Z][A-Za-z0-9_$]*");

    /** Package (short name, "" for the root) to the packages its classes reference. */
    private static Map<String, Set<String>> graph() throws IOException {
        Path classes = Path.of("target", "classes", ROOT);
        assertTrue(Files.isDirectory(classes), "compiled classes at " + classes.toAbsolutePath());
        Map<String, Set<String>> deps = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(classes)) {
            files = s.filter(p -> p.toString().endsWith(".class")).toList();
        }
        for (Path f : files) {
            String self = Path.of("target", "classes").relativize(f).toString().replace('\\', '/');
            String from = shortPackage(self.substring(0, self.lastIndexOf('/')));
            Set<String> to = deps.computeIfAbsent(from, k -> new TreeSet<>());
            for (String text : constantPoolStrings(f)) {
                Matcher m = CLASS_NAME.matcher(text);
                while (m.find()) {
                    String p = shortPackage(ROOT + m.group(1));
                    if (!p.equals(from)) to.add(p);
                }
            }
        }
        assertFalse(deps.isEmpty());
        return deps;
    }

    /** "io/github/llamaffm/chat" to "chat", the root package to "". */
    private static String shortPackage(String pkg) {
        return pkg.equals(ROOT) ? "" : pkg.substring(ROOT.length() + 1);
    }

    /** The UTF-8 entries of a class file's constant pool (JVMS 4.4). */
    private static List<String> constantPoolStrings(Path classFile) throws IOException {
        List<String> out = new ArrayList<>();
        try (DataInputStream in = new DataInputStream(Files.newInputStream(classFile))) {
            if (in.readInt() != 0xCAFEBABE) throw new IOException("not a class file: " + classFile);
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> out.add(in.readUTF());
                    case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
                    case 15 -> in.skipNBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                    case 5, 6 -> {
                        in.skipNBytes(8);
                        i++; // takes two slots
                    }
                    default -> throw new IOException("constant pool tag " + tag + " in " + classFile);
                }
            }
        }
        return out;
    }

    @Test
    void featurePackagesDependOnTheRootOneWay() throws IOException {
        Map<String, Set<String>> g = graph();
        List<String> cycles = new ArrayList<>();
        for (String p : List.of("chat", "json", "gguf", "speculative")) {
            if (g.getOrDefault("", Set.of()).contains(p)) cycles.add("the root package uses " + p + " " + g.get(""));
            for (String q : List.of("chat", "json", "gguf", "speculative")) {
                if (!p.equals(q) && g.getOrDefault(p, Set.of()).contains(q) && g.getOrDefault(q, Set.of()).contains(p)) {
                    cycles.add(p + " and " + q + " use each other");
                }
            }
        }
        assertEquals(List.of(), cycles, "package graph: " + g);
    }

    @Test
    void theGgufReaderAndWriterUseNothingNative() throws IOException {
        Set<String> gguf = graph().getOrDefault("gguf", Set.of());
        assertFalse(gguf.contains("internal") || gguf.contains("bindings"), "gguf uses " + gguf);
    }

    @Test
    void theGgufPackageStandsAlone() throws IOException {
        // A pure GGUF reader and writer: not even the root package (its format error is an IOException).
        assertEquals(Set.of(), graph().getOrDefault("gguf", Set.of()), "gguf uses other packages of the project");
    }

    @Test
    void onlyTheInternalPackageCallsTheBindings() throws IOException {
        Path classes = Path.of("target", "classes", ROOT);
        List<String> callers = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(classes)) {
            files = s.filter(p -> p.toString().endsWith(".class")).toList();
        }
        for (Path f : files) {
            String name = classes.relativize(f).toString().replace('\\', '/');
            if (name.startsWith("internal/")) continue;
            if (constantPoolStrings(f).stream().anyMatch(t -> t.contains("io/github/llamaffm/bindings/"))) callers.add(name);
        }
        assertFalse(files.isEmpty());
        assertEquals(List.of(), callers, "classes outside internal that use the bindings");
    }

    @Test
    void theGraphIsReadFromRealClasses() throws IOException {
        // The test can fail: chat really uses the root package (ChatSession runs on a LlamaContext).
        assertTrue(graph().get("chat").contains(""), graph().toString());
    }
}
