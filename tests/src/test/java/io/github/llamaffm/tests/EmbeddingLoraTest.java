package io.github.llamaffm.tests;

import io.github.llamaffm.ContextParams.Pooling;
import io.github.llamaffm.ContextParams;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.LoraAdapter;
import io.github.llamaffm.ModelLoadException;
import io.github.llamaffm.Normalization;
import io.github.llamaffm.SpecialTokens;
import io.github.llamaffm.testkit.RandomLlamaModel;
import io.github.llamaffm.testkit.RandomLoraAdapter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Embeddings and LoRA adapters against llama.cpp's own llama-embedding on the same model, texts and adapter. */
class EmbeddingLoraTest {
    private static final List<String> TEXTS = List.of("Hello world", "Embeddings for search, batched in one decode",
            "Ünïcödé and emoji 🚀 too");
    private static Path modelPath;
    private static LlamaModel model;

    @BeforeAll
    static void load() {
        modelPath = TestModels.tiny("llama-bpe");
        model = LlamaModel.load(modelPath);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    private static LlamaContext context(Pooling pooling) {
        return model.newContext(ContextParams.builder().contextSize(512).batchSize(512).microBatchSize(512)
                .sequences(4).unifiedKv(true).embeddings(true).pooling(pooling).threads(2).build());
    }

    /** llama-embedding's vectors for {@code texts} (one per text, or one per token with pooling none). */
    private static List<float[]> oracle(List<String> texts, String pooling, int normalize, String... extra) throws Exception {
        return oracle(modelPath, texts, pooling, normalize, extra);
    }

    private static List<float[]> oracle(Path model, List<String> texts, String pooling, int normalize, String... extra) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(NativeSource.bin().resolve("llama-embedding").toString(),
                "-m", model.toString(), "-p", String.join("\n", texts), "--pooling", pooling,
                "--embd-normalize", String.valueOf(normalize), "--embd-output-format", "json",
                "-c", "512", "-b", "512", "-ub", "512", "-t", "2", "--no-warmup"));
        cmd.addAll(Arrays.asList(extra));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), "llama-embedding failed: " + out);
        List<float[]> vectors = new ArrayList<>();
        Matcher m = Pattern.compile("\"embedding\": \\[([^\\]]*)\\]").matcher(out);
        while (m.find()) {
            String[] parts = m.group(1).split(",");
            float[] v = new float[parts.length];
            for (int i = 0; i < v.length; i++) v[i] = printedFloat(parts[i]);
            vectors.add(v);
        }
        assertFalse(vectors.isEmpty(), out);
        return vectors;
    }

    /**
     * A float as C's printf writes it: "nan", "-nan", "inf" too. With rank pooling the tool prints
     * n_embd values of which only the first is the score; the rest can be anything, NaN included.
     */
    private static float printedFloat(String s) {
        String t = s.strip();
        return switch (t.replaceFirst("^[-+]", "")) {
            case "nan" -> Float.NaN;
            case "inf" -> t.startsWith("-") ? Float.NEGATIVE_INFINITY : Float.POSITIVE_INFINITY;
            default -> Float.parseFloat(t);
        };
    }

    private static void assertVectorsClose(List<float[]> expected, List<float[]> actual, double tolerance) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).length, actual.get(i).length);
            for (int j = 0; j < expected.get(i).length; j++) {
                assertEquals(expected.get(i)[j], actual.get(i)[j], tolerance, "vector " + i + " value " + j);
            }
        }
    }

    private static double maxDiff(float[] a, float[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) d = Math.max(d, Math.abs(a[i] - b[i]));
        return d;
    }

    /**
     * llama.cpp ends the process (GGML_ASSERT in its graph reservation) when a pooled embedding
     * context's micro-batch is not a multiple of its sequences; such contexts now work and embed
     * as a one-sequence context does.
     */
    @Test
    void pooledContextsWithAnySequenceCountWork() {
        List<float[]> expected;
        try (LlamaContext one = model.newContext(ContextParams.builder().contextSize(512).embeddings(true).pooling(Pooling.MEAN)
                .threads(2).build())) {
            expected = one.embed(TEXTS, Normalization.EUCLIDEAN);
        }
        for (int seqs : new int[]{3, 5, 7}) {
            for (int size : new int[]{512, 600, 1000}) {
                for (boolean unified : new boolean[]{true, false}) {
                    try (LlamaContext ctx = model.newContext(ContextParams.builder().contextSize(size).sequences(seqs).unifiedKv(unified)
                            .embeddings(true).pooling(Pooling.MEAN).threads(2).build())) {
                        assertVectorsClose(expected, ctx.embed(TEXTS, Normalization.EUCLIDEAN), 2e-5);
                    }
                }
            }
        }
    }

    @Test
    void pooledEmbeddingsEqualLlamaEmbedding() throws Exception {
        for (Pooling pooling : List.of(Pooling.MEAN, Pooling.LAST, Pooling.CLS)) {
            try (LlamaContext ctx = context(pooling)) {
                List<float[]> ours = ctx.embed(TEXTS, Normalization.EUCLIDEAN);
                assertVectorsClose(oracle(TEXTS, pooling.name().toLowerCase(), 2), ours, 2e-4);
                double norm = 0;
                for (float v : ours.get(0)) norm += v * v;
                assertEquals(1.0, norm, 1e-4);
                assertEquals(-1, ctx.memory().maxPosition(0), "the memory is left empty");
                assertEquals(0, maxDiff(ours.get(1), ctx.embed(TEXTS.get(1))), 2e-5, "alone as in a batch");
            }
        }
    }

    @Test
    void normalizationsAndPerTokenEmbeddingsEqualLlamaEmbedding() throws Exception {
        try (LlamaContext ctx = context(Pooling.MEAN)) {
            String text = TEXTS.get(1);
            assertVectorsClose(oracle(List.of(text), "mean", -1), List.of(ctx.embed(text, Normalization.NONE)), 2e-4);
            assertVectorsClose(oracle(List.of(text), "mean", 1), List.of(ctx.embed(text, Normalization.TAXICAB)), 2e-5);
            assertVectorsClose(oracle(List.of(text), "mean", 0), List.of(ctx.embed(text, Normalization.MAX_ABS)), 1.0);
            assertThrows(IllegalStateException.class, () -> ctx.embedTokens(text, Normalization.NONE));
        }
        try (LlamaContext ctx = context(Pooling.NONE)) {
            float[][] perToken = ctx.embedTokens(TEXTS.get(0), Normalization.EUCLIDEAN);
            assertEquals(model.vocab().tokenize(TEXTS.get(0), SpecialTokens.ADD_AND_PARSE).length, perToken.length);
            assertVectorsClose(oracle(List.of(TEXTS.get(0)), "none", 2), Arrays.asList(perToken), 2e-4);
            assertThrows(IllegalStateException.class, () -> ctx.embed("pooled?"));
        }
        try (LlamaContext separate = model.newContext(ContextParams.builder().contextSize(512).sequences(4).unifiedKv(false)
                .embeddings(true).pooling(Pooling.MEAN).threads(2).build());
             io.github.llamaffm.Batch batch = io.github.llamaffm.Batch.create(64)) {
            // llama.cpp aborts the process on this batch; Java refuses it first
            batch.add(new int[]{1, 2, 3}, 0, 0, true);
            batch.add(new int[]{4, 5}, 0, 1, true);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> separate.decode(batch));
            assertTrue(e.getMessage().contains("unifiedKv"), e.getMessage());
            List<float[]> oneByOne = separate.embed(TEXTS, Normalization.EUCLIDEAN);
            try (LlamaContext unified = context(Pooling.MEAN)) {
                assertVectorsClose(unified.embed(TEXTS, Normalization.EUCLIDEAN), oneByOne, 2e-4);
            }
        }
        try (LlamaContext plain = model.newContext(ContextParams.builder().contextSize(256).build())) {
            assertThrows(IllegalStateException.class, () -> plain.embed("no embeddings here"));
            assertThrows(IllegalStateException.class, () -> plain.rank("q", List.of("d")));
        }
    }

    @Test
    void rerankScoresEqualLlamaEmbedding() throws Exception {
        Path reranker = TestModels.reranker("llama-bpe");
        String query = "Which animals make good pets?";
        List<String> docs = List.of("Cats are small felines.", "The stock market fell.", "Dogs are loyal.");
        try (LlamaModel m = LlamaModel.load(reranker);
             LlamaContext ctx = m.newContext(ContextParams.builder().contextSize(512).batchSize(512).microBatchSize(512)
                     .sequences(4).unifiedKv(true).embeddings(true).pooling(Pooling.RANK).threads(2).build())) {
            float[] scores = ctx.rank(query, docs);
            List<String> pairs = docs.stream().map(d -> query + "\t" + d).toList();
            // rank pooling: only the first value of each printed row is the score (the tool prints n_embd values)
            List<float[]> expected = oracle(reranker, pairs, "rank", -1);
            assertEquals(docs.size(), expected.size());
            for (int i = 0; i < docs.size(); i++) assertEquals(expected.get(i)[0], scores[i], 2e-4, "document " + i);
            assertTrue(scores[0] != scores[1] || scores[1] != scores[2], "the scores tell documents apart");
            assertThrows(IllegalStateException.class, () -> ctx.embedTokens("x", Normalization.NONE));
        }
    }

    @Test
    void loraAdapterEqualsLlamaCppWithItAndRemovalRestoresTheBase(@TempDir Path dir) throws Exception {
        Path adapterPath = dir.resolve("adapter.gguf");
        RandomLoraAdapter.of(TestModels.spec("llama-bpe")).rank(4).alpha(8).targets("attn_q", "attn_v", "ffn_up")
                .seed(99).std(0.2f).write(adapterPath);
        try (LlamaContext ctx = context(Pooling.MEAN)) {
            LoraAdapter adapter = model.loadLora(adapterPath);
            assertEquals("lora", adapter.metadata().get("adapter.type"));
            List<float[]> base = ctx.embed(TEXTS, Normalization.EUCLIDEAN);

            ctx.setLora(adapter, 1.0f);
            List<float[]> adapted = ctx.embed(TEXTS, Normalization.EUCLIDEAN);
            assertVectorsClose(oracle(TEXTS, "mean", 2, "--lora", adapterPath.toString()), adapted, 2e-4);
            assertTrue(maxDiff(base.get(0), adapted.get(0)) > 1e-2, "the adapter changes the outputs");

            ctx.setLora(adapter, 0.5f);
            assertVectorsClose(oracle(TEXTS, "mean", 2, "--lora-scaled", adapterPath + ":0.5"), ctx.embed(TEXTS, Normalization.EUCLIDEAN), 2e-4);
            assertEquals(0.5f, ctx.loras().get(adapter));

            ctx.removeLora(adapter);
            assertVectorsClose(base, ctx.embed(TEXTS, Normalization.EUCLIDEAN), 1e-6);

            ctx.setLora(adapter, 1.0f);
            adapter.close(); // removed from the context first, then freed
            assertTrue(ctx.loras().isEmpty());
            assertVectorsClose(base, ctx.embed(TEXTS, Normalization.EUCLIDEAN), 1e-6);
            assertThrows(IllegalStateException.class, () -> ctx.setLora(adapter, 1.0f));
        }
    }

    @Test
    void loraChangesGenerationAndRemovalRestoresIt(@TempDir Path dir) throws Exception {
        Path adapterPath = dir.resolve("adapter.gguf");
        RandomLoraAdapter.of(TestModels.spec("llama-bpe")).rank(8).alpha(16).targets("attn_q", "attn_k", "attn_v", "attn_output",
                "ffn_gate", "ffn_up", "ffn_down").seed(5).std(0.3f).write(adapterPath);
        GenerateParams gp = GenerateParams.builder().maxTokens(16).build();
        try (LlamaContext ctx = model.newContext(ContextParams.builder().contextSize(256).threads(2).build())) {
            LoraAdapter adapter = model.loadLora(adapterPath);
            String base = ctx.complete("A LoRA adapter", gp);
            ctx.setLora(adapter, 1.0f);
            String adapted = ctx.complete("A LoRA adapter", gp);
            assertFalse(base.equals(adapted), "the adapter changes what is generated");
            ctx.removeLora(adapter);
            assertEquals(base, ctx.complete("A LoRA adapter", gp));
        }
    }

    @Test
    void closingAnAdapterWhileAnotherThreadAppliesItEndsCleanly(@TempDir Path dir) throws Exception {
        Path adapterPath = dir.resolve("adapter.gguf");
        RandomLoraAdapter.of(TestModels.spec("llama-bpe")).seed(11).write(adapterPath);
        GenerateParams gp = GenerateParams.builder().maxTokens(4).build();
        try (LlamaContext busy = model.newContext(ContextParams.builder().contextSize(128).threads(1).build());
             LlamaContext other = model.newContext(ContextParams.builder().contextSize(128).threads(1).build())) {
            String base = other.complete("adapter race", gp);
            for (int round = 0; round < 5; round++) {
                LoraAdapter adapter = model.loadLora(adapterPath);
                other.setLora(adapter, 1f);
                java.util.concurrent.atomic.AtomicReference<Throwable> unexpected = new java.util.concurrent.atomic.AtomicReference<>();
                Thread t = Thread.ofPlatform().start(() -> {
                    try {
                        while (true) {
                            busy.setLora(adapter, 0.5f);
                            busy.complete("x", gp);
                            busy.removeLora(adapter);
                        }
                    } catch (IllegalStateException closed) {
                        // the adapter closed under us: the one allowed ending
                    } catch (Throwable e) {
                        unexpected.set(e);
                    }
                });
                Thread.sleep(20L * round);
                adapter.close();
                t.join();
                assertEquals(null, unexpected.get());
                assertTrue(busy.loras().isEmpty() && other.loras().isEmpty(), "taken off every context");
                assertEquals(base, other.complete("adapter race", gp), "back to the base model");
            }
        }
    }

    @Test
    void badAdaptersAreRefused(@TempDir Path dir) throws Exception {
        assertThrows(ModelLoadException.class, () -> model.loadLora(dir.resolve("missing.gguf")));
        ModelLoadException notAdapter = assertThrows(ModelLoadException.class, () -> model.loadLora(modelPath));
        assertTrue(notAdapter.getMessage().contains("adapter"), notAdapter.getMessage());
        RandomLlamaModel other = RandomLlamaModel.tiny().embeddingLength(96).vocabulary(TestModels.spec("llama-bpe").vocabulary()).build();
        Path wrongShape = dir.resolve("wrong-shape.gguf");
        RandomLoraAdapter.of(other).write(wrongShape);
        ModelLoadException shape = assertThrows(ModelLoadException.class, () -> model.loadLora(wrongShape));
        assertTrue(shape.getMessage().contains("shape"), shape.getMessage());
        try (LlamaModel spm = LlamaModel.load(TestModels.tiny("llama-spm")); LlamaContext ctx = spm.newContext()) {
            Path forBpe = dir.resolve("bpe.gguf");
            RandomLoraAdapter.of(TestModels.spec("llama-bpe")).write(forBpe);
            LoraAdapter bpeAdapter = model.loadLora(forBpe);
            assertThrows(IllegalArgumentException.class, () -> ctx.setLora(bpeAdapter, 1f), "another model's adapter");
            bpeAdapter.close();
        }
    }
}
