package io.github.llamaffm.langchain4j;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.ChatResponseMetadata;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import io.github.llamaffm.Completion;
import io.github.llamaffm.ContextParams;
import io.github.llamaffm.chat.ChatCall;
import io.github.llamaffm.chat.ChatEngine;
import io.github.llamaffm.chat.ChatResult;
import io.github.llamaffm.chat.ParsedReply;
import io.github.llamaffm.chat.ToolCall;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What the blocking and the streaming chat model share: the model, the chat engine over it (one
 * context, many replies at once), the defaults and the mapping of results to LangChain4j.
 */
final class ChatBackend implements AutoCloseable {
    /** Replies generated at once unless the builder says otherwise. */
    static final int DEFAULT_SEQUENCES = 4;
    /** The most context the default takes: the model's training context can be 128k tokens of KV memory. */
    static final int MAX_DEFAULT_CONTEXT = 16384;
    private final ModelSource.Loaded loaded;
    private final ChatEngine engine;
    private final String modelName;
    private final ChatRequestParameters defaults;
    private final List<ChatModelListener> listeners;
    private final AtomicBoolean closed = new AtomicBoolean();

    private ChatBackend(ModelSource.Loaded loaded, ChatEngine engine, String modelName, ChatRequestParameters defaults,
                        List<ChatModelListener> listeners) {
        this.loaded = loaded;
        this.engine = engine;
        this.modelName = modelName;
        this.defaults = defaults;
        this.listeners = listeners;
    }

    /** Checks the builder's configuration, loads the model if needed and starts the engine. */
    static ChatBackend create(LlamaChatBuilder<?> b) {
        int contextSize = ModelSource.atLeastOne(b.contextSize, "contextSize");
        int sequences = ModelSource.atLeastOne(b.sequences, "sequences");
        int threads = ModelSource.atLeastOne(b.threads, "threads");
        ChatRequestParameters userDefaults = b.defaultRequestParameters;
        if (userDefaults != null && b.modelName != null && userDefaults.modelName() != null
                && !userDefaults.modelName().equals(b.modelName)) {
            throw new IllegalArgumentException("modelName '" + b.modelName + "' and the default parameters' modelName '"
                    + userDefaults.modelName() + "' differ");
        }
        ModelSource.Loaded loaded = ModelSource.open(b.modelPath, b.model, b.modelParams);
        try {
            String name = b.modelName != null ? b.modelName : ModelSource.defaultName(loaded.model());
            if (userDefaults != null) RequestMapper.check(userDefaults, name);
            LlamaChatRequestParameters.Builder defaults = LlamaChatRequestParameters.builder();
            if (userDefaults != null) defaults.overrideWith(userDefaults);
            // the engine's own default context (unified KV memory) unless the builder gave one
            ContextParams.Builder cp = b.contextParams != null ? b.contextParams.toBuilder()
                    : ContextParams.builder().unifiedKv(true).contextSize(defaultContextSize(loaded.model())).sequences(DEFAULT_SEQUENCES);
            if (contextSize > 0) cp.contextSize(contextSize);
            if (sequences > 0) cp.sequences(sequences);
            if (threads > 0) cp.threads(threads);
            ChatEngine.Builder eb = ChatEngine.builder(loaded.model()).contextParams(cp.build());
            if (b.template != null) eb.template(b.template);
            ChatEngine engine = eb.build();
            return new ChatBackend(loaded, engine, name, defaults.modelName(name).build(), List.copyOf(b.listeners));
        } catch (RuntimeException | Error e) {
            loaded.release();
            throw e;
        }
    }

    private static int defaultContextSize(io.github.llamaffm.LlamaModel model) {
        int trained = model.trainingContextSize();
        return trained > 0 ? Math.min(trained, MAX_DEFAULT_CONTEXT) : 4096;
    }

    /** The model served (for tests of ownership). */
    io.github.llamaffm.LlamaModel model() {
        return loaded.model();
    }

    String modelName() {
        return modelName;
    }

    ChatRequestParameters defaults() {
        return defaults;
    }

    List<ChatModelListener> listeners() {
        return listeners;
    }

    /** Checks and maps a request: a bad one throws here, before anything starts. */
    RequestMapper.Mapped map(ChatRequest request) {
        return RequestMapper.map(request, modelName);
    }

    /** Starts a reply. */
    ChatCall submit(RequestMapper.Mapped mapped) {
        return engine.submit(mapped.request(), mapped.params());
    }

    /** The ids LangChain4j sees for the calls of one reply, by index: the model's own, else new ones. */
    static final class CallIds {
        private final Map<Integer, String> ids = new ConcurrentHashMap<>();

        String id(int index, ToolCall call) {
            return ids.computeIfAbsent(index, i -> call.id().isEmpty() ? "call_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24) : call.id());
        }

        ToolExecutionRequest request(int index, ToolCall call) {
            return ToolExecutionRequest.builder().id(id(index, call)).name(call.name()).arguments(call.arguments()).build();
        }
    }

    /** The finished reply as LangChain4j's response. */
    ChatResponse response(ChatResult result, CallIds ids) {
        ParsedReply reply = result.reply();
        Completion c = result.completion();
        List<ToolExecutionRequest> calls = new ArrayList<>();
        for (int i = 0; i < reply.toolCalls().size(); i++) calls.add(ids.request(i, reply.toolCalls().get(i)));
        AiMessage message = AiMessage.builder()
                .text(reply.content().isEmpty() ? null : reply.content())
                .thinking(reply.reasoning().isEmpty() ? null : reply.reasoning())
                .toolExecutionRequests(calls)
                .build();
        FinishReason finish = !calls.isEmpty() ? FinishReason.TOOL_EXECUTION : switch (c.stopReason()) {
            case MAX_TOKENS, CONTEXT_FULL -> FinishReason.LENGTH;
            case END_OF_GENERATION, STOP_STRING -> FinishReason.STOP;
            case CANCELLED -> FinishReason.OTHER;
        };
        return ChatResponse.builder()
                .aiMessage(message)
                .metadata(ChatResponseMetadata.builder()
                        .id("llamaffm-" + UUID.randomUUID())
                        .modelName(modelName)
                        .tokenUsage(new TokenUsage(result.promptTokens(), c.generatedTokens()))
                        .finishReason(finish)
                        .build())
                .build();
    }

    /** Ends running replies, frees the engine's context, and the model if it was loaded here. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) return;
        try {
            engine.close();
        } finally {
            loaded.release();
        }
    }
}
