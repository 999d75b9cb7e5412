package io.github.llamaffm.json;

import io.github.llamaffm.internal.Json;
import java.util.Objects;

/**
 * A JSON Schema and the GBNF grammar that makes a model's output conform to it.
 *
 * <pre>{@code
 * JsonSchema schema = JsonSchema.parse("""
 *     {"type": "object", "properties": {"name": {"type": "string", "maxLength": 20}}, "required": ["name"]}""");
 * Sampler sampler = Sampler.builder().grammar(schema.toGrammar(), "root").build();
 * }</pre>
 *
 * <p>Supported: {@code type} (one or a list), {@code enum}, {@code const}, objects with
 * {@code properties}, {@code required}, {@code additionalProperties} (false, true or a schema; a
 * missing one means none, as in llama.cpp), {@code maxProperties} and {@code propertyNames}
 * with {@code maxLength} only; arrays with {@code items},
 * {@code prefixItems} (or draft-7 tuple {@code items}), {@code minItems}, {@code maxItems};
 * {@code oneOf}, {@code anyOf}, {@code allOf} of object schemas; local {@code $ref} into
 * {@code #/$defs/...}, {@code #/definitions/...} or {@code #} (recursion included); strings with
 * {@code minLength}, {@code maxLength}, {@code pattern} (a regular-expression subset, matched
 * whole) or {@code format} {@code date}, {@code time}, {@code date-time}, {@code uuid};
 * integers with {@code minimum}, {@code maximum}, {@code exclusiveMinimum},
 * {@code exclusiveMaximum}; numbers with integer-valued {@code minimum} and {@code maximum}
 * (written without exponent). Required properties come first in the output, then the optional
 * ones in declaration order.
 *
 * <p>Everything the grammar produces validates against the schema, with one caveat: the
 * branches of {@code oneOf} are not made exclusive (write disjoint branches). A keyword whose
 * meaning the grammar cannot guarantee ({@code uniqueItems}, {@code multipleOf}, fractional or exclusive number bounds,
 * unknown formats, ...) is refused with an {@link IllegalArgumentException} naming it and its
 * location, never silently dropped. Instances are immutable and thread-safe.
 */
public final class JsonSchema {
    private final String json;
    private final String grammar;

    private JsonSchema(Json schema) {
        this.json = Json.write(schema);
        this.grammar = SchemaConverter.convert(schema);
    }

    /**
     * Parses a JSON Schema and converts it to a grammar at once, so every problem shows here.
     *
     * @param schemaJson the schema as JSON text
     * @return the schema
     * @throws IllegalArgumentException if the text is not JSON, or the schema uses a keyword or a
     *                                  combination that is not supported (the message names it and
     *                                  its JSON-pointer location)
     * @throws NullPointerException     if {@code schemaJson} is null
     */
    public static JsonSchema parse(String schemaJson) {
        return new JsonSchema(Json.parse(Objects.requireNonNull(schemaJson, "schemaJson")));
    }

    /**
     * The schema of a Java type: a record becomes an object whose components are required
     * properties ({@code Optional} ones optional), with no additional properties; nested records
     * go to {@code $defs} (recursion allowed). Enums become string enums of their constant names;
     * {@code List}, {@code Collection} and arrays become arrays; {@code Map<String, V>} an object
     * with additional properties {@code V}; {@code int}, {@code long}, {@code short},
     * {@code byte} (and boxes) integers bounded by the Java type's range; {@code BigInteger} an
     * integer; {@code double}, {@code float} (and boxes) and {@code BigDecimal} numbers;
     * {@code String} a string, {@code char} a one-character string; {@code boolean} a boolean.
     * {@link Constraints} on record components add limits.
     *
     * @param type the type, usually a record
     * @return its schema
     * @throws IllegalArgumentException if the type (or a type inside it) is not supported
     * @throws NullPointerException     if {@code type} is null
     */
    public static JsonSchema of(Class<?> type) {
        return new JsonSchema(Records.schema(Objects.requireNonNull(type, "type")));
    }

    /**
     * The GBNF grammar (llama.cpp's format) that accepts exactly JSON texts valid against this
     * schema (within the limits described above); its start rule is {@code root}. Pass it to
     * {@code Sampler.builder().grammar(gbnf, "root")}.
     *
     * @return the grammar text
     */
    public String toGrammar() {
        return grammar;
    }

    /**
     * The schema as compact JSON text.
     *
     * @return the JSON text
     */
    public String toJson() {
        return json;
    }

    /**
     * Returns {@link #toJson()}.
     *
     * @return the JSON text
     */
    @Override
    public String toString() {
        return json;
    }

    /**
     * Two schemas are equal when their JSON texts are.
     *
     * @param o the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof JsonSchema s && s.json.equals(json);
    }

    /**
     * A hash of the JSON text.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return json.hashCode();
    }
}
