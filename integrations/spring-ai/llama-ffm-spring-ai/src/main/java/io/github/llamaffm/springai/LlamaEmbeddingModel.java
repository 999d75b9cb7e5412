package io.github.llamaffm.springai;

import io.github.llamaffm.ContextParams;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.Normalization;
import io.github.llamaffm.SpecialTokens;
import org.springframework.ai.chat.metadata.DefaultUsage;
import org.springframework.ai.document.Document;
import org.springframework.ai.embedding.AbstractEmbeddingModel;
import org.springframework.ai.embedding.Embedding;
import org.springframework.ai.embedding.EmbeddingOptions;
import org.springframework.ai.embedding.EmbeddingRequest;
import org.springframework.ai.embedding.EmbeddingResponse;
import org.springframework.ai.embedding.EmbeddingResponseMetadata;
import org.springframework.ai.embedding.observation.DefaultEmbeddingModelObservationConvention;
import org.springframework.ai.embedding.observation.EmbeddingModelObservationContext;
import org.springframework.ai.embedding.observation.EmbeddingModelObservationConvention;
import org.springframework.ai.embedding.observation.EmbeddingModelObservationDocumentation;
import io.micrometer.observation.ObservationRegistry;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Spring AI's {@link org.springframework.ai.embedding.EmbeddingModel} over a llama-ffm model: pooled
 * embeddings of texts, as many per decode as the context's sequences and batch allow.
 *
 * <p>The model owns one embedding context; calls from several threads take turns on it. The
 * {@link LlamaModel} is not owned; {@link #close()} frees the context. Each call is a Micrometer
 * observation (provider {@value LlamaChatModel#PROVIDER}) in the builder's registry.
 */
public final class LlamaEmbeddingModel extends AbstractEmbeddingModel implements AutoCloseable {
    private final LlamaModel model;
    private final LlamaContext context;
    private final Normalization normalization;
    private final String modelName;
    private final int dimensions;
    private final ReentrantLock lock = new ReentrantLock();
    private final ObservationRegistry observations;
    private static final EmbeddingModelObservationConvention CONVENTION = new DefaultEmbeddingModelObservationConvention();

    private LlamaEmbeddingModel(Builder b) {
        this.model = b.model;
        ContextParams p = b.contextParams.toBuilder().embeddings(true).unifiedKv(true)
                .pooling(b.pooling != null ? b.pooling : defaultPooling(b.model, b.contextParams)).build();
        this.context = model.newContext(p);
        this.normalization = b.normalization;
        this.modelName = model.path().getFileName().toString();
        this.dimensions = model.embeddingSize();
        this.observations = b.observations;
    }

    /** The context's pooling, else the model's own, else (generative models pool nothing) the mean. */
    private static ContextParams.Pooling defaultPooling(LlamaModel model, ContextParams params) {
        if (params.pooling() != ContextParams.Pooling.UNSPECIFIED) return params.pooling();
        String arch = model.metadata().get("general.architecture");
        String own = arch == null ? null : model.metadata().get(arch + ".pooling_type");
        if (own != null) {
            for (ContextParams.Pooling p : ContextParams.Pooling.values()) {
                if (own.equals(String.valueOf(p.ordinal() - 1)) && p != ContextParams.Pooling.NONE) return p;
            }
        }
        return ContextParams.Pooling.MEAN;
    }

    /**
     * A builder of an embedding model over {@code model}.
     *
     * @param model the model (not owned)
     * @return the builder
     * @throws NullPointerException if {@code model} is null
     */
    public static Builder builder(LlamaModel model) {
        return new Builder(Objects.requireNonNull(model, "model"));
    }

    /**
     * The model the embeddings come from.
     *
     * @return the model
     */
    public LlamaModel model() {
        return model;
    }

    @Override
    public EmbeddingResponse call(EmbeddingRequest request) {
        EmbeddingModelObservationContext context = EmbeddingModelObservationContext.builder().embeddingRequest(request)
                .provider(LlamaChatModel.PROVIDER).build();
        return EmbeddingModelObservationDocumentation.EMBEDDING_MODEL_OPERATION
                .observation(null, CONVENTION, () -> context, observations)
                .observe(() -> {
                    EmbeddingResponse response = embedAll(request);
                    context.setResponse(response);
                    return response;
                });
    }

    private EmbeddingResponse embedAll(EmbeddingRequest request) {
        EmbeddingOptions options = request.getOptions();
        if (options != null && options.getDimensions() != null && options.getDimensions() != dimensions) {
            throw new IllegalArgumentException("this model's embeddings have " + dimensions + " dimensions, not "
                    + options.getDimensions());
        }
        List<String> texts = request.getInstructions();
        List<float[]> vectors;
        int tokens = 0;
        for (String t : texts) tokens += model.vocab().tokenize(Objects.requireNonNull(t, "a text is null"), SpecialTokens.PARSE).length;
        lock.lock();
        try {
            vectors = texts.isEmpty() ? List.of() : context.embed(texts, normalization);
        } finally {
            lock.unlock();
        }
        List<Embedding> out = new ArrayList<>(vectors.size());
        for (int i = 0; i < vectors.size(); i++) out.add(new Embedding(vectors.get(i), i));
        return new EmbeddingResponse(out, new EmbeddingResponseMetadata(modelName, new DefaultUsage(tokens, 0)));
    }

    @Override
    public float[] embed(Document document) {
        String text = document.getText();
        if (text == null) throw new IllegalArgumentException("the document " + document.getId() + " has no text");
        return embed(text);
    }

    @Override
    public int dimensions() {
        return dimensions;
    }

    /** Frees the embedding context (idempotent). */
    @Override
    public void close() {
        lock.lock();
        try {
            context.close();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String toString() {
        return "LlamaEmbeddingModel[" + modelName + ", " + dimensions + " dimensions, " + normalization + "]";
    }

    /** Builds a {@link LlamaEmbeddingModel}. */
    public static final class Builder {
        private final LlamaModel model;
        private ContextParams contextParams = ContextParams.defaults();
        private ContextParams.Pooling pooling;
        private Normalization normalization = Normalization.EUCLIDEAN;
        private ObservationRegistry observations = ObservationRegistry.NOOP;

        private Builder(LlamaModel model) {
            this.model = model;
        }

        /**
         * The embedding context's settings (embeddings are switched on whatever they say).
         *
         * @param params the settings
         * @return this builder
         */
        public Builder contextParams(ContextParams params) {
            this.contextParams = Objects.requireNonNull(params, "params");
            return this;
        }

        /**
         * How a text's token embeddings become one vector (default: the model's own, else the mean).
         *
         * @param mode the pooling; {@code NONE} and {@code RANK} give no text embedding
         * @return this builder
         * @throws IllegalArgumentException if {@code mode} is {@code NONE} or {@code RANK}
         */
        public Builder pooling(ContextParams.Pooling mode) {
            if (mode == ContextParams.Pooling.NONE || mode == ContextParams.Pooling.RANK) {
                throw new IllegalArgumentException("pooling " + mode + " gives no text embedding");
            }
            this.pooling = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /**
         * How vectors are normalized (default {@link Normalization#EUCLIDEAN}, unit length).
         *
         * @param n the normalization
         * @return this builder
         */
        public Builder normalization(Normalization n) {
            this.normalization = Objects.requireNonNull(n, "n");
            return this;
        }

        /**
         * Where each call is observed (default: {@link ObservationRegistry#NOOP}).
         *
         * @param registry the registry
         * @return this builder
         */
        public Builder observationRegistry(ObservationRegistry registry) {
            this.observations = Objects.requireNonNull(registry, "registry");
            return this;
        }

        /**
         * Creates the model and its context.
         *
         * @return the model
         */
        public LlamaEmbeddingModel build() {
            return new LlamaEmbeddingModel(this);
        }
    }
}
