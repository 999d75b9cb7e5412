package io.github.llamaffm.chat;

import static io.github.llamaffm.chat.PyRuntime.NONE;
import static io.github.llamaffm.chat.PyRuntime.fail;
import static io.github.llamaffm.chat.PyRuntime.fromJava;
import static io.github.llamaffm.chat.PyRuntime.isInt;
import static io.github.llamaffm.chat.PyRuntime.isNum;
import static io.github.llamaffm.chat.PyRuntime.isStr;
import static io.github.llamaffm.chat.PyRuntime.iterate;
import static io.github.llamaffm.chat.PyRuntime.key;
import static io.github.llamaffm.chat.PyRuntime.repr;
import static io.github.llamaffm.chat.PyRuntime.s;
import static io.github.llamaffm.chat.PyRuntime.toLong;
import static io.github.llamaffm.chat.PyRuntime.truthy;
import static io.github.llamaffm.chat.PyRuntime.typeName;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What templates reach through a value: attributes and items ({@code obj.name},
 * {@code obj[key]}, slices) and method calls ({@code obj.name(...)}, dispatched to
 * {@link PyMethods} and the loop variable), with the arguments of a call, filter or function
 * bound the way Python binds them ({@link Args}). Kept apart so that the lookup rules (attribute
 * then item, undefined when neither exists, the sandbox's refusals) sit in one place.
 */
final class PyAccess {
    private PyAccess() {
    }

    // ------------------------------------------------------------------------------------------
    // Attribute and item access

    /** Jinja2's {@code obj.name}: attribute, then item; undefined when neither exists. */
    static Object getattr(Object obj, String n) {
        if (obj == null) throw fail("UndefinedError: undefined value has no attribute '" + n + "'");
        if (obj instanceof JinjaLoop loop) return loop.attr(n);
        if (obj instanceof Map<?, ?> m) return m.get(n);
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
    static Object getitem(Object obj, Object key) {
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
        if (isStr(key)) return getattr(obj, s(key));
        return null;
    }

    static Object slice(Object obj, Object start, Object stop, Object step) {
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
    static Object callMethod(Object obj, String name, Args a) {
        if (obj == null) throw fail("UndefinedError: undefined value has no attribute '" + name + "'");
        if (isStr(obj)) return PyMethods.str(s(obj), name, a);
        if (obj instanceof JinjaLoop loop) return loop.call(name, a);
        if (obj instanceof PyRuntime.Namespace) {
            throw fail("UndefinedError: 'Namespace object' has no attribute '" + name + "'");
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
}
