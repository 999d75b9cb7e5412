package io.github.llamaffm.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Python {@code str} semantics that Java's {@code String} does not share: whitespace is
 * {@code str.isspace()} (Java's {@code strip()} misses U+00A0, U+2007, U+202F and U+0085),
 * {@code split()} takes a literal separator (Java's takes a regular expression), lengths and
 * indexes count code points (Java's count UTF-16 units).
 */
final class PyStr {
    private PyStr() {
    }

    static boolean isSpace(int c) {
        return switch (c) {
            case 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2028, 0x2029,
                    0x202f, 0x205f, 0x3000 -> true;
            default -> c >= 0x2000 && c <= 0x200a;
        };
    }

    /** True when non-empty and all whitespace (Python's {@code str.isspace()}). */
    static boolean isWhitespace(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) if (!isSpace(s.charAt(i))) return false;
        return true;
    }

    private static boolean strippable(int c, String chars) {
        return chars == null ? isSpace(c) : chars.indexOf(c) >= 0 || (Character.isSupplementaryCodePoint(c)
                && chars.contains(Character.toString(c)));
    }

    static String strip(String s, String chars) {
        return rstrip(lstrip(s, chars), chars);
    }

    static String lstrip(String s, String chars) {
        int i = 0;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (!strippable(c, chars)) break;
            i += Character.charCount(c);
        }
        return s.substring(i);
    }

    static String rstrip(String s, String chars) {
        int e = s.length();
        while (e > 0) {
            int c = s.codePointBefore(e);
            if (!strippable(c, chars)) break;
            e -= Character.charCount(c);
        }
        return s.substring(0, e);
    }

    static List<Object> split(String s, String sep, long maxsplit) {
        List<Object> out = new ArrayList<>();
        if (sep == null) {
            int i = 0;
            int n = s.length();
            while (true) {
                while (i < n && isSpace(s.charAt(i))) i++;
                if (i >= n) break;
                if (maxsplit >= 0 && out.size() >= maxsplit) {
                    out.add(rstrip(s.substring(i), null));
                    break;
                }
                int j = i;
                while (j < n && !isSpace(s.charAt(j))) j++;
                out.add(s.substring(i, j));
                i = j;
            }
            return out;
        }
        if (sep.isEmpty()) throw new ChatTemplateException("ValueError: empty separator");
        int i = 0;
        while (maxsplit < 0 || out.size() < maxsplit) {
            int j = s.indexOf(sep, i);
            if (j < 0) break;
            out.add(s.substring(i, j));
            i = j + sep.length();
        }
        out.add(s.substring(i));
        return out;
    }

    static List<Object> rsplit(String s, String sep, long maxsplit) {
        if (maxsplit < 0) return split(s, sep, -1);
        List<Object> out = new ArrayList<>();
        if (sep == null) {
            int e = s.length();
            while (true) {
                while (e > 0 && isSpace(s.charAt(e - 1))) e--;
                if (e <= 0) break;
                if (out.size() >= maxsplit) {
                    out.add(0, lstrip(s.substring(0, e), null));
                    break;
                }
                int b = e;
                while (b > 0 && !isSpace(s.charAt(b - 1))) b--;
                out.add(0, s.substring(b, e));
                e = b;
            }
            return out;
        }
        if (sep.isEmpty()) throw new ChatTemplateException("ValueError: empty separator");
        int e = s.length();
        while (out.size() < maxsplit) {
            int j = s.lastIndexOf(sep, e - sep.length());
            if (j < 0) break;
            out.add(0, s.substring(j + sep.length(), e));
            e = j;
        }
        out.add(0, s.substring(0, e));
        return out;
    }

    static List<Object> splitlines(String s, boolean keepends) {
        List<Object> out = new ArrayList<>();
        int i = 0;
        int start = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            int brk = 0;
            if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') brk = 2;
            else if (c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e
                    || c == 0x85 || c == 0x2028 || c == 0x2029) brk = 1;
            if (brk > 0) {
                out.add(s.substring(start, keepends ? i + brk : i));
                i += brk;
                start = i;
            } else {
                i++;
            }
        }
        if (start < n) out.add(s.substring(start));
        return out;
    }

    static int len(String s) {
        return s.codePointCount(0, s.length());
    }

    /** Converts a Python index (negative from the end, in code points) to a UTF-16 offset; -1 if out of range. */
    static int offset(String s, long index) {
        int n = len(s);
        long i = index < 0 ? index + n : index;
        if (i < 0 || i >= n) return -1;
        return s.offsetByCodePoints(0, (int) i);
    }

    static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** Python's {@code str.title()}: a letter after a non-letter starts a word. */
    static String title(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean prevCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            boolean cased = Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
            if (cased) {
                b.appendCodePoint(prevCased ? Character.toLowerCase(c) : Character.toTitleCase(c));
            } else {
                b.appendCodePoint(c);
            }
            prevCased = cased;
        }
        return b.toString();
    }

    static String capitalize(String s) {
        if (s.isEmpty()) return s;
        int c = s.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toTitleCase(c))
                .append(lower(s.substring(Character.charCount(c)))).toString();
    }

    static String swapcase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> b.appendCodePoint(Character.isUpperCase(c) ? Character.toLowerCase(c)
                : Character.isLowerCase(c) ? Character.toUpperCase(c) : c));
        return b.toString();
    }

    static String replace(String s, String old, String rep, long count) {
        if (count < 0) {
            if (old.isEmpty()) {
                StringBuilder b = new StringBuilder(rep);
                s.codePoints().forEach(c -> b.appendCodePoint(c).append(rep));
                return b.toString();
            }
            return s.replace(old, rep);
        }
        StringBuilder b = new StringBuilder();
        int i = 0;
        long done = 0;
        while (done < count) {
            int j = old.isEmpty() ? (i <= s.length() ? i : -1) : s.indexOf(old, i);
            if (j < 0) break;
            b.append(s, i, j).append(rep);
            if (old.isEmpty()) {
                if (j < s.length()) b.appendCodePoint(s.codePointAt(j));
                i = j + (j < s.length() ? Character.charCount(s.codePointAt(j)) : 1);
            } else {
                i = j + old.length();
            }
            done++;
        }
        if (i < s.length()) b.append(s.substring(i));
        return b.toString();
    }

    static boolean isDigit(String s) {
        return !s.isEmpty() && s.codePoints().allMatch(Character::isDigit);
    }

    static boolean isAlpha(String s) {
        return !s.isEmpty() && s.codePoints().allMatch(Character::isLetter);
    }

    static boolean isAlnum(String s) {
        return !s.isEmpty() && s.codePoints().allMatch(Character::isLetterOrDigit);
    }

    static boolean isUpper(String s) {
        boolean cased = false;
        for (int c : s.codePoints().toArray()) {
            if (Character.isLowerCase(c) || Character.isTitleCase(c)) return false;
            if (Character.isUpperCase(c)) cased = true;
        }
        return cased;
    }

    static boolean isLower(String s) {
        boolean cased = false;
        for (int c : s.codePoints().toArray()) {
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) return false;
            if (Character.isLowerCase(c)) cased = true;
        }
        return cased;
    }

    /** Python's {@code repr()} of a string. */
    static String repr(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder(s.length() + 2).append(q);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == q || c == '\\') {
                b.append('\\').appendCodePoint(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c < 0x20 || c == 0x7f) {
                b.append(String.format("\\x%02x", c));
            } else if (c < 0x7f || isPrintable(c)) {
                b.appendCodePoint(c);
            } else if (c <= 0xff) {
                b.append(String.format("\\x%02x", c));
            } else if (c <= 0xffff) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.append(String.format("\\U%08x", c));
            }
        }
        return b.append(q).toString();
    }

    private static boolean isPrintable(int c) {
        if (c == ' ') return true;
        int t = Character.getType(c);
        return !(t == Character.CONTROL || t == Character.FORMAT || t == Character.SURROGATE
                || t == Character.PRIVATE_USE || t == Character.UNASSIGNED || t == Character.LINE_SEPARATOR
                || t == Character.PARAGRAPH_SEPARATOR || t == Character.SPACE_SEPARATOR);
    }

    static String center(String s, int width, String fill) {
        int n = len(s);
        if (width <= n) return s;
        int total = width - n;
        // CPython: left = total / 2 + (total & width & 1)
        int left = total / 2 + (total & width & 1);
        return fill.repeat(left) + s + fill.repeat(total - left);
    }
}
