package io.github.llamaffm.chat;

import com.hubspot.jinjava.el.ext.NamedParameter;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.fn.ELFunctionDefinition;
import com.hubspot.jinjava.objects.Namespace;
import com.hubspot.jinjava.objects.SafeString;
import com.hubspot.jinjava.util.ForLoop;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Python semantics behind translated templates (see {@link JinjaTranslator}): values are
 * {@code String}, {@code Long}, {@code Double}, {@code Boolean}, {@code List}, {@code Map},
 * {@link #NONE} for Python's {@code None}, and Java {@code null} for Jinja2's undefined.
 * Every public static method whose name starts with {@code fn} is registered as a Jinjava
 * function (see {@link #functions()}); the class itself stays package-private.
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

    /** Per-render state: the clock for {@code strftime_now} and the first error raised. */
    static final class RenderState {
        final java.time.Clock clock;
        ChatTemplateException error;

        RenderState(java.time.Clock clock) {
            this.clock = clock;
        }
    }

    static final ThreadLocal<RenderState> STATE = new ThreadLocal<>();

    /** Raises a template error and remembers it, since Jinjava turns exceptions into soft errors. */
    static ChatTemplateException fail(String message) {
        ChatTemplateException e = new ChatTemplateException(message);
        RenderState s = STATE.get();
        if (s != null && s.error == null) s.error = e;
        return e;
    }

    // ------------------------------------------------------------------------------------------
    // Registration

    /** The Jinjava functions: {@code fnX} becomes {@code __X}, {@code fn_name} becomes {@code __fn_name}. */
    static List<ELFunctionDefinition> functions() {
        List<ELFunctionDefinition> out = new ArrayList<>();
        for (Method m : PyRuntime.class.getDeclaredMethods()) {
            if (!Modifier.isStatic(m.getModifiers()) || !m.getName().startsWith("fn")) continue;
            // The class is package-private; Jinjava calls through the Method object.
            m.setAccessible(true);
            String name = m.getName().startsWith("fn_") ? "__fn_" + m.getName().substring(3)
                    : "__" + m.getName().substring(2);
            out.add(new ELFunctionDefinition("", name, m));
        }
        return out;
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
        return v instanceof String || v instanceof Markup || v instanceof SafeString;
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
        if (v instanceof PyLoop) return "LoopContext";
        if (v instanceof Generator) return "generator";
        if (v instanceof PyFunction) return "function";
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
    // Functions the translator emits

    public static Object fnt(Object v) {
        return truthy(v);
    }

    public static Object fnnot(Object v) {
        return !truthy(v);
    }

    public static Object fnnone() {
        return NONE;
    }

    /** Stands for "not passed / undefined" in a macro parameter (Jinjava cannot bind null). */
    static final Object UNDEFINED_ARG = new Object() {
        @Override
        public String toString() {
            return "";
        }
    };

    public static Object fnmissing() {
        return UNDEFINED_ARG;
    }

    public static Object fnarg(Object v) {
        return v == null ? UNDEFINED_ARG : v;
    }

    public static Object fnu(Object v) {
        return v == UNDEFINED_ARG ? null : v;
    }

    public static Object fnisundefarg(Object v) {
        return v == null || v == UNDEFINED_ARG;
    }

    public static Object fnisdef(Object v) {
        return v != null;
    }

    public static Object fnL(Object... items) {
        return new ArrayList<>(Arrays.asList(items));
    }

    public static Object fnT(Object... items) {
        return new Tuple(Arrays.asList(items));
    }

    /** Python's tuple: a list that prints with parentheses (dictsort and items give pairs). */
    static final class Tuple extends ArrayList<Object> {
        private static final long serialVersionUID = 1L;

        Tuple(Collection<?> items) {
            super(items);
        }
    }

    public static Object fnD(Object... kv) {
        Map<Object, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) m.put(key(kv[i]), kv[i + 1]);
        return m;
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

    public static Object fnunpack(Object v, Object n) {
        List<Object> items = iterate(v);
        if (items.size() != toLong(n)) {
            throw fail("ValueError: expected " + n + " values to unpack, got " + items.size());
        }
        return items;
    }

    public static Object fneq(Object a, Object b) {
        return eq(a, b);
    }

    public static Object fnne(Object a, Object b) {
        return !eq(a, b);
    }

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

    public static Object fnlt(Object a, Object b) {
        return compare(a, b, "<") < 0;
    }

    public static Object fnle(Object a, Object b) {
        return compare(a, b, "<=") <= 0;
    }

    public static Object fngt(Object a, Object b) {
        return compare(a, b, ">") > 0;
    }

    public static Object fnge(Object a, Object b) {
        return compare(a, b, ">=") >= 0;
    }

    public static Object fnin(Object a, Object b) {
        return contains(b, a);
    }

    public static Object fnnotin(Object a, Object b) {
        return !contains(b, a);
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

    private static ChatTemplateException opError(String op, Object a, Object b) {
        if (a == null || b == null) {
            return fail("UndefinedError: an undefined variable or attribute is used with '" + op + "'");
        }
        return fail("TypeError: unsupported operand type(s) for " + op + ": '" + typeName(a) + "' and '"
                + typeName(b) + "'");
    }

    public static Object fnadd(Object a, Object b) {
        if (isNum(a) && isNum(b)) {
            if (isFloat(a) || isFloat(b)) return toDouble(a) + toDouble(b);
            return toLong(a) + toLong(b);
        }
        if (isStr(a) && isStr(b)) {
            if (a instanceof Markup || b instanceof Markup) return new Markup(escaped(a) + escaped(b));
            return s(a) + s(b);
        }
        if (a instanceof List<?> la && b instanceof List<?> lb) {
            List<Object> out = new ArrayList<>(la);
            out.addAll(lb);
            return out;
        }
        if (a == null || b == null) throw opError("+", a, b);
        if (isStr(a) || isStr(b)) {
            throw fail("TypeError: can only concatenate str (not \"" + typeName(isStr(a) ? b : a) + "\") to str");
        }
        throw opError("+", a, b);
    }

    public static Object fnsub(Object a, Object b) {
        if (isNum(a) && isNum(b)) {
            if (isFloat(a) || isFloat(b)) return toDouble(a) - toDouble(b);
            return toLong(a) - toLong(b);
        }
        throw opError("-", a, b);
    }

    public static Object fnmul(Object a, Object b) {
        if (isNum(a) && isNum(b)) {
            if (isFloat(a) || isFloat(b)) return toDouble(a) * toDouble(b);
            return toLong(a) * toLong(b);
        }
        if (isStr(a) && (isInt(b) || b instanceof Boolean)) return s(a).repeat((int) Math.max(0, toLong(b)));
        if (isStr(b) && (isInt(a) || a instanceof Boolean)) return s(b).repeat((int) Math.max(0, toLong(a)));
        if (a instanceof List<?> l && (isInt(b) || b instanceof Boolean)) {
            List<Object> out = new ArrayList<>();
            for (long i = 0; i < toLong(b); i++) out.addAll(l);
            return out;
        }
        throw opError("*", a, b);
    }

    public static Object fndiv(Object a, Object b) {
        if (isNum(a) && isNum(b)) {
            if (toDouble(b) == 0) throw fail("ZeroDivisionError: division by zero");
            return toDouble(a) / toDouble(b);
        }
        throw opError("/", a, b);
    }

    public static Object fnfloordiv(Object a, Object b) {
        if (isNum(a) && isNum(b)) {
            if (toDouble(b) == 0) throw fail("ZeroDivisionError: integer division or modulo by zero");
            if (isFloat(a) || isFloat(b)) return Math.floor(toDouble(a) / toDouble(b));
            return Math.floorDiv(toLong(a), toLong(b));
        }
        throw opError("//", a, b);
    }

    public static Object fnmod(Object a, Object b) {
        if (isNum(a) && isNum(b)) {
            if (toDouble(b) == 0) throw fail("ZeroDivisionError: integer division or modulo by zero");
            if (isFloat(a) || isFloat(b)) {
                double x = toDouble(a);
                double y = toDouble(b);
                double r = x % y;
                return (r != 0 && (r < 0) != (y < 0)) ? r + y : r;
            }
            return Math.floorMod(toLong(a), toLong(b));
        }
        if (isStr(a)) return percentFormat(s(a), b);
        throw opError("%", a, b);
    }

    public static Object fnpow(Object a, Object b) {
        if (isNum(a) && isNum(b)) {
            if (!isFloat(a) && !isFloat(b) && toLong(b) >= 0) {
                return BigInteger.valueOf(toLong(a)).pow((int) toLong(b)).longValue();
            }
            return Math.pow(toDouble(a), toDouble(b));
        }
        throw opError("**", a, b);
    }

    public static Object fnneg(Object a) {
        if (isFloat(a)) return -toDouble(a);
        if (isNum(a)) return -toLong(a);
        throw fail("TypeError: bad operand type for unary -: '" + typeName(a) + "'");
    }

    public static Object fnpos(Object a) {
        if (isFloat(a)) return toDouble(a);
        if (isNum(a)) return toLong(a);
        throw fail("TypeError: bad operand type for unary +: '" + typeName(a) + "'");
    }

    /** Jinja2's {@code ~}: both sides as str. */
    public static Object fncat(Object a, Object b) {
        // With autoescape off Jinja2 compiles ~ to str_join: no Markup escaping (unlike +)
        return str(a) + str(b);
    }

    // ------------------------------------------------------------------------------------------
    // Attribute and item access

    /** Jinja2's {@code obj.name}: attribute, then item; undefined when neither exists. */
    public static Object fnga(Object obj, Object name) {
        String n = s(name);
        if (obj == null) throw fail("UndefinedError: undefined value has no attribute '" + n + "'");
        if (obj instanceof PyLoop loop) return loop.attr(n);
        if (obj instanceof Map<?, ?> m) return m.get(n);
        if (obj instanceof ForLoop fl) return switch (n) {
            case "index" -> (long) fl.getIndex();
            case "index0" -> (long) fl.getIndex0();
            case "first" -> fl.isFirst();
            case "last" -> fl.isLast();
            case "length" -> (long) fl.getLength();
            default -> null;
        };
        if (obj instanceof Map.Entry<?, ?>) return null;
        if (isStr(obj) || isNum(obj) || obj == NONE || obj instanceof List<?>) return null;
        return beanProperty(obj, n);
    }

    private static Object beanProperty(Object obj, String n) {
        String cap = Character.toUpperCase(n.charAt(0)) + n.substring(1);
        for (String mn : new String[] {"get" + cap, "is" + cap, n}) {
            try {
                Method m = obj.getClass().getMethod(mn);
                if (Modifier.isPublic(m.getDeclaringClass().getModifiers())) return fromJava(m.invoke(obj));
            } catch (ReflectiveOperationException | RuntimeException ignored) {
                // not a property of this object: undefined, as in Jinja2
            }
        }
        return null;
    }

    /** Jinja2's {@code obj[key]}: item, then attribute; undefined when neither exists. */
    public static Object fngi(Object obj, Object key) {
        if (obj == null) throw fail("UndefinedError: undefined value has no item " + repr(key));
        if (obj instanceof Map<?, ?> m) {
            if (key == null) return null;
            return m.get(key(key));
        }
        if (isInt(key) || key instanceof Boolean) {
            long i = toLong(key);
            if (obj instanceof List<?> l) {
                long j = i < 0 ? i + l.size() : i;
                return j >= 0 && j < l.size() ? l.get((int) j) : null;
            }
            if (isStr(obj)) {
                String st = s(obj);
                int off = PyStr.offset(st, i);
                return off < 0 ? null : Character.toString(st.codePointAt(off));
            }
        }
        if (isStr(key)) return fnga(obj, key);
        return null;
    }

    public static Object fnslice(Object obj, Object start, Object stop, Object step) {
        if (obj == null) throw fail("UndefinedError: undefined value cannot be sliced");
        long st = step == null || step == NONE ? 1 : toLong(step);
        if (st == 0) throw fail("ValueError: slice step cannot be zero");
        List<Object> items;
        boolean str = isStr(obj);
        if (str) {
            items = iterate(obj);
        } else if (obj instanceof List<?> l) {
            items = new ArrayList<>(l);
        } else {
            throw fail("TypeError: '" + typeName(obj) + "' object is not subscriptable");
        }
        int n = items.size();
        long lo;
        long hi;
        if (st > 0) {
            lo = bound(start, n, 0, 0, n);
            hi = bound(stop, n, n, 0, n);
        } else {
            lo = bound(start, n, n - 1, -1, n - 1);
            hi = bound(stop, n, -1, -1, n - 1);
        }
        List<Object> out = new ArrayList<>();
        if (st > 0) {
            for (long i = lo; i < hi; i += st) out.add(items.get((int) i));
        } else {
            for (long i = lo; i > hi; i += st) out.add(items.get((int) i));
        }
        if (str) {
            StringBuilder b = new StringBuilder();
            for (Object o : out) b.append((String) o);
            return b.toString();
        }
        return out;
    }

    private static long bound(Object v, int n, long dflt, long min, long max) {
        if (v == null || v == NONE) return dflt;
        long i = toLong(v);
        if (i < 0) i += n;
        return Math.max(min, Math.min(max, i));
    }

    // ------------------------------------------------------------------------------------------
    // Method calls

    /** {@code obj.name(args, kwargs)}: Python's str, dict and list methods, and the loop's. */
    @SuppressWarnings("unchecked")
    public static Object fncm(Object obj, Object nameObj, Object argsObj, Object kwObj) {
        String name = s(nameObj);
        List<Object> args = (List<Object>) argsObj;
        Map<String, Object> kw = (Map<String, Object>) kwObj;
        if (obj == null) throw fail("UndefinedError: undefined value has no attribute '" + name + "'");
        Args a = new Args(name, args, kw);
        if (isStr(obj)) return PyMethods.str(s(obj), name, a);
        if (obj instanceof PyLoop loop) {
            if (name.equals("cycle")) {
                if (args.isEmpty()) throw fail("TypeError: no items for cycling given");
                return args.get((int) (loop.index0() % args.size()));
            }
        }
        if ((obj instanceof Map<?, ?> && PyMethods.DICT_MUTATORS.contains(name))
                || (obj instanceof List<?> && PyMethods.LIST_MUTATORS.contains(name))) {
            // transformers renders in jinja2's ImmutableSandboxedEnvironment
            throw fail("SecurityError: access to attribute '" + name + "' of '" + typeName(obj)
                    + "' object is unsafe.");
        }
        if (obj instanceof Map<?, ?> m) {
            Object r = PyMethods.dict((Map<Object, Object>) m, name, a);
            if (r != PyMethods.NO_METHOD) return r;
        }
        if (obj instanceof List<?> l) {
            Object r = PyMethods.list((List<Object>) l, name, a);
            if (r != PyMethods.NO_METHOD) return r;
        }
        throw fail("UndefinedError: '" + typeName(obj) + " object' has no attribute '" + name + "'");
    }

    /** Positional and keyword arguments of a call, read the way Python binds them. */
    static final class Args {
        final String fn;
        final List<Object> pos;
        final Map<String, Object> kw;

        Args(String fn, List<Object> pos, Map<String, Object> kw) {
            this.fn = fn;
            this.pos = pos;
            this.kw = kw == null ? Map.of() : kw;
        }

        /** The argument at {@code index} or named {@code name}; {@code dflt} when absent. */
        Object get(int index, String name, Object dflt) {
            if (index >= 0 && index < pos.size()) return pos.get(index);
            if (name != null && kw.containsKey(name)) return kw.get(name);
            return dflt;
        }

        Object req(int index, String name) {
            Object v = get(index, name, MISSING);
            if (v == MISSING) throw fail("TypeError: " + fn + "() missing required argument '" + name + "'");
            return v;
        }

        String str(int index, String name, String dflt) {
            Object v = get(index, name, null);
            if (v == null || v == NONE) return dflt;
            if (!isStr(v)) throw fail("TypeError: " + fn + "() argument '" + name + "' must be str, not " + typeName(v));
            return s(v);
        }

        long num(int index, String name, long dflt) {
            Object v = get(index, name, null);
            if (v == null || v == NONE) return dflt;
            if (!isNum(v)) throw fail("TypeError: " + fn + "() argument '" + name + "' must be int, not " + typeName(v));
            return toLong(v);
        }

        boolean bool(int index, String name, boolean dflt) {
            Object v = get(index, name, null);
            return v == null ? dflt : truthy(v);
        }
    }

    static final Object MISSING = new Object();

    // ------------------------------------------------------------------------------------------
    // Filters and tests

    @SuppressWarnings("unchecked")
    public static Object fnf(Object name, Object value, Object args, Object kw) {
        return PyFilters.apply(s(name), value, new Args(s(name), (List<Object>) args, (Map<String, Object>) kw));
    }

    @SuppressWarnings("unchecked")
    public static Object fnis(Object name, Object value, Object args) {
        return test(s(name), value, (List<Object>) args);
    }

    static boolean test(String name, Object v, List<Object> args) {
        Object arg = args.isEmpty() ? null : args.get(0);
        return switch (name) {
            case "defined" -> v != null;
            case "undefined" -> v == null;
            case "none" -> v == NONE;
            case "boolean" -> v instanceof Boolean;
            case "true" -> Boolean.TRUE.equals(v);
            case "false" -> Boolean.FALSE.equals(v);
            case "integer" -> isInt(v);
            case "float" -> isFloat(v);
            case "number" -> isNum(v);
            case "string" -> isStr(v);
            case "mapping" -> v instanceof Map<?, ?>;
            case "iterable" -> v == null || isStr(v) || v instanceof Iterable<?> || v instanceof Map<?, ?>;
            case "sequence" -> v == null || isStr(v) || v instanceof List<?> || v instanceof Map<?, ?>;
            case "callable" -> v instanceof PyFunction
                    || v instanceof com.hubspot.jinjava.el.ext.AbstractCallableMethod;
            case "sameas" -> v == arg || (v instanceof Boolean && v.equals(arg));
            case "escaped" -> v instanceof Markup || v instanceof SafeString;
            case "in" -> contains(arg, v);
            case "lower" -> isStr(v) && s(v).equals(PyStr.lower(s(v)));
            case "upper" -> isStr(v) && s(v).equals(PyStr.upper(s(v)));
            case "odd" -> Math.floorMod(toLong(need(v, name)), 2) == 1;
            case "even" -> Math.floorMod(toLong(need(v, name)), 2) == 0;
            case "divisibleby" -> toLong(need(v, name)) % toLong(need(arg, name)) == 0;
            case "eq", "equalto", "==" -> eq(v, arg);
            case "ne", "!=" -> !eq(v, arg);
            case "lt", "lessthan", "<" -> compare(v, arg, "<") < 0;
            case "le", "<=" -> compare(v, arg, "<=") <= 0;
            case "gt", "greaterthan", ">" -> compare(v, arg, ">") > 0;
            case "ge", ">=" -> compare(v, arg, ">=") >= 0;
            case "filter" -> PyFilters.exists(s(arg));
            case "test" -> TESTS.contains(s(arg));
            default -> throw fail("TemplateRuntimeError: no test named '" + name + "'");
        };
    }

    private static Object need(Object v, String test) {
        if (!isNum(v)) throw fail("TypeError: test '" + test + "' needs a number, got " + typeName(v));
        return v;
    }

    static final Set<String> TESTS = Set.of("defined", "undefined", "none", "boolean", "true", "false", "integer",
            "float", "number", "string", "mapping", "iterable", "sequence", "callable", "sameas", "escaped", "in",
            "lower", "upper", "odd", "even", "divisibleby", "eq", "equalto", "==", "ne", "!=", "lt", "lessthan",
            "<", "le", "<=", "gt", "greaterthan", ">", "ge", ">=", "filter", "test");

    // ------------------------------------------------------------------------------------------
    // Global functions (Jinja2's, and the ones transformers adds)

    public static Object fn_raise_exception(Object... args) {
        Object m = args.length == 0 ? "" : unwrapNamed(args[0]);
        throw fail(str(m));
    }

    public static Object fn_strftime_now(Object... args) {
        if (args.length != 1 || !isStr(unwrapNamed(args[0]))) {
            throw fail("TypeError: strftime_now() takes one format string");
        }
        RenderState st = STATE.get();
        java.time.Clock clock = st == null ? java.time.Clock.systemDefaultZone() : st.clock;
        return Strftime.format(ZonedDateTime.now(clock), s(unwrapNamed(args[0])));
    }

    public static Object fn_range(Object... args) {
        long start = 0;
        long stop;
        long step = 1;
        if (args.length == 1) {
            stop = toLong(unwrapNamed(args[0]));
        } else if (args.length == 2 || args.length == 3) {
            start = toLong(unwrapNamed(args[0]));
            stop = toLong(unwrapNamed(args[1]));
            if (args.length == 3) step = toLong(unwrapNamed(args[2]));
        } else {
            throw fail("TypeError: range expected 1 to 3 arguments, got " + args.length);
        }
        if (step == 0) throw fail("ValueError: range() arg 3 must not be zero");
        List<Object> out = new ArrayList<>();
        for (long i = start; step > 0 ? i < stop : i > stop; i += step) {
            if (out.size() > 1_000_000) throw fail("OverflowError: range too big");
            out.add(i);
        }
        return out;
    }

    /** Jinja2's {@code namespace()}: Jinjava's own Namespace, so {@code set ns.x = ...} works. */
    @SuppressWarnings("unchecked")
    public static Object fn_namespace(Object... args) {
        Namespace ns = new Namespace();
        for (Object a : args) {
            if (a instanceof NamedParameter np) {
                ns.put(JinjaTranslator.unvar(np.getName()), np.getValue());
            } else if (a instanceof Map<?, ?> m) {
                ns.putAll((Map<String, Object>) m);
            } else {
                throw fail("TypeError: namespace() takes a dict or keyword arguments");
            }
        }
        return ns;
    }

    @SuppressWarnings("unchecked")
    public static Object fn_dict(Object... args) {
        Map<Object, Object> m = new LinkedHashMap<>();
        for (Object a : args) {
            if (a instanceof NamedParameter np) {
                m.put(JinjaTranslator.unvar(np.getName()), np.getValue());
            } else if (a instanceof Map<?, ?> mm) {
                m.putAll(mm);
            } else if (a instanceof List<?> l) {
                for (Object pair : l) {
                    List<Object> p = iterate(pair);
                    if (p.size() != 2) throw fail("ValueError: dictionary update sequence element has wrong length");
                    m.put(key(p.get(0)), p.get(1));
                }
            } else {
                throw fail("TypeError: cannot convert " + typeName(a) + " to dict");
            }
        }
        return m;
    }

    /** A global function as a value, so that {@code strftime_now is defined} holds as in transformers. */
    record PyFunction(String name) {
        @Override
        public String toString() {
            return "<function " + name + ">";
        }
    }

    private static Object unwrapNamed(Object a) {
        return a instanceof NamedParameter np ? np.getValue() : a;
    }

    // ------------------------------------------------------------------------------------------
    // The loop object

    /** Jinja2's loop variable, on top of Jinjava's ForLoop so that its break/continue tags work. */
    static final class PyLoop extends ForLoop {
        private final List<Object> items;

        PyLoop(List<Object> items) {
            super(items.iterator(), items.size());
            this.items = items;
        }

        long index0() {
            return getIndex0();
        }

        Object attr(String n) {
            int i = getIndex0();
            int len = items.size();
            return switch (n) {
                case "index" -> (long) i + 1;
                case "index0" -> (long) i;
                case "revindex" -> (long) len - i;
                case "revindex0" -> (long) len - i - 1;
                case "first" -> i == 0;
                case "last" -> i == len - 1;
                case "length" -> (long) len;
                case "depth" -> 1L;
                case "depth0" -> 0L;
                case "previtem" -> i > 0 ? items.get(i - 1) : null;
                case "nextitem" -> i + 1 < len ? items.get(i + 1) : null;
                default -> null;
            };
        }
    }

    // ------------------------------------------------------------------------------------------
    // Sorting helpers shared by filters

    static Comparator<Object> ordering(boolean caseSensitive) {
        return (a, b) -> {
            Object x = !caseSensitive && isStr(a) ? PyStr.lower(s(a)) : a;
            Object y = !caseSensitive && isStr(b) ? PyStr.lower(s(b)) : b;
            return compare(x, y, "<");
        };
    }

    /** Python's {@code '%s' % args} string formatting (the conversions templates use). */
    static String percentFormat(String fmt, Object args) {
        List<Object> values = args instanceof List<?> l ? new ArrayList<>(l) : List.of(args);
        Map<?, ?> mapping = args instanceof Map<?, ?> m ? m : null;
        StringBuilder b = new StringBuilder();
        int vi = 0;
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%') {
                b.append(c);
                continue;
            }
            if (++i >= fmt.length()) throw fail("ValueError: incomplete format");
            String keyName = null;
            if (fmt.charAt(i) == '(') {
                int e = fmt.indexOf(')', i);
                keyName = fmt.substring(i + 1, e);
                i = e + 1;
            }
            int specStart = i;
            while (i < fmt.length() && "-+ #0123456789.".indexOf(fmt.charAt(i)) >= 0) i++;
            String spec = fmt.substring(specStart, i);
            char conv = fmt.charAt(i);
            if (conv == '%') {
                b.append('%');
                continue;
            }
            Object v;
            if (keyName != null && mapping != null) {
                v = mapping.get(keyName);
            } else {
                if (vi >= values.size()) throw fail("TypeError: not enough arguments for format string");
                v = values.get(vi++);
            }
            String body = switch (conv) {
                case 's' -> str(v);
                case 'r', 'a' -> repr(v);
                case 'd', 'i', 'u' -> Long.toString(toLong(v instanceof Double d ? (long) (double) d : v));
                case 'f', 'F', 'e', 'E', 'g', 'G' -> String.format(java.util.Locale.ROOT,
                        "%" + (spec.contains(".") ? spec.substring(spec.indexOf('.')) : ".6") + conv, toDouble(v));
                case 'x', 'X', 'o' -> String.format("%" + conv, toLong(v));
                case 'c' -> isStr(v) ? s(v) : Character.toString((int) toLong(v));
                default -> throw fail("ValueError: unsupported format character '" + conv + "'");
            };
            String width = spec.contains(".") ? spec.substring(0, spec.indexOf('.')) : spec;
            boolean left = width.contains("-");
            boolean zero = width.startsWith("0");
            String digits = width.replaceAll("[^0-9]", "");
            if (zero && !digits.isEmpty()) digits = digits.substring(1);
            if (!digits.isEmpty()) {
                int w = Integer.parseInt(digits);
                int pad = w - PyStr.len(body);
                if (pad > 0) body = left ? body + " ".repeat(pad) : (zero ? "0" : " ").repeat(pad) + body;
            }
            b.append(body);
        }
        return b.toString();
    }

}
