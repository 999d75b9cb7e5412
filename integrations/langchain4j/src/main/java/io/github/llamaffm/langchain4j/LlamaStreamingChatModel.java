package io.github.llamaffm.langchain4j;

import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import io.github.llamaffm.chat.ChatCall;

import java.util.List;
import java.util.Set;

/**
 * A LangChain4j {@link StreamingChatModel} over a local GGUF model run by llama.cpp through
 * llama-ffm: the reply streams to the handler piece by piece as the model writes it.
 *
 * <pre>{@code
 * try (LlamaStreamingChatModel model = LlamaStreamingChatModel.builder().modelPath(Path.of("model.gguf")).build()) {
 *     model.chat("Tell me a story", new StreamingChatResponseHandler() {
 *         public void onPartialResponse(String text) { System.out.print(text); }
 *         public void onCompleteResponse(ChatResponse response) { System.out.println(); }
 *         public void onError(Throwable error) { error.printStackTrace(); }
 *     });
 * }
 * }</pre>
 *
 * <p>The handler is called on a virtual thread of each reply, never on the engine's decoding
 * thread, in order: partial text ({@code onPartialResponse}) and reasoning
 * ({@code onPartialThinking}) as they come, {@code onCompleteToolCall} for each tool call once
 * it is complete (tool calls are not streamed in parts), then {@code onCompleteResponse} with the
 * token usage and the finish reason ({@code STOP}, {@code LENGTH} or {@code TOOL_EXECUTION}).
 * Errors of the reply (a closed model, a prompt too long for the context, a failed decode) go
 * to {@code onError}; an exception thrown by the handler goes to its {@code onError} too and the
 * stream continues. A request that is wrong (a bad parameter, an unsupported feature) throws
 * from {@code chat} before anything starts. The
 * {@code StreamingHandle} of the partial-response context cancels the reply; nothing reaches
 * the handler after that. Sharing, tools and JSON output work as in {@link LlamaChatModel}.
 */
public final class LlamaStreamingChatModel implements StreamingChatModel, AutoCloseable {
    private final ChatBackend backend;

    private LlamaStreamingChatModel(ChatBackend backend) {
        this.backend = backend;
    }

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
        RequestMapper.Mapped mapped = backend.map(request); // a bad request throws here
        ChatCall call;
        try {
            call = backend.submit(mapped);
        } catch (RuntimeException e) { // the engine refused (closed, ...): an error of this reply
            StreamPump.error(handler, e);
            return;
        }
        StreamPump.start(backend, call, handler);
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
        return backend.defaults();
    }

    @Override
    public List<ChatModelListener> listeners() {
        return backend.listeners();
    }

    @Override
    public ModelProvider provider() {
        return ModelProvider.OTHER;
    }

    @Override
    public Set<Capability> supportedCapabilities() {
        return Set.of(Capability.RESPONSE_FORMAT_JSON_SCHEMA);
    }

    /**
     * The name reported in responses.
     *
     * @return the model name
     */
    public String modelName() {
        return backend.modelName();
    }

    /**
     * Ends the replies still running (their handlers get an error), frees the engine's context,
     * and frees the model if this instance loaded it from a path. Idempotent.
     */
    @Override
    public void close() {
        backend.close();
    }

    /** Builds a {@link LlamaStreamingChatModel}; see {@link LlamaChatBuilder} for the settings. */
    public static final class Builder extends LlamaChatBuilder<Builder> {
        private Builder() {
        }

        /**
         * Loads the model if given a path and starts the engine.
         *
         * @return the model
         * @throws IllegalArgumentException if the configuration is incomplete or wrong (no model,
         *                                  a missing file, a size below 1, a bad default parameter)
         * @throws io.github.llamaffm.LlamaException if llama.cpp cannot load the model or create the context
         */
        public LlamaStreamingChatModel build() {
            return new LlamaStreamingChatModel(ChatBackend.create(this));
        }
    }
}
