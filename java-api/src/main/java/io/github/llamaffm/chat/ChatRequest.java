package io.github.llamaffm.chat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What to render for the model's next reply: the conversation, the tools it may call and how, and
 * template switches. {@link ChatTemplate#apply(ChatRequest)} turns it into a {@link ChatPrompt}.
 * Immutable.
 */
public final class ChatRequest {
    private final List<ChatMessage> messages;
    private final List<Tool> tools;
    private final ToolChoice toolChoice;
    private final boolean parallelToolCalls;
    private final Boolean thinking;
    private final Map<String, Object> variables;

    private ChatRequest(Builder b) {
        this.messages = List.copyOf(b.messages);
        this.tools = List.copyOf(b.tools);
        this.toolChoice = b.toolChoice;
        this.parallelToolCalls = b.parallelToolCalls;
        this.thinking = b.thinking;
        this.variables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.variables));
    }

    /**
     * A builder for a request over a conversation.
     *
     * @param messages the conversation, oldest first
     * @return a new builder
     * @throws NullPointerException if {@code messages} or one of them is null
     */
    public static Builder builder(List<ChatMessage> messages) {
        return new Builder(List.copyOf(messages));
    }

    /**
     * The conversation.
     *
     * @return the messages, oldest first
     */
    public List<ChatMessage> messages() {
        return messages;
    }

    /**
     * The tools offered.
     *
     * @return the tools, possibly empty
     */
    public List<Tool> tools() {
        return tools;
    }

    /**
     * Whether and which tools must be called.
     *
     * @return the choice ({@link ToolChoice#AUTO} unless set)
     */
    public ToolChoice toolChoice() {
        return toolChoice;
    }

    /**
     * Whether the model may make several calls in one reply.
     *
     * @return true unless set otherwise
     */
    public boolean parallelToolCalls() {
        return parallelToolCalls;
    }

    /**
     * The template's {@code enable_thinking} switch.
     *
     * @return true or false when set, null to leave it to the template
     */
    public Boolean thinking() {
        return thinking;
    }

    /**
     * Extra template variables.
     *
     * @return the variables, unmodifiable
     */
    public Map<String, Object> variables() {
        return variables;
    }

    /**
     * A builder with this request's settings.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(messages);
        b.tools.addAll(tools);
        b.toolChoice = toolChoice;
        b.parallelToolCalls = parallelToolCalls;
        b.thinking = thinking;
        b.variables.putAll(variables);
        return b;
    }

    /** Builds a {@link ChatRequest}. */
    public static final class Builder {
        private List<ChatMessage> messages;
        private final List<Tool> tools = new ArrayList<>();
        private ToolChoice toolChoice = ToolChoice.AUTO;
        private boolean parallelToolCalls = true;
        private Boolean thinking;
        private final Map<String, Object> variables = new LinkedHashMap<>();

        private Builder(List<ChatMessage> messages) {
            this.messages = messages;
        }

        /**
         * Replaces the conversation.
         *
         * @param m the messages
         * @return this builder
         * @throws NullPointerException if {@code m} or one of them is null
         */
        public Builder messages(List<ChatMessage> m) {
            messages = List.copyOf(m);
            return this;
        }

        /**
         * The tools the model may call (replacing any set before).
         *
         * @param t the tools
         * @return this builder
         * @throws NullPointerException if {@code t} or one of them is null
         */
        public Builder tools(List<Tool> t) {
            List<Tool> copy = List.copyOf(t);
            tools.clear();
            tools.addAll(copy);
            return this;
        }

        /**
         * Whether and which tools must be called ({@link ToolChoice#AUTO} by default).
         *
         * @param c the choice
         * @return this builder
         * @throws NullPointerException if {@code c} is null
         */
        public Builder toolChoice(ToolChoice c) {
            toolChoice = Objects.requireNonNull(c, "toolChoice");
            return this;
        }

        /**
         * Whether several calls may be made in one reply (default true).
         *
         * @param on the setting
         * @return this builder
         */
        public Builder parallelToolCalls(boolean on) {
            parallelToolCalls = on;
            return this;
        }

        /**
         * Sets the template's {@code enable_thinking} (templates of thinking models read it).
         *
         * @param on true or false, or null to leave it to the template
         * @return this builder
         */
        public Builder thinking(Boolean on) {
            thinking = on;
            return this;
        }

        /**
         * An extra template variable, as for {@link ChatTemplate#render(List, boolean, Map)}.
         *
         * @param name  the name (not {@code messages}, {@code add_generation_prompt}, {@code tools})
         * @param value the value
         * @return this builder
         * @throws NullPointerException     if {@code name} is null
         * @throws IllegalArgumentException if the name is reserved
         */
        public Builder variable(String name, Object value) {
            Objects.requireNonNull(name, "name");
            if (name.equals("messages") || name.equals("add_generation_prompt") || name.equals("tools")) {
                throw new IllegalArgumentException("'" + name + "' is set by the request itself");
            }
            variables.put(name, value);
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         * @throws IllegalArgumentException if two tools share a name, or the tool choice names a
         *                                  tool that is not offered, or asks for a call with no tools
         */
        public ChatRequest build() {
            Set<String> names = new HashSet<>();
            for (Tool t : tools) {
                if (!names.add(t.name())) throw new IllegalArgumentException("two tools are named '" + t.name() + "'");
            }
            if (toolChoice.mode() == ToolChoice.Mode.FUNCTION && !names.contains(toolChoice.function())) {
                throw new IllegalArgumentException("the tool choice names '" + toolChoice.function() + "', which is not among the tools " + names);
            }
            if (toolChoice.mode() == ToolChoice.Mode.REQUIRED && tools.isEmpty()) {
                throw new IllegalArgumentException("tool choice REQUIRED without tools");
            }
            return new ChatRequest(this);
        }
    }
}
