package io.github.llamaffm.chat;

import io.github.llamaffm.internal.Json;

import java.util.Objects;

/**
 * A function call the model asked for: which tool, with which arguments, and an id that the
 * tool's result refers back to ({@link ChatMessage#tool(String, String, String)}).
 *
 * @param id        the call's id: the one the model wrote when its format carries ids (Mistral,
 *                  Command R7B), else one given by {@link ChatSession} (or empty when parsed
 *                  outside a session)
 * @param name      the tool's name
 * @param arguments the arguments as a JSON object, compact text (e.g. {@code {"city":"Paris"}})
 */
public record ToolCall(String id, String name, String arguments) {

    /**
     * Creates a call.
     *
     * @param id        the call's id (may be empty)
     * @param name      the tool's name
     * @param arguments the arguments as JSON object text
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code name} is empty or {@code arguments} is not a JSON object
     */
    public ToolCall {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(arguments, "arguments");
        if (name.isEmpty()) throw new IllegalArgumentException("empty tool name");
        Json parsed;
        try {
            parsed = Json.parse(arguments);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the arguments of a call to '" + name + "' are not JSON: " + e.getMessage(), e);
        }
        if (!(parsed instanceof Json.Obj)) {
            throw new IllegalArgumentException("the arguments of a call to '" + name + "' are not a JSON object: " + arguments);
        }
        arguments = Json.write(parsed);
    }

    /**
     * The same call with another id.
     *
     * @param newId the id
     * @return a new call
     * @throws NullPointerException if {@code newId} is null
     */
    public ToolCall withId(String newId) {
        return new ToolCall(newId, name, arguments);
    }
}
