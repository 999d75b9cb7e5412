package io.github.llamaffm.chat;

import io.github.llamaffm.internal.Json;
import io.github.llamaffm.json.JsonSchema;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A function the model may call: its name, what it does, and the JSON Schema of its arguments
 * (an object). Offered to the model through the chat template's {@code tools} variable as
 * Hugging Face and OpenAI write it ({@code {"type": "function", "function": {"name",
 * "description", "parameters"}}}); when calls are constrained, the arguments follow the schema.
 *
 * @param name        the function's name: 1 to 64 letters, digits, {@code _} or {@code -}
 * @param description what the function does, for the model (may be empty)
 * @param parameters  the schema of the arguments; its grammar was built when it was parsed, so a
 *                    schema the grammar cannot guarantee was already refused then
 */
public record Tool(String name, String description, JsonSchema parameters) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    /**
     * Creates a tool.
     *
     * @param name        the name
     * @param description the description
     * @param parameters  the arguments' schema, a JSON object schema
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the name is not 1 to 64 of {@code [A-Za-z0-9_-]}, or
     *                                  the schema does not describe an object
     */
    public Tool {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(parameters, "parameters");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a tool name is 1 to 64 letters, digits, '_' or '-': '" + name + "'");
        }
        Object type = schemaMap(parameters).get("type");
        if (type != null && !"object".equals(type)) {
            throw new IllegalArgumentException("the parameters of tool '" + name + "' must be an object schema, not type " + type);
        }
    }

    /**
     * A tool whose arguments are a record: its schema is {@link JsonSchema#of(Class)}.
     *
     * @param name        the name
     * @param description the description
     * @param arguments   the record type of the arguments
     * @return the tool
     * @throws IllegalArgumentException if the name is invalid or the type is not supported by
     *                                  {@link JsonSchema#of(Class)}
     * @throws NullPointerException     if an argument is null
     */
    public static Tool of(String name, String description, Class<? extends Record> arguments) {
        return new Tool(name, description, JsonSchema.of(arguments));
    }

    /**
     * A tool whose arguments' schema is given as JSON text.
     *
     * @param name           the name
     * @param description    the description
     * @param parametersJson the JSON Schema of the arguments (an object)
     * @return the tool
     * @throws IllegalArgumentException if the name is invalid, or the schema is not JSON or uses a
     *                                  keyword the grammar cannot guarantee (the message names it)
     * @throws NullPointerException     if an argument is null
     */
    public static Tool of(String name, String description, String parametersJson) {
        return new Tool(name, description, JsonSchema.parse(parametersJson));
    }

    /**
     * The tool as a chat template sees it in {@code tools}.
     *
     * @return {@code {"type": "function", "function": {"name", "description", "parameters"}}}
     */
    public Map<String, Object> toMap() {
        Map<String, Object> fn = new LinkedHashMap<>();
        fn.put("name", name);
        fn.put("description", description);
        fn.put("parameters", schemaMap(parameters));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "function");
        m.put("function", fn);
        return m;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> schemaMap(JsonSchema s) {
        Object o = Json.toJava(Json.parse(s.toJson()));
        if (!(o instanceof Map<?, ?>)) throw new IllegalArgumentException("a tool's parameters must be a JSON object schema: " + s.toJson());
        return (Map<String, Object>) o;
    }
}
