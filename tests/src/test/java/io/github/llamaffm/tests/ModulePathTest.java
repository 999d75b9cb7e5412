package io.github.llamaffm.tests;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API as a named module: an application module compiled here against the built jars on the
 * module path, run in a fresh JVM with the module-path flags docs/JPMS.md gives. It writes a tiny
 * model with the test kit (a module too), loads it (the natives come from the natives jar, an
 * automatic module), tokenizes, generates, renders a chat template and reads a record from JSON;
 * {@code internal} and the bindings stay closed to it.
 */
class ModulePathTest {
    private static final String NATIVE_ACCESS = "--enable-native-access=io.github.llamaffm,io.github.llamaffm.bindings";

    private static final String MODULE_INFO = """
            module llamaffm.probe {
                requires io.github.llamaffm;
                requires io.github.llamaffm.testkit;
                exports probe.data to io.github.llamaffm;
            }
            """;

    private static final String POINT = """
            package probe.data;

            public record Point(int x, int y) {}
            """;

    private static final String MAIN = """
            package probe;

            import io.github.llamaffm.ContextParams;
            import io.github.llamaffm.GenerateParams;
            import io.github.llamaffm.Llama;
            import io.github.llamaffm.LlamaContext;
            import io.github.llamaffm.LlamaModel;
            import io.github.llamaffm.Sampler;
            import io.github.llamaffm.SpecialTokens;
            import io.github.llamaffm.Token;
            import io.github.llamaffm.chat.ChatMessage;
            import io.github.llamaffm.chat.ChatTemplate;
            import io.github.llamaffm.testkit.RandomLlamaModel;
            import io.github.llamaffm.json.StructuredOutput;

            import java.nio.file.Path;
            import java.util.List;

            public class Main {
                public record Hidden(int a) {}

                public static void main(String[] args) throws Exception {
                    Path model = Path.of(args[1]);
                    RandomLlamaModel.tiny().vocabulary(Path.of(args[0])).seed(1234).build().write(model);
                    System.out.println("module=" + Main.class.getModule().getName());
                    System.out.println("api.module=" + Llama.class.getModule().getName());
                    System.out.println("version=" + Llama.version());
                    try (LlamaModel m = LlamaModel.load(model);
                         LlamaContext ctx = m.newContext(ContextParams.builder().contextSize(256).threads(1).build())) {
                        int[] ids = m.vocab().tokenize("Hello world", SpecialTokens.ADD);
                        System.out.println("tokens=" + ids.length);
                        System.out.println("detokenized=" + m.vocab().detokenize(ids));
                        GenerateParams gp = GenerateParams.builder().maxTokens(4).sampler(Sampler.greedy()).build();
                        int n = 0;
                        for (Token t : ctx.generate("Hello world", gp)) n++;
                        System.out.println("generated=" + n);
                    }
                    System.out.println("chat=" + ChatTemplate.of("{% for m in messages %}<{{ m.role }}>{{ m.content | upper }}{% endfor %}"
                            + "{% if add_generation_prompt %}<assistant>{% endif %}").render(List.of(new ChatMessage("user", "hi")), true));
                    System.out.println("record.exported=" + StructuredOutput.read("{\\"x\\":1,\\"y\\":2}", probe.data.Point.class));
                    try {
                        System.out.println("record.hidden=" + StructuredOutput.read("{\\"a\\":3}", Hidden.class));
                    } catch (IllegalArgumentException e) {
                        System.out.println("record.hidden=" + e.getMessage());
                    }
                    try {
                        Class<?> c = Class.forName("io.github.llamaffm.internal.Native");
                        c.getDeclaredMethods()[0].setAccessible(true);
                        System.out.println("internal=accessible");
                    } catch (RuntimeException e) {
                        System.out.println("internal=" + e.getClass().getName());
                    }
                    System.out.println("natives.module=" + ModuleLayer.boot().modules().stream().map(Module::getName)
                            .filter(n -> n.startsWith("io.github.llamaffm.natives")).sorted().toList());
                    System.out.println("done=true");
                }
            }
            """;

    private static String modulePath;

    @BeforeAll
    static void locate() throws IOException {
        Path file = Path.of(System.getProperty("llama.ffm.runtime.path"));
        assertTrue(Files.isRegularFile(file), "the API's runtime path was not written: " + file);
        modulePath = Files.readString(file).strip();
        List<String> entries = List.of(modulePath.split(File.pathSeparator));
        assertTrue(entries.stream().anyMatch(e -> e.contains("slf4j-api")), "slf4j-api is not on the runtime path: " + modulePath);
    }

