package io.github.llamaffm.chat;

import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.SpecialTokens;
import io.github.llamaffm.Vocab;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A model's Jinja chat template, rendered the way Hugging Face transformers'
 * {@code apply_chat_template} renders it: Jinja2 with {@code trim_blocks} and
 * {@code lstrip_blocks}, loop controls, {@code raise_exception}, {@code strftime_now}, and
 * {@code tojson} as {@code json.dumps(..., ensure_ascii=False)}; the template sees
 * {@code messages}, {@code add_generation_prompt}, {@code bos_token}/{@code eos_token} when
 * given, {@code tools} and {@code documents} (None unless given), and any extra variables.
 *
 * <pre>{@code
 * ChatTemplate t = ChatTemplate.of(model);
 * RenderedPrompt p = t.renderPrompt(List.of(ChatMessage.system("Be brief."), ChatMessage.user(question)), true);
 * int[] tokens = p.tokenize(model.vocab(), SpecialTokens.PARSE);   // message text can never become control tokens
 * }</pre>
 *
 * <p>The template is compiled and run by this package's own Jinja implementation: Jinja2's lexer
 * and parser (same grammar, precedence and whitespace rules), an interpreter that walks the
 * parsed tree with Jinja2's scoping, and a runtime with Python's semantics for values, operators,
 * filters, tests and the methods of {@code str}, {@code dict} and {@code list}, sandboxed as
 * transformers sandboxes it (list and dict methods that modify are refused). Not supported: template
 * inheritance and inclusion ({@code extends}, {@code block}, {@code include}, {@code import}),
 * {@code with}, {@code do}, and {@code *args}/{@code **kwargs} in calls (no known chat template
 * uses them). Instances are immutable and thread-safe.
 */
public final class ChatTemplate {
    private final String source;
    private final String bosToken;
    private final String eosToken;
    private final Clock clock;
    private final JinjaTemplate template;
    private volatile ToolCallFormat.Syntax syntax; // detected on first use

    private ChatTemplate(String source, String bosToken, String eosToken, Clock clock, JinjaTemplate template) {
        this.source = source;
        this.bosToken = bosToken;
        this.eosToken = eosToken;
        this.clock = clock;
        this.template = template;
    }

    /**
     * Compiles a template without {@code bos_token}/{@code eos_token} (they are undefined while
     * rendering, and print as nothing).
     *
     * @param jinjaSource the template, e.g. a GGUF file's {@code tokenizer.chat_template}
     * @return the compiled template
     * @throws NullPointerException  if {@code jinjaSource} is null
     * @throws ChatTemplateException if the template has a syntax error or uses an unsupported tag
     */
    public static ChatTemplate of(String jinjaSource) {
        return of(jinjaSource, null, null);
    }

    /**
     * Compiles a template with the token strings that transformers passes as {@code bos_token}
     * and {@code eos_token}.
     *
     * @param jinjaSource the template
     * @param bosToken    the beginning-of-sequence text (e.g. {@code "<|begin_of_text|>"}), or null
     *                    to leave {@code bos_token} undefined
     * @param eosToken    the end-of-sequence text, or null to leave {@code eos_token} undefined
     * @return the compiled template
     * @throws NullPointerException  if {@code jinjaSource} is null
     * @throws ChatTemplateException if the template has a syntax error or uses an unsupported tag
     */
    public static ChatTemplate of(String jinjaSource, String bosToken, String eosToken) {
        Objects.requireNonNull(jinjaSource, "jinjaSource");
        return new ChatTemplate(jinjaSource, bosToken, eosToken, Clock.systemDefaultZone(),
                JinjaTemplate.compile(jinjaSource));
    }

    /**
     * Compiles the chat template stored in a model, with its vocabulary's BOS and EOS token text.
     *
     * @param model an open model
     * @return the compiled template
     * @throws ChatTemplateException if the model has no chat template or it does not compile
     * @throws IllegalStateException if the model is closed
     */
    public static ChatTemplate of(LlamaModel model) {
        String src = model.chatTemplate()
                .orElseThrow(() -> new ChatTemplateException("the model has no chat template: " + model.path()));
        Vocab v = model.vocab();
        return of(src, v.bos() == Vocab.NO_TOKEN ? null : v.tokenText(v.bos()),
                v.eos() == Vocab.NO_TOKEN ? null : v.tokenText(v.eos()));
    }

    /**
     * The same template with another clock for {@code strftime_now} (templates print today's
     * date); a fixed clock makes rendering deterministic.
     *
     * @param clock the clock, in the time zone the date should be given in
     * @return a template reading that clock
     * @throws NullPointerException if {@code clock} is null
     */
    public ChatTemplate withClock(Clock clock) {
        return new ChatTemplate(source, bosToken, eosToken, Objects.requireNonNull(clock, "clock"), template);
    }

    /**
     * The Jinja source this template was compiled from.
     *
     * @return the source, as given
     */
    public String source() {
        return source;
    }

