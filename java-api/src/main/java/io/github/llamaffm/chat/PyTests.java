package io.github.llamaffm.chat;

import static io.github.llamaffm.chat.PyRuntime.NONE;
import static io.github.llamaffm.chat.PyRuntime.compare;
import static io.github.llamaffm.chat.PyRuntime.contains;
import static io.github.llamaffm.chat.PyRuntime.eq;
import static io.github.llamaffm.chat.PyRuntime.fail;
import static io.github.llamaffm.chat.PyRuntime.isFloat;
import static io.github.llamaffm.chat.PyRuntime.isInt;
import static io.github.llamaffm.chat.PyRuntime.isNum;
import static io.github.llamaffm.chat.PyRuntime.isStr;
import static io.github.llamaffm.chat.PyRuntime.s;
import static io.github.llamaffm.chat.PyRuntime.toLong;
import static io.github.llamaffm.chat.PyRuntime.typeName;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Jinja2's built-in tests ({@code x is defined}, {@code x is string}, {@code x is divisibleby 3}),
 * with Jinja2's names and aliases; templates reach them through {@code is} and the
 * {@code select}/{@code reject} filters. The counterpart of {@link PyFilters}.
 */
final class PyTests {
    private PyTests() {
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
            case "callable" -> v instanceof PyGlobals.PyFunction || v instanceof JinjaMacro || v instanceof JinjaLoop;
            case "sameas" -> v == arg || (v instanceof Boolean && v.equals(arg));
            case "escaped" -> v instanceof PyRuntime.Markup;
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
}
