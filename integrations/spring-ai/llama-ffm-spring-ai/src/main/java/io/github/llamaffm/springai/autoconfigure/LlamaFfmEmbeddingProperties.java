package io.github.llamaffm.springai.autoconfigure;

import io.github.llamaffm.ContextParams;
import io.github.llamaffm.Normalization;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The embedding model ({@code spring.ai.llamaffm.embedding.*}): a bean only when {@code model} is set. */
@ConfigurationProperties(prefix = LlamaFfmEmbeddingProperties.PREFIX, ignoreUnknownFields = false)
public class LlamaFfmEmbeddingProperties {
    /** The prefix of the embedding model's properties. */
    public static final String PREFIX = LlamaFfmProperties.PREFIX + ".embedding";

    /** The GGUF file (may be the chat model's: it is then loaded once). */
    private String model;
    /** Tokens the embedding context holds, and its batch size: one text must fit (default 2048). */
    private Integer contextSize;
    /** CPU threads of the embedding context; unset: llama.cpp's default. */
    private Integer threads;
    /** Texts embedded together in one decode. */
    private Integer sequences;
    /** How a text's token embeddings are pooled; unset: the model's own, else MEAN. */
    private ContextParams.Pooling pooling;
    /** How vectors are normalized. */
    private Normalization normalization = Normalization.EUCLIDEAN;

    /** Creates the properties with the defaults. */
    public LlamaFfmEmbeddingProperties() {
    }

    /**
     * The GGUF file.
     *
     * @return the path, or null
     */
    public String getModel() {
        return model;
    }

    /**
     * Sets the GGUF file.
     *
     * @param model the path
     */
    public void setModel(String model) {
        this.model = model;
    }

    /**
     * Tokens the embedding context holds.
     *
     * @return the size, or null
     */
    public Integer getContextSize() {
        return contextSize;
    }

    /**
     * Sets the tokens the embedding context holds.
     *
     * @param contextSize the size
     */
    public void setContextSize(Integer contextSize) {
        this.contextSize = contextSize;
    }

    /**
     * CPU threads.
     *
     * @return the count, or null
     */
    public Integer getThreads() {
        return threads;
    }

    /**
     * Sets the CPU threads.
     *
     * @param threads the count
     */
    public void setThreads(Integer threads) {
        this.threads = threads;
    }

    /**
     * Texts embedded together in one decode.
     *
     * @return the count, or null
     */
    public Integer getSequences() {
        return sequences;
    }

    /**
     * Sets the texts embedded together in one decode.
     *
     * @param sequences the count
     */
    public void setSequences(Integer sequences) {
        this.sequences = sequences;
    }

    /**
     * The pooling.
     *
     * @return the pooling, or null
     */
    public ContextParams.Pooling getPooling() {
        return pooling;
    }

    /**
     * Sets the pooling.
     *
     * @param pooling the pooling
     */
    public void setPooling(ContextParams.Pooling pooling) {
        this.pooling = pooling;
    }

    /**
     * The normalization.
     *
     * @return the normalization
     */
    public Normalization getNormalization() {
        return normalization;
    }

    /**
     * Sets the normalization.
     *
     * @param normalization the normalization
     */
    public void setNormalization(Normalization normalization) {
        this.normalization = normalization;
    }
}
