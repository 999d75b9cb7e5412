package io.github.llamaffm.chat;

import io.github.llamaffm.Media;
import io.github.llamaffm.MultimodalProjector;
import io.github.llamaffm.internal.Json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One message of a conversation, as chat templates see it, with Hugging Face's conventions:
 * {@code role} and {@code content}; for an assistant that called tools, {@code tool_calls}
 * ({@code [{"id", "type": "function", "function": {"name", "arguments": {...}}}]}); for a tool's
 * result, role {@code tool} with {@code tool_call_id} and {@code name}; and the assistant's
 * reasoning as {@code reasoning_content}. A user message may carry images or audio
 * ({@link #userParts(Object...)}): its content then holds {@link MultimodalProjector#MARKER} where
 * each media goes, which a {@link ChatSession} with a projector turns into the media's embeddings.
 *
 * @param role       the speaker: usually {@code "system"}, {@code "user"}, {@code "assistant"}
 *                   or {@code "tool"}
 * @param content    the text of the message (may be empty, e.g. for an assistant that only calls tools)
 * @param reasoning  the assistant's reasoning (empty for none); templates that show earlier
 *                   reasoning read it as {@code reasoning_content}
 * @param toolCalls  the calls an assistant message made (empty for none)
 * @param toolCallId for a tool result: the id of the call it answers, else null
 * @param name       for a tool result: the tool's name, else null
 * @param media      the images and audio of a user message, in the order of the markers in
 *                   {@code content} (empty for none)
 */
public record ChatMessage(String role, String content, String reasoning, List<ToolCall> toolCalls,
                          String toolCallId, String name, List<Media> media) {

    /**
     * Creates a message.
     *
     * @param role       the speaker
     * @param content    the text
     * @param reasoning  the reasoning, empty for none
     * @param toolCalls  the calls, empty for none
     * @param toolCallId the id of the call a tool result answers, or null
     * @param name       the name of the tool a result comes from, or null
     * @param media      the media of a user message, one per marker in {@code content}, in order
     * @throws NullPointerException     if {@code role}, {@code content}, {@code reasoning},
     *                                  {@code toolCalls} or {@code media} (or one of their elements) is null
     * @throws IllegalArgumentException if a message that is not the assistant's carries tool calls,
     *                                  one that is not the user's carries media, or the markers in
     *                                  {@code content} are not as many as the media
     */
    public ChatMessage {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(reasoning, "reasoning");
        toolCalls = List.copyOf(toolCalls);
        media = List.copyOf(media);
        if (!toolCalls.isEmpty() && !role.equals("assistant")) {
            throw new IllegalArgumentException("only assistant messages carry tool calls, not '" + role + "'");
        }
        if (!media.isEmpty() && !role.equals("user")) {
            throw new IllegalArgumentException("only user messages carry media, not '" + role + "'");
        }
        int markers = markers(content);
        if (markers != media.size() && !media.isEmpty()) {
            throw new IllegalArgumentException("the message has " + markers + " media markers (" + MultimodalProjector.MARKER
                    + ") and " + media.size() + " media");
        }
    }

    /**
     * Creates a message without media.
     *
     * @param role       the speaker
     * @param content    the text
     * @param reasoning  the reasoning, empty for none
     * @param toolCalls  the calls, empty for none
     * @param toolCallId the id of the call a tool result answers, or null
     * @param name       the name of the tool a result comes from, or null
     * @throws NullPointerException     as the canonical constructor
     * @throws IllegalArgumentException if a message that is not the assistant's carries tool calls
     */
    public ChatMessage(String role, String content, String reasoning, List<ToolCall> toolCalls, String toolCallId, String name) {
        this(role, content, reasoning, toolCalls, toolCallId, name, List.of());
    }

    /** How many media markers a text holds. */
    static int markers(String text) {
        int n = 0;
        for (int at = text.indexOf(MultimodalProjector.MARKER); at >= 0; at = text.indexOf(MultimodalProjector.MARKER, at + 1)) n++;
        return n;
    }

    /**
     * A user message of text and media in order, such as
     * {@code userParts("Compare ", Media.fromFile(a), " with ", Media.fromFile(b))}: each media
     * becomes a {@link MultimodalProjector#MARKER} in the content, where the template places the text.
     *
     * @param parts {@link String}s and {@link Media}, in order
     * @return a message with role {@code "user"}
     * @throws NullPointerException     if a part is null
     * @throws IllegalArgumentException if a part is neither text nor media, or a text holds the marker
     */
    public static ChatMessage userParts(Object... parts) {
        StringBuilder content = new StringBuilder();
        List<Media> media = new ArrayList<>();
        for (Object p : parts) {
            Objects.requireNonNull(p, "part");
            if (p instanceof Media m) {
                content.append(MultimodalProjector.MARKER);
                media.add(m);
            } else if (p instanceof CharSequence t) {
                if (markers(t.toString()) > 0) {
                    throw new IllegalArgumentException("a text part holds the media marker " + MultimodalProjector.MARKER);
                }
                content.append(t);
            } else {
                throw new IllegalArgumentException("a message part is text or Media, not " + p.getClass().getName());
            }
        }
        return new ChatMessage("user", content.toString(), "", List.of(), null, null, media);
    }

    /**
     * Creates a message of a role and a text.
     *
     * @param role    the speaker
     * @param content the text
     * @throws NullPointerException if either is null
     */
    public ChatMessage(String role, String content) {
        this(role, content, "", List.of(), null, null);
    }

    /**
     * A system message (instructions for the model).
     *
     * @param content the text
     * @return a message with role {@code "system"}
     * @throws NullPointerException if {@code content} is null
     */
    public static ChatMessage system(String content) {
        return new ChatMessage("system", content);
    }

    /**
     * A user message.
     *
     * @param content the text
     * @return a message with role {@code "user"}
     * @throws NullPointerException if {@code content} is null
     */
    public static ChatMessage user(String content) {
        return new ChatMessage("user", content);
    }

    /**
     * An assistant (model) message.
     *
     * @param content the text
     * @return a message with role {@code "assistant"}
     * @throws NullPointerException if {@code content} is null
     */
    public static ChatMessage assistant(String content) {
        return new ChatMessage("assistant", content);
    }

    /**
     * An assistant message that calls tools.
     *
     * @param content   the text written beside the calls (often empty)
     * @param toolCalls the calls, at least one
     * @return a message with role {@code "assistant"}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code toolCalls} is empty
     */
    public static ChatMessage assistant(String content, List<ToolCall> toolCalls) {
        if (toolCalls.isEmpty()) throw new IllegalArgumentException("no tool calls");
        return new ChatMessage("assistant", content, "", toolCalls, null, null);
    }

    /**
     * A tool's result, the answer to one call.
     *
     * @param toolCallId the id of the call ({@link ToolCall#id()})
     * @param name       the tool's name
     * @param content    the result as text (usually JSON); plain text to the template and the
     *                   tokenizer, so it cannot forge a call or a role
     * @return a message with role {@code "tool"}
     * @throws NullPointerException if an argument is null
     */
    public static ChatMessage tool(String toolCallId, String name, String content) {
        return new ChatMessage("tool", content, "", List.of(), Objects.requireNonNull(toolCallId, "toolCallId"),
                Objects.requireNonNull(name, "name"));
    }

    /**
     * The same message with reasoning text.
     *
     * @param text the reasoning
     * @return a new message
     * @throws NullPointerException if {@code text} is null
     */
    public ChatMessage withReasoning(String text) {
        return new ChatMessage(role, content, text, toolCalls, toolCallId, name, media);
    }

    /**
     * The texts of this message that must stay plain text in a prompt, in the order templates
     * write them: the reasoning, the content, and the string values inside tool-call arguments
     * (a model may write control-token text into an argument).
     */
    List<String> plainTexts() {
        List<String> out = new ArrayList<>();
        if (!reasoning.isEmpty()) out.add(reasoning);
        out.add(content);
        for (ToolCall c : toolCalls) strings(Json.parse(c.arguments()), out);
        return out;
    }

    private static void strings(Json v, List<String> out) {
        switch (v) {
            case Json.Str s -> out.add(s.value());
            case Json.Obj o -> o.members().values().forEach(x -> strings(x, out));
            case Json.Arr a -> a.items().forEach(x -> strings(x, out));
            default -> { }
        }
    }

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("role", role);
        m.put("content", content);
        if (!reasoning.isEmpty()) m.put("reasoning_content", reasoning);
        if (!toolCalls.isEmpty()) {
            List<Object> calls = new ArrayList<>();
            for (ToolCall c : toolCalls) {
                Map<String, Object> fn = new LinkedHashMap<>();
                fn.put("name", c.name());
                fn.put("arguments", Json.toJava(Json.parse(c.arguments())));
                Map<String, Object> call = new LinkedHashMap<>();
                if (!c.id().isEmpty()) call.put("id", c.id());
                call.put("type", "function");
                call.put("function", fn);
                calls.add(call);
            }
            m.put("tool_calls", calls);
        }
        if (toolCallId != null) m.put("tool_call_id", toolCallId);
        if (name != null) m.put("name", name);
        return m;
    }
}
