package io.github.llamaffm.springai;

import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.model.tool.DefaultToolCallingChatOptions;
import org.springframework.ai.model.tool.StructuredOutputChatOptions;
import org.springframework.ai.model.tool.ToolCallingChatOptions;
import org.springframework.ai.tool.ToolCallback;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The options of a {@link LlamaChatModel} request: llama.cpp's sampler settings, the reply's
 * length and stop strings, tools, and a JSON Schema the reply must follow. Every option may be
 * null, meaning "the model's default" ({@link LlamaChatModel#getOptions()}); an immutable value.
 *
 * <p>Tool choice: {@code "auto"} (default), {@code "none"}, {@code "required"} or a tool's name.
 * A forced choice ({@code required} or a name) applies to a turn that answers the user; a turn that
 * follows tool results is {@code auto}, so that a tool loop can end.
 */
public final class LlamaChatOptions implements ToolCallingChatOptions, StructuredOutputChatOptions {
    private final String model;
    private final Double temperature;
    private final Double topP;
    private final Integer topK;
    private final Double minP;
    private final Long seed;
    private final Integer maxTokens;
    private final List<String> stopSequences;
    private final Double frequencyPenalty;
    private final Double presencePenalty;
    private final Double repeatPenalty;
    private final Integer repeatLastN;
    private final List<ToolCallback> toolCallbacks;
    private final Map<String, Object> toolContext;
    private final String toolChoice;
    private final Boolean parallelToolCalls;
    private final Boolean internalToolExecutionEnabled;
    private final Integer maxToolRounds;
    private final String outputSchema;
    private final Boolean thinking;

    private LlamaChatOptions(Builder b, String model, Double temperature, Double topP, Integer topK, Integer maxTokens,
                             List<String> stop, Double frequencyPenalty, Double presencePenalty,
                             List<ToolCallback> toolCallbacks, Map<String, Object> toolContext) {
        this.model = model;
        this.temperature = temperature;
        this.topP = topP;
        this.topK = topK;
        this.minP = b.minP;
        this.seed = b.seed;
        this.maxTokens = maxTokens;
        this.stopSequences = stop == null ? null : List.copyOf(stop);
        this.frequencyPenalty = frequencyPenalty;
        this.presencePenalty = presencePenalty;
        this.repeatPenalty = b.repeatPenalty;
        this.repeatLastN = b.repeatLastN;
        this.toolCallbacks = toolCallbacks == null ? null : List.copyOf(toolCallbacks);
        this.toolContext = toolContext == null ? null : Map.copyOf(toolContext);
        this.toolChoice = b.toolChoice;
        this.parallelToolCalls = b.parallelToolCalls;
        this.internalToolExecutionEnabled = b.internalToolExecutionEnabled;
        this.maxToolRounds = b.maxToolRounds;
        this.outputSchema = b.outputSchema;
        this.thinking = b.thinking;
    }

    /**
     * A builder with every option unset.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The options of {@code runtime} where it sets them, else those of {@code defaults}: how a
     * request's options meet the model's defaults. Options of any {@link ChatOptions} type count
     * (tools from a {@link ToolCallingChatOptions}, the schema from a
     * {@link StructuredOutputChatOptions}).
     *
     * @param runtime  a request's options, or null
     * @param defaults the model's defaults
     * @return the merged options
     */
    public static LlamaChatOptions merge(ChatOptions runtime, LlamaChatOptions defaults) {
        Objects.requireNonNull(defaults, "defaults");
        if (runtime == null) return defaults;
        Builder b = defaults.mutate();
        if (runtime.getModel() != null) b.model(runtime.getModel());
        if (runtime.getTemperature() != null) b.temperature(runtime.getTemperature());
        if (runtime.getTopP() != null) b.topP(runtime.getTopP());
        if (runtime.getTopK() != null) b.topK(runtime.getTopK());
        if (runtime.getMaxTokens() != null) b.maxTokens(runtime.getMaxTokens());
        if (runtime.getFrequencyPenalty() != null) b.frequencyPenalty(runtime.getFrequencyPenalty());
        if (runtime.getPresencePenalty() != null) b.presencePenalty(runtime.getPresencePenalty());
        if (runtime.getStopSequences() != null) {
            // ChatClient hands the defaults back merged into the request: keep each string once
            b.stopSequences(List.copyOf(new LinkedHashSet<>(runtime.getStopSequences())));
        }
        if (runtime instanceof ToolCallingChatOptions t) {
            if (t.getToolCallbacks() != null && !t.getToolCallbacks().isEmpty()) b.toolCallbacks(t.getToolCallbacks());
            if (t.getToolContext() != null && !t.getToolContext().isEmpty()) b.toolContext(t.getToolContext());
        }
        if (runtime instanceof StructuredOutputChatOptions s && s.getOutputSchema() != null) b.outputSchema(s.getOutputSchema());
        if (runtime instanceof LlamaChatOptions l) {
            if (l.minP != null) b.minP(l.minP);
            if (l.seed != null) b.seed(l.seed);
            if (l.repeatPenalty != null) b.repeatPenalty(l.repeatPenalty);
            if (l.repeatLastN != null) b.repeatLastN(l.repeatLastN);
            if (l.toolChoice != null) b.toolChoice(l.toolChoice);
            if (l.parallelToolCalls != null) b.parallelToolCalls(l.parallelToolCalls);
            if (l.internalToolExecutionEnabled != null) b.internalToolExecutionEnabled(l.internalToolExecutionEnabled);
            if (l.maxToolRounds != null) b.maxToolRounds(l.maxToolRounds);
            if (l.thinking != null) b.thinking(l.thinking);
        }
        return b.build();
    }

    @Override
    public String getModel() {
        return model;
    }

    @Override
    public Double getTemperature() {
        return temperature;
    }

    @Override
    public Double getTopP() {
        return topP;
    }

    @Override
    public Integer getTopK() {
        return topK;
    }

    /**
     * Min-p sampling: tokens below this fraction of the likeliest token's probability are dropped.
     *
     * @return the threshold, or null
     */
    public Double getMinP() {
        return minP;
    }

    /**
     * The sampler's seed (the same seed and request give the same reply).
     *
     * @return the seed, or null
     */
    public Long getSeed() {
        return seed;
    }

    @Override
    public Integer getMaxTokens() {
        return maxTokens;
    }

    @Override
    public List<String> getStopSequences() {
        return stopSequences;
    }

    @Override
    public Double getFrequencyPenalty() {
        return frequencyPenalty;
    }

    @Override
    public Double getPresencePenalty() {
        return presencePenalty;
    }

    /**
     * The repetition penalty (1 = none) over the last {@link #getRepeatLastN()} tokens.
     *
     * @return the penalty, or null
     */
    public Double getRepeatPenalty() {
        return repeatPenalty;
    }

    /**
     * How many recent tokens the penalties look at.
     *
     * @return the count, or null
     */
    public Integer getRepeatLastN() {
        return repeatLastN;
    }

    @Override
    public List<ToolCallback> getToolCallbacks() {
        return toolCallbacks;
    }

    @Override
    public Map<String, Object> getToolContext() {
        return toolContext;
    }

    /**
     * Which tools the model must call: {@code auto}, {@code none}, {@code required} or a tool name.
     *
     * @return the choice, or null
     */
    public String getToolChoice() {
        return toolChoice;
    }

    /**
     * Whether one reply may call several tools.
     *
     * @return the flag, or null
     */
    public Boolean getParallelToolCalls() {
        return parallelToolCalls;
    }

    /**
     * Whether {@link LlamaChatModel} runs the tools it is asked to call itself (through its
     * {@code ToolCallingManager}) and answers with the final reply. Off by default: in Spring AI 2
     * {@code ChatClient}'s tool-calling advisor runs the loop.
     *
     * @return the flag, or null
     */
    public Boolean getInternalToolExecutionEnabled() {
        return internalToolExecutionEnabled;
    }

    /**
     * The most tool rounds one internal tool execution runs before it gives up.
     *
     * @return the count, or null
     */
    public Integer getMaxToolRounds() {
        return maxToolRounds;
    }

    @Override
    public String getOutputSchema() {
        return outputSchema;
    }

    /**
     * The chat template's {@code enable_thinking} switch (models that reason before they answer).
     *
     * @return the switch, or null
     */
    public Boolean getThinking() {
        return thinking;
    }

    @Override
    public Builder mutate() {
        return new Builder().model(model).temperature(temperature).topP(topP).topK(topK).minP(minP).seed(seed)
                .maxTokens(maxTokens).stopSequences(stopSequences).frequencyPenalty(frequencyPenalty)
                .presencePenalty(presencePenalty).repeatPenalty(repeatPenalty).repeatLastN(repeatLastN)
                .toolCallbacks(toolCallbacks).toolContext(toolContext).toolChoice(toolChoice)
                .parallelToolCalls(parallelToolCalls).internalToolExecutionEnabled(internalToolExecutionEnabled)
                .maxToolRounds(maxToolRounds).outputSchema(outputSchema).thinking(thinking);
    }

    private List<Object> values() {
        return java.util.Arrays.asList(model, temperature, topP, topK, minP, seed, maxTokens, stopSequences,
                frequencyPenalty, presencePenalty, repeatPenalty, repeatLastN, toolCallbacks, toolContext,
                toolChoice, parallelToolCalls, internalToolExecutionEnabled, maxToolRounds, outputSchema, thinking);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LlamaChatOptions other && values().equals(other.values());
    }

    @Override
    public int hashCode() {
        return values().hashCode();
    }

    @Override
    public String toString() {
        return "LlamaChatOptions[temperature=" + temperature + ", topP=" + topP + ", topK=" + topK + ", minP=" + minP
                + ", seed=" + seed + ", maxTokens=" + maxTokens + ", stop=" + stopSequences + ", tools="
                + (toolCallbacks == null ? 0 : toolCallbacks.size()) + ", toolChoice=" + toolChoice
                + ", outputSchema=" + (outputSchema != null) + "]";
    }

    /**
     * Builds {@link LlamaChatOptions}. Values are checked where a wrong one can be told at once
     * (ranges); tool choice and schema are checked when a request uses them.
     */
    public static final class Builder extends DefaultToolCallingChatOptions.Builder<Builder>
            implements StructuredOutputChatOptions.Builder<Builder> {
        private Double minP;
        private Long seed;
        private Double repeatPenalty;
        private Integer repeatLastN;
        private String toolChoice;
        private Boolean parallelToolCalls;
        private Boolean internalToolExecutionEnabled;
        private Integer maxToolRounds;
        private String outputSchema;
        private Boolean thinking;

        private Builder() {
        }

        @Override
        public Builder temperature(Double t) {
            if (t != null && !(t >= 0)) throw new IllegalArgumentException("temperature must be >= 0: " + t);
            return super.temperature(t);
        }

        @Override
        public Builder topP(Double p) {
            if (p != null && !(p >= 0 && p <= 1)) throw new IllegalArgumentException("topP must be in [0, 1]: " + p);
            return super.topP(p);
        }

        @Override
        public Builder topK(Integer k) {
            if (k != null && k < 0) throw new IllegalArgumentException("topK must be >= 0: " + k);
            return super.topK(k);
        }

        @Override
        public Builder maxTokens(Integer n) {
            if (n != null && n < 1) throw new IllegalArgumentException("maxTokens must be >= 1: " + n);
            return super.maxTokens(n);
        }

        /**
         * Sets {@link LlamaChatOptions#getMinP()}.
         *
         * @param p the threshold in [0, 1], or null
         * @return this builder
         * @throws IllegalArgumentException if {@code p} is out of range
         */
        public Builder minP(Double p) {
            if (p != null && !(p >= 0 && p <= 1)) throw new IllegalArgumentException("minP must be in [0, 1]: " + p);
            minP = p;
            return this;
        }

        /**
         * Sets {@link LlamaChatOptions#getSeed()}.
         *
         * @param s the seed, or null
         * @return this builder
         */
        public Builder seed(Long s) {
            seed = s;
            return this;
        }

        /**
         * Sets {@link LlamaChatOptions#getRepeatPenalty()}.
         *
         * @param p the penalty ({@code > 0}), or null
         * @return this builder
         * @throws IllegalArgumentException if {@code p <= 0}
         */
        public Builder repeatPenalty(Double p) {
            if (p != null && !(p > 0)) throw new IllegalArgumentException("repeatPenalty must be > 0: " + p);
            repeatPenalty = p;
            return this;
        }

        /**
         * Sets {@link LlamaChatOptions#getRepeatLastN()}.
         *
         * @param n the count ({@code >= -1}; -1 = the whole context), or null
         * @return this builder
         * @throws IllegalArgumentException if {@code n < -1}
         */
        public Builder repeatLastN(Integer n) {
            if (n != null && n < -1) throw new IllegalArgumentException("repeatLastN must be >= -1: " + n);
            repeatLastN = n;
            return this;
        }

        /**
         * Sets {@link LlamaChatOptions#getToolChoice()}.
         *
         * @param choice {@code auto}, {@code none}, {@code required} or a tool name, or null
         * @return this builder
         * @throws IllegalArgumentException if {@code choice} is blank
         */
        public Builder toolChoice(String choice) {
            if (choice != null && choice.isBlank()) throw new IllegalArgumentException("toolChoice is blank");
            toolChoice = choice;
            return this;
        }

        /**
         * Sets {@link LlamaChatOptions#getParallelToolCalls()}.
         *
         * @param on the flag, or null
         * @return this builder
         */
        public Builder parallelToolCalls(Boolean on) {
            parallelToolCalls = on;
            return this;
        }

        /**
         * Sets {@link LlamaChatOptions#getInternalToolExecutionEnabled()}.
         *
         * @param on the flag, or null
         * @return this builder
         */
        public Builder internalToolExecutionEnabled(Boolean on) {
            internalToolExecutionEnabled = on;
            return this;
        }

        /**
         * Sets {@link LlamaChatOptions#getMaxToolRounds()}.
         *
         * @param n the count ({@code >= 1}), or null
         * @return this builder
         * @throws IllegalArgumentException if {@code n < 1}
         */
        public Builder maxToolRounds(Integer n) {
            if (n != null && n < 1) throw new IllegalArgumentException("maxToolRounds must be >= 1: " + n);
            maxToolRounds = n;
            return this;
        }

        @Override
        public Builder outputSchema(String schema) {
            outputSchema = schema;
            return this;
        }

        /**
         * Sets {@link LlamaChatOptions#getThinking()}.
         *
         * @param on the switch, or null
         * @return this builder
         */
        public Builder thinking(Boolean on) {
            thinking = on;
            return this;
        }

        @Override
        public Builder combineWith(ChatOptions.Builder<?> other) {
            super.combineWith(other);
            if (other instanceof Builder that) {
                if (that.minP != null) minP = that.minP;
                if (that.seed != null) seed = that.seed;
                if (that.repeatPenalty != null) repeatPenalty = that.repeatPenalty;
                if (that.repeatLastN != null) repeatLastN = that.repeatLastN;
                if (that.toolChoice != null) toolChoice = that.toolChoice;
                if (that.parallelToolCalls != null) parallelToolCalls = that.parallelToolCalls;
                if (that.internalToolExecutionEnabled != null) internalToolExecutionEnabled = that.internalToolExecutionEnabled;
                if (that.maxToolRounds != null) maxToolRounds = that.maxToolRounds;
                if (that.outputSchema != null) outputSchema = that.outputSchema;
                if (that.thinking != null) thinking = that.thinking;
            } else if (other instanceof StructuredOutputChatOptions.Builder<?> s) {
                // a generic structured-output builder keeps its schema private: read it off a build
                String schema = ((StructuredOutputChatOptions) s.build()).getOutputSchema();
                if (schema != null) outputSchema = schema;
            }
            return this;
        }

        @Override
        public LlamaChatOptions build() {
            return new LlamaChatOptions(this, model, temperature, topP, topK, maxTokens, stopSequences,
                    frequencyPenalty, presencePenalty, toolCallbacks, toolContext);
        }
    }
}
