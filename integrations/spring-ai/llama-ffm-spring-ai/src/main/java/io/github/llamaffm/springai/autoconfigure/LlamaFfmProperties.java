package io.github.llamaffm.springai.autoconfigure;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How GGUF files are loaded ({@code spring.ai.llamaffm.*}); the chat and embedding models have
 * their own properties ({@link LlamaFfmChatProperties}, {@link LlamaFfmEmbeddingProperties}), which
 * refuse unknown names (a misspelt option stops the start). This class cannot: the others' names
 * lie under its prefix.
 */
@ConfigurationProperties(prefix = LlamaFfmProperties.PREFIX)
public class LlamaFfmProperties {
    /** The prefix of every property of this integration. */
    public static final String PREFIX = "spring.ai.llamaffm";

    /** Layers offloaded to the GPU (0 = none; a large number = all); unset: llama.cpp's default. */
    private Integer gpuLayers;

    /** Creates the properties with nothing set. */
    public LlamaFfmProperties() {
    }

    /**
     * Layers offloaded to the GPU.
     *
     * @return the count, or null
     */
    public Integer getGpuLayers() {
        return gpuLayers;
    }

    /**
     * Sets the layers offloaded to the GPU.
     *
     * @param gpuLayers the count, or null
     */
    public void setGpuLayers(Integer gpuLayers) {
        this.gpuLayers = gpuLayers;
    }
}
