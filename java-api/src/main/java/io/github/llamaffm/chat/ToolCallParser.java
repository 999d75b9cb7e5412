package io.github.llamaffm.chat;

import io.github.llamaffm.internal.Json;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Takes a model's reply apart into content, reasoning and tool calls, for each
 * {@link ToolCallFormat}, the way llama.cpp's chat parser does (the goldens of
 * {@code ToolCallParserTest} hold its answers): no whitespace is trimmed except where llama.cpp's
 * grammar of the format skips it (around the reasoning markers as the template writes them, at the
 * start of a reply that may hold reasoning or calls, between calls).
 *
 * <p>It never throws: a call that cannot be read leaves its text in the content and sets
 * {@link ParsedReply#malformedToolCall()}. With {@link Options#partial()} the reply is a prefix of
 * one still being generated, and the result holds only what is certain (a suffix that may begin a
 * marker, and a call not yet complete, are held back), so that successive partial results only
 * grow. Cost is linear in the text, so it may run on every token.
 */
final class ToolCallParser {

    /**
     * How to parse.
     *
     * @param partial        the text is a prefix of a reply still being generated
     * @param parseReasoning separate the reasoning block from the content
     * @param prefill        the reply's beginning that the prompt already wrote (e.g. {@code <think>\n} when the
     *                       generation prompt opened the reasoning block); parsed as if the model wrote it
     * @param tools          the tools offered (names checked, Qwen3-Coder values typed by their schema); null
     *                       accepts any name
     */
    record Options(boolean partial, boolean parseReasoning, String prefill, List<Tool> tools) {
        Options {
            prefill = prefill == null ? "" : prefill;
            tools = tools == null ? null : List.copyOf(tools);
        }

        /** A final reply, reasoning separated, nothing prefilled, any tool name. */
        static Options defaults() {
            return new Options(false, true, "", null);
        }

        Options withPartial(boolean p) {
            return new Options(p, parseReasoning, prefill, tools);
        }

        boolean knows(String name) {
            if (tools == null) return true;
            for (Tool t : tools) if (t.name().equals(name)) return true;
            return false;
        }

        /** The parameters the tool's schema types as string (Qwen3-Coder writes them bare). */
        Set<String> stringParams(String tool) {
            Set<String> out = new HashSet<>();
            if (tools == null) return out;
            for (Tool t : tools) {
                if (!t.name().equals(tool)) continue;
                Object props = ((Map<?, ?>) t.toMap().get("function")) instanceof Map<?, ?> fn
                        && fn.get("parameters") instanceof Map<?, ?> ps ? ps.get("properties") : null;
                if (props instanceof Map<?, ?> pm) {
                    for (var e : pm.entrySet()) {
                        if (e.getValue() instanceof Map<?, ?> sch && "string".equals(sch.get("type"))) out.add(String.valueOf(e.getKey()));
                    }
                }
            }
            return out;
        }
    }

    private ToolCallParser() {
    }

    /**
     * The prefill of a rendered prompt: what llama.cpp's parser puts before the reply. When the
     * prompt's end opened the reasoning block ({@code …<think>\n}, or {@code <think>\n\n</think>\n\n}
     * with thinking off), that tail from the opening marker on; else empty.
     *
     * @param syntax the template's syntax
     * @param prompt the rendered prompt
     * @return the prefill
     */
    static String prefill(ToolCallFormat.Syntax syntax, String prompt) {
        String start = syntax.reasoningStart().strip();
        if (start.isEmpty() || prompt == null) return "";
        int i = prompt.lastIndexOf(start);
        if (i < 0) return "";
        String tail = prompt.substring(i);
        String end = syntax.reasoningEnd().strip();
        String rest = tail.substring(start.length());
        if (!end.isEmpty() && rest.contains(end)) rest = rest.replace(end, "");
        return rest.isBlank() ? tail : "";
    }

    /**
     * Parses with the family's default reasoning markers.
     *
     * @param format the format
     * @param text   the reply
     * @param o      the options
     * @return the parsed reply (never null; never throws)
     */
    static ParsedReply parse(ToolCallFormat format, String text, Options o) {
        return parse(ToolCallFormat.Syntax.of(format == null ? ToolCallFormat.GENERIC : format), text, o);
    }

    /**
     * Parses a reply.
     *
     * @param syntax the template's format and reasoning markers
     * @param text   the reply (or its prefix, with {@link Options#partial()})
     * @param o      the options
     * @return the parsed reply (never null; never throws)
     */
    static ParsedReply parse(ToolCallFormat.Syntax syntax, String text, Options o) {
        if (text == null) text = "";
        if (o == null) o = Options.defaults();
        try {
            return new Run(syntax, o.prefill() + text, o).parse();
        } catch (RuntimeException | StackOverflowError e) {
            // Not expected; a parse must never take the caller down.
            return o.partial() ? ParsedReply.text("") : new ParsedReply(text, "", List.of(), true);
        }
    }

    // ---------------------------------------------------------------------------------------------

    /** Thrown inside a call reader when the call needs more text (partial) or cannot be read. */
    private static final class Stop extends RuntimeException {
        final boolean incomplete;

        Stop(boolean incomplete) {
            super(null, null, false, false);
            this.incomplete = incomplete;
        }
    }

    private static final String DS_CALLS_BEGIN = "<｜tool▁calls▁begin｜>";
    private static final String DS_CALLS_END = "<｜tool▁calls▁end｜>";
    private static final String DS_CALL_BEGIN = "<｜tool▁call▁begin｜>";
    private static final String DS_CALL_END = "<｜tool▁call▁end｜>";
    private static final String DS_SEP = "<｜tool▁sep｜>";

    private static final class Run {
        final ToolCallFormat.Syntax syn;
        final ToolCallFormat f;
        final String t;
        final Options o;
        final boolean partial;
        int pos;
        final StringBuilder content = new StringBuilder();
        String reasoning = "";
        final List<ToolCall> calls = new ArrayList<>();
        boolean malformed;

        Run(ToolCallFormat.Syntax syn, String t, Options o) {
            this.syn = syn;
            this.f = syn.format();
            this.t = t;
            this.o = o;
            this.partial = o.partial();
        }

        ParsedReply parse() {
            boolean toolsOffered = o.tools() == null || !o.tools().isEmpty();
            // llama.cpp's grammar skips leading space when the reply may hold reasoning or calls.
            if (toolsOffered || syn.hasReasoning()) skipSpace();
            if (o.parseReasoning() && syn.hasReasoning() && !reasoning()) return result();
            body();
            return result();
        }

        ParsedReply result() {
            return new ParsedReply(content.toString(), reasoning, calls, malformed);
        }

        // ---- reasoning ----------------------------------------------------------------------

        /** Reads an optional reasoning block; false when the rest of the text is held back (partial). */
        boolean reasoning() {
            String start = syn.reasoningStart();
            String end = syn.reasoningEnd();
            String startTag = start.strip();
            String endTag = end.strip();
            int p = pos;
            if (!startTag.isEmpty()) {
                p = optSpace(start, p, true);
                if (!t.startsWith(startTag, p)) {
                    if (partial && startTag.startsWith(t.substring(p)) && p < t.length()) {
                        return false; // may become the opening marker
                    }
                    if (partial && p == t.length() && p > pos) return false;
                    return true; // no reasoning block
                }
                p = optSpace(start, p + startTag.length(), false);
            }
            int e = t.indexOf(endTag, p);
            if (e < 0) {
                if (startTag.isEmpty()) return true; // delimiter style without its end: no reasoning
                // Unclosed block: while generating it is reasoning so far; at the end of a reply it
                // stays reasoning too (llama.cpp would make it content; this keeps partial results a
                // prefix of the final one).
                reasoning = t.substring(p, partial ? holdBack(t.length(), p, endTag) : t.length());
                if (reasoning.isBlank()) reasoning = "";
                pos = t.length();
                return false;
            }
            reasoning = t.substring(p, e);
            if (reasoning.isBlank()) reasoning = ""; // llama.cpp reports an empty block as no reasoning
            pos = optSpace(end, e + endTag.length(), false);
            return true;
        }

        /** Skips the optional whitespace characters of {@code tag} before (leading) or after its trimmed text. */
        int optSpace(String tag, int p, boolean leading) {
            int a = 0;
            while (a < tag.length() && Character.isWhitespace(tag.charAt(a))) a++;
            int b = tag.length();
            while (b > a && Character.isWhitespace(tag.charAt(b - 1))) b--;
            String ws = leading ? tag.substring(0, a) : tag.substring(b);
            for (int i = 0; i < ws.length(); i++) {
                if (p < t.length() && t.charAt(p) == ws.charAt(i)) p++;
            }
            return p;
        }

        void skipSpace() {
            while (pos < t.length() && Character.isWhitespace(t.charAt(pos))) pos++;
        }

        /** The end of the certain text in [from, end): before a suffix that may begin one of the markers. */
        int holdBack(int end, int from, String... markers) {
            int cut = end;
            for (String m : markers) {
                if (m.isEmpty()) continue;
                for (int k = Math.min(m.length() - 1, end - from); k > 0; k--) {
                    if (t.startsWith(m.substring(0, k), end - k)) {
                        cut = Math.min(cut, end - k);
                        break;
                    }
                }
            }
            return cut;
        }

        // ---- body ---------------------------------------------------------------------------

        void body() {
            switch (f) {
                case CONTENT_ONLY -> contentTo(t.length());
                case GENERIC -> generic();
                case FUNCTIONARY_V3_2 -> functionary();
                case COMMAND_R7B -> commandR7b();
                default -> markers();
            }
        }

        /** Appends t[pos, end) as content, holding back a possible marker start when partial. */
        void contentTo(int end, String... markers) {
            int cut = partial && end == t.length() ? holdBack(end, pos, markers) : end;
            content.append(t, pos, cut);
            pos = end;
        }

        String[] openers() {
            return switch (f) {
                case HERMES -> new String[] {"<tool_call>"};
                case QWEN3_CODER -> new String[] {"<tool_call>", "<function="};
                case MISTRAL_NEMO, MINISTRAL -> new String[] {"[TOOL_CALLS]"};
                case DEEPSEEK_R1, DEEPSEEK_V3_1 -> new String[] {DS_CALLS_BEGIN, DS_CALL_BEGIN};
                case LLAMA_3_X -> new String[] {"{"};
                default -> new String[0];
            };
        }

        /** Formats whose calls start at a marker: content up to it, then calls, then any trailing text. */
        void markers() {
            boolean toolsOffered = o.tools() == null || !o.tools().isEmpty();
            String[] open = openers();
            int first = toolsOffered ? firstOf(pos, open) : -1;
            if (first < 0) {
                contentTo(t.length(), toolsOffered ? open : new String[0]);
                return;
            }
            content.append(t, pos, first);
            pos = first;
            callsFrom(open);
        }

        int firstOf(int from, String... markers) {
            int best = -1;
            for (String m : markers) {
                int i = t.indexOf(m, from);
                if (f == ToolCallFormat.LLAMA_3_X) i = llamaOpen(from);
                if (i >= 0 && (best < 0 || i < best)) best = i;
            }
            return best;
        }

        /** Llama 3.x: a call is a JSON object with a "name"; other braces in prose are content. */
        int llamaOpen(int from) {
            for (int i = t.indexOf('{', from); i >= 0; i = t.indexOf('{', i + 1)) {
                int j = i + 1;
                while (j < t.length() && Character.isWhitespace(t.charAt(j))) j++;
                if (j == t.length() || t.startsWith("\"name\"", j) || t.startsWith("\"type\"", j)) return i;
                if (partial && t.length() - j < 6 && ("\"name\"".startsWith(t.substring(j)) || "\"type\"".startsWith(t.substring(j)))) return i;
            }
            return -1;
        }

        /** Reads calls from pos; stops at the first that needs more text or cannot be read. */
        void callsFrom(String[] open) {
            int sectionStart = pos;
            boolean inSection = false;
            while (pos < t.length()) {
                int save = pos;
                try {
                    switch (f) {
                        case HERMES -> hermesCall();
                        case QWEN3_CODER -> qwenCoderCall();
                        case MISTRAL_NEMO -> nemoCalls();
                        case MINISTRAL -> ministralCall();
                        case DEEPSEEK_R1, DEEPSEEK_V3_1 -> {
                            if (t.startsWith(DS_CALLS_BEGIN, pos)) {
                                pos += DS_CALLS_BEGIN.length();
                                inSection = true;
                                skipSpace();
                            }
                            deepseekCall();
                            skipSpace();
                            if (inSection && t.startsWith(DS_CALLS_END, pos)) {
                                pos += DS_CALLS_END.length();
                                inSection = false;
                            }
                        }
                        case LLAMA_3_X -> llamaCall();
                        default -> throw new Stop(false);
                    }
                } catch (Stop s) {
                    pos = inSection && f != ToolCallFormat.MISTRAL_NEMO ? Math.min(save, sectionStart) : save;
                    // While generating, a call that does not read yet is held back: the rest may still fix it.
                    if (partial) return;
                    malformed = true;
                    content.append(t, pos, t.length());
                    pos = t.length();
                    return;
                }
                if (!inSection) sectionStart = pos;
                int before = pos;
                skipSpace();
                if (pos >= t.length()) return;
                if (!startsWithAny(pos, open) && !(f == ToolCallFormat.QWEN3_CODER && t.startsWith("</tool_call>", pos))) {
                    // Text after the calls: content (llama.cpp's grammar ends the reply at the calls).
                    pos = before;
                    int next = firstOf(pos, open);
                    if (next < 0 || f == ToolCallFormat.LLAMA_3_X || f == ToolCallFormat.MISTRAL_NEMO) {
                        contentTo(t.length(), withClosers(open));
                        return;
                    }
                    content.append(t, pos, next);
                    pos = next;
                }
            }
        }

        /** The openers and the markers that close a call or a section (trailing text may begin one). */
        static String[] withClosers(String[] open) {
            String[] out = java.util.Arrays.copyOf(open, open.length + 3);
            out[open.length] = "</tool_call>";
            out[open.length + 1] = DS_CALLS_END;
            out[open.length + 2] = "</function>";
            return out;
        }

        boolean startsWithAny(int p, String... ms) {
            if (f == ToolCallFormat.LLAMA_3_X) return llamaOpen(p) == p;
            for (String m : ms) {
                if (t.startsWith(m, p)) return true;
                if (partial && t.length() - p < m.length() && m.startsWith(t.substring(p))) return true;
            }
            return false;
        }

        // ---- pieces -------------------------------------------------------------------------

        void expect(String lit) {
            if (t.startsWith(lit, pos)) {
                pos += lit.length();
                return;
            }
            boolean prefix = t.length() - pos < lit.length() && lit.startsWith(t.substring(pos));
            throw new Stop(prefix);
        }

        boolean accept(String lit) {
            if (t.startsWith(lit, pos)) {
                pos += lit.length();
                return true;
            }
            return false;
        }

        Json json() {
            try {
                Json.Prefix p = Json.parsePrefix(t, pos);
                pos = p.end();
                return p.value();
            } catch (IllegalArgumentException e) {
                // A value cut off at the end needs more text; elsewhere the text is not JSON.
                throw new Stop(jsonIncomplete());
            }
        }

        /** Whether the text from pos could still become a JSON value: it ends before the value closes. */
        boolean jsonIncomplete() {
            int depth = 0;
            boolean str = false;
            boolean esc = false;
            int p = pos;
            while (p < t.length() && Character.isWhitespace(t.charAt(p))) p++;
            if (p == t.length()) return true;
            for (int i = p; i < t.length(); i++) {
                char c = t.charAt(i);
                if (str) {
                    if (esc) esc = false;
                    else if (c == '\\') esc = true;
                    else if (c == '"') str = false;
                    continue;
                }
                if (c == '"') str = true;
                else if (c == '{' || c == '[') depth++;
                else if (c == '}' || c == ']') {
                    if (--depth <= 0) return false;
                }
            }
            return true;
        }

        String name() {
            int s = pos;
            while (pos < t.length() && isNameChar(t.charAt(pos))) pos++;
            if (pos == t.length()) throw new Stop(true);
            if (pos == s || pos - s > 64) throw new Stop(false);
            return t.substring(s, pos);
        }

        static boolean isNameChar(char c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
        }

        ToolCall call(String id, Json name, Json args) {
            if (!(name instanceof Json.Str n) || !o.knows(n.value()) || !validName(n.value())) throw new Stop(false);
            if (args == null) args = new Json.Obj(Map.of());
            if (args instanceof Json.Str s) {
                try {
                    args = Json.parse(s.value());
                } catch (IllegalArgumentException e) {
                    throw new Stop(false);
                }
            }
            if (!(args instanceof Json.Obj)) throw new Stop(false);
            return new ToolCall(id == null ? "" : id, n.value(), Json.write(args));
        }

        static boolean validName(String n) {
            if (n.isEmpty() || n.length() > 64) return false;
            for (int i = 0; i < n.length(); i++) if (!isNameChar(n.charAt(i))) return false;
            return true;
        }

        static String str(Json v) {
            return v instanceof Json.Str s ? s.value() : v == null ? null : Json.write(v);
        }

        Json.Obj obj(Json v) {
            if (v instanceof Json.Obj ob) return ob;
            throw new Stop(false);
        }

        // ---- families -----------------------------------------------------------------------

        void hermesCall() {
            expect("<tool_call>");
            skipSpace();
            Json.Obj ob = obj(json());
            skipSpace();
            expect("</tool_call>");
            calls.add(call(null, ob.get("name"), ob.get("arguments") != null ? ob.get("arguments") : ob.get("parameters")));
        }

        void llamaCall() {
            Json.Obj ob = obj(json());
            Json args = ob.get("parameters") != null ? ob.get("parameters") : ob.get("arguments");
            calls.add(call(null, ob.get("name"), args));
        }

        void nemoCalls() {
            expect("[TOOL_CALLS]");
            skipSpace();
            Json v = json();
            if (!(v instanceof Json.Arr arr)) throw new Stop(false);
            List<ToolCall> got = new ArrayList<>();
            for (Json item : arr.items()) {
                Json.Obj ob = obj(item);
                got.add(call(str(ob.get("id")), ob.get("name"), ob.get("arguments")));
            }
            calls.addAll(got);
        }

        void ministralCall() {
            expect("[TOOL_CALLS]");
            String name = name();
            String id = "";
            if (accept("[CALL_ID]")) {
                int e = t.indexOf("[ARGS]", pos);
                if (e < 0) throw new Stop(true);
                id = t.substring(pos, e);
                pos = e;
            }
            expect("[ARGS]");
            Json args = json();
            calls.add(call(id, new Json.Str(name), args));
        }

        void commandR7b() {
            final String rs = "<|START_RESPONSE|>";
            final String re = "<|END_RESPONSE|>";
            final String as = "<|START_ACTION|>";
            final String ae = "<|END_ACTION|>";
            boolean toolsOffered = o.tools() == null || !o.tools().isEmpty();
            int r = t.indexOf(rs, pos);
            int a = toolsOffered ? t.indexOf(as, pos) : -1;
            if (a >= 0 && (r < 0 || a < r)) {
                content.append(t, pos, a);
                pos = a;
                try {
                    expect(as);
                    skipSpace();
                    Json v = json();
                    skipSpace();
                    expect(ae);
                    if (!(v instanceof Json.Arr arr)) throw new Stop(false);
                    List<ToolCall> got = new ArrayList<>();
                    for (Json item : arr.items()) {
                        Json.Obj ob = obj(item);
                        got.add(call(str(ob.get("tool_call_id")), ob.get("tool_name"), ob.get("parameters")));
                    }
                    calls.addAll(got);
                } catch (Stop s) {
                    pos = a;
                    if (partial) return;
                    malformed = true;
                    content.append(t, pos, t.length());
                    pos = t.length();
                    return;
                }
                skipSpace();
                contentTo(t.length(), rs, as);
                return;
            }
            if (r < 0) {
                contentTo(t.length(), rs, as);
                return;
            }
            content.append(t, pos, r);
            pos = r + rs.length();
            int e = t.indexOf(re, pos);
            if (e < 0) {
                contentTo(t.length(), re);
                return;
            }
            content.append(t, pos, e);
            pos = e + re.length();
        }

        void deepseekCall() {
            expect(DS_CALL_BEGIN);
            String name;
            Json args;
            if (f == ToolCallFormat.DEEPSEEK_R1) {
                accept("function");
                expect(DS_SEP);
                name = name();
                skipSpace();
                expect("```json");
                skipSpace();
                args = json();
                skipSpace();
                expect("```");
            } else {
                name = name();
                expect(DS_SEP);
                args = json();
            }
            skipSpace();
            expect(DS_CALL_END);
            calls.add(call(null, new Json.Str(name), args));
        }

        void qwenCoderCall() {
            boolean wrapped = accept("<tool_call>");
            skipSpace();
            expect("<function=");
            String name = name();
            expect(">");
            if (!o.knows(name)) throw new Stop(false);
            Set<String> strings = o.stringParams(name);
            Map<String, Json> args = new java.util.LinkedHashMap<>();
            while (true) {
                skipSpace();
                if (accept("</function>")) break;
                expect("<parameter=");
                String key = name();
                expect(">");
                int e = t.indexOf("</parameter>", pos);
                if (e < 0) throw new Stop(true);
                String raw = t.substring(pos, e);
                if (raw.startsWith("\n")) raw = raw.substring(1);
                if (raw.endsWith("\n")) raw = raw.substring(0, raw.length() - 1);
                pos = e + "</parameter>".length();
                args.put(key, strings.contains(key) ? new Json.Str(raw) : typed(raw));
            }
            skipSpace();
            // The first call may come without its <tool_call>; its </tool_call> is still written.
            if (!accept("</tool_call>")) {
                if (wrapped && partial && pos == t.length()) throw new Stop(true);
                if (wrapped && partial && "</tool_call>".startsWith(t.substring(pos))) throw new Stop(true);
            }
            calls.add(call(null, new Json.Str(name), new Json.Obj(args)));
        }

        static Json typed(String raw) {
            try {
                return Json.parse(raw);
            } catch (IllegalArgumentException e) {
                return new Json.Str(raw);
            }
        }

        void functionary() {
            // The prompt ends with ">>>": the reply names its recipient first.
            if (t.startsWith("all\n", pos)) {
                pos += 4;
                contentTo(t.length());
                return;
            }
            if (partial && "all\n".startsWith(t.substring(pos))) return;
            while (pos < t.length()) {
                int save = pos;
                try {
                    String name = name();
                    expect("\n");
                    Json args = json();
                    calls.add(call(null, new Json.Str(name), args));
                } catch (Stop s) {
                    pos = save;
                    if (partial) return;
                    if (!calls.isEmpty() || save > 0 && !t.substring(0, save).isBlank()) malformed = true;
                    else malformed = looksLikeCall(save);
                    content.append(t, pos, t.length());
                    pos = t.length();
                    return;
                }
                int before = pos;
                skipSpace();
                if (pos == t.length()) return;
                if (!accept(">>>")) {
                    if (partial && ">>>".startsWith(t.substring(pos))) return;
                    pos = before;
                    contentTo(t.length(), ">>>");
                    return;
                }
            }
        }

        boolean looksLikeCall(int p) {
            int q = p;
            while (q < t.length() && isNameChar(t.charAt(q))) q++;
            return q > p && q < t.length() && t.charAt(q) == '\n';
        }

        void generic() {
            int p = pos;
            while (p < t.length() && Character.isWhitespace(t.charAt(p))) p++;
            if (p == t.length() || t.charAt(p) != '{') {
                contentTo(t.length());
                return;
            }
            int save = pos;
            pos = p;
            Json v;
            try {
                v = json();
            } catch (Stop s) {
                pos = save;
                if (partial) return;
                contentTo(t.length());
                return;
            }
            int after = pos;
            skipSpace();
            if (pos < t.length() || !(v instanceof Json.Obj ob)) {
                pos = save;
                if (partial) return;
                contentTo(t.length());
                return;
            }
            try {
                if (ob.get("tool_call") != null) {
                    Json.Obj c = obj(ob.get("tool_call"));
                    calls.add(call(str(c.get("id")), c.get("name"), c.get("arguments")));
                } else if (ob.get("tool_calls") instanceof Json.Arr arr) {
                    List<ToolCall> got = new ArrayList<>();
                    for (Json item : arr.items()) {
                        Json.Obj c = obj(item);
                        got.add(call(str(c.get("id")), c.get("name"), c.get("arguments")));
                    }
                    calls.addAll(got);
                } else if (ob.get("response") instanceof Json.Str r) {
                    content.append(r.value());
                } else {
                    pos = save;
                    contentTo(t.length());
                }
                pos = Math.max(pos, after);
            } catch (Stop s) {
                calls.clear();
                malformed = true;
                pos = save;
                contentTo(t.length());
            }
        }
    }
}
