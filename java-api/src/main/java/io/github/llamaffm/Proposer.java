package io.github.llamaffm;

/**
 * Guesses the tokens that follow a text, for speculative decoding: the target model then checks
 * all the guesses in one decode and keeps the longest prefix it agrees with. A proposer never
 * changes what is generated, only how fast: a bad guess costs a little width in a decode.
 *
 * <p>Implementations: {@link io.github.llamaffm.speculative.DraftModel} (a second, cheaper model)
 * and {@link io.github.llamaffm.speculative.PromptLookup} (n-grams of the prompt and of what was
 * generated); others plug in through {@link Speculation#of(Factory)}.
 *
 * <p><b>Ownership and threads:</b> a proposer belongs to one generation: it is opened when the
 * generation starts, called on the generating thread only, and closed when the generation ends.
 * In a {@link BatchGenerator} (and so a {@code ChatEngine}), each request that speculates opens
 * its own proposer when it gets a sequence, on the decoding thread, and closes it when it ends;
 * the proposers of all running requests are called on that one thread, one after another.
 */
public interface Proposer extends AutoCloseable {
    /**
     * Proposes up to {@code max} tokens that follow {@code tokens[0 .. length)}: the prompt and
     * every token generated so far, the last of them the target's newest token.
     *
     * @param tokens the text so far; read it, do not change it (it is not copied for speed)
     * @param length how many entries of {@code tokens} are valid, {@code >= 1}
     * @param max    most tokens to propose, {@code >= 1}
     * @param draft  where to write the proposal, at least {@code max} entries
     * @return the number of tokens written, {@code 0 .. max}; 0 when there is no good guess
     */
    int propose(int[] tokens, int length, int max, int[] draft);

    /**
     * Told, after the target checked the last proposal, how many of its tokens it kept (a prefix).
     * The default does nothing.
     *
     * @param proposed the tokens of the last proposal that were checked
     * @param accepted how many of them were kept, {@code 0 .. proposed}
     */
    default void accepted(int proposed, int accepted) {
    }

    /** Frees what the proposer holds for its generation. The default does nothing. Never throws. */
    @Override
    default void close() {
    }

    /**
     * Makes the {@link Proposer} of each generation. Held by an immutable {@link Speculation};
     * called on the generating thread.
     */
    interface Factory {
        /**
         * Checks, when a generation is created and before any lock is taken, that this factory can
         * make proposals for {@code target}; the default accepts every model.
         *
         * @param target the model that generates
         * @throws IllegalArgumentException if it cannot (say, a draft model with another vocabulary)
         */
        default void check(LlamaModel target) {
        }

        /**
         * How many generations the proposers of this factory can serve at once (a draft model:
         * its draft context's sequences); the default has no limit. A {@link BatchGenerator}
         * refuses a request whose factory serves fewer than its {@link BatchGenerator#capacity()}.
         *
         * @return the most proposers open at the same time, at least 1
         */
        default int concurrency() {
            return Integer.MAX_VALUE;
        }

        /**
         * Opens the proposer of one generation.
         *
         * @param target the context that generates
         * @return a proposer, which the generation closes when it ends
         * @throws IllegalArgumentException if it cannot serve this context
         * @throws IllegalStateException    if a resource it needs (a draft context) is closed or in use
         */
        Proposer open(LlamaContext target);
    }
}
