package io.github.llamaffm.chat;

import io.github.llamaffm.BatchGenerator;
import io.github.llamaffm.BatchRequest;
import io.github.llamaffm.ContextParams;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.Media;
import io.github.llamaffm.MultimodalProjector;
import io.github.llamaffm.MultimodalPrompt;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Chat replies for many conversations at once over one model: each {@link #submit} renders a
 * {@link ChatRequest} with the model's chat template (tools, tool choice and thinking included),
 * and a {@link BatchGenerator} serves all replies in progress by continuous batching, one
 * sequence of the engine's context each. The building block of providers and servers, which are
 * stateless per request: every request carries its whole conversation.
 *
 * <pre>{@code
 * try (ChatEngine engine = ChatEngine.builder(model).sequences(8).build()) {
 *     ChatCall call = engine.submit(ChatRequest.builder(List.of(ChatMessage.user("Hi"))).build(),
 *             GenerateParams.builder().maxTokens(200).build());
 *     for (ChatEvent e : call) if (e instanceof ChatEvent.ContentDelta d) System.out.print(d.text());
 *     System.out.println(call.join().completion().generatedTokens());
 * }
 * }</pre>
 *
 * <p>Replies are parsed in the template's tool-call format: content, reasoning and tool calls
 * apart; when tools are offered, the sampler gets the calls' grammar (lazy with
 * {@link ToolChoice#AUTO}), so arguments fit each tool's schema. Message text is tokenized as
 * plain text: user text and tool results cannot inject the template's control tokens.
 *
 * <p><b>Images and audio:</b> with a {@link Builder#projector projector}, user messages may carry
 * media ({@link ChatMessage#userParts(Object...)}); they are rendered and decoded as a
 * {@link ChatSession} does, each reply's media into its own sequence, and a sequence that holds a
 * conversation's image from an earlier request reuses it.
 *
 * <p><b>Speculative decoding:</b> parameters with a {@link GenerateParams#speculation()} make
 * that reply speculate ({@link BatchGenerator}'s rules: the same reply as without, its own
 * proposer; a draft model's context needs a sequence per engine sequence). For example, prompt
 * lookup for every reply: {@code params.toBuilder().speculative(PromptLookup.of()).build()}.
 *
 * <p><b>Ownership and threads:</b> the engine owns its context and decoding thread, not the
 * model. {@link #submit} and {@link #chat} are safe from any number of threads. {@link #close()}
 * ends the calls in progress (their results complete with what they have, or exceptionally) and
 * frees the context; close it before the model.
 */
public final class ChatEngine implements AutoCloseable {
    private final LlamaModel model;
    private final PromptRenderer renderer;
    private final LlamaContext ctx;
    private final BatchGenerator generator;
    private final MultimodalProjector projector; // null: text only

    private ChatEngine(Builder b) {
        if (b.projector != null && b.projector.model() != b.model) {
            throw new IllegalArgumentException(b.projector + " belongs to another model than the engine's");
        }
        this.model = b.model;
        this.projector = b.projector;
        this.renderer = new PromptRenderer(b.model, b.template, b.builtin);
        ContextParams p = b.contextParams != null ? b.contextParams
                : threads(ContextParams.builder().contextSize(b.contextSize).sequences(b.sequences).unifiedKv(true), b.threads).build();
        this.ctx = b.model.newContext(p);
        try {
            this.generator = BatchGenerator.builder(ctx).cachePrompts(b.cachePrompts).build();
        } catch (RuntimeException | Error e) {
            ctx.close();
            throw e;
        }
    }

    private static ContextParams.Builder threads(ContextParams.Builder p, int threads) {
        return threads > 0 ? p.threads(threads) : p;
    }

    /**
     * A builder for an engine over {@code model}, with the model's own chat template.
     *
     * @param model the model; the engine does not own it
     * @return a new builder
     * @throws NullPointerException if {@code model} is null
     */
    public static Builder builder(LlamaModel model) {
        return new Builder(Objects.requireNonNull(model, "model"));
    }

    /**
     * Renders a request and queues its reply.
     *
     * @param request the conversation, tools and options
     * @param params  limits, stop strings and sampler settings of the reply (the tool-call
     *                grammar is added here; BOS and special-token settings are the engine's)
     * @return the reply in progress
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code params}' sampler has a grammar of its own while
     *                                  tools are offered, the template cannot render the request
     *                                  ({@link ChatTemplateException}), or its messages have media
     *                                  and the engine no {@link Builder#projector projector}, or a
     *                                  media cannot be decoded or does not suit the projector
     * @throws IllegalStateException    if the engine or its projector is closed
     */
    public ChatCall submit(ChatRequest request, GenerateParams params) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(params, "params");
        if (generator.isClosed()) throw new IllegalStateException("the chat engine is closed");
        List<Media> media = new ArrayList<>();
        for (ChatMessage m : request.messages()) media.addAll(m.media());
        if (!media.isEmpty() && projector == null) {
            throw new IllegalArgumentException("the request has images or audio; give the engine a projector (ChatEngine.Builder.projector)");
        }
        ChatPrompt prompt = renderer.render(request);
        GenerateParams reply = PromptRenderer.replyParams(prompt, params);
        ChatCall call = new ChatCall(prompt);
        if (media.isEmpty()) {
            call.start(generator.submit(renderer.tokens(prompt), reply, call::accept));
        } else {
            List<int[]> pieces = renderer.tokenPieces(prompt);
            if (pieces.size() - 1 != media.size()) {
                throw new IllegalArgumentException("the rendered conversation has " + (pieces.size() - 1) + " media markers ("
                        + MultimodalProjector.MARKER + ") for " + media.size() + " media");
            }
            call.start(generator.submit(MultimodalPrompt.ofTokens(projector, pieces, media), reply, call::accept));
        }
        return call;
    }

    /**
     * Queues a plain completion of {@code prompt} (no chat template), served by the same
     * sequences and queue as the chat replies.
     *
     * @param prompt the text to continue, tokenized with {@code params}' special-token settings
     * @param params limits, stop strings, sampler, cancellation
     * @return the request: iterate it for tokens, or join it
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the prompt has no tokens
     * @throws IllegalStateException    if the engine is closed
     */
    public BatchRequest submitText(String prompt, GenerateParams params) {
        return generator.submit(prompt, params);
    }

    /**
     * Renders a request, generates its reply and waits for it.
     *
     * @param request the conversation, tools and options
     * @param params  limits, stop strings and sampler settings
     * @return the result
     * @throws io.github.llamaffm.ContextFullException if the prompt does not fit a sequence
     * @throws io.github.llamaffm.LlamaException       if generation failed
     * @throws IllegalArgumentException                as {@link #submit} does
     * @throws IllegalStateException                   if the engine is closed
     */
    public ChatResult chat(ChatRequest request, GenerateParams params) {
        return submit(request, params).join();
    }

    /**
     * Renders a request without generating (to look at the prompt, or count its tokens).
     *
     * @param request the conversation, tools and options
     * @return the prompt
     * @throws NullPointerException     if {@code request} is null
     * @throws ChatTemplateException    if the template cannot render it
     */
    public ChatPrompt prompt(ChatRequest request) {
        return renderer.render(Objects.requireNonNull(request, "request"));
    }

    /**
     * The tokens the request's prompt takes; with media, the positions it fills, each media's
     * included (the media are decoded to count them, without encoding).
     *
     * @param request the conversation, tools and options
     * @return the prompt's token count
     * @throws NullPointerException     if {@code request} is null
     * @throws ChatTemplateException    if the template cannot render it
     * @throws IllegalArgumentException if it has media and the engine no projector, or a media
     *                                  cannot be decoded
     */
    public int countTokens(ChatRequest request) {
        ChatPrompt prompt = prompt(request);
        List<Media> media = new ArrayList<>();
        for (ChatMessage m : request.messages()) media.addAll(m.media());
        if (media.isEmpty()) return renderer.tokens(prompt).length;
        if (projector == null) throw new IllegalArgumentException("the request has images or audio; the engine has no projector");
        int n = 0;
        for (int[] piece : renderer.tokenPieces(prompt)) n += piece.length;
        for (Media m : media) n += projector.positions(m);
        return n;
    }

    /**
     * Replies that can be generated at once (the context's sequences); more wait in a queue.
     *
     * @return the number of sequences
     */
    public int capacity() {
        return generator.capacity();
    }

    /**
     * Replies being generated now.
     *
     * @return the count (at most {@link #capacity()})
     */
    public int running() {
        return generator.running();
    }

    /**
     * Requests waiting for a sequence.
     *
     * @return the count
     */
    public int queued() {
        return generator.queued();
    }

    /**
     * Tokens one reply's prompt and reply together can hold.
     *
     * @return the per-sequence context size
     */
    public int sequenceContextSize() {
        return ctx.sequenceContextSize();
    }

    /**
     * Counters of the underlying generator (steps, tokens).
     *
     * @return the statistics
     */
    public BatchGenerator.Stats stats() {
        return generator.stats();
    }

    /**
     * What speculative decoding did over all replies and completions so far (those whose
     * parameters set {@link GenerateParams#speculation()}; each call's own counts are its
     * {@link ChatCall#speculationStats()}).
     *
     * @return the sums
     */
    public io.github.llamaffm.SpeculationStats speculationStats() {
        return generator.speculationStats();
    }

    /**
     * The projector that encodes the images and audio of messages, if the engine has one.
     *
     * @return the projector (owned by the model, not the engine), or empty for text only
     */
    public java.util.Optional<MultimodalProjector> projector() {
        return java.util.Optional.ofNullable(projector);
    }

    /**
     * The model the engine serves (not owned by it).
     *
     * @return the model
     */
    public LlamaModel model() {
        return model;
    }

    /**
     * Whether {@link #close()} was called.
     *
     * @return true once closed
     */
    public boolean isClosed() {
        return generator.isClosed();
    }

    /**
     * Ends the calls in progress and frees the context. Idempotent.
     */
    @Override
    public void close() {
        try {
            generator.close();
        } finally {
            ctx.close();
        }
    }

    @Override
    public String toString() {
        return "ChatEngine[" + capacity() + " sequences, " + ctx.contextSize() + " tokens" + (isClosed() ? ", closed]" : "]");
    }

    /** Settings of a {@link ChatEngine}. */
    public static final class Builder {
        private final LlamaModel model;
        private ChatTemplate template;
        private String builtin;
        private ContextParams contextParams;
        private int sequences = 4;
        private int contextSize = 0;
        private int threads = 0;
        private boolean cachePrompts = true;
        private MultimodalProjector projector;

        private Builder(LlamaModel model) {
            this.model = model;
        }

        /**
         * The projector that encodes the images and audio of user messages
         * ({@link ChatMessage#userParts(Object...)}), as a {@link ChatSession}'s does: messages are
         * rendered with a media marker per media, and each reply's media are encoded and decoded
         * into its sequence by the engine's decoding thread (see
         * {@link BatchGenerator#submit(MultimodalPrompt, GenerateParams, java.util.function.Consumer)}).
         * Replies with media run without speculative decoding.
         *
         * @param p a projector of the engine's model, or null for text only (the default); the
         *          engine does not own it (close the engine first)
         * @return this builder
         */
        public Builder projector(MultimodalProjector p) {
            projector = p;
            return this;
        }

        /**
         * The template to render with instead of the model's own.
         *
         * @param t the template
         * @return this builder
         * @throws NullPointerException if {@code t} is null
         */
        public Builder template(ChatTemplate t) {
            template = Objects.requireNonNull(t, "template");
            return this;
        }

        /**
         * One of llama.cpp's built-in chat formats (e.g. {@code "chatml"}, {@code "llama3"}) for
         * models without a Jinja template; ignored when {@link #template(ChatTemplate)} is set.
         *
         * @param name the format's name
         * @return this builder
         * @throws NullPointerException if {@code name} is null
         */
        public Builder builtinTemplate(String name) {
            builtin = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Replies generated at once (default 4): the context's sequences, sharing one unified KV
         * memory of {@link #contextSize(int)} tokens. Ignored when {@link #contextParams} is set.
         *
         * @param n sequences, 1 to 256
         * @return this builder
         * @throws IllegalArgumentException if {@code n} is out of range
         */
        public Builder sequences(int n) {
            if (n < 1 || n > 256) throw new IllegalArgumentException("sequences must be 1 to 256: " + n);
            sequences = n;
            return this;
        }

        /**
         * Tokens of the context, shared by the replies in progress (default 0: the model's
         * training context). Ignored when {@link #contextParams} is set.
         *
         * @param tokens the context size, or 0 for the model's
         * @return this builder
         * @throws IllegalArgumentException if {@code tokens} is negative
         */
        public Builder contextSize(int tokens) {
            if (tokens < 0) throw new IllegalArgumentException("contextSize must be >= 0 (0 = the model's): " + tokens);
            contextSize = tokens;
            return this;
        }

        /**
         * Whether a sequence keeps its tokens after a reply, so a request that repeats them (the
         * next turn of a conversation, a common system prompt) decodes only what is new (default
         * true; see {@link BatchGenerator.Builder#cachePrompts(boolean)}).
         *
         * @param on false to start every reply from an empty sequence
         * @return this builder
         */
        public Builder cachePrompts(boolean on) {
            cachePrompts = on;
            return this;
        }

        /**
         * Threads llama.cpp computes with (default: the context default, the available
         * processors). Ignored when {@link #contextParams} is set.
         *
         * @param n threads, at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code n < 1}
         */
        public Builder threads(int n) {
            if (n < 1) throw new IllegalArgumentException("threads must be >= 1: " + n);
            threads = n;
            return this;
        }

        /**
         * All settings of the engine's context (threads, batch sizes, sequences, KV layout), in
         * place of {@link #sequences(int)}, {@link #contextSize(int)} and {@link #threads(int)}.
         *
         * @param p the context settings
         * @return this builder
         * @throws NullPointerException if {@code p} is null
         */
        public Builder contextParams(ContextParams p) {
            contextParams = Objects.requireNonNull(p, "contextParams");
            return this;
        }

        /**
         * Creates the engine: its context and decoding thread.
         *
         * @return the engine
         * @throws io.github.llamaffm.LlamaException if the context cannot be created
         * @throws IllegalStateException             if the model is closed
         * @throws IllegalArgumentException          if the projector belongs to another model
         */
        public ChatEngine build() {
            return new ChatEngine(this);
        }
    }
}
