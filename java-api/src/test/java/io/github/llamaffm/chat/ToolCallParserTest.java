package io.github.llamaffm.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.llamaffm.internal.Json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * ToolCallParser against llama.cpp's own parser: golden.json holds what llama.cpp v0.5.0's
 * common_chat_parse made of each case of cases.json (make chat-tool-golden,
 * scripts/chat-tool-oracle/). Also: detection over every template of llama.cpp's corpus, partial
 * parses that only grow, a fuzz that nothing throws.
 */
class ToolCallParserTest {

    /**
     * Cases where our parse differs from llama.cpp's on purpose, with the reason.
     * Keyed by case id.
     */
    static final Map<String, String> KNOWN_DIFFERENCES = Map.of(
            "meetkai-functionary-medium-v3.2#4",
            "llama.cpp v0.5.0's generated parser for functionary v3.2 stops after the first call and throws on the "
                    + "'>>>name' of a second one although the template writes parallel calls that way; we read both calls");

    record Case(Json.Obj c, Json.Obj g) {
        String id() {
            return str(c, "id");
        }
    }

    static String str(Json.Obj o, String k) {
        Json v = o.get(k);
        return v instanceof Json.Str s ? s.value() : null;
    }

    static boolean bool(Json.Obj o, String k) {
        return o.get(k) instanceof Json.Bool b && b.value();
    }

