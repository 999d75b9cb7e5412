package io.github.llamaffm.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Python's string formatting: {@code str.format()} ({@code {}}, {@code {0}}, {@code {name}},
 * {@code {x.attr}}, simple specs) and the {@code %} operator ({@code '%s' % args}).
 */
final class StrFormat {
    private StrFormat() {
    }

    static String format(String fmt, List<Object> args, Map<String, Object> kwargs) {
        StringBuilder b = new StringBuilder();
        int auto = 0;
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c == '{') {
                if (i + 1 < fmt.length() && fmt.charAt(i + 1) == '{') {
                    b.append('{');
                    i++;
                    continue;
                }
                int e = fmt.indexOf('}', i);
                if (e < 0) throw PyRuntime.fail("ValueError: Single '{' encountered in format string");
                String field = fmt.substring(i + 1, e);
                String spec = "";
                String conv = null;
                int colon = field.indexOf(':');
                if (colon >= 0) {
                    spec = field.substring(colon + 1);
                    field = field.substring(0, colon);
                }
                int bang = field.indexOf('!');
                if (bang >= 0) {
                    conv = field.substring(bang + 1);
                    field = field.substring(0, bang);
                }
                String[] path = field.split("\\.", -1);
                Object v;
                if (path[0].isEmpty()) {
                    v = at(args, auto++);
                } else if (path[0].chars().allMatch(Character::isDigit)) {
                    v = at(args, Integer.parseInt(path[0]));
                } else {
                    if (!kwargs.containsKey(path[0])) throw PyRuntime.fail("KeyError: '" + path[0] + "'");
                    v = kwargs.get(path[0]);
                }
                for (int p = 1; p < path.length; p++) v = PyAccess.getattr(v, path[p]);
                String text = "r".equals(conv) ? PyRuntime.repr(v) : applySpec(v, spec);
                b.append(text);
                i = e;
            } else if (c == '}') {
                if (i + 1 < fmt.length() && fmt.charAt(i + 1) == '}') i++;
                b.append('}');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static Object at(List<Object> args, int i) {
        if (i >= args.size()) throw PyRuntime.fail("IndexError: Replacement index " + i + " out of range");
        return args.get(i);
    }

    private static String applySpec(Object v, String spec) {
        if (spec.isEmpty()) return PyRuntime.str(v);
        // [[fill]align][0][width][.precision][type]
        char fill = ' ';
        char align = 0;
        int i = 0;
        if (spec.length() >= 2 && "<>^".indexOf(spec.charAt(1)) >= 0) {
            fill = spec.charAt(0);
            align = spec.charAt(1);
            i = 2;
        } else if (!spec.isEmpty() && "<>^".indexOf(spec.charAt(0)) >= 0) {
            align = spec.charAt(0);
            i = 1;
        }
        if (i < spec.length() && spec.charAt(i) == '0') {
            fill = '0';
            if (align == 0) align = '>';
            i++;
        }
        int ws = i;
        while (i < spec.length() && Character.isDigit(spec.charAt(i))) i++;
        int width = i > ws ? Integer.parseInt(spec.substring(ws, i)) : 0;
        int precision = -1;
        if (i < spec.length() && spec.charAt(i) == '.') {
            int ps = ++i;
            while (i < spec.length() && Character.isDigit(spec.charAt(i))) i++;
            precision = Integer.parseInt(spec.substring(ps, i));
        }
        char type = i < spec.length() ? spec.charAt(i) : 0;
        String body;
        if (type == 'f' || type == 'F' || type == 'e' || type == 'E' || type == '%') {
            double d = PyRuntime.toDouble(v) * (type == '%' ? 100 : 1);
            body = String.format(Locale.ROOT, "%." + (precision < 0 ? 6 : precision) + (type == '%' ? 'f' : type), d)
                    + (type == '%' ? "%" : "");
        } else if (type == 'd') {
            body = Long.toString(PyRuntime.toLong(v));
        } else {
            body = PyRuntime.str(v);
            if (precision >= 0 && PyRuntime.isStr(v) && PyStr.len(body) > precision) {
                body = body.substring(0, body.offsetByCodePoints(0, precision));
            }
        }
        if (align == 0) align = PyRuntime.isNum(v) && !(v instanceof Boolean) ? '>' : '<';
        int pad = width - PyStr.len(body);
        if (pad <= 0) return body;
        String f = String.valueOf(fill);
        return switch (align) {
            case '>' -> f.repeat(pad) + body;
            case '^' -> f.repeat(pad / 2) + body + f.repeat(pad - pad / 2);
            default -> body + f.repeat(pad);
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
            if (++i >= fmt.length()) throw PyRuntime.fail("ValueError: incomplete format");
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
                if (vi >= values.size()) throw PyRuntime.fail("TypeError: not enough arguments for format string");
                v = values.get(vi++);
            }
            String body = switch (conv) {
                case 's' -> PyRuntime.str(v);
                case 'r', 'a' -> PyRuntime.repr(v);
                case 'd', 'i', 'u' -> Long.toString(PyRuntime.toLong(v instanceof Double d ? (long) (double) d : v));
                case 'f', 'F', 'e', 'E', 'g', 'G' -> String.format(Locale.ROOT,
                        "%" + (spec.contains(".") ? spec.substring(spec.indexOf('.')) : ".6") + conv,
                        PyRuntime.toDouble(v));
                case 'x', 'X', 'o' -> String.format("%" + conv, PyRuntime.toLong(v));
                case 'c' -> PyRuntime.isStr(v) ? PyRuntime.s(v) : Character.toString((int) PyRuntime.toLong(v));
                default -> throw PyRuntime.fail("ValueError: unsupported format character '" + conv + "'");
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
