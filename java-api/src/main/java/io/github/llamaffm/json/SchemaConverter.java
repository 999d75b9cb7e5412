package io.github.llamaffm.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Converts a JSON Schema into a GBNF grammar (root rule {@code root}) following llama.cpp's
 * conventions: every value rule ends in {@code space}, required properties come first and
 * optional ones follow in declaration order. Missing {@code additionalProperties} means none, as
 * in llama.cpp. Everything the grammar produces validates against the schema; keywords whose
 * meaning it cannot guarantee are refused with an {@link IllegalArgumentException} naming the
 * keyword and its location.
 */
final class SchemaConverter {
    /** Keywords that only describe; they never constrain the output. */
    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$comment", "title", "description",
            "default", "examples", "deprecated", "readOnly", "writeOnly", "$defs", "definitions", "$anchor");
    private static final Set<String> KNOWN = Set.of("type", "enum", "const", "properties", "required",
            "additionalProperties", "propertyNames", "maxProperties", "minProperties", "items", "prefixItems", "additionalItems",
            "minItems", "maxItems", "uniqueItems", "minLength", "maxLength", "pattern", "format", "minimum", "maximum",
            "exclusiveMinimum", "exclusiveMaximum", "oneOf", "anyOf", "allOf", "$ref");
    /** Unbounded integers get at most this many digits (llama.cpp's integral-part has 16). */
    private static final int MAX_DIGITS = 16;

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

    private final Json root;
    private final Map<String, String> rules = new LinkedHashMap<>();
    private final Map<String, String> ruleByBody = new HashMap<>();
    private final Map<String, String> refRules = new HashMap<>();

    private SchemaConverter(Json root) {
        this.root = root;
    }

    /** The GBNF grammar for {@code schema}; its start rule is {@code root}. */
    static String convert(Json schema) {
        SchemaConverter c = new SchemaConverter(schema);
        c.rules.put("root", null);
        c.rules.put("root", c.body(schema, "root", "#"));
        StringBuilder sb = new StringBuilder();
        c.rules.forEach((name, body) -> sb.append(name).append(" ::= ").append(body).append('\n'));
        return sb.toString();
    }

    // ---- rules -------------------------------------------------------------------------------

    private String primitive(String name) {
        if (!rules.containsKey(name)) {
            rules.put(name, PRIMITIVES.get(name));
            for (String dep : DEPENDENCIES.getOrDefault(name, List.of())) primitive(dep);
        }
        return name;
    }

    /** Adds {@code body} as a rule named after {@code hint} (or reuses an identical rule). */
    private String rule(String hint, String body) {
        String existing = ruleByBody.get(body);
        if (existing != null) return existing;
        String name = reserve(hint);
        rules.put(name, body);
        ruleByBody.put(body, name);
        return name;
    }

    private String reserve(String hint) {
        String base = hint.replaceAll("[^A-Za-z0-9-]+", "-").replaceAll("^-+|-+$", "");
        if (base.isEmpty()) base = "r";
        String name = base;
        for (int i = 1; rules.containsKey(name) || PRIMITIVES.containsKey(name); i++) name = base + i;
        rules.put(name, null);
        return name;
    }

    /** A rule for {@code schema} named after {@code hint}; returns its name. */
    private String visit(Json schema, String hint, String path) {
        if (schema instanceof Json.Obj o && o.members().size() == 1 && o.get("$ref") != null) {
            return ref(o.get("$ref"), path);
        }
        String b = body(schema, hint, path);
        return b.matches("[A-Za-z0-9-]+") ? b : rule(hint, b);
    }

    // ---- schemas -----------------------------------------------------------------------------

    private String body(Json schema, String name, String path) {
        if (schema instanceof Json.Bool b) {
            if (b.value()) return primitive("value");
            throw new IllegalArgumentException("schema at " + path + " is false: nothing can match it");
        }
        if (!(schema instanceof Json.Obj s)) throw new IllegalArgumentException("schema at " + path + " is not an object");
        for (String k : s.members().keySet()) {
            if (!KNOWN.contains(k) && !ANNOTATIONS.contains(k)) {
                throw new IllegalArgumentException("unsupported JSON Schema keyword '" + k + "' at " + path);
            }
        }
        Set<String> active = new LinkedHashSet<>(s.members().keySet());
        active.removeAll(ANNOTATIONS);
        if (s.get("$ref") != null) {
            if (active.size() > 1) throw new IllegalArgumentException("keywords beside $ref are not supported at " + path + ": " + active);
            return ref(s.get("$ref"), path + "/$ref");
        }
        if (s.get("const") != null) {
            only(active, path, "const");
            return Gbnf.literal(Json.write(s.get("const"))) + " " + primitive("space");
        }
        if (s.get("enum") != null) {
            only(active, path, "enum", "type");
            List<String> alts = new ArrayList<>();
            for (Json v : list(s, "enum", path)) alts.add(Gbnf.literal(Json.write(v)));
            if (alts.isEmpty()) throw new IllegalArgumentException("empty enum at " + path);
            return "(" + String.join(" | ", alts) + ") " + primitive("space");
        }
        for (String kw : List.of("oneOf", "anyOf")) {
            if (s.get(kw) != null) {
                only(active, path, kw);
                List<Json> subs = list(s, kw, path);
                if (subs.isEmpty()) throw new IllegalArgumentException("empty " + kw + " at " + path);
                List<String> alts = new ArrayList<>();
                for (int i = 0; i < subs.size(); i++) alts.add(visit(subs.get(i), name + "-" + i, path + "/" + kw + "/" + i));
                return String.join(" | ", alts);
            }
        }
        if (s.get("allOf") != null) return allOf(s, name, path);
        Json type = s.get("type");
        if (type instanceof Json.Arr types) {
            List<String> alts = new ArrayList<>();
            for (Json t : types.items()) {
                Map<String, Json> copy = new LinkedHashMap<>(s.members());
                copy.put("type", t);
                alts.add(visit(new Json.Obj(copy), name + "-" + text(t, path + "/type"), path));
            }
            if (alts.isEmpty()) throw new IllegalArgumentException("empty type list at " + path);
            return String.join(" | ", alts);
        }
        String t = type == null ? inferType(active) : text(type, path + "/type");
        if (t == null) return primitive("value");
        return switch (t) {
            case "object" -> object(s, name, path);
            case "array" -> array(s, name, path);
            case "string" -> string(s, name, path);
            case "integer" -> integer(s, path);
            case "number" -> number(s, path);
            case "boolean" -> primitive("boolean");
            case "null" -> primitive("null");
            default -> throw new IllegalArgumentException("unknown type '" + t + "' at " + path);
        };
    }

    private static String inferType(Set<String> active) {
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
    private static void only(Set<String> active, String path, String... allowed) {
        for (String k : active) {
            if (!List.of(allowed).contains(k)) {
                throw new IllegalArgumentException("keyword '" + k + "' is not supported together with '" + allowed[0] + "' at " + path);
            }
        }
    }

    private String ref(Json refValue, String path) {
        String ref = text(refValue, path);
        String existing = refRules.get(ref);
        if (existing != null) return existing;
        if (!ref.startsWith("#")) throw new IllegalArgumentException("only local $ref ('#...') is supported: '" + ref + "' at " + path);
        if (ref.equals("#")) return "root";
        Json target = root;
        String[] parts = ref.substring(1).split("/", -1);
        for (int i = 1; i < parts.length; i++) {
            String key = parts[i].replace("~1", "/").replace("~0", "~");
            if (target instanceof Json.Obj o && o.get(key) != null) {
                target = o.get(key);
            } else if (target instanceof Json.Arr a && key.matches("\\d+") && Integer.parseInt(key) < a.items().size()) {
                target = a.items().get(Integer.parseInt(key));
            } else {
                throw new IllegalArgumentException("$ref '" + ref + "' at " + path + " points to nothing");
            }
        }
        // Reserved before the body is built so recursive references find it.
        String name = reserve(parts[parts.length - 1]);
        refRules.put(ref, name);
        rules.put(name, body(target, name, ref));
        return name;
    }

    private Json resolve(Json s, String path) {
        Set<String> seen = new LinkedHashSet<>();
        while (s instanceof Json.Obj o && o.get("$ref") != null) {
            String ref = text(o.get("$ref"), path);
            if (!seen.add(ref)) throw new IllegalArgumentException("$ref cycle " + seen + " at " + path);
            Json target = root;
            String[] parts = ref.substring(1).split("/", -1);
            for (int i = 1; i < parts.length; i++) {
                if (!(target instanceof Json.Obj t) || t.get(parts[i]) == null) {
                    throw new IllegalArgumentException("$ref '" + ref + "' at " + path + " points to nothing");
                }
                target = t.get(parts[i]);
            }
            s = target;
        }
        return s;
    }

    // ---- objects -----------------------------------------------------------------------------

    /** allOf of object schemas: their properties and required lists merged (siblings included). */
    private String allOf(Json.Obj s, String name, String path) {
        Map<String, Json> props = new LinkedHashMap<>();
        Set<String> required = new LinkedHashSet<>();
        List<Json> parts = new ArrayList<>(list(s, "allOf", path));
        Map<String, Json> siblings = new LinkedHashMap<>(s.members());
        siblings.remove("allOf");
        parts.add(new Json.Obj(siblings));
        for (int i = 0; i < parts.size(); i++) {
            String p = i < parts.size() - 1 ? path + "/allOf/" + i : path;
            Json part = resolve(parts.get(i), p);
            if (!(part instanceof Json.Obj o)) throw new IllegalArgumentException("allOf member at " + p + " is not an object schema");
            for (String k : o.members().keySet()) {
                if (ANNOTATIONS.contains(k)) continue;
                if (k.equals("type") && o.get(k) instanceof Json.Str t && t.value().equals("object")) continue;
                if (!k.equals("properties") && !k.equals("required")) {
                    throw new IllegalArgumentException("allOf is supported for object schemas with properties and required only; "
                            + "found '" + k + "' at " + p);
                }
            }
            if (o.get("properties") instanceof Json.Obj po) props.putAll(po.members());
            if (o.get("required") != null) for (Json r : list(o, "required", p)) required.add(text(r, p + "/required"));
        }
        return objectRule(props, required, null, -1, -1, name, path);
    }

    private String object(Json.Obj s, String name, String path) {
        Map<String, Json> props = new LinkedHashMap<>();
        if (s.get("properties") != null) {
            if (!(s.get("properties") instanceof Json.Obj po)) throw new IllegalArgumentException("properties at " + path + " is not an object");
            props.putAll(po.members());
        }
        Set<String> required = new LinkedHashSet<>();
        if (s.get("required") != null) for (Json r : list(s, "required", path)) required.add(text(r, path + "/required"));
        Json additional = s.get("additionalProperties");
        if (additional instanceof Json.Bool b && !b.value()) additional = null;
        int maxProps = intOr(s, "maxProperties", -1, path);
        int minProps = intOr(s, "minProperties", 0, path);
        if (minProps > required.size()) {
            throw new IllegalArgumentException("minProperties larger than the number of required properties is not supported at " + path);
        }
        if (maxProps >= 0 && maxProps < required.size()) {
            throw new IllegalArgumentException("maxProperties is smaller than the required properties at " + path);
        }
        int keyMax = propertyNamesMaxLength(s, props.keySet(), path);
        return objectRule(props, required, additional, maxProps, keyMax, name, path);
    }

    /** {@code propertyNames} may only bound key length ({@code maxLength}); -1 when absent. */
    private static int propertyNamesMaxLength(Json.Obj s, Set<String> declared, String path) {
        Json pn = s.get("propertyNames");
        if (pn == null) return -1;
        if (!(pn instanceof Json.Obj o) || o.get("maxLength") == null
                || !o.members().keySet().stream().allMatch(k -> k.equals("maxLength") || k.equals("type") || ANNOTATIONS.contains(k))) {
            throw new IllegalArgumentException("propertyNames is supported with maxLength only, at " + path);
        }
        int max = intOr(o, "maxLength", -1, path + "/propertyNames");
        for (String d : declared) {
            if (d.codePointCount(0, d.length()) > max) {
                throw new IllegalArgumentException("property '" + d + "' is longer than propertyNames.maxLength at " + path);
            }
        }
        return max;
    }

    private String objectRule(Map<String, Json> props, Set<String> required, Json additional, int maxProps, int keyMax,
                              String name, String path) {
        for (String r : required) {
            if (!props.containsKey(r)) throw new IllegalArgumentException("required property '" + r + "' is not in properties at " + path);
        }
        String space = primitive("space");
        String comma = "\",\" " + space;
        List<String> req = new ArrayList<>();
        List<String> opt = new ArrayList<>();
        for (var e : props.entrySet()) {
            String key = e.getKey();
            String value = visit(e.getValue(), name + "-" + key, path + "/properties/" + key);
            String kv = rule(name + "-" + key + "-kv", Gbnf.literal(Json.write(new Json.Str(key))) + " " + space + " \":\" " + space + " " + value);
            (required.contains(key) ? req : opt).add(kv);
        }
        // Additional members: their count is bounded by maxProperties beyond the declared ones.
        String addList = null;
        int addMax = maxProps < 0 ? -1 : maxProps - required.size();
        if (additional != null && addMax != 0) {
            String value = additional instanceof Json.Bool ? primitive("value") : visit(additional, name + "-additional", path + "/additionalProperties");
            String key = rule(name + "-additional-key", "\"\\\"\" " + notStrings(props.keySet(), keyMax) + " \"\\\"\" " + space);
            String kv = rule(name + "-additional-kv", key + " \":\" " + space + " " + value);
            addList = rule(name + "-additional", kv + (addMax == 1 ? "" : " " + Gbnf.repeat("\",\" " + space + " " + kv, 0, addMax < 0 ? -1 : addMax - 1)));
        }
        // Optional members in declaration order: from[i] starts at the i-th and may go on with any later one.
        String[] from = new String[opt.size()];
        for (int i = opt.size() - 1; i >= 0; i--) {
            List<String> next = new ArrayList<>();
            for (int j = i + 1; j < opt.size(); j++) next.add(from[j]);
            if (addList != null) next.add(addList);
            String tail = next.isEmpty() ? "" : " (" + comma + " (" + String.join(" | ", next) + "))?";
            from[i] = rule(name + "-opt" + i, opt.get(i) + tail);
        }
        List<String> starts = new ArrayList<>(List.of(from));
        if (addList != null) starts.add(addList);
        StringBuilder b = new StringBuilder("\"{\" ").append(space);
        if (!req.isEmpty()) b.append(' ').append(String.join(" " + comma + " ", req));
        if (!starts.isEmpty()) {
            b.append(" (");
            if (!req.isEmpty()) b.append(comma).append(' ');
            b.append(starts.size() == 1 ? starts.get(0) : "(" + String.join(" | ", starts) + ")").append(")?");
        }
        return b.append(" \"}\" ").append(space).toString();
    }

    /**
     * The inside of a key that is none of {@code names}: a trie walk that leaves every name's
     * path early. Keys use no escapes, so they cannot spell a name in another way.
     */
    private String notStrings(Set<String> names, int maxLength) {
        String keyChar = rule("key-char", "[^\"\\\\\\x7F\\x00-\\x1F]");
        TreeMap<Integer, Object> trie = new TreeMap<>();
        for (String n : names) {
            TreeMap<Integer, Object> node = trie;
            for (int cp : n.codePoints().toArray()) {
                @SuppressWarnings("unchecked")
                TreeMap<Integer, Object> child = (TreeMap<Integer, Object>) node.computeIfAbsent(cp, k -> new TreeMap<Integer, Object>());
                node = child;
            }
            node.put(-1, Boolean.TRUE);
        }
        return trieExpr(trie, keyChar, maxLength);
    }

    /** Keys from this trie node on, at most {@code left} more characters (-1: unbounded). */
    @SuppressWarnings("unchecked")
    private static String trieExpr(TreeMap<Integer, Object> node, String keyChar, int left) {
        List<String> alts = new ArrayList<>();
        // Stopping here is fine unless a name ends exactly here.
        if (!node.containsKey(-1)) alts.add("\"\"");
        if (left == 0) return alts.isEmpty() ? null : "\"\"";
        StringBuilder others = new StringBuilder("[^\"\\\\\\x7F\\x00-\\x1F");
        for (var e : node.entrySet()) {
            if (e.getKey() < 0) continue;
            others.append(Gbnf.classChar(e.getKey()));
            String rest = trieExpr((TreeMap<Integer, Object>) e.getValue(), keyChar, left < 0 ? -1 : left - 1);
            if (rest != null) alts.add(Gbnf.literal(new String(Character.toChars(e.getKey()))) + " " + rest);
        }
        String tail = Gbnf.repeat(keyChar, 0, left < 0 ? -1 : left - 1);
        alts.add(others + "]" + (tail.isEmpty() ? "" : " " + tail));
        return "(" + String.join(" | ", alts) + ")";
    }

    // ---- arrays ------------------------------------------------------------------------------

    private String array(Json.Obj s, String name, String path) {
        if (s.get("uniqueItems") instanceof Json.Bool u && u.value()) {
            throw new IllegalArgumentException("uniqueItems is not supported (a grammar cannot exclude repeats) at " + path);
        }
        String space = primitive("space");
        String comma = "\",\" " + space;
        int min = intOr(s, "minItems", 0, path);
        int max = intOr(s, "maxItems", -1, path);
        if (max >= 0 && max < min) throw new IllegalArgumentException("maxItems < minItems at " + path);
        List<Json> prefix = new ArrayList<>();
        Json rest = s.get("items");
        if (s.get("prefixItems") != null) {
            prefix.addAll(list(s, "prefixItems", path));
        } else if (rest instanceof Json.Arr tuple) {
            prefix.addAll(tuple.items());
            rest = s.get("additionalItems");
        }
        if (rest instanceof Json.Bool b && !b.value()) rest = null;
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < prefix.size(); i++) parts.add(visit(prefix.get(i), name + "-" + i, path + "/prefixItems/" + i));
        if (!prefix.isEmpty()) {
            // A tuple: all prefix items, then (when allowed) more items up to maxItems.
            if (max >= 0 && max < prefix.size()) throw new IllegalArgumentException("maxItems below the prefixItems count at " + path);
            String body = "\"[\" " + space + " " + String.join(" " + comma + " ", parts);
            if (rest != null) {
                String item = visit(rest, name + "-item", path + "/items");
                int extraMin = Math.max(0, min - prefix.size());
                int extraMax = max < 0 ? -1 : max - prefix.size();
                if (extraMax != 0) body += " " + Gbnf.repeat(comma + " " + item, extraMin, extraMax);
            } else if (min > prefix.size()) {
                throw new IllegalArgumentException("minItems above the prefixItems count with no items schema at " + path);
            }
            return body + " \"]\" " + space;
        }
        String item = rest == null ? primitive("value") : visit(rest, name + "-item", path + "/items");
        if (max == 0) return "\"[\" " + space + " \"]\" " + space;
        String more = Gbnf.repeat(comma + " " + item, Math.max(0, min - 1), max < 0 ? -1 : max - 1);
        String list = more.isEmpty() ? item : item + " " + more;
        return "\"[\" " + space + " " + (min == 0 ? "(" + list + ")?" : list) + " \"]\" " + space;
    }

    // ---- strings and numbers -----------------------------------------------------------------

    private String string(Json.Obj s, String name, String path) {
        String space = primitive("space");
        boolean lengths = s.get("minLength") != null || s.get("maxLength") != null;
        if (s.get("format") != null) {
            String f = text(s.get("format"), path + "/format");
            if (lengths || s.get("pattern") != null) {
                throw new IllegalArgumentException("format together with pattern or lengths is not supported at " + path);
            }
            if (!List.of("date", "time", "date-time", "uuid").contains(f)) {
                throw new IllegalArgumentException("unsupported string format '" + f + "' at " + path
                        + " (supported: date, time, date-time, uuid)");
            }
            return "\"\\\"\" " + primitive(f) + " \"\\\"\" " + space;
        }
        if (s.get("pattern") != null) {
            if (lengths) throw new IllegalArgumentException("pattern together with minLength/maxLength is not supported at " + path);
            return "\"\\\"\" " + RegexGbnf.convert(text(s.get("pattern"), path + "/pattern"), path + "/pattern") + " \"\\\"\" " + space;
        }
        if (!lengths) return primitive("string");
        int min = intOr(s, "minLength", 0, path);
        int max = intOr(s, "maxLength", -1, path);
        if (max >= 0 && max < min) throw new IllegalArgumentException("maxLength < minLength at " + path);
        String chars = Gbnf.repeat(primitive("char"), min, max);
        return "\"\\\"\" " + (chars.isEmpty() ? "" : chars + " ") + "\"\\\"\" " + space;
    }

    private String integer(Json.Obj s, String path) {
        BigInteger lo = bound(s, "minimum", path, true, false);
        BigInteger hi = bound(s, "maximum", path, false, false);
        BigInteger xlo = bound(s, "exclusiveMinimum", path, true, true);
        BigInteger xhi = bound(s, "exclusiveMaximum", path, false, true);
        // Draft 4 writes exclusiveMinimum/Maximum as booleans modifying minimum/maximum.
        if (s.get("exclusiveMinimum") instanceof Json.Bool b && b.value() && lo != null) lo = lo.add(BigInteger.ONE);
        if (s.get("exclusiveMaximum") instanceof Json.Bool b && b.value() && hi != null) hi = hi.subtract(BigInteger.ONE);
        if (xlo != null) lo = lo == null ? xlo : lo.max(xlo);
        if (xhi != null) hi = hi == null ? xhi : hi.min(xhi);
        if (lo == null && hi == null) return primitive("integer");
        return Gbnf.integerRange(lo, hi, MAX_DIGITS) + " " + primitive("space");
    }

    /**
     * A number within integer {@code minimum}/{@code maximum}: the integral part ranges over the
     * bounds (any fraction below the upper one, none at it) and there is no exponent. Exclusive
     * or fractional bounds on numbers are refused.
     */
    private String number(Json.Obj s, String path) {
        for (String k : List.of("exclusiveMinimum", "exclusiveMaximum")) {
            if (s.get(k) != null) throw new IllegalArgumentException("'" + k + "' is supported for type integer, not number, at " + path);
        }
        BigInteger lo = exactBound(s, "minimum", path), hi = exactBound(s, "maximum", path);
        if (lo == null && hi == null) return primitive("number");
        BigInteger cap = BigInteger.TEN.pow(MAX_DIGITS).subtract(BigInteger.ONE);
        if (lo == null) lo = cap.negate();
        if (hi == null) hi = cap;
        if (lo.compareTo(hi) > 0) throw new IllegalArgumentException("minimum > maximum at " + path);
        String frac = "(\".\" " + primitive("decimal-part") + ")?";
        List<String> alts = new ArrayList<>();
        if (hi.signum() >= 0) alts.add(belowWithFraction(lo.max(BigInteger.ZERO), hi, frac));
        if (lo.signum() < 0) {
            // Negative values by magnitude: up to -lo, at least -hi when hi is negative.
            BigInteger from = hi.signum() < 0 ? hi.negate() : BigInteger.ZERO;
            alts.add("\"-\" (" + belowWithFraction(from, lo.negate(), frac) + ")");
        }
        return "(" + String.join(" | ", alts) + ") " + primitive("space");
    }

    /** Non-negative decimals in [from, to]: integral part from..to-1 with any fraction, or exactly {@code to}. */
    private static String belowWithFraction(BigInteger from, BigInteger to, String frac) {
        String exact = Gbnf.literal(to.toString());
        if (from.compareTo(to) >= 0) return exact;
        return Gbnf.integerRange(from, to.subtract(BigInteger.ONE), MAX_DIGITS) + " " + frac + " | " + exact;
    }

    private static BigInteger exactBound(Json.Obj s, String key, String path) {
        Json v = s.get(key);
        if (v == null) return null;
        if (!(v instanceof Json.Num n)) throw new IllegalArgumentException(key + " at " + path + " is not a number");
        try {
            return n.value().toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("a fractional " + key + " on type number is not supported at " + path);
        }
    }

    /** An integer bound: inclusive, rounded inward; exclusive ones moved one step inward. */
    private static BigInteger bound(Json.Obj s, String key, String path, boolean lower, boolean exclusive) {
        Json v = s.get(key);
        if (v == null || v instanceof Json.Bool) return null;
        if (!(v instanceof Json.Num n)) throw new IllegalArgumentException(key + " at " + path + " is not a number");
        BigDecimal d = n.value();
        BigInteger r = d.setScale(0, lower ? RoundingMode.CEILING : RoundingMode.FLOOR).toBigIntegerExact();
        if (exclusive && d.compareTo(new BigDecimal(r)) == 0) r = lower ? r.add(BigInteger.ONE) : r.subtract(BigInteger.ONE);
        return r;
    }

    // ---- value access ------------------------------------------------------------------------

    private static List<Json> list(Json.Obj s, String key, String path) {
        if (!(s.get(key) instanceof Json.Arr a)) throw new IllegalArgumentException(key + " at " + path + " is not an array");
        return a.items();
    }

    private static String text(Json v, String path) {
        if (!(v instanceof Json.Str str)) throw new IllegalArgumentException("expected a string at " + path);
        return str.value();
    }

    private static int intOr(Json.Obj s, String key, int dflt, String path) {
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
