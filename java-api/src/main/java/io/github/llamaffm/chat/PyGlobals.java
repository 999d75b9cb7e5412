package io.github.llamaffm.chat;

import static io.github.llamaffm.chat.PyRuntime.fail;
import static io.github.llamaffm.chat.PyRuntime.isInt;
import static io.github.llamaffm.chat.PyRuntime.isStr;
import static io.github.llamaffm.chat.PyRuntime.iterate;
import static io.github.llamaffm.chat.PyRuntime.key;
import static io.github.llamaffm.chat.PyRuntime.s;
import static io.github.llamaffm.chat.PyRuntime.str;
import static io.github.llamaffm.chat.PyRuntime.toLong;
import static io.github.llamaffm.chat.PyRuntime.typeName;

import io.github.llamaffm.chat.PyAccess.Args;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The global functions templates call by name: Jinja2's {@code range}, {@code namespace} and
 * {@code dict}, and transformers' {@code raise_exception} and {@code strftime_now}. Templates see
 * each as a {@link PyFunction} value (so that {@code strftime_now is defined} holds, as in
 * transformers), which the interpreter calls through {@link #call}.
 */
final class PyGlobals {
    private PyGlobals() {
    }

    /** The names of the global functions. */
    static final Set<String> NAMES = Set.of("range", "namespace", "dict", "raise_exception", "strftime_now");

    /** A global function as a value. */
    record PyFunction(String name) {
        @Override
        public String toString() {
            return "<function " + name + ">";
        }
    }

    /** Calls the global function {@code name}; {@code clock} is the render's, for {@code strftime_now}. */
    static Object call(String name, Args a, Clock clock) {
        return switch (name) {
            case "raise_exception" -> throw fail(str(a.get(0, "message", "")));
            case "strftime_now" -> {
                Object format = a.get(0, "format", null);
                if (a.pos.size() + a.kw.size() != 1 || !isStr(format)) {
                    throw fail("TypeError: strftime_now() takes one format string");
                }
                yield Strftime.format(ZonedDateTime.now(clock), s(format));
            }
            case "range" -> range(a);
            case "namespace" -> {
                PyRuntime.Namespace ns = new PyRuntime.Namespace();
                for (Map.Entry<Object, Object> e : dict(a).entrySet()) ns.put(str(e.getKey()), e.getValue());
                yield ns;
            }
            case "dict" -> dict(a);
            default -> throw fail("UndefinedError: '" + name + "' is undefined");
        };
    }

    private static Object range(Args a) {
        if (!a.kw.isEmpty()) throw fail("TypeError: range() takes no keyword arguments");
        List<Object> args = a.pos;
        for (Object o : args) {
            if (!isInt(o) && !(o instanceof Boolean)) {
                throw fail("TypeError: '" + typeName(o) + "' object cannot be interpreted as an integer");
            }
        }
        long start = 0;
        long stop;
        long step = 1;
        if (args.size() == 1) {
            stop = toLong(args.get(0));
        } else if (args.size() == 2 || args.size() == 3) {
            start = toLong(args.get(0));
            stop = toLong(args.get(1));
            if (args.size() == 3) step = toLong(args.get(2));
        } else {
            throw fail("TypeError: range expected 1 to 3 arguments, got " + args.size());
        }
        if (step == 0) throw fail("ValueError: range() arg 3 must not be zero");
        List<Object> out = new ArrayList<>();
        for (long i = start; step > 0 ? i < stop : i > stop; i += step) {
            if (out.size() > 1_000_000) throw fail("OverflowError: range too big");
            out.add(i);
        }
        return out;
    }

    /** Python's {@code dict(mapping_or_pairs, **kwargs)}. */
    private static Map<Object, Object> dict(Args a) {
        Map<Object, Object> m = new LinkedHashMap<>();
        for (Object p : a.pos) {
            if (p instanceof Map<?, ?> mm) {
                m.putAll(mm);
            } else if (p instanceof List<?> l) {
                for (Object pair : l) {
                    List<Object> kv = iterate(pair);
                    if (kv.size() != 2) throw fail("ValueError: dictionary update sequence element has wrong length");
                    m.put(key(kv.get(0)), kv.get(1));
                }
            } else {
                throw fail("TypeError: cannot convert " + typeName(p) + " to dict");
            }
        }
        m.putAll(a.kw);
        return m;
    }
}
