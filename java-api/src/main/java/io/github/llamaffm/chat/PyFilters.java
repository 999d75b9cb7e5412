package io.github.llamaffm.chat;

import static io.github.llamaffm.chat.PyRuntime.NONE;
import static io.github.llamaffm.chat.PyRuntime.fail;
import static io.github.llamaffm.chat.PyRuntime.isFloat;
import static io.github.llamaffm.chat.PyRuntime.isInt;
import static io.github.llamaffm.chat.PyRuntime.isNum;
import static io.github.llamaffm.chat.PyRuntime.isStr;
import static io.github.llamaffm.chat.PyRuntime.iterate;
import static io.github.llamaffm.chat.PyRuntime.s;
import static io.github.llamaffm.chat.PyRuntime.str;
import static io.github.llamaffm.chat.PyRuntime.truthy;
import static io.github.llamaffm.chat.PyRuntime.typeName;

import io.github.llamaffm.chat.PyAccess.Args;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Jinja2's built-in filters with Jinja2's argument names and semantics, plus transformers'
 * {@code tojson} (json.dumps with ensure_ascii=False and its {@code indent}, {@code separators},
 * {@code sort_keys} options). Details count: {@code tojson}'s separators and indentation,
 * {@code indent}'s {@code first} argument, {@code default} and {@code length} telling None from
 * undefined; templates print tool schemas with them.
 */
final class PyFilters {
    private PyFilters() {
    }

    private static final Set<String> NAMES = Set.of("abs", "attr", "capitalize", "center", "count", "d", "default",
            "dictsort", "e", "escape", "first", "float", "forceescape", "format", "indent", "int", "items",
            "join", "last", "length", "list", "lower", "map", "max", "min", "reject", "rejectattr", "replace",
            "reverse", "round", "safe", "select", "selectattr", "sort", "string", "sum", "title", "tojson", "trim",
            "unique", "upper", "wordcount");

    static boolean exists(String name) {
        return NAMES.contains(name);
    }

