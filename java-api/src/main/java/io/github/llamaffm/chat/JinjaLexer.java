package io.github.llamaffm.chat;

import java.util.ArrayList;
import java.util.List;

/**
 * Jinja2's lexer (jinja2/lexer.py), as far as chat templates use it. It exists so that no later
 * stage sees raw template text: it cuts a template into text, expression and statement segments,
 * applying Jinja2's whitespace control as Hugging Face configures it ({@code trim_blocks},
 * {@code lstrip_blocks}, the {@code -} and {@code +} markers, comments, {@code raw} blocks), and
 * it reads the tokens of one expression or statement for {@link JinjaParser}.
 */
final class JinjaLexer {

    /** The kinds of expression tokens. */
    enum Kind { NAME, STRING, INT, FLOAT, OP, EOF }

    /** One expression token: its source text, its value (strings unescaped, numbers parsed) and position. */
    record Tok(Kind kind, String text, Object value, int pos) {
        boolean op(String o) {
            return kind == Kind.OP && text.equals(o);
        }

        boolean name(String n) {
            return kind == Kind.NAME && text.equals(n);
        }
    }

    /**
     * One piece of a template, whitespace control already applied: text ({@code 'T'}), the body
     * of an expression tag ({@code '{'}) or of a statement tag ({@code '%'}), and its line.
     */
    record Seg(char kind, String body, int line) {
    }

    private static final String[] OPS = {
        "**", "//", "==", "!=", "<=", ">=", "+", "-", "/", "*", "%", "~", "[", "]", "(", ")", "{", "}",
        ">", "<", "=", ".", ":", "|", ",", ";"
    };

    private final String src;
    private int line = 1;
    /** How far {@link #lineAt} has counted newlines, and the line there. */
    private int counted;
    private int countedLine = 1;

    private JinjaLexer(String src) {
        this.src = src;
    }

    /** The segments of a template, in source order. */
    static List<Seg> segments(String template) {
        return new JinjaLexer(normalize(template)).run();
    }

    /** Jinja2's lexer: newlines normalised to \n, one trailing newline dropped (keep_trailing_newline=False). */
    static String normalize(String s) {
        String n = s.replace("\r\n", "\n").replace('\r', '\n');
        return n.endsWith("\n") ? n.substring(0, n.length() - 1) : n;
    }

    static ChatTemplateException syntax(String msg, int line) {
        return new ChatTemplateException("template syntax error at line " + line + ": " + msg);
    }

    // ------------------------------------------------------------------------------------------
    // Expression tokens

    /**
     * The tokens of one tag body (lexed at once, ending with an EOF token) and a cursor over them:
     * Jinja2's TokenStream. Errors name the tag's line.
     */
    static final class TokenStream {
        private final List<Tok> toks = new ArrayList<>();
        private final int line;
        private int i;

        TokenStream(String s, int line) {
            this.line = line;
            int pos = 0;
            while (true) {
                while (pos < s.length() && PyStr.isSpace(s.charAt(pos))) pos++;
                if (pos >= s.length()) break;
                Tok t = lexOne(s, pos, line);
                toks.add(t);
                pos += t.text().length();
            }
            toks.add(new Tok(Kind.EOF, "", null, s.length()));
        }

        Tok peek() {
            return toks.get(i);
        }

        Tok peek2() {
            return toks.get(Math.min(i + 1, toks.size() - 1));
        }

        Tok next() {
            Tok t = toks.get(i);
            if (t.kind() != Kind.EOF) i++;
            return t;
        }

        boolean accept(String op) {
            if (peek().op(op)) {
                i++;
                return true;
            }
            return false;
        }

        void expect(String op) {
            if (!accept(op)) throw syntax("expected '" + op + "', got '" + peek().text() + "'", line);
        }

        String expectName() {
            Tok t = next();
            if (t.kind() != Kind.NAME) throw syntax("expected a name, got '" + t.text() + "'", line);
            return t.text();
        }

        void expectEnd() {
            if (peek().kind() != Kind.EOF) throw syntax("unexpected '" + peek().text() + "'", line);
        }
    }

    /** Reads one expression token at {@code pos} (whitespace already skipped). */
    static Tok lexOne(String s, int pos, int line) {
        char c = s.charAt(pos);
        if (Character.isLetter(c) || c == '_') {
            int e = pos + 1;
            while (e < s.length() && (Character.isLetterOrDigit(s.charAt(e)) || s.charAt(e) == '_')) e++;
            return new Tok(Kind.NAME, s.substring(pos, e), null, pos);
        }
        if (c >= '0' && c <= '9') {
            return lexNumber(s, pos, line);
        }
        if (c == '\'' || c == '"') {
            int e = pos + 1;
            while (e < s.length() && s.charAt(e) != c) {
                if (s.charAt(e) == '\\') e++;
                e++;
            }
            if (e >= s.length()) throw syntax("unterminated string", line);
            return new Tok(Kind.STRING, s.substring(pos, e + 1), unescape(s.substring(pos + 1, e)), pos);
        }
        for (String op : OPS) {
            if (s.startsWith(op, pos)) return new Tok(Kind.OP, op, null, pos);
        }
        throw syntax("unexpected char '" + c + "'", line);
    }

