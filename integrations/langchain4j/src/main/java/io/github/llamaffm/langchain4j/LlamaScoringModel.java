package io.github.llamaffm.langchain4j;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.output.Response;
import dev.langchain4j.model.output.TokenUsage;
import dev.langchain4j.model.scoring.ScoringModel;
import io.github.llamaffm.ContextParams;
import io.github.llamaffm.LlamaException;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.ModelParams;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A LangChain4j {@link ScoringModel} over a local GGUF reranker (bge-reranker, Qwen3-Reranker,
 * jina-reranker, ...) run by llama.cpp through llama-ffm: the relevance of each text to a query,
 * higher is more relevant. Query and text are paired as the model's {@code rerank} template
 * says, else joined by its separator tokens, as llama.cpp's own tools do.
 *
 * <pre>{@code
 * try (LlamaScoringModel model = LlamaScoringModel.builder().modelPath(Path.of("bge-reranker-v2-m3.gguf")).build()) {
 *     List<Double> scores = model.scoreAll(segments, "what is a panda?").content();
 * }
 * }</pre>
 *
 * <p>Threads share the instance and take turns on its one context.
 */
public final class LlamaScoringModel implements ScoringModel, AutoCloseable {
    private final PooledContext pooled;

    private LlamaScoringModel(PooledContext pooled) {
        this.pooled = pooled;
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
    public Response<List<Double>> scoreAll(List<TextSegment> segments, String query) {
        if (query == null) throw new NullPointerException("query");
        List<String> texts = new ArrayList<>(segments.size());
        for (TextSegment s : segments) texts.add(s.text());
        if (texts.isEmpty()) return Response.from(List.of());
        float[] scores = pooled.with(ctx -> ctx.rank(query, texts));
        List<Double> out = new ArrayList<>(scores.length);
        for (float f : scores) out.add((double) f);
        List<String> counted = new ArrayList<>(texts);
        counted.add(query);
        return Response.from(out, new TokenUsage(pooled.tokens(counted)));
    }

    /**
     * Frees the context, and the model if this instance loaded it from a path. Idempotent.
     */
    @Override
    public void close() {
        pooled.close();
    }

    /** Builds a {@link LlamaScoringModel}; the model is required, the rest optional. */
    public static final class Builder {
        private Path modelPath;
        private LlamaModel model;
        private ModelParams modelParams;
        private Integer contextSize;
        private Integer sequences;
        private Integer threads;

        private Builder() {
        }

        /**
         * The GGUF file of a reranker; the model built owns it.
         *
         * @param path the file
         * @return this builder
         */
        public Builder modelPath(Path path) {
            this.modelPath = path;
            return this;
        }

        /**
         * A reranker already loaded; the model built never closes it.
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
         * The context size: the longest query-and-text pair in tokens (default: the model's
         * training context, at most 8192).
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
         * How many pairs one decode scores at most.
         *
         * @param n at least 1 (default 8)
         * @return this builder
         */
        public Builder sequences(int n) {
            this.sequences = n;
            return this;
        }

        /**
         * Loads the model if given a path, creates its ranking context and scores one probe pair.
         *
         * @return the model
         * @throws IllegalArgumentException if the configuration is wrong (no model, a missing
         *                                  file, a size below 1) or the model is not a reranker
         * @throws LlamaException if llama.cpp cannot load the model or create the context
         */
        public LlamaScoringModel build() {
            PooledContext pooled = PooledContext.open(modelPath, model, modelParams, contextSize, sequences, threads, ContextParams.Pooling.RANK);
            try {
                checkReranker(pooled.model());
                pooled.with(ctx -> ctx.rank("query", List.of("document")));
            } catch (LlamaException | IllegalStateException e) {
                pooled.close();
                throw new IllegalArgumentException("the model cannot score (is it a reranker with a classifier head?): "
                        + e.getMessage(), e);
            } catch (RuntimeException | Error e) {
                pooled.close();
                throw e;
            }
            return new LlamaScoringModel(pooled);
        }

        /**
         * A reranker's GGUF says so: pooling type 4 (rank). Without that llama.cpp ranks with
         * whatever head the model has, and the scores mean nothing.
         */
        private static void checkReranker(LlamaModel model) {
            java.util.Map<String, String> meta = model.metadata();
            String pooling = meta.get(meta.get("general.architecture") + ".pooling_type");
            if (!"4".equals(pooling)) {
                throw new IllegalArgumentException("the model is not a reranker: its pooling type is "
                        + (pooling == null ? "not set" : pooling) + ", a reranker's is 4 (rank)");
            }
        }
    }
}