    static Object apply(String name, Object v, Args a) {
        return switch (name) {
            case "default", "d" -> {
                Object dflt = a.get(0, "default_value", "");
                boolean bool = a.bool(1, "boolean", false);
                yield v == null || (bool && !truthy(v)) ? dflt : v;
            }
            case "length", "count" -> (long) len(v);
            case "string" -> str(v);
            case "trim" -> PyStr.strip(str(v), a.str(0, "chars", null));
            case "upper" -> PyStr.upper(str(v));
            case "lower" -> PyStr.lower(str(v));
            case "title" -> PyStr.title(str(v));
            case "capitalize" -> PyStr.capitalize(str(v));
            case "center" -> PyStr.center(str(v), (int) a.num(0, "width", 80), " ");
            case "wordcount" -> {
                long n = 0;
                boolean in = false;
                for (int c : str(v).codePoints().toArray()) {
                    boolean w = Character.isLetterOrDigit(c) || c == '_';
                    if (w && !in) n++;
                    in = w;
                }
                yield n;
            }
            case "safe" -> v instanceof PyRuntime.Markup ? v : new PyRuntime.Markup(str(v));
            case "e", "escape" -> v instanceof PyRuntime.Markup ? v : new PyRuntime.Markup(escape(str(v)));
            case "forceescape" -> new PyRuntime.Markup(escape(str(v)));
            case "replace" -> PyStr.replace(str(v), str(a.req(0, "old")), str(a.req(1, "new")),
                    a.num(2, "count", -1));
            case "join" -> {
                String sep = str(a.get(0, "d", ""));
                Object attr = a.get(1, "attribute", null);
                StringBuilder b = new StringBuilder();
                boolean first = true;
                for (Object o : iterate(v)) {
                    if (!first) b.append(sep);
                    first = false;
                    b.append(str(attr == null ? o : attribute(o, attr)));
                }
                yield b.toString();
            }
            case "list" -> iterate(v);
            case "first" -> {
                List<Object> l = iterate(v);
                yield l.isEmpty() ? null : l.get(0);
            }
            case "last" -> {
                List<Object> l = iterate(v);
                yield l.isEmpty() ? null : l.get(l.size() - 1);
            }
            case "reverse" -> {
                if (isStr(v)) {
                    yield new StringBuilder(s(v)).reverse().toString();
                }
                List<Object> l = iterate(v);
                Collections.reverse(l);
                yield new PyRuntime.Generator(l);
            }
            case "items" -> {
                if (v == null) yield new PyRuntime.Generator(new ArrayList<>());
                if (!(v instanceof Map<?, ?> m)) throw fail("TypeError: can only get item pairs from a mapping.");
                List<Object> out = new ArrayList<>();
                for (Map.Entry<?, ?> e : m.entrySet()) out.add(pair(e.getKey(), e.getValue()));
                yield new PyRuntime.Generator(out);
            }
            case "dictsort" -> {
                if (!(v instanceof Map<?, ?> m)) throw fail("TypeError: dictsort expects a mapping");
                boolean cs = a.bool(0, "case_sensitive", false);
                String by = a.str(1, "by", "key");
                boolean rev = a.bool(2, "reverse", false);
                int pos = by.equals("key") ? 0 : 1;
                List<Object> out = new ArrayList<>();
                for (Map.Entry<?, ?> e : m.entrySet()) out.add(pair(e.getKey(), e.getValue()));
                Comparator<Object> c = PyRuntime.ordering(cs);
                out.sort((x, y) -> c.compare(((List<?>) x).get(pos), ((List<?>) y).get(pos)));
                if (rev) Collections.reverse(out);
                yield out;
            }
            case "sort" -> {
                boolean rev = a.bool(0, "reverse", false);
                boolean cs = a.bool(1, "case_sensitive", false);
                Object attr = a.get(2, "attribute", null);
                List<Object> l = iterate(v);
                Comparator<Object> c = PyRuntime.ordering(cs);
                l.sort(attr == null ? c : (x, y) -> c.compare(attribute(x, attr), attribute(y, attr)));
                if (rev) Collections.reverse(l);
                yield l;
            }
            case "unique" -> {
                boolean cs = a.bool(0, "case_sensitive", false);
                Object attr = a.get(1, "attribute", null);
                List<Object> out = new ArrayList<>();
                List<Object> seen = new ArrayList<>();
                for (Object o : iterate(v)) {
                    Object k = attr == null ? o : attribute(o, attr);
                    if (!cs && isStr(k)) k = PyStr.lower(s(k));
                    boolean dup = false;
                    for (Object x : seen) dup |= PyRuntime.eq(x, k);
                    if (!dup) {
                        seen.add(k);
                        out.add(o);
                    }
                }
                yield new PyRuntime.Generator(out);
            }
            case "min", "max" -> {
                boolean cs = a.bool(0, "case_sensitive", false);
                Object attr = a.get(1, "attribute", null);
                List<Object> l = iterate(v);
                if (l.isEmpty()) yield null;
                Comparator<Object> c = PyRuntime.ordering(cs);
                Comparator<Object> by = attr == null ? c : (x, y) -> c.compare(attribute(x, attr), attribute(y, attr));
                yield name.equals("min") ? Collections.min(l, by) : Collections.max(l, by);
            }
            case "sum" -> {
                Object attr = a.get(0, "attribute", null);
                Object acc = a.get(1, "start", 0L);
                for (Object o : iterate(v)) acc = PyOperators.add(acc, attr == null ? o : attribute(o, attr));
                yield acc;
            }
            case "map" -> {
                List<Object> out = new ArrayList<>();
                if (!truthy(v)) yield new PyRuntime.Generator(out); // Jinja2: "if value:" before iterating
                Object attr = a.kw.get("attribute");
                if (attr != null) {
                    Object dflt = a.kw.get("default");
                    for (Object o : iterate(v)) {
                        Object x = attribute(o, attr);
                        out.add(x == null && dflt != null ? dflt : x);
                    }
                } else {
                    String f = str(a.req(0, "name"));
                    Args rest = new Args(f, a.pos.subList(1, a.pos.size()), a.kw);
                    for (Object o : iterate(v)) out.add(apply(f, o, rest));
                }
                yield new PyRuntime.Generator(out);
            }
            case "select", "reject" -> {
                List<Object> out = new ArrayList<>();
                if (!truthy(v)) yield new PyRuntime.Generator(out);
                boolean keep = name.equals("select");
                for (Object o : iterate(v)) {
                    boolean ok = a.pos.isEmpty() ? truthy(o)
                            : PyTests.test(str(a.pos.get(0)), o, a.pos.subList(1, a.pos.size()));
                    if (ok == keep) out.add(o);
                }
                yield new PyRuntime.Generator(out);
            }
            case "selectattr", "rejectattr" -> {
                List<Object> out = new ArrayList<>();
                if (!truthy(v)) yield new PyRuntime.Generator(out);
                boolean keep = name.equals("selectattr");
                Object attr = a.req(0, "attribute");
                for (Object o : iterate(v)) {
                    Object x = attribute(o, attr);
                    boolean ok = a.pos.size() < 2 ? truthy(x)
                            : PyTests.test(str(a.pos.get(1)), x, a.pos.subList(2, a.pos.size()));
                    if (ok == keep) out.add(o);
                }
                yield new PyRuntime.Generator(out);
            }
            case "attr" -> attribute(v, a.req(0, "name"));
            case "abs" -> isFloat(v) ? (Object) Math.abs(PyRuntime.toDouble(v))
                    : (Object) Math.abs(PyRuntime.toLong(num(v, name)));
            case "round" -> {
                int prec = (int) a.num(0, "precision", 0);
                String method = a.str(1, "method", "common");
                BigDecimal d = new BigDecimal(Double.toString(PyRuntime.toDouble(num(v, name))));
                RoundingMode mode = switch (method) {
                    case "ceil" -> RoundingMode.CEILING;
                    case "floor" -> RoundingMode.FLOOR;
                    default -> RoundingMode.HALF_UP;
                };
                yield d.setScale(prec, mode).doubleValue();
            }
            case "int" -> toInt(v, a.get(0, "default", 0L), (int) a.num(1, "base", 10));
            case "float" -> toFloat(v, a.get(0, "default", 0.0));
            case "indent" -> indent(str(v), a.get(0, "width", 4L), a.bool(1, "first", false), a.bool(2, "blank", false));
            case "format" -> StrFormat.percentFormat(str(v), a.kw.isEmpty() ? a.pos : a.kw);
            case "tojson" -> PyJson.dumps(v, a.bool(0, "ensure_ascii", false), a.get(1, "indent", NONE),
                    a.get(2, "separators", NONE), a.bool(3, "sort_keys", false));
            default -> throw fail("TemplateRuntimeError: No filter named '" + name + "' found.");
        };
    }

