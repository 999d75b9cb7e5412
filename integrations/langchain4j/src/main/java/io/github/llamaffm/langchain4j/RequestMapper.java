package io.github.llamaffm.langchain4j;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.Content;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.UnsupportedFeatureException;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.Sampler;
import io.github.llamaffm.chat.ChatMessage;
import io.github.llamaffm.chat.Tool;
import io.github.llamaffm.chat.ToolCall;
import io.github.llamaffm.chat.ToolChoice;
import io.github.llamaffm.json.JsonSchema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * LangChain4j's request (messages and merged parameters) as llama-ffm's chat request and
 * generation parameters. Every value is checked here, so a bad one is an
 * {@link IllegalArgumentException} (or an {@link UnsupportedFeatureException} for what
 * llama-ffm does not do) before anything is generated.
 */
final class RequestMapper {
    /** The window of the penalties when the request sets a penalty but no window. */
    static final int DEFAULT_PENALTY_LAST_N = 64;
    /** No maxOutputTokens: the reply ends at the end of generation or when its context is full. */
    private static final int UNLIMITED = Integer.MAX_VALUE;

    private RequestMapper() {}

    /** What the engine takes for one request. */
    record Mapped(io.github.llamaffm.chat.ChatRequest request, GenerateParams params) {}

    /** Maps a request whose parameters are already merged with the model's defaults. */
    static Mapped map(ChatRequest request, String modelName) {
        ChatRequestParameters p = request.parameters();
        checkModelName(p.modelName(), modelName);
        if (p.maxOutputTokens() != null && p.maxOutputTokens() < 1) {
            throw new IllegalArgumentException("maxOutputTokens must be >= 1: " + p.maxOutputTokens());
        }
        List<ChatMessage> messages = messages(request.messages());
        if (messages.isEmpty()) throw new IllegalArgumentException("a chat request needs at least one message");
        List<Tool> tools = tools(p.toolSpecifications());
        String grammar = grammar(p.responseFormat());
        if (grammar != null && !tools.isEmpty()) {
            throw new UnsupportedFeatureException("llama-ffm does not support a JSON response format together with tools "
                    + "in one request: the reply is constrained either to a tool call or to the schema");
        }
        var core = io.github.llamaffm.chat.ChatRequest.builder(messages).tools(tools);
        ToolChoice choice = toolChoice(p, tools);
        if (choice != null) core.toolChoice(choice);
        Boolean thinking = null;
        if (p instanceof LlamaChatRequestParameters lp) {
            if (lp.parallelToolCalls() != null) core.parallelToolCalls(lp.parallelToolCalls());
            thinking = lp.thinking();
        }
        // a JSON grammar holds from the first token: no room for a reasoning block before it
        if (thinking == null && grammar != null) thinking = false;
        if (thinking != null) core.thinking(thinking);
        Sampler sampler = sampler(p);
        if (grammar != null) sampler = sampler.withGrammar(grammar, "root");
        GenerateParams.Builder gp = GenerateParams.builder()
                .maxTokens(p.maxOutputTokens() != null ? p.maxOutputTokens() : UNLIMITED)
                .sampler(sampler);
        if (p.stopSequences() != null) gp.stop(p.stopSequences().toArray(String[]::new));
        return new Mapped(core.build(), gp.build());
    }

    /** Checks parameters on their own (the model's defaults, at build time). */
    static void check(ChatRequestParameters p, String modelName) {
        checkModelName(p.modelName(), modelName);
        sampler(p);
        if (p.maxOutputTokens() != null && p.maxOutputTokens() < 1) {
            throw new IllegalArgumentException("maxOutputTokens must be >= 1: " + p.maxOutputTokens());
        }
        tools(p.toolSpecifications());
        grammar(p.responseFormat());
        if (p.stopSequences() != null) {
            for (String s : p.stopSequences()) {
                if (s == null || s.isEmpty()) throw new IllegalArgumentException("stop sequences must not be null or empty");
            }
        }
    }

    private static void checkModelName(String requested, String modelName) {
        if (requested != null && !requested.equals(modelName)) {
            throw new UnsupportedFeatureException("llama-ffm does not support modelName '" + requested
                    + "': this model instance serves '" + modelName + "' only (build one model per GGUF file)");
        }
    }

    /** The sampler settings; unset values take llama.cpp's command-line defaults. */
    static Sampler sampler(ChatRequestParameters p) {
        Sampler.Builder b = Sampler.builder();
        double temperature = nonNegative(orDefault(p.temperature(), 0.8), "temperature");
        b.temperature((float) temperature);
        int topK = p.topK() != null ? p.topK() : 40;
        if (topK < 1) throw new IllegalArgumentException("topK must be >= 1: " + topK);
        double topP = orDefault(p.topP(), 0.95);
        if (!(topP > 0 && topP <= 1)) throw new IllegalArgumentException("topP must be in (0, 1]: " + topP);
        LlamaChatRequestParameters lp = p instanceof LlamaChatRequestParameters l ? l : null;
        double minP = lp != null ? orDefault(lp.minP(), 0.05) : 0.05;
        if (!(minP >= 0 && minP <= 1)) throw new IllegalArgumentException("minP must be in [0, 1]: " + minP);
        if (temperature > 0) {
            // at temperature 0 they cannot change the most likely token, and a chain without them
            // is many times faster under a grammar (tool calls, JSON)
            b.topK(topK).topP((float) topP).minP((float) minP);
        }
        if (lp != null && lp.seed() != null) b.seed(lp.seed());
        double frequency = finite(orDefault(p.frequencyPenalty(), 0.0), "frequencyPenalty");
        double presence = finite(orDefault(p.presencePenalty(), 0.0), "presencePenalty");
        double repeat = lp != null ? finite(orDefault(lp.repeatPenalty(), 1.0), "repeatPenalty") : 1.0;
        if (repeat <= 0) throw new IllegalArgumentException("repeatPenalty must be > 0: " + repeat);
        int lastN = lp != null && lp.penaltyLastN() != null ? lp.penaltyLastN() : DEFAULT_PENALTY_LAST_N;
        if (lastN < -1) throw new IllegalArgumentException("penaltyLastN must be >= -1: " + lastN);
        if (frequency != 0 || presence != 0 || repeat != 1) {
            b.penalties(lastN, (float) repeat, (float) frequency, (float) presence);
        }
        return b.build();
    }