    static Json.Obj resource(String name) {
        try (InputStream in = ToolCallParserTest.class.getResourceAsStream("/chat-tools/" + name)) {
            return (Json.Obj) Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static final Json.Obj CASES = resource("cases.json");
    static final Json.Obj GOLDEN = resource("golden.json");

    static List<Case> cases() {
        Map<String, Json.Obj> golden = new LinkedHashMap<>();
        for (Json g : ((Json.Arr) GOLDEN.get("cases")).items()) golden.put(str((Json.Obj) g, "id"), (Json.Obj) g);
        List<Case> out = new ArrayList<>();
        for (Json c : ((Json.Arr) CASES.get("cases")).items()) {
            Json.Obj co = (Json.Obj) c;
            out.add(new Case(co, golden.get(str(co, "id"))));
        }
        return out;
    }

    static List<Tool> tools(Json.Obj c) {
        Json.Obj defs = (Json.Obj) CASES.get("tools");
        List<Tool> tools = new ArrayList<>();
        for (Json n : ((Json.Arr) c.get("tools")).items()) {
            String name = ((Json.Str) n).value();
            Json.Obj d = (Json.Obj) defs.get(name);
            tools.add(Tool.of(name, str(d, "description"), Json.write(d.get("parameters"))));
        }
        return tools;
    }

    static ToolCallFormat.Syntax syntax(String template) {
        return ToolCallFormat.syntax(LlamaSource.template(template));
    }

    /** The options llama.cpp's parse had: reasoning parsed unless reasoning_format none; the prompt's open reasoning block. */
    static ToolCallParser.Options options(Case k, ToolCallFormat.Syntax syn, boolean partial) {
        boolean reasoning = !"none".equals(str(k.c(), "reasoning_format"));
        String prefill = ToolCallParser.prefill(syn, str(k.g(), "generation_prompt"));
        return new ToolCallParser.Options(partial, reasoning, prefill, tools(k.c()));
    }

    /** llama.cpp returns the call being written, its arguments cut off; ours holds it back until it is complete. */
    static List<Json.Obj> completeCalls(Json.Obj parse, boolean partial) {
        List<Json.Obj> out = new ArrayList<>();
        for (Json j : ((Json.Arr) parse.get("tool_calls")).items()) {
            Json.Obj c = (Json.Obj) j;
            if (partial) {
                try {
                    if (!(Json.parse(str(c, "arguments")) instanceof Json.Obj)) continue;
                } catch (IllegalArgumentException e) {
                    continue;
                }
            }
            out.add(c);
        }
        return out;
    }

    static String compare(Case k, ParsedReply got) {
        Json.Obj parse = (Json.Obj) k.g().get("parse");
        boolean partial = bool(k.c(), "partial");
        if (parse == null) return "llama.cpp failed: " + str(k.g(), "parse_error");
        List<String> diffs = new ArrayList<>();
        if (!str(parse, "content").equals(got.content())) diffs.add("content " + q(got.content()) + " != " + q(str(parse, "content")));
        if (!str(parse, "reasoning_content").equals(got.reasoning())) diffs.add("reasoning " + q(got.reasoning()) + " != " + q(str(parse, "reasoning_content")));
        List<Json.Obj> want = completeCalls(parse, partial);
        if (want.size() != got.toolCalls().size()) {
            diffs.add("calls " + got.toolCalls() + " != " + want);
        } else {
            for (int i = 0; i < want.size(); i++) {
                Json.Obj w = want.get(i);
                ToolCall c = got.toolCalls().get(i);
                if (!str(w, "name").equals(c.name())) diffs.add("name " + c.name() + " != " + str(w, "name"));
                if (!Json.parse(str(w, "arguments")).equals(Json.parse(c.arguments()))) diffs.add("arguments " + c.arguments() + " != " + str(w, "arguments"));
                if (!str(w, "id").isEmpty() && !str(w, "id").equals(c.id())) diffs.add("id " + c.id() + " != " + str(w, "id"));
            }
        }
        if (got.malformedToolCall()) diffs.add("malformed");
        return diffs.isEmpty() ? null : String.join("; ", diffs);
    }

    static String q(String s) {
        return "'" + s.replace("\n", "\\n") + "'";
    }

    @Test
    void parsesAsLlamaCpp() {
        Map<String, int[]> perFamily = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (Case k : cases()) {
            String family = str(k.c(), "family");
            int[] counts = perFamily.computeIfAbsent(family, x -> new int[2]);
            counts[1]++;
            ToolCallFormat.Syntax syn = syntax(str(k.c(), "template"));
            ParsedReply got = ToolCallParser.parse(syn, str(k.c(), "input"), options(k, syn, bool(k.c(), "partial")));
            String diff = compare(k, got);
            if (diff == null) {
                counts[0]++;
            } else if (KNOWN_DIFFERENCES.containsKey(k.id())) {
                counts[0]++;
            } else {
                failures.add(k.id() + " (" + str(k.c(), "line") + ", detected " + syn.format() + "): " + diff);
            }
        }
        StringBuilder sb = new StringBuilder("tool-call parses equal to llama.cpp's:");
        perFamily.forEach((fam, c) -> sb.append(' ').append(fam).append(' ').append(c[0]).append('/').append(c[1]));
        System.out.println(sb);
        if (!failures.isEmpty()) fail(failures.size() + " cases differ:\n" + String.join("\n", failures));
    }

    @Test
    void detectsTheFamilyOfEachCase() {
        List<String> wrong = new ArrayList<>();
        for (Case k : cases()) {
            ToolCallFormat f = ToolCallFormat.detect(LlamaSource.template(str(k.c(), "template")));
            if (!f.name().equals(str(k.c(), "family"))) wrong.add(str(k.c(), "template") + ": " + f + " != " + str(k.c(), "family"));
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong.stream().distinct().toList()));
    }

    @Test
    void partialParsesOnlyGrow() {
        List<String> failures = new ArrayList<>();
        for (Case k : cases()) {
            String input = str(k.c(), "input");
            ToolCallFormat.Syntax syn = syntax(str(k.c(), "template"));
            ParsedReply last = ToolCallParser.parse(syn, input, options(k, syn, bool(k.c(), "partial")));
            ParsedReply prev = ParsedReply.text("");
            for (int i = 0; i <= input.length(); i++) {
                if (i > 0 && i < input.length() && Character.isHighSurrogate(input.charAt(i - 1))) continue;
                ParsedReply p = ToolCallParser.parse(syn, input.substring(0, i), options(k, syn, true));
                String why = grows(prev, p) ? (grows(p, last) ? null : "not a prefix of the final parse") : "shrank";
                if (why != null) {
                    failures.add(k.id() + " at " + i + ": " + why + ": " + p + " then " + prev + " final " + last);
                    break;
                }
                prev = p;
            }
        }
        if (!failures.isEmpty()) fail(failures.size() + " cases:\n" + String.join("\n", failures));
    }

    static boolean grows(ParsedReply a, ParsedReply b) {
        if (!b.content().startsWith(a.content()) || !b.reasoning().startsWith(a.reasoning())) return false;
        if (a.toolCalls().size() > b.toolCalls().size()) return false;
        return b.toolCalls().subList(0, a.toolCalls().size()).equals(a.toolCalls());
    }

    @Test
    void neverThrows() {
        Random r = new Random(7);
        String[] bits = {"<tool_call>", "</tool_call>", "<think>", "</think>", "[TOOL_CALLS]", "[ARGS]", "[CALL_ID]", "{", "}", "[", "]",
            "\"name\"", ":", ",", "\"arguments\"", "\"special_function\"", "<|START_ACTION|>", "<|END_ACTION|>", "<|START_RESPONSE|>",
            "<｜tool▁calls▁begin｜>", "<｜tool▁call▁begin｜>", "<｜tool▁sep｜>", "```json", "```", "<function=", "<parameter=", ">",
            "</parameter>", "</function>", "all\n", ">>>", "\n", " ", "x", "\\", "\"", "1", "\uD83D\uDE00", "\uD83D", "[THINK]", "[/THINK]"};
        List<Tool> tools = List.of(Tool.of("special_function", "", "{\"type\":\"object\",\"properties\":{\"arg1\":{\"type\":\"integer\"}}}"));
        for (ToolCallFormat f : ToolCallFormat.values()) {
            for (int n = 0; n < 1500; n++) {
                StringBuilder sb = new StringBuilder();
                int len = r.nextInt(30);
                for (int i = 0; i < len; i++) sb.append(bits[r.nextInt(bits.length)]);
                for (boolean partial : new boolean[] {false, true}) {
                    for (List<Tool> ts : java.util.Arrays.asList(null, tools)) {
                        ParsedReply p = ToolCallParser.parse(f, sb.toString(), new ToolCallParser.Options(partial, true, n % 3 == 0 ? "<think>\n" : "", ts));
                        assertTrue(p != null);
                    }
                }
            }
        }
    }

    @Test
    void detectsEveryTemplate() {
        Json.Obj templates = (Json.Obj) GOLDEN.get("templates");
        Map<ToolCallFormat, List<String>> byFormat = new TreeMap<>();
        List<String> mismatch = new ArrayList<>();
        for (var file : LlamaSource.templateFiles()) {
            String name = LlamaSource.name(file);
            String src = LlamaSource.template(name);
            ToolCallFormat.Syntax syn = ToolCallFormat.syntax(src);
            byFormat.computeIfAbsent(syn.format(), x -> new ArrayList<>()).add(name);
            Json.Obj g = (Json.Obj) templates.get(name);
            if (g == null || !(g.get("analysis") instanceof Json.Obj a)) continue;
            Json.Obj reasoning = (Json.Obj) a.get("reasoning");
            Json.Obj tools = (Json.Obj) a.get("tools");
            // Where llama.cpp's autoparser found a Hermes-style call, we must have found HERMES, and the reverse.
            boolean hermesLike = "JSON_NATIVE".equals(str(tools, "mode")) && str(tools, "per_call_start").startsWith("<tool_call>");
            if (hermesLike != (syn.format() == ToolCallFormat.HERMES)) mismatch.add(name + ": " + syn.format() + " vs llama.cpp " + tools);
            if (syn.format() == ToolCallFormat.HERMES || syn.format() == ToolCallFormat.DEEPSEEK_R1 || syn.format() == ToolCallFormat.DEEPSEEK_V3_1) {
                String start = "NONE".equals(str(reasoning, "mode")) ? "" : str(reasoning, "start");
                String end = "NONE".equals(str(reasoning, "mode")) ? "" : str(reasoning, "end");
                if (!start.equals(syn.reasoningStart()) || !end.equals(syn.reasoningEnd())) {
                    mismatch.add(name + ": reasoning " + q(syn.reasoningStart()) + ".." + q(syn.reasoningEnd()) + " vs llama.cpp " + q(start) + ".." + q(end));
                }
            }
        }
        byFormat.forEach((f, names) -> System.out.println("detect " + f + ": " + names));
        assertEquals(List.of(), mismatch);
    }
}
