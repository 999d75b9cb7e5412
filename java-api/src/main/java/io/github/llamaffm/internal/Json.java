package io.github.llamaffm.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal JSON value model with a strict RFC 8259 parser and a compact writer. Internal: the
 * schemas, tool calls and the model's output need nothing more, and java-api takes no JSON library.
 */
public sealed interface Json {

    /** An object; keys keep their order. A repeated key keeps its last value, as JavaScript and Jackson do. */
    record Obj(Map<String, Json> members) implements Json {
        public Obj {
            members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
        }

        /**
         * A member.
         *
         * @param key the member's name
         * @return its value, or null when absent
         */
        public Json get(String key) {
            return members.get(key);
        }
    }

    /** An array. */
    record Arr(List<Json> items) implements Json {
        public Arr {
            items = List.copyOf(items);
        }
    }

    /** A string. */
    record Str(String value) implements Json {
    }

    /** A number, kept exact. */
    record Num(BigDecimal value) implements Json {
    }

    /** true or false. */
    record Bool(boolean value) implements Json {
    }

    /** null. */
    enum Null implements Json { NULL }

    /**
     * Parses exactly one JSON value (surrounding whitespace allowed).
     *
     * @param text the JSON text
     * @return the value
     * @throws IllegalArgumentException with the offset of the first error
     */
    static Json parse(String text) {
        Parser p = new Parser(text);
        p.ws();
        Json v = p.value(0);
        p.ws();
        if (p.pos != text.length()) throw p.error("unexpected text after the JSON value");
        return v;
    }

    /**
     * One JSON value at the start of {@code text[from..]} (leading whitespace skipped), for text
     * that goes on after it (a model's reply).
     *
     * @param text the text
     * @param from where to start
     * @return the value and the index just after it
     * @throws IllegalArgumentException if no complete value starts there
     */
    static Prefix parsePrefix(String text, int from) {
        Parser p = new Parser(text);
        p.pos = from;
        p.ws();
        Json v = p.value(0);
        return new Prefix(v, p.pos);
    }

    /**
     * A value read by {@link #parsePrefix(String, int)}.
     *
     * @param value the value
     * @param end   the index just after its text
     */
    record Prefix(Json value, int end) {
    }

    /**
     * The value as plain Java objects, as Python's {@code json.loads} reads it: objects become
     * insertion-ordered maps, arrays lists, integers {@code Long} (or {@code BigInteger} when
     * larger), other numbers {@code Double}, {@code null} null.
     *
     * @param v the value
     * @return the Java object
     */
    static Object toJava(Json v) {
        return switch (v) {
            case Obj o -> {
                Map<String, Object> m = new LinkedHashMap<>();
                for (var e : o.members().entrySet()) m.put(e.getKey(), toJava(e.getValue()));
                yield m;
            }
            case Arr a -> {
                List<Object> l = new ArrayList<>();
                for (Json item : a.items()) l.add(toJava(item));
                yield l;
            }
            case Str s -> s.value();
            case Num n -> {
                BigDecimal d = n.value();
                if (d.scale() > 0 || d.toString().contains("E") || d.toString().contains("e")) yield d.doubleValue();
                java.math.BigInteger i = d.toBigIntegerExact();
                yield i.bitLength() < 64 ? (Object) i.longValue() : i;
            }
            case Bool b -> b.value();
            case Null ignored -> null;
        };
    }

    /**
     * The JSON value of a plain Java object: null, strings, characters, booleans, numbers
     * (finite), enums (by name), maps (keys as strings), iterables, arrays, records (by
     * component, through their accessors) and {@link Optional} (empty is null).
     *
     * @param o the object
     * @return the value
     * @throws IllegalArgumentException for a value of another type, a non-finite number, or a
     *                                  record whose accessor cannot be called
     */
    static Json fromJava(Object o) {
        return fromJava(o, 0);
    }

