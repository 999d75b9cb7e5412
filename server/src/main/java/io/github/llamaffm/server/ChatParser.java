package io.github.llamaffm.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.llamaffm.chat.ChatMessage;
import io.github.llamaffm.chat.ChatRequest;
import io.github.llamaffm.chat.Tool;
import io.github.llamaffm.chat.ToolCall;
import io.github.llamaffm.chat.ToolChoice;
import io.github.llamaffm.json.JsonSchema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * OpenAI's chat request body → a {@link ChatRequest} and the grammar of its
 * {@code response_format}. Everything the engine would refuse is refused here with a 400 that
 * names the field.
 */
final class ChatParser {
    private static final int MAX_MESSAGES = 4096;
    private static final int MAX_TOOLS = 128;

    private ChatParser() {}

    static ChatRequest request(JsonBody body) {
        JsonNode msgs = body.node("messages");
        if (msgs == null) throw ApiException.badRequest("'messages' is required.", "messages");
        if (!msgs.isArray()) throw JsonBody.wrongType("messages", "an array of messages");
        if (msgs.isEmpty()) throw ApiException.badRequest("'messages' must not be empty.", "messages");
        if (msgs.size() > MAX_MESSAGES) throw ApiException.badRequest("'messages' may have at most " + MAX_MESSAGES + " items.", "messages");
        List<ChatMessage> messages = new ArrayList<>();
        Map<String, String> callNames = new HashMap<>();
        for (int i = 0; i < msgs.size(); i++) messages.add(message(msgs.get(i), "messages[" + i + "]", callNames));

        ChatRequest.Builder b = ChatRequest.builder(messages);
        List<Tool> tools = tools(body.node("tools"));
        b.tools(tools);
        JsonNode choice = body.node("tool_choice");
        if (choice != null) b.toolChoice(toolChoice(choice, tools));
        Boolean parallel = body.bool("parallel_tool_calls");
        if (parallel != null) b.parallelToolCalls(parallel);
        String effort = body.string("reasoning_effort");
        if (effort != null) b.thinking(!effort.equals("none"));
        return b.build();
    }

    private static ChatMessage message(JsonNode m, String where, Map<String, String> callNames) {
        if (!m.isObject()) throw ApiException.badRequest("'" + where + "' must be an object.", where);
        String role = JsonBody.text(m, "role", where);
        if (role == null) throw ApiException.badRequest("'" + where + ".role' is required.", where + ".role");
        String content = content(m.get("content"), where);
        switch (role) {
            case "system", "developer" -> {
                return ChatMessage.system(content);
            }
            case "user" -> {
                return ChatMessage.user(content);
            }
            case "assistant" -> {
                List<ToolCall> calls = new ArrayList<>();
                JsonNode tc = m.get("tool_calls");
                if (tc != null && !tc.isNull()) {
                    if (!tc.isArray()) throw JsonBody.wrongType(where + ".tool_calls", "an array");
                    for (int i = 0; i < tc.size(); i++) {
                        ToolCall call = toolCall(tc.get(i), where + ".tool_calls[" + i + "]");
                        callNames.put(call.id(), call.name());
                        calls.add(call);
                    }
                }
                String reasoning = JsonBody.text(m, "reasoning_content", where);
                ChatMessage a = calls.isEmpty() ? ChatMessage.assistant(content) : ChatMessage.assistant(content, calls);
                return reasoning == null ? a : a.withReasoning(reasoning);
            }
            case "tool" -> {
                String id = JsonBody.text(m, "tool_call_id", where);
                if (id == null) throw ApiException.badRequest("'" + where + ".tool_call_id' is required for a tool message.", where + ".tool_call_id");
                String name = JsonBody.text(m, "name", where);
                if (name == null) name = callNames.getOrDefault(id, "");
                return ChatMessage.tool(id, name, content);
            }
            default -> throw ApiException.badRequest("'" + where + ".role' must be system, developer, user, assistant or tool: '" + role + "'",
                    where + ".role");
        }
    }

