package io.github.llamaffm.springai;

import io.github.llamaffm.ContextParams;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.Normalization;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.AfterAll;
import org.springframework.ai.observation.conventions.AiObservationAttributes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.ai.document.Document;
import org.springframework.ai.embedding.EmbeddingOptions;
import org.springframework.ai.embedding.EmbeddingRequest;
import org.springframework.ai.embedding.EmbeddingResponse;
import org.springframework.ai.embedding.TokenCountBatchingStrategy;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link LlamaEmbeddingModel}: vectors, batching, usage and options on a random-weight model. */
class LlamaEmbeddingModelTest {
    private static final List<String> TEXTS = List.of("Hello world", "Embeddings for search", "A third text",
            "Spring AI over llama.cpp", "The fifth one is longer than the others by a few words");
    private static LlamaModel model;
    private static LlamaEmbeddingModel embeddings;

    @BeforeAll
    static void load() {
        model = LlamaModel.load(TestModels.embedding());
        embeddings = LlamaEmbeddingModel.builder(model)
                .contextParams(ContextParams.builder().contextSize(1024).batchSize(1024).sequences(4).threads(1).build()).build();
    }

    @AfterAll
    static void close() {
        embeddings.close();
        model.close();
    }

    private static double norm(float[] v) {
        double s = 0;
        for (float x : v) s += x * x;
        return Math.sqrt(s);
    }

    @Test
    void batchedVectorsAreTheVectorsOfEachTextAlone() {
        EmbeddingResponse r = embeddings.call(new EmbeddingRequest(TEXTS, null));
        assertEquals(TEXTS.size(), r.getResults().size());
        for (int i = 0; i < TEXTS.size(); i++) {
            float[] v = r.getResults().get(i).getOutput();
            assertEquals(i, r.getResults().get(i).getIndex());
            assertEquals(embeddings.dimensions(), v.length);
            assertEquals(model.embeddingSize(), v.length);
            assertEquals(1.0, norm(v), 1e-4, "unit length");
            float[] alone = embeddings.embed(TEXTS.get(i));
            for (int k = 0; k < v.length; k++) assertEquals(alone[k], v[k], 2e-4, "text " + i + " dim " + k);
        }
        assertTrue(r.getMetadata().getUsage().getPromptTokens() >= TEXTS.size());
        assertTrue(norm(diff(r.getResults().get(0).getOutput(), r.getResults().get(1).getOutput())) > 1e-3, "different texts, different vectors");
    }

    private static float[] diff(float[] a, float[] b) {
        float[] d = new float[a.length];
        for (int i = 0; i < a.length; i++) d[i] = a[i] - b[i];
        return d;
    }

    @Test
    void documentsAreEmbeddedThroughSpringAisBatching() {
        List<Document> docs = TEXTS.stream().map(Document::new).toList();
        List<float[]> vectors = embeddings.embed(docs, EmbeddingOptions.builder().build(), new TokenCountBatchingStrategy());
        assertEquals(TEXTS.size(), vectors.size());
        assertArrayEquals(embeddings.embed(docs.get(2)), vectors.get(2), 2e-4f);
    }

    @Test
    void callsAreObserved() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        try (LlamaEmbeddingModel observed = LlamaEmbeddingModel.builder(model).observationRegistry(registry)
                .contextParams(ContextParams.builder().contextSize(512).batchSize(512).threads(1).build()).build()) {
            observed.embed(TEXTS);
        }
        TestObservationRegistryAssert.assertThat(registry).hasObservationWithNameEqualTo("gen_ai.client.operation").that()
                .hasBeenStarted().hasBeenStopped()
                .hasLowCardinalityKeyValue(AiObservationAttributes.AI_PROVIDER.value(), LlamaChatModel.PROVIDER);
    }

    @Test
    void otherNormalizationsAndBadRequests() {
        try (LlamaEmbeddingModel raw = LlamaEmbeddingModel.builder(model).normalization(Normalization.NONE)
                .contextParams(ContextParams.builder().contextSize(512).batchSize(512).threads(1).build()).build()) {
            float[] v = raw.embed("Hello world");
            float[] unit = embeddings.embed("Hello world");
            double n = norm(v);
            for (int k = 0; k < v.length; k++) assertEquals(unit[k], v[k] / n, 2e-4);
        }
        assertThrows(IllegalArgumentException.class, () -> embeddings.call(new EmbeddingRequest(List.of("x"),
                EmbeddingOptions.builder().dimensions(embeddings.dimensions() + 1).build())));
        assertThrows(IllegalArgumentException.class, () -> LlamaEmbeddingModel.builder(model).pooling(ContextParams.Pooling.NONE));
        assertEquals(0, embeddings.call(new EmbeddingRequest(List.of(), null)).getResults().size());
    }
}
