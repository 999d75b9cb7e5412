package io.github.llamaffm.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Typed reads of a request's JSON fields: a field of the wrong type or out of range is a 400
 * naming the field, never a Jackson exception.
 */
final class JsonBody {
    /** The server's one mapper: bounded nesting, no duplicate keys, nothing after the value. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
    }

    private final ObjectNode root;

    private JsonBody(ObjectNode root) {
        this.root = root;
    }

    /** Parses a request body that must be one JSON object. */
    static JsonBody parse(byte[] body) {
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("The body is not valid JSON: " + e.getOriginalMessage(), null);
        } catch (java.io.IOException e) {
            throw ApiException.badRequest("The body could not be read as JSON.", null);
        }
        if (!(node instanceof ObjectNode o)) throw ApiException.badRequest("The body must be a JSON object.", null);
        return new JsonBody(o);
    }

    ObjectNode root() {
        return root;
    }

    boolean has(String field) {
        JsonNode n = root.get(field);
        return n != null && !n.isNull();
    }

    JsonNode node(String field) {
        JsonNode n = root.get(field);
        return n == null || n.isNull() ? null : n;
    }

    String string(String field) {
        JsonNode n = node(field);
        if (n == null) return null;
        if (!n.isTextual()) throw wrongType(field, "a string");
        return n.asText();
    }

    Boolean bool(String field) {
        JsonNode n = node(field);
        if (n == null) return null;
        if (!n.isBoolean()) throw wrongType(field, "a boolean");
        return n.asBoolean();
    }

    Long integer(String field, long min, long max) {
        JsonNode n = node(field);
        if (n == null) return null;
        if (!n.isIntegralNumber() || !n.canConvertToLong()) throw wrongType(field, "an integer");
        long v = n.asLong();
        if (v < min || v > max) throw ApiException.badRequest("'" + field + "' must be from " + min + " to " + max + ": " + v, field);
        return v;
    }

    Float number(String field, double min, double max) {
        JsonNode n = node(field);
        if (n == null) return null;
        if (!n.isNumber()) throw wrongType(field, "a number");
        double v = n.asDouble();
        if (!(v >= min && v <= max)) throw ApiException.badRequest("'" + field + "' must be from " + min + " to " + max + ": " + v, field);
        return (float) v;
    }

    /** A string or an array of strings (OpenAI's {@code stop}, {@code input}). */
    List<String> strings(String field, int maxItems) {
        JsonNode n = node(field);
        if (n == null) return List.of();
        if (n.isTextual()) return List.of(n.asText());
        if (!n.isArray()) throw wrongType(field, "a string or an array of strings");
        if (n.size() > maxItems) throw ApiException.badRequest("'" + field + "' may have at most " + maxItems + " items: " + n.size(), field);
        List<String> out = new ArrayList<>();
        for (JsonNode item : n) {
            if (!item.isTextual()) throw wrongType(field, "a string or an array of strings");
            out.add(item.asText());
        }
        return out;
    }

    static ApiException wrongType(String field, String expected) {
        return ApiException.badRequest("'" + field + "' must be " + expected + ".", field);
    }

    static String text(JsonNode node, String field, String where) {
        JsonNode n = node.get(field);
        if (n == null || n.isNull()) return null;
        if (!n.isTextual()) throw ApiException.badRequest("'" + where + "." + field + "' must be a string.", where + "." + field);
        return n.asText();
    }
}
