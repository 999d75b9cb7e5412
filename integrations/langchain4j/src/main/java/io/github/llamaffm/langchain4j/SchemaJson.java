package io.github.llamaffm.langchain4j;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.exception.UnsupportedFeatureException;
import dev.langchain4j.model.chat.request.json.JsonAnyOfSchema;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNullSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import dev.langchain4j.model.chat.request.json.JsonReferenceSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * LangChain4j's schema elements as JSON Schema text, the input of llama-ffm's schema-to-grammar
 * converter. Written here rather than through LangChain4j's internal utilities, which are not
 * part of its API.
 */
final class SchemaJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SchemaJson() {}

    /** The JSON text of {@code element}. */
    static String of(JsonSchemaElement element) {
        try {
            return JSON.writeValueAsString(toValue(element));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the JSON schema: " + e.getOriginalMessage(), e);
        }
    }

    /** The parameters of a tool: an object schema; none means an object with no properties. */
    static String ofParameters(JsonObjectSchema parameters) {
        if (parameters == null) return "{\"type\":\"object\",\"properties\":{}}";
        return of(parameters);
    }

    private static Object toValue(JsonSchemaElement e) {
        Map<String, Object> m = new LinkedHashMap<>();
        switch (e) {
            case JsonObjectSchema o -> {
                m.put("type", "object");
                describe(m, o.description());
                Map<String, Object> props = new LinkedHashMap<>();
                if (o.properties() != null) o.properties().forEach((k, v) -> props.put(k, toValue(v)));
                m.put("properties", props);
                if (o.required() != null && !o.required().isEmpty()) m.put("required", List.copyOf(o.required()));
                if (o.additionalProperties() != null) m.put("additionalProperties", o.additionalProperties());
                if (o.definitions() != null && !o.definitions().isEmpty()) {
                    Map<String, Object> defs = new LinkedHashMap<>();
                    o.definitions().forEach((k, v) -> defs.put(k, toValue(v)));
                    m.put("$defs", defs);
                }
            }
            case JsonStringSchema s -> scalar(m, "string", s.description());
            case JsonIntegerSchema i -> scalar(m, "integer", i.description());
            case JsonNumberSchema n -> scalar(m, "number", n.description());
            case JsonBooleanSchema b -> scalar(m, "boolean", b.description());
            case JsonNullSchema n -> m.put("type", "null");
            case JsonEnumSchema en -> {
                scalar(m, "string", en.description());
                m.put("enum", List.copyOf(en.enumValues()));
            }
            case JsonArraySchema a -> {
                scalar(m, "array", a.description());
                if (a.items() != null) m.put("items", toValue(a.items()));
            }
            case JsonAnyOfSchema any -> {
                describe(m, any.description());
                List<Object> branches = new ArrayList<>();
                for (JsonSchemaElement b : any.anyOf()) branches.add(toValue(b));
                m.put("anyOf", branches);
            }
            case JsonReferenceSchema r -> m.put("$ref", "#/$defs/" + r.reference());
            case JsonRawSchema raw -> {
                try {
                    return JSON.readValue(raw.schema(), Object.class);
                } catch (JsonProcessingException ex) {
                    throw new IllegalArgumentException("the raw JSON schema is not JSON: " + ex.getOriginalMessage(), ex);
                }
            }
            default -> throw new UnsupportedFeatureException("llama-ffm does not support JSON schema elements of type "
                    + e.getClass().getName());
        }
        return m;
    }

    private static void scalar(Map<String, Object> m, String type, String description) {
        m.put("type", type);
        describe(m, description);
    }

    private static void describe(Map<String, Object> m, String description) {
        if (description != null && !description.isBlank()) m.put("description", description);
    }
}
