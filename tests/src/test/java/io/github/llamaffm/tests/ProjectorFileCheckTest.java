package io.github.llamaffm.tests;

import io.github.llamaffm.ContextParams;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.Media;
import io.github.llamaffm.ModelLoadException;
import io.github.llamaffm.MultimodalProjector;
import io.github.llamaffm.MultimodalPrompt;
import io.github.llamaffm.gguf.GgmlType;
import io.github.llamaffm.gguf.GgufArray;
import io.github.llamaffm.gguf.GgufValue;
import io.github.llamaffm.gguf.GgufWriter;
import io.github.llamaffm.testkit.RandomProjector;
import io.github.llamaffm.testkit.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile projector files end in a {@link ModelLoadException}, never in libmtmd's assertions
 * (which stop the process): each case below, given to libmtmd unchecked, reaches a
 * {@code GGML_ASSERT} of {@code gguf_get_val_*}, a null dereference or a graph assertion. After all
 * of them, the JVM still loads a good projector and generates with it.
 */
class ProjectorFileCheckTest {
    static Path dir;
    static LlamaModel model;
    static RandomProjector good;

    @BeforeAll
    static void setUp() throws Exception {
        dir = Files.createDirectories(Path.of("target", "projector-check").toAbsolutePath());
        model = LlamaModel.load(TestModels.tiny("llama-spm"));
        good = RandomProjector.of(TestModels.spec("llama-spm")).seed(5);
    }

    @AfterAll
    static void tearDown() {
        if (model != null) model.close();
    }

    private static Path write(String name, Consumer<GgufWriter> change) throws Exception {
        GgufWriter w = good.newWriter();
        change.accept(w);
        Path p = dir.resolve(name + ".gguf");
        w.write(p);
        return p;
    }

