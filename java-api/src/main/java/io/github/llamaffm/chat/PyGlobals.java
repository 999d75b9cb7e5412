package io.github.llamaffm.chat;

import static io.github.llamaffm.chat.PyRuntime.STATE;
import static io.github.llamaffm.chat.PyRuntime.fail;
import static io.github.llamaffm.chat.PyRuntime.isStr;
import static io.github.llamaffm.chat.PyRuntime.iterate;
import static io.github.llamaffm.chat.PyRuntime.key;
import static io.github.llamaffm.chat.PyRuntime.s;
import static io.github.llamaffm.chat.PyRuntime.str;
import static io.github.llamaffm.chat.PyRuntime.toLong;
import static io.github.llamaffm.chat.PyRuntime.typeName;

import com.hubspot.jinjava.el.ext.NamedParameter;
import com.hubspot.jinjava.objects.Namespace;

import io.github.llamaffm.chat.PyRuntime.RenderState;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The global functions templates call by name (Jinja2's {@code range}, {@code namespace},
 * {@code dict}, and transformers' {@code raise_exception} and {@code strftime_now}; the names are
 * {@link JinjaTranslator#BUILTINS}), and their value as a name ({@link PyFunction}). Kept apart
 * because they take Jinjava's keyword arguments ({@code NamedParameter}) rather than the
 * runtime's {@code __D} dicts.
 */
final class PyGlobals {
    private PyGlobals() {
    }

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
}
