package io.github.llamaffm.json;

import io.github.llamaffm.internal.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * Translates a JSON Schema {@code pattern} (a regular-expression subset) into a GBNF expression
 * for the inside of a JSON string. The whole string must match (a leading {@code ^} and a
 * trailing {@code $} are implied), which is a subset of what the unanchored pattern accepts.
 * Characters that JSON must escape come out escaped; {@code .} and negated classes never produce
 * a quote, a backslash or a control character, so the output is always a valid JSON string.
 *
 * <p>Supported: literals, {@code .}, classes {@code [a-z_]} and {@code [^...]}, {@code \d \w \s}
 * and their negations, escapes, groups {@code (...)} and {@code (?:...)}, {@code |}, and the
 * quantifiers {@code * + ? {n} {n,} {n,m}}. Anything else (backreferences, lookaround, anchors
 * inside) is rejected with an {@link IllegalArgumentException}.
 */
final class RegexGbnf {
    /** What no generated character may be: JSON specials and line terminators. */
    private static final String EXCLUDED = "\"\\\\\\x00-\\x1F\\x7F\u2028\u2029";
    private final String re;
    private final String path;
    private int pos;

    private RegexGbnf(String re, String path) {
        this.re = re;
        this.path = path;
    }

    static String convert(String pattern, String path) {
        String p = pattern;
        if (p.startsWith("^")) p = p.substring(1);
        if (p.endsWith("$") && !p.endsWith("\\$")) p = p.substring(0, p.length() - 1);
        RegexGbnf r = new RegexGbnf(p, path);
        String out = r.alternation();
        if (r.pos != p.length()) throw r.error("unexpected ')'");
        return out.isEmpty() ? "\"\"" : out;
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("pattern at " + path + ": " + what + " (at offset " + pos + " of /" + re + "/)");
    }

    private String alternation() {
        List<String> alts = new ArrayList<>();
        alts.add(sequence());
        while (pos < re.length() && re.charAt(pos) == '|') {
            pos++;
            alts.add(sequence());
        }
        if (alts.size() == 1) return alts.get(0);
        return "(" + String.join(" | ", alts.stream().map(a -> a.isEmpty() ? "\"\"" : a).toList()) + ")";
    }

