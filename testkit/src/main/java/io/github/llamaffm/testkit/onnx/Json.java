package io.github.llamaffm.testkit.onnx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader (RFC 8259) for tokenizer files: objects become {@code Map<String, Object>} in
 * file order, arrays {@code List<Object>}, strings {@code String}, integers {@code Long} (others
 * {@code Double}), {@code true}/{@code false} {@code Boolean} and {@code null} {@code null}. Nesting
 * is bounded, so a hostile file cannot exhaust the stack; every error names the character offset.
 */
final class Json {
    /** Tokenizer files nest a few levels; far deeper means a damaged or hostile file. */
    static final int MAX_DEPTH = 64;

    private final Path file;
    private final String s;
    private int pos;

    private Json(Path file, String s) {
        this.file = file;
        this.s = s;
    }

    /** Parses one JSON value that makes up the whole text. */
    static Object parse(Path file, String text) throws OnnxFormatException {
        Json j = new Json(file, text);
        j.ws();
        Object v = j.value(0);
        j.ws();
        if (j.pos != text.length()) {
            throw j.error("text after the JSON value");
        }
        return v;
    }

    private Object value(int depth) throws OnnxFormatException {
        if (depth > MAX_DEPTH) {
            throw error("nested deeper than " + MAX_DEPTH + " levels");
        }
        if (pos >= s.length()) {
            throw error("unexpected end of text");
        }
        char c = s.charAt(pos);
        return switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) yield number();
                throw error("unexpected character '" + c + "'");
            }
        };
    }

    private Map<String, Object> object(int depth) throws OnnxFormatException {
        pos++; // '{'
        Map<String, Object> m = new LinkedHashMap<>();
        ws();
        if (peek('}')) {
            pos++;
            return Collections.unmodifiableMap(m);
        }
        while (true) {
            ws();
            if (!peek('"')) throw error("expected a string key");
            String key = string();
            ws();
            expect(':');
            ws();
            m.put(key, value(depth + 1));
            ws();
            if (peek(',')) {
                pos++;
            } else {
                expect('}');
                return Collections.unmodifiableMap(m);
            }
        }
    }

    private List<Object> array(int depth) throws OnnxFormatException {
        pos++; // '['
        List<Object> l = new ArrayList<>();
        ws();
        if (peek(']')) {
            pos++;
            return Collections.unmodifiableList(l);
        }
        while (true) {
            ws();
            l.add(value(depth + 1));
            ws();
            if (peek(',')) {
                pos++;
            } else {
                expect(']');
                return Collections.unmodifiableList(l);
            }
        }
    }

    private String string() throws OnnxFormatException {
        pos++; // '"'
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
                    int v = 0;
                    for (int i = 0; i < 4; i++) {
                        int d = Character.digit(s.charAt(pos++), 16);
                        if (d < 0) throw error("invalid \\u escape");
                        v = v * 16 + d;
                    }
                    sb.append((char) v); // surrogate pairs arrive as two escapes, joined by the builder
                }
                default -> throw error("invalid escape '\\" + e + "'");
            }
        }
    }

    private Object number() throws OnnxFormatException {
        int start = pos;
        if (peek('-')) pos++;
        boolean integral = true;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c >= '0' && c <= '9') {
                pos++;
            } else if (c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') {
                integral = false;
                pos++;
            } else {
                break;
            }
        }
        String n = s.substring(start, pos);
        try {
            if (integral && n.length() < 19) return Long.parseLong(n);
            return Double.parseDouble(n);
        } catch (NumberFormatException e) {
            pos = start;
            throw error("invalid number '" + n + "'");
        }
    }

    private Object literal(String word, Object v) throws OnnxFormatException {
        if (!s.startsWith(word, pos)) throw error("invalid literal");
        pos += word.length();
        return v;
    }

    private void ws() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return;
            pos++;
        }
    }

    private boolean peek(char c) {
        return pos < s.length() && s.charAt(pos) == c;
    }

    private void expect(char c) throws OnnxFormatException {
        if (!peek(c)) throw error("expected '" + c + "'");
        pos++;
    }

    private OnnxFormatException error(String problem) {
        return new OnnxFormatException(file, -1, "JSON at character " + pos + ": " + problem);
    }
}
