package io.github.llamaffm.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.llamaffm.internal.Json;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * ToolGrammar: for every format, hand-written call texts in the family's syntax are accepted by the
 * grammar (checked with the json tests' GBNF recognizer) and ToolCallParser reads them back as the
 * same calls; the trigger patterns find the call's start.
 */
class ToolGrammarTest {
    static final List<Tool> TOOLS = List.of(
            Tool.of("special_function", "I'm special", "{\"type\":\"object\",\"properties\":{\"arg1\":{\"type\":\"integer\"}},\"required\":[\"arg1\"]}"),
            Tool.of("special_function_with_opt", "opt", "{\"type\":\"object\",\"properties\":{\"arg1\":{\"type\":\"integer\"},\"arg2\":{\"type\":\"integer\"}},\"required\":[\"arg1\"]}"),
            Tool.of("python", "an ipython interpreter", "{\"type\":\"object\",\"properties\":{\"code\":{\"type\":\"string\"}},\"required\":[\"code\"]}"));

    record Call(String name, String args) {
    }

    static final List<List<Call>> SAMPLES = List.of(
            List.of(new Call("special_function", "{\"arg1\": 1}")),
            List.of(new Call("python", "{\"code\": \"print('hey')\\nprint(2)\"}")),
            List.of(new Call("special_function_with_opt", "{\"arg1\": 1, \"arg2\": 2}"), new Call("special_function", "{\"arg1\": -7}")));

    /** A call text as the family writes it (and as its grammar requires). */
    static String write(ToolCallFormat f, List<Call> calls) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        switch (f) {
            case MISTRAL_NEMO -> sb.append("[TOOL_CALLS][");
            case COMMAND_R7B -> sb.append("<|START_ACTION|>[\n");
            case DEEPSEEK_R1, DEEPSEEK_V3_1 -> sb.append("<｜tool▁calls▁begin｜>");
            case GENERIC -> sb.append(calls.size() > 1 ? "{\"tool_calls\": [" : "{\"tool_call\": ");
            default -> { }
        }
        for (Call c : calls) {
            boolean first = i++ == 0;
            switch (f) {
                case HERMES -> sb.append(first ? "" : "\n").append("<tool_call>\n{\"name\": \"").append(c.name()).append("\", \"arguments\": ").append(c.args()).append("}\n</tool_call>");
                case LLAMA_3_X -> sb.append(first ? "" : "\n").append("{\"name\": \"").append(c.name()).append("\", \"parameters\": ").append(c.args()).append("}");
                case MISTRAL_NEMO -> sb.append(first ? "" : ", ").append("{\"name\": \"").append(c.name()).append("\", \"arguments\": ").append(c.args()).append(", \"id\": \"abcDEF123\"}");
                case MINISTRAL -> sb.append("[TOOL_CALLS]").append(c.name()).append("[ARGS]").append(c.args());
                case COMMAND_R7B -> sb.append(first ? "" : ",\n").append("    {\"tool_call_id\": \"").append(i - 1).append("\", \"tool_name\": \"").append(c.name()).append("\", \"parameters\": ").append(c.args()).append("}");
                case DEEPSEEK_R1 -> sb.append("<｜tool▁call▁begin｜>function<｜tool▁sep｜>").append(c.name()).append("\n```json\n").append(c.args()).append("\n```<｜tool▁call▁end｜>");
                case DEEPSEEK_V3_1 -> sb.append("<｜tool▁call▁begin｜>").append(c.name()).append("<｜tool▁sep｜>").append(c.args()).append("<｜tool▁call▁end｜>");
                case FUNCTIONARY_V3_2 -> sb.append(first ? "" : "\n>>>").append(c.name()).append("\n").append(c.args());
                case QWEN3_CODER -> {
                    sb.append(first ? "" : "\n").append("<tool_call>\n<function=").append(c.name()).append(">\n");
                    Json.Obj o = (Json.Obj) Json.parse(c.args());
                    for (var e : o.members().entrySet()) {
                        String v = e.getValue() instanceof Json.Str s ? s.value() : Json.write(e.getValue());
                        sb.append("<parameter=").append(e.getKey()).append(">\n").append(v).append("\n</parameter>\n");
                    }
                    sb.append("</function>\n</tool_call>");
                }
                default -> sb.append(first ? "" : ", ").append("{\"name\": \"").append(c.name()).append("\", \"arguments\": ").append(c.args()).append("}");
            }
        }
        switch (f) {
            case MISTRAL_NEMO -> sb.append("]");
            case COMMAND_R7B -> sb.append("\n]<|END_ACTION|>");
            case DEEPSEEK_R1, DEEPSEEK_V3_1 -> sb.append("<｜tool▁calls▁end｜>");
            case GENERIC -> sb.append(calls.size() > 1 ? "]}" : "}");
            default -> { }
        }
        return sb.toString();
    }

    /** The json tests' recognizer (package-private there), by reflection. */
    static boolean matches(String grammar, String text) throws ReflectiveOperationException {
        Class<?> c = Class.forName("io.github.llamaffm.json.GbnfMatcher");
        Constructor<?> k = c.getDeclaredConstructor(String.class);
        k.setAccessible(true);
        Object m = k.newInstance(grammar);
        Method match = c.getDeclaredMethod("matches", String.class);
        match.setAccessible(true);
        return (Boolean) match.invoke(m, text);
    }

    static final List<ToolCallFormat> FORMATS = List.of(ToolCallFormat.HERMES, ToolCallFormat.LLAMA_3_X, ToolCallFormat.MISTRAL_NEMO,
            ToolCallFormat.MINISTRAL, ToolCallFormat.COMMAND_R7B, ToolCallFormat.DEEPSEEK_R1, ToolCallFormat.DEEPSEEK_V3_1,
            ToolCallFormat.FUNCTIONARY_V3_2, ToolCallFormat.QWEN3_CODER, ToolCallFormat.GENERIC);

    @Test
    void grammarAcceptsWhatTheParserReadsBack() throws ReflectiveOperationException {
        List<String> failures = new ArrayList<>();
        for (ToolCallFormat f : FORMATS) {
            ToolCallFormat.Syntax syn = ToolCallFormat.Syntax.of(f);
            for (ToolChoice choice : List.of(ToolChoice.AUTO, ToolChoice.REQUIRED)) {
                ToolGrammar g = ToolGrammar.of(syn, TOOLS, choice, true, false, false).orElseThrow();
                assertEquals(choice == ToolChoice.AUTO && f != ToolCallFormat.GENERIC, g.lazy(), f + " " + choice);
                for (List<Call> sample : SAMPLES) {
                    String text = write(f, sample);
                    if (!matches(g.grammar(), text)) failures.add(f + " " + choice + ": grammar rejects " + text + "\n" + g.grammar());
                    if (g.lazy()) {
                        String prose = f == ToolCallFormat.FUNCTIONARY_V3_2 || f == ToolCallFormat.LLAMA_3_X ? "" : "Let me call it.\n";
                        String all = prose + text;
                        int at = triggerStart(g, all);
                        if (at != prose.length()) failures.add(f + ": trigger at " + at + " in " + all);
                    }
                    ParsedReply p = ToolCallParser.parse(syn, text, new ToolCallParser.Options(false, true, "", TOOLS));
                    List<Call> got = p.toolCalls().stream().map(c -> new Call(c.name(), c.arguments())).toList();
                    List<Call> want = sample.stream().map(c -> new Call(c.name(), Json.write(Json.parse(c.args())))).toList();
                    if (!got.equals(want) || p.malformedToolCall() || !p.content().isEmpty()) failures.add(f + ": parsed " + p + " from " + text);
                }
            }
            // one call only without parallel
            ToolGrammar single = ToolGrammar.of(syn, TOOLS, ToolChoice.REQUIRED, false, false, false).orElseThrow();
            if (matches(single.grammar(), write(f, SAMPLES.get(2)))) failures.add(f + ": non-parallel grammar accepts two calls");
            // a named function only
            ToolGrammar named = ToolGrammar.of(syn, TOOLS, ToolChoice.function("python"), true, false, false).orElseThrow();
            if (matches(named.grammar(), write(f, SAMPLES.get(0)))) failures.add(f + ": FUNCTION(python) grammar accepts special_function");
            if (!matches(named.grammar(), write(f, SAMPLES.get(1)))) failures.add(f + ": FUNCTION(python) grammar rejects python");
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** Where llama.cpp's lazy sampler would start feeding the grammar (llama_grammar_trigger_pattern::find). */
    static int triggerStart(ToolGrammar g, String text) {
        int best = -1;
        for (String pat : g.triggerPatterns()) {
            java.util.regex.Matcher m = Pattern.compile(pat).matcher(text);
            boolean full = pat.startsWith("^") && pat.endsWith("$");
            if (full ? m.matches() : m.find()) {
                int start = m.start();
                for (int i = 1; i <= m.groupCount(); i++) {
                    if (m.group(i) != null && !m.group(i).isEmpty()) {
                        start = m.start(i);
                        break;
                    }
                }
                if (best < 0 || start < best) best = start;
            }
        }
        return best;
    }

    @Test
    void requiredWithReasoningFirst() throws ReflectiveOperationException {
        ToolCallFormat.Syntax syn = new ToolCallFormat.Syntax(ToolCallFormat.HERMES, "<think>\n", "\n</think>\n\n");
        ToolGrammar g = ToolGrammar.of(syn, TOOLS, ToolChoice.REQUIRED, false, true, false).orElseThrow();
        String call = write(ToolCallFormat.HERMES, SAMPLES.get(0));
        assertTrue(matches(g.grammar(), "<think>\nhmm </thin <b> </\n</think>\n\n" + call));
        assertTrue(matches(g.grammar(), call));
        ToolGrammar open = ToolGrammar.of(syn, TOOLS, ToolChoice.REQUIRED, false, true, true).orElseThrow();
        assertTrue(matches(open.grammar(), "hmm\n</think>\n\n" + call));
        assertFalse(matches(open.grammar(), call));
        ParsedReply p = ToolCallParser.parse(syn, "hmm\n</think>\n\n" + call, new ToolCallParser.Options(false, true, "<think>\n", TOOLS));
        assertEquals("hmm\n", p.reasoning());
        assertEquals(1, p.toolCalls().size());
    }

    @Test
    void noneAndGeneric() throws ReflectiveOperationException {
        assertTrue(ToolGrammar.of(ToolCallFormat.Syntax.of(ToolCallFormat.HERMES), TOOLS, ToolChoice.NONE, true, false, false).isEmpty());
        ToolGrammar g = ToolGrammar.of(ToolCallFormat.Syntax.of(ToolCallFormat.GENERIC), TOOLS, ToolChoice.AUTO, false, false, false).orElseThrow();
        assertTrue(matches(g.grammar(), "{\"response\": \"Hello, world!\\nWhat's up?\"}"));
        ParsedReply p = ToolCallParser.parse(ToolCallFormat.GENERIC, "{\"response\": \"Hello, world!\\nWhat's up?\"}", ToolCallParser.Options.defaults());
        assertEquals("Hello, world!\nWhat's up?", p.content());
        String prompt = ToolGrammar.genericSystemPrompt(TOOLS, true);
        assertTrue(prompt.contains("\"name\":\"python\"") && prompt.contains("tool_calls"), prompt);
    }
}
