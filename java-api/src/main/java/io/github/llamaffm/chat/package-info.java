/**
 * Chat: {@link io.github.llamaffm.chat.ChatSession}, a conversation on a context that decodes only
 * each new turn; chat templates: renders a model's Jinja chat template as Hugging Face transformers does
 * ({@link io.github.llamaffm.chat.ChatTemplate}), and tokenizes the result so that the messages'
 * text can never turn into control tokens ({@link io.github.llamaffm.chat.RenderedPrompt}).
 *
 * <p>Templates run on the package's own Jinja interpreter, with Jinja2's grammar, whitespace
 * rules and scoping and Python's value semantics; see {@code ChatTemplate} for what it does not
 * support.
 */
package io.github.llamaffm.chat;
