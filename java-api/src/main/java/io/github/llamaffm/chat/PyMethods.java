package io.github.llamaffm.chat;

import static io.github.llamaffm.chat.PyRuntime.NONE;
import static io.github.llamaffm.chat.PyRuntime.fail;
import static io.github.llamaffm.chat.PyRuntime.isStr;
import static io.github.llamaffm.chat.PyRuntime.iterate;
import static io.github.llamaffm.chat.PyRuntime.s;
import static io.github.llamaffm.chat.PyRuntime.typeName;

import io.github.llamaffm.chat.PyAccess.Args;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Python's methods on {@code str}, {@code dict} and {@code list}, which templates call
 * ({@code content.strip()}, {@code content.split('</think>')[-1]}, {@code tool.get('x', y)}).
 * Written out one by one rather than reached by reflection: Java's methods of the same names have
 * other semantics ({@code String.split} takes a regular expression) or do not exist
 * ({@code startswith}, {@code lstrip}).
 */
final class PyMethods {
    private PyMethods() {
    }

    static final Object NO_METHOD = new Object();

    /** Methods that jinja2's ImmutableSandboxedEnvironment refuses (modifies_known_mutable). */
    static final java.util.Set<String> LIST_MUTATORS = java.util.Set.of("append", "extend", "insert", "pop",
            "remove", "reverse", "sort", "clear", "__setitem__", "__delitem__", "__iadd__", "__imul__");
    static final java.util.Set<String> DICT_MUTATORS = java.util.Set.of("update", "pop", "popitem", "setdefault",
            "clear", "__setitem__", "__delitem__");

    static Object str(String s, String name, Args a) {
        return switch (name) {
            case "strip" -> PyStr.strip(s, a.str(0, "chars", null));
            case "lstrip" -> PyStr.lstrip(s, a.str(0, "chars", null));
            case "rstrip" -> PyStr.rstrip(s, a.str(0, "chars", null));
            case "split" -> PyStr.split(s, a.str(0, "sep", null), a.num(1, "maxsplit", -1));
            case "rsplit" -> PyStr.rsplit(s, a.str(0, "sep", null), a.num(1, "maxsplit", -1));
            case "splitlines" -> PyStr.splitlines(s, a.bool(0, "keepends", false));
            case "startswith", "endswith" -> affix(s, name.equals("startswith"), a);
            case "replace" -> PyStr.replace(s, reqStr(a, 0, "old"), reqStr(a, 1, "new"), a.num(2, "count", -1));
            case "upper" -> PyStr.upper(s);
            case "lower" -> PyStr.lower(s);
            case "casefold" -> PyStr.lower(s);
            case "title" -> PyStr.title(s);
            case "capitalize" -> PyStr.capitalize(s);
            case "swapcase" -> PyStr.swapcase(s);
            case "find", "index", "rfind", "rindex", "count" -> find(s, name, a);
            case "join" -> {
                StringBuilder b = new StringBuilder();
                List<Object> items = iterate(a.req(0, "iterable"));
                for (int i = 0; i < items.size(); i++) {
                    if (!isStr(items.get(i))) {
                        throw fail("TypeError: sequence item " + i + ": expected str instance, "
                                + typeName(items.get(i)) + " found");
                    }
                    if (i > 0) b.append(s);
                    b.append(s(items.get(i)));
                }
                yield b.toString();
            }
            case "format" -> StrFormat.format(s, a.pos, a.kw);
            case "isdigit", "isnumeric", "isdecimal" -> PyStr.isDigit(s);
            case "isalpha" -> PyStr.isAlpha(s);
            case "isalnum" -> PyStr.isAlnum(s);
            case "isspace" -> PyStr.isWhitespace(s);
            case "isupper" -> PyStr.isUpper(s);
            case "islower" -> PyStr.isLower(s);
            case "zfill" -> {
                int w = (int) a.num(0, "width", 0);
                int pad = w - PyStr.len(s);
                if (pad <= 0) yield s;
                boolean signed = !s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+');
                yield signed ? s.charAt(0) + "0".repeat(pad) + s.substring(1) : "0".repeat(pad) + s;
            }
            case "center" -> PyStr.center(s, (int) a.num(0, "width", 0), a.str(1, "fillchar", " "));
            case "ljust", "rjust" -> {
                int pad = (int) a.num(0, "width", 0) - PyStr.len(s);
                String fill = a.str(1, "fillchar", " ");
                if (pad <= 0) yield s;
                yield name.equals("ljust") ? s + fill.repeat(pad) : fill.repeat(pad) + s;
            }
            case "partition", "rpartition" -> {
                String sep = reqStr(a, 0, "sep");
                int i = name.equals("partition") ? s.indexOf(sep) : s.lastIndexOf(sep);
                List<Object> out = new ArrayList<>();
                if (i < 0) {
                    if (name.equals("partition")) {
                        out.add(s);
                        out.add("");
                        out.add("");
                    } else {
                        out.add("");
                        out.add("");
                        out.add(s);
                    }
                } else {
                    out.add(s.substring(0, i));
                    out.add(sep);
                    out.add(s.substring(i + sep.length()));
                }
                yield out;
            }
            case "removeprefix" -> {
                String p = reqStr(a, 0, "prefix");
                yield s.startsWith(p) ? s.substring(p.length()) : s;
            }
            case "removesuffix" -> {
                String p = reqStr(a, 0, "suffix");
                yield s.endsWith(p) && !p.isEmpty() ? s.substring(0, s.length() - p.length()) : s;
            }
            default -> throw fail("UndefinedError: 'str object' has no attribute '" + name + "'");
        };
    }

