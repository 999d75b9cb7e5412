package io.github.llamaffm.chat;

import static io.github.llamaffm.chat.PyRuntime.contains;
import static io.github.llamaffm.chat.PyRuntime.eq;
import static io.github.llamaffm.chat.PyRuntime.escaped;
import static io.github.llamaffm.chat.PyRuntime.fail;
import static io.github.llamaffm.chat.PyRuntime.isFloat;
import static io.github.llamaffm.chat.PyRuntime.isInt;
import static io.github.llamaffm.chat.PyRuntime.isNum;
import static io.github.llamaffm.chat.PyRuntime.isStr;
import static io.github.llamaffm.chat.PyRuntime.iterate;
import static io.github.llamaffm.chat.PyRuntime.s;
import static io.github.llamaffm.chat.PyRuntime.str;
import static io.github.llamaffm.chat.PyRuntime.toDouble;
import static io.github.llamaffm.chat.PyRuntime.toLong;
import static io.github.llamaffm.chat.PyRuntime.typeName;

import io.github.llamaffm.chat.PyRuntime.Markup;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Python's operators as templates use them: comparisons and membership, arithmetic with Python's
 * int and float rules, and Jinja2's {@code ~}; unpacking of {@code a, b = ...}. Kept apart from
 * the value model so that an operator's whole behaviour, errors included, reads in one place.
 */
final class PyOperators {
    private PyOperators() {
    }

    /** {@code a op b} for a comparison operator of the parser: {@code == != < <= > >= in notin}. */
    static boolean compare(String op, Object a, Object b) {
        return switch (op) {
            case "==" -> eq(a, b);
            case "!=" -> !eq(a, b);
            case "<" -> PyRuntime.compare(a, b, op) < 0;
            case "<=" -> PyRuntime.compare(a, b, op) <= 0;
            case ">" -> PyRuntime.compare(a, b, op) > 0;
            case ">=" -> PyRuntime.compare(a, b, op) >= 0;
            case "in" -> contains(b, a);
            case "notin" -> !contains(b, a);
            default -> throw new IllegalArgumentException(op);
        };
    }

    /** {@code a op b} for an arithmetic operator of the parser: {@code + - * / // % **}. */
    static Object arithmetic(String op, Object a, Object b) {
        return switch (op) {
            case "+" -> add(a, b);
            case "-" -> sub(a, b);
            case "*" -> mul(a, b);
            case "/" -> div(a, b);
            case "//" -> floordiv(a, b);
            case "%" -> mod(a, b);
            case "**" -> pow(a, b);
            default -> throw new IllegalArgumentException(op);
        };
    }

    /** Python's unpacking of an iterable into {@code n} targets. */
    static List<Object> unpack(Object v, int n) {
        List<Object> items = iterate(v);
        if (items.size() > n) throw fail("ValueError: too many values to unpack (expected " + n + ")");
        if (items.size() < n) {
            throw fail("ValueError: not enough values to unpack (expected " + n + ", got " + items.size() + ")");
        }
        return items;
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

    static Object add(Object a, Object b) {
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

    static Object sub(Object a, Object b) {
        if (isNum(a) && isNum(b)) {
            if (isFloat(a) || isFloat(b)) return toDouble(a) - toDouble(b);
            return toLong(a) - toLong(b);
        }
        throw opError("-", a, b);
    }

    static Object mul(Object a, Object b) {
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

    static Object div(Object a, Object b) {
        if (isNum(a) && isNum(b)) {
            if (toDouble(b) == 0) throw fail("ZeroDivisionError: division by zero");
            return toDouble(a) / toDouble(b);
        }
        throw opError("/", a, b);
    }

    static Object floordiv(Object a, Object b) {
        if (isNum(a) && isNum(b)) {
            if (toDouble(b) == 0) throw fail("ZeroDivisionError: integer division or modulo by zero");
            if (isFloat(a) || isFloat(b)) return Math.floor(toDouble(a) / toDouble(b));
            return Math.floorDiv(toLong(a), toLong(b));
        }
        throw opError("//", a, b);
    }

    static Object mod(Object a, Object b) {
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

    static Object pow(Object a, Object b) {
        if (isNum(a) && isNum(b)) {
            if (!isFloat(a) && !isFloat(b) && toLong(b) >= 0) {
                return BigInteger.valueOf(toLong(a)).pow((int) toLong(b)).longValue();
            }
            return Math.pow(toDouble(a), toDouble(b));
        }
        throw opError("**", a, b);
    }

    static Object neg(Object a) {
        if (isFloat(a)) return -toDouble(a);
        if (isNum(a)) return -toLong(a);
        throw fail("TypeError: bad operand type for unary -: '" + typeName(a) + "'");
    }

    static Object pos(Object a) {
        if (isFloat(a)) return toDouble(a);
        if (isNum(a)) return toLong(a);
        throw fail("TypeError: bad operand type for unary +: '" + typeName(a) + "'");
    }

    /** Jinja2's {@code ~}: both sides as str. */
    static Object cat(Object a, Object b) {
        // With autoescape off Jinja2 compiles ~ to str_join: no Markup escaping (unlike +)
        return str(a) + str(b);
    }
}
