package io.github.llamaffm.json;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of one grammar being built by {@link SchemaConverter}: llama.cpp's primitive rules
 * (added with what they use, when first used), named rules deduplicated by body, and names
 * reserved before their body exists (for recursive {@code $ref}s). Kept apart so that the schema
 * rules deal in rule names only, never in the table.
 */
final class GrammarRules {
    private static final Map<String, String> PRIMITIVES = new LinkedHashMap<>();

    static {
        // Bounded whitespace: a model cannot run on forever between tokens of the JSON.
        PRIMITIVES.put("space", "| \" \" | \"\\n\" [ \\t]{0,20}");
        PRIMITIVES.put("char", "[^\"\\\\\\x7F\\x00-\\x1F] | [\\\\] ([\"\\\\/bfnrt] | \"u\" ([0-9a-cA-Ce-fE-F] [0-9a-fA-F]{3} "
                + "| [dD] [0-7] [0-9a-fA-F]{2}))");
        PRIMITIVES.put("string", "\"\\\"\" char* \"\\\"\" space");
        PRIMITIVES.put("integral-part", "[0] | [1-9] [0-9]{0,15}");
        PRIMITIVES.put("decimal-part", "[0-9]{1,16}");
        PRIMITIVES.put("number", "\"-\"? integral-part (\".\" decimal-part)? ([eE] [-+]? [0-9]{1,2})? space");
        PRIMITIVES.put("integer", "\"-\"? integral-part space");
        PRIMITIVES.put("boolean", "(\"true\" | \"false\") space");
        PRIMITIVES.put("null", "\"null\" space");
        PRIMITIVES.put("value", "object | array | string | number | boolean | null");
        PRIMITIVES.put("object", "\"{\" space (string \":\" space value (\",\" space string \":\" space value)*)? \"}\" space");
        PRIMITIVES.put("array", "\"[\" space (value (\",\" space value)*)? \"]\" space");
        // Calendar-correct days per month; February stops at 28 (no leap-year arithmetic in a grammar).
        PRIMITIVES.put("date", "[1-9] [0-9]{3} \"-\" ((\"0\" [13578] | \"1\" [02]) \"-\" (\"0\" [1-9] | [12] [0-9] | \"3\" [01]) "
                + "| (\"0\" [469] | \"11\") \"-\" (\"0\" [1-9] | [12] [0-9] | \"30\") | \"02-\" (\"0\" [1-9] | \"1\" [0-9] | \"2\" [0-8]))");
        PRIMITIVES.put("partial-time", "([01] [0-9] | \"2\" [0-3]) \":\" [0-5] [0-9] \":\" [0-5] [0-9] (\".\" [0-9]{1,3})?");
        // A bare time is UTC: validators (networknt among them) reject an offset time whose UTC
        // value crosses midnight. Offsets stay within java.time's +-18:00.
        PRIMITIVES.put("time", "partial-time \"Z\"");
        PRIMITIVES.put("date-time", "date \"T\" partial-time (\"Z\" | [+-] ((\"0\" [0-9] | \"1\" [0-7]) \":\" [0-5] [0-9] | \"18:00\"))");
        PRIMITIVES.put("uuid", "[0-9a-fA-F]{8} \"-\" [0-9a-fA-F]{4} \"-\" [0-9a-fA-F]{4} \"-\" [0-9a-fA-F]{4} \"-\" [0-9a-fA-F]{12}");
    }

    private static final Map<String, List<String>> DEPENDENCIES = Map.of(
            "string", List.of("char", "space"), "number", List.of("integral-part", "decimal-part", "space"),
            "integer", List.of("integral-part", "space"), "boolean", List.of("space"), "null", List.of("space"),
            "value", List.of("object", "array", "string", "number", "boolean", "null"),
            "object", List.of("space", "string", "value"), "array", List.of("space", "value"),
            "date-time", List.of("date", "partial-time"), "time", List.of("partial-time"));

    private final Map<String, String> rules = new LinkedHashMap<>();
    private final Map<String, String> ruleByBody = new HashMap<>();

    /** The primitive rule {@code name}, added (with the rules it uses) on first use; returns its name. */
    String primitive(String name) {
        if (!rules.containsKey(name)) {
            rules.put(name, PRIMITIVES.get(name));
            for (String dep : DEPENDENCIES.getOrDefault(name, List.of())) primitive(dep);
        }
        return name;
    }

    /** Adds {@code body} as a rule named after {@code hint} (or reuses an identical rule). */
    String rule(String hint, String body) {
        String existing = ruleByBody.get(body);
        if (existing != null) return existing;
        String name = reserve(hint);
        rules.put(name, body);
        ruleByBody.put(body, name);
        return name;
    }

    /** A fresh rule name after {@code hint}, reserved; returns it. */
    String reserve(String hint) {
        String base = hint.replaceAll("[^A-Za-z0-9-]+", "-").replaceAll("^-+|-+$", "");
        if (base.isEmpty()) base = "r";
        String name = base;
        for (int i = 1; rules.containsKey(name) || PRIMITIVES.containsKey(name); i++) name = base + i;
        rules.put(name, null);
        return name;
    }

    /** Sets the body of a rule whose name was reserved (null: reserved, body still to come). */
    void put(String name, String body) {
        rules.put(name, body);
    }

    /** The grammar text: one {@code name ::= body} line per rule, in order of creation. */
    String write() {
        StringBuilder sb = new StringBuilder();
        rules.forEach((name, body) -> sb.append(name).append(" ::= ").append(body).append('\n'));
        return sb.toString();
    }
}
