package io.github.llamaffm.langchain4j;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import io.github.llamaffm.ContextParams;
import io.github.llamaffm.LlamaModel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** {@link LlamaEmbeddingModel}: batches agree with single texts, threads share it, bad configurations fail at build. */
class LlamaEmbeddingModelTest {

    private static LlamaEmbeddingModel.Builder builder() {
        return LlamaEmbeddingModel.builder().modelPath(TestModels.tiny("qwen2")).contextSize(512).sequences(3).threads(1)
                .pooling(ContextParams.Pooling.MEAN);
    }

    private static void assertClose(float[] a, float[] b) {
        assertThat(a).hasSameSizeAs(b);
        for (int i = 0; i < a.length; i++) assertThat(a[i]).isCloseTo(b[i], within(1e-4f));
    }

    @Test
    void aBatchGivesWhatSingleTextsGiveInOrder() throws Exception {
        try (LlamaEmbeddingModel model = builder().build()) {
            List<String> texts = List.of("the sky is blue", "grass is green", "a", "snow is white and cold", "fire");
            List<Embedding> batch = model.embedAll(texts.stream().map(TextSegment::from).toList()).content();
            assertThat(batch).hasSize(texts.size());
            for (int i = 0; i < texts.size(); i++) {
                float[] single = model.embed(texts.get(i)).content().vector();
                assertClose(batch.get(i).vector(), single);
                double norm = 0;
                for (float f : single) norm += f * f;
                assertThat(Math.sqrt(norm)).isCloseTo(1.0, within(1e-4)); // unit length by default
            }
            assertThat(model.dimension()).isEqualTo(64); // the tiny model's embedding length

            // threads take turns on the one context and get the same vectors
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Callable<float[]>> tasks = new ArrayList<>();
                for (int i = 0; i < 8; i++) tasks.add(() -> model.embed("grass is green").content().vector());
                for (Future<float[]> f : pool.invokeAll(tasks)) assertClose(f.get(), batch.get(1).vector());
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void closeFreesOnlyWhatTheProviderLoaded() {
        try (LlamaModel shared = LlamaModel.load(TestModels.tiny("qwen2"))) {
            LlamaEmbeddingModel m = LlamaEmbeddingModel.builder().model(shared).pooling(ContextParams.Pooling.MEAN).contextSize(128).threads(1).build();
            m.close();
            assertThat(shared.isClosed()).isFalse();
            assertThatThrownBy(() -> m.embed("x")).isInstanceOf(IllegalStateException.class);
        }
        LlamaEmbeddingModel fromPath = builder().build();
        LlamaModel owned = fromPath.model();
        fromPath.close();
        assertThat(owned.isClosed()).isTrue();
    }

    @Test
    void badConfigurationFailsAtBuild() {
        assertThatThrownBy(() -> LlamaEmbeddingModel.builder().modelPath(TestModels.tiny("qwen2")).contextSize(128).threads(1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pooling");
        assertThatThrownBy(() -> builder().pooling(ContextParams.Pooling.RANK).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RANK");
        assertThatThrownBy(() -> builder().contextSize(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contextSize");
        assertThatThrownBy(() -> LlamaEmbeddingModel.builder().modelPath(java.nio.file.Path.of("missing.gguf")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing.gguf");
    }
}
