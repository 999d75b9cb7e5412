package io.github.llamaffm.langchain4j;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.listener.EmbeddingModelListener;
import dev.langchain4j.model.embedding.request.EmbeddingInput;
import dev.langchain4j.model.embedding.request.EmbeddingRequest;
import dev.langchain4j.model.embedding.response.EmbeddingResponse;
import dev.langchain4j.model.embedding.response.EmbeddingResponseMetadata;
import dev.langchain4j.model.output.TokenUsage;
import io.github.llamaffm.ContextParams;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.ModelParams;
import io.github.llamaffm.Normalization;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A LangChain4j {@link EmbeddingModel} over a local GGUF embedding model (BERT, nomic, Qwen3
 * embedding, ... or any model with a pooling) run by llama.cpp through llama-ffm.
 *
 * <pre>{@code
 * try (LlamaEmbeddingModel model = LlamaEmbeddingModel.builder().modelPath(Path.of("all-MiniLM-L6-v2.gguf")).build()) {
 *     Embedding e = model.embed("hello world").content();
 * }
 * }</pre>
 *
 * <p>The texts of one request are decoded several at once ({@link Builder#sequences(int)} per
 * decode); each must fit in the context. Vectors are normalized to unit length unless
 * {@link Builder#normalization(Normalization)} says otherwise. Threads share the instance and
 * take turns on its one context. Only text input is supported, without per-request dimensions or
 * input types (LangChain4j refuses those with an
 * {@link dev.langchain4j.exception.UnsupportedFeatureException}).
 */
public final class LlamaEmbeddingModel implements EmbeddingModel, AutoCloseable {
    private final PooledContext pooled;
    private final Normalization normalization;
    private final String modelName;
    private final int dimension;
    private final List<EmbeddingModelListener> listeners;

    private LlamaEmbeddingModel(Builder b) {
        Objects.requireNonNull(b.normalization, "normalization");
        this.pooled = PooledContext.open(b.modelPath, b.model, b.modelParams, b.contextSize, b.sequences, b.threads, b.pooling);
        try {
            this.normalization = b.normalization;
            this.modelName = b.modelName != null ? b.modelName : ModelSource.defaultName(pooled.model());
            this.listeners = List.copyOf(b.listeners);
            this.dimension = probe();
        } catch (RuntimeException | Error e) {
            pooled.close();
            throw e;
        }
    }

    /** The vector size, from a real embedding: it also proves at build time that the model pools. */
    private int probe() {
        try {
            return pooled.with(ctx -> ctx.embed("dimension", normalization)).length;
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException("the model cannot give pooled embeddings (" + e.getMessage()
                    + "); set a pooling, e.g. pooling(ContextParams.Pooling.MEAN)", e);
        }
    }

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public EmbeddingResponse doEmbed(EmbeddingRequest request) {
        List<String> texts = new ArrayList<>(request.inputs().size());
        for (EmbeddingInput in : request.inputs()) texts.add(in.text());
        List<float[]> vectors = texts.isEmpty() ? List.of() : pooled.with(ctx -> ctx.embed(texts, normalization));
        List<Embedding> embeddings = new ArrayList<>(vectors.size());
        for (float[] v : vectors) embeddings.add(Embedding.from(v));
        return EmbeddingResponse.builder()
                .embeddings(embeddings)
                .metadata(EmbeddingResponseMetadata.builder()
                        .modelName(modelName)
                        .tokenUsage(new TokenUsage(pooled.tokens(texts)))
                        .build())
                .build();
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public String modelName() {
        return modelName;
    }

    @Override
    public List<EmbeddingModelListener> listeners() {
        return listeners;
    }

    @Override
    public ModelProvider provider() {
        return ModelProvider.OTHER;
    }

    /** The model served (package-private: for tests of ownership). */
    LlamaModel model() {
        return pooled.model();
    }

    /**
     * Frees the context, and the model if this instance loaded it from a path. Idempotent.
     */
    @Override
    public void close() {
        pooled.close();
    }

    /** Builds a {@link LlamaEmbeddingModel}; the model is required, the rest optional. */
    public static final class Builder {
        private Path modelPath;
        private LlamaModel model;
        private ModelParams modelParams;
        private Integer contextSize;
        private Integer sequences;
        private Integer threads;
        private ContextParams.Pooling pooling = ContextParams.Pooling.UNSPECIFIED;
        private Normalization normalization = Normalization.EUCLIDEAN;
        private String modelName;
        private final List<EmbeddingModelListener> listeners = new ArrayList<>();

        private Builder() {
        }

        /**
         * The GGUF file to load; the model built owns it.
         *
         * @param path the file
         * @return this builder
         */
        public Builder modelPath(Path path) {
            this.modelPath = path;
            return this;
        }

        /**
         * A model already loaded; the model built never closes it.
         *
         * @param model the model
         * @return this builder
         */
        public Builder model(LlamaModel model) {
            this.model = model;
            return this;
        }

        /**
         * How to load {@link #modelPath(Path)}.
         *
         * @param params the parameters
         * @return this builder
         */
        public Builder modelParams(ModelParams params) {
            this.modelParams = params;
            return this;
        }

        /**
         * The context size: the longest text, in tokens, and the most tokens of one decode
         * (default: the model's training context, at most 8192).
         *
         * @param tokens at least 1
         * @return this builder
         */
        public Builder contextSize(int tokens) {
            this.contextSize = tokens;
            return this;
        }

        /**
         * CPU threads of the context (default: llama.cpp's, one per core).
         *
         * @param n at least 1
         * @return this builder
         */
        public Builder threads(int n) {
            this.threads = n;
            return this;
        }

        /**
         * How many texts one decode embeds at most.
         *
         * @param n at least 1 (default 8)
         * @return this builder
         */
        public Builder sequences(int n) {
            this.sequences = n;
            return this;
        }

        /**
         * How token vectors become one vector (default: the model's own pooling).
         *
         * @param pooling the pooling; not {@code NONE} or {@code RANK}
         * @return this builder
         */
        public Builder pooling(ContextParams.Pooling pooling) {
            this.pooling = Objects.requireNonNull(pooling, "pooling");
            return this;
        }

        /**
         * How vectors are scaled (default: to unit length).
         *
         * @param normalization the normalization
         * @return this builder
         */
        public Builder normalization(Normalization normalization) {
            this.normalization = Objects.requireNonNull(normalization, "normalization");
            return this;
        }

        /**
         * The name reported in responses (default: the model's {@code general.name}, else its file name).
         *
         * @param name the name
         * @return this builder
         */
        public Builder modelName(String name) {
            this.modelName = name;
            return this;
        }

        /**
         * Listeners told of every request, response and error.
         *
         * @param listeners the listeners
         * @return this builder
         */
        public Builder listeners(List<EmbeddingModelListener> listeners) {
            this.listeners.clear();
            for (EmbeddingModelListener l : listeners) this.listeners.add(Objects.requireNonNull(l, "listener"));
            return this;
        }

        /**
         * Loads the model if given a path, creates its context and embeds one probe text.
         *
         * @return the model
         * @throws IllegalArgumentException if the configuration is wrong (no model, a missing
         *                                  file, a size below 1, {@code NONE} or {@code RANK}
         *                                  pooling, a model that cannot pool)
         * @throws io.github.llamaffm.LlamaException if llama.cpp cannot load the model or create the context
         */
        public LlamaEmbeddingModel build() {
            if (pooling == ContextParams.Pooling.NONE || pooling == ContextParams.Pooling.RANK) {
                throw new IllegalArgumentException("an embedding model needs a pooling that gives one vector per text, not " + pooling);
            }
            return new LlamaEmbeddingModel(this);
        }
    }
}
