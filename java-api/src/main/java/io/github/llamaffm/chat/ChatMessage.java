package io.github.llamaffm.chat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One message of a conversation, as chat templates see it: {@code message.role} and
 * {@code message.content}.
 *
 * @param role    the speaker: usually {@code "system"}, {@code "user"} or {@code "assistant"}
 *                (templates may know others, such as {@code "tool"})
 * @param content the text of the message
 */
public record ChatMessage(String role, String content) {

    /**
     * Creates a message.
     *
     * @param role    the speaker
     * @param content the text
     * @throws NullPointerException if either is null
     */
    public ChatMessage {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(content, "content");
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

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("role", role);
        m.put("content", content);
        return m;
    }
}
