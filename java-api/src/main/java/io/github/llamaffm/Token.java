package io.github.llamaffm;

/**
 * One generated token.
 *
 * @param id   the token id
 * @param text the text that became complete at this token: whole UTF-8 characters only, so it is
 *             empty while a multi-byte character is still open, and text that may belong to a stop
 *             string is held back until it is known not to
 */
public record Token(int id, String text) {
    /**
     * Validates.
     *
     * @throws NullPointerException if {@code text} is null
     */
    public Token {
        java.util.Objects.requireNonNull(text, "text");
    }
}
