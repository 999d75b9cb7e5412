package io.github.llamaffm.json;

import io.github.llamaffm.internal.Json;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import static io.github.llamaffm.json.SchemaKeywords.intOr;
import static io.github.llamaffm.json.SchemaKeywords.text;

/**
 * String and number schemas for {@link SchemaConverter}: string formats, patterns and lengths;
 * integer and number ranges, exact in big integers. The leaves of the conversion: they use the
 * primitive rules and never visit a sub-schema.
 */
final class ScalarRules {
    /** Unbounded integers get at most this many digits (llama.cpp's integral-part has 16). */
    private static final int MAX_DIGITS = 16;

    private final GrammarRules rules;

    ScalarRules(GrammarRules rules) {
        this.rules = rules;
    }

    String string(Json.Obj s, String name, String path) {
        String space = rules.primitive("space");
        boolean lengths = s.get("minLength") != null || s.get("maxLength") != null;
        if (s.get("format") != null) {
            String f = text(s.get("format"), path + "/format");
            if (lengths || s.get("pattern") != null) {
                throw new IllegalArgumentException("format together with pattern or lengths is not supported at " + path);
            }
            if (!List.of("date", "time", "date-time", "uuid").contains(f)) {
                throw new IllegalArgumentException("unsupported string format '" + f + "' at " + path
                        + " (supported: date, time, date-time, uuid)");
            }
            return "\"\\\"\" " + rules.primitive(f) + " \"\\\"\" " + space;
        }
        if (s.get("pattern") != null) {
            if (lengths) throw new IllegalArgumentException("pattern together with minLength/maxLength is not supported at " + path);
            return "\"\\\"\" " + RegexGbnf.convert(text(s.get("pattern"), path + "/pattern"), path + "/pattern") + " \"\\\"\" " + space;
        }
        if (!lengths) return rules.primitive("string");
        int min = intOr(s, "minLength", 0, path);
        int max = intOr(s, "maxLength", -1, path);
        if (max >= 0 && max < min) throw new IllegalArgumentException("maxLength < minLength at " + path);
        String chars = Gbnf.repeat(rules.primitive("char"), min, max);
        return "\"\\\"\" " + (chars.isEmpty() ? "" : chars + " ") + "\"\\\"\" " + space;
    }

    String integer(Json.Obj s, String path) {
        BigInteger lo = bound(s, "minimum", path, true, false);
        BigInteger hi = bound(s, "maximum", path, false, false);
        BigInteger xlo = bound(s, "exclusiveMinimum", path, true, true);
        BigInteger xhi = bound(s, "exclusiveMaximum", path, false, true);
        // Draft 4 writes exclusiveMinimum/Maximum as booleans modifying minimum/maximum.
        if (s.get("exclusiveMinimum") instanceof Json.Bool b && b.value() && lo != null) lo = lo.add(BigInteger.ONE);
        if (s.get("exclusiveMaximum") instanceof Json.Bool b && b.value() && hi != null) hi = hi.subtract(BigInteger.ONE);
        if (xlo != null) lo = lo == null ? xlo : lo.max(xlo);
        if (xhi != null) hi = hi == null ? xhi : hi.min(xhi);
        if (lo == null && hi == null) return rules.primitive("integer");
        return Gbnf.integerRange(lo, hi, MAX_DIGITS) + " " + rules.primitive("space");
    }

    /**
     * A number within integer {@code minimum}/{@code maximum}: the integral part ranges over the
     * bounds (any fraction below the upper one, none at it) and there is no exponent. Exclusive
     * or fractional bounds on numbers are refused.
     */
    String number(Json.Obj s, String path) {
        for (String k : List.of("exclusiveMinimum", "exclusiveMaximum")) {
            if (s.get(k) != null) throw new IllegalArgumentException("'" + k + "' is supported for type integer, not number, at " + path);
        }
        BigInteger lo = exactBound(s, "minimum", path), hi = exactBound(s, "maximum", path);
        if (lo == null && hi == null) return rules.primitive("number");
        BigInteger cap = BigInteger.TEN.pow(MAX_DIGITS).subtract(BigInteger.ONE);
        if (lo == null) lo = cap.negate();
        if (hi == null) hi = cap;
        if (lo.compareTo(hi) > 0) throw new IllegalArgumentException("minimum > maximum at " + path);
        String frac = "(\".\" " + rules.primitive("decimal-part") + ")?";
        List<String> alts = new ArrayList<>();
        if (hi.signum() >= 0) alts.add(belowWithFraction(lo.max(BigInteger.ZERO), hi, frac));
        if (lo.signum() < 0) {
            // Negative values by magnitude: up to -lo, at least -hi when hi is negative.
            BigInteger from = hi.signum() < 0 ? hi.negate() : BigInteger.ZERO;
            alts.add("\"-\" (" + belowWithFraction(from, lo.negate(), frac) + ")");
        }
        return "(" + String.join(" | ", alts) + ") " + rules.primitive("space");
    }

    /** Non-negative decimals in [from, to]: integral part from..to-1 with any fraction, or exactly {@code to}. */
    private static String belowWithFraction(BigInteger from, BigInteger to, String frac) {
        String exact = Gbnf.literal(to.toString());
        if (from.compareTo(to) >= 0) return exact;
        return Gbnf.integerRange(from, to.subtract(BigInteger.ONE), MAX_DIGITS) + " " + frac + " | " + exact;
    }

    private static BigInteger exactBound(Json.Obj s, String key, String path) {
        Json v = s.get(key);
        if (v == null) return null;
        if (!(v instanceof Json.Num n)) throw new IllegalArgumentException(key + " at " + path + " is not a number");
        try {
            return n.value().toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("a fractional " + key + " on type number is not supported at " + path);
        }
    }

    /** An integer bound: inclusive, rounded inward; exclusive ones moved one step inward. */
    private static BigInteger bound(Json.Obj s, String key, String path, boolean lower, boolean exclusive) {
        Json v = s.get(key);
        if (v == null || v instanceof Json.Bool) return null;
        if (!(v instanceof Json.Num n)) throw new IllegalArgumentException(key + " at " + path + " is not a number");
        BigDecimal d = n.value();
        BigInteger r = d.setScale(0, lower ? RoundingMode.CEILING : RoundingMode.FLOOR).toBigIntegerExact();
        if (exclusive && d.compareTo(new BigDecimal(r)) == 0) r = lower ? r.add(BigInteger.ONE) : r.subtract(BigInteger.ONE);
        return r;
    }
}
