package io.github.llamaffm.chat;

import java.util.Objects;

/**
 * How a model family writes tool calls and reasoning in its replies. {@link #detect(String)} finds
 * it from a chat template's source by the markers the template writes, as llama.cpp's
 * {@code common/chat.cpp} recognises its special templates; {@link #syntax(String)} adds the
 * reasoning markers with the exact whitespace that template writes around them.
 *
 * <p>Each constant names the text it reads. Templates of no known family get {@link #GENERIC}: the
 * reply is then a JSON object ({@code {"tool_call": …}}, {@code {"tool_calls": […]}} or
 * {@code {"response": "…"}}) that a grammar enforces, the tools being described in the system prompt.
 */
public enum ToolCallFormat {
    /** Plain text: no tool calls, no reasoning (used when no tools are offered and the template has no markers). */
    CONTENT_ONLY("", ""),
    /**
     * Templates of no known family: the reply is one JSON object, {@code {"tool_call": {"name", "arguments"}}},
     * {@code {"tool_calls": [...]}} or {@code {"response": "text"}}; any other text is content.
     */
    GENERIC("", ""),
    /**
     * Hermes 2 Pro / Hermes 3 / Qwen 2.5 / Qwen 3 / QwQ: {@code <tool_call>\n{"name": …, "arguments": {…}}\n</tool_call>},
     * reasoning in {@code <think>…</think>} where the template has it.
     */
    HERMES("<think>", "</think>"),
    /** Llama 3.1 – 3.3: the reply is a JSON object {@code {"name": …, "parameters": {…}}}. */
    LLAMA_3_X("", ""),
    /** Mistral Nemo: {@code [TOOL_CALLS][{"name": …, "arguments": {…}, "id": "9 chars"}, …]}. */
    MISTRAL_NEMO("", ""),
    /**
     * Ministral 3 / Magistral / Mistral Small 3.2 / Devstral: {@code [TOOL_CALLS]name[CALL_ID]id[ARGS]{…}}
     * (the id part optional), reasoning in {@code [THINK]…[/THINK]}.
     */
    MINISTRAL("[THINK]", "[/THINK]"),
    /**
     * Command R7B: {@code <|START_THINKING|>…<|END_THINKING|>}, then {@code <|START_ACTION|>[{"tool_call_id",
     * "tool_name", "parameters"}, …]<|END_ACTION|>} or {@code <|START_RESPONSE|>text<|END_RESPONSE|>}.
     */
    COMMAND_R7B("<|START_THINKING|>", "<|END_THINKING|>"),
    /**
     * DeepSeek R1 (and its distills): {@code <｜tool▁calls▁begin｜><｜tool▁call▁begin｜>function<｜tool▁sep｜>name\n```json\n{…}```<｜tool▁call▁end｜>…<｜tool▁calls▁end｜>},
     * reasoning in {@code <think>…</think>} (the prompt usually opens it).
     */
    DEEPSEEK_R1("<think>", "</think>"),
    /**
     * DeepSeek V3.1: {@code <｜tool▁calls▁begin｜><｜tool▁call▁begin｜>name<｜tool▁sep｜>{…}<｜tool▁call▁end｜>…<｜tool▁calls▁end｜>},
     * reasoning in {@code <think>…</think>}.
     */
    DEEPSEEK_V3_1("<think>", "</think>"),
    /** Functionary v3.2: the prompt ends with {@code >>>}; the reply is {@code all\ntext} or {@code name\n{…}}, more calls after {@code >>>}. */
    FUNCTIONARY_V3_2("", ""),
    /**
     * Qwen3-Coder: {@code <tool_call>\n<function=name>\n<parameter=p>\nvalue\n</parameter>\n</function>\n</tool_call>};
     * a value is the text itself where the tool's schema says string, else JSON.
     */
    QWEN3_CODER("", "");

    private final String reasoningStart;
    private final String reasoningEnd;

    ToolCallFormat(String reasoningStart, String reasoningEnd) {
        this.reasoningStart = reasoningStart;
        this.reasoningEnd = reasoningEnd;
    }

    /**
     * The marker that opens the family's reasoning block, without surrounding whitespace.
     *
     * @return e.g. {@code <think>}; empty when the family has no reasoning block
     */
    public String reasoningStart() {
        return reasoningStart;
    }

    /**
     * The marker that closes the family's reasoning block, without surrounding whitespace.
     *
     * @return e.g. {@code </think>}; empty when the family has no reasoning block
     */
    public String reasoningEnd() {
        return reasoningEnd;
    }

