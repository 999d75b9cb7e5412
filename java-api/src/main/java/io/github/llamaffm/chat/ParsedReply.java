package io.github.llamaffm.chat;

import java.util.List;
import java.util.Objects;

/**
 * A model's reply taken apart: the answer text, the reasoning the model wrote before it
 * ({@code <think>…</think>} and the families' own markers), and the tool calls it asked for.
 *
 * @param content           the answer text (without reasoning and without the text of the tool calls)
 * @param reasoning         the reasoning text, empty when there is none
 * @param toolCalls         the calls, in the order the model wrote them
 * @param malformedToolCall true when the reply began a tool call that could not be read (text that
 *                          is not JSON, an unknown tool name, a call cut off); that text is then
 *                          kept in {@link #content()} and no call is made of it
 */
public record ParsedReply(String content, String reasoning, List<ToolCall> toolCalls, boolean malformedToolCall) {

    /**
     * Creates a parsed reply.
     *
     * @param content           the answer text
     * @param reasoning         the reasoning text
     * @param toolCalls         the calls
     * @param malformedToolCall whether a call could not be read
     * @throws NullPointerException if an argument is null
     */
    public ParsedReply {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(reasoning, "reasoning");
        toolCalls = List.copyOf(toolCalls);
    }

    /**
     * A reply of plain text.
     *
     * @param content the text
     * @return a reply without reasoning and calls
     * @throws NullPointerException if {@code content} is null
     */
    public static ParsedReply text(String content) {
        return new ParsedReply(content, "", List.of(), false);
    }

    /**
     * Whether the model asked for at least one tool call.
     *
     * @return true if {@link #toolCalls()} is not empty
     */
    public boolean hasToolCalls() {
        return !toolCalls.isEmpty();
    }

    /**
     * The reply as the assistant's message of a conversation (content, reasoning and calls).
     *
     * @return an assistant message
     */
    public ChatMessage toMessage() {
        return new ChatMessage("assistant", content, reasoning, toolCalls, null, null);
    }
}
