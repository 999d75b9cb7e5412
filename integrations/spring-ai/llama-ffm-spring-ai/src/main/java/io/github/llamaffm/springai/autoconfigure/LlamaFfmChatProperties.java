package io.github.llamaffm.springai.autoconfigure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * The chat model ({@code spring.ai.llamaffm.chat.*}): a bean only when {@code model} is set. The
 * {@code options} are the defaults of every request ({@code LlamaChatOptions}).
 */
@ConfigurationProperties(prefix = LlamaFfmChatProperties.PREFIX, ignoreUnknownFields = false)
public class LlamaFfmChatProperties {
    /** The prefix of the chat model's properties. */
    public static final String PREFIX = LlamaFfmProperties.PREFIX + ".chat";

    /** The GGUF file of the chat model. */
    private String model;
    /** Tokens the engine's context holds, shared by its sequences (default 4096; 0 = the model's training context). */
    private Integer contextSize;
    /** CPU threads of the engine's context; unset: llama.cpp's default. */
    private Integer threads;
    /** Replies decoded together by continuous batching (default 4); more requests wait their turn. */
    private Integer sequences;
    /** The defaults of every request. */
    @NestedConfigurationProperty
    private final Options options = new Options();

    /** Creates the properties with nothing set. */
    public LlamaFfmChatProperties() {
    }

    /**
     * The GGUF file of the chat model.
     *
     * @return the value, or null
     */
    public String getModel() {
        return model;
    }

    /**
     * Sets: the GGUF file of the chat model.
     *
     * @param model the value
     */
    public void setModel(String model) {
        this.model = model;
    }

    /**
     * Tokens the engine's context holds, shared by its sequences (default 4096; 0 = the model's training context).
     *
     * @return the value, or null
     */
    public Integer getContextSize() {
        return contextSize;
    }

    /**
     * Sets: tokens the engine's context holds, shared by its sequences; unset: llama.cpp's default.
     *
     * @param contextSize the value
     */
    public void setContextSize(Integer contextSize) {
        this.contextSize = contextSize;
    }

    /**
     * CPU threads of the engine's context; unset: llama.cpp's default.
     *
     * @return the value, or null
     */
    public Integer getThreads() {
        return threads;
    }

    /**
     * Sets: cPU threads of the engine's context; unset: llama.cpp's default.
     *
     * @param threads the value
     */
    public void setThreads(Integer threads) {
        this.threads = threads;
    }

    /**
     * Replies decoded together by continuous batching (default 4); more requests wait their turn.
     *
     * @return the value, or null
     */
    public Integer getSequences() {
        return sequences;
    }

    /**
     * Sets: replies decoded together (continuous batching); unset: the engine's default (4).
     *
     * @param sequences the value
     */
    public void setSequences(Integer sequences) {
        this.sequences = sequences;
    }

    /**
     * The defaults of every request.
     *
     * @return the options (never null)
     */
    public Options getOptions() {
        return options;
    }

    /** The sampler and tool defaults ({@code spring.ai.llamaffm.chat.options.*}). */
    public static class Options {
        /** Sampling temperature (0 = greedy). */
        private Double temperature;
        /** Top-p (nucleus) sampling, in [0, 1]. */
        private Double topP;
        /** Top-k sampling (0 = off). */
        private Integer topK;
        /** Min-p sampling, in [0, 1]. */
        private Double minP;
        /** Most tokens in a reply. */
        private Integer maxTokens;
        /** The sampler's seed. */
        private Long seed;
        /** Stop strings (not part of the reply). */
        private java.util.List<String> stop;
        /** Repetition penalty (1 = none). */
        private Double repeatPenalty;
        /** Tokens the penalties look back at. */
        private Integer repeatLastN;
        /** Frequency penalty (0 = none). */
        private Double frequencyPenalty;
        /** Presence penalty (0 = none). */
        private Double presencePenalty;
        /** auto, none, required or a tool name. */
        private String toolChoice;
        /** Whether one reply may call several tools. */
        private Boolean parallelToolCalls;
        /** Whether the chat model runs the tools itself. */
        private Boolean internalToolExecutionEnabled;
        /** Most tool rounds of internal tool execution. */
        private Integer maxToolRounds;
        /** The chat template's enable_thinking switch. */
        private Boolean thinking;

        /** Creates the options with nothing set. */
        public Options() {
        }

        /**
         * Sampling temperature (0 = greedy).
         *
         * @return the value, or null
         */
        public Double getTemperature() {
            return temperature;
        }

        /**
         * Sets: sampling temperature (0 = greedy).
         *
         * @param temperature the value
         */
        public void setTemperature(Double temperature) {
            this.temperature = temperature;
        }

        /**
         * Top-p (nucleus) sampling, in [0, 1].
         *
         * @return the value, or null
         */
        public Double getTopP() {
            return topP;
        }

        /**
         * Sets: top-p (nucleus) sampling, in [0, 1].
         *
         * @param topP the value
         */
        public void setTopP(Double topP) {
            this.topP = topP;
        }

        /**
         * Top-k sampling (0 = off).
         *
         * @return the value, or null
         */
        public Integer getTopK() {
            return topK;
        }