    private static Json fromJava(Object o, int depth) {
        if (depth > 256) throw new IllegalArgumentException("a value nested deeper than 256 levels (a cycle?)");
        return switch (o) {
            case null -> Null.NULL;
            case Json j -> j;
            case CharSequence cs -> new Str(cs.toString());
            case Character c -> new Str(c.toString());
            case Boolean b -> new Bool(b);
            case java.math.BigDecimal d -> new Num(d);
            case java.math.BigInteger i -> new Num(new BigDecimal(i));
            case Double d when !d.isInfinite() && !d.isNaN() -> new Num(BigDecimal.valueOf(d));
            case Float f when !f.isInfinite() && !f.isNaN() -> new Num(new BigDecimal(f.toString()));
            case Double d -> throw new IllegalArgumentException("not a finite number: " + d);
            case Float f -> throw new IllegalArgumentException("not a finite number: " + f);
            case Number n -> new Num(BigDecimal.valueOf(n.longValue()));
            case Enum<?> e -> new Str(e.name());
            case java.util.Optional<?> opt -> fromJava(opt.orElse(null), depth + 1);
            case Map<?, ?> m -> {
                Map<String, Json> out = new LinkedHashMap<>();
                for (var e : m.entrySet()) out.put(String.valueOf(e.getKey()), fromJava(e.getValue(), depth + 1));
                yield new Obj(out);
            }
            case Iterable<?> it -> {
                List<Json> out = new ArrayList<>();
                for (Object x : it) out.add(fromJava(x, depth + 1));
                yield new Arr(out);
            }
            case Record r -> {
                Map<String, Json> out = new LinkedHashMap<>();
                for (java.lang.reflect.RecordComponent c : r.getClass().getRecordComponents()) {
                    try {
                        java.lang.reflect.Method acc = c.getAccessor();
                        acc.trySetAccessible();
                        out.put(c.getName(), fromJava(acc.invoke(r), depth + 1));
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        throw new IllegalArgumentException("cannot read component " + c.getName() + " of " + r.getClass().getName()
                                + ": " + e, e);
                    }
                }
                yield new Obj(out);
            }
            default -> {
                if (o.getClass().isArray()) {
                    List<Json> out = new ArrayList<>();
                    for (int i = 0; i < java.lang.reflect.Array.getLength(o); i++) {
                        out.add(fromJava(java.lang.reflect.Array.get(o, i), depth + 1));
                    }
                    yield new Arr(out);
                }
                throw new IllegalArgumentException("no JSON form for a " + o.getClass().getName());
            }
        };
    }

    /**
     * Compact JSON text of {@code v} (strings escaped as JSON requires, non-ASCII kept).
     *
     * @param v the value
     * @return the text
     */
    static String write(Json v) {
        StringBuilder sb = new StringBuilder();
        write(v, sb);
        return sb.toString();
    }

    private static void write(Json v, StringBuilder sb) {
        switch (v) {
            case Obj o -> {
                sb.append('{');
                boolean first = true;
                for (var e : o.members().entrySet()) {
                    if (!first) sb.append(',');
                    first = false;
                    quote(e.getKey(), sb);
                    sb.append(':');
                    write(e.getValue(), sb);
                }
                sb.append('}');
            }
            case Arr a -> {
                sb.append('[');
                for (int i = 0; i < a.items().size(); i++) {
                    if (i > 0) sb.append(',');
                    write(a.items().get(i), sb);
                }
                sb.append(']');
            }
            case Str s -> quote(s.value(), sb);
            case Num n -> sb.append(n.value().toString());
            case Bool b -> sb.append(b.value());
            case Null ignored -> sb.append("null");
        }
    }

    /**
     * Appends {@code s} as a JSON string literal.
     *
     * @param s  the string
     * @param sb where to append
     */
    static void quote(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        sb.append('"');
    }

    /** Recursive descent over the text; depth-limited so hostile input cannot overflow the stack. */
    final class Parser {
        private static final int MAX_DEPTH = 512;
        private final String s;
        private int pos;

        private Parser(String s) {
            this.s = s;
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException("invalid JSON at offset " + pos + ": " + what);
        }

