package io.github.llamaffm.json;

import io.github.llamaffm.internal.Json;
import java.util.List;
import java.util.Set;

/**
 * The JSON Schema keywords {@link SchemaConverter} knows, and typed access to their values with
 * errors that name the keyword and its location: shared by the converter and its rules for
 * objects, arrays and scalars.
 */
final class SchemaKeywords {
    /** Keywords that only describe; they never constrain the output. */
    static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$comment", "title", "description",
            "default", "examples", "deprecated", "readOnly", "writeOnly", "$defs", "definitions", "$anchor");
    static final Set<String> KNOWN = Set.of("type", "enum", "const", "properties", "required",
            "additionalProperties", "propertyNames", "maxProperties", "minProperties", "items", "prefixItems", "additionalItems",
            "minItems", "maxItems", "uniqueItems", "minLength", "maxLength", "pattern", "format", "minimum", "maximum",
            "exclusiveMinimum", "exclusiveMaximum", "oneOf", "anyOf", "allOf", "$ref");

    private SchemaKeywords() {}

    /** The type that keywords without a {@code type} imply, or null for any value. */
    static String inferType(Set<String> active) {
        for (String k : active) {
            switch (k) {
                case "properties", "additionalProperties", "propertyNames", "required", "maxProperties", "minProperties" -> {
                    return "object";
                }
                case "items", "prefixItems", "minItems", "maxItems" -> {
                    return "array";
                }
                case "minLength", "maxLength", "pattern", "format" -> {
                    return "string";
                }
                case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum" -> {
                    return "integer";
                }
                default -> {
                }
            }
        }
        return null;
    }

    /** Refuses keywords other than {@code allowed} (their meaning would be silently dropped). */
    static void only(Set<String> active, String path, String... allowed) {
        for (String k : active) {
            if (!List.of(allowed).contains(k)) {
                throw new IllegalArgumentException("keyword '" + k + "' is not supported together with '" + allowed[0] + "' at " + path);
            }
        }
    }

    static List<Json> list(Json.Obj s, String key, String path) {
        if (!(s.get(key) instanceof Json.Arr a)) throw new IllegalArgumentException(key + " at " + path + " is not an array");
        return a.items();
    }

    static String text(Json v, String path) {
        if (!(v instanceof Json.Str str)) throw new IllegalArgumentException("expected a string at " + path);
        return str.value();
    }

    static int intOr(Json.Obj s, String key, int dflt, String path) {
        Json v = s.get(key);
        if (v == null) return dflt;
        try {
            if (v instanceof Json.Num n && n.value().signum() >= 0) return n.value().intValueExact();
        } catch (ArithmeticException ignored) {
            // falls through to the error below
        }
        throw new IllegalArgumentException(key + " at " + path + " must be a non-negative integer");
    }
}
