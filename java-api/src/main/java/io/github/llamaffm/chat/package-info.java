/**
 * Chat: {@link io.github.llamaffm.chat.ChatSession}, a conversation on a context that decodes only
 * each new turn; chat templates: renders a model's Jinja chat template as Hugging Face transformers does
 * ({@link io.github.llamaffm.chat.ChatTemplate}), and tokenizes the result so that the messages'
 * text can never turn into control tokens ({@link io.github.llamaffm.chat.RenderedPrompt}).
 *
 * <p>Templates run on Jinjava after a translation step that gives them Jinja2's grammar,
 * whitespace rules and Python's value semantics; see {@code ChatTemplate} for the few known
 * differences from Jinja2 that remain.
 */
package io.github.llamaffm.chat;
