package io.github.llamaffm.langchain4j;

import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import io.github.llamaffm.ContextParams;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.ModelParams;
import io.github.llamaffm.chat.ChatTemplate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What {@link LlamaChatModel} and {@link LlamaStreamingChatModel} are built from: the model (a
 * GGUF file, or a {@link LlamaModel} already loaded), the engine's context (how many replies
 * run at once, and their context), the chat template, the default request parameters and the
 * listeners. Everything is checked at {@code build()}, which fails with an
 * {@link IllegalArgumentException} that says what is wrong.
 *
 * @param <B> the concrete builder
 */
public abstract class LlamaChatBuilder<B extends LlamaChatBuilder<B>> {
    Path modelPath;
    LlamaModel model;
    ModelParams modelParams;
    ContextParams contextParams;
    Integer contextSize;
    Integer sequences;
    Integer threads;
    ChatTemplate template;
    String modelName;
    ChatRequestParameters defaultRequestParameters;
    final List<ChatModelListener> listeners = new ArrayList<>();

    LlamaChatBuilder() {
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /**
     * The GGUF file to load; the model built owns it and frees it on {@code close()}.
     *
     * @param path the file
     * @return this builder
     */
    public B modelPath(Path path) {
        this.modelPath = path;
        return self();
    }

    /**
     * A model already loaded, shared with others: the model built never closes it.
     *
     * @param model the model
     * @return this builder
     */
    public B model(LlamaModel model) {
        this.model = model;
        return self();
    }

    /**
     * How to load {@link #modelPath(Path)} (GPU layers, memory mapping, ...).
     *
     * @param params the parameters
     * @return this builder
     */
    public B modelParams(ModelParams params) {
        this.modelParams = params;
        return self();
    }

    /**
     * The context of the chat engine in full (batch size, KV layout, ...); {@link #contextSize(int)},
     * {@link #sequences(int)} and {@link #threads(int)} override its values when set.
     *
     * @param params the context parameters
     * @return this builder
     */
    public B contextParams(ContextParams params) {
        this.contextParams = params;
        return self();
    }

    /**
     * The engine's context size in tokens, shared by the replies that run at once: each gets
     * {@code tokens / sequences} for its prompt and reply (default: the model's training
     * context, at most 16384).
     *
     * @param tokens at least 1
     * @return this builder
     */
    public B contextSize(int tokens) {
        this.contextSize = tokens;
        return self();
    }

    /**
     * How many replies the model generates at once (continuous batching); more requests wait.
     *
     * @param n at least 1 (default 4)
     * @return this builder
     */
    public B sequences(int n) {
        this.sequences = n;
        return self();
    }

    /**
     * CPU threads of the engine's decoding (default: llama.cpp's, one per core). On a machine
     * that runs other work too, fewer threads than cores keep llama.cpp's threads from waiting on
     * each other.
     *
     * @param n at least 1
     * @return this builder
     */
    public B threads(int n) {
        this.threads = n;
        return self();
    }

    /**
     * The chat template; by default the model's own, else a built-in one.
     *
     * @param template the template
     * @return this builder
     */
    public B template(ChatTemplate template) {
        this.template = template;
        return self();
    }

    /**
     * The name reported in responses and to listeners; by default the model's
     * {@code general.name}, else its file name.
     *
     * @param name the name
     * @return this builder
     */
    public B modelName(String name) {
        this.modelName = name;
        return self();
    }

    /**
     * Parameters every request starts from (a {@link LlamaChatRequestParameters} for the
     * llama-specific ones); a request's own values override them.
     *
     * @param parameters the defaults
     * @return this builder
     */
    public B defaultRequestParameters(ChatRequestParameters parameters) {
        this.defaultRequestParameters = parameters;
        return self();
    }

    /**
     * Listeners told of every request, response and error.
     *
     * @param listeners the listeners
     * @return this builder
     */
    public B listeners(List<ChatModelListener> listeners) {
        this.listeners.clear();
        for (ChatModelListener l : listeners) this.listeners.add(Objects.requireNonNull(l, "listener"));
        return self();
    }
}