    private static List<Object> pair(Object k, Object v) {
        return new PyRuntime.Tuple(java.util.Arrays.asList(k, v));
    }

    private static Object num(Object v, String filter) {
        if (!isNum(v)) throw fail("TypeError: filter '" + filter + "' needs a number, got " + typeName(v));
        return v;
    }

    /** Jinja2's environment.getitem/getattr for filter {@code attribute=} arguments, dotted paths included. */
    static Object attribute(Object o, Object attr) {
        if (isInt(attr)) return PyAccess.getitem(o, attr);
        Object cur = o;
        for (String part : str(attr).split("\\.")) {
            if (cur == null) return null;
            cur = part.chars().allMatch(Character::isDigit) && !part.isEmpty() && cur instanceof List<?>
                    ? PyAccess.getitem(cur, Long.parseLong(part)) : PyAccess.getitem(cur, part);
        }
        return cur;
    }

    static int len(Object v) {
        if (v == null) return 0;
        if (v instanceof PyRuntime.Generator) throw fail("TypeError: object of type 'generator' has no len()");
        if (isStr(v)) return PyStr.len(s(v));
        if (v instanceof java.util.Collection<?> c) return c.size();
        if (v instanceof Map<?, ?> m) return m.size();
        throw fail("TypeError: object of type '" + typeName(v) + "' has no len()");
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&#34;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static Object toInt(Object v, Object dflt, int base) {
        if (v instanceof Boolean b) return b ? 1L : 0L;
        if (isInt(v)) return PyRuntime.toLong(v);
        if (isFloat(v)) return (long) PyRuntime.toDouble(v);
        if (isStr(v)) {
            String t = PyStr.strip(s(v), null).replace("_", "");
            try {
                if (base != 10 && t.length() > 2 && t.charAt(0) == '0' && Character.isLetter(t.charAt(1))) {
                    t = t.substring(2);
                }
                return Long.parseLong(t, base);
            } catch (NumberFormatException e) {
                try {
                    return (long) Double.parseDouble(t);
                } catch (NumberFormatException e2) {
                    return dflt;
                }
            }
        }
        return dflt;
    }

    private static Object toFloat(Object v, Object dflt) {
        if (isNum(v)) return PyRuntime.toDouble(v);
        if (isStr(v)) {
            try {
                return Double.parseDouble(PyStr.strip(s(v), null));
            } catch (NumberFormatException e) {
                return dflt;
            }
        }
        return dflt;
    }

    /** Jinja2 3.1's do_indent, including its quirk of appending a newline before splitting. */
    static String indent(String s, Object width, boolean first, boolean blank) {
        String ind = isStr(width) ? s(width) : " ".repeat((int) PyRuntime.toLong(width));
        String t = s + "\n";
        List<Object> lines = PyStr.splitlines(t, false);
        StringBuilder rv = new StringBuilder();
        if (blank) {
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) rv.append("\n").append(ind);
                rv.append((String) lines.get(i));
            }
        } else {
            rv.append(lines.isEmpty() ? "" : (String) lines.get(0));
            if (lines.size() > 1) {
                rv.append("\n");
                for (int i = 1; i < lines.size(); i++) {
                    if (i > 1) rv.append("\n");
                    String line = (String) lines.get(i);
                    rv.append(line.isEmpty() ? line : ind + line);
                }
            }
        }
        return first ? ind + rv : rv.toString();
    }
}
