package io.github.llamaffm.springai;

import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.Sampler;
import io.github.llamaffm.chat.ChatMessage;
import io.github.llamaffm.chat.ChatRequest;
import io.github.llamaffm.chat.Tool;
import io.github.llamaffm.chat.ToolCall;
import io.github.llamaffm.chat.ToolChoice;
import io.github.llamaffm.json.JsonSchema;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.ToolResponseMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.model.tool.ToolCallingManager;
import org.springframework.ai.tool.definition.ToolDefinition;

import java.util.ArrayList;
import java.util.List;

/** Spring AI's prompt and options as the core's {@link ChatRequest} and {@link GenerateParams}. */
final class Requests {
    /** How many tool rounds internal tool execution runs unless told (LlamaChatOptions.maxToolRounds). */
    static final int DEFAULT_MAX_TOOL_ROUNDS = 10;
    /** The penalties' window when a penalty is set and the window is not. */
    private static final int DEFAULT_REPEAT_LAST_N = 64;

    private Requests() {
    }

    static ChatRequest request(List<Message> messages, LlamaChatOptions options, ToolCallingManager manager) {
        List<ChatMessage> conversation = conversation(messages);
        ChatRequest.Builder b = ChatRequest.builder(conversation);
        List<ToolDefinition> definitions = options.getToolCallbacks() == null ? List.of()
                : manager.resolveToolDefinitions(options);
        if (!definitions.isEmpty()) {
            List<Tool> tools = new ArrayList<>(definitions.size());
            for (ToolDefinition d : definitions) tools.add(tool(d));
            b.tools(tools);
            b.toolChoice(choice(options.getToolChoice(), conversation));
            if (options.getParallelToolCalls() != null) b.parallelToolCalls(options.getParallelToolCalls());
        }
        if (options.getThinking() != null) b.thinking(options.getThinking());
        return b.build();
    }

    private static Tool tool(ToolDefinition d) {
        try {
            return Tool.of(d.name(), d.description() == null ? "" : d.description(), d.inputSchema());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("tool " + d.name() + ": " + e.getMessage(), e);
        }
    }

    /** A forced choice answers a user; after tool results the model is free, so a tool loop can end. */
    private static ToolChoice choice(String choice, List<ChatMessage> conversation) {
        if (choice == null || choice.equalsIgnoreCase("auto")) return ToolChoice.AUTO;
        if (choice.equalsIgnoreCase("none")) return ToolChoice.NONE;
        boolean afterTools = !conversation.isEmpty() && conversation.getLast().role().equals("tool");
        if (afterTools) return ToolChoice.AUTO;
        if (choice.equalsIgnoreCase("required")) return ToolChoice.REQUIRED;
        return ToolChoice.function(choice);
    }

    static List<ChatMessage> conversation(List<Message> messages) {
        List<ChatMessage> out = new ArrayList<>(messages.size());
        for (Message m : messages) {
            switch (m.getMessageType()) {
                case SYSTEM -> out.add(ChatMessage.system(text(m)));
                case USER -> {
                    if (m instanceof UserMessage u && !u.getMedia().isEmpty()) {
                        throw new UnsupportedOperationException("LlamaChatModel takes text only: a user message has media");
                    }
                    out.add(ChatMessage.user(text(m)));
                }
                case ASSISTANT -> {
                    AssistantMessage a = (AssistantMessage) m;
                    List<ToolCall> calls = new ArrayList<>();
                    for (AssistantMessage.ToolCall c : a.getToolCalls()) calls.add(new ToolCall(c.id(), c.name(), c.arguments()));
                    out.add(ChatMessage.assistant(text(m), calls));
                }
                case TOOL -> {
                    for (ToolResponseMessage.ToolResponse r : ((ToolResponseMessage) m).getResponses()) {
                        out.add(ChatMessage.tool(r.id(), r.name(), r.responseData()));
                    }
                }
            }
        }
        return out;
    }

    private static String text(Message m) {
        return m.getText() == null ? "" : m.getText();
    }

    static GenerateParams params(LlamaChatOptions o) {
        Sampler.Builder s = Sampler.builder();
        if (o.getTemperature() != null) s.temperature(o.getTemperature().floatValue());
        // at temperature 0 the likeliest token is taken: truncating samplers cannot change it
        boolean greedy = o.getTemperature() != null && o.getTemperature() == 0;
        if (o.getTopK() != null && !greedy) s.topK(o.getTopK());
        if (o.getTopP() != null && !greedy) s.topP(o.getTopP().floatValue());
        if (o.getMinP() != null && !greedy) s.minP(o.getMinP().floatValue());
        if (o.getSeed() != null) s.seed(o.getSeed());
        if (o.getRepeatPenalty() != null || o.getFrequencyPenalty() != null || o.getPresencePenalty() != null) {
            s.penalties(o.getRepeatLastN() != null ? o.getRepeatLastN() : DEFAULT_REPEAT_LAST_N,
                    o.getRepeatPenalty() != null ? o.getRepeatPenalty().floatValue() : 1f,
                    o.getFrequencyPenalty() != null ? o.getFrequencyPenalty().floatValue() : 0f,
                    o.getPresencePenalty() != null ? o.getPresencePenalty().floatValue() : 0f);
        }
        if (o.getOutputSchema() != null) {
            if (o.getToolCallbacks() != null && !o.getToolCallbacks().isEmpty()) {
                throw new IllegalArgumentException("an output schema and tools cannot be combined in one request");
            }
            s.grammar(JsonSchema.parse(o.getOutputSchema()).toGrammar(), "root");
        }
        GenerateParams.Builder g = GenerateParams.builder().sampler(s.build());
        if (o.getMaxTokens() != null) g.maxTokens(o.getMaxTokens());
        if (o.getStopSequences() != null && !o.getStopSequences().isEmpty()) {
            g.stop(o.getStopSequences().toArray(String[]::new));
        }
        return g.build();
    }
}
