package io.github.llamaffm.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code json.dumps} as transformers' {@code tojson} filter calls it (ensure_ascii=False
 * by default, {@code ", "} and {@code ": "} separators, {@code indent} putting one item per line),
 * which is what templates use to print tool schemas and arguments.
 */
final class PyJson {
    private PyJson() {
    }

    static String dumps(Object v, boolean ensureAscii, Object indent, Object separators, boolean sortKeys) {
        String ind = null;
        if (indent != null && indent != PyRuntime.NONE) {
            ind = PyRuntime.isStr(indent) ? PyRuntime.s(indent) : " ".repeat((int) Math.max(0, PyRuntime.toLong(indent)));
        }
        String itemSep = ind == null ? ", " : ",";
        String keySep = ": ";
        if (separators instanceof List<?> l && l.size() == 2) {
            itemSep = PyRuntime.str(l.get(0));
            keySep = PyRuntime.str(l.get(1));
        }
        StringBuilder b = new StringBuilder();
        write(b, v, ensureAscii, ind, itemSep, keySep, sortKeys, 0);
        return b.toString();
    }

    private static void write(StringBuilder b, Object v, boolean ascii, String ind, String itemSep, String keySep,
                              boolean sort, int depth) {
        if (v == null) throw PyRuntime.fail("TypeError: Object of type Undefined is not JSON serializable");
        if (v == PyRuntime.NONE) {
            b.append("null");
        } else if (v instanceof Boolean bo) {
            b.append(bo ? "true" : "false");
        } else if (PyRuntime.isInt(v)) {
            b.append(v);
        } else if (PyRuntime.isFloat(v)) {
            double d = PyRuntime.toDouble(v);
            b.append(Double.isNaN(d) ? "NaN" : Double.isInfinite(d) ? (d > 0 ? "Infinity" : "-Infinity")
                    : PyRuntime.floatRepr(d));
        } else if (PyRuntime.isStr(v)) {
            string(b, PyRuntime.s(v), ascii);
        } else if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                b.append("{}");
                return;
            }
            List<Map.Entry<?, ?>> entries = new ArrayList<>(m.entrySet());
            if (sort) entries.sort((x, y) -> PyRuntime.compare(x.getKey(), y.getKey(), "<"));
            b.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : entries) {
                if (!first) b.append(itemSep);
                first = false;
                newline(b, ind, depth + 1);
                Object k = e.getKey();
                string(b, PyRuntime.isStr(k) ? PyRuntime.s(k) : k == PyRuntime.NONE ? "null"
                        : k instanceof Boolean bo ? (bo ? "true" : "false") : PyRuntime.str(k), ascii);
                b.append(keySep);
                write(b, e.getValue(), ascii, ind, itemSep, keySep, sort, depth + 1);
            }
            newline(b, ind, depth);
            b.append('}');
        } else if (v instanceof PyRuntime.Generator) {
            throw PyRuntime.fail("TypeError: Object of type generator is not JSON serializable");
        } else if (v instanceof Iterable<?> it) {
            List<Object> items = new ArrayList<>();
            it.forEach(items::add);
            if (items.isEmpty()) {
                b.append("[]");
                return;
            }
            b.append('[');
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) b.append(itemSep);
                newline(b, ind, depth + 1);
                write(b, items.get(i), ascii, ind, itemSep, keySep, sort, depth + 1);
            }
            newline(b, ind, depth);
            b.append(']');
        } else {
            throw PyRuntime.fail("TypeError: Object of type " + PyRuntime.typeName(v) + " is not JSON serializable");
        }
    }

    private static void newline(StringBuilder b, String ind, int depth) {
        if (ind != null) b.append('\n').append(ind.repeat(depth));
    }

    static void string(StringBuilder b, String s, boolean ascii) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < 0x20 || (ascii && c > 0x7e)) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