    private static String compile(Path src, Path out, Map<String, String> files, boolean expectSuccess) throws IOException {
        List<String> args = new ArrayList<>(List.of("-d", out.toString(), "--module-path", modulePath, "-Xlint:none"));
        for (var e : files.entrySet()) {
            Path f = src.resolve(e.getKey());
            Files.createDirectories(f.getParent());
            Files.writeString(f, e.getValue());
            args.add(f.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "no system Java compiler (a JRE instead of a JDK?)");
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int rc = javac.run(null, diagnostics, diagnostics, args.toArray(String[]::new));
        String text = diagnostics.toString(StandardCharsets.UTF_8);
        if (expectSuccess) assertEquals(0, rc, "javac failed:\n" + text);
        else assertNotEquals(0, rc, "javac accepted what the modules must refuse:\n" + text);
        return text;
    }

    @Test
    void applicationModuleLoadsGeneratesAndRendersOnTheModulePath(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        compile(dir.resolve("src"), out, Map.of(
                "module-info.java", MODULE_INFO,
                "probe/data/Point.java", POINT,
                "probe/Main.java", MAIN), true);

        Path vocab = NativeSource.root().resolve("models/ggml-vocab-llama-bpe.gguf");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                NATIVE_ACCESS,
                // Resolves the natives jar (an automatic module that nothing requires).
                "--add-modules", "ALL-MODULE-PATH",
                "--module-path", modulePath + File.pathSeparator + out,
                "-m", "llamaffm.probe/probe.Main",
                vocab.toString(), dir.resolve("tiny.gguf").toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("LLAMA_FFM_LIBRARY_PATH");
        pb.environment().remove("LLAMA_FFM_CACHE");
        Jvm.Result r = Jvm.finish(pb.start());
        String output = r.output();
        assertEquals(0, r.exit(), output);
        Map<String, String> v = r.values();
        assertEquals("true", v.get("done"), output);
        assertEquals("llamaffm.probe", v.get("module"), output);
        assertEquals("io.github.llamaffm", v.get("api.module"), output);
        assertFalse(v.get("version").isBlank(), output);
        assertTrue(Integer.parseInt(v.get("tokens")) > 0, output);
        assertEquals("Hello world", v.get("detokenized"), output);
        int generated = Integer.parseInt(v.get("generated"));
        assertTrue(generated >= 1 && generated <= 4, output);
        assertEquals("<user>HI<assistant>", v.get("chat"), output);
        assertEquals("Point[x=1, y=2]", v.get("record.exported"), output);
        // A record in a package the application keeps to itself cannot be built by the API, and
        // the message says what to export.
        assertTrue(v.get("record.hidden").contains("does not \"exports probe\" to module io.github.llamaffm"), output);
        assertEquals("java.lang.reflect.InaccessibleObjectException", v.get("internal"), output);
        assertEquals("[io.github.llamaffm.natives.linux_x86_64]", v.get("natives.module"), output);
        assertFalse(output.contains("restricted method"), "native access warning:\n" + output);
        assertFalse(output.contains("--enable-native-access"), "native access warning:\n" + output);
    }

    @Test
    void nativesJarIsAnAutomaticModuleNamedAfterItsPlatform() {
        Path jar = Path.of(System.getProperty("llama.ffm.natives.jar"));
        var modules = ModuleFinder.of(jar).findAll();
        assertEquals(1, modules.size(), modules.toString());
        ModuleDescriptor d = modules.iterator().next().descriptor();
        assertEquals("io.github.llamaffm.natives.linux_x86_64", d.name());
        assertTrue(d.isAutomatic());
        // Only resources in folders that are no package names: nothing to export or open.
        assertEquals(Set.of(), d.packages());
    }

    @Test
    void internalAndBindingsPackagesAreNotVisibleToApplications(@TempDir Path dir) throws Exception {
        String diagnostics = compile(dir.resolve("src"), dir.resolve("out"), Map.of(
                "module-info.java", """
                        module llamaffm.intruder {
                            requires io.github.llamaffm;
                            requires io.github.llamaffm.bindings;
                        }
                        """,
                "intruder/Main.java", """
                        package intruder;

                        public class Main {
                            Object internal = io.github.llamaffm.internal.Native.class;
                            Object bindings = io.github.llamaffm.bindings.llama_h.class;
                        }
                        """), false);
        assertTrue(diagnostics.contains("package io.github.llamaffm.internal is not visible"), diagnostics);
        assertTrue(diagnostics.contains("package io.github.llamaffm.bindings is not visible"), diagnostics);
    }
}
