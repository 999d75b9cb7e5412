package io.github.llamaffm.chat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Python value model behind templates (run by {@link JinjaInterpreter}): values are
 * {@code String}, {@code Long}, {@code Double}, {@code Boolean}, {@code List}, {@code Map},
 * {@link #NONE} for Python's {@code None}, and Java {@code null} for Jinja2's undefined. This
 * class holds what every part of the runtime shares: the value types, conversion from Java,
 * truthiness, iteration, {@code str()}/{@code repr()}, equality and ordering, and the render's
 * errors. Operators are in {@link PyOperators}, attribute, item and method access in
 * {@link PyAccess}, global functions in {@link PyGlobals}, filters and tests in {@link PyFilters}
 * and {@link PyTests}.
 */
final class PyRuntime {
    private PyRuntime() {
    }

    /** Python's {@code None}. Java {@code null} stands for Jinja2's undefined. */
    static final Object NONE = new Object() {
        @Override
        public String toString() {
            return "None";
        }
    };

    /** A template error, as Python or Jinja2 would raise it ({@code "TypeError: ..."}), for the caller to throw. */
    static ChatTemplateException fail(String message) {
        return new ChatTemplateException(message);
    }

    // ------------------------------------------------------------------------------------------
    // Value conversion

    /** Converts a value handed in by Java code into the runtime's value types (deep copy). */
    static Object fromJava(Object v) {
        if (v == null) return NONE;
        if (v instanceof String || v instanceof Boolean || v instanceof Long || v instanceof Double) return v;
        if (v instanceof CharSequence cs) return cs.toString();
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) return ((Number) v).longValue();
        if (v instanceof Float f) return f.doubleValue();
        if (v instanceof BigInteger bi) return bi.bitLength() < 64 ? (Object) bi.longValue() : bi.doubleValue();
        if (v instanceof BigDecimal bd) return bd.doubleValue();
        if (v instanceof Character c) return c.toString();
        if (v instanceof Enum<?> e) return e.name();
        if (v instanceof ChatMessage m) return m.toMap();
        if (v instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                Object k = e.getKey();
                out.put(k instanceof Number ? key(fromJava(k)) : String.valueOf(k), fromJava(e.getValue()));
            }
            return out;
        }
        if (v instanceof Iterable<?> it) {
            List<Object> out = new ArrayList<>();
            for (Object o : it) out.add(fromJava(o));
            return out;
        }
        if (v instanceof Object[] arr) return fromJava(Arrays.asList(arr));
        if (v.getClass().isArray()) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < java.lang.reflect.Array.getLength(v); i++) {
                out.add(fromJava(java.lang.reflect.Array.get(v, i)));
            }
            return out;
        }
        return v;
    }

    static boolean isStr(Object v) {
        return v instanceof String || v instanceof Markup;
    }

    /**
     * markupsafe's Markup, which Jinja2's {@code safe} and {@code escape} filters return: a str
     * whose {@code +} HTML-escapes the other operand (so {@code "x"|safe + '"'}
     * renders {@code x&#34;}, as transformers does).
     */
    static final class Markup {
        final String text;

        Markup(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Markup m && m.text.equals(text);
        }

        @Override
        public int hashCode() {
            return text.hashCode();
        }
    }

    /** Markup-aware string conversion for concatenation: plain strings are escaped. */
    static String escaped(Object v) {
        return v instanceof Markup m ? m.text : PyFilters.escape(str(v));
    }

    /**
     * A Python generator, which Jinja2's {@code map}, {@code select}, {@code selectattr},
     * {@code reject}, {@code rejectattr}, {@code unique}, {@code items} and {@code reverse}
     * filters return: always true, iterable once, with no length, no indexing and no JSON form
     * (transformers' {@code tojson} raises TypeError on it).
     */
    static final class Generator implements Iterable<Object> {
        private final List<Object> items;
        private boolean consumed;

        Generator(List<Object> items) {
            this.items = items;
        }

        @Override
        public Iterator<Object> iterator() {
            if (consumed) return java.util.Collections.emptyIterator();
            consumed = true;
            return items.iterator();
        }

        @Override
        public String toString() {
            return "<generator object at 0x" + Integer.toHexString(System.identityHashCode(this)) + ">";
        }
    }

    static String s(Object v) {
        return v instanceof String st ? st : v.toString();
    }

    static boolean isInt(Object v) {
        return v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte
                || v instanceof BigInteger;
    }

    static boolean isFloat(Object v) {
        return v instanceof Double || v instanceof Float || v instanceof BigDecimal;
    }

    /** Numbers in Python's sense: bool is an int. */
    static boolean isNum(Object v) {
        return isInt(v) || isFloat(v) || v instanceof Boolean;
    }

    static long toLong(Object v) {
        if (v instanceof Boolean b) return b ? 1 : 0;
        return ((Number) v).longValue();
    }

    static double toDouble(Object v) {
        if (v instanceof Boolean b) return b ? 1 : 0;
        return ((Number) v).doubleValue();
    }

    static boolean isList(Object v) {
        return v instanceof List<?>;
    }

    static boolean isMap(Object v) {
        return v instanceof Map<?, ?>;
    }

    static String typeName(Object v) {
        if (v == null) return "Undefined";
        if (v == NONE) return "NoneType";
        if (v instanceof Boolean) return "bool";
        if (isInt(v)) return "int";
        if (isFloat(v)) return "float";
        if (isStr(v)) return "str";
        if (v instanceof Namespace) return "Namespace";
        if (isMap(v)) return "dict";
        if (v instanceof Tuple) return "tuple";
        if (isList(v)) return "list";
        if (v instanceof JinjaLoop) return "LoopContext";
        if (v instanceof JinjaMacro) return "Macro";
        if (v instanceof Generator) return "generator";
        if (v instanceof PyGlobals.PyFunction) return "function";
        return v.getClass().getSimpleName();
    }

    static boolean truthy(Object v) {
        if (v == null || v == NONE) return false;
        if (v instanceof Boolean b) return b;
        if (isStr(v)) return !s(v).isEmpty();
        if (isInt(v)) return toLong(v) != 0;
        if (isFloat(v)) return toDouble(v) != 0.0;
        if (v instanceof Namespace) return true;
        if (v instanceof Collection<?> c) return !c.isEmpty();
        if (v instanceof Map<?, ?> m) return !m.isEmpty();
        return true;
    }

    /** Python iteration: lists, dict keys, string characters; undefined iterates as empty. */
    static List<Object> iterate(Object v) {
        if (v == null) return List.of();
        if (v instanceof Generator g) {
            List<Object> out = new ArrayList<>();
            g.forEach(out::add);
            return out;
        }
        if (v instanceof List<?> l) return new ArrayList<>(l);
        if (v instanceof Map<?, ?> m) return new ArrayList<>(m.keySet());
        if (isStr(v)) {
            List<Object> out = new ArrayList<>();
            s(v).codePoints().forEach(c -> out.add(Character.toString(c)));
            return out;
        }
        if (v instanceof Iterable<?> it) {
            List<Object> out = new ArrayList<>();
            it.forEach(out::add);
            return out;
        }
        if (v instanceof Object[] a) return new ArrayList<>(Arrays.asList(a));
        throw fail("TypeError: '" + typeName(v) + "' object is not iterable");
    }

    // ------------------------------------------------------------------------------------------
    // str() and repr()

    /** Python's {@code str()}; undefined renders as the empty string, as in Jinja2. */
    static String str(Object v) {
        if (v == null) return "";
        if (isStr(v)) return s(v);
        return repr(v);
    }

    static String repr(Object v) {
        if (v == null) return "";
        if (v == NONE) return "None";
        if (v instanceof Boolean b) return b ? "True" : "False";
        if (isStr(v)) return PyStr.repr(s(v));
        if (isInt(v)) return v.toString();
        if (isFloat(v)) return floatRepr(toDouble(v));
        if (v instanceof Namespace ns) return "<Namespace " + reprMap(ns) + ">";
        if (v instanceof Map<?, ?> m) return reprMap(m);
        if (v instanceof List<?> l) {
            boolean tuple = v instanceof Tuple;
            StringBuilder b = new StringBuilder(tuple ? "(" : "[");
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) b.append(", ");
                b.append(repr(l.get(i)));
            }
            if (tuple && l.size() == 1) b.append(',');
            return b.append(tuple ? ')' : ']').toString();
        }
        if (v instanceof Map.Entry<?, ?> e) return "(" + repr(e.getKey()) + ", " + repr(e.getValue()) + ")";
        return v.toString();
    }

    private static String reprMap(Map<?, ?> m) {
        StringBuilder b = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            if (!first) b.append(", ");
            first = false;
            b.append(repr(e.getKey())).append(": ").append(repr(e.getValue()));
        }
        return b.append('}').toString();
    }

    /** Python's float repr: shortest round-trip digits, exponent form below 1e-4 and from 1e16. */
    static String floatRepr(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return (1 / d < 0) ? "-0.0" : "0.0";
        BigDecimal bd = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        String digits = bd.unscaledValue().abs().toString();
        int exp = digits.length() - 1 - bd.scale(); // decimal exponent of the first digit
        String sign = d < 0 ? "-" : "";
        if (exp < -4 || exp >= 16) {
            String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mant + "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
        }
        if (exp >= digits.length() - 1) {
            return sign + digits + "0".repeat(exp - (digits.length() - 1)) + ".0";
        }
        if (exp >= 0) {
            return sign + digits.substring(0, exp + 1) + "." + digits.substring(exp + 1);
        }
        return sign + "0." + "0".repeat(-exp - 1) + digits;
    }

    // ------------------------------------------------------------------------------------------
    // Tuples and dict keys

    /** Python's tuple: a list that prints with parentheses (dictsort and items give pairs). */
    static final class Tuple extends ArrayList<Object> {
        private static final long serialVersionUID = 1L;

        Tuple(Collection<?> items) {
            super(items);
        }
    }

    /**
     * Jinja2's {@code namespace()}: the one object whose attributes {@code set ns.x = ...} may
     * assign, so that values outlive a loop iteration or a block.
     */
    static final class Namespace extends LinkedHashMap<String, Object> {
        private static final long serialVersionUID = 1L;
    }

    /** A dict key: str, int (as Long), float, bool or None, as Python hashes them. */
    static Object key(Object k) {
        if (k == null) throw fail("TypeError: undefined value used as a dict key");
        if (isStr(k)) return s(k);
        if (isInt(k)) return toLong(k);
        if (k instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) return (long) (double) d;
        if (k instanceof Boolean || isFloat(k) || k == NONE) return k;
        throw fail("TypeError: unhashable type: '" + typeName(k) + "'");
    }

    // ------------------------------------------------------------------------------------------
    // Equality, ordering and membership

    static boolean eq(Object a, Object b) {
        if (a == b) return true;
        if (a == null || b == null) return false;
        if (isNum(a) && isNum(b)) {
            if ((isInt(a) || a instanceof Boolean) && (isInt(b) || b instanceof Boolean)) return toLong(a) == toLong(b);
            return toDouble(a) == toDouble(b);
        }
        if (isStr(a) && isStr(b)) return s(a).equals(s(b));
        if (a instanceof List<?> la && b instanceof List<?> lb) {
            if (la.size() != lb.size() || (a instanceof Tuple) != (b instanceof Tuple)) return false;
            for (int i = 0; i < la.size(); i++) if (!eq(la.get(i), lb.get(i))) return false;
            return true;
        }
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            if (ma.size() != mb.size()) return false;
            for (Map.Entry<?, ?> e : ma.entrySet()) {
                if (!mb.containsKey(e.getKey()) || !eq(e.getValue(), mb.get(e.getKey()))) return false;
            }
            return true;
        }
        return a.equals(b);
    }

    static int compare(Object a, Object b, String op) {
        if (isNum(a) && isNum(b)) {
            if ((isInt(a) || a instanceof Boolean) && (isInt(b) || b instanceof Boolean)) {
                return Long.compare(toLong(a), toLong(b));
            }
            return Double.compare(toDouble(a), toDouble(b));
        }
        if (isStr(a) && isStr(b)) return compareCodePoints(s(a), s(b));
        if (a instanceof List<?> la && b instanceof List<?> lb) {
            for (int i = 0; i < Math.min(la.size(), lb.size()); i++) {
                if (!eq(la.get(i), lb.get(i))) return compare(la.get(i), lb.get(i), op);
            }
            return Integer.compare(la.size(), lb.size());
        }
        throw fail("TypeError: '" + op + "' not supported between instances of '" + typeName(a) + "' and '"
                + typeName(b) + "'");
    }

    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) return Integer.compare(ca, cb);
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    static boolean contains(Object container, Object item) {
        if (container == null) return false;
        if (isStr(container)) {
            if (!isStr(item)) {
                throw fail("TypeError: 'in <string>' requires string as left operand, not " + typeName(item));
            }
            return s(container).contains(s(item));
        }
        if (container instanceof Map<?, ?> m) return item != null && m.containsKey(key(item));
        if (container == NONE || isNum(container)) {
            throw fail("TypeError: argument of type '" + typeName(container) + "' is not iterable");
        }
        for (Object o : iterate(container)) if (eq(o, item)) return true;
        return false;
    }

    static Comparator<Object> ordering(boolean caseSensitive) {
        return (a, b) -> {
            Object x = !caseSensitive && isStr(a) ? PyStr.lower(s(a)) : a;
            Object y = !caseSensitive && isStr(b) ? PyStr.lower(s(b)) : b;
            return compare(x, y, "<");
        };
    }
}
