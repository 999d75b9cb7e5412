package io.github.llamaffm.json;

import io.github.llamaffm.internal.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.github.llamaffm.json.SchemaKeywords.ANNOTATIONS;
import static io.github.llamaffm.json.SchemaKeywords.KNOWN;
import static io.github.llamaffm.json.SchemaKeywords.inferType;
import static io.github.llamaffm.json.SchemaKeywords.list;
import static io.github.llamaffm.json.SchemaKeywords.only;
import static io.github.llamaffm.json.SchemaKeywords.text;

/**
 * Converts a JSON Schema into a GBNF grammar (root rule {@code root}) following llama.cpp's
 * conventions: every value rule ends in {@code space}, required properties come first and
 * optional ones follow in declaration order. Missing {@code additionalProperties} means none, as
 * in llama.cpp. Everything the grammar produces validates against the schema; keywords whose
 * meaning it cannot guarantee are refused with an {@link IllegalArgumentException} naming the
 * keyword and its location.
 *
 * <p>This class dispatches on the keywords and resolves {@code $ref}s; the rules for each kind of
 * schema are in {@link ContainerRules} (objects and arrays) and {@link ScalarRules}, the grammar's
 * rule table in {@link GrammarRules} and keyword access in {@link SchemaKeywords}.
 */
final class SchemaConverter {
    private final Json root;
    private final GrammarRules rules = new GrammarRules();
    private final Map<String, String> refRules = new HashMap<>();
    private final ContainerRules containers = new ContainerRules(this, rules);
    private final ScalarRules scalars = new ScalarRules(rules);

    private SchemaConverter(Json root) {
        this.root = root;
    }

    /** The GBNF grammar for {@code schema}; its start rule is {@code root}. */
    static String convert(Json schema) {
        SchemaConverter c = new SchemaConverter(schema);
        c.rules.put("root", null);
        c.rules.put("root", c.body(schema, "root", "#"));
        return c.rules.write();
    }

    /** A rule for {@code schema} named after {@code hint}; returns its name. */
    String visit(Json schema, String hint, String path) {
        if (schema instanceof Json.Obj o && o.members().size() == 1 && o.get("$ref") != null) {
            return ref(o.get("$ref"), path);
        }
        String b = body(schema, hint, path);
        return b.matches("[A-Za-z0-9-]+") ? b : rules.rule(hint, b);
    }

    // ---- schemas -----------------------------------------------------------------------------

    private String body(Json schema, String name, String path) {
        if (schema instanceof Json.Bool b) {
            if (b.value()) return rules.primitive("value");
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
            return Gbnf.literal(Json.write(s.get("const"))) + " " + rules.primitive("space");
        }
        if (s.get("enum") != null) {
            only(active, path, "enum", "type");
            List<String> alts = new ArrayList<>();
            for (Json v : list(s, "enum", path)) alts.add(Gbnf.literal(Json.write(v)));
            if (alts.isEmpty()) throw new IllegalArgumentException("empty enum at " + path);
            return "(" + String.join(" | ", alts) + ") " + rules.primitive("space");
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
        if (s.get("allOf") != null) return containers.allOf(s, name, path);
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
        if (t == null) return rules.primitive("value");
        return switch (t) {
            case "object" -> containers.object(s, name, path);
            case "array" -> containers.array(s, name, path);
            case "string" -> scalars.string(s, name, path);
            case "integer" -> scalars.integer(s, path);
            case "number" -> scalars.number(s, path);
            case "boolean" -> rules.primitive("boolean");
            case "null" -> rules.primitive("null");
            default -> throw new IllegalArgumentException("unknown type '" + t + "' at " + path);
        };
    }

    // ---- references --------------------------------------------------------------------------

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
        String name = rules.reserve(parts[parts.length - 1]);
        refRules.put(ref, name);
        rules.put(name, body(target, name, ref));
        return name;
    }

    /** {@code s} with its {@code $ref}s followed to a schema that is not one. */
    Json resolve(Json s, String path) {
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
}
