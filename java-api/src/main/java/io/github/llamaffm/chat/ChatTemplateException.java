package io.github.llamaffm.chat;

import io.github.llamaffm.LlamaException;

/**
 * A chat template could not be parsed or rendered: a syntax error, an error while rendering
 * (Python's {@code TypeError} or Jinja2's {@code UndefinedError} where Jinja2 would raise one),
 * the template's own {@code raise_exception('...')} (the message is the template's), or a prompt
 * that cannot be tokenized without the risk of special-token injection.
 */
public class ChatTemplateException extends LlamaException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what is wrong with the template or its input
     */
    public ChatTemplateException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what is wrong with the template or its input
     * @param cause   the underlying failure
     */
    public ChatTemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
