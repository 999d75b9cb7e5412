package io.github.llamaffm.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The schemas the client tests ask for, and an independent validator (networknt) to judge the answers. */
final class Schemas {
    static final String ANSWER = "{\"type\":\"object\",\"properties\":{\"answer\":{\"type\":\"string\",\"enum\":[\"yes\",\"no\"]},"
            + "\"sure\":{\"type\":\"boolean\"}},\"required\":[\"answer\",\"sure\"],\"additionalProperties\":false}";
    static final String WEATHER = "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\",\"maxLength\":8},"
            + "\"unit\":{\"type\":\"string\",\"enum\":[\"C\",\"F\"]}},\"required\":[\"city\",\"unit\"],\"additionalProperties\":false}";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private Schemas() {}

    static JsonNode node(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    /** Fails unless {@code json} is JSON that {@code schema} accepts. */
    static void assertValid(String schema, String json) {
        Set<ValidationMessage> errors = FACTORY.getSchema(schema).validate(node(json));
        assertTrue(errors.isEmpty(), json + " does not fit " + schema + ": " + errors);
    }
}