    /** A string, null, or an array of text parts (other parts are not supported). */
    private static String content(JsonNode c, String where) {
        if (c == null || c.isNull()) return "";
        if (c.isTextual()) return c.asText();
        if (!c.isArray()) throw JsonBody.wrongType(where + ".content", "a string or an array of content parts");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < c.size(); i++) {
            JsonNode part = c.get(i);
            String p = where + ".content[" + i + "]";
            if (!part.isObject()) throw JsonBody.wrongType(p, "an object");
            String type = JsonBody.text(part, "type", p);
            if (!"text".equals(type)) throw ApiException.badRequest("Only text content parts are supported, not '" + type + "'.", p + ".type");
            String text = JsonBody.text(part, "text", p);
            if (text == null) throw ApiException.badRequest("'" + p + ".text' is required.", p + ".text");
            sb.append(text);
        }
        return sb.toString();
    }

    private static ToolCall toolCall(JsonNode c, String where) {
        if (!c.isObject()) throw JsonBody.wrongType(where, "an object");
        String id = JsonBody.text(c, "id", where);
        JsonNode fn = c.get("function");
        if (fn == null || !fn.isObject()) throw ApiException.badRequest("'" + where + ".function' is required.", where + ".function");
        String name = JsonBody.text(fn, "name", where + ".function");
        if (name == null || name.isEmpty()) throw ApiException.badRequest("'" + where + ".function.name' is required.", where + ".function.name");
        JsonNode args = fn.get("arguments");
        String json;
        if (args == null || args.isNull()) json = "{}";
        else if (args.isTextual()) json = args.asText().isBlank() ? "{}" : args.asText();
        else if (args.isObject()) json = args.toString();
        else throw JsonBody.wrongType(where + ".function.arguments", "a JSON object as a string");
        try {
            return new ToolCall(id == null ? "" : id, name, json);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("'" + where + ".function.arguments' must be a JSON object.", where + ".function.arguments");
        }
    }

    private static List<Tool> tools(JsonNode t) {
        if (t == null) return List.of();
        if (!t.isArray()) throw JsonBody.wrongType("tools", "an array");
        if (t.size() > MAX_TOOLS) throw ApiException.badRequest("'tools' may have at most " + MAX_TOOLS + " items.", "tools");
        List<Tool> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < t.size(); i++) {
            String where = "tools[" + i + "]";
            JsonNode tool = t.get(i);
            if (!tool.isObject()) throw JsonBody.wrongType(where, "an object");
            String type = JsonBody.text(tool, "type", where);
            if (type != null && !type.equals("function")) throw ApiException.badRequest("Only function tools are supported, not '" + type + "'.", where + ".type");
            JsonNode fn = tool.get("function");
            if (fn == null || !fn.isObject()) throw ApiException.badRequest("'" + where + ".function' is required.", where + ".function");
            String name = JsonBody.text(fn, "name", where + ".function");
            if (name == null || !name.matches("[A-Za-z0-9_.\\-]{1,64}")) {
                throw ApiException.badRequest("'" + where + ".function.name' must be 1 to 64 letters, digits, _ . or -.", where + ".function.name");
            }
            if (!names.add(name)) throw ApiException.badRequest("Two tools are named '" + name + "'.", where + ".function.name");
            String description = JsonBody.text(fn, "description", where + ".function");
            JsonNode params = fn.get("parameters");
            String schema = params == null || params.isNull() ? "{\"type\":\"object\",\"properties\":{}}" : params.toString();
            if (params != null && !params.isNull() && !params.isObject()) throw JsonBody.wrongType(where + ".function.parameters", "a JSON Schema object");
            try {
                out.add(Tool.of(name, description == null ? "" : description, schema));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("The parameters of tool '" + name + "' cannot be enforced: " + e.getMessage(), where + ".function.parameters");
            }
        }
        return out;
    }

    private static ToolChoice toolChoice(JsonNode c, List<Tool> tools) {
        if (c.isTextual()) {
            return switch (c.asText()) {
                case "auto" -> ToolChoice.AUTO;
                case "none" -> ToolChoice.NONE;
                case "required" -> {
                    if (tools.isEmpty()) throw ApiException.badRequest("'tool_choice' is required but no tools are given.", "tool_choice");
                    yield ToolChoice.REQUIRED;
                }
                default -> throw ApiException.badRequest("'tool_choice' must be auto, none, required or a function: '" + c.asText() + "'", "tool_choice");
            };
        }
        if (!c.isObject()) throw JsonBody.wrongType("tool_choice", "a string or an object");
        JsonNode fn = c.get("function");
        String name = fn == null || !fn.isObject() ? null : JsonBody.text(fn, "name", "tool_choice.function");
        if (name == null) throw ApiException.badRequest("'tool_choice.function.name' is required.", "tool_choice");
        if (tools.stream().noneMatch(t -> t.name().equals(name))) {
            throw ApiException.badRequest("'tool_choice' names '" + name + "', which is not among the tools.", "tool_choice");
        }
        return ToolChoice.function(name);
    }

    /** The GBNF grammar of {@code response_format}, or null for plain text. */
    static String responseGrammar(JsonBody body) {
        JsonNode rf = body.node("response_format");
        if (rf == null) return null;
        if (!rf.isObject()) throw JsonBody.wrongType("response_format", "an object");
        String type = JsonBody.text(rf, "type", "response_format");
        if (type == null || type.equals("text")) return null;
        String schema = switch (type) {
            case "json_object" -> "{\"type\":\"object\"}";
            case "json_schema" -> {
                JsonNode js = rf.get("json_schema");
                if (js == null || !js.isObject()) throw ApiException.badRequest("'response_format.json_schema' is required.", "response_format.json_schema");
                JsonNode s = js.get("schema");
                if (s == null || !s.isObject()) {
                    throw ApiException.badRequest("'response_format.json_schema.schema' must be a JSON Schema object.", "response_format.json_schema.schema");
                }
                yield s.toString();
            }
            default -> throw ApiException.badRequest("'response_format.type' must be text, json_object or json_schema: '" + type + "'",
                    "response_format.type");
        };
        try {
            return JsonSchema.parse(schema).toGrammar();
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("The schema cannot be enforced: " + e.getMessage(), "response_format");
        }
    }
}
