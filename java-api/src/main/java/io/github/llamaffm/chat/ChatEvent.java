package io.github.llamaffm.chat;

import java.util.Objects;

/**
 * What a streaming chat reply reports as it is generated: text of the answer, text of the
 * reasoning, each tool call once it is complete, and (in {@link ChatSession}'s tool loop) each
 * tool's result. Content and reasoning deltas, joined in order, are the reply's final
 * {@link ParsedReply#content()} and {@link ParsedReply#reasoning()}.
 */
public sealed interface ChatEvent {

    /**
     * More text of the answer.
     *
     * @param text the new text (never empty)
     */
    record ContentDelta(String text) implements ChatEvent {
        /**
         * Creates the event.
         *
         * @param text the new text
         * @throws NullPointerException if {@code text} is null
         */
        public ContentDelta {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * More text of the reasoning (the model's thinking before it answers).
     *
     * @param text the new text (never empty)
     */
    record ReasoningDelta(String text) implements ChatEvent {
        /**
         * Creates the event.
         *
         * @param text the new text
         * @throws NullPointerException if {@code text} is null
         */
        public ReasoningDelta {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A tool call the model has finished writing.
     *
     * @param call  the call, with its id
     * @param index its position among the reply's calls, from 0
     */
    record ToolCallRequested(ToolCall call, int index) implements ChatEvent {
        /**
         * Creates the event.
         *
         * @param call  the call
         * @param index its position
         * @throws NullPointerException if {@code call} is null
         */
        public ToolCallRequested {
            Objects.requireNonNull(call, "call");
        }
    }

    /**
     * The result of a tool that {@link ChatSession} ran for a call; it goes back to the model.
     *
     * @param call   the call
     * @param result the text handed to the model
     * @param error  true when the tool threw and {@code result} describes the error
     */
    record ToolResult(ToolCall call, String result, boolean error) implements ChatEvent {
        /**
         * Creates the event.
         *
         * @param call   the call
         * @param result the result text
         * @param error  whether the tool failed
         * @throws NullPointerException if {@code call} or {@code result} is null
         */
        public ToolResult {
            Objects.requireNonNull(call, "call");
            Objects.requireNonNull(result, "result");
        }
    }
}