        /**
         * Sets: top-k sampling (0 = off).
         *
         * @param topK the value
         */
        public void setTopK(Integer topK) {
            this.topK = topK;
        }

        /**
         * Min-p sampling, in [0, 1].
         *
         * @return the value, or null
         */
        public Double getMinP() {
            return minP;
        }

        /**
         * Sets: min-p sampling, in [0, 1].
         *
         * @param minP the value
         */
        public void setMinP(Double minP) {
            this.minP = minP;
        }

        /**
         * Most tokens in a reply.
         *
         * @return the value, or null
         */
        public Integer getMaxTokens() {
            return maxTokens;
        }

        /**
         * Sets: most tokens in a reply.
         *
         * @param maxTokens the value
         */
        public void setMaxTokens(Integer maxTokens) {
            this.maxTokens = maxTokens;
        }

        /**
         * The sampler's seed.
         *
         * @return the value, or null
         */
        public Long getSeed() {
            return seed;
        }

        /**
         * Sets: the sampler's seed.
         *
         * @param seed the value
         */
        public void setSeed(Long seed) {
            this.seed = seed;
        }

        /**
         * Stop strings (not part of the reply).
         *
         * @return the value, or null
         */
        public java.util.List<String> getStop() {
            return stop;
        }

        /**
         * Sets: stop strings (not part of the reply).
         *
         * @param stop the value
         */
        public void setStop(java.util.List<String> stop) {
            this.stop = stop;
        }

        /**
         * Repetition penalty (1 = none).
         *
         * @return the value, or null
         */
        public Double getRepeatPenalty() {
            return repeatPenalty;
        }

        /**
         * Sets: repetition penalty (1 = none).
         *
         * @param repeatPenalty the value
         */
        public void setRepeatPenalty(Double repeatPenalty) {
            this.repeatPenalty = repeatPenalty;
        }

        /**
         * Tokens the penalties look back at.
         *
         * @return the value, or null
         */
        public Integer getRepeatLastN() {
            return repeatLastN;
        }

        /**
         * Sets: tokens the penalties look back at.
         *
         * @param repeatLastN the value
         */
        public void setRepeatLastN(Integer repeatLastN) {
            this.repeatLastN = repeatLastN;
        }

        /**
         * Frequency penalty (0 = none).
         *
         * @return the value, or null
         */
        public Double getFrequencyPenalty() {
            return frequencyPenalty;
        }

        /**
         * Sets: frequency penalty (0 = none).
         *
         * @param frequencyPenalty the value
         */
        public void setFrequencyPenalty(Double frequencyPenalty) {
            this.frequencyPenalty = frequencyPenalty;
        }

        /**
         * Presence penalty (0 = none).
         *
         * @return the value, or null
         */
        public Double getPresencePenalty() {
            return presencePenalty;
        }

        /**
         * Sets: presence penalty (0 = none).
         *
         * @param presencePenalty the value
         */
        public void setPresencePenalty(Double presencePenalty) {
            this.presencePenalty = presencePenalty;
        }

        /**
         * auto, none, required or a tool name.
         *
         * @return the value, or null
         */
        public String getToolChoice() {
            return toolChoice;
        }

        /**
         * Sets: auto, none, required or a tool name.
         *
         * @param toolChoice the value
         */
        public void setToolChoice(String toolChoice) {
            this.toolChoice = toolChoice;
        }

        /**
         * Whether one reply may call several tools.
         *
         * @return the value, or null
         */
        public Boolean getParallelToolCalls() {
            return parallelToolCalls;
        }

        /**
         * Sets: whether one reply may call several tools.
         *
         * @param parallelToolCalls the value
         */
        public void setParallelToolCalls(Boolean parallelToolCalls) {
            this.parallelToolCalls = parallelToolCalls;
        }

        /**
         * Whether the chat model runs the tools itself.
         *
         * @return the value, or null
         */
        public Boolean getInternalToolExecutionEnabled() {
            return internalToolExecutionEnabled;
        }

        /**
         * Sets: whether the chat model runs the tools itself.
         *
         * @param internalToolExecutionEnabled the value
         */
        public void setInternalToolExecutionEnabled(Boolean internalToolExecutionEnabled) {
            this.internalToolExecutionEnabled = internalToolExecutionEnabled;
        }

        /**
         * Most tool rounds of internal tool execution.
         *
         * @return the value, or null
         */
        public Integer getMaxToolRounds() {
            return maxToolRounds;
        }

        /**
         * Sets: most tool rounds of internal tool execution.
         *
         * @param maxToolRounds the value
         */
        public void setMaxToolRounds(Integer maxToolRounds) {
            this.maxToolRounds = maxToolRounds;
        }

        /**
         * The chat template's enable_thinking switch.
         *
         * @return the value, or null
         */
        public Boolean getThinking() {
            return thinking;
        }

        /**
         * Sets: the chat template's enable_thinking switch.
         *
         * @param thinking the value
         */
        public void setThinking(Boolean thinking) {
            this.thinking = thinking;
        }
    }
}
