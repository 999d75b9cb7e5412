package io.github.llamaffm.langchain4j;

import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.github.llamaffm.StopReason;
import io.github.llamaffm.chat.ChatCall;
import io.github.llamaffm.chat.ChatResult;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;

/**
 * A LangChain4j {@link ChatModel} over a local GGUF model run by llama.cpp through llama-ffm.
 *
 * <pre>{@code
 * try (LlamaChatModel model = LlamaChatModel.builder().modelPath(Path.of("qwen2.5-1.5b-instruct.gguf")).build()) {
 *     String answer = model.chat("What is the capital of France?");
 * }
 * }</pre>
 *
 * <p>One instance serves any number of threads: their requests share one context by continuous
 * batching ({@link LlamaChatBuilder#sequences(int)} replies at once, the others wait). Tools
 * ({@code ToolSpecification}s) are offered through the model's chat template and their calls
 * parsed from its reply; with {@code ToolChoice.REQUIRED} (or
 * {@link LlamaChatRequestParameters#toolName()}) a grammar makes the reply a valid call. A JSON
 * response format is enforced by a grammar built from its schema. Images and other non-text
 * content are refused with {@link dev.langchain4j.exception.UnsupportedFeatureException}. A
 * calling thread that is interrupted cancels its reply ({@code chat} then throws a
 * {@link CancellationException}).
 */
public final class LlamaChatModel implements ChatModel, AutoCloseable {
    private final ChatBackend backend;

    private LlamaChatModel(ChatBackend backend) {
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
    public ChatResponse doChat(ChatRequest request) {
        ChatCall call = backend.submit(backend.map(request));
        ChatResult result;
        try {
            result = call.result().get();
        } catch (InterruptedException e) {
            call.cancel();
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for the reply: it was cancelled");
        } catch (ExecutionException e) {
            // the engine's own exception (ContextFullException, LlamaException, ...), unwrapped for
            // the caller and the listeners
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
        if (result.completion().stopReason() == StopReason.CANCELLED) {
            throw new CancellationException("the reply was cancelled (the model was closed)");
        }
        return backend.response(result, new ChatBackend.CallIds());
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

    /** The model served (package-private: for tests of ownership). */
    io.github.llamaffm.LlamaModel model() {
        return backend.model();
    }

    /**
     * Ends the replies still running, frees the engine's context, and frees the model if this
     * instance loaded it from a path (a {@code LlamaModel} given to the builder stays open).
     * Idempotent.
     */
    @Override
    public void close() {
        backend.close();
    }

    /** Builds a {@link LlamaChatModel}; see {@link LlamaChatBuilder} for the settings. */
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
        public LlamaChatModel build() {
            return new LlamaChatModel(ChatBackend.create(this));
        }
    }
}