    private static Tok lexNumber(String s, int pos, int line) {
        int e = pos;
        if (s.startsWith("0x", pos) || s.startsWith("0o", pos) || s.startsWith("0b", pos)
                || s.startsWith("0X", pos) || s.startsWith("0O", pos) || s.startsWith("0B", pos)) {
            int radix = switch (Character.toLowerCase(s.charAt(pos + 1))) {
                case 'x' -> 16;
                case 'o' -> 8;
                default -> 2;
            };
            e = pos + 2;
            while (e < s.length() && (Character.digit(s.charAt(e), radix) >= 0 || s.charAt(e) == '_')) e++;
            String digits = s.substring(pos + 2, e).replace("_", "");
            return new Tok(Kind.INT, s.substring(pos, e), Long.parseLong(digits, radix), pos);
        }
        while (e < s.length() && (Character.isDigit(s.charAt(e)) || s.charAt(e) == '_')) e++;
        boolean isFloat = false;
        if (e + 1 < s.length() && s.charAt(e) == '.' && Character.isDigit(s.charAt(e + 1))) {
            isFloat = true;
            e++;
            while (e < s.length() && (Character.isDigit(s.charAt(e)) || s.charAt(e) == '_')) e++;
        }
        if (e < s.length() && (s.charAt(e) == 'e' || s.charAt(e) == 'E')) {
            int x = e + 1;
            if (x < s.length() && (s.charAt(x) == '+' || s.charAt(x) == '-')) x++;
            if (x < s.length() && Character.isDigit(s.charAt(x))) {
                isFloat = true;
                e = x;
                while (e < s.length() && Character.isDigit(s.charAt(e))) e++;
            }
        }
        String t = s.substring(pos, e).replace("_", "");
        if (isFloat) return new Tok(Kind.FLOAT, t, Double.parseDouble(t), pos);
        try {
            return new Tok(Kind.INT, t, Long.parseLong(t), pos);
        } catch (NumberFormatException ex) {
            return new Tok(Kind.FLOAT, t, Double.parseDouble(t), pos);
        }
    }

