package io.github.llamaffm.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A small GBNF recognizer for unit tests: does a grammar accept a whole string? Parses the
 * subset llama.cpp documents (rules, alternatives, groups, literals, classes, {@code ? * +}
 * and {@code {m,n}}) and matches by computing every end position, memoized per rule and offset.
 * The end-to-end tests use llama.cpp's own grammar engine; this one gives fast, exact feedback.
 */
final class GbnfMatcher {
    private sealed interface Node permits Lit, Cls, Ref, Seq, Alt, Rep {}

    private record Lit(int[] cps) implements Node {}

    private record Cls(boolean negated, List<int[]> ranges) implements Node {}

    private record Ref(String name) implements Node {}

    private record Seq(List<Node> items) implements Node {}

    private record Alt(List<Node> alts) implements Node {}

    private record Rep(Node node, int min, int max) implements Node {}

    private final Map<String, Node> rules = new HashMap<>();
    private String src;
    private int pos;

    GbnfMatcher(String grammar) {
        for (String line : grammar.split("\n")) {
            if (line.isBlank()) continue;
            int eq = line.indexOf(" ::= ");
            src = line.substring(eq + 5);
            pos = 0;
            rules.put(line.substring(0, eq).trim(), alternation());
            if (pos != src.length()) throw new IllegalStateException("unparsed at " + pos + ": " + line);
        }
        for (Node n : rules.values()) checkRefs(n);
    }

    private void checkRefs(Node n) {
        switch (n) {
            case Ref r -> {
                if (!rules.containsKey(r.name())) throw new IllegalStateException("undefined rule " + r.name());
            }
            case Seq s -> s.items().forEach(this::checkRefs);
            case Alt a -> a.alts().forEach(this::checkRefs);
            case Rep r -> checkRefs(r.node());
            default -> {
            }
        }
    }

    boolean matches(String text) {
        int[] cps = text.codePoints().toArray();
        return new Run(cps).ends(rules.get("root"), 0).contains(cps.length);
    }

    // ---- parsing -----------------------------------------------------------------------------

    private void ws() {
        while (pos < src.length() && src.charAt(pos) == ' ') pos++;
    }

    private Node alternation() {
        List<Node> alts = new ArrayList<>();
        alts.add(sequence());
        while (pos < src.length() && src.charAt(pos) == '|') {
            pos++;
            alts.add(sequence());
        }
        return alts.size() == 1 ? alts.get(0) : new Alt(alts);
    }

    private Node sequence() {
        List<Node> items = new ArrayList<>();
        ws();
        while (pos < src.length() && src.charAt(pos) != '|' && src.charAt(pos) != ')') {
            Node atom = atom();
            items.add(quantifier(atom));
            ws();
        }
        return items.size() == 1 ? items.get(0) : new Seq(items);
    }

    private Node quantifier(Node atom) {
        if (pos >= src.length()) return atom;
        char c = src.charAt(pos);
        if (c == '?') { pos++; return new Rep(atom, 0, 1); }
        if (c == '*') { pos++; return new Rep(atom, 0, -1); }
        if (c == '+') { pos++; return new Rep(atom, 1, -1); }
        if (c == '{') {
            int close = src.indexOf('}', pos);
            String[] mm = src.substring(pos + 1, close).split(",", -1);
            pos = close + 1;
            int min = Integer.parseInt(mm[0]);
            int max = mm.length == 1 ? min : mm[1].isEmpty() ? -1 : Integer.parseInt(mm[1]);
            return new Rep(atom, min, max);
        }
        return atom;
    }

    private Node atom() {
        char c = src.charAt(pos);
        if (c == '(') {
            pos++;
            Node n = alternation();
            if (src.charAt(pos) != ')') throw new IllegalStateException("expected ) at " + pos + " in " + src);
            pos++;
            return n;
        }
        if (c == '"') {
            pos++;
            List<Integer> cps = new ArrayList<>();
            while (src.charAt(pos) != '"') cps.add(charAt());
            pos++;
            return new Lit(cps.stream().mapToInt(Integer::intValue).toArray());
        }
        if (c == '[') {
            pos++;
            boolean neg = src.charAt(pos) == '^';
            if (neg) pos++;
            List<int[]> ranges = new ArrayList<>();
            while (src.charAt(pos) != ']') {
                int lo = charAt();
                int hi = lo;
                if (src.charAt(pos) == '-' && src.charAt(pos + 1) != ']') {
                    pos++;
                    hi = charAt();
                }
                ranges.add(new int[] {lo, hi});
            }
            pos++;
            return new Cls(neg, ranges);
        }
        int start = pos;
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '-')) pos++;
        if (start == pos) throw new IllegalStateException("unexpected '" + c + "' at " + pos + " in " + src);
        return new Ref(src.substring(start, pos));
    }

    private int charAt() {
        int cp = src.codePointAt(pos);
        pos += Character.charCount(cp);
        if (cp != '\\') return cp;
        char e = src.charAt(pos++);
        return switch (e) {
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'x' -> {
                int v = Integer.parseInt(src.substring(pos, pos + 2), 16);
                pos += 2;
                yield v;
            }
            default -> e;
        };
    }

    // ---- matching ----------------------------------------------------------------------------

    private final class Run {
        private final int[] in;
        private final Map<String, Set<Integer>> memo = new HashMap<>();

        Run(int[] in) {
            this.in = in;
        }

        Set<Integer> ends(Node n, int at) {
            Set<Integer> out = new TreeSet<>();
            switch (n) {
                case Lit l -> {
                    if (at + l.cps().length <= in.length) {
                        for (int i = 0; i < l.cps().length; i++) if (in[at + i] != l.cps()[i]) return out;
                        out.add(at + l.cps().length);
                    }
                }
                case Cls c -> {
                    if (at < in.length) {
                        boolean hit = false;
                        for (int[] r : c.ranges()) hit |= in[at] >= r[0] && in[at] <= r[1];
                        if (hit != c.negated()) out.add(at + 1);
                    }
                }
                case Ref r -> {
                    String key = r.name() + "@" + at;
                    Set<Integer> m = memo.get(key);
                    if (m == null) {
                        memo.put(key, Set.of()); // no left recursion in generated grammars
                        m = ends(rules.get(r.name()), at);
                        memo.put(key, m);
                    }
                    out.addAll(m);
                }
                case Seq s -> {
                    Set<Integer> cur = Set.of(at);
                    for (Node item : s.items()) {
                        Set<Integer> next = new TreeSet<>();
                        for (int p : cur) next.addAll(ends(item, p));
                        cur = next;
                        if (cur.isEmpty()) break;
                    }
                    out.addAll(cur);
                }
                case Alt a -> {
                    for (Node alt : a.alts()) out.addAll(ends(alt, at));
                }
                case Rep r -> {
                    Set<Integer> cur = Set.of(at);
                    if (r.min() == 0) out.add(at);
                    for (int k = 1; r.max() < 0 || k <= r.max(); k++) {
                        Set<Integer> next = new TreeSet<>();
                        for (int p : cur) next.addAll(ends(r.node(), p));
                        if (r.max() < 0) next.removeAll(cur); // unbounded: stop when nothing advances
                        if (next.isEmpty()) break;
                        if (k >= r.min()) out.addAll(next);
                        cur = next;
                    }
                }
            }
            return out;
        }
    }
}