    private static String refused(Path p) {
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> MultimodalProjector.load(model, p));
        return e.getMessage();
    }

    /** A key that libmtmd reads with gguf_get_val_<type>, stored with another type. */
    @ParameterizedTest
    @CsvSource({
            "clip.has_vision_encoder, u32",
            "clip.use_gelu, string",
            "clip.projector_type, u32",
            "clip.vision.image_size, string",
            "clip.vision.patch_size, i32",
            "clip.vision.embedding_length, f32",
            "clip.vision.attention.layer_norm_epsilon, u32",
            "clip.vision.attention.head_count, bool",
            "general.name, u32",
            "clip.minicpmv_version, u32",
            "clip.audio.num_mel_bins, string"})
    void keysOfTheWrongTypeAreRefused(String key, String type) throws Exception {
        GgufValue v = switch (type) {
            case "u32" -> GgufValue.ofUInt32(7);
            case "i32" -> GgufValue.ofInt32(7);
            case "f32" -> GgufValue.ofFloat32(7);
            case "bool" -> GgufValue.ofBool(true);
            default -> GgufValue.ofString("7");
        };
        Path p = write("type-" + key, w -> w.put(key, v));
        String m = refused(p);
        assertTrue(m.contains(key), m);
    }

    @Test
    void aProjectorForAnotherWidthIsRefused() throws Exception {
        Path p = dir.resolve("width-32.gguf");
        RandomProjector.ofWidth(32).write(p);
        String m = refused(p);
        assertTrue(m.contains("32") && m.contains("64"), m);
    }

    @Test
    void brokenTensorsAndHyperParametersAreRefused() throws Exception {
        // mm.2.weight is dereferenced for the output width without a check: a segfault
        refused(without("no-mm2", "mm.2.weight"));
        refused(without("no-mm0", "mm.0.weight"));
        refused(without("no-patch", "v.patch_embd.weight"));
        refused(without("no-pos", "v.position_embd.weight"));
        refused(without("no-attn-out", "v.blk.0.attn_out.weight"));
        // shapes that fail graph assertions
        refused(replaced("patch-shape", "v.patch_embd.weight", new long[]{8, 8, 1, 32}));
        refused(replaced("pos-short", "v.position_embd.weight", new long[]{32, 4}));
        refused(replaced("q-shape", "v.blk.0.attn_q.weight", new long[]{32, 16}));
        refused(replaced("mm0-shape", "mm.0.weight", new long[]{16, 64}));
        refused(write("heads", w -> w.putUInt32("clip.vision.attention.head_count", 5)));
        refused(write("patch-big", w -> w.putUInt32("clip.vision.patch_size", 64)));
        refused(write("image-huge", w -> w.putUInt32("clip.vision.image_size", 1 << 20)));
        refused(write("no-encoder", w -> w.putBool("clip.has_vision_encoder", false)));
        refused(write("eps", w -> w.putFloat32("clip.vision.attention.layer_norm_epsilon", Float.NaN)));
        // not GGUF at all, or cut short
        Path text = Files.writeString(dir.resolve("text.gguf"), "not a projector");
        refused(text);
        Path whole = write("whole", w -> { });
        byte[] bytes = Files.readAllBytes(whole);
        refused(Files.write(dir.resolve("cut.gguf"), java.util.Arrays.copyOf(bytes, bytes.length / 2)));
        refused(dir.resolve("missing.gguf"));
    }

    private static Path without(String name, String tensor) throws Exception {
        return changed(name, ts -> ts.removeIf(t -> t.name().equals(tensor)));
    }

    private static Path replaced(String name, String tensor, long[] shape) throws Exception {
        long n = 1;
        for (long d : shape) n *= d;
        byte[] zeros = new byte[(int) (4 * n)];
        return changed(name, ts -> ts.replaceAll(t -> t.name().equals(tensor) ? new ModelFuzzer.Tensor(tensor, GgmlType.F32, shape, zeros) : t));
    }

    private static Path retyped(String name, String tensor, GgmlType type) throws Exception {
        return changed(name, ts -> ts.replaceAll(t -> {
            long n = 1;
            for (long d : t.shape()) n *= d;
            return t.name().equals(tensor) ? new ModelFuzzer.Tensor(tensor, type, t.shape(), new byte[(int) type.byteSize(n)]) : t;
        }));
    }

    /** The good projector with its tensor list changed. */
    private static Path changed(String name, Consumer<List<ModelFuzzer.Tensor>> change) throws Exception {
        Path src = dir.resolve(name + "-src.gguf");
        good.newWriter().write(src);
        ModelFuzzer.Parts parts = ModelFuzzer.read(src);
        change.accept(parts.tensors());
        Path p = dir.resolve(name + ".gguf");
        ModelFuzzer.write(parts.metadata(), parts.tensors(), p);
        return p;
    }

    /**
     * Files that passed the check and then killed the JVM while an image was encoded or tokenized
     * (found by ProjectorFuzzer): a bias, norm or matrix of a type the CPU backend cannot compute
     * with, resolution candidates that give an empty slice, a Qwen2-VL type without its second patch
     * embedding (a null dereference in the warm-up).
     */
    @Test
    void typesAndShapesThatKilledTheEncoderAreRefused() throws Exception {
        String m = refused(retyped("bias-q8_0", "v.blk.0.attn_v.bias", GgmlType.Q8_0));
        assertTrue(m.contains("v.blk.0.attn_v.bias") && m.contains("f32"), m);
        refused(retyped("norm-q4_0", "v.pre_ln.weight", GgmlType.Q4_0));
        refused(retyped("proj-bias-f16", "mm.0.bias", GgmlType.F16));
        m = refused(retyped("mm0-q8_1", "mm.0.weight", GgmlType.Q8_1));
        assertTrue(m.contains("mm.0.weight"), m);
        m = refused(retyped("patch-bf16", "v.patch_embd.weight", GgmlType.BF16));
        assertTrue(m.contains("v.patch_embd.weight"), m);
        m = refused(write("pinpoints-odd", w -> w.putArray("clip.vision.image_grid_pinpoints", GgufArray.ofInt32(32, 1025, 64, 32))));
        assertTrue(m.contains("1025"), m);
        refused(write("pinpoints-string", w -> w.putString("clip.vision.image_grid_pinpoints", "32")));
        refused(write("pinpoints-many", w -> w.putArray("clip.vision.image_grid_pinpoints", GgufArray.ofInt32(8192, 8192))));
        for (String type : new String[]{"qwen2vl_merger", "qwen2.5vl_merger", "qwen3vl_merger", "glm4v", "exaone4_5"}) {
            m = refused(write("type-" + type, w -> w.putString("clip.projector_type", type)));
            assertTrue(m.contains("v.patch_embd.weight.1"), m);
        }
    }

    /** The same cases as the fuzzer wrote them: each is now refused by the Java check. */
    @ParameterizedTest
    @ValueSource(longs = {14, 19, 111, 328, 338, 954, 990, 1372, 1824, 1851, 2036, 2460, 2629})
    void projectorFuzzerSeedsThatOnceCrashed(long seed) throws Exception {
        try (ProjectorFuzzer fuzzer = new ProjectorFuzzer(dir.resolve("fuzz"))) {
            FuzzTarget.Case c = fuzzer.generate(seed);
            StringBuilder msg = new StringBuilder();
            assertEquals(FuzzTarget.Outcome.REJECTED, c.run(msg), c.description() + ": " + msg);
            assertTrue(msg.toString().startsWith("ModelLoadException: cannot load the projector"), msg.toString());
        }
    }

    /**
     * Feature layers (Granite Vision) stack the outputs of several encoder layers: the projector must
     * take that width (fuzzer seeds reached {@code ggml_can_mul_mat}'s assertion in the warm-up).
     */
    @Test
    void featureLayersMustFitTheProjector() throws Exception {
        String m = refused(write("feature-layers", w -> w.putArray("clip.vision.feature_layer", GgufArray.ofInt32(1, 0))));
        assertTrue(m.contains("mm.0.weight") && m.contains("64"), m);
    }

    @Test
    void afterAllThatAGoodProjectorStillWorks() throws Exception {
        Path p = write("good", w -> { });
        try (MultimodalProjector projector = MultimodalProjector.load(model, p);
             LlamaContext ctx = model.newContext(ContextParams.builder().contextSize(256).threads(2).build())) {
            String out = ctx.complete(MultimodalPrompt.of(projector, MultimodalProjector.MARKER + " What is it?",
                    Media.fromBytes(TestImages.png(32, 32, 4))), GenerateParams.builder().maxTokens(4).build());
            assertFalse(out.isEmpty());
        }
    }
}
