package io.github.llamaffm.chat;

import io.github.llamaffm.internal.Json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The grammar that constrains a reply to tool calls of a {@link ToolCallFormat}, with the
 * arguments of each tool following its schema, and how llama.cpp's sampler applies it.
 *
 * <p>With {@link ToolChoice#AUTO} the grammar is lazy: the model writes freely until one of the
 * {@link #triggerPatterns()} matches (llama.cpp's {@code llama_sampler_init_grammar_lazy_patterns}:
 * a pattern {@code ^…$} is matched against all the text generated so far and the grammar is fed from
 * its first non-empty group; any other pattern is searched and the grammar fed from the match, or
 * from its first non-empty group), and the grammar then covers the call(s) to the end of the reply.
 * With {@link ToolChoice#REQUIRED} and {@link ToolChoice#function(String)} it applies from the first
 * token (after an optional reasoning block). {@link ToolCallFormat#GENERIC} is never lazy: the whole
 * reply is one JSON object. What the grammar accepts, {@link ToolCallParser} reads back as exactly
 * those calls.
 *
 * <p>The patterns are fixed ECMAScript regular expressions; the only text from users in them is
 * tool names, which {@link Tool} restricts to {@code [A-Za-z0-9_-]}.
 *
 * @param grammar         GBNF text
 * @param root            the name of its root rule
 * @param lazy            whether the grammar waits for a trigger
 * @param triggerPatterns the trigger patterns when lazy (empty otherwise)
 */
record ToolGrammar(String grammar, String root, boolean lazy, List<String> triggerPatterns) {

    ToolGrammar {
        Objects.requireNonNull(grammar, "grammar");
        Objects.requireNonNull(root, "root");
        triggerPatterns = List.copyOf(triggerPatterns);
    }

    /**
     * The grammar for a turn.
     *
     * @param syntax        the template's format and reasoning markers
     * @param tools         the tools offered
     * @param choice        the tool choice
     * @param parallel      whether several calls may come in one reply
     * @param reasoning     whether a reasoning block may come first (REQUIRED / FUNCTION; the lazy
     *                      grammar of AUTO leaves it free anyway)
     * @param reasoningOpen whether the prompt already opened that block (the reply starts inside it)
     * @return the grammar; empty with {@link ToolChoice#NONE} or no tools
     * @throws IllegalArgumentException if {@code choice} names a tool that is not offered
     * @throws NullPointerException     if an argument is null
     */
    static Optional<ToolGrammar> of(ToolCallFormat.Syntax syntax, List<Tool> tools, ToolChoice choice, boolean parallel,
                                    boolean reasoning, boolean reasoningOpen) {
        Objects.requireNonNull(syntax, "syntax");
        Objects.requireNonNull(tools, "tools");
        Objects.requireNonNull(choice, "choice");
        if (choice.mode() == ToolChoice.Mode.NONE || tools.isEmpty()) return Optional.empty();
        List<Tool> use = tools;
        if (choice.mode() == ToolChoice.Mode.FUNCTION) {
            use = tools.stream().filter(t -> t.name().equals(choice.function())).toList();
            if (use.isEmpty()) throw new IllegalArgumentException("tool_choice names '" + choice.function() + "', which is not among the tools");
        }
        ToolCallFormat f = syntax.format() == ToolCallFormat.CONTENT_ONLY ? ToolCallFormat.GENERIC : syntax.format();
        boolean auto = choice.mode() == ToolChoice.Mode.AUTO;
        Builder b = new Builder();
        List<String> calls = new ArrayList<>();
        for (int i = 0; i < use.size(); i++) {
            String args = b.embed("t" + i, use.get(i).parameters().toGrammar());
            calls.add(b.call(f, use.get(i), args, i));
        }
        b.rule("call", String.join(" | ", calls));
        String body = b.calls(f, parallel);
        if (f == ToolCallFormat.GENERIC) {
            b.rule("json-string", "\"\\\"\" json-char* \"\\\"\" ws");
            b.rule("json-char", "[^\"\\\\\\x7F\\x00-\\x1F] | [\\\\] ([\"\\\\/bfnrt] | \"u\" [0-9a-fA-F]{4})");
            String response = auto ? " | \"\\\"response\\\"\" ws \":\" ws json-string" : "";
            b.rule("root", "ws \"{\" ws (" + body + response + ") \"}\" ws");
            return Optional.of(new ToolGrammar(b.text(), "root", false, List.of()));
        }
        if (auto) {
            b.rule("root", body);
            return Optional.of(new ToolGrammar(b.text(), "root", true, triggers(f, use)));
        }
        String pre = "";
        if (reasoning && syntax.hasReasoning()) {
            String end = syntax.reasoningEnd().strip();
            b.rule("reasoning-text", until(end));
            String open = reasoningOpen ? "" : lit(syntax.reasoningStart().strip()) + " ";
            b.rule("reasoning", open + "reasoning-text* " + lit(end) + " ws");
            pre = reasoningOpen ? "reasoning " : "reasoning? ";
        }
        b.rule("root", pre + "ws " + body);
        return Optional.of(new ToolGrammar(b.text(), "root", false, List.of()));
    }

    /**
     * The system prompt text that describes the tools for {@link ToolCallFormat#GENERIC}, whose
     * templates do not show tools to the model themselves (the renderer prepends it to the system
     * message).
     *
     * @param tools the tools
     * @param parallel whether several calls may come in one reply
     * @return the text
     * @throws NullPointerException if {@code tools} is null
     */
    static String genericSystemPrompt(List<Tool> tools, boolean parallel) {
        StringBuilder sb = new StringBuilder("You can call these tools:\n\n");
        for (Tool t : tools) {
            StringBuilder line = new StringBuilder("{");
            line.append("\"name\":");
            Json.quote(t.name(), line);
            line.append(",\"description\":");
            Json.quote(t.description(), line);
            line.append(",\"parameters\":").append(Json.write(Json.parse(t.parameters().toJson()))).append('}');
            sb.append(line).append('\n');
        }
        sb.append("\nReply with one JSON object: ");
        sb.append("{\"tool_call\": {\"name\": <tool name>, \"arguments\": <arguments object>}} to call a tool");
        if (parallel) sb.append(", {\"tool_calls\": [<call>, ...]} to call several");
        sb.append(", or {\"response\": <your answer as a string>} to answer.");
        return sb.toString();
    }

    /** The trigger patterns: where a family's calls begin. */
    private static List<String> triggers(ToolCallFormat f, List<Tool> tools) {
        String names = String.join("|", tools.stream().map(Tool::name).toList());
        return switch (f) {
            case HERMES -> List.of("<tool_call>");
            case QWEN3_CODER -> List.of("<tool_call>", "<function=(?:" + names + ")>");
            case MISTRAL_NEMO, MINISTRAL -> List.of("\\[TOOL_CALLS\\]");
            case COMMAND_R7B -> List.of("<\\|START_ACTION\\|>");
            case DEEPSEEK_R1, DEEPSEEK_V3_1 -> List.of("<｜tool▁calls▁begin｜>");
            case LLAMA_3_X -> List.of("^\\s*(\\{\\s*\"name\")[\\s\\S]*$");
            case FUNCTIONARY_V3_2 -> List.of("^((?:" + names + ")\\n)[\\s\\S]*$", ">>>((?:" + names + ")\\n)");
            default -> List.of();
        };
    }

    /** A GBNF literal. */
    static String lit(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    /** One character step of text that does not contain {@code marker} (exact unless the marker overlaps itself). */
    static String until(String marker) {
        List<String> alts = new ArrayList<>();
        for (int k = 0; k < marker.length(); k++) {
            String c = marker.substring(k, k + 1);
            String cls = "[^" + (c.equals("]") || c.equals("\\") || c.equals("^") || c.equals("-") ? "\\" + c : c.equals("\n") ? "\\n" : c) + "]";
            alts.add(k == 0 ? cls : lit(marker.substring(0, k)) + " " + cls);
        }
        return String.join(" | ", alts);
    }

    /** Collects rules; embeds schema grammars under a prefix. */
    private static final class Builder {
        private final Map<String, String> rules = new LinkedHashMap<>();

        Builder() {
            // llama.cpp's JSON whitespace: nothing, a space, or a line break and indentation; a free
            // run of blanks lets a model that likes whitespace spend its whole reply on it
            rules.put("ws", "( \" \" | \"\\n\" [ \\t]{0,20} )?");
        }

        void rule(String name, String body) {
            rules.put(name, body);
        }

        String text() {
            StringBuilder sb = new StringBuilder();
            for (var e : rules.entrySet()) sb.append(e.getKey()).append(" ::= ").append(e.getValue()).append('\n');
            return sb.toString();
        }

        /** Adds a schema's grammar with every rule name prefixed; returns its root's new name. */
        String embed(String prefix, String gbnf) {
            List<String[]> lines = new ArrayList<>();
            java.util.Set<String> names = new java.util.HashSet<>();
            for (String line : gbnf.split("\n")) {
                int eq = line.indexOf("::=");
                if (eq < 0) continue;
                String name = line.substring(0, eq).strip();
                names.add(name);
                lines.add(new String[] {name, line.substring(eq + 3).strip()});
            }
            for (String[] l : lines) rules.put(prefix + "-" + l[0], rename(l[1], names, prefix));
            return prefix + "-root";
        }

        /** Renames rule references outside literals, classes and repetition counts. */
        static String rename(String body, java.util.Set<String> names, String prefix) {
            StringBuilder sb = new StringBuilder();
            int i = 0;
            while (i < body.length()) {
                char c = body.charAt(i);
                if (c == '"' || c == '[' || c == '{') {
                    char close = c == '"' ? '"' : c == '[' ? ']' : '}';
                    int j = i + 1;
                    while (j < body.length() && body.charAt(j) != close) j += body.charAt(j) == '\\' ? 2 : 1;
                    j = Math.min(j + 1, body.length());
                    sb.append(body, i, j);
                    i = j;
                } else if (Character.isLetterOrDigit(c) || c == '-') {
                    int j = i;
                    while (j < body.length() && (Character.isLetterOrDigit(body.charAt(j)) || body.charAt(j) == '-')) j++;
                    String w = body.substring(i, j);
                    sb.append(names.contains(w) ? prefix + "-" + w : w);
                    i = j;
                } else {
                    sb.append(c);
                    i++;
                }
            }
            return sb.toString();
        }

        /** One call to {@code tool} in the family's syntax. */
        String call(ToolCallFormat f, Tool tool, String args, int i) {
            String n = tool.name();
            String q = lit("\"" + n + "\"");
            String body = switch (f) {
                case HERMES -> "\"<tool_call>\" ws \"{\" ws \"\\\"name\\\"\" ws \":\" ws " + q + " ws \",\" ws \"\\\"arguments\\\"\" ws \":\" ws "
                        + args + " ws \"}\" ws \"</tool_call>\"";
                case LLAMA_3_X -> "\"{\" ws \"\\\"name\\\"\" ws \":\" ws " + q + " ws \",\" ws \"\\\"parameters\\\"\" ws \":\" ws " + args + " ws \"}\"";
                case MISTRAL_NEMO -> "\"{\" ws \"\\\"name\\\"\" ws \":\" ws " + q + " ws \",\" ws \"\\\"arguments\\\"\" ws \":\" ws " + args
                        + " ws \",\" ws \"\\\"id\\\"\" ws \":\" ws \"\\\"\" [a-zA-Z0-9]{9} \"\\\"\" ws \"}\"";
                case MINISTRAL -> "\"[TOOL_CALLS]\" " + lit(n) + " \"[ARGS]\" " + args;
                case COMMAND_R7B -> "\"{\" ws \"\\\"tool_call_id\\\"\" ws \":\" ws \"\\\"\" [0-9]{1,4} \"\\\"\" ws \",\" ws \"\\\"tool_name\\\"\" ws \":\" ws " + q
                        + " ws \",\" ws \"\\\"parameters\\\"\" ws \":\" ws " + args + " ws \"}\"";
                case DEEPSEEK_R1 -> "\"<｜tool▁call▁begin｜>function<｜tool▁sep｜>\" " + lit(n) + " \"\\n```json\\n\" " + args + " ws \"```<｜tool▁call▁end｜>\"";
                case DEEPSEEK_V3_1 -> "\"<｜tool▁call▁begin｜>\" " + lit(n) + " \"<｜tool▁sep｜>\" " + args + " ws \"<｜tool▁call▁end｜>\"";
                case FUNCTIONARY_V3_2 -> lit(n + "\n") + " " + args;
                case QWEN3_CODER -> {
                    yield "\"<tool_call>\\n<function=\" " + lit(n) + " \">\\n\" " + xmlParameters(tool, i) + "\"</function>\\n</tool_call>\"";
                }
                default -> "\"{\" ws \"\\\"name\\\"\" ws \":\" ws " + q + " ws \",\" ws \"\\\"arguments\\\"\" ws \":\" ws " + args + " ws \"}\" ws";
            };
            rule("call-" + i, body);
            return "call-" + i;
        }

        /**
         * Qwen3-Coder's parameters of {@code tool}, in the schema's order, required ones always,
         * others optional: a string parameter is bare text up to its closing tag (its enum as
         * literals; with a maxLength, one line of at most that many characters; a pattern or
         * format cannot be enforced on bare text), any other the JSON of its schema.
         */
        @SuppressWarnings("unchecked")
        String xmlParameters(Tool tool, int i) {
            rule("xml-value-char", until("\n</parameter>"));
            Map<String, Object> params = (Map<String, Object>) ((Map<String, Object>) tool.toMap().get("function")).get("parameters");
            Object propsObj = params.get("properties");
            Map<String, Object> props = propsObj instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
            List<Object> required = params.get("required") instanceof List<?> l ? (List<Object>) l : List.of();
            StringBuilder seq = new StringBuilder();
            int k = 0;
            for (Map.Entry<String, Object> e : props.entrySet()) {
                Map<String, Object> ps = e.getValue() instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
                String value;
                if ("string".equals(ps.get("type")) && ps.get("enum") instanceof List<?> en && !en.isEmpty()) {
                    value = "(" + String.join(" | ", en.stream().map(v -> lit(String.valueOf(v))).toList()) + ")";
                } else if ("string".equals(ps.get("type"))) {
                    int min = ps.get("minLength") instanceof Number mn ? mn.intValue() : 0;
                    // bounded: one character per repetition, so the bound is exact (no line breaks then,
                    // which also keeps the closing tag out); unbounded: any text without the closing tag
                    value = ps.get("maxLength") instanceof Number mx ? "[^\\n]{" + min + "," + mx.intValue() + "}"
                            : min > 0 ? "[^\\n]{" + min + ",} xml-value-char*" : "xml-value-char*";
                } else {
                    Map<String, Object> sub = new LinkedHashMap<>(ps);
                    if (params.get("$defs") != null) sub.put("$defs", params.get("$defs"));
                    String json = io.github.llamaffm.internal.Json.write(io.github.llamaffm.internal.Json.fromJava(sub));
                    value = embed("t" + i + "-p" + k, io.github.llamaffm.json.JsonSchema.parse(json).toGrammar());
                }
                String p = lit("<parameter=" + e.getKey() + ">\n") + " " + value + " " + lit("\n</parameter>\n");
                seq.append(required.contains(e.getKey()) ? p : "(" + p + ")?").append(' ');
                k++;
            }
            return seq.toString();
        }

        /** The calls of one reply: the family's wrapping around one or (parallel) several calls. */
        String calls(ToolCallFormat f, boolean parallel) {
            return switch (f) {
                case HERMES, QWEN3_CODER, MINISTRAL, LLAMA_3_X -> parallel ? "call (ws call)* ws" : "call ws";
                case MISTRAL_NEMO -> "\"[TOOL_CALLS]\" \"[\" ws call ws " + (parallel ? "(\",\" ws call ws)* " : "") + "\"]\" ws";
                case COMMAND_R7B -> "\"<|START_ACTION|>\" \"[\" ws call ws " + (parallel ? "(\",\" ws call ws)* " : "") + "\"]\" ws \"<|END_ACTION|>\" ws";
                case DEEPSEEK_R1, DEEPSEEK_V3_1 -> "\"<｜tool▁calls▁begin｜>\" call " + (parallel ? "(ws call)* " : "") + "\"<｜tool▁calls▁end｜>\" ws";
                case FUNCTIONARY_V3_2 -> parallel ? "call (ws \">>>\" call)* ws" : "call ws";
                default -> parallel ? "\"\\\"tool_calls\\\"\" ws \":\" ws \"[\" ws call (\",\" ws call)* \"]\" ws"
                        + " | \"\\\"tool_call\\\"\" ws \":\" ws call" : "\"\\\"tool_call\\\"\" ws \":\" ws call";
            };
        }
    }
}
