package io.github.llamaffm.chat;

import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** Python's {@code datetime.strftime} in the C locale (what transformers' {@code strftime_now} returns). */
final class Strftime {
    private Strftime() {
    }

    static String format(ZonedDateTime t, String fmt) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%' || i + 1 >= fmt.length()) {
                b.append(c);
                continue;
            }
            char d = fmt.charAt(++i);
            boolean noPad = false;
            if (d == '-' && i + 1 < fmt.length()) { // glibc: %-d, %-m ... without padding
                noPad = true;
                d = fmt.charAt(++i);
            }
            String v = switch (d) {
                case 'Y' -> Integer.toString(t.getYear());
                case 'y' -> two(t.getYear() % 100, noPad);
                case 'm' -> two(t.getMonthValue(), noPad);
                case 'd' -> two(t.getDayOfMonth(), noPad);
                case 'e' -> String.format("%2d", t.getDayOfMonth());
                case 'H' -> two(t.getHour(), noPad);
                case 'I' -> two(t.getHour() % 12 == 0 ? 12 : t.getHour() % 12, noPad);
                case 'M' -> two(t.getMinute(), noPad);
                case 'S' -> two(t.getSecond(), noPad);
                case 'f' -> String.format("%06d", t.getNano() / 1000);
                case 'p' -> t.getHour() < 12 ? "AM" : "PM";
                case 'b', 'h' -> t.getMonth().getDisplayName(TextStyle.SHORT, Locale.US);
                case 'B' -> t.getMonth().getDisplayName(TextStyle.FULL, Locale.US);
                case 'a' -> t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.US);
                case 'A' -> t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.US);
                case 'w' -> Integer.toString(t.getDayOfWeek().getValue() % 7);
                case 'u' -> Integer.toString(t.getDayOfWeek().getValue());
                case 'j' -> noPad ? Integer.toString(t.getDayOfYear()) : String.format("%03d", t.getDayOfYear());
                case 'V' -> two(t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), noPad);
                case 'G' -> Integer.toString(t.get(IsoFields.WEEK_BASED_YEAR));
                case 'Z' -> t.getZone().getDisplayName(TextStyle.SHORT, Locale.US);
                case 'z' -> {
                    int secs = t.getOffset().getTotalSeconds();
                    yield String.format("%s%02d%02d", secs < 0 ? "-" : "+", Math.abs(secs) / 3600,
                            Math.abs(secs) % 3600 / 60);
                }
                case 's' -> Long.toString(t.toEpochSecond());
                case 'F' -> format(t, "%Y-%m-%d");
                case 'T' -> format(t, "%H:%M:%S");
                case 'D' -> format(t, "%m/%d/%y");
                case 'R' -> format(t, "%H:%M");
                case 'c' -> format(t, "%a %b %e %H:%M:%S %Y");
                case 'x' -> format(t, "%m/%d/%y");
                case 'X' -> format(t, "%H:%M:%S");
                case 'n' -> "\n";
                case 't' -> "\t";
                case '%' -> "%";
                default -> "%" + (noPad ? "-" : "") + d;
            };
            b.append(v);
        }
        return b.toString();
    }

    private static String two(int v, boolean noPad) {
        return noPad ? Integer.toString(v) : String.format("%02d", v);
    }
}