    /** Python's unicode-escape decoding, which Jinja2 applies to string literals. */
    static String unescape(String s) {
        if (s.indexOf('\\') < 0) return s;
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                b.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case '\n' -> { }
                case '\\' -> b.append('\\');
                case '\'' -> b.append('\'');
                case '"' -> b.append('"');
                case 'a' -> b.append('\u0007');
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'v' -> b.append('\u000b');
                case 'x', 'u', 'U' -> {
                    int len = n == 'x' ? 2 : n == 'u' ? 4 : 8;
                    if (isHex(s, i + 1, len)) {
                        b.appendCodePoint(Integer.parseInt(s.substring(i + 1, i + 1 + len), 16));
                        i += len;
                    } else {
                        b.append('\\').append(n);
                    }
                }
                default -> {
                    if (n >= '0' && n <= '7') {
                        int e = i;
                        while (e < s.length() && e < i + 3 && s.charAt(e) >= '0' && s.charAt(e) <= '7') e++;
                        b.append((char) Integer.parseInt(s.substring(i, e), 8));
                        i = e - 1;
                    } else {
                        b.append('\\').append(n);
                    }
                }
            }
        }
        return b.toString();
    }

    private static boolean isHex(String s, int from, int len) {
        if (from + len > s.length()) return false;
        for (int i = from; i < from + len; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) return false;
        }
        return true;
    }

    // ------------------------------------------------------------------------------------------
    // Template segments

    /** The line of {@code pos}; positions only grow, so each newline is counted once. */
    private int lineAt(int pos) {
        for (; counted < pos && counted < src.length(); counted++) if (src.charAt(counted) == '\n') countedLine++;
        return countedLine;
    }

    private List<Seg> run() {
        String s = src;
        List<Seg> segs = new ArrayList<>();
        int pos = 0;
        boolean lineStarting = true;
        StringBuilder pending = new StringBuilder();
        while (pos <= s.length()) {
            int idx = nextTagStart(s, pos);
            if (idx < 0) {
                pending.append(s, pos, s.length());
                break;
            }
            String text = s.substring(pos, idx);
            char type = s.charAt(idx + 1);
            char sign = idx + 2 < s.length() ? s.charAt(idx + 2) : ' ';
            if (sign == '-') {
                text = PyStr.rstrip(text, null);
            } else if (sign != '+' && type != '{') {
                // lstrip_blocks: whitespace from the line start up to a block or comment tag
                int lpos = text.lastIndexOf('\n') + 1;
                if ((lpos > 0 || lineStarting) && lpos < text.length()
                        && PyStr.isWhitespace(text.substring(lpos))) {
                    text = text.substring(0, lpos);
                }
            }
            pending.append(text);
            line = lineAt(idx);
            int bodyStart = idx + 2 + (sign == '-' || sign == '+' ? 1 : 0);
            int[] end;
            String body;
            if (type == '#') {
                int e = s.indexOf("#}", bodyStart);
                if (e < 0) throw syntax("unclosed comment", line);
                char before = s.charAt(e - 1);
                int close = e + 2;
                boolean minus = before == '-' && e - 1 >= bodyStart;
                boolean plus = before == '+' && e - 1 >= bodyStart;
                end = new int[] {close, minus ? 1 : plus ? 2 : 0};
                body = null;
            } else {
                end = findTagEnd(s, bodyStart, type == '{' ? "}}" : "%}");
                body = s.substring(bodyStart, end[2]);
            }
            int after = end[0];
            if (end[1] == 1) {
                while (after < s.length() && PyStr.isSpace(s.charAt(after))) after++;
            } else if (end[1] == 0 && type != '{' && after < s.length() && s.charAt(after) == '\n') {
                after++; // trim_blocks
            }
            lineStarting = after > 0 && s.charAt(after - 1) == '\n';
            if (type == '#') {
                pos = after;
                continue;
            }
            if (type == '%' && body.strip().equals("raw")) {
                // {% raw %}...{% endraw %}: the text in between is data, taken verbatim
                int[] raw = findEndRaw(s, after);
                String rawText = s.substring(after, raw[0]);
                if (raw[1] == 1) rawText = PyStr.rstrip(rawText, null);
                pending.append(rawText);
                pos = raw[2];
                int a2 = raw[2];
                if (raw[3] == 1) {
                    while (a2 < s.length() && PyStr.isSpace(s.charAt(a2))) a2++;
                } else if (raw[3] == 0 && a2 < s.length() && s.charAt(a2) == '\n') {
                    a2++;
                }
                pos = a2;
                lineStarting = pos > 0 && s.charAt(pos - 1) == '\n';
                continue;
            }
            segs.add(new Seg('T', pending.toString(), line));
            pending.setLength(0);
            segs.add(new Seg(type, body, line));
            pos = after;
        }
        segs.add(new Seg('T', pending.toString(), line));
        return segs;
    }

    private static int nextTagStart(String s, int from) {
        int i = from;
        while (true) {
            int b = s.indexOf('{', i);
            if (b < 0 || b + 1 >= s.length()) return -1;
            char n = s.charAt(b + 1);
            if (n == '{' || n == '%' || n == '#') return b;
            i = b + 1;
        }
    }

    /** Returns {after-close, 1 if '-' / 2 if '+' / 0, start of the close marker (incl. sign)}. */
    private int[] findTagEnd(String s, int from, String close) {
        int depth = 0;
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (PyStr.isSpace(c)) {
                i++;
                continue;
            }
            if (depth == 0) {
                if (s.startsWith("-" + close, i)) return new int[] {i + 3, 1, i};
                if (s.startsWith("+" + close, i) && close.equals("%}")) return new int[] {i + 3, 2, i};
                if (s.startsWith(close, i)) return new int[] {i + 2, 0, i};
            }
            Tok t = lexOne(s, i, line);
            if (t.op("(") || t.op("[") || t.op("{")) depth++;
            if (t.op(")") || t.op("]") || t.op("}")) depth = Math.max(0, depth - 1);
            i += t.text().length();
        }
        throw syntax("unclosed tag, expected '" + close + "'", line);
    }

    /** {start of endraw tag text-end, minus-before, after-close, sign-after}. */
    private int[] findEndRaw(String s, int from) {
        int i = from;
        while (true) {
            int b = s.indexOf("{%", i);
            if (b < 0) throw syntax("missing endraw", line);
            int j = b + 2;
            int minus = 0;
            if (j < s.length() && (s.charAt(j) == '-' || s.charAt(j) == '+')) {
                minus = s.charAt(j) == '-' ? 1 : 0;
                j++;
            }
            while (j < s.length() && PyStr.isSpace(s.charAt(j))) j++;
            if (s.startsWith("endraw", j)) {
                j += 6;
                while (j < s.length() && PyStr.isSpace(s.charAt(j))) j++;
                int sign = 0;
                if (s.charAt(j) == '-' || s.charAt(j) == '+') {
                    sign = s.charAt(j) == '-' ? 1 : 2;
                    j++;
                }
                if (s.startsWith("%}", j)) return new int[] {b, minus, j + 2, sign};
            }
            i = b + 2;
        }
    }
}
