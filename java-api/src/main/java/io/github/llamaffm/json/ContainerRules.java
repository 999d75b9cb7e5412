package io.github.llamaffm.json;

import io.github.llamaffm.internal.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static io.github.llamaffm.json.SchemaKeywords.ANNOTATIONS;
import static io.github.llamaffm.json.SchemaKeywords.intOr;
import static io.github.llamaffm.json.SchemaKeywords.list;
import static io.github.llamaffm.json.SchemaKeywords.text;

/**
 * Object and array schemas for {@link SchemaConverter}, the schemas with members whose own
 * schemas go back to the converter. Objects: {@code properties}, {@code required},
 * {@code additionalProperties}, {@code propertyNames}, {@code maxProperties}, and {@code allOf}
 * of object schemas; required members first, optional ones in declaration order, additional ones
 * with keys that spell none of the declared names. Arrays: {@code items}, tuples
 * ({@code prefixItems}, or the draft-4 array form of {@code items} with {@code additionalItems})
 * and item counts.
 */
final class ContainerRules {
    private final SchemaConverter converter;
    private final GrammarRules rules;

    ContainerRules(SchemaConverter converter, GrammarRules rules) {
        this.converter = converter;
        this.rules = rules;
    }

    // ---- objects -----------------------------------------------------------------------------

    /** allOf of object schemas: their properties and required lists merged (siblings included). */
    String allOf(Json.Obj s, String name, String path) {
        Map<String, Json> props = new LinkedHashMap<>();
        Set<String> required = new LinkedHashSet<>();
        List<Json> parts = new ArrayList<>(list(s, "allOf", path));
        Map<String, Json> siblings = new LinkedHashMap<>(s.members());
        siblings.remove("allOf");
        parts.add(new Json.Obj(siblings));
        for (int i = 0; i < parts.size(); i++) {
            String p = i < parts.size() - 1 ? path + "/allOf/" + i : path;
            Json part = converter.resolve(parts.get(i), p);
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

    String object(Json.Obj s, String name, String path) {
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
        String space = rules.primitive("space");
        String comma = "\",\" " + space;
        List<String> req = new ArrayList<>();
        List<String> opt = new ArrayList<>();
        for (var e : props.entrySet()) {
            String key = e.getKey();
            String value = converter.visit(e.getValue(), name + "-" + key, path + "/properties/" + key);
            String kv = rules.rule(name + "-" + key + "-kv", Gbnf.literal(Json.write(new Json.Str(key))) + " " + space + " \":\" " + space + " " + value);
            (required.contains(key) ? req : opt).add(kv);
        }
        // Additional members: their count is bounded by maxProperties beyond the declared ones.
        String addList = null;
        int addMax = maxProps < 0 ? -1 : maxProps - required.size();
        if (additional != null && addMax != 0) {
            String value = additional instanceof Json.Bool ? rules.primitive("value") : converter.visit(additional, name + "-additional", path + "/additionalProperties");
            String key = rules.rule(name + "-additional-key", "\"\\\"\" " + notStrings(props.keySet(), keyMax) + " \"\\\"\" " + space);
            String kv = rules.rule(name + "-additional-kv", key + " \":\" " + space + " " + value);
            addList = rules.rule(name + "-additional", kv + (addMax == 1 ? "" : " " + Gbnf.repeat("\",\" " + space + " " + kv, 0, addMax < 0 ? -1 : addMax - 1)));
        }
        // Optional members in declaration order: from[i] starts at the i-th and may go on with any later one.
        String[] from = new String[opt.size()];
        for (int i = opt.size() - 1; i >= 0; i--) {
            List<String> next = new ArrayList<>();
            for (int j = i + 1; j < opt.size(); j++) next.add(from[j]);
            if (addList != null) next.add(addList);
            String tail = next.isEmpty() ? "" : " (" + comma + " (" + String.join(" | ", next) + "))?";
            from[i] = rules.rule(name + "-opt" + i, opt.get(i) + tail);
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
        String keyChar = rules.rule("key-char", "[^\"\\\\\\x7F\\x00-\\x1F]");
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

    String array(Json.Obj s, String name, String path) {
        if (s.get("uniqueItems") instanceof Json.Bool u && u.value()) {
            throw new IllegalArgumentException("uniqueItems is not supported (a grammar cannot exclude repeats) at " + path);
        }
        String space = rules.primitive("space");
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
        for (int i = 0; i < prefix.size(); i++) parts.add(converter.visit(prefix.get(i), name + "-" + i, path + "/prefixItems/" + i));
        if (!prefix.isEmpty()) {
            // A tuple: all prefix items, then (when allowed) more items up to maxItems.
            if (max >= 0 && max < prefix.size()) throw new IllegalArgumentException("maxItems below the prefixItems count at " + path);
            String body = "\"[\" " + space + " " + String.join(" " + comma + " ", parts);
            if (rest != null) {
                String item = converter.visit(rest, name + "-item", path + "/items");
                int extraMin = Math.max(0, min - prefix.size());
                int extraMax = max < 0 ? -1 : max - prefix.size();
                if (extraMax != 0) body += " " + Gbnf.repeat(comma + " " + item, extraMin, extraMax);
            } else if (min > prefix.size()) {
                throw new IllegalArgumentException("minItems above the prefixItems count with no items schema at " + path);
            }
            return body + " \"]\" " + space;
        }
        String item = rest == null ? rules.primitive("value") : converter.visit(rest, name + "-item", path + "/items");
        if (max == 0) return "\"[\" " + space + " \"]\" " + space;
        String more = Gbnf.repeat(comma + " " + item, Math.max(0, min - 1), max < 0 ? -1 : max - 1);
        String list = more.isEmpty() ? item : item + " " + more;
        return "\"[\" " + space + " " + (min == 0 ? "(" + list + ")?" : list) + " \"]\" " + space;
    }
}
