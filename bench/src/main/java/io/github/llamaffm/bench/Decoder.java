package io.github.llamaffm.bench;

/**
 * What the decoding-only path needs, in the shape of the public batch API: a batch to fill,
 * a decode, and an empty memory between repetitions. One context, one sequence (0).
 */
public interface Decoder extends AutoCloseable {
    /**
     * The vocabulary size.
     *
     * @return tokens in the vocabulary
     */
    int vocabSize();

    /**
     * The token a sequence starts with: BOS when the model adds one, else -1.
     *
     * @return the token, or -1
     */
    int startToken();

    /** Empties the batch. */
    void clear();

    /**
     * Adds a token of sequence 0 to the batch.
     *
     * @param token    the token id
     * @param position its position
     * @param output   whether to compute its logits
     */
    void add(int token, int position, boolean output);

    /** Decodes the batch; returns when the result is ready. */
    void decode();

    /** Forgets every token in the context's memory. */
    void clearMemory();

    /** Frees the context (and the model where the decoder loaded it). */
    @Override
    void close();
}
