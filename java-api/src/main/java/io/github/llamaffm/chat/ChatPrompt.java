package io.github.llamaffm.chat;

import io.github.llamaffm.Sampler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A chat request rendered for one reply, with what it takes to generate and read that reply: the
 * prompt ({@link #rendered()}), the sampler settings that constrain tool calls
 * ({@link #sampler(Sampler)}), and a parser for the reply ({@link #newReplyParser()}). Made by
 * {@link ChatTemplate#apply(ChatRequest)}; {@link ChatSession} uses it for every turn, and a
 * hand-written loop over {@code ctx.generate} can too:
 *
 * <pre>{@code
 * ChatPrompt p = template.apply(ChatRequest.builder(messages).tools(List.of(weather)).build());
 * GenerateParams gp = GenerateParams.builder().sampler(p.sampler(Sampler.greedy()))
 *         .renderSpecial(p.needsSpecialTokenText()).addSpecial(false).build();
 * ReplyParser rp = p.newReplyParser();
 * for (Token t : ctx.generate(p.rendered().tokenize(vocab, SpecialTokens.PARSE), gp)) rp.accept(t.text(), events);
 * ParsedReply reply = rp.finish(events);
 * }</pre>
 *
 * <p>The tool-call format is detected from the template (see {@link ToolCallFormat}). When tools
 * are offered, the grammar follows each tool's JSON schema: with {@link ToolChoice#AUTO} it is
 * lazy (free text until the format's call opening, then a call whose arguments fit the schema),
 * with {@link ToolChoice#REQUIRED} or a named function it applies from the first token (after an
 * optional reasoning block), with {@link ToolChoice#NONE} the tools are not offered at all.
 * Templates of no known format get the generic one: the tools are described in the system prompt
 * and the whole reply is a JSON object, a call or a response, fixed by the grammar. Immutable.
 */
public final class ChatPrompt {
    private final RenderedPrompt rendered;
    private final ToolCallFormat.Syntax syntax;
    private final ChatRequest request;
    private final boolean toolsOffered;
    private final String prefill;
    private final ToolGrammar grammar;

    private ChatPrompt(RenderedPrompt rendered, ToolCallFormat.Syntax syntax, ChatRequest request, boolean toolsOffered,
                       String prefill, ToolGrammar grammar) {
        this.rendered = rendered;
        this.syntax = syntax;
        this.request = request;
        this.toolsOffered = toolsOffered;
        this.prefill = prefill;
        this.grammar = grammar;
    }

    /** Renders {@code request} with {@code render} (a Jinja template or a built-in format) for the syntax of {@code syntax}. */
    static ChatPrompt of(ToolCallFormat.Syntax syntax, ChatRequest request,
                         java.util.function.BiFunction<List<ChatMessage>, Map<String, Object>, RenderedPrompt> render) {
        boolean toolsOffered = !request.tools().isEmpty() && request.toolChoice().mode() != ToolChoice.Mode.NONE;
        Map<String, Object> vars = new LinkedHashMap<>(request.variables());
        if (request.thinking() != null) vars.put("enable_thinking", request.thinking());
        List<ChatMessage> messages = request.messages();
        String generic = null;
        if (toolsOffered) {
            List<Object> tools = new ArrayList<>();
            for (Tool t : request.tools()) tools.add(t.toMap());
            vars.put("tools", tools);
            if (syntax.format() == ToolCallFormat.GENERIC || syntax.format() == ToolCallFormat.CONTENT_ONLY) {
                generic = ToolGrammar.genericSystemPrompt(offered(request), request.parallelToolCalls());
            }
        }
        RenderedPrompt rendered;
        if (generic == null) {
            rendered = render.apply(messages, vars);
        } else {
            try {
                rendered = render.apply(withSystemText(messages, generic), vars);
            } catch (ChatTemplateException e) {
                // templates without a system role (Gemma): the text goes before the first user message
                rendered = render.apply(withUserPreamble(messages, generic), vars);
            }
        }
        // the prompt may have opened the reasoning block already (DeepSeek R1, Qwen 3 with thinking)
        String prefill = ToolCallParser.prefill(syntax, rendered.text());
        String end = syntax.reasoningEnd();
        if (Boolean.FALSE.equals(request.thinking()) && !prefill.isEmpty() && !end.isBlank() && !prefill.contains(end.strip())) {
            // thinking off, but the template opens the block anyway (DeepSeek R1's distills): close it
            rendered = new RenderedPrompt(rendered.text() + end, rendered.messages());
            prefill = ToolCallParser.prefill(syntax, rendered.text());
        }
        ToolGrammar g = toolsOffered ? ToolGrammar.of(syntax, request.tools(), request.toolChoice(), request.parallelToolCalls(),
                !Boolean.FALSE.equals(request.thinking()), !prefill.isEmpty()).orElse(null) : null;
        return new ChatPrompt(rendered, syntax, request, toolsOffered, prefill, g);
    }

    /** The tools a request offers the model: those its choice allows. */
    private static List<Tool> offered(ChatRequest request) {
        if (request.toolChoice().mode() == ToolChoice.Mode.NONE) return List.of();
        if (request.toolChoice().mode() != ToolChoice.Mode.FUNCTION) return request.tools();
        return request.tools().stream().filter(t -> t.name().equals(request.toolChoice().function())).toList();
    }

    /** The conversation with {@code text} added to its system prompt (a system message first when there is none). */
    private static List<ChatMessage> withSystemText(List<ChatMessage> messages, String text) {
        List<ChatMessage> out = new ArrayList<>(messages);
        if (!out.isEmpty() && out.get(0).role().equals("system")) {
            ChatMessage s = out.get(0);
            out.set(0, new ChatMessage("system", s.content() + "\n\n" + text, s.reasoning(), s.toolCalls(), s.toolCallId(), s.name()));
        } else {
            out.add(0, ChatMessage.system(text));
        }
        return out;
    }

    /** The conversation with {@code text} before its first user message (system messages merged in too). */
    private static List<ChatMessage> withUserPreamble(List<ChatMessage> messages, String text) {
        List<ChatMessage> out = new ArrayList<>();
        StringBuilder pre = new StringBuilder();
        for (ChatMessage m : messages) {
            if (m.role().equals("system")) pre.append(m.content()).append("\n\n");
        }
        pre.append(text).append("\n\n");
        boolean done = false;
        for (ChatMessage m : messages) {
            if (m.role().equals("system")) continue;
            if (!done && m.role().equals("user")) {
                out.add(ChatMessage.user(pre + m.content()));
                done = true;
            } else {
                out.add(m);
            }
        }
        if (!done) out.add(0, ChatMessage.user(pre.toString().strip()));
        return out;
    }

    /**
     * The prompt: tokenize it with {@link RenderedPrompt#tokenize(io.github.llamaffm.Vocab, io.github.llamaffm.SpecialTokens)}.
     *
     * @return the rendered prompt
     */
    public RenderedPrompt rendered() {
        return rendered;
    }

    /**
     * The tool-call format of the template.
     *
     * @return the format
     */
    public ToolCallFormat format() {
        return syntax.format();
    }

    /**
     * The request this prompt was rendered from.
     *
     * @return the request
     */
    public ChatRequest request() {
        return request;
    }

    /**
     * Whether the prompt already opened the reasoning block (the template's generation prompt
     * ends with the thinking marker), so the reply starts inside it.
     *
     * @return true if the reply begins with reasoning
     */
    public boolean reasoningOpen() {
        return !prefill.isEmpty();
    }

    /**
     * The sampler settings for the reply: {@code base} plus the tool-call grammar when tools are
     * offered (lazy with {@link ToolChoice#AUTO}, from the first token with a required or named
     * call), {@code base} unchanged otherwise.
     *
     * @param base the sampling settings
     * @return settings with the grammar
     * @throws NullPointerException     if {@code base} is null
     * @throws IllegalArgumentException if {@code base} has a grammar of its own while tools are offered
     */
    public Sampler sampler(Sampler base) {
        Objects.requireNonNull(base, "base");
        if (grammar == null) return base;
        if (base.hasGrammar()) throw new IllegalArgumentException("the sampler has a grammar of its own; tool calls need theirs");
        Sampler.Builder b = base.toBuilder();
        if (grammar.lazy()) b.lazyGrammar(grammar.grammar(), grammar.root(), grammar.triggerPatterns());
        else b.grammar(grammar.grammar(), grammar.root());
        return b.build();
    }

    /**
     * Whether the reply's parser must see special tokens as text: tool-call markers such as
     * {@code [TOOL_CALLS]} or {@code <|START_ACTION|>} and some reasoning markers are special
     * tokens. Generate with {@code GenerateParams.Builder.renderSpecial(true)} when this is true.
     *
     * @return true when tools are offered or the format has reasoning markers
     */
    public boolean needsSpecialTokenText() {
        return toolsOffered || syntax.hasReasoning();
    }

    /**
     * A parser for one reply to this prompt; calls get random nine-character ids.
     *
     * @return a new parser
     */
    public ReplyParser newReplyParser() {
        return newReplyParser(null);
    }

    /**
     * A parser for one reply to this prompt.
     *
     * @param ids gives ids to calls that have none (null for random nine-character ids)
     * @return a new parser
     */
    public ReplyParser newReplyParser(Supplier<String> ids) {
        return new ReplyParser(this::parse, ids);
    }

    /**
     * Takes a whole reply apart (calls without ids keep empty ids).
     *
     * @param replyText the generated text
     * @return the reply's content, reasoning and calls; text of a call that cannot be read stays
     *         content, flagged {@link ParsedReply#malformedToolCall()}
     * @throws NullPointerException if {@code replyText} is null
     */
    public ParsedReply parse(String replyText) {
        return parse(Objects.requireNonNull(replyText, "replyText"), false);
    }

    private ParsedReply parse(String text, boolean partial) {
        // without tools offered, a call is not one: its text stays content (flagged)
        return ToolCallParser.parse(syntax, text, new ToolCallParser.Options(partial, true, prefill,
                toolsOffered ? offered(request) : List.of()));
    }

    @Override
    public String toString() {
        return "ChatPrompt[" + syntax.format() + (toolsOffered ? ", " + request.tools().size() + " tools, " + request.toolChoice().mode() : "")
                + (prefill.isEmpty() ? "" : ", reasoning open") + "]";
    }
}
