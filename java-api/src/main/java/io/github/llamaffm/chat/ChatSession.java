package io.github.llamaffm.chat;

import io.github.llamaffm.ContextFullException;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.Generation;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.Sampler;

import io.github.llamaffm.Token;
import io.github.llamaffm.internal.Json;
import io.github.llamaffm.json.StructuredOutput;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A conversation with a chat model on one {@link LlamaContext}: a system prompt, the history of
 * turns, and {@link #send(String)} that streams the reply and records it.
 *
 * <p><b>Tools.</b> Functions registered with {@link Builder#tool(String, String, Class, ToolFunction)}
 * are offered to the model; {@link #chat(String, Consumer)} runs the loop: the model's calls
 * (their arguments constrained to each tool's schema) are run, their results go back to the
 * model, until it answers in text or {@link Builder#maxToolRounds(int)} rounds have passed (then
 * it must answer without tools). An exception thrown by a tool goes back to the model as the
 * call's result, unless {@link ToolErrors#THROW} is set. Tools offered without a function
 * ({@link Builder#tools(List)}) end the turn with the calls in {@link ParsedReply#toolCalls()}:
 * add the results with {@link #addToolResult(String, String, String)} and {@link #resume(Consumer)}.
 * Replies are taken apart by the template's format: reasoning ({@code <think>…</think>} and the
 * families' markers) is kept apart from the answer ({@link ParsedReply#reasoning()}).
 *
 * <p>Each turn renders the whole conversation with the model's own chat template and hands the
 * tokens to the context, which reuses the tokens it already holds: only the new part of the
 * prompt (the new user message and the template's markup around it) is decoded. Message text is
 * tokenized as plain text, so a user cannot inject the template's control tokens.
 *
 * <p>When the conversation no longer fits the context, the oldest turns are dropped (the system
 * prompt is kept), or with {@link Overflow#FAIL} a {@link ContextFullException} is thrown.
 * Not thread-safe: like its context, one thread at a time.
 */
public final class ChatSession {
    /** What to do when the conversation outgrows the context. */
    public enum Overflow {
        /** Drop the oldest turns (a user message and what followed it) until it fits (the system prompt stays). */
        DROP_OLDEST,
        /** Throw {@link ContextFullException}. */
        FAIL
    }

    /** What to do when a registered tool throws. */
    public enum ToolErrors {
        /** Hand the error to the model as the call's result (JSON {@code {"error": "..."}}) and go on. */
        REPORT_TO_MODEL,
        /** Stop the turn with a {@link ToolCallException}. */
        THROW
    }

    private final LlamaContext ctx;
    private final PromptRenderer renderer;
    private final Sampler sampler;
    private final io.github.llamaffm.Speculation speculation;
    private final int maxTokens;
    private final int logprobs;
    private final Overflow overflow;
    private final List<String> stop;
    private final List<Tool> tools;
    private final Map<String, ToolFunction<ToolCall>> functions;
    private final ToolChoice toolChoice;
    private final boolean parallelToolCalls;
    private final Boolean thinking;
    private final int maxToolRounds;
    private final ToolErrors toolErrors;
    private final io.github.llamaffm.MultimodalProjector projector; // null: no media
    private final Map<String, Integer> mediaTokens = new java.util.HashMap<>(); // by Media.id(): KV cells, not positions (M-RoPE)
    private final List<ChatMessage> turns = new ArrayList<>();
    private String systemPrompt;
    private Generation current;
    private ChatPrompt currentPrompt;
    private int droppedTurns;

    private ChatSession(Builder b) {
        this.ctx = b.ctx;
        renderer = new PromptRenderer(b.ctx.model(), b.template, b.builtin);
        this.sampler = b.sampler;
        this.speculation = b.speculation;
        this.maxTokens = b.maxTokens;
        this.logprobs = b.logprobs;
        this.overflow = b.overflow;
        this.stop = List.copyOf(b.stop);
        this.systemPrompt = b.systemPrompt;
        this.tools = List.copyOf(b.tools.values());
        this.functions = Map.copyOf(b.functions);
        this.toolChoice = b.toolChoice;
        this.parallelToolCalls = b.parallelToolCalls;
        this.thinking = b.thinking;
        this.maxToolRounds = b.maxToolRounds;
        this.toolErrors = b.toolErrors;
        this.projector = b.projector;
        if (projector != null && projector.model() != b.ctx.model()) {
            throw new IllegalArgumentException(projector + " belongs to another model than the context's");
        }
        // fail now, not at the first message: a tool choice that names no offered tool, and so on
        if (tools.isEmpty() && (toolChoice.mode() == ToolChoice.Mode.REQUIRED || toolChoice.mode() == ToolChoice.Mode.FUNCTION)) {
            throw new IllegalArgumentException("tool choice " + toolChoice.mode() + " without tools");
        }
        request(List.of(), toolChoice);
    }

    /**
     * A builder for a session on {@code ctx} (with the model's own chat template by default).
     *
     * @param ctx the context the conversation lives in; the session does not own it
     * @return a new builder
     */
    public static Builder builder(LlamaContext ctx) {
        return new Builder(Objects.requireNonNull(ctx, "ctx"));
    }

    /**
     * Sends a user message and returns the streaming reply, generated as one round: with tools
     * offered, calls are constrained but not run (see {@link #chat(String, Consumer)} for the
     * loop). When the reply has been iterated to its end, it is recorded in the history as the
     * assistant's turn, taken apart into content, reasoning and tool calls. A reply abandoned
     * mid-way is recorded as far as it got when the next message is sent.
     *
     * @param userMessage the user's text (plain text: control-token text in it stays text)
     * @return the reply, to iterate once
     * @throws ContextFullException  if the message does not fit even after dropping old turns, or
     *                               the overflow policy is {@link Overflow#FAIL}
     * @throws IllegalStateException if the context is closed or used by another thread
     */
    public Generation send(String userMessage) {
        Objects.requireNonNull(userMessage, "userMessage");
        return send(ChatMessage.user(userMessage));
    }

    /**
     * Sends a user message, which may carry images or audio ({@link ChatMessage#userParts(Object...)}),
     * and returns the streaming reply, as {@link #send(String)} does. Media need the session's
     * {@link Builder#projector projector}; earlier turns' media stay in the conversation, and what
     * the context holds of them is reused.
     *
     * @param message a message of role {@code user}
     * @return the reply, to iterate once; iterating it throws {@link IllegalArgumentException} for
     *         media that cannot be decoded
     * @throws IllegalArgumentException if the message is not the user's, or has media and the
     *                                  session no projector
     * @throws ContextFullException     if the message does not fit
     * @throws IllegalStateException    if the context is closed or used by another thread
     */
    public Generation send(ChatMessage message) {
        checkUserMessage(message);
        settleCurrent();
        turns.add(message);
        try {
            return start(toolChoice);
        } catch (RuntimeException e) {
            turns.remove(turns.size() - 1);
            throw e;
        }
    }

    /** Renders the conversation and starts generating the next assistant message. */
    private Generation start(ToolChoice choice) {
        Fitted f = fittingPrompt(choice);
        GenerateParams gp = GenerateParams.builder().maxTokens(maxTokens).sampler(sampler).stop(stop.toArray(String[]::new))
                .logprobs(logprobs).speculative(speculation).build();
        GenerateParams rp = PromptRenderer.replyParams(f.prompt, gp);
        Generation g = f.media == null ? ctx.generate(f.tokens, rp) : ctx.generate(f.media, rp);
        current = g; // its reply joins the turns once it has ended (see settle)
        currentPrompt = f.prompt;
        return g;
    }

    /**
     * Sends a message and waits for the whole answer, running registered tools as
     * {@link #chat(String, Consumer)} does.
     *
     * @param userMessage the user's text
     * @return the answer's text (without reasoning)
     * @throws ContextFullException if the message does not fit
     * @throws ToolCallException    if a tool failed and {@link ToolErrors#THROW} is set
     */
    public String reply(String userMessage) {
        return chat(userMessage, e -> { }).content();
    }

    /**
     * Sends a user message (which may carry media) and waits for the whole answer, as
     * {@link #reply(String)} does.
     *
     * @param message a message of role {@code user}
     * @return the answer's text
     * @throws IllegalArgumentException if the message is not the user's, has media and the session
     *                                  no projector, or a media cannot be decoded
     * @throws ContextFullException     if the message does not fit
     */
    public String reply(ChatMessage message) {
        return chat(message, e -> { }).content();
    }

    private void checkUserMessage(ChatMessage message) {
        Objects.requireNonNull(message, "message");
        if (!message.role().equals("user")) throw new IllegalArgumentException("a message sent is the user's, not '" + message.role() + "'");
        if (!message.media().isEmpty() && projector == null) {
            throw new IllegalArgumentException("the message has media; give the session a projector (ChatSession.Builder.projector)");
        }
        // decoded now (and their sizes kept): media that cannot be decoded never join the conversation
        for (io.github.llamaffm.Media m : message.media()) mediaTokens.computeIfAbsent(m.id(), k -> projector.tokens(m));
    }

    /**
     * Sends a message and streams the answer as events, running the tool loop: each call the
     * model makes to a registered function is run and its result handed back, until the model
     * answers without calls (or, after {@link Builder#maxToolRounds(int)} rounds, is made to answer
     * without tools). A forced tool choice ({@link ToolChoice#REQUIRED}, a named function) applies
     * to the first round only. When the model calls a tool that has no function here, the turn
     * ends with those calls in the returned reply.
     *
     * @param userMessage the user's text
     * @param events      receives content and reasoning deltas, each call when complete, and each
     *                    tool's result (on this thread)
     * @return the last reply (its content is the answer)
     * @throws ContextFullException  if the conversation does not fit
     * @throws ToolCallException     if a tool failed and {@link ToolErrors#THROW} is set
     * @throws IllegalStateException if the context is closed or used by another thread
     */
    public ParsedReply chat(String userMessage, Consumer<? super ChatEvent> events) {
        Objects.requireNonNull(userMessage, "userMessage");
        return chat(ChatMessage.user(userMessage), events);
    }

    /**
     * Sends a user message (which may carry media) and streams the answer as events, running the
     * tool loop as {@link #chat(String, Consumer)} does.
     *
     * @param message a message of role {@code user}
     * @param events  receives the events
     * @return the last reply
     * @throws IllegalArgumentException if the message is not the user's, has media and the session
     *                                  no projector, or a media cannot be decoded
     * @throws ContextFullException     if the conversation does not fit
     * @throws ToolCallException        if a tool failed and {@link ToolErrors#THROW} is set
     */
    public ParsedReply chat(ChatMessage message, Consumer<? super ChatEvent> events) {
        checkUserMessage(message);
        Objects.requireNonNull(events, "events");
        settleCurrent();
        ChatMessage user = message;
        turns.add(user);
        try {
            return loop(toolChoice, events);
        } catch (RuntimeException e) {
            // the message failed before any reply (it did not fit, a media could not be encoded): it is not part of the conversation
            if (!turns.isEmpty() && turns.get(turns.size() - 1) == user) turns.remove(turns.size() - 1);
            throw e;
        }
    }

    /**
     * Continues the conversation after results were added by hand ({@link #addToolResult}): the
     * model answers, running registered tools as {@link #chat(String, Consumer)} does.
     *
     * @param events receives the events
     * @return the last reply
     * @throws IllegalStateException if the conversation does not end with a tool result
     * @throws ContextFullException  if the conversation does not fit
     * @throws ToolCallException     if a tool failed and {@link ToolErrors#THROW} is set
     */
    public ParsedReply resume(Consumer<? super ChatEvent> events) {
        Objects.requireNonNull(events, "events");
        settleCurrent();
        if (turns.isEmpty() || !turns.get(turns.size() - 1).role().equals("tool")) {
            throw new IllegalStateException("nothing to resume: the conversation does not end with a tool result");
        }
        return loop(ToolChoice.AUTO, events);
    }

    /**
     * Records the result of a call the model made to a tool that has no function here.
     *
     * @param toolCallId the call's id
     * @param name       the tool's name
     * @param result     the result text
     * @throws NullPointerException if an argument is null
     */
    public void addToolResult(String toolCallId, String name, String result) {
        settleCurrent();
        turns.add(ChatMessage.tool(toolCallId, name, result));
    }

    private ParsedReply loop(ToolChoice firstChoice, Consumer<? super ChatEvent> events) {
        ToolChoice choice = firstChoice;
        for (int round = 0; ; round++) {
            boolean last = round >= maxToolRounds;
            Generation g = start(last ? ToolChoice.NONE : choice);
            ReplyParser parser = currentPrompt.newReplyParser();
            for (Token t : g) parser.accept(t.text(), events);
            ParsedReply reply = parser.finish(events);
            current = null;
            turns.add(reply.toMessage());
            if (!reply.hasToolCalls() || last) return reply;
            for (ToolCall c : reply.toolCalls()) {
                if (!functions.containsKey(c.name())) return reply; // the caller runs it
            }
            for (ToolCall c : reply.toolCalls()) {
                String result;
                boolean error = false;
                try {
                    result = resultText(functions.get(c.name()).apply(c));
                } catch (Exception | LinkageError | AssertionError e) {
                    if (toolErrors == ToolErrors.THROW) throw new ToolCallException(c, e);
                    Map<String, Object> err = new LinkedHashMap<>();
                    err.put("error", e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
                    result = Json.write(Json.fromJava(err));
                    error = true;
                }
                turns.add(ChatMessage.tool(c.id(), c.name(), result));
                events.accept(new ChatEvent.ToolResult(c, result, error));
            }
            choice = ToolChoice.AUTO;
        }
    }

    private static String resultText(Object result) {
        if (result instanceof CharSequence cs) return cs.toString();
        return Json.write(Json.fromJava(result));
    }

    /** Before a new turn: the reply in progress is recorded as far as it got. */
    private void settleCurrent() {
        if (current != null) {
            ParsedReply p = currentPrompt.parse(current.isDone() ? current.result().text() : current.text());
            List<ToolCall> calls = new ArrayList<>();
            for (ToolCall c : p.toolCalls()) calls.add(c.id().isEmpty() ? c.withId(ReplyParser.randomId()) : c);
            turns.add(new ParsedReply(p.content(), p.reasoning(), calls, p.malformedToolCall()).toMessage());
        }
        current = null;
        currentPrompt = null;
    }

    /** A reply that has ended joins the turns. */
    private void settle() {
        if (current != null && current.isDone()) settleCurrent();
    }

    /** A prompt that fits: its tokens, or (with media) the prompt for the projector. */
    private record Fitted(ChatPrompt prompt, int[] tokens, io.github.llamaffm.MultimodalPrompt media) {
    }

    private ChatRequest request(List<ChatMessage> messages, ToolChoice choice) {
        ChatRequest.Builder r = ChatRequest.builder(messages).tools(tools).parallelToolCalls(parallelToolCalls).thinking(thinking);
        // a forced choice cannot be kept when no tool is offered (none registered)
        if (!tools.isEmpty()) r.toolChoice(choice);
        return r.build();
    }

    private Fitted fittingPrompt(ToolChoice choice) {
        // Room for a reply: the reply limit, but never more than a quarter of the context.
        int reserve = Math.min(maxTokens, ctx.contextSize() / 4);
        while (true) {
            List<ChatMessage> conversation = messages();
            ChatPrompt prompt = renderer.render(request(conversation, choice));
            List<io.github.llamaffm.Media> media = new ArrayList<>();
            for (ChatMessage m : conversation) media.addAll(m.media());
            Fitted fitted;
            int size;
            if (media.isEmpty()) {
                int[] tokens = renderer.tokens(prompt);
                fitted = new Fitted(prompt, tokens, null);
                size = tokens.length;
            } else {
                List<int[]> pieces = renderer.tokenPieces(prompt);
                if (pieces.size() - 1 != media.size()) {
                    throw new IllegalArgumentException("the rendered conversation has " + (pieces.size() - 1) + " media markers ("
                            + io.github.llamaffm.MultimodalProjector.MARKER + ") for " + media.size() + " media");
                }
                size = 0;
                for (int[] p : pieces) size += p.length;
                for (io.github.llamaffm.Media m : media) size += mediaTokens.computeIfAbsent(m.id(), k -> projector.tokens(m));
                fitted = new Fitted(prompt, null, io.github.llamaffm.MultimodalPrompt.ofTokens(projector, pieces, media));
            }
            if (size + reserve <= ctx.contextSize()) return fitted;
            int lastUser = -1;
            for (int i = turns.size() - 1; i >= 0; i--) {
                if (turns.get(i).role().equals("user")) {
                    lastUser = i;
                    break;
                }
            }
            if (overflow == Overflow.FAIL || lastUser <= 0) {
                throw new ContextFullException("the conversation needs " + size + " tokens plus " + reserve
                        + " for the reply; the context holds " + ctx.contextSize());
            }
            // Drop the oldest exchange: a user turn and what followed it (assistant turns, tool results).
            turns.remove(0);
            droppedTurns++;
            while (!turns.isEmpty() && !turns.get(0).role().equals("user")) {
                turns.remove(0);
                droppedTurns++;
            }
        }
    }

    /**
     * The conversation as the template sees it: the system prompt (if any) and the turns.
     *
     * @return an immutable copy
     */
    public List<ChatMessage> messages() {
        settle();
        List<ChatMessage> all = new ArrayList<>();
        if (systemPrompt != null && !systemPrompt.isEmpty()) all.add(ChatMessage.system(systemPrompt));
        all.addAll(turns);
        return List.copyOf(all);
    }

    /**
     * The tools offered to the model.
     *
     * @return the tools, in the order they were added
     */
    public List<Tool> tools() {
        return tools;
    }

    /**
     * The system prompt.
     *
     * @return the system prompt, or null for none
     */
    public String systemPrompt() {
        return systemPrompt;
    }

    /**
     * Sets a new system prompt and starts a new conversation.
     *
     * @param prompt the system prompt, or null for none
     */
    public void setSystemPrompt(String prompt) {
        systemPrompt = prompt;
        reset();
    }

    /**
     * How many old turns were dropped to make room since the last {@link #reset()}.
     *
     * @return dropped turns (each message counted)
     */
    public int droppedTurns() {
        return droppedTurns;
    }

    /** Forgets the conversation (the system prompt stays); the context keeps its memory for reuse. */
    public void reset() {
        current = null;
        currentPrompt = null;
        turns.clear();
        mediaTokens.clear();
        droppedTurns = 0;
    }

    /** Builds a {@link ChatSession}. */
    public static final class Builder {
        private final LlamaContext ctx;
        private ChatTemplate template;
        private String builtin;
        private Sampler sampler = Sampler.greedy();
        private io.github.llamaffm.Speculation speculation;
        private int maxTokens = 512;
        private int logprobs = -1;
        private Overflow overflow = Overflow.DROP_OLDEST;
        private final List<String> stop = new ArrayList<>();
        private String systemPrompt;
        private final Map<String, Tool> tools = new LinkedHashMap<>();
        private final Map<String, ToolFunction<ToolCall>> functions = new LinkedHashMap<>();
        private ToolChoice toolChoice = ToolChoice.AUTO;
        private boolean parallelToolCalls = true;
        private Boolean thinking;
        private int maxToolRounds = 8;
        private ToolErrors toolErrors = ToolErrors.REPORT_TO_MODEL;
        private io.github.llamaffm.MultimodalProjector projector;

        private Builder(LlamaContext ctx) {
            this.ctx = ctx;
        }

        /**
         * The projector that encodes the images and audio of messages sent with
         * {@link ChatMessage#userParts(Object...)} (default: none, and such messages are refused).
         * The session does not own it.
         *
         * @param p a projector of the context's model, or null for none
         * @return this builder
         */
        public Builder projector(io.github.llamaffm.MultimodalProjector p) {
            projector = p;
            return this;
        }
        /**
         * The system prompt.
         *
         * @param prompt the system prompt, or null for none
         * @return this builder
         */
        public Builder systemPrompt(String prompt) {
            systemPrompt = prompt;
            return this;
        }

        /**
         * The chat template (default: the model's own).
         *
         * @param t the template
         * @return this builder
         */
        public Builder template(ChatTemplate t) {
            template = t;
            return this;
        }

        /**
         * Use one of llama.cpp's built-in chat formats instead of a Jinja template (used anyway
         * when the model has no template, with {@code chatml}).
         *
         * @param name a built-in format name, e.g. {@code chatml}, {@code llama3}, {@code mistral-v7}
         * @return this builder
         */
        public Builder builtinTemplate(String name) {
            builtin = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * The sampler settings for replies ({@link Sampler#greedy()} unless set).
         *
         * @param s the settings
         * @return this builder
         * @throws NullPointerException if {@code s} is null
         */
        public Builder sampler(Sampler s) {
            sampler = java.util.Objects.requireNonNull(s, "sampler");
            return this;
        }

        /**
         * Most tokens per reply.
         *
         * @param n tokens, {@code >= 1}
         * @return this builder
         * @throws IllegalArgumentException if {@code n < 1}
         */
        public Builder maxTokens(int n) {
            if (n < 1) throw new IllegalArgumentException("maxTokens must be >= 1: " + n);
            maxTokens = n;
            return this;
        }

        /**
         * Makes the tokens of {@link #send(String)}'s replies carry their log-probabilities and the
         * {@code topN} most likely alternatives (see {@link GenerateParams.Builder#logprobs(int)}:
         * from the raw logits, before the sampler chain).
         *
         * @param topN alternatives per token, 0 to {@link GenerateParams#MAX_LOGPROBS}; -1 (the default) for none
         * @return this builder
         * @throws IllegalArgumentException if {@code topN} is out of range
         */
        public Builder logprobs(int topN) {
            GenerateParams.builder().logprobs(topN); // the same check
            logprobs = topN;
            return this;
        }

        /**
         * What to do when the conversation outgrows the context.
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder overflow(Overflow policy) {
            overflow = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Extra stop strings (end-of-turn tokens already end replies).
         *
         * @param strings stop strings
         * @return this builder
         */
        public Builder stop(String... strings) {
            stop.addAll(List.of(strings));
            return this;
        }

        /**
         * Speculative decoding for replies (none unless set): a draft model or prompt lookup
         * guesses tokens that the model checks several at a time; the replies are the same. Each
         * reply's counts are in {@link Generation#speculationStats()}.
         *
         * @param s the settings, or null for none
         * @return this builder
         */
        public Builder speculative(io.github.llamaffm.Speculation s) {
            speculation = s;
            return this;
        }

        /**
         * Registers a function the model may call. Its arguments are a record, whose schema
         * ({@link io.github.llamaffm.json.JsonSchema#of(Class)}) constrains the model's calls.
         *
         * @param name        the tool's name: 1 to 64 letters, digits, {@code _} or {@code -}
         * @param description what it does, for the model
         * @param arguments   the record type of its arguments
         * @param function    runs the tool (a lambda or a method reference)
         * @param <A>         the arguments' type
         * @return this builder
         * @throws IllegalArgumentException if the name is invalid or already taken, or the record
         *                                  type has no schema the grammar can guarantee
         * @throws NullPointerException     if an argument is null
         */
        public <A extends Record> Builder tool(String name, String description, Class<A> arguments, ToolFunction<? super A> function) {
            Objects.requireNonNull(arguments, "arguments");
            Objects.requireNonNull(function, "function");
            Tool t = Tool.of(name, description, arguments);
            addTool(t);
            functions.put(name, call -> {
                A args;
                try {
                    args = StructuredOutput.read(call.arguments(), arguments);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("the arguments do not fit " + arguments.getSimpleName() + ": " + e.getMessage(), e);
                }
                return function.apply(args);
            });
            return this;
        }

        /**
         * Registers a function the model may call, given its schema, that receives the call
         * itself (its arguments as JSON text).
         *
         * @param tool     the tool
         * @param function runs the call
         * @return this builder
         * @throws IllegalArgumentException if a tool of that name is already registered
         * @throws NullPointerException     if an argument is null
         */
        public Builder tool(Tool tool, ToolFunction<ToolCall> function) {
            Objects.requireNonNull(function, "function");
            addTool(tool);
            functions.put(tool.name(), function);
            return this;
        }

        /**
         * Offers tools that the session does not run: a reply that calls them ends the turn with
         * the calls; the application adds results ({@link ChatSession#addToolResult}) and
         * {@link ChatSession#resume(Consumer) resumes}.
         *
         * @param list the tools
         * @return this builder
         * @throws IllegalArgumentException if a name is already taken
         * @throws NullPointerException     if {@code list} or one of them is null
         */
        public Builder tools(List<Tool> list) {
            for (Tool t : List.copyOf(list)) addTool(t);
            return this;
        }

        private void addTool(Tool t) {
            Objects.requireNonNull(t, "tool");
            if (tools.containsKey(t.name())) throw new IllegalArgumentException("a tool named '" + t.name() + "' is already registered");
            tools.put(t.name(), t);
        }

        /**
         * Whether and which tools the model must call in the first round of each turn
         * ({@link ToolChoice#AUTO} by default; later rounds are always AUTO).
         *
         * @param choice the choice
         * @return this builder
         * @throws NullPointerException if {@code choice} is null
         */
        public Builder toolChoice(ToolChoice choice) {
            toolChoice = Objects.requireNonNull(choice, "choice");
            return this;
        }

        /**
         * Whether the model may make several calls in one reply (default true).
         *
         * @param on the setting
         * @return this builder
         */
        public Builder parallelToolCalls(boolean on) {
            parallelToolCalls = on;
            return this;
        }

        /**
         * The template's {@code enable_thinking} switch for thinking models.
         *
         * @param on true or false, or null to leave it to the template (the default)
         * @return this builder
         */
        public Builder thinking(Boolean on) {
            thinking = on;
            return this;
        }

        /**
         * Most rounds of tool calls in one turn before the model must answer without tools (default 8).
         *
         * @param n rounds, {@code >= 1}
         * @return this builder
         * @throws IllegalArgumentException if {@code n < 1}
         */
        public Builder maxToolRounds(int n) {
            if (n < 1) throw new IllegalArgumentException("maxToolRounds must be >= 1: " + n);
            maxToolRounds = n;
            return this;
        }

        /**
         * What to do when a tool throws ({@link ToolErrors#REPORT_TO_MODEL} by default).
         *
         * @param policy the policy
         * @return this builder
         * @throws NullPointerException if {@code policy} is null
         */
        public Builder toolErrors(ToolErrors policy) {
            toolErrors = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Builds the session.
         *
         * @return the session
         * @throws io.github.llamaffm.chat.ChatTemplateException if the model's template does not compile
         * @throws IllegalArgumentException if the tool choice names a tool that is not registered,
         *                                  or requires a call with no tools registered
         */
        public ChatSession build() {
            return new ChatSession(this);
        }
    }
}