        private void ws() {
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
                pos++;
            }
        }

        private Json value(int depth) {
            if (depth > MAX_DEPTH) throw error("nesting deeper than " + MAX_DEPTH);
            if (pos >= s.length()) throw error("unexpected end of input");
            char c = s.charAt(pos);
            return switch (c) {
                case '{' -> object(depth);
                case '[' -> array(depth);
                case '"' -> new Str(string());
                case 't' -> literal("true", new Bool(true));
                case 'f' -> literal("false", new Bool(false));
                case 'n' -> literal("null", Null.NULL);
                default -> {
                    if (c == '-' || (c >= '0' && c <= '9')) yield number();
                    throw error("unexpected character '" + c + "'");
                }
            };
        }

        private Json literal(String word, Json v) {
            if (!s.startsWith(word, pos)) throw error("expected " + word);
            pos += word.length();
            return v;
        }

        private Json object(int depth) {
            pos++;
            Map<String, Json> m = new LinkedHashMap<>();
            ws();
            if (peek() == '}') {
                pos++;
                return new Obj(m);
            }
            while (true) {
                ws();
                if (peek() != '"') throw error("expected a string key");
                String k = string();
                ws();
                expect(':');
                ws();
                m.put(k, value(depth + 1));
                ws();
                char c = next();
                if (c == '}') return new Obj(m);
                if (c != ',') throw error("expected ',' or '}'");
            }
        }

        private Json array(int depth) {
            pos++;
            List<Json> items = new ArrayList<>();
            ws();
            if (peek() == ']') {
                pos++;
                return new Arr(items);
            }
            while (true) {
                ws();
                items.add(value(depth + 1));
                ws();
                char c = next();
                if (c == ']') return new Arr(items);
                if (c != ',') throw error("expected ',' or ']'");
            }
        }

        private String string() {
            pos++;
            StringBuilder sb = new StringBuilder();
            while (true) {
                if (pos >= s.length()) throw error("unterminated string");
                char c = s.charAt(pos++);
                if (c == '"') return sb.toString();
                if (c < 0x20) throw error("control character in a string");
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                if (pos >= s.length()) throw error("unterminated escape");
                char e = s.charAt(pos++);
                switch (e) {
                    case '"', '\\', '/' -> sb.append(e);
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'u' -> {
                        if (pos + 4 > s.length()) throw error("truncated \\u escape");
                        int cp = 0;
                        for (int i = 0; i < 4; i++) {
                            int d = Character.digit(s.charAt(pos++), 16);
                            if (d < 0) throw error("bad hex digit in \\u escape");
                            cp = cp * 16 + d;
                        }
                        sb.append((char) cp);
                    }
                    default -> throw error("bad escape \\" + e);
                }
            }
        }

        private Json number() {
            int start = pos;
            if (peek() == '-') pos++;
            if (peek() == '0') {
                pos++;
            } else if (isDigit(peek())) {
                while (isDigit(peek())) pos++;
            } else {
                throw error("expected a digit");
            }
            if (peek() == '.') {
                pos++;
                if (!isDigit(peek())) throw error("expected a digit after '.'");
                while (isDigit(peek())) pos++;
            }
            if (peek() == 'e' || peek() == 'E') {
                pos++;
                if (peek() == '+' || peek() == '-') pos++;
                if (!isDigit(peek())) throw error("expected a digit in the exponent");
                while (isDigit(peek())) pos++;
            }
            try {
                return new Num(new BigDecimal(s.substring(start, pos)));
            } catch (NumberFormatException | ArithmeticException e) {
                throw error("number out of range");
            }
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private char peek() {
            return pos < s.length() ? s.charAt(pos) : '\0';
        }

        private char next() {
            if (pos >= s.length()) throw error("unexpected end of input");
            return s.charAt(pos++);
        }

        private void expect(char c) {
            if (next() != c) {
                pos--;
                throw error("expected '" + c + "'");
            }
        }
    }
}
