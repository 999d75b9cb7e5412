package io.github.llamaffm.internal;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks the trigger patterns of a lazy grammar before llama.cpp compiles them with C++
 * {@code std::regex} (ECMAScript): a pattern it cannot compile throws a C++ exception through the
 * C API, which ends the process. Accepted is the subset that ECMAScript and Java read alike; the
 * pattern must also compile in Java, which catches unbalanced groups, classes and quantifiers.
 */
public final class TriggerPatterns {
    private static final int MAX_LENGTH = 4096;

    private TriggerPatterns() {
    }

    /**
     * Throws unless {@code pattern} is in the accepted subset.
     *
     * @param pattern the pattern
     * @throws NullPointerException     if {@code pattern} is null
     * @throws IllegalArgumentException naming the construct that is refused
     */
    public static void check(String pattern) {
        if (pattern.isEmpty()) throw refused(pattern, "it is empty");
        if (pattern.length() > MAX_LENGTH) throw refused(pattern, "it is longer than " + MAX_LENGTH + " characters");
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw refused(pattern, e.getDescription() + " at index " + e.getIndex());
        }
        boolean inClass = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                if (i + 1 >= pattern.length()) throw refused(pattern, "it ends with a lone backslash");
                char e = pattern.charAt(++i);
                if (Character.isDigit(e) && e != '0') throw refused(pattern, "back-references (\\" + e + ") are not accepted");
                if ("pPkQEAZzGhHRXKvV".indexOf(e) >= 0) throw refused(pattern, "the escape \\" + e + " is not ECMAScript");
                if (e == 'x' || e == 'u' || e == 'c' || e == '0') {
                    throw refused(pattern, "the escape \\" + e + " reads differently in ECMAScript and Java; write the character");
                }
                continue;
            }
            if (inClass) {
                if (c == '[') throw refused(pattern, "a '[' inside a character class (escape it)");
                if (c == '&' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '&') {
                    throw refused(pattern, "class intersection '&&' is not ECMAScript");
                }
                if (c == ']') inClass = false;
                continue;
            }
            switch (c) {
                case '[' -> {
                    inClass = true;
                    // a leading ']' or '^]' is literal in Java but ends the class in ECMAScript
                    int j = i + 1;
                    if (j < pattern.length() && pattern.charAt(j) == '^') j++;
                    if (j < pattern.length() && pattern.charAt(j) == ']') throw refused(pattern, "an empty or ']'-first character class");
                }
                case '(' -> {
                    if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '?') {
                        char k = i + 2 < pattern.length() ? pattern.charAt(i + 2) : 0;
                        if (k != ':' && k != '=' && k != '!') {
                            throw refused(pattern, "only (?:, (?= and (?! groups are accepted (no lookbehind, named groups, flags or atomic groups)");
                        }
                    }
                }
                case '+', '*', '?', '}' -> {
                    if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '+') {
                        throw refused(pattern, "possessive quantifiers are not ECMAScript");
                    }
                }
                default -> { }
            }
        }
    }

    private static IllegalArgumentException refused(String pattern, String why) {
        return new IllegalArgumentException("trigger pattern refused: " + why + ": '" + pattern + "'");
    }
}
