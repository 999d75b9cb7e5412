package io.github.llamaffm.chat;

import io.github.llamaffm.ContextFullException;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.Generation;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.Sampler;
import io.github.llamaffm.SpecialTokens;
import io.github.llamaffm.Vocab;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A conversation with a chat model on one {@link LlamaContext}: a system prompt, the history of
 * turns, and {@link #send(String)} that streams the reply and records it.
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
        /** Drop the oldest user/assistant turns until it fits (the system prompt stays). */
        DROP_OLDEST,
        /** Throw {@link ContextFullException}. */
        FAIL
    }

    private final LlamaContext ctx;
    private final java.util.function.Function<List<ChatMessage>, RenderedPrompt> renderer;
    private final String bosText;
    private final Sampler sampler;
    private final int maxTokens;
    private final Overflow overflow;
    private final List<String> stop;
    private final List<ChatMessage> turns = new ArrayList<>();
    private String systemPrompt;
    private Generation current;
    private int droppedTurns;

    private ChatSession(Builder b) {
        this.ctx = b.ctx;
        LlamaModel model = b.ctx.model();
        if (b.template != null) {
            renderer = msgs -> b.template.renderPrompt(msgs, true);
        } else if (b.builtin == null && model.chatTemplate().isPresent()) {
            ChatTemplate t = ChatTemplate.of(model);
            renderer = msgs -> t.renderPrompt(msgs, true);
        } else {
            // No Jinja template in the model: one of llama.cpp's built-in formats (ChatML by default).
            String name = b.builtin != null ? b.builtin : "chatml";
            renderer = msgs -> RenderedPrompt.of(io.github.llamaffm.internal.BuiltinChatTemplates.apply(name,
                    msgs.stream().map(ChatMessage::role).toList(), msgs.stream().map(ChatMessage::content).toList(), true), msgs);
        }
        Vocab v = model.vocab();
        this.bosText = v.bos() == Vocab.NO_TOKEN ? null : v.tokenText(v.bos());
        this.sampler = b.sampler;
        this.maxTokens = b.maxTokens;
        this.overflow = b.overflow;
        this.stop = List.copyOf(b.stop);
        this.systemPrompt = b.systemPrompt;
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
     * Sends a user message and returns the streaming reply. When the reply has been iterated to
     * its end, it is recorded in the history as the assistant's turn. A reply abandoned mid-way is
     * recorded as far as it got when the next message is sent.
     *
     * @param userMessage the user's text (plain text: control-token text in it stays text)
     * @return the reply, to iterate once
     * @throws ContextFullException  if the message does not fit even after dropping old turns, or
     *                               the overflow policy is {@link Overflow#FAIL}
     * @throws IllegalStateException if the context is closed or used by another thread
     */
    public Generation send(String userMessage) {
        Objects.requireNonNull(userMessage, "userMessage");
        settleCurrent();
        turns.add(ChatMessage.user(userMessage));
        int[] prompt;
        try {
            prompt = fittingPrompt();
        } catch (RuntimeException e) {
            turns.remove(turns.size() - 1);
            throw e;
        }
        GenerateParams.Builder gp = GenerateParams.builder().maxTokens(maxTokens).sampler(sampler).addSpecial(false);
        gp.stop(stop.toArray(String[]::new));
        Generation g = ctx.generate(prompt, gp.build());
        current = g; // its reply joins the turns once it has ended (see settle)
        return g;
    }

    /**
     * Sends a message and waits for the whole reply.
     *
     * @param userMessage the user's text
     * @return the reply's text
     * @throws ContextFullException if the message does not fit
     */
    public String reply(String userMessage) {
        return send(userMessage).run().text();
    }

    /** Before a new turn: the reply in progress is recorded as far as it got. */
    private void settleCurrent() {
        if (current != null) turns.add(ChatMessage.assistant(current.isDone() ? current.result().text() : current.text()));
        current = null;
    }

    /** A reply that has ended joins the turns. */
    private void settle() {
        if (current != null && current.isDone()) settleCurrent();
    }

    private int[] fittingPrompt() {
        // Room for a reply: the reply limit, but never more than a quarter of the context.
        int reserve = Math.min(maxTokens, ctx.contextSize() / 4);
        while (true) {
            RenderedPrompt rendered = renderer.apply(messages());
            // Templates that write the BOS themselves (Llama 3) must not get a second one.
            boolean addBos = bosText == null || !rendered.text().startsWith(bosText);
            int[] tokens = rendered.tokenize(ctx.model().vocab(), addBos ? SpecialTokens.ADD_AND_PARSE : SpecialTokens.PARSE);
            if (tokens.length + reserve <= ctx.contextSize()) return tokens;
            if (overflow == Overflow.FAIL || turns.size() <= 1) {
                throw new ContextFullException("the conversation needs " + tokens.length + " tokens plus " + reserve
                        + " for the reply; the context holds " + ctx.contextSize());
            }
            // Drop the oldest exchange: a user turn and the assistant turn after it.
            turns.remove(0);
            droppedTurns++;
            if (!turns.isEmpty() && turns.get(0).role().equals("assistant")) {
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
     * @return dropped turns (user and assistant messages counted separately)
     */
    public int droppedTurns() {
        return droppedTurns;
    }

    /** Forgets the conversation (the system prompt stays); the context keeps its memory for reuse. */
    public void reset() {
        current = null;
        turns.clear();
        droppedTurns = 0;
    }

    /** Builds a {@link ChatSession}. */
    public static final class Builder {
        private final LlamaContext ctx;
        private ChatTemplate template;
        private String builtin;
        private Sampler sampler = Sampler.greedy();
        private int maxTokens = 512;
        private Overflow overflow = Overflow.DROP_OLDEST;
        private final List<String> stop = new ArrayList<>();
        private String systemPrompt;

        private Builder(LlamaContext ctx) {
            this.ctx = ctx;
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
         * Builds the session.
         *
         * @return the session
         * @throws io.github.llamaffm.chat.ChatTemplateException if the model's template does not compile
         */
        public ChatSession build() {
            return new ChatSession(this);
        }
    }
}
