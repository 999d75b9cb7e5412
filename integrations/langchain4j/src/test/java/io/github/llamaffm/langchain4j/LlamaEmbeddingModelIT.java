package io.github.llamaffm.langchain4j;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.common.AbstractEmbeddingModelIT;
import dev.langchain4j.model.embedding.listener.EmbeddingModelListener;
import io.github.llamaffm.ContextParams;
import io.github.llamaffm.LlamaModel;
import org.junit.jupiter.api.AfterAll;

import java.util.List;

/**
 * LangChain4j's own suite for every {@link EmbeddingModel}, run against
 * {@link LlamaEmbeddingModel} on a random-weight model (mean pooling): its assertions are about
 * mechanics (dimensions, batches in order, distinct vectors, listeners), so all of it runs.
 */
class LlamaEmbeddingModelIT extends AbstractEmbeddingModelIT {
    private static LlamaModel shared;
    private final Providers providers = new Providers();

    private static synchronized LlamaModel sharedModel() {
        if (shared == null) shared = LlamaModel.load(TestModels.tiny("qwen2"));
        return shared;
    }

    private LlamaEmbeddingModel.Builder builder() {
        return LlamaEmbeddingModel.builder().model(sharedModel()).contextSize(512).sequences(4).threads(1)
                .pooling(ContextParams.Pooling.MEAN);
    }

    /** A new instance per test: JUnit closes AutoCloseable arguments after each invocation. */
    @Override
    protected List<EmbeddingModel> models() {
        return List.of(providers.track(builder().build()));
    }

    @Override
    protected EmbeddingModel modelWith(EmbeddingModelListener listener) {
        return providers.track(builder().listeners(List.of(listener)).build());
    }

    /** A closed model: every call fails. */
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

    @AfterAll
    void closeModels() throws Exception {
        providers.close();
    }
}
