package io.github.llamaffm.chat;

import static io.github.llamaffm.chat.PyRuntime.NONE;
import static io.github.llamaffm.chat.PyRuntime.compare;
import static io.github.llamaffm.chat.PyRuntime.contains;
import static io.github.llamaffm.chat.PyRuntime.eq;
import static io.github.llamaffm.chat.PyRuntime.escaped;
import static io.github.llamaffm.chat.PyRuntime.fail;
import static io.github.llamaffm.chat.PyRuntime.isFloat;
import static io.github.llamaffm.chat.PyRuntime.isInt;
import static io.github.llamaffm.chat.PyRuntime.isNum;
import static io.github.llamaffm.chat.PyRuntime.isStr;
import static io.github.llamaffm.chat.PyRuntime.iterate;
import static io.github.llamaffm.chat.PyRuntime.key;
import static io.github.llamaffm.chat.PyRuntime.s;
import static io.github.llamaffm.chat.PyRuntime.str;
import static io.github.llamaffm.chat.PyRuntime.toDouble;
import static io.github.llamaffm.chat.PyRuntime.toLong;
import static io.github.llamaffm.chat.PyRuntime.truthy;
import static io.github.llamaffm.chat.PyRuntime.typeName;

import io.github.llamaffm.chat.PyRuntime.Markup;
import io.github.llamaffm.chat.PyRuntime.Tuple;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Python's operators and literals, as the functions that translated expressions call
 * ({@code fnadd} is {@code __add}; see {@link JinjavaEngine#functions()}): truth tests,
 * list/tuple/dict displays, unpacking, comparisons and membership, arithmetic with Python's int
 * and float rules, and Jinja2's {@code ~}. Kept apart from the value model so that an operator's
 * whole behaviour, errors included, reads in one place.
 */
final class PyOperators {
    private PyOperators() {
    }

    // ------------------------------------------------------------------------------------------
    // Truth, literals and unpacking

    public static Object fnt(Object v) {
        return truthy(v);
    }

    public static Object fnnot(Object v) {
        return !truthy(v);
    }

    public static Object fnnone() {
        return NONE;
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

    public static Object fnD(Object... kv) {
        Map<Object, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) m.put(key(kv[i]), kv[i + 1]);
        return m;
    }

    public static Object fnunpack(Object v, Object n) {
        List<Object> items = iterate(v);
        if (items.size() != toLong(n)) {
            throw fail("ValueError: expected " + n + " values to unpack, got " + items.size());
        }
        return items;
    }

    // ------------------------------------------------------------------------------------------
    // Comparisons and membership

    public static Object fneq(Object a, Object b) {
        return eq(a, b);
    }

    public static Object fnne(Object a, Object b) {
        return !eq(a, b);
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

    // ------------------------------------------------------------------------------------------
    // Arithmetic and concatenation

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
        if (isStr(a)) return StrFormat.percentFormat(s(a), b);
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
}
