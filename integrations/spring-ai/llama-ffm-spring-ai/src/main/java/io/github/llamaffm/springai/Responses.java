package io.github.llamaffm.springai;

import io.github.llamaffm.Completion;
import io.github.llamaffm.StopReason;
import io.github.llamaffm.chat.ChatEvent;
import io.github.llamaffm.chat.ChatResult;
import io.github.llamaffm.chat.ParsedReply;
import io.github.llamaffm.chat.ToolCall;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.metadata.ChatGenerationMetadata;
import org.springframework.ai.chat.metadata.ChatResponseMetadata;
import org.springframework.ai.chat.metadata.DefaultUsage;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The core's replies and events as Spring AI's {@link ChatResponse}s. */
final class Responses {
    /** Where a reply's reasoning (thinking) text goes in the assistant message's metadata. */
    static final String REASONING = "reasoningContent";
    /** The core's own reason in the generation metadata, beside Spring AI's finish reason. */
    static final String STOP_REASON = "stopReason";

    private Responses() {
    }

    /** A whole reply: text, reasoning, tool calls, finish reason and usage. */
    static ChatResponse full(ChatResult result, String model) {
        ParsedReply reply = result.reply();
        List<AssistantMessage.ToolCall> calls = new ArrayList<>();
        for (ToolCall c : reply.toolCalls()) calls.add(toolCall(c));
        AssistantMessage message = AssistantMessage.builder()
                .content(reply.content())
                .properties(reply.reasoning() == null || reply.reasoning().isEmpty() ? Map.of() : Map.of(REASONING, reply.reasoning()))
                .toolCalls(calls)
                .build();
        return response(message, result, model);
    }

    /** The last chunk of a stream: no text, the finish reason and the usage. */
    static ChatResponse last(ChatResult result, String model) {
        return response(new AssistantMessage(""), result, model);
    }

    /** A chunk of a stream for one event, or null for an event that has no chunk. */
    static ChatResponse chunk(ChatEvent event, String model) {
        AssistantMessage m = switch (event) {
            case ChatEvent.ContentDelta d -> new AssistantMessage(d.text());
            case ChatEvent.ReasoningDelta d -> AssistantMessage.builder().content("").properties(Map.of(REASONING, d.text())).build();
            case ChatEvent.ToolCallRequested c -> AssistantMessage.builder().content("").toolCalls(List.of(toolCall(c.call()))).build();
            default -> null;
        };
        if (m == null) return null;
        return new ChatResponse(List.of(new Generation(m)), ChatResponseMetadata.builder().model(model).build());
    }

    private static ChatResponse response(AssistantMessage message, ChatResult result, String model) {
        Completion c = result.completion();
        ChatGenerationMetadata meta = ChatGenerationMetadata.builder()
                .finishReason(finishReason(c.stopReason(), result.reply()))
                .metadata(STOP_REASON, c.stopReason().name())
                .build();
        ChatResponseMetadata responseMeta = ChatResponseMetadata.builder()
                .model(model)
                .usage(new DefaultUsage(result.promptTokens(), c.generatedTokens()))
                .build();
        return new ChatResponse(List.of(new Generation(message, meta)), responseMeta);
    }

    private static AssistantMessage.ToolCall toolCall(ToolCall c) {
        return new AssistantMessage.ToolCall(c.id(), "function", c.name(), c.arguments());
    }

    /** Finish reasons as OpenAI-style providers name them, which Spring AI's users match on. */
    static String finishReason(StopReason reason, ParsedReply reply) {
        return switch (reason) {
            case END_OF_GENERATION, STOP_STRING -> reply.hasToolCalls() ? "TOOL_CALLS" : "STOP";
            case MAX_TOKENS, CONTEXT_FULL -> "LENGTH";
            case CANCELLED -> "CANCELLED";
        };
    }
}
