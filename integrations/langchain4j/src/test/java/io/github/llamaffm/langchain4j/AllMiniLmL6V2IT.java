package io.github.llamaffm.langchain4j;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.common.AbstractEmbeddingModelIT;
import dev.langchain4j.model.embedding.listener.EmbeddingModelListener;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import io.github.llamaffm.testkit.onnx.MiniLm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * LangChain4j's embedding suite on a real model: all-MiniLM-L6-v2, converted from the ONNX file
 * in LangChain4j's own artifact by the test kit, served by {@link LlamaEmbeddingModel}; and its
 * vectors against LangChain4j's {@link AllMiniLmL6V2EmbeddingModel} (ONNX Runtime on the same
 * weights). The core's MiniLmAgreementTest checks 110 sentences and the tokenizer in depth.
 */
class AllMiniLmL6V2IT extends AbstractEmbeddingModelIT {
    static {
        // DJL (LangChain4j's tokenizer) otherwise probes a cloud metadata address for telemetry
        System.setProperty("offline", "true");
        System.setProperty("OPT_OUT_TRACKING", "true");
    }

    private static final List<String> TEXTS = List.of(
            "The quick brown fox jumps over the lazy dog.",
            "What is the capital of France?",
            "Paris is the capital and largest city of France.",
            "I love programming in Java!",
            "Embeddings map text to vectors; similar texts get similar vectors.",
            "Ünïcödé, café and naïve résumé.",
            "12345 + 67890 = 80235",
            "SELECT name FROM users WHERE id = 42;",
            "a",
            "Why? Because... well, it's complicated.",
            "The mitochondria is the powerhouse of the cell.",
            "Spring is here and the birds are singing again in the old oak tree by the river.");

    private final Providers providers = new Providers();

    private LlamaEmbeddingModel.Builder builder() {
        return LlamaEmbeddingModel.builder().modelPath(MiniLm.files().gguf()).contextSize(512).sequences(4).threads(1);
    }

    @Override
    protected List<EmbeddingModel> models() {
        return List.of(providers.track(builder().build()));
    }

    @Override
    protected EmbeddingModel modelWith(EmbeddingModelListener listener) {
        return providers.track(builder().listeners(List.of(listener)).build());
    }

    @Override
    protected EmbeddingModel failingModelWith(EmbeddingModelListener listener) {
        LlamaEmbeddingModel m = builder().listeners(List.of(listener)).build();
        m.close();
        return m;
    }

    @Override
    protected boolean supportsInputTypeParameter() {
        return false;
    }

    @Override
    protected boolean supportsDimensionsParameter() {
        return false;
    }

    @Override
    protected boolean supportsImageInput() {
        return false;
    }

    @Test
    void vectorsEqualLangChain4jsOwnOnnxModel() {
        List<TextSegment> segments = TEXTS.stream().map(TextSegment::from).toList();
        List<Embedding> ours;
        try (LlamaEmbeddingModel llama = builder().build()) {
            assertThat(llama.dimension()).isEqualTo(384);
            ours = llama.embedAll(segments).content();
        }
        List<Embedding> theirs = new AllMiniLmL6V2EmbeddingModel().embedAll(segments).content();
        double[] cos = new double[TEXTS.size()];
        for (int i = 0; i < cos.length; i++) {
            cos[i] = cosine(ours.get(i).vector(), theirs.get(i).vector());
            assertThat(cos[i]).as(TEXTS.get(i)).isGreaterThanOrEqualTo(0.999);
        }
        double[] sorted = cos.clone();
        Arrays.sort(sorted);
        System.out.printf("LlamaEmbeddingModel vs AllMiniLmL6V2EmbeddingModel, %d texts: cosine min %.6f, median %.6f%n",
                cos.length, sorted[0], sorted[sorted.length / 2]);
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }

    @AfterAll
    void closeModels() throws Exception {
        providers.close();
    }
}
