package io.github.llamaffm.json;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** GBNF text helpers: literals, character classes, repetition and decimal integer ranges. */
final class Gbnf {
    private Gbnf() {}

    /** A GBNF string literal matching exactly {@code s}. */
    static String literal(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (cp < 0x20 || cp == 0x7F) sb.append(String.format("\\x%02X", cp));
                    else sb.appendCodePoint(cp);
                }
            }
        });
        return sb.append('"').toString();
    }

    /** One code point as it may appear inside a GBNF character class. */
    static String classChar(int cp) {
        return switch (cp) {
            case '\\' -> "\\\\";
            case ']' -> "\\]";
            case '[' -> "\\[";
            case '-' -> "\\-";
            case '^' -> "\\^";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> cp < 0x20 || cp == 0x7F ? String.format("\\x%02X", cp) : new String(Character.toChars(cp));
        };
    }

    /** {@code expr} repeated {@code min} to {@code max} times ({@code max < 0}: unbounded). */
    static String repeat(String expr, int min, int max) {
        String e = expr.matches("[\\w-]+|\"[^\"]*\"|\\[[^\\]]*\\]") ? expr : "(" + expr + ")";
        if (max < 0) {
            return switch (min) {
                case 0 -> e + "*";
                case 1 -> e + "+";
                default -> e + "{" + min + ",}";
            };
        }
        if (max == 0) return "";
        if (min == max) return min == 1 ? e : e + "{" + min + "}";
        if (min == 0 && max == 1) return e + "?";
        return e + "{" + min + "," + max + "}";
    }

    /**
     * Digits (optionally signed) of exactly the integers in {@code [lo, hi]}; null bounds are
     * open, capped at {@code maxDigits} digits so output stays finite.
     */
    static String integerRange(BigInteger lo, BigInteger hi, int maxDigits) {
        BigInteger cap = BigInteger.TEN.pow(maxDigits).subtract(BigInteger.ONE);
        if (lo == null || lo.compareTo(cap.negate()) < 0) lo = cap.negate();
        if (hi == null || hi.compareTo(cap) > 0) hi = cap;
        if (lo.compareTo(hi) > 0) throw new IllegalArgumentException("empty integer range [" + lo + ", " + hi + "]");
        List<String> alts = new ArrayList<>();
        if (lo.signum() < 0) {
            // Negative part: "-" followed by the magnitudes in [max(1, -hi), -lo].
            BigInteger negHi = lo.negate();
            BigInteger negLo = hi.signum() < 0 ? hi.negate() : BigInteger.ONE;
            alts.add("\"-\" " + paren(nonNegative(negLo, negHi)));
        }
        if (hi.signum() >= 0) alts.add(nonNegative(lo.signum() > 0 ? lo : BigInteger.ZERO, hi));
        // Always one group: callers append to it (a fraction, space).
        return "(" + String.join(" | ", alts) + ")";
    }

    private static String paren(String s) {
        return s.contains(" | ") ? "(" + s + ")" : s;
    }

    /** Integers in [lo, hi] (both >= 0), without leading zeros: split by digit count. */
    private static String nonNegative(BigInteger lo, BigInteger hi) {
        String a = lo.toString(), b = hi.toString();
        List<String> alts = new ArrayList<>();
        for (int len = a.length(); len <= b.length(); len++) {
            String from = len == a.length() ? a : "1" + "0".repeat(len - 1);
            String to = len == b.length() ? b : "9".repeat(len);
            alts.add(sameLength(from, to));
        }
        return String.join(" | ", alts);
    }

    /** Digit strings of one length between {@code a} and {@code b} inclusive. */
    private static String sameLength(String a, String b) {
        if (a.isEmpty()) return "";
        if (a.equals(b)) return literal(a);
        char da = a.charAt(0), db = b.charAt(0);
        String ra = a.substring(1), rb = b.substring(1);
        if (da == db) return join(literal(String.valueOf(da)), paren(sameLength(ra, rb)));
        List<String> alts = new ArrayList<>();
        boolean lowFull = ra.chars().allMatch(c -> c == '0');
        boolean highFull = rb.chars().allMatch(c -> c == '9');
        char midLo = lowFull ? da : (char) (da + 1);
        char midHi = highFull ? db : (char) (db - 1);
        if (!lowFull) alts.add(join(literal(String.valueOf(da)), paren(sameLength(ra, "9".repeat(ra.length())))));
        if (midLo <= midHi) {
            String head = midLo == midHi ? literal(String.valueOf(midLo)) : "[" + midLo + "-" + midHi + "]";
            alts.add(join(head, repeat("[0-9]", ra.length(), ra.length())));
        }
        if (!highFull) alts.add(join(literal(String.valueOf(db)), paren(sameLength("0".repeat(rb.length()), rb))));
        return String.join(" | ", alts);
    }

    private static String join(String x, String y) {
        return y.isEmpty() ? x : x + " " + y;
    }
}