    private String sequence() {
        List<String> parts = new ArrayList<>();
        while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
            String atom = atom();
            parts.add(quantified(atom));
        }
        return String.join(" ", parts.stream().filter(s -> !s.isEmpty()).toList());
    }

    private String quantified(String atom) {
        if (pos >= re.length()) return atom;
        char c = re.charAt(pos);
        int min, max;
        switch (c) {
            case '*' -> { min = 0; max = -1; pos++; }
            case '+' -> { min = 1; max = -1; pos++; }
            case '?' -> { min = 0; max = 1; pos++; }
            case '{' -> {
                int close = re.indexOf('}', pos);
                if (close < 0) throw error("unclosed '{'");
                String[] mm = re.substring(pos + 1, close).split(",", -1);
                try {
                    min = Integer.parseInt(mm[0].trim());
                    max = mm.length == 1 ? min : mm[1].isBlank() ? -1 : Integer.parseInt(mm[1].trim());
                } catch (NumberFormatException e) {
                    throw error("bad quantifier");
                }
                if (mm.length > 2 || min < 0 || (max >= 0 && max < min)) throw error("bad quantifier");
                pos = close + 1;
            }
            default -> { return atom; }
        }
        if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
            throw error("lazy and possessive quantifiers are not supported");
        }
        return Gbnf.repeat(atom, min, max);
    }

    private String atom() {
        char c = re.charAt(pos++);
        switch (c) {
            case '(' -> {
                if (re.startsWith("?:", pos)) pos += 2;
                else if (pos < re.length() && re.charAt(pos) == '?') throw error("lookaround and named groups are not supported");
                String inner = alternation();
                if (pos >= re.length() || re.charAt(pos) != ')') throw error("unclosed '('");
                pos++;
                return "(" + (inner.isEmpty() ? "\"\"" : inner) + ")";
            }
            case '[' -> {
                return charClass();
            }
            case '.' -> {
                return "[^" + EXCLUDED + "]";
            }
            case '\\' -> {
                return escape();
            }
            case '^', '$' -> throw error("anchors are only supported at the start and end");
            case '*', '+', '?', '{' -> throw error("quantifier without a target");
            default -> {
                pos--;
                int cp = re.codePointAt(pos);
                pos += Character.charCount(cp);
                return jsonLiteral(cp);
            }
        }
    }

    /** A literal character as it appears in JSON text (escaped where JSON requires). */
    private static String jsonLiteral(int cp) {
        StringBuilder sb = new StringBuilder();
        Json.quote(new String(Character.toChars(cp)), sb);
        return Gbnf.literal(sb.substring(1, sb.length() - 1));
    }

    private String escape() {
        if (pos >= re.length()) throw error("trailing backslash");
        char e = re.charAt(pos++);
        return switch (e) {
            case 'd' -> "[0-9]";
            case 'w' -> "[a-zA-Z0-9_]";
            case 's' -> "\" \"";
            case 'D' -> "[^0-9" + EXCLUDED + "]";
            case 'W' -> "[^a-zA-Z0-9_" + EXCLUDED + "]";
            case 'S' -> "[^ " + EXCLUDED + "]";
            case 'n' -> jsonLiteral('\n');
            case 't' -> jsonLiteral('\t');
            case 'r' -> jsonLiteral('\r');
            default -> {
                if (Character.isLetterOrDigit(e)) throw error("escape \\" + e + " is not supported");
                yield jsonLiteral(e);
            }
        };
    }

    /** A bracket class; members that JSON must escape become separate escaped alternatives. */
    private String charClass() {
        boolean negated = pos < re.length() && re.charAt(pos) == '^';
        if (negated) pos++;
        StringBuilder members = new StringBuilder();
        List<String> escapedAlts = new ArrayList<>();
        boolean first = true;
        while (true) {
            if (pos >= re.length()) throw error("unclosed '['");
            char c = re.charAt(pos);
            if (c == ']' && !first) {
                pos++;
                break;
            }
            first = false;
            int lo = classMember();
            if (lo == -2) {
                // \d, \w, \s inside a class
                members.append(lastShorthand);
                continue;
            }
            int hi = lo;
            if (pos + 1 < re.length() && re.charAt(pos) == '-' && re.charAt(pos + 1) != ']') {
                pos++;
                hi = classMember();
                if (hi < lo) throw error("bad class range");
            }
            if (negated) {
                members.append(Gbnf.classChar(lo));
                if (hi != lo) members.append('-').append(Gbnf.classChar(hi));
                continue;
            }
            // Split out what JSON escapes: quote, backslash, control characters.
            for (int[] r : splitSafe(lo, hi)) {
                members.append(Gbnf.classChar(r[0]));
                if (r[1] != r[0]) members.append('-').append(Gbnf.classChar(r[1]));
            }
            for (int cp = lo; cp <= Math.min(hi, 0x7F); cp++) {
                if (cp < 0x20 || cp == '"' || cp == '\\' || cp == 0x7F) escapedAlts.add(jsonLiteral(cp));
            }
        }
        if (negated) return "[^" + members + EXCLUDED + "]";
        List<String> alts = new ArrayList<>();
        if (!members.isEmpty()) alts.add("[" + members + "]");
        alts.addAll(escapedAlts);
        if (alts.isEmpty()) throw error("empty class");
        return alts.size() == 1 ? alts.get(0) : "(" + String.join(" | ", alts) + ")";
    }

    private String lastShorthand;

    /** One class member's code point, or -2 after a shorthand class (kept in lastShorthand). */
    private int classMember() {
        char c = re.charAt(pos++);
        if (c != '\\') {
            pos--;
            int cp = re.codePointAt(pos);
            pos += Character.charCount(cp);
            return cp;
        }
        if (pos >= re.length()) throw error("trailing backslash");
        char e = re.charAt(pos++);
        switch (e) {
            case 'd' -> lastShorthand = "0-9";
            case 'w' -> lastShorthand = "a-zA-Z0-9_";
            case 's' -> lastShorthand = " ";
            case 'n' -> { return '\n'; }
            case 't' -> { return '\t'; }
            case 'r' -> { return '\r'; }
            default -> {
                if (Character.isLetterOrDigit(e)) throw error("escape \\" + e + " is not supported in a class");
                return e;
            }
        }
        return -2;
    }

    /** Sub-ranges of [lo, hi] without the characters JSON escapes. */
    private static List<int[]> splitSafe(int lo, int hi) {
        List<int[]> out = new ArrayList<>();
        int start = -1;
        for (int cp = lo; cp <= hi; cp++) {
            boolean bad = cp < 0x20 || cp == '"' || cp == '\\' || cp == 0x7F || cp == 0x2028 || cp == 0x2029;
            if (cp > 0x2029 && start < 0) {
                // Past every excluded character: the rest is one range.
                out.add(new int[] {cp, hi});
                return out;
            }
            if (!bad && start < 0) start = cp;
            if (bad && start >= 0) {
                out.add(new int[] {start, cp - 1});
                start = -1;
            }
        }
        if (start >= 0) out.add(new int[] {start, hi});
        return out;
    }
}