    /**
     * A template's format with the reasoning markers as that template writes them. The markers
     * may carry whitespace (Qwen 3 writes {@code <think>\n} and {@code \n</think>\n\n}): a parser
     * skips that whitespace where it is present, as llama.cpp's does.
     *
     * @param format         the format
     * @param reasoningStart the opening marker, with the whitespace the template writes around it; empty when none
     * @param reasoningEnd   the closing marker, likewise; empty when none
     */
    public record Syntax(ToolCallFormat format, String reasoningStart, String reasoningEnd) {
        /**
         * Creates a syntax.
         *
         * @param format         the format
         * @param reasoningStart the opening marker (may be empty)
         * @param reasoningEnd   the closing marker (may be empty)
         * @throws NullPointerException if an argument is null
         */
        public Syntax {
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(reasoningStart, "reasoningStart");
            Objects.requireNonNull(reasoningEnd, "reasoningEnd");
        }

        /**
         * A format with its family's default markers.
         *
         * @param format the format
         * @return the syntax
         * @throws NullPointerException if {@code format} is null
         */
        public static Syntax of(ToolCallFormat format) {
            return new Syntax(format, format.reasoningStart(), format.reasoningEnd());
        }

        /**
         * Whether this syntax has a reasoning block.
         *
         * @return true when both markers are known
         */
        public boolean hasReasoning() {
            return !reasoningEnd.isEmpty();
        }
    }

    /**
     * The format a chat template's replies use, found by the markers in its source.
     *
     * @param templateSource the template's Jinja source
     * @return the format; {@link #GENERIC} when no known family's markers are there
     * @throws NullPointerException if {@code templateSource} is null
     */
    public static ToolCallFormat detect(String templateSource) {
        String s = Objects.requireNonNull(templateSource, "templateSource");
        if (s.contains("<function=") && s.contains("<parameter=") && s.contains("<tool_call>")) return QWEN3_CODER;
        if (s.contains(">>>all")) return FUNCTIONARY_V3_2;
        if (s.contains("<|START_ACTION|>") && s.contains("<|START_RESPONSE|>")) return COMMAND_R7B;
        if (s.contains("[TOOL_CALLS]")) return s.contains("[ARGS]") ? MINISTRAL : MISTRAL_NEMO;
        if (s.contains("<｜tool▁calls▁begin｜>")) return s.contains("```json") ? DEEPSEEK_R1 : DEEPSEEK_V3_1;
        if (s.contains("<｜Assistant｜>") && s.contains("<think>")) return DEEPSEEK_R1;
        if (s.contains("<tool_call>") && !s.contains("<tool_calls>") && (s.contains("{\\\"name\\\": ") || s.contains("{\"name\": \"' +")
                || s.contains("{\"name\": <function-name>"))) return HERMES;
        if (s.contains("<|start_header_id|>") && s.contains("ipython") && s.contains("\"parameters\"")) return LLAMA_3_X;
        return GENERIC;
    }

    /**
     * The format and reasoning markers of a chat template.
     *
     * @param templateSource the template's Jinja source
     * @return the syntax: {@link #detect(String)}'s format; the reasoning markers where the
     *         template writes them (a Hermes-style template without {@code <think>} has none)
     * @throws NullPointerException if {@code templateSource} is null
     */
    public static Syntax syntax(String templateSource) {
        ToolCallFormat f = detect(templateSource);
        String s = templateSource;
        return switch (f) {
            case HERMES, DEEPSEEK_R1, DEEPSEEK_V3_1 -> {
                if (!s.contains("</think>")) yield new Syntax(f, "", "");
                // The whitespace the template writes around a reasoning block it renders, e.g. Qwen 3's
                // '<think>\n' + reasoning + '\n</think>\n\n'; llama.cpp's parser skips exactly that.
                String start = s.contains("<think>\\n' +") || s.contains("<think>\\n\" ~") ? "<think>\n" : "<think>";
                String end = s.contains("'\\n</think>\\n\\n'") || s.contains("\"\\n</think>\\n\\n\"") ? "\n</think>\n\n"
                        : s.contains("'\\n</think>\\n'") ? "\n</think>\n" : "</think>";
                yield new Syntax(f, start, end);
            }
            case MINISTRAL -> s.contains("[THINK]") ? Syntax.of(f) : new Syntax(f, "", "");
            default -> Syntax.of(f);
        };
    }
}
