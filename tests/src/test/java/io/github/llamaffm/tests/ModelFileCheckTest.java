package io.github.llamaffm.tests;

import io.github.llamaffm.ContextParams;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.ModelLoadException;
import io.github.llamaffm.ModelParams;
import io.github.llamaffm.Sampler;
import io.github.llamaffm.gguf.GgmlType;
import io.github.llamaffm.gguf.GgufArray;
import io.github.llamaffm.gguf.GgufValue;
import io.github.llamaffm.gguf.GgufWriter;
import io.github.llamaffm.internal.ModelFileCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Model and adapter files that llama.cpp would answer with an assertion (killing the JVM) end in a
 * {@link ModelLoadException} naming the file, the key or tensor and the reason; real files pass.
 * Each case is a file written from a {@link ModelFuzzer} base model with one invariant broken, or a
 * fuzzer seed that once killed the JVM. {@link #abortOnALoaderThreadBecomesAnException} checks the
 * safety net with the check turned off, in a child JVM.
 */
class ModelFileCheckTest {
    private static final Path DIR = Path.of("target", "model-file-check");
    private static final ModelFuzzer FUZZER = new ModelFuzzer(DIR);

    /** A file from the llama-spm (or another) base model with its metadata and tensors changed. */
    private static Path file(String name, String vocab, GgmlType type, Consumer<Map<String, GgufValue>> meta,
                             Consumer<List<ModelFuzzer.Tensor>> tensors) throws IOException {
        ModelFuzzer.Base base = FUZZER.base(vocab, type);
        Map<String, GgufValue> m = new LinkedHashMap<>(base.metadata());
        List<ModelFuzzer.Tensor> t = new ArrayList<>(base.tensors());
        meta.accept(m);
        tensors.accept(t);
        Path out = DIR.resolve(name + ".gguf").toAbsolutePath();
        ModelFuzzer.write(m, t, out);
        return out;
    }

    private static Path file(String name, Consumer<Map<String, GgufValue>> meta) throws IOException {
        return file(name, "llama-spm", GgmlType.F32, meta, t -> {});
    }

    private static List<String> tokens(Map<String, GgufValue> m) {
        return new ArrayList<>(m.get("tokenizer.ggml.tokens").asArray().toStringList());
    }

    private static void setTokens(Map<String, GgufValue> m, List<String> tokens) {
        m.put("tokenizer.ggml.tokens", GgufValue.ofArray(GgufArray.ofStrings(tokens)));
    }

    private static void rejected(Path file, String... fragments) {
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> LlamaModel.load(file, ModelParams.builder().gpuLayers(0).build()).close());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        for (String f : fragments) assertTrue(e.getMessage().contains(f), "'" + f + "' not in: " + e.getMessage());
    }

    private static void generates(Path file) {
        try (LlamaModel m = LlamaModel.load(file, ModelParams.builder().gpuLayers(0).build());
             LlamaContext ctx = m.newContext(ContextParams.builder().contextSize(64).threads(1).build())) {
            ctx.complete("Hello", GenerateParams.builder().maxTokens(3).sampler(Sampler.greedy()).build());
        }
    }

    // ------------------------------------------------------------------ files that must pass

    @ParameterizedTest
    @ValueSource(strings = {"llama-spm", "phi-3", "gpt-2", "qwen2", "llama-bpe"})
    void intactBaseModelsLoadAndGenerate(String vocab) throws IOException {
        for (GgmlType t : ModelFuzzer.TYPES) {
            generates(file("intact-" + vocab + "-" + t.ggmlName(), vocab, t, m -> {}, x -> {}));
        }
    }

    @Test
    void everyVocabularyOfLlamaCppPasses() throws IOException {
        try (Stream<Path> s = Files.list(NativeSource.root().resolve("models"))) {
            List<Path> vocabs = s.filter(p -> p.getFileName().toString().matches("ggml-vocab-.*\\.gguf")).sorted().toList();
            assertTrue(vocabs.size() >= 10, vocabs.toString());
            for (Path v : vocabs) {
                assertDoesNotThrow(() -> ModelFileCheck.checkModel(v.toAbsolutePath()), v.toString());
            }
        }
    }

    // ------------------------------------------------------------------ vocabulary

    @Test
    void duplicateTokenText() throws IOException {
        rejected(file("dup-token", m -> {
            List<String> t = tokens(m);
            t.set(300, t.get(301));
            setTokens(m, t);
        }), "tokenizer.ggml.tokens", "token 301", "token 300", "llama-vocab.cpp:2539");
    }

    @Test
    void tokensThatCollideAfterTheirFirstNul() throws IOException {
        rejected(file("nul-token", m -> {
            List<String> t = tokens(m);
            t.set(400, t.get(401) + "\0tail");
            setTokens(m, t);
        }), "tokenizer.ggml.tokens", "same text");
    }

    @Test
    void emptyTokenCollidingWithItsPlaceholder() throws IOException {
        rejected(file("empty-token", m -> {
            List<String> t = tokens(m);
            t.set(500, "");
            t.set(501, "[EMPTY_500]");
            setTokens(m, t);
        }), "tokenizer.ggml.tokens", "same text");
    }

    @Test
    void sentencePieceVocabularyWithoutAByteToken() throws IOException {
        rejected(file("no-byte-token", m -> {
            List<String> t = tokens(m);
            t.set(t.indexOf("<0x00>"), "no-null-byte");
            setTokens(m, t);
        }), "<0x00>", "llama-vocab.cpp:4009");
    }

    @Test
    void addedBosTokenThatDoesNotExist() throws IOException {
        rejected(file("no-bos", m -> { // the T5 (UGM) tokenizer has no default BOS
            m.put("tokenizer.ggml.model", GgufValue.ofString("t5"));
            m.remove("tokenizer.ggml.bos_token_id");
            m.put("tokenizer.ggml.add_bos_token", GgufValue.ofBool(true));
        }), "bos_token_id", "llama-vocab.cpp:3438");
    }

    @Test
    void vocabularyFreeModel() throws IOException {
        rejected(file("no-vocab", m -> m.put("tokenizer.ggml.model", GgufValue.ofString("none"))), "tokenizer.ggml.model", "none");
    }

    // ------------------------------------------------------------------ hyper-parameters

    @ParameterizedTest
    @ValueSource(longs = {0, 513, 4294967295L})
    void blockCountOutOfRange(long n) throws IOException {
        rejected(file("blocks-" + n, m -> m.put("llama.block_count", GgufValue.ofUInt32(n))), "llama.block_count", "llama-model.cpp:1260");
    }

    @Test
    void moreNextnLayersThanBlocks() throws IOException {
        rejected(file("nextn", m -> m.put("llama.nextn_predict_layers", GgufValue.ofUInt32(3))), "nextn_predict_layers");
    }

    @Test
    void expertCounts() throws IOException {
        rejected(file("experts-used", m -> m.put("llama.expert_used_count", GgufValue.ofUInt32(2))), "expert_used_count");
        rejected(file("experts-many", m -> m.put("llama.expert_count", GgufValue.ofUInt32(5000))), "expert_count");
        rejected(file("experts-none-used", m -> m.put("llama.expert_count", GgufValue.ofUInt32(4))), "expert_used_count");
        rejected(file("experts-groups", m -> m.put("llama.expert_group_count", GgufValue.ofUInt32(2))), "expert_group_count");
    }

    @Test
    void unknownRopeScaling() throws IOException {
        rejected(file("rope-scaling", m -> m.put("llama.rope.scaling.type", GgufValue.ofString("bogus"))), "rope.scaling.type");
    }

    @Test
    void zeroHeadsAndHeadsThatDoNotDivide() throws IOException {
        rejected(file("heads-0", m -> m.put("llama.attention.head_count", GgufValue.ofUInt32(0))), "head_count");
        rejected(file("heads-kv-0", m -> m.put("llama.attention.head_count_kv", GgufValue.ofArray(GgufArray.ofUInt32(2, 0)))),
                "head_count_kv", "layer 1");
        rejected(file("heads-kv-3", m -> m.put("llama.attention.head_count_kv", GgufValue.ofUInt32(3))), "does not divide");
        rejected(file("heads-per-layer", m -> m.put("llama.attention.head_count", GgufValue.ofArray(GgufArray.ofUInt32(4, 2)))),
                "differ between layer 0 and layer 1");
        rejected(file("ff-0", m -> m.put("llama.feed_forward_length", GgufValue.ofUInt32(0))), "feed_forward_length");
        rejected(file("embd-0", m -> m.put("llama.embedding_length", GgufValue.ofUInt32(0))), "embedding_length");
    }

    @Test
    void headSizesThatDiffer() throws IOException {
        rejected(file("key-length", m -> m.put("llama.attention.key_length", GgufValue.ofUInt32(16))), "key_length", "models/llama.cpp:102");
    }

    // ------------------------------------------------------------------ tensors

    @Test
    void tensorsThatCannotBeMultipliedOrAreMisaligned() throws IOException {
        rejected(file("i16-weights", "llama-spm", GgmlType.F32, m -> {}, t -> {
            ModelFuzzer.Tensor q = t.get(2);
            long n = q.shape()[0] * q.shape()[1];
            t.set(2, new ModelFuzzer.Tensor(q.name(), GgmlType.I16, q.shape(), new byte[(int) (2 * n)]));
        }), "type i16");
        rejected(file("align-8", m -> m.put("general.alignment", GgufValue.ofUInt32(8))), "not a multiple of 32");
        rejected(file("q8-norm", "llama-spm", GgmlType.F32, m -> {}, t -> {
            int i = 0;
            while (t.get(i).shape().length != 1) i++;
            ModelFuzzer.Tensor norm = t.get(i);
            float[] ones = new float[(int) norm.shape()[0]];
            t.set(i, new ModelFuzzer.Tensor(norm.name(), GgmlType.F16, norm.shape(), ModelFuzzer.encode(ones, GgmlType.F16)));
        }), "one-dimensional");
    }

    @Test
    void notGgufAtAll() throws IOException {
        Path f = DIR.resolve("not-gguf.gguf").toAbsolutePath();
        Files.writeString(f, "this is not a model");
        rejected(f, "not a valid GGUF file", "(llama.cpp: ");
    }

    // ------------------------------------------------------------------ LoRA adapters

    @Test
    void adapterMetadataOfTheWrongType() throws IOException {
        ModelFuzzer.Base base = FUZZER.base("llama-spm", GgmlType.F32);
        Path model = file("lora-base", m -> {});
        Path lora = DIR.resolve("lora-alpha-string.gguf").toAbsolutePath();
        Map<String, GgufValue> meta = new LinkedHashMap<>();
        List<ModelFuzzer.Tensor> tensors = new ArrayList<>();
        try (var g = io.github.llamaffm.gguf.GgufFile.read(base.lora())) {
            meta.putAll(g.metadata());
            for (var t : g.tensors()) tensors.add(new ModelFuzzer.Tensor(t.name(), t.type().orElseThrow(), t.shape(), g.readTensorBytes(t.name())));
        }
        meta.put("adapter.lora.alpha", GgufValue.ofString("8"));
        ModelFuzzer.write(meta, tensors, lora);
        try (LlamaModel m = LlamaModel.load(model, ModelParams.builder().gpuLayers(0).build())) {
            ModelLoadException e = assertThrows(ModelLoadException.class, () -> m.loadLora(lora));
            assertTrue(e.getMessage().contains("adapter.lora.alpha") && e.getMessage().contains(lora.toString()), e.getMessage());
            m.loadLora(base.lora()); // the intact adapter still loads
        }
    }

    @Test
    void normEpsilonBelowZero() throws IOException {
        rejected(file("eps", m -> m.put("llama.attention.layer_norm_rms_epsilon", GgufValue.ofFloat32(-1f))),
                "layer_norm_rms_epsilon", "ops.cpp");
        rejected(file("eps-nan", m -> m.put("llama.attention.layer_norm_rms_epsilon", GgufValue.ofFloat32(Float.NaN))),
                "layer_norm_rms_epsilon");
    }

    @Test
    void unigramCharsmapThatLeadsOutOfItsArray() throws IOException {
        Path intact = file("charsmap-intact", m -> {
            m.put("tokenizer.ggml.model", GgufValue.ofString("t5"));
            m.put("tokenizer.ggml.precompiled_charsmap", GgufValue.ofArray(GgufArray.ofUInt8(SemanticMutations.charsmap(null))));
        });
        assertDoesNotThrow(() -> ModelFileCheck.checkModel(intact));
        byte[] broken = SemanticMutations.charsmap(null);
        java.nio.ByteBuffer.wrap(broken).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(4, 4096 << 10); // root base far outside
        rejected(file("charsmap-root", m -> {
            m.put("tokenizer.ggml.model", GgufValue.ofString("t5"));
            m.put("tokenizer.ggml.precompiled_charsmap", GgufValue.ofArray(GgufArray.ofUInt8(broken)));
        }), "precompiled_charsmap", "leads to node");
        byte[] unterminated = SemanticMutations.charsmap(null);
        unterminated[unterminated.length - 1] = 'b';
        rejected(file("charsmap-nul", m -> {
            m.put("tokenizer.ggml.model", GgufValue.ofString("t5"));
            m.put("tokenizer.ggml.precompiled_charsmap", GgufValue.ofArray(GgufArray.ofUInt8(unterminated)));
        }), "precompiled_charsmap", "NUL");
    }

    @Test
    void rwkvVocabularyThatWouldLoopForever() throws IOException {
        // GPT-2's byte-level tokens start with bytes (0xc2, 0xc4, ...) that are no token by themselves:
        // llama.cpp's RWKV tokenizer loops forever on text such as "\u0144" (seen: a 20 s hang).
        rejected(file("rwkv", "gpt-2", GgmlType.F32, m -> m.put("tokenizer.ggml.model", GgufValue.ofString("rwkv")), t -> {}),
                "RWKV", "loop forever");
    }

    @Test
    void byteTokenInAWordPieceVocabulary() throws IOException {
        rejected(file("wpm-byte", m -> m.put("tokenizer.ggml.model", GgufValue.ofString("bert"))), "BYTE token", "llama-vocab.cpp:3202");
    }

    // ------------------------------------------------------------------ the load runs on a loader thread: the listener still works

    @Test
    void progressListenerIsCalledAndCanCancel() throws IOException {
        Path good = file("listener", m -> {});
        ModelParams p = ModelParams.builder().gpuLayers(0).build();
        List<Float> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (LlamaModel m = LlamaModel.load(good, p, f -> seen.add(f))) {
            assertTrue(!seen.isEmpty() && seen.get(seen.size() - 1) == 1f, seen.toString());
            assertTrue(m.vocab().size() > 0);
        }
        ModelLoadException cancelled = assertThrows(ModelLoadException.class, () -> LlamaModel.load(good, p, f -> false).close());
        assertTrue(cancelled.getMessage().contains("cancelled"), cancelled.getMessage());
        IllegalStateException boom = new IllegalStateException("boom");
        ModelLoadException threw = assertThrows(ModelLoadException.class, () -> LlamaModel.load(good, p, f -> {
            throw boom;
        }).close());
        assertEquals(boom, threw.getCause());
        generates(good);
    }

    // ------------------------------------------------------------------ fuzzer seeds that once killed the JVM

    /**
     * Seeds of {@link ModelFuzzer} whose files killed the JVM (or reached an assertion that only the
     * safety net caught) before the check learnt about them.
     */
    @ParameterizedTest
    @ValueSource(longs = {63, 5079, 5175, 6183, 100189, 100229})
    void fuzzerSeedsThatOnceCrashed(long seed) throws IOException {
        ModelFuzzer.Case c = new ModelFuzzer(DIR).generate(seed);
        StringBuilder msg = new StringBuilder();
        assertEquals(ModelFuzzer.Outcome.REJECTED, ModelFuzzer.run(c, msg), c.description());
        assertTrue(msg.toString().startsWith("ModelLoadException: cannot load"), msg.toString());
    }

    // ------------------------------------------------------------------ M-RoPE sections

    private static final String SECTIONS = "qwen2vl.rope.dimension_sections";

    /** The tiny qwen2vl model (head size 16, sections 2, 3, 3, 0) with its sections replaced. */
    private static Path qwen2vl(String name, GgufValue sections) throws IOException {
        GgufWriter w = TestModels.qwen2vlSpec().newWriter();
        if (sections == null) w.remove(SECTIONS);
        else w.put(SECTIONS, sections);
        Path out = DIR.resolve(name + ".gguf").toAbsolutePath();
        Files.createDirectories(DIR);
        w.write(out);
        return out;
    }

    private static GgufValue sections(int... s) {
        return GgufValue.ofArray(GgufArray.ofInt32(s));
    }

    /** Files whose sections ggml's rope asserts on at the first decode, and what llama.cpp's message names. */
    private static Map<Path, String> badSections() throws IOException {
        Map<Path, String> bad = new LinkedHashMap<>();
        bad.put(qwen2vl("mrope-zero", sections(0, 0, 0, 0)), "ops.cpp:6153");
        bad.put(qwen2vl("mrope-fourth-only", sections(0, 0, 0, 8)), "ops.cpp:6153");
        bad.put(qwen2vl("mrope-scalar-zero", GgufValue.ofInt32(0)), "ops.cpp:6153");
        bad.put(qwen2vl("mrope-negative", sections(4, -4, 0, 0)), "ops.cpp:6008");
        bad.put(qwen2vl("mrope-too-many", sections(8, 8, 2, 0)), "ops.cpp:6003");
        return bad;
    }

    @Test
    void mropeSectionsThatGgmlsRopeAssertsOn() throws IOException {
        generates(qwen2vl("mrope-intact", sections(2, 3, 3, 0)));
        generates(qwen2vl("mrope-whole-head", sections(4, 6, 6, 0))); // a sum of the head size is allowed
        for (Map.Entry<Path, String> e : badSections().entrySet()) rejected(e.getKey(), SECTIONS, e.getValue());
        rejected(qwen2vl("mrope-uint32-wrapped", GgufValue.ofArray(GgufArray.ofUInt32(2, -1, 3, 0))), SECTIONS, "negative");
        generates(TestModels.qwen2vl()); // the JVM lives on and generates
    }

    /** The check is not imaginary: llama.cpp's own llama-simple dies on those files at its first decode. */
    @Test
    void llamaSimpleDiesOnTheSameSections() throws Exception {
        Path bin = NativeSource.bin().resolve("llama-simple");
        for (Map.Entry<Path, String> e : badSections().entrySet()) {
            Path err = DIR.resolve(e.getKey().getFileName() + ".llama-simple.err");
            Process p = new ProcessBuilder(bin.toString(), "-m", e.getKey().toString(), "-n", "4", "Hello")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
            assertTrue(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS), "llama-simple did not finish on " + e.getKey());
            String stderr = Files.readString(err);
            String tail = stderr.substring(Math.max(0, stderr.length() - 2000));
            // killed by a signal (128 + SIGABRT 6 or SIGFPE 8), not an error it reports and survives
            assertTrue(p.exitValue() == 134 || p.exitValue() == 136, e.getKey() + ": exit " + p.exitValue() + "\n" + tail);
            if (p.exitValue() == 134) assertTrue(stderr.contains("GGML_ASSERT"), tail);
            assertTrue(stderr.contains("mrope sections") || stderr.contains("qwen2vl"), tail);
        }
    }

    // ------------------------------------------------------------------ the safety net

    /** Run in a child JVM with the check off: an assertion while loading must become an exception. */
    public static final class AbortProbe {
        private AbortProbe() {}

        public static void main(String[] args) {
            Path bad = Path.of(System.getProperty("probe.bad"));
            Path good = Path.of(System.getProperty("probe.good"));
            for (int round = 0; round < 2; round++) {
                try {
                    LlamaModel.load(bad, ModelParams.builder().gpuLayers(0).build()).close();
                    System.out.println("bad=loaded");
                } catch (ModelLoadException e) {
                    System.out.println("bad=" + e.getMessage().replace('\n', ' '));
                }
                generates(good);
                System.out.println("good=" + round);
            }
            // Loader threads parked in the abort callback for good (idle ones are reused, not counted).
            System.out.println("threads=" + Thread.getAllStackTraces().entrySet().stream()
                    .filter(e -> e.getKey().getName().startsWith("llama-ffm-loader"))
                    .filter(e -> java.util.Arrays.stream(e.getValue()).anyMatch(f -> f.getMethodName().equals("onAbort")))
                    .count());
        }
    }

    @Test
    void abortOnALoaderThreadBecomesAnException() throws Exception {
        Path bad = file("abort-dup-token", m -> {
            List<String> t = tokens(m);
            t.set(300, t.get(301));
            setTokens(m, t);
        });
        Path good = file("abort-good", m -> {});
        Jvm.Result r = Jvm.run(System.getProperty("java.class.path"), AbortProbe.class.getName(),
                "-D" + ModelFileCheck.SWITCH + "=false", "-Dprobe.bad=" + bad, "-Dprobe.good=" + good);
        assertEquals(0, r.exit(), r.output());
        Map<String, String> v = r.values();
        assertTrue(v.get("bad").startsWith("llama.cpp aborted while loading model " + bad), r.output());
        assertTrue(v.get("bad").contains("GGML_ASSERT(id_to_token.size() == token_to_id.size())"), r.output());
        assertEquals("0\n1", v.get("good"), r.output());
        assertEquals("2", v.get("threads"), r.output()); // the two parked loader threads (leaked on purpose)
        assertTrue(r.output().contains("ERROR llama.cpp"), r.output());
    }
}
