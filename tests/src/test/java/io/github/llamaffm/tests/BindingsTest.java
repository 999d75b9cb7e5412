package io.github.llamaffm.tests;

import io.github.llamaffm.Llama;
import io.github.llamaffm.bindings.ggml_log_callback;
import io.github.llamaffm.bindings.llama_batch;
import io.github.llamaffm.bindings.llama_context_params;
import io.github.llamaffm.bindings.llama_h;
import io.github.llamaffm.bindings.llama_model_params;
import io.github.llamaffm.bindings.llama_sampler_chain_params;
import io.github.llamaffm.bindings.mtmd_context_params;
import io.github.llamaffm.bindings.mtmd_helper_init_opt;
import io.github.llamaffm.bindings.mtmd_helper_video_init_params;
import io.github.llamaffm.internal.NativeLog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The generated bindings against the real libllama: layouts, downcalls, structs by value, upcalls. */
class BindingsTest {
    private static final String PKG = "io.github.llamaffm.bindings";

    @BeforeAll
    static void load() {
        Llama.load();
    }

    /**
     * libmtmd's structs returned by value, one nested in another: the values of
     * mtmd_context_params_default() and mtmd_helper_init_opt_default() in tools/mtmd of the pinned release.
     */
    @Test
    void mtmdStructsReturnedByValue() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment p = llama_h.mtmd_context_params_default(arena);
            assertEquals(mtmd_context_params.sizeof(), p.byteSize());
            MemorySegment marker = llama_h.mtmd_default_marker();
            assertEquals(marker.address(), mtmd_context_params.media_marker(p).address());
            assertEquals("<__media__>", marker.reinterpret(64).getString(0));
            assertEquals(MemorySegment.NULL, mtmd_context_params.image_marker(p));
            assertTrue(mtmd_context_params.use_gpu(p));
            assertTrue(mtmd_context_params.warmup(p));
            assertEquals(4, mtmd_context_params.n_threads(p));
            assertEquals(-1, mtmd_context_params.image_min_tokens(p));
            assertEquals(-1, mtmd_context_params.image_max_tokens(p));
            assertEquals(1024, mtmd_context_params.batch_max_tokens(p));
            assertEquals(llama_h.LLAMA_FLASH_ATTN_TYPE_AUTO(), mtmd_context_params.flash_attn_type(p));
            assertEquals(MemorySegment.NULL, mtmd_context_params.progress_callback(p));

