package io.github.llamaffm.chat;

import io.github.llamaffm.Completion;
import io.github.llamaffm.StopReason;

import java.util.Objects;

/**
 * The outcome of one {@link ChatCall}: the reply taken apart, and how the generation went.
 *
 * @param reply        the reply's content, reasoning and tool calls (calls carry ids)
 * @param completion   the generation: its raw text, why it stopped, generated tokens, the prompt
 *                     tokens decoded for it (fewer than the prompt when a sequence still held its
 *                     start), speeds
 * @param promptTokens the prompt's whole length in tokens (what usage reports count)
 */
public record ChatResult(ParsedReply reply, Completion completion, int promptTokens) {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException     if a part is null
     * @throws IllegalArgumentException if {@code promptTokens} is negative
     */
    public ChatResult {
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(completion, "completion");
        if (promptTokens < 0) throw new IllegalArgumentException("promptTokens must be >= 0: " + promptTokens);
    }

    /**
     * Why the generation stopped. A reply that ended with tool calls stops with
     * {@link StopReason#END_OF_GENERATION} or a stop string; check {@link ParsedReply#hasToolCalls()}.
     *
     * @return the stop reason
     */
    public StopReason stopReason() {
        return completion.stopReason();
    }
}