    /**
     * Renders a conversation.
     *
     * @param messages            the conversation, oldest first
     * @param addGenerationPrompt whether to end with the header that starts the assistant's turn
     * @return the prompt text
     * @throws NullPointerException  if {@code messages} is null
     * @throws ChatTemplateException if rendering fails, including the template's own
     *                               {@code raise_exception(...)} (its message is the exception's)
     */
    public String render(List<ChatMessage> messages, boolean addGenerationPrompt) {
        return render(messages, addGenerationPrompt, Map.of());
    }

    /**
     * Renders a conversation with extra template variables, such as {@code enable_thinking},
     * {@code tools} (a list of JSON-schema maps), {@code date_string} or
     * {@code reasoning_effort}. Values may be strings, numbers, booleans, null (Python's None),
     * maps and lists of these.
     *
     * @param messages            the conversation, oldest first
     * @param addGenerationPrompt whether to end with the header that starts the assistant's turn
     * @param variables           extra variables; they replace {@code tools}, {@code documents},
     *                            {@code bos_token} and {@code eos_token} when they name them
     * @return the prompt text
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code variables} names {@code messages} or
     *                                  {@code add_generation_prompt}
     * @throws ChatTemplateException    if rendering fails, including {@code raise_exception(...)}
     */
    public String render(List<ChatMessage> messages, boolean addGenerationPrompt, Map<String, ?> variables) {
        Objects.requireNonNull(messages, "messages");
        return renderObjects(new ArrayList<Object>(messages), addGenerationPrompt, variables);
    }

    /**
     * Renders a conversation and keeps track of where each message's text landed, for
     * {@link RenderedPrompt#tokenize(Vocab, io.github.llamaffm.SpecialTokens)}.
     *
     * @param messages            the conversation, oldest first
     * @param addGenerationPrompt whether to end with the header that starts the assistant's turn
     * @return the rendered prompt
     * @throws NullPointerException  if {@code messages} is null
     * @throws ChatTemplateException if rendering fails
     */
    public RenderedPrompt renderPrompt(List<ChatMessage> messages, boolean addGenerationPrompt) {
        return renderPrompt(messages, addGenerationPrompt, Map.of());
    }

    /**
     * Renders a conversation with extra variables and keeps track of where each message's text
     * landed.
     *
     * @param messages            the conversation, oldest first
     * @param addGenerationPrompt whether to end with the header that starts the assistant's turn
     * @param variables           extra variables, as for {@link #render(List, boolean, Map)}
     * @return the rendered prompt
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code variables} names {@code messages} or
     *                                  {@code add_generation_prompt}
     * @throws ChatTemplateException    if rendering fails
     */
    public RenderedPrompt renderPrompt(List<ChatMessage> messages, boolean addGenerationPrompt,
                                       Map<String, ?> variables) {
        List<ChatMessage> copy = List.copyOf(messages);
        return new RenderedPrompt(render(copy, addGenerationPrompt, variables), copy);
    }

    /**
     * Renders a request for the model's next reply (with the generation prompt), with what it
     * takes to constrain and read the reply: the tools' grammar and the parser of the template's
     * tool-call format, detected from the template's source.
     *
     * @param request the conversation, tools and switches
     * @return the prompt
     * @throws NullPointerException  if {@code request} is null
     * @throws ChatTemplateException if rendering fails
     */
    public ChatPrompt apply(ChatRequest request) {
        Objects.requireNonNull(request, "request");
        ToolCallFormat.Syntax s = syntax;
        if (s == null) syntax = s = ToolCallFormat.syntax(source);
        return ChatPrompt.of(s, request, (msgs, vars) -> renderPrompt(msgs, true, vars));
    }

    /** Renders messages given as maps (role, content, tool_calls, ...): for tests of tool paths. */
    String renderObjects(List<Object> messages, boolean addGenerationPrompt, Map<String, ?> variables) {
        Objects.requireNonNull(variables, "variables");
        if (variables.containsKey("messages") || variables.containsKey("add_generation_prompt")) {
            throw new IllegalArgumentException("variables may not redefine 'messages' or 'add_generation_prompt'");
        }
        Map<String, Object> bindings = new HashMap<>();
        bindings.put("messages", PyRuntime.fromJava(messages));
        bindings.put("add_generation_prompt", addGenerationPrompt);
        // transformers always passes these two, None when absent
        bindings.put("tools", PyRuntime.NONE);
        bindings.put("documents", PyRuntime.NONE);
        for (String f : PyGlobals.NAMES) bindings.put(f, new PyGlobals.PyFunction(f));
        if (bosToken != null) bindings.put("bos_token", bosToken);
        if (eosToken != null) bindings.put("eos_token", eosToken);
        for (Map.Entry<String, ?> e : variables.entrySet()) {
            bindings.put(e.getKey(), PyRuntime.fromJava(e.getValue()));
        }
        try {
            return template.render(bindings, clock);
        } catch (ChatTemplateException e) {
            throw e;
        } catch (StackOverflowError e) {
            throw new ChatTemplateException("RecursionError: maximum recursion depth exceeded", e);
        } catch (RuntimeException e) {
            throw new ChatTemplateException("chat template failed: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "ChatTemplate[" + source.length() + " chars]";
    }
}
