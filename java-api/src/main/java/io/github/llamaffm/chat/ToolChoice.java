package io.github.llamaffm.chat;

import java.util.Objects;

/**
 * Whether and which tools the model must call in its next reply, as OpenAI's {@code tool_choice}.
 *
 * @param mode     {@link Mode#AUTO}, {@link Mode#NONE}, {@link Mode#REQUIRED} or {@link Mode#FUNCTION}
 * @param function with {@link Mode#FUNCTION}, the tool to call; else null
 */
public record ToolChoice(Mode mode, String function) {
    /** The model decides: free text, or calls whose arguments follow the tools' schemas. */
    public static final ToolChoice AUTO = new ToolChoice(Mode.AUTO, null);
    /** No calls: the tools are not offered. */
    public static final ToolChoice NONE = new ToolChoice(Mode.NONE, null);
    /** At least one call, to any of the tools (the reply is constrained from its first token). */
    public static final ToolChoice REQUIRED = new ToolChoice(Mode.REQUIRED, null);

    /** The kinds of choice. */
    public enum Mode {
        /** The model decides. */
        AUTO,
        /** No tool calls. */
        NONE,
        /** At least one call to any tool. */
        REQUIRED,
        /** Calls to one named tool. */
        FUNCTION
    }

    /**
     * Creates a choice.
     *
     * @param mode     the mode
     * @param function the tool's name with {@link Mode#FUNCTION}, else null
     * @throws NullPointerException     if {@code mode} is null, or {@code function} with {@link Mode#FUNCTION}
     * @throws IllegalArgumentException if {@code function} is given with another mode
     */
    public ToolChoice {
        Objects.requireNonNull(mode, "mode");
        if (mode == Mode.FUNCTION) Objects.requireNonNull(function, "function");
        else if (function != null) throw new IllegalArgumentException("a function name goes with Mode.FUNCTION only");
    }

    /**
     * Calls to the named tool only.
     *
     * @param name the tool's name
     * @return the choice
     * @throws NullPointerException if {@code name} is null
     */
    public static ToolChoice function(String name) {
        return new ToolChoice(Mode.FUNCTION, name);
    }
}
