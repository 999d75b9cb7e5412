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
import io.github.llamaffm.gguf.GgufFile;
import io.github.llamaffm.gguf.GgufValue;
import io.github.llamaffm.gguf.GgufWriter;
import io.github.llamaffm.testkit.RandomAudioProjector;
import io.github.llamaffm.testkit.TestAudio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile audio projector files (the Ultravox type that testkit's RandomAudioProjector writes) end
 * in a {@link ModelLoadException}, never in libmtmd's assertions, null dereferences or encode-time
 * aborts (which stop the process). After all of them, the JVM still loads a good audio projector
 * and generates with it.
 */
class AudioProjectorFileCheckTest {
    static Path dir;
    static LlamaModel model;
    static RandomAudioProjector good;
    static Path goodPath;

    @BeforeAll
    static void setUp() throws Exception {
        dir = Files.createDirectories(Path.of("target", "audio-projector-check").toAbsolutePath());
        model = LlamaModel.load(TestModels.tiny("llama-spm"));
        good = RandomAudioProjector.of(TestModels.spec("llama-spm")).seed(5);
        goodPath = dir.resolve("good.gguf");
        good.write(goodPath);
    }

    @AfterAll
    static void tearDown() {
        if (model != null) model.close();
    }

    private static Path keys(String name, Consumer<GgufWriter> change) throws Exception {
        GgufWriter w = good.newWriter();
        change.accept(w);
        Path p = dir.resolve(name + ".gguf");
        w.write(p);
        return p;
    }

    /** The good file with one tensor removed ({@code type} null), replaced by zeros of another type and shape, or added. */
    private static Path tensor(String name, String tensor, GgmlType type, long... shape) throws Exception {
        return rewrite(name, w -> { }, java.util.Map.of(tensor, new Object[]{type, shape}));
    }

    /** The good file with its keys changed and some tensors replaced by zeros ({@code name -> {type or null, shape}}). */
    private static Path rewrite(String name, Consumer<GgufWriter> keys, java.util.Map<String, Object[]> tensors) throws Exception {
        GgufWriter w = new GgufWriter();
        GgufWriter full = good.newWriter();
        keys.accept(full);
        w.putAll(full.metadata());
        java.util.Set<String> seen = new java.util.HashSet<>();
        try (GgufFile f = GgufFile.read(goodPath)) {
            for (var t : f.tensors()) {
                if (tensors.containsKey(t.name())) continue;
                w.addTensor(t.name(), t.type().orElseThrow(), t.shape(), f.readTensorBytes(t.name()));
            }
        }
        for (var e : tensors.entrySet()) {
            GgmlType type = (GgmlType) e.getValue()[0];
            long[] shape = (long[]) e.getValue()[1];
            if (type != null) w.addTensor(e.getKey(), type, shape, zeros(type, shape));
        }
        Path p = dir.resolve(name + ".gguf");
        w.write(p);
        return p;
    }

    private static byte[] zeros(GgmlType type, long... shape) {
        long n = 1;
        for (long d : shape) n *= d;
        return new byte[Math.toIntExact(type == GgmlType.F16 ? n * 2 : n * 4)];
    }

    /** Refused by the Java check, before libmtmd opens the file (whose refusals say "libmtmd"). */
    private static String refused(Path p) {
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> MultimodalProjector.load(model, p));
        assertFalse(e.getMessage().startsWith("libmtmd"), e.getMessage());
        return e.getMessage();
    }

    @ParameterizedTest
    @CsvSource({
            "clip.has_audio_encoder, u32",
            "clip.audio.projector.stack_factor, string",
            "clip.audio.num_mel_bins, f32",
            "clip.audio.block_count, i32",
            "clip.audio.attention.layer_norm_epsilon, u32"})
    void keysOfTheWrongTypeAreRefused(String key, String type) throws Exception {
        GgufValue v = switch (type) {
            case "u32" -> GgufValue.ofUInt32(7);
            case "i32" -> GgufValue.ofInt32(7);
            case "f32" -> GgufValue.ofFloat32(7);
            default -> GgufValue.ofString("7");
        };
        String m = refused(keys("type-" + key, w -> w.put(key, v)));
        assertTrue(m.contains(key), m);
    }

    @Test
    void badHyperParametersAreRefused() throws Exception {
        // Ultravox's own stack factor, with the projector's tensors to match: 1500 positions stacked by 8
        // give 188 rows; libmtmd counts 187 tokens and aborts ("Invalid number of output tokens") at the first encode
        String m = refused(rewrite("stack-8", w -> w.putUInt32("clip.audio.projector.stack_factor", 8), java.util.Map.of(
                "mm.a.norm_pre.weight", new Object[]{GgmlType.F32, new long[]{32 * 8}},
                "mm.a.mlp.1.weight", new Object[]{GgmlType.F32, new long[]{32 * 8, 128}})));
        assertTrue(m.contains("stack_factor 8"), m);
        refused(keys("stack-0", w -> w.putUInt32("clip.audio.projector.stack_factor", 0)));
        refused(keys("no-stack", w -> w.remove("clip.audio.projector.stack_factor")));
        // no blocks: the encoder reads block 0 without a check
        refused(keys("blocks-0", w -> w.putUInt32("clip.audio.block_count", 0)));
        refused(keys("blocks-more", w -> w.putUInt32("clip.audio.block_count", 3)));
        refused(keys("heads", w -> w.putUInt32("clip.audio.attention.head_count", 5)));
        refused(keys("mel", w -> w.putUInt32("clip.audio.num_mel_bins", 20)));
        refused(keys("mel-huge", w -> w.putUInt32("clip.audio.num_mel_bins", 100_000)));
        refused(keys("eps", w -> w.putFloat32("clip.audio.attention.layer_norm_epsilon", Float.NaN)));
        m = refused(tensor("width", "mm.a.mlp.2.weight", GgmlType.F32, 64, 32));
        assertTrue(m.contains("32") && m.contains("64"), m);
    }

    @Test
    void brokenTensorsAreRefused() throws Exception {
        // dereferenced without a check: a segfault
        refused(tensor("no-pos", "a.position_embd.weight", null));
        refused(tensor("no-q", "a.blk.0.attn_q.weight", null));
        refused(tensor("no-v-1", "a.blk.1.attn_v.weight", null));
        refused(tensor("no-up", "a.blk.1.ffn_up.weight", null));
        // libmtmd's assertions in the graph or the encoder's sanity checks
        refused(tensor("pos-short", "a.position_embd.weight", GgmlType.F32, 32, 1000));
        refused(tensor("k-bias", "a.blk.0.attn_k.bias", GgmlType.F32, 32));
        refused(tensor("no-q-bias", "a.blk.0.attn_q.bias", null));
        refused(tensor("no-ln1", "a.blk.0.ln1.weight", null));
        refused(tensor("conv-kernel", "a.conv1d.1.weight", GgmlType.F32, 4, 16, 32));
        refused(tensor("conv-bias", "a.conv1d.2.bias", GgmlType.F32, 32));
        refused(tensor("q-shape", "a.blk.1.attn_q.weight", GgmlType.F32, 32, 16));
        refused(tensor("mm1-odd", "mm.a.mlp.1.weight", GgmlType.F32, 960, 127));
        // not the projector's shape (ggml would broadcast it, but no converter writes it)
        refused(tensor("norm-pre", "mm.a.norm_pre.weight", GgmlType.F32, 32));
        // added to F32 activations: the CPU backend aborts at encode time on any other type
        refused(tensor("bias-f16", "a.blk.0.attn_v.bias", GgmlType.F16, 32));
        refused(tensor("pos-f16", "a.position_embd.weight", GgmlType.F16, 32, 1500));
    }

    @Test
    void afterAllThatAGoodAudioProjectorStillWorks() throws Exception {
        try (MultimodalProjector projector = MultimodalProjector.load(model, goodPath);
             LlamaContext ctx = model.newContext(ContextParams.builder().contextSize(256).threads(2).build())) {
            assertTrue(projector.supportsAudio());
            String out = ctx.complete(MultimodalPrompt.of(projector, MultimodalProjector.MARKER + " What is it?",
                    Media.audio(TestAudio.tones(16000, 16000, 7))), GenerateParams.builder().maxTokens(4).build());
            assertFalse(out.isEmpty());
        }
    }
}
