package io.github.llamaffm.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.llamaffm.Media;
import io.github.llamaffm.MultimodalProjector;
import io.github.llamaffm.chat.ChatMessage;
import io.github.llamaffm.chat.ChatRequest;
import io.github.llamaffm.chat.Tool;
import io.github.llamaffm.chat.ToolCall;
import io.github.llamaffm.chat.ToolChoice;
import io.github.llamaffm.json.JsonSchema;

import java.util.ArrayList;
import java.util.Base64;
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
    /**
     * Media a request may carry: each is decoded and preprocessed before the prompt's length is
     * known, so their number is bounded (the body limit bounds their bytes, not their pixels).
     */
    static final int MAX_MEDIA = 16;

    private ChatParser() {}

    /**
     * Parses a chat body.
     *
     * @param projector the chat model's projector, or null: then image and audio parts are refused
     */
    static ChatRequest request(JsonBody body, MultimodalProjector projector) {
        JsonNode msgs = body.node("messages");
        if (msgs == null) throw ApiException.badRequest("'messages' is required.", "messages");
        if (!msgs.isArray()) throw JsonBody.wrongType("messages", "an array of messages");
        if (msgs.isEmpty()) throw ApiException.badRequest("'messages' must not be empty.", "messages");
        if (msgs.size() > MAX_MESSAGES) throw ApiException.badRequest("'messages' may have at most " + MAX_MESSAGES + " items.", "messages");
        List<ChatMessage> messages = new ArrayList<>();
        Map<String, String> callNames = new HashMap<>();
        int[] mediaCount = {0};
        for (int i = 0; i < msgs.size(); i++) messages.add(message(msgs.get(i), "messages[" + i + "]", callNames, projector, mediaCount));

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

    private static ChatMessage message(JsonNode m, String where, Map<String, String> callNames, MultimodalProjector projector,
                                       int[] mediaCount) {
        if (!m.isObject()) throw ApiException.badRequest("'" + where + "' must be an object.", where);
        String role = JsonBody.text(m, "role", where);
        if (role == null) throw ApiException.badRequest("'" + where + ".role' is required.", where + ".role");
        List<Object> parts = parts(m.get("content"), where, projector, mediaCount);
        boolean media = parts.stream().anyMatch(p -> p instanceof Media);
        if (media && !role.equals("user")) {
            throw ApiException.badRequest("Only user messages may carry images or audio; '" + where + "' is a " + role + " message.",
                    where + ".content");
        }
        String content = media ? null : String.join("", parts.stream().map(String.class::cast).toList());
        switch (role) {
            case "system", "developer" -> {
                return ChatMessage.system(content);
            }
            case "user" -> {
                if (!media) return ChatMessage.user(content);
                try {
                    return ChatMessage.userParts(parts.toArray());
                } catch (IllegalArgumentException e) {
                    // e.g. a text part that holds the media marker
                    throw ApiException.badRequest("'" + where + ".content' cannot be used: " + e.getMessage(), where + ".content");
                }
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

    /**
     * A string, null, or an array of content parts: text, {@code image_url} (a data URL) and
     * {@code input_audio} (base64 with its format), as {@link String}s and {@link Media} in order.
     */
    private static List<Object> parts(JsonNode c, String where, MultimodalProjector projector, int[] mediaCount) {
        if (c == null || c.isNull()) return List.of("");
        if (c.isTextual()) return List.of(c.asText());
        if (!c.isArray()) throw JsonBody.wrongType(where + ".content", "a string or an array of content parts");
        List<Object> out = new ArrayList<>();
        StringBuilder text = new StringBuilder(); // adjacent text parts join, as without media
        for (int i = 0; i < c.size(); i++) {
            JsonNode part = c.get(i);
            String p = where + ".content[" + i + "]";
            if (!part.isObject()) throw JsonBody.wrongType(p, "an object");
            String type = JsonBody.text(part, "type", p);
            if (type == null) throw ApiException.badRequest("'" + p + ".type' is required.", p + ".type");
            switch (type) {
                case "text" -> {
                    String t = JsonBody.text(part, "text", p);
                    if (t == null) throw ApiException.badRequest("'" + p + ".text' is required.", p + ".text");
                    text.append(t);
                }
                case "image_url", "input_audio" -> {
                    boolean audio = type.equals("input_audio");
                    if (projector == null) {
                        throw ApiException.badRequest("This server takes text only: '" + type + "' parts need a multimodal projector"
                                + " (start the server with --mmproj FILE).", p + ".type", "modality_not_supported");
                    }
                    if (audio ? !projector.supportsAudio() : !projector.supportsVision()) {
                        throw ApiException.badRequest("The model's projector takes no " + (audio ? "audio" : "images") + ": '" + type
                                + "' parts cannot be used with this server.", p + ".type", "modality_not_supported");
                    }
                    if (++mediaCount[0] > MAX_MEDIA) {
                        throw ApiException.badRequest("A request may carry at most " + MAX_MEDIA + " images and audio clips.", p);
                    }
                    byte[] data = audio ? audio(part, p) : image(part, p);
                    if (!text.isEmpty()) {
                        out.add(text.toString());
                        text.setLength(0);
                    }
                    try {
                        out.add(Media.fromBytes(data));
                    } catch (IllegalArgumentException e) {
                        throw ApiException.badRequest("'" + p + "' cannot be used: " + e.getMessage(), p);
                    }
                }
                default -> throw ApiException.badRequest("Content parts are text, image_url or input_audio, not '" + type + "'.", p + ".type");
            }
        }
        if (!text.isEmpty() || out.isEmpty()) out.add(text.toString());
        return out;
    }

    /** The bytes of an {@code image_url} part: a base64 data URL only; this server fetches nothing. */
    private static byte[] image(JsonNode part, String p) {
        JsonNode iu = part.get("image_url");
        String url;
        if (iu != null && iu.isTextual()) {
            url = iu.asText();
        } else if (iu != null && iu.isObject()) {
            url = JsonBody.text(iu, "url", p + ".image_url");
        } else {
            throw ApiException.badRequest("'" + p + ".image_url' is required: {\"url\": \"data:image/png;base64,...\"}.", p + ".image_url");
        }
        String param = p + ".image_url.url";
        if (url == null) throw ApiException.badRequest("'" + param + "' is required.", param);
        if (!url.regionMatches(true, 0, "data:", 0, 5)) {
            String scheme = url.indexOf(':') > 0 ? url.substring(0, Math.min(url.indexOf(':'), 16)) : "";
            throw ApiException.badRequest("Images must be sent as data URLs (data:image/png;base64,...); this server does not fetch "
                    + (scheme.isEmpty() ? "URLs" : scheme + " URLs") + ".", param, "invalid_image_url");
        }
        int comma = url.indexOf(',');
        if (comma < 0) throw ApiException.badRequest("'" + param + "' is not a data URL: it has no ','.", param, "invalid_image_url");
        String meta = url.substring(5, comma).toLowerCase(java.util.Locale.ROOT);
        if (!meta.endsWith(";base64")) {
            throw ApiException.badRequest("'" + param + "' must be base64-encoded (data:image/png;base64,...).", param, "invalid_image_url");
        }
        String mime = meta.substring(0, meta.length() - 7);
        if (!mime.isEmpty() && !mime.startsWith("image/") && !mime.equals("application/octet-stream")) {
            throw ApiException.badRequest("'" + param + "' must hold an image, not '" + mime + "'.", param, "invalid_image_url");
        }
        return base64(url.substring(comma + 1), param);
    }

    /** The bytes of an {@code input_audio} part: base64 WAV or MP3. */
    private static byte[] audio(JsonNode part, String p) {
        JsonNode ia = part.get("input_audio");
        if (ia == null || !ia.isObject()) {
            throw ApiException.badRequest("'" + p + ".input_audio' is required: {\"data\": \"<base64>\", \"format\": \"wav\"}.", p + ".input_audio");
        }
        String format = JsonBody.text(ia, "format", p + ".input_audio");
        if (format == null || !(format.equals("wav") || format.equals("mp3"))) {
            throw ApiException.badRequest("'" + p + ".input_audio.format' must be wav or mp3.", p + ".input_audio.format");
        }
        String data = JsonBody.text(ia, "data", p + ".input_audio");
        if (data == null) throw ApiException.badRequest("'" + p + ".input_audio.data' is required.", p + ".input_audio.data");
        return base64(data, p + ".input_audio.data");
    }

    private static byte[] base64(String data, String param) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(data.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("'" + param + "' is not valid base64.", param);
        }
        if (bytes.length == 0) throw ApiException.badRequest("'" + param + "' is empty.", param);
        return bytes;
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
