package io.github.llamaffm.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Translates Jinja2 template source (as Hugging Face renders chat templates: {@code trim_blocks},
 * {@code lstrip_blocks}, loop controls) into a Jinjava template whose expressions only call the
 * Python-semantics runtime in {@link PyRuntime}.
 *
 * <p>Why a translator instead of handing the source to Jinjava as it is: Jinjava parses template
 * expressions as Java EL (JUEL). Measured against the real chat templates, that differs from
 * Jinja2 in ways that change output or fail: operator precedence and named-argument binding
 * ({@code f(x=a|length - 1)}), slices with expressions or steps ({@code [::-1]}), string escapes
 * ({@code '\u00e9'}), {@code ==} coercing {@code 1 == '1'}, {@code and}/{@code or} returning
 * booleans, {@code "=" * 3}, chained comparisons, adjacent string literals, loop filters
 * ({@code for x in y if c}, silently rendered as nothing), {@code loop.previtem},
 * None-versus-undefined, and whitespace control around expressions. So this class does what
 * Jinja2's own lexer and parser do (same whitespace rules, same grammar and precedence) and emits,
 * for each expression, fully parenthesised calls ({@code __eq(a, b)}, {@code __ga(obj, 'attr')},
 * {@code __f('trim', x, ...)}) whose semantics are Python's. Jinjava still does the rest: the
 * statement tree ({@code if}/{@code for}/{@code set}/{@code macro}), scoping, macros and output.
 *
 * <p>String constants are not re-quoted into EL literals (JUEL knows only {@code \'} and
 * {@code \\} escapes); they go into a constant table read as {@code __k[i]}. Text between tags
 * that contains braces or {@code %}/{@code #} is emitted the same way, so no text can form a
 * Jinjava delimiter after whitespace stripping.
 */
final class JinjaTranslator {

    /** The result: Jinjava source plus the constant table it reads as {@code __k}. */
    record Translation(String source, List<Object> constants) {
    }

    private JinjaTranslator() {
    }

    static Translation translate(String jinja) {
        Emitter e = new Emitter();
        e.run(normalize(jinja));
        return new Translation(e.out.toString(), List.copyOf(e.constants));
    }

    /** Jinja2's lexer: newlines normalised to \n, one trailing newline dropped (keep_trailing_newline=False). */
    static String normalize(String s) {
        String n = s.replace("\r\n", "\n").replace('\r', '\n');
        return n.endsWith("\n") ? n.substring(0, n.length() - 1) : n;
    }

    // ------------------------------------------------------------------------------------------
    // Expression tokens

    enum Kind { NAME, STRING, INT, FLOAT, OP, EOF }

    record Tok(Kind kind, String text, Object value, int pos) {
        boolean op(String o) {
            return kind == Kind.OP && text.equals(o);
        }

        boolean name(String n) {
            return kind == Kind.NAME && text.equals(n);
        }
    }

    private static final String[] OPS = {
        "**", "//", "==", "!=", "<=", ">=", "+", "-", "/", "*", "%", "~", "[", "]", "(", ")", "{", "}",
        ">", "<", "=", ".", ":", "|", ",", ";"
    };

    /** Reads one expression token at {@code pos} (whitespace already skipped); null at end. */
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

    static ChatTemplateException syntax(String msg, int line) {
        return new ChatTemplateException("template syntax error at line " + line + ": " + msg);
    }

    // ------------------------------------------------------------------------------------------
    // Template-level lexing and emission

    private static final class Emitter {
        final StringBuilder out = new StringBuilder();
        final List<Object> constants = new ArrayList<>();
        /** Stack of open block keywords, to translate endset/else inside for, macro defaults... */
        final List<String> blocks = new ArrayList<>();
        String src;
        int line = 1;

        int constant(Object v) {
            for (int i = 0; i < constants.size(); i++) {
                Object c = constants.get(i);
                if (c.getClass() == v.getClass() && c.equals(v)) return i;
            }
            constants.add(v);
            return constants.size() - 1;
        }

        void text(String t) {
            if (t.isEmpty()) return;
            boolean special = false;
            for (int i = 0; i < t.length() && !special; i++) {
                char c = t.charAt(i);
                special = c == '{' || c == '}' || c == '%' || c == '#';
            }
            if (special) {
                out.append("{{ __k[").append(constant(t)).append("] }}");
            } else {
                out.append(t);
            }
        }

        int lineAt(int pos) {
            int l = 1;
            for (int i = 0; i < pos && i < src.length(); i++) if (src.charAt(i) == '\n') l++;
            return l;
        }

        void run(String s) {
            src = s;
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
            // Macros can be called before their definition in the source (from other macros):
            // collect every signature first.
            for (Seg g : segs) {
                if (g.kind == '%') {
                    Parser p = new Parser(g.body, g.line);
                    if (p.peek().name("macro")) {
                        p.next();
                        Macro m = parseMacroSignature(p, g.line);
                        macros.put(m.name, m);
                    }
                }
            }
            for (Seg g : segs) {
                line = g.line;
                switch (g.kind) {
                    case 'T' -> text(g.body);
                    case '{' -> out.append("{{ ").append(emit(new Parser(g.body, line).parseWhole())).append(" }}");
                    default -> statement(g.body);
                }
            }
            if (!blocks.isEmpty()) throw syntax("unclosed '" + blocks.get(blocks.size() - 1) + "' block", line);
        }

        record Seg(char kind, String body, int line) {
        }

        /** A macro's signature: parameter names (template spelling) and their default expressions. */
        record Macro(String name, List<String> params, List<Expr> defaults) {
        }

        final List<Seg> segs = new ArrayList<>();
        final java.util.Map<String, Macro> macros = new java.util.HashMap<>();
        /** Parameters of the macro whose body is being emitted (read through {@code __u}). */
        java.util.Set<String> macroParams = java.util.Set.of();

        Macro parseMacroSignature(Parser p, int ln) {
            String name = p.expectName();
            p.expect("(");
            List<String> params = new ArrayList<>();
            List<Expr> defaults = new ArrayList<>();
            if (!p.accept(")")) {
                do {
                    if (p.peek().op(")")) break;
                    params.add(p.expectName());
                    defaults.add(p.accept("=") ? p.parseExpression(true) : null);
                } while (p.accept(","));
                p.expect(")");
            }
            p.expectEnd();
            return new Macro(name, params, defaults);
        }

        int nextTagStart(String s, int from) {
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
        int[] findTagEnd(String s, int from, String close) {
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
        int[] findEndRaw(String s, int from) {
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

        // --------------------------------------------------------------------------------------
        // Statements

        void statement(String body) {
            Parser p = new Parser(body, line);
            Tok head = p.next();
            if (head.kind != Kind.NAME) throw syntax("expected a tag name", line);
            switch (head.text) {
                case "if" -> {
                    blocks.add("if");
                    out.append("{% if __t(").append(emit(p.parseWhole())).append(") %}");
                }
                case "elif" -> out.append("{% elif __t(").append(emit(p.parseWhole())).append(") %}");
                case "else" -> {
                    p.expectEnd();
                    out.append("{% else %}");
                }
                case "endif" -> close("if", "{% endif %}");
                case "for" -> forStatement(p);
                case "endfor" -> close("for", "{% endpyfor %}");
                case "set" -> setStatement(p);
                case "endset" -> close("set", "{% endset %}");
                case "macro" -> macroStatement(p);
                case "endmacro" -> {
                    close("macro", "{% endmacro %}");
                    macroParams = java.util.Set.of();
                }
                case "filter" -> {
                    blocks.add("filter");
                    Expr chain = new Name(BODY);
                    do {
                        chain = p.parseFilterCall(chain);
                    } while (p.accept("|"));
                    p.expectEnd();
                    out.append("{% pyfilter ").append(emit(chain)).append(" %}");
                }
                case "endfilter" -> close("filter", "{% endpyfilter %}");
                // transformers' AssistantTracker tag: renders its body unchanged
                case "generation" -> {
                    p.expectEnd();
                    blocks.add("generation");
                }
                case "endgeneration" -> close("generation", "");
                case "break", "continue" -> {
                    p.expectEnd();
                    if (!blocks.contains("for")) throw syntax("'" + head.text + "' outside a loop", line);
                    out.append("{% ").append(head.text).append(" %}");
                }
                // not "do": transformers does not load jinja2.ext.do, so templates cannot use it either
                default -> throw syntax("unsupported tag '" + head.text + "'", line);
            }
        }

        void close(String kind, String emitted) {
            if (blocks.isEmpty() || !blocks.get(blocks.size() - 1).equals(kind)) {
                throw syntax("unexpected 'end" + kind + "'"
                        + (blocks.isEmpty() ? "" : " (open block: '" + blocks.get(blocks.size() - 1) + "')"), line);
            }
            blocks.remove(blocks.size() - 1);
            out.append(emitted);
        }

        void forStatement(Parser p) {
            List<String> targets = new ArrayList<>();
            boolean paren = p.accept("(");
            do {
                targets.add(var(p.expectName()));
            } while (p.accept(","));
            if (paren) p.expect(")");
            if (!p.next().name("in")) throw syntax("expected 'in' in for loop", line);
            Expr iter = p.parseTupleNoCond();
            Expr cond = null;
            if (p.peek().name("if")) {
                p.next();
                cond = p.parseExpression(true);
            }
            if (p.peek().name("recursive")) throw syntax("recursive loops are not supported", line);
            p.expectEnd();
            blocks.add("for");
            out.append("{% pyfor ").append(String.join(",", targets)).append(" __in__ ").append(emit(iter));
            if (cond != null) out.append(" __if__ ").append(emit(cond));
            out.append(" %}");
        }

        void setStatement(Parser p) {
            List<String> targets = new ArrayList<>();
            do {
                String n = var(p.expectName());
                if (p.accept(".")) n = n + "." + p.expectName();
                targets.add(n);
            } while (p.accept(","));
            if (p.peek().kind == Kind.EOF) {
                if (targets.size() != 1 || targets.get(0).contains(".")) throw syntax("bad block set", line);
                blocks.add("set");
                out.append("{% set ").append(targets.get(0)).append(" %}");
                return;
            }
            if (p.peek().op("|")) throw syntax("filtered block set is not supported", line);
            p.expect("=");
            Expr value = p.parseTupleNoCondAllowCond();
            p.expectEnd();
            if (targets.size() == 1) {
                out.append("{% set ").append(targets.get(0)).append(" = ").append(emit(value)).append(" %}");
            } else {
                out.append("{% set __unpack = __unpack(").append(emit(value)).append(", ")
                        .append(targets.size()).append(") %}");
                for (int i = 0; i < targets.size(); i++) {
                    out.append("{% set ").append(targets.get(i)).append(" = __unpack[").append(i).append("] %}");
                }
            }
        }

        /**
         * Jinjava's macros differ from Jinja2's in two ways that matter: a parameter the caller
         * did not pass is not bound, so its name resolves to a variable of the caller's scope;
         * and defaults are split at every comma and mostly fail to parse. So every call passes
         * every parameter (a missing one as the UNDEFINED marker), reads of parameters go
         * through {@code __u} (marker to undefined), and defaults are applied at the top of the
         * body.
         */
        void macroStatement(Parser p) {
            Macro m = parseMacroSignature(p, line);
            blocks.add("macro");
            List<String> names = new ArrayList<>();
            for (String n : m.params) names.add(var(n));
            out.append("{% macro ").append(var(m.name)).append("(").append(String.join(", ", names)).append(") %}");
            macroParams = new java.util.HashSet<>(m.params);
            for (int i = 0; i < names.size(); i++) {
                if (m.defaults.get(i) != null) {
                    out.append("{% if __isundefarg(").append(names.get(i)).append(") %}{% set ").append(names.get(i))
                            .append(" = __arg(").append(emit(m.defaults.get(i))).append(") %}{% endif %}");
                }
            }
        }

        // --------------------------------------------------------------------------------------
        // Expression emission

        String k(Object v) {
            return "__k[" + constant(v) + "]";
        }

        String emit(Expr x) {
            return switch (x) {
                case Const c -> constExpr(c.value);
                case Name n -> n.name.equals(BODY) ? "__body"
                        : macroParams.contains(n.name) ? "__u(" + var(n.name) + ")" : var(n.name);
                case ListLit l -> (l.tuple ? "__T(" : "__L(") + list(l.items) + ")";
                case DictLit d -> {
                    List<String> parts = new ArrayList<>();
                    for (int i = 0; i < d.keys.size(); i++) {
                        parts.add(emit(d.keys.get(i)));
                        parts.add(emit(d.values.get(i)));
                    }
                    yield "__D(" + String.join(", ", parts) + ")";
                }
                case Getattr g -> "__ga(" + emit(g.obj) + ", " + k(g.name) + ")";
                case Getitem g -> "__gi(" + emit(g.obj) + ", " + emit(g.key) + ")";
                case Slice s -> "__slice(" + emit(s.obj) + ", " + opt(s.start) + ", " + opt(s.stop) + ", "
                        + opt(s.step) + ")";
                case Call c -> call(c);
                case Filter f -> "__f(" + k(f.name) + ", " + emit(f.value) + ", __L(" + list(f.args) + "), "
                        + kwargs(f.kwNames, f.kwValues) + ")";
                case Test t -> test(t);
                case Unary u -> switch (u.op) {
                    case "not" -> "__not(" + emit(u.x) + ")";
                    case "-" -> "__neg(" + emit(u.x) + ")";
                    default -> "__pos(" + emit(u.x) + ")";
                };
                case Binary b -> binary(b);
                case Compare c -> compare(c);
                case Cond c -> ternary("__t(" + emit(c.test) + ")", emit(c.then),
                        c.otherwise == null ? "null" : emit(c.otherwise));
                case Concat c -> {
                    String acc = emit(c.parts.get(0));
                    for (int i = 1; i < c.parts.size(); i++) acc = "__cat(" + acc + ", " + emit(c.parts.get(i)) + ")";
                    yield acc;
                }
            };
        }

        String constExpr(Object v) {
            if (v == null) return "__none()";
            if (v instanceof Boolean b) return b ? "true" : "false";
            if (v instanceof Long l && l >= 0 && l < 1_000_000_000L) return l.toString();
            return k(v);
        }

        String opt(Expr x) {
            return x == null ? "null" : emit(x);
        }

        String list(List<Expr> items) {
            List<String> parts = new ArrayList<>();
            for (Expr i : items) parts.add(emit(i));
            return String.join(", ", parts);
        }

        String kwargs(List<String> names, List<Expr> values) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                parts.add(k(names.get(i)));
                parts.add(emit(values.get(i)));
            }
            return "__D(" + String.join(", ", parts) + ")";
        }

        String call(Call c) {
            if (c.fn instanceof Getattr g) {
                return "__cm(" + emit(g.obj) + ", " + k(g.name) + ", __L(" + list(c.args) + "), "
                        + kwargs(c.kwNames, c.kwValues) + ")";
            }
            if (c.fn instanceof Name n && macros.containsKey(n.name)) {
                Macro m = macros.get(n.name);
                String[] slots = new String[m.params.size()];
                if (c.args.size() > slots.length) {
                    throw syntax("macro '" + n.name + "' takes " + slots.length + " arguments, got " + c.args.size(), line);
                }
                for (int i = 0; i < c.args.size(); i++) slots[i] = "__arg(" + emit(c.args.get(i)) + ")";
                for (int i = 0; i < c.kwNames.size(); i++) {
                    int at = m.params.indexOf(c.kwNames.get(i));
                    if (at < 0) throw syntax("macro '" + n.name + "' has no parameter '" + c.kwNames.get(i) + "'", line);
                    slots[at] = "__arg(" + emit(c.kwValues.get(i)) + ")";
                }
                for (int i = 0; i < slots.length; i++) if (slots[i] == null) slots[i] = "__missing()";
                return var(n.name) + "(" + String.join(", ", slots) + ")";
            }
            if (c.fn instanceof Name n) {
                List<String> parts = new ArrayList<>();
                for (Expr a : c.args) parts.add(emit(a));
                for (int i = 0; i < c.kwNames.size(); i++) {
                    parts.add(var(c.kwNames.get(i)) + "=(" + emit(c.kwValues.get(i)) + ")");
                }
                String fn = BUILTINS.contains(n.name) ? "__fn_" + n.name : var(n.name);
                return fn + "(" + String.join(", ", parts) + ")";
            }
            throw syntax("only named functions, macros and methods can be called", line);
        }

        String test(Test t) {
            String name = t.name;
            if (t.args.isEmpty() && (name.equals("defined") || name.equals("undefined"))) {
                String r = "__isdef(" + emit(t.value) + ")";
                return name.equals("defined") ? r : "__not(" + r + ")";
            }
            return "__is(" + k(name) + ", " + emit(t.value) + ", __L(" + list(t.args) + "))";
        }

        String binary(Binary b) {
            return switch (b.op) {
                case "and" -> ternary("__t(" + emit(b.left) + ")", emit(b.right), emit(b.left));
                case "or" -> ternary("__t(" + emit(b.left) + ")", emit(b.left), emit(b.right));
                default -> "__" + switch (b.op) {
                    case "+" -> "add";
                    case "-" -> "sub";
                    case "*" -> "mul";
                    case "/" -> "div";
                    case "//" -> "floordiv";
                    case "%" -> "mod";
                    case "**" -> "pow";
                    default -> throw new IllegalStateException(b.op);
                } + "(" + emit(b.left) + ", " + emit(b.right) + ")";
            };
        }

        String compare(Compare c) {
            List<String> parts = new ArrayList<>();
            Expr left = c.first;
            for (int i = 0; i < c.ops.size(); i++) {
                String fn = switch (c.ops.get(i)) {
                    case "==" -> "__eq";
                    case "!=" -> "__ne";
                    case "<" -> "__lt";
                    case "<=" -> "__le";
                    case ">" -> "__gt";
                    case ">=" -> "__ge";
                    case "in" -> "__in";
                    default -> "__notin";
                };
                parts.add(fn + "(" + emit(left) + ", " + emit(c.rest.get(i)) + ")");
                left = c.rest.get(i);
            }
            String acc = parts.get(parts.size() - 1);
            for (int i = parts.size() - 2; i >= 0; i--) acc = ternary(parts.get(i), acc, "false");
            return acc;
        }

        /**
         * EL's conditional. Both branches are parenthesised: in EL, {@code name : f(x)} parses as
         * the namespaced function call {@code name:f(x)}.
         */
        String ternary(String test, String then, String otherwise) {
            return "(" + test + " ? (" + then + ") : (" + otherwise + "))";
        }
    }

    /** The filter block's text (not a Jinja identifier, so no template name can collide). */
    static final String BODY = "$body";

    /** Functions Jinja2 templates call by name that the runtime provides. */
    static final Set<String> BUILTINS = Set.of("range", "namespace", "dict", "raise_exception", "strftime_now");

    /** JUEL reserved words, and the runtime's own prefix: template names that collide are renamed. */
    private static final Set<String> RESERVED = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge",
            "true", "false", "null", "empty", "div", "mod", "instanceof", "in", "is", "if", "else");

    static String var(String name) {
        if (RESERVED.contains(name) || name.startsWith("__")) return "__v_" + name;
        return name;
    }

    /** The template's own name for a (possibly renamed) variable. */
    static String unvar(String name) {
        return name.startsWith("__v_") ? name.substring(4) : name;
    }

    // ------------------------------------------------------------------------------------------
    // Expression AST (Jinja2's nodes, as far as templates use them)

    sealed interface Expr permits Const, Name, ListLit, DictLit, Getattr, Getitem, Slice, Call, Filter, Test,
            Unary, Binary, Compare, Cond, Concat {
    }

    record Const(Object value) implements Expr {
    }

    record Name(String name) implements Expr {
    }

    record ListLit(List<Expr> items, boolean tuple) implements Expr {
        ListLit(List<Expr> items) {
            this(items, false);
        }
    }

    record DictLit(List<Expr> keys, List<Expr> values) implements Expr {
    }

    record Getattr(Expr obj, String name) implements Expr {
    }

    record Getitem(Expr obj, Expr key) implements Expr {
    }

    record Slice(Expr obj, Expr start, Expr stop, Expr step) implements Expr {
    }

    record Call(Expr fn, List<Expr> args, List<String> kwNames, List<Expr> kwValues) implements Expr {
    }

    record Filter(Expr value, String name, List<Expr> args, List<String> kwNames, List<Expr> kwValues)
            implements Expr {
    }

    record Test(Expr value, String name, List<Expr> args) implements Expr {
    }

    record Unary(String op, Expr x) implements Expr {
    }

    record Binary(String op, Expr left, Expr right) implements Expr {
    }

    record Compare(Expr first, List<String> ops, List<Expr> rest) implements Expr {
    }

    record Cond(Expr test, Expr then, Expr otherwise) implements Expr {
    }

    record Concat(List<Expr> parts) implements Expr {
    }

    /** Jinja2's expression parser (jinja2/parser.py), same grammar and precedence. */
    static final class Parser {
        private final List<Tok> toks = new ArrayList<>();
        private final int line;
        private int i;

        Parser(String s, int line) {
            this.line = line;
            int pos = 0;
            while (true) {
                while (pos < s.length() && PyStr.isSpace(s.charAt(pos))) pos++;
                if (pos >= s.length()) break;
                Tok t = lexOne(s, pos, line);
                toks.add(t);
                pos += t.text.length();
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
            if (t.kind != Kind.EOF) i++;
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
            if (!accept(op)) throw syntax("expected '" + op + "', got '" + peek().text + "'", line);
        }

        String expectName() {
            Tok t = next();
            if (t.kind != Kind.NAME) throw syntax("expected a name, got '" + t.text + "'", line);
            return t.text;
        }

        void expectEnd() {
            if (peek().kind != Kind.EOF) throw syntax("unexpected '" + peek().text + "'", line);
        }

        Expr parseWhole() {
            Expr e = parseTupleNoCondAllowCond();
            expectEnd();
            return e;
        }

        /** parse_tuple(): an expression or a bare tuple {@code a, b}. */
        Expr parseTupleNoCondAllowCond() {
            Expr first = parseExpression(true);
            if (!peek().op(",")) return first;
            List<Expr> items = new ArrayList<>(List.of(first));
            while (accept(",")) {
                if (peek().kind == Kind.EOF) break;
                items.add(parseExpression(true));
            }
            return new ListLit(items, true);
        }

        /** The iterable of a for loop: parse_tuple(with_condexpr=False). */
        Expr parseTupleNoCond() {
            Expr first = parseExpression(false);
            if (!peek().op(",")) return first;
            List<Expr> items = new ArrayList<>(List.of(first));
            while (accept(",")) {
                if (peek().kind == Kind.EOF || peek().name("if")) break;
                items.add(parseExpression(false));
            }
            return new ListLit(items, true);
        }

        Expr parseExpression(boolean withCondexpr) {
            return withCondexpr ? parseCondexpr() : parseOr();
        }

        Expr parseCondexpr() {
            Expr e1 = parseOr();
            while (peek().name("if")) {
                next();
                Expr e2 = parseOr();
                Expr e3 = null;
                if (peek().name("else")) {
                    next();
                    e3 = parseCondexpr();
                }
                e1 = new Cond(e2, e1, e3);
            }
            return e1;
        }

        Expr parseOr() {
            Expr left = parseAnd();
            while (peek().name("or")) {
                next();
                left = new Binary("or", left, parseAnd());
            }
            return left;
        }

        Expr parseAnd() {
            Expr left = parseNot();
            while (peek().name("and")) {
                next();
                left = new Binary("and", left, parseNot());
            }
            return left;
        }

        Expr parseNot() {
            if (peek().name("not")) {
                next();
                return new Unary("not", parseNot());
            }
            return parseCompare();
        }

        Expr parseCompare() {
            Expr first = parseMath1();
            List<String> ops = new ArrayList<>();
            List<Expr> rest = new ArrayList<>();
            while (true) {
                Tok t = peek();
                if (t.kind == Kind.OP && Set.of("==", "!=", "<", "<=", ">", ">=").contains(t.text)) {
                    next();
                    ops.add(t.text);
                } else if (t.name("in")) {
                    next();
                    ops.add("in");
                } else if (t.name("not") && peek2().name("in")) {
                    next();
                    next();
                    ops.add("notin");
                } else {
                    break;
                }
                rest.add(parseMath1());
            }
            return ops.isEmpty() ? first : new Compare(first, ops, rest);
        }

        Expr parseMath1() {
            Expr left = parseConcat();
            while (peek().op("+") || peek().op("-")) {
                String op = next().text;
                left = new Binary(op, left, parseConcat());
            }
            return left;
        }

        Expr parseConcat() {
            List<Expr> parts = new ArrayList<>(List.of(parseMath2()));
            while (accept("~")) parts.add(parseMath2());
            return parts.size() == 1 ? parts.get(0) : new Concat(parts);
        }

        Expr parseMath2() {
            Expr left = parsePow();
            while (peek().op("*") || peek().op("/") || peek().op("//") || peek().op("%")) {
                String op = next().text;
                left = new Binary(op, left, parsePow());
            }
            return left;
        }

        Expr parsePow() {
            Expr left = parseUnary(true);
            while (accept("**")) left = new Binary("**", left, parseUnary(true));
            return left;
        }

        Expr parseUnary(boolean withFilter) {
            Expr node;
            if (accept("-")) {
                node = new Unary("-", parseUnary(false));
            } else if (accept("+")) {
                node = new Unary("+", parseUnary(false));
            } else {
                node = parsePostfix(parsePrimary());
            }
            return withFilter ? parseFilterExpr(node) : node;
        }

        Expr parsePrimary() {
            Tok t = next();
            switch (t.kind) {
                case NAME -> {
                    return switch (t.text) {
                        case "true", "True" -> new Const(Boolean.TRUE);
                        case "false", "False" -> new Const(Boolean.FALSE);
                        case "none", "None" -> new Const(null);
                        default -> new Name(t.text);
                    };
                }
                case STRING -> {
                    StringBuilder b = new StringBuilder((String) t.value);
                    while (peek().kind == Kind.STRING) b.append((String) next().value);
                    return new Const(b.toString());
                }
                case INT, FLOAT -> {
                    return new Const(t.value);
                }
                case OP -> {
                    if (t.text.equals("(")) return parseParenthesized();
                    if (t.text.equals("[")) {
                        List<Expr> items = new ArrayList<>();
                        while (!peek().op("]")) {
                            if (!items.isEmpty()) expect(",");
                            if (peek().op("]")) break;
                            items.add(parseExpression(true));
                        }
                        expect("]");
                        return new ListLit(items);
                    }
                    if (t.text.equals("{")) {
                        List<Expr> keys = new ArrayList<>();
                        List<Expr> values = new ArrayList<>();
                        while (!peek().op("}")) {
                            if (!keys.isEmpty()) expect(",");
                            if (peek().op("}")) break;
                            keys.add(parseExpression(true));
                            expect(":");
                            values.add(parseExpression(true));
                        }
                        expect("}");
                        return new DictLit(keys, values);
                    }
                }
                default -> {
                }
            }
            throw syntax("unexpected '" + t.text + "'", line);
        }

        Expr parseParenthesized() {
            if (accept(")")) return new ListLit(List.of(), true);
            Expr first = parseExpression(true);
            if (accept(")")) return first;
            List<Expr> items = new ArrayList<>(List.of(first));
            while (accept(",")) {
                if (peek().op(")")) break;
                items.add(parseExpression(true));
            }
            expect(")");
            return new ListLit(items, true);
        }

        Expr parsePostfix(Expr node) {
            while (true) {
                if (peek().op(".") || peek().op("[")) {
                    node = parseSubscript(node);
                } else if (peek().op("(")) {
                    node = parseCall(node);
                } else {
                    return node;
                }
            }
        }

        Expr parseFilterExpr(Expr node) {
            while (true) {
                if (peek().op("|")) {
                    next();
                    node = parseFilterCall(node);
                } else if (peek().name("is")) {
                    node = parseTest(node);
                } else if (peek().op("(")) {
                    node = parseCall(node);
                } else {
                    return node;
                }
            }
        }

        /** A filter name and its arguments (the '|' already consumed). */
        Expr parseFilterCall(Expr node) {
            String name = expectName();
            while (accept(".")) name = name + "." + expectName();
            List<Expr> args = new ArrayList<>();
            List<String> kwn = new ArrayList<>();
            List<Expr> kwv = new ArrayList<>();
            if (peek().op("(")) callArgs(args, kwn, kwv);
            return new Filter(node, name, args, kwn, kwv);
        }

        Expr parseTest(Expr node) {
            next(); // is
            boolean negated = false;
            if (peek().name("not")) {
                next();
                negated = true;
            }
            String name = expectName();
            while (accept(".")) name = name + "." + expectName();
            List<Expr> args = new ArrayList<>();
            Tok c = peek();
            if (c.op("(")) {
                List<String> kwn = new ArrayList<>();
                callArgs(args, kwn, new ArrayList<>());
                if (!kwn.isEmpty()) throw syntax("keyword arguments to tests are not supported", line);
            } else if ((c.kind == Kind.NAME || c.kind == Kind.STRING || c.kind == Kind.INT || c.kind == Kind.FLOAT
                    || c.op("[") || c.op("{")) && !c.name("else") && !c.name("or") && !c.name("and")) {
                if (c.name("is")) throw syntax("you cannot chain multiple tests with is", line);
                args.add(parsePostfix(parsePrimary()));
            }
            Expr t = new Test(node, name, args);
            return negated ? new Unary("not", t) : t;
        }

        Expr parseSubscript(Expr node) {
            Tok t = next();
            if (t.op(".")) {
                Tok a = next();
                if (a.kind == Kind.NAME) return new Getattr(node, a.text);
                if (a.kind == Kind.INT) return new Getitem(node, new Const(a.value));
                throw syntax("expected name or number after '.'", line);
            }
            List<Expr> subs = new ArrayList<>();
            while (!peek().op("]")) {
                if (!subs.isEmpty()) expect(",");
                subs.add(parseSubscribed(node));
            }
            expect("]");
            if (subs.size() == 1) {
                Expr s = subs.get(0);
                if (s instanceof Slice) return s;
                return new Getitem(node, s);
            }
            throw syntax("tuple subscripts are not supported", line);
        }

        Expr parseSubscribed(Expr node) {
            Expr start = null;
            if (!peek().op(":")) {
                start = parseExpression(true);
                if (!peek().op(":")) return start;
            }
            expect(":");
            Expr stop = null;
            Expr step = null;
            if (!peek().op("]") && !peek().op(",") && !peek().op(":")) stop = parseExpression(true);
            if (accept(":")) {
                if (!peek().op("]") && !peek().op(",")) step = parseExpression(true);
            }
            return new Slice(node, start, stop, step);
        }

        Expr parseCall(Expr node) {
            List<Expr> args = new ArrayList<>();
            List<String> kwn = new ArrayList<>();
            List<Expr> kwv = new ArrayList<>();
            callArgs(args, kwn, kwv);
            return new Call(node, args, kwn, kwv);
        }

        void callArgs(List<Expr> args, List<String> kwn, List<Expr> kwv) {
            expect("(");
            boolean first = true;
            while (!peek().op(")")) {
                if (!first) {
                    expect(",");
                    if (peek().op(")")) break;
                }
                first = false;
                if (peek().op("*") || peek().op("**")) throw syntax("*args and **kwargs are not supported", line);
                if (peek().kind == Kind.NAME && peek2().op("=")) {
                    kwn.add(next().text);
                    next();
                    kwv.add(parseExpression(true));
                } else {
                    if (!kwn.isEmpty()) throw syntax("positional argument after keyword argument", line);
                    args.add(parseExpression(true));
                }
            }
            expect(")");
        }
    }
}