    private static String reqStr(Args a, int i, String name) {
        Object v = a.req(i, name);
        if (!isStr(v)) throw fail("TypeError: " + a.fn + "() argument must be str, not " + typeName(v));
        return s(v);
    }

    private static Object affix(String s, boolean start, Args a) {
        Object p = a.req(0, start ? "prefix" : "suffix");
        long from = a.num(1, "start", 0);
        long to = a.num(2, "end", Long.MAX_VALUE);
        String sub = slice(s, from, to);
        List<Object> options = p instanceof List<?> l ? new ArrayList<>(l) : List.of(p);
        for (Object o : options) {
            if (!isStr(o)) {
                throw fail("TypeError: " + (start ? "startswith" : "endswith")
                        + " first arg must be str or a tuple of str, not " + typeName(o));
            }
            if (start ? sub.startsWith(s(o)) : sub.endsWith(s(o))) return true;
        }
        return false;
    }

    private static String slice(String s, long from, long to) {
        if (from == 0 && to == Long.MAX_VALUE) return s;
        Object r = PyAccess.slice(s, from, to == Long.MAX_VALUE ? null : to, null);
        return (String) r;
    }

    private static Object find(String s, String name, Args a) {
        String sub = reqStr(a, 0, "sub");
        long from = a.num(1, "start", 0);
        long to = a.num(2, "end", Long.MAX_VALUE);
        String hay = slice(s, from, to);
        int n = PyStr.len(s);
        long base = from < 0 ? Math.max(0, from + n) : Math.min(from, n);
        if (name.equals("count")) {
            if (sub.isEmpty()) return (long) PyStr.len(hay) + 1;
            long c = 0;
            for (int i = hay.indexOf(sub); i >= 0; i = hay.indexOf(sub, i + sub.length())) c++;
            return c;
        }
        int i = name.startsWith("r") ? hay.lastIndexOf(sub) : hay.indexOf(sub);
        if (i < 0) {
            if (name.endsWith("index")) throw fail("ValueError: substring not found");
            return -1L;
        }
        return base + hay.codePointCount(0, i);
    }

    static Object dict(Map<Object, Object> m, String name, Args a) {
        return switch (name) {
            case "get" -> {
                Object k = a.req(0, "key");
                Object v = k == null ? null : m.get(PyRuntime.key(k));
                yield v != null || (k != null && m.containsKey(PyRuntime.key(k))) ? v : a.get(1, "default", NONE);
            }
            case "items" -> {
                List<Object> out = new ArrayList<>();
                for (Map.Entry<Object, Object> e : m.entrySet()) {
                    out.add(new PyRuntime.Tuple(java.util.Arrays.asList(e.getKey(), e.getValue())));
                }
                yield out;
            }
            case "keys" -> new ArrayList<Object>(m.keySet());
            case "values" -> new ArrayList<>(m.values());
            case "copy" -> new LinkedHashMap<>(m);
            case "pop" -> {
                Object k = PyRuntime.key(a.req(0, "key"));
                if (m.containsKey(k)) yield m.remove(k);
                Object d = a.get(1, "default", PyAccess.MISSING);
                if (d == PyAccess.MISSING) throw fail("KeyError: " + PyRuntime.repr(k));
                yield d;
            }
            case "setdefault" -> {
                Object k = PyRuntime.key(a.req(0, "key"));
                if (!m.containsKey(k)) m.put(k, a.get(1, "default", NONE));
                yield m.get(k);
            }
            case "update" -> {
                Object o = a.get(0, null, null);
                if (o instanceof Map<?, ?> other) {
                    for (Map.Entry<?, ?> e : other.entrySet()) m.put(PyRuntime.key(e.getKey()), e.getValue());
                }
                for (Map.Entry<String, Object> e : a.kw.entrySet()) m.put(e.getKey(), e.getValue());
                yield NONE;
            }
            default -> NO_METHOD;
        };
    }

    static Object list(List<Object> l, String name, Args a) {
        return switch (name) {
            case "append" -> {
                l.add(a.req(0, "object"));
                yield NONE;
            }
            case "extend" -> {
                l.addAll(iterate(a.req(0, "iterable")));
                yield NONE;
            }
            case "insert" -> {
                long i = a.num(0, "index", 0);
                int n = l.size();
                int at = (int) Math.max(0, Math.min(n, i < 0 ? i + n : i));
                l.add(at, a.req(1, "object"));
                yield NONE;
            }
            case "pop" -> {
                if (l.isEmpty()) throw fail("IndexError: pop from empty list");
                long i = a.num(0, "index", -1);
                long j = i < 0 ? i + l.size() : i;
                if (j < 0 || j >= l.size()) throw fail("IndexError: pop index out of range");
                yield l.remove((int) j);
            }
            case "remove" -> {
                Object x = a.req(0, "value");
                for (int i = 0; i < l.size(); i++) {
                    if (PyRuntime.eq(l.get(i), x)) {
                        l.remove(i);
                        yield NONE;
                    }
                }
                throw fail("ValueError: list.remove(x): x not in list");
            }
            case "index" -> {
                Object x = a.req(0, "value");
                for (int i = 0; i < l.size(); i++) if (PyRuntime.eq(l.get(i), x)) yield (long) i;
                throw fail("ValueError: " + PyRuntime.repr(x) + " is not in list");
            }
            case "count" -> {
                Object x = a.req(0, "value");
                long c = 0;
                for (Object o : l) if (PyRuntime.eq(o, x)) c++;
                yield c;
            }
            case "copy" -> new ArrayList<>(l);
            case "reverse" -> {
                java.util.Collections.reverse(l);
                yield NONE;
            }
            default -> NO_METHOD;
        };
    }
}