            MemorySegment opt = llama_h.mtmd_helper_init_opt_default(arena);
            MemorySegment video = mtmd_helper_init_opt.video_params(opt);
            assertEquals(4.0f, mtmd_helper_video_init_params.fps_target(video));
            assertEquals(MemorySegment.NULL, mtmd_helper_video_init_params.ffmpeg_bin_dir(video));
            assertEquals(5000L, mtmd_helper_video_init_params.timestamp_interval_ms(video));
        }
    }

    @Test
    void contextDefaultParamsReadBackThroughEveryAccessor() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment p = llama_h.llama_context_default_params(arena);
            assertEquals(llama_context_params.sizeof(), p.byteSize());
            // The values of llama_context_default_params() in src/llama-context.cpp of the pinned release.
            assertEquals(512, llama_context_params.n_ctx(p));
            assertEquals(2048, llama_context_params.n_batch(p));
            assertEquals(512, llama_context_params.n_ubatch(p));
            assertEquals(1, llama_context_params.n_seq_max(p));
            assertEquals(0, llama_context_params.n_rs_seq(p));
            assertEquals(0, llama_context_params.n_outputs_max(p));
            assertEquals(1, llama_context_params.n_outputs_max_per_seq(p));
            assertEquals(llama_h.GGML_DEFAULT_N_THREADS(), llama_context_params.n_threads(p));
            assertEquals(llama_h.GGML_DEFAULT_N_THREADS(), llama_context_params.n_threads_batch(p));
            assertEquals(llama_h.LLAMA_CONTEXT_TYPE_DEFAULT(), llama_context_params.ctx_type(p));
            assertEquals(llama_h.LLAMA_ROPE_SCALING_TYPE_UNSPECIFIED(), llama_context_params.rope_scaling_type(p));
            assertEquals(llama_h.LLAMA_POOLING_TYPE_UNSPECIFIED(), llama_context_params.pooling_type(p));
            assertEquals(llama_h.LLAMA_ATTENTION_TYPE_UNSPECIFIED(), llama_context_params.attention_type(p));
            assertEquals(llama_h.LLAMA_FLASH_ATTN_TYPE_AUTO(), llama_context_params.flash_attn_type(p));
            assertEquals(0.0f, llama_context_params.rope_freq_base(p));
            assertEquals(0.0f, llama_context_params.rope_freq_scale(p));
            assertEquals(-1.0f, llama_context_params.yarn_ext_factor(p));
            assertEquals(-1.0f, llama_context_params.yarn_attn_factor(p));
            assertEquals(-1.0f, llama_context_params.yarn_beta_fast(p));
            assertEquals(-1.0f, llama_context_params.yarn_beta_slow(p));
            assertEquals(0, llama_context_params.yarn_orig_ctx(p));
            assertEquals(-1.0f, llama_context_params.defrag_thold(p));
            assertEquals(MemorySegment.NULL, llama_context_params.cb_eval(p));
            assertEquals(MemorySegment.NULL, llama_context_params.cb_eval_user_data(p));
            assertEquals(llama_h.GGML_TYPE_F16(), llama_context_params.type_k(p));
            assertEquals(llama_h.GGML_TYPE_F16(), llama_context_params.type_v(p));
            assertEquals(MemorySegment.NULL, llama_context_params.abort_callback(p));
            assertEquals(MemorySegment.NULL, llama_context_params.abort_callback_data(p));
            assertFalse(llama_context_params.embeddings(p));
            assertTrue(llama_context_params.offload_kqv(p));
            assertTrue(llama_context_params.no_perf(p));
            assertTrue(llama_context_params.op_offload(p));
            assertTrue(llama_context_params.swa_full(p));
            assertFalse(llama_context_params.kv_unified(p));
            assertEquals(MemorySegment.NULL, llama_context_params.samplers(p));
            assertEquals(0L, llama_context_params.n_samplers(p));
            assertEquals(MemorySegment.NULL, llama_context_params.ctx_other(p));
        }
    }

    @Test
    void modelAndSamplerDefaultParamsByValue() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment m = llama_h.llama_model_default_params(arena);
            assertEquals(-1, llama_model_params.n_gpu_layers(m));
            assertEquals(llama_h.LLAMA_SPLIT_MODE_LAYER(), llama_model_params.split_mode(m));
            assertEquals(0, llama_model_params.main_gpu(m));
            assertFalse(llama_model_params.vocab_only(m));
            assertFalse(llama_model_params.check_tensors(m));
            assertEquals(MemorySegment.NULL, llama_model_params.progress_callback(m));
            MemorySegment s = llama_h.llama_sampler_chain_default_params(arena);
            assertTrue(llama_sampler_chain_params.no_perf(s));
            // A struct passed by value: the chain takes its params and gives back a working sampler.
            llama_sampler_chain_params.no_perf(s, false);
            MemorySegment chain = llama_h.llama_sampler_chain_init(s);
            assertFalse(chain.equals(MemorySegment.NULL));
            llama_h.llama_sampler_chain_add(chain, llama_h.llama_sampler_init_greedy());
            assertEquals(1, llama_h.llama_sampler_chain_n(chain));
            assertEquals("chain", llama_h.llama_sampler_name(chain).getString(0));
            llama_h.llama_sampler_free(chain);
        }
    }

    @Test
    void structReturnedByValueCarriesItsFields() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment tokens = arena.allocateFrom(ValueLayout.JAVA_INT, 11, 22, 33);
            MemorySegment batch = llama_h.llama_batch_get_one(arena, tokens, 3);
            assertEquals(3, llama_batch.n_tokens(batch));
            assertEquals(tokens.address(), llama_batch.token(batch).address());
            assertEquals(MemorySegment.NULL, llama_batch.embd(batch));
            // A heap-allocated batch: llama_batch_init allocates its arrays in C.
            MemorySegment owned = llama_h.llama_batch_init(arena, 8, 0, 2);
            assertFalse(llama_batch.token(owned).equals(MemorySegment.NULL));
            assertFalse(llama_batch.seq_id(owned).equals(MemorySegment.NULL));
            llama_h.llama_batch_free(owned);
        }
    }

    @Test
    void downcallsReturnWhatTheLibrarySays() {
        assertTrue(llama_h.llama_max_devices() >= 1);
        assertEquals("0.5.0", llama_h.llama_version().getString(0));
        assertTrue(llama_h.llama_time_us() > 0);
        assertEquals("q4_0", llama_h.ggml_type_name(llama_h.GGML_TYPE_Q4_0()).getString(0));
        assertEquals(32, llama_h.ggml_blck_size(llama_h.GGML_TYPE_Q4_0()));
        assertEquals(18, llama_h.ggml_type_size(llama_h.GGML_TYPE_Q4_0()));
        assertTrue(llama_h.llama_supports_mmap());
        assertEquals(0xFFFFFFFF, llama_h.LLAMA_DEFAULT_SEED());
        assertEquals(-1, llama_h.LLAMA_TOKEN_NULL());
    }

    @Test
    void upcallReceivesTheLibrarysLog(@TempDir Path dir) throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        try (Arena arena = Arena.ofShared()) {
            MemorySegment cb = ggml_log_callback.allocate((level, text, user) -> {
                try {
                    seen.add(level + ":" + text.getString(0));
                } catch (Throwable t) {
                    // never let an exception reach C
                }
            }, arena);
            llama_h.llama_log_set(cb, MemorySegment.NULL);
            try {
                Path bogus = Files.writeString(dir.resolve("not-a-model.gguf"), "this is not GGUF");
                MemorySegment model = llama_h.llama_model_load_from_file(arena.allocateFrom(bogus.toString()),
                        llama_h.llama_model_default_params(arena));
                assertEquals(MemorySegment.NULL, model);
            } finally {
                llama_h.llama_log_set(NativeLog.callback(), MemorySegment.NULL);
            }
        }
        assertTrue(seen.stream().anyMatch(s -> s.startsWith(llama_h.GGML_LOG_LEVEL_ERROR() + ":")), seen.toString());
    }

    /** Every non-deprecated LLAMA_API function of llama.h has a wrapper, a $handle and an $address. */
    @Test
    void everyNonDeprecatedLlamaFunctionIsBound() throws Exception {
        String header = Files.readString(NativeSource.root().resolve("include/llama.h"));
        header = header.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "")
                .replaceAll("(?m)^\\s*#(?:[^\n]*\\\\\n)*[^\n]*", ""); // preprocessor lines, with continuations
        Set<String> declared = new TreeSet<>();
        Set<String> deprecated = new TreeSet<>();
        Matcher m = Pattern.compile("LLAMA_API[^;{]*?\\b(\\w+)\\s*\\(").matcher(header);
        while (m.find()) declared.add(m.group(1));
        // Both spellings: DEPRECATED(LLAMA_API int f(...), "hint") and LLAMA_API DEPRECATED(int f(...), "hint").
        Matcher d = Pattern.compile("DEPRECATED\\(\\s*(?:LLAMA_API)?[^;{]*?\\b(\\w+)\\s*\\(").matcher(header);
        while (d.find()) deprecated.add(d.group(1));
        deprecated.add("DEPRECATED");
        declared.removeAll(deprecated);
        assertTrue(declared.size() > 150, "parsed " + declared.size() + " functions from llama.h");
        Set<String> bound = Arrays.stream(llama_h.class.getMethods()).filter(x -> Modifier.isStatic(x.getModifiers()))
                .map(Method::getName).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        for (String f : declared) {
            if (!bound.contains(f) || !bound.contains(f + "$handle") || !bound.contains(f + "$address")) missing.add(f);
        }
        assertEquals(List.of(), missing, "llama.h functions without bindings");
    }

    /**
     * Sizes and field offsets of every generated struct equal what gcc (an independent compiler,
     * not the libclang the generator uses) computes for the same headers.
     */
    @Test
    void layoutsAgreeWithGcc(@TempDir Path dir) throws Exception {
        assumeTrue(Stream.of("/usr/bin/gcc", "/usr/local/bin/gcc").anyMatch(p -> Files.isExecutable(Path.of(p))),
                "gcc not installed: layout cross-check skipped");
        Path root = NativeSource.root();
        StringBuilder headers = new StringBuilder();
        for (Path d : List.of(root.resolve("include"), root.resolve("ggml/include"), root.resolve("tools/mtmd"))) {
            try (Stream<Path> s = Files.list(d)) {
                for (Path h : s.filter(h -> h.toString().endsWith(".h")).toList()) headers.append(Files.readString(h));
            }
        }
        Map<String, Long> expected = new LinkedHashMap<>();
        StringBuilder c = new StringBuilder("#include \"llama.h\"\n#include \"ggml-rpc.h\"\n#include \"mtmd.h\"\n#include \"mtmd-helper.h\"\n#include <stdio.h>\n#include <stddef.h>\nint main(void) {\n");
        for (Class<?> k : generatedStructs()) {
            String s = k.getSimpleName();
            // C: a tagged struct is "struct s"; a typedef of an anonymous one is just its name.
            String type = Pattern.compile("(struct|union)\\s+" + s + "\\s*\\{").matcher(headers).find() ? "struct " + s : s;
            if (type.startsWith("struct ") && Pattern.compile("union\\s+" + s + "\\s*\\{").matcher(headers).find()) type = "union " + s;
            expected.put(s, (Long) k.getMethod("sizeof").invoke(null));
            c.append("  printf(\"").append(s).append(" %zu\\n\", sizeof(").append(type).append("));\n");
            for (Method f : k.getMethods()) {
                if (!f.getName().endsWith("$offset")) continue;
                String field = f.getName().substring(0, f.getName().length() - 7);
                String cField = field.endsWith("_") && !field.equals("_") ? field.substring(0, field.length() - 1) : field;
                expected.put(s + "." + cField, (Long) f.invoke(null));
                c.append("  printf(\"").append(s).append('.').append(cField).append(" %zu\\n\", offsetof(")
                        .append(type).append(", ").append(cField).append("));\n");
            }
        }
        c.append("  return 0;\n}\n");
        Path src = Files.writeString(dir.resolve("layouts.c"), c);
        Process cc = new ProcessBuilder("gcc", "-std=c11", "-w", "-I", root.resolve("include").toString(), "-I",
                root.resolve("ggml/include").toString(), "-I", root.resolve("tools/mtmd").toString(), src.toString(), "-o", dir.resolve("layouts").toString())
                .redirectErrorStream(true).start();
        String ccOut = new String(cc.getInputStream().readAllBytes());
        assertTrue(cc.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, cc.exitValue(), ccOut);
        Process run = new ProcessBuilder(dir.resolve("layouts").toString()).start();
        Map<String, Long> actual = new LinkedHashMap<>();
        for (String line : new String(run.getInputStream().readAllBytes()).split("\n")) {
            String[] p = line.split(" ");
            actual.put(p[0], Long.parseLong(p[1]));
        }
        assertEquals(0, run.waitFor());
        assertEquals(expected, actual);
        assertTrue(expected.size() > 200, "checked " + expected.size() + " sizes and offsets");
    }

    private static List<Class<?>> generatedStructs() throws Exception {
        Path jar = Path.of(llama_h.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(jar)) {
            try (Stream<Path> s = Files.list(jar.resolve(PKG.replace('.', '/')))) {
                s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".class") && !n.contains("$"))
                        .forEach(n -> names.add(n.substring(0, n.length() - 6)));
            }
        } else {
            try (var jf = new java.util.jar.JarFile(jar.toFile())) {
                jf.stream().map(java.util.jar.JarEntry::getName)
                        .filter(n -> n.startsWith(PKG.replace('.', '/') + "/") && n.endsWith(".class") && !n.contains("$"))
                        .forEach(n -> names.add(n.substring(n.lastIndexOf('/') + 1, n.length() - 6)));
            }
        }
        List<Class<?>> structs = new ArrayList<>();
        for (String n : names.stream().sorted().toList()) {
            Class<?> k = Class.forName(PKG + "." + n);
            try {
                k.getMethod("sizeof");
                structs.add(k);
            } catch (NoSuchMethodException notAStruct) {
                // header classes and callbacks
            }
        }
        return structs;
    }
}
