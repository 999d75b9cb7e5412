package io.github.llamaffm.langchain4j;

import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.DefaultChatRequestParameters;

import java.util.Objects;

/**
 * LangChain4j's common chat parameters plus what llama.cpp's sampler and llama-ffm's chat
 * engine add: min-p, a seed, the repetition penalty and its window, reasoning on or off,
 * parallel tool calls, and forcing one named tool. Unset values ({@code null}) fall back to the
 * model's default parameters, then to llama-ffm's defaults.
 *
 * <pre>{@code
 * ChatRequest request = ChatRequest.builder()
 *         .messages(UserMessage.from("Hello"))
 *         .parameters(LlamaChatRequestParameters.builder().temperature(0.7).minP(0.05).seed(42L).build())
 *         .build();
 * }</pre>
 */
public class LlamaChatRequestParameters extends DefaultChatRequestParameters {
    private final Double minP;
    private final Long seed;
    private final Double repeatPenalty;
    private final Integer penaltyLastN;
    private final Boolean thinking;
    private final Boolean parallelToolCalls;
    private final String toolName;

    /**
     * Creates the parameters from a builder.
     *
     * @param builder the builder
     */
    protected LlamaChatRequestParameters(Builder builder) {
        super(builder);
        this.minP = builder.minP;
        this.seed = builder.seed;
        this.repeatPenalty = builder.repeatPenalty;
        this.penaltyLastN = builder.penaltyLastN;
        this.thinking = builder.thinking;
        this.parallelToolCalls = builder.parallelToolCalls;
        this.toolName = builder.toolName;
    }

    /**
     * Min-p sampling: tokens at least this fraction as likely as the most likely one are kept.
     *
     * @return a value in [0, 1], or null when unset
     */
    public Double minP() {
        return minP;
    }

    /**
     * The seed of the random pick; without one every reply differs.
     *
     * @return the seed, or null when unset
     */
    public Long seed() {
        return seed;
    }

    /**
     * The repetition penalty (1 disables it).
     *
     * @return a value above 0, or null when unset
     */
    public Double repeatPenalty() {
        return repeatPenalty;
    }

    /**
     * How many of the last tokens the repetition, frequency and presence penalties look at.
     *
     * @return tokens (-1 the whole context), or null when unset (64)
     */
    public Integer penaltyLastN() {
        return penaltyLastN;
    }

    /**
     * Whether the model reasons before it answers, for templates that can switch it (Qwen 3,
     * DeepSeek R1, ...).
     *
     * @return true or false, or null for the template's default
     */
    public Boolean thinking() {
        return thinking;
    }

    /**
     * Whether the model may call several tools in one reply.
     *
     * @return true or false, or null when unset (true)
     */
    public Boolean parallelToolCalls() {
        return parallelToolCalls;
    }

    /**
     * The one tool the model must call (LangChain4j's {@link dev.langchain4j.model.chat.request.ToolChoice}
     * cannot name one); it must be among the request's tools.
     *
     * @return the tool's name, or null for none
     */
    public String toolName() {
        return toolName;
    }

    @Override
    public ChatRequestParameters overrideWith(ChatRequestParameters that) {
        return builder().overrideWith(this).overrideWith(that).build();
    }

    @Override
    public ChatRequestParameters defaultedBy(ChatRequestParameters that) {
        return builder().overrideWith(that).overrideWith(this).build();
    }

    @Override
    public boolean equals(Object o) {
        if (!super.equals(o)) return false;
        LlamaChatRequestParameters that = (LlamaChatRequestParameters) o;
        return Objects.equals(minP, that.minP) && Objects.equals(seed, that.seed)
                && Objects.equals(repeatPenalty, that.repeatPenalty) && Objects.equals(penaltyLastN, that.penaltyLastN)
                && Objects.equals(thinking, that.thinking) && Objects.equals(parallelToolCalls, that.parallelToolCalls)
                && Objects.equals(toolName, that.toolName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), minP, seed, repeatPenalty, penaltyLastN, thinking, parallelToolCalls, toolName);
    }

    @Override
    public String toString() {
        return "LlamaChatRequestParameters{" + super.toString() + ", minP=" + minP + ", seed=" + seed
                + ", repeatPenalty=" + repeatPenalty + ", penaltyLastN=" + penaltyLastN + ", thinking=" + thinking
                + ", parallelToolCalls=" + parallelToolCalls + ", toolName=" + toolName + '}';
    }

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link LlamaChatRequestParameters}; every value is optional. */
    public static class Builder extends DefaultChatRequestParameters.Builder<Builder> {
        private Double minP;
        private Long seed;
        private Double repeatPenalty;
        private Integer penaltyLastN;
        private Boolean thinking;
        private Boolean parallelToolCalls;
        private String toolName;

        /** Creates an empty builder. */
        public Builder() {
        }

        /**
         * Takes every value that {@code parameters} sets, the llama-specific ones included when
         * they are {@link LlamaChatRequestParameters}.
         *
         * @param parameters the parameters
         * @return this builder
         */
        @Override
        public Builder overrideWith(ChatRequestParameters parameters) {
            super.overrideWith(parameters);
            if (parameters instanceof LlamaChatRequestParameters p) {
                if (p.minP != null) minP = p.minP;
                if (p.seed != null) seed = p.seed;
                if (p.repeatPenalty != null) repeatPenalty = p.repeatPenalty;
                if (p.penaltyLastN != null) penaltyLastN = p.penaltyLastN;
                if (p.thinking != null) thinking = p.thinking;
                if (p.parallelToolCalls != null) parallelToolCalls = p.parallelToolCalls;
                if (p.toolName != null) toolName = p.toolName;
            }
            return this;
        }

        /**
         * Sets min-p.
         *
         * @param minP in [0, 1]
         * @return this builder
         */
        public Builder minP(Double minP) {
            this.minP = minP;
            return this;
        }

        /**
         * Sets the seed.
         *
         * @param seed the seed
         * @return this builder
         */
        public Builder seed(Long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Sets the repetition penalty.
         *
         * @param repeatPenalty above 0; 1 disables it
         * @return this builder
         */
        public Builder repeatPenalty(Double repeatPenalty) {
            this.repeatPenalty = repeatPenalty;
            return this;
        }

        /**
         * Sets the window of the penalties.
         *
         * @param penaltyLastN tokens, -1 for the whole context
         * @return this builder
         */
        public Builder penaltyLastN(Integer penaltyLastN) {
            this.penaltyLastN = penaltyLastN;
            return this;
        }

        /**
         * Switches reasoning on or off.
         *
         * @param thinking true, false, or null for the template's default
         * @return this builder
         */
        public Builder thinking(Boolean thinking) {
            this.thinking = thinking;
            return this;
        }

        /**
         * Allows or forbids several tool calls in one reply.
         *
         * @param parallelToolCalls true or false
         * @return this builder
         */
        public Builder parallelToolCalls(Boolean parallelToolCalls) {
            this.parallelToolCalls = parallelToolCalls;
            return this;
        }

        /**
         * Forces a call of the named tool.
         *
         * @param toolName the name of one of the request's tools
         * @return this builder
         */
        public Builder toolName(String toolName) {
            this.toolName = toolName;
            return this;
        }

        @Override
        public LlamaChatRequestParameters build() {
            return new LlamaChatRequestParameters(this);
        }
    }
}