    private static double orDefault(Double v, double dflt) {
        return v != null ? v : dflt;
    }

    private static double nonNegative(double v, String name) {
        if (!(v >= 0) || Double.isInfinite(v)) throw new IllegalArgumentException(name + " must be a finite number >= 0: " + v);
        return v;
    }

    private static double finite(double v, String name) {
        if (!Double.isFinite(v)) throw new IllegalArgumentException(name + " must be a finite number: " + v);
        return v;
    }

    /** The grammar a JSON response format asks for, or null for plain text. */
    private static String grammar(ResponseFormat format) {
        if (format == null || format.type() != ResponseFormatType.JSON) return null;
        String schema = format.jsonSchema() == null || format.jsonSchema().rootElement() == null
                ? "{\"type\":\"object\",\"additionalProperties\":true}" // any object
                : SchemaJson.of(format.jsonSchema().rootElement());
        try {
            return JsonSchema.parse(schema).toGrammar();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the JSON schema of the response format cannot be enforced: " + e.getMessage(), e);
        }
    }

    static List<Tool> tools(List<ToolSpecification> specs) {
        List<Tool> out = new ArrayList<>();
        if (specs == null) return out;
        for (ToolSpecification s : specs) {
            try {
                out.add(new Tool(s.name(), s.description() == null ? "" : s.description(),
                        JsonSchema.parse(SchemaJson.ofParameters(s.parameters()))));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("tool '" + s.name() + "': " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static ToolChoice toolChoice(ChatRequestParameters p, List<Tool> tools) {
        String named = p instanceof LlamaChatRequestParameters lp ? lp.toolName() : null;
        if (named != null) {
            if (tools.stream().noneMatch(t -> t.name().equals(named))) {
                throw new IllegalArgumentException("toolName '" + named + "' is not among the request's tools");
            }
            return ToolChoice.function(named);
        }
        if (p.toolChoice() == null) return null;
        if (tools.isEmpty() && p.toolChoice() == dev.langchain4j.model.chat.request.ToolChoice.REQUIRED) {
            throw new IllegalArgumentException("ToolChoice.REQUIRED needs at least one tool specification");
        }
        return switch (p.toolChoice()) {
            case AUTO -> ToolChoice.AUTO;
            case REQUIRED -> ToolChoice.REQUIRED;
            case NONE -> ToolChoice.NONE;
        };
    }

    /** LangChain4j's messages as llama-ffm's; content other than text is refused. */
    static List<ChatMessage> messages(List<dev.langchain4j.data.message.ChatMessage> in) {
        List<ChatMessage> out = new ArrayList<>(in.size());
        for (dev.langchain4j.data.message.ChatMessage m : in) {
            out.add(switch (m) {
                case SystemMessage s -> ChatMessage.system(s.text());
                case UserMessage u -> ChatMessage.user(text(u));
                case AiMessage a -> new ChatMessage("assistant", a.text() == null ? "" : a.text(),
                        a.thinking() == null ? "" : a.thinking(), calls(a.toolExecutionRequests()), null, null);
                case ToolExecutionResultMessage r -> ChatMessage.tool(r.id() == null ? "" : r.id(),
                        r.toolName() == null ? "" : r.toolName(), r.text() == null ? "" : r.text());
                default -> throw new UnsupportedFeatureException("llama-ffm does not support messages of type " + m.type());
            });
        }
        return out;
    }

    private static String text(UserMessage u) {
        StringBuilder sb = new StringBuilder();
        for (Content c : u.contents()) {
            if (!(c instanceof TextContent t)) {
                throw new UnsupportedFeatureException("llama-ffm does not support " + c.type().name().toLowerCase(Locale.ROOT)
                        + " content in user messages (text only)");
            }
            if (!sb.isEmpty()) sb.append('\n');
            sb.append(t.text());
        }
        return sb.toString();
    }

    private static List<ToolCall> calls(List<ToolExecutionRequest> requests) {
        List<ToolCall> out = new ArrayList<>();
        if (requests == null) return out;
        for (ToolExecutionRequest r : requests) {
            String args = r.arguments() == null || r.arguments().isBlank() ? "{}" : r.arguments();
            out.add(new ToolCall(r.id() == null ? "" : r.id(), r.name(), args));
        }
        return out;
    }
}
