package io.github.llamaffm;

/**
 * What {@link Vocab#tokenize(String, SpecialTokens)} does with special tokens: whether it adds the
 * ones the model wants around a text (BOS, EOS), and whether text that spells a special token
 * (such as {@code <|im_start|>}) becomes that token. {@link Vocab#detokenize(int[], SpecialTokens)}
 * undoes it with the same mode: {@code ADD} drops the BOS/EOS the model adds, {@code PARSE}
 * renders special tokens as their text.
 *
 * <p>Parse special tokens only in text you wrote yourself (a template, a prompt format); text from
 * users or documents must stay text, or it can inject control tokens.
 */
public enum SpecialTokens {
    /** Neither: the text as plain text, nothing added. */
    NONE(false, false),
    /** Add the model's BOS/EOS as configured; special-token text stays plain text. */
    ADD(true, false),
    /** Recognise special-token text; add nothing. */
    PARSE(false, true),
    /** Add the model's BOS/EOS and recognise special-token text. */
    ADD_AND_PARSE(true, true);

    final boolean add, parse;

    SpecialTokens(boolean add, boolean parse) {
        this.add = add;
        this.parse = parse;
    }
}
