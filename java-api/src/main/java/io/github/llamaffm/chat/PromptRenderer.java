package io.github.llamaffm.chat;

import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.SpecialTokens;
import io.github.llamaffm.Vocab;
import io.github.llamaffm.internal.BuiltinChatTemplates;

import java.util.function.Function;

/**
 * How a model's conversations become prompt tokens and reply settings; shared by
 * {@link ChatSession} and {@link ChatEngine} so both render, tokenize and parse alike.
 */
final class PromptRenderer {
    private final Function<ChatRequest, ChatPrompt> render;
    private final Vocab vocab;
    private final String bosText;

    /**
     * @param template the template to use, or null for the model's own
     * @param builtin  one of llama.cpp's built-in formats by name, or null; used when no template
     *                 is given and the model has none (ChatML then)
     */
    PromptRenderer(LlamaModel model, ChatTemplate template, String builtin) {
        if (template != null) {
            render = template::apply;
        } else if (builtin == null && model.chatTemplate().isPresent()) {
            render = ChatTemplate.of(model)::apply;
        } else {
            // No Jinja template in the model: one of llama.cpp's built-in formats (ChatML by default).
            String name = builtin != null ? builtin : "chatml";
            render = req -> ChatPrompt.of(ToolCallFormat.Syntax.of(req.tools().isEmpty() ? ToolCallFormat.CONTENT_ONLY
                    : ToolCallFormat.GENERIC), req, (msgs, vars) -> RenderedPrompt.of(BuiltinChatTemplates.apply(
                    name, msgs.stream().map(ChatMessage::role).toList(), msgs.stream().map(ChatMessage::content).toList(), true), msgs));
        }
        vocab = model.vocab();
        bosText = vocab.bos() == Vocab.NO_TOKEN ? null : vocab.tokenText(vocab.bos());
    }

    ChatPrompt render(ChatRequest request) {
        return render.apply(request);
    }

    /** The prompt's tokens: message text as plain text, the template's markup parsed. */
    int[] tokens(ChatPrompt prompt) {
        RenderedPrompt rendered = prompt.rendered();
        // Templates that write the BOS themselves (Llama 3) must not get a second one.
        boolean addBos = bosText == null || !rendered.text().startsWith(bosText);
        return rendered.tokenize(vocab, addBos ? SpecialTokens.ADD_AND_PARSE : SpecialTokens.PARSE);
    }

    /** As {@link #tokens}, cut at the media markers (one piece more than markers). */
    java.util.List<int[]> tokenPieces(ChatPrompt prompt) {
        RenderedPrompt rendered = prompt.rendered();
        boolean addBos = bosText == null || !rendered.text().startsWith(bosText);
        return rendered.tokenizePieces(vocab, addBos ? SpecialTokens.ADD_AND_PARSE : SpecialTokens.PARSE);
    }

    /** {@code base} made fit for a reply to {@code prompt}: its grammar, special-token text, no BOS. */
    static GenerateParams replyParams(ChatPrompt prompt, GenerateParams base) {
        return base.toBuilder().sampler(prompt.sampler(base.sampler())).addSpecial(false)
                // markers such as [TOOL_CALLS] are special tokens: the parser must see them
                .renderSpecial(prompt.needsSpecialTokenText()).build();
    }
}
