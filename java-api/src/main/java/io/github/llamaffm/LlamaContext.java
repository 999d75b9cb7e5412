package io.github.llamaffm;

import io.github.llamaffm.internal.StateCodec;

import java.lang.foreign.MemorySegment;
import java.util.List;
import java.util.Objects;

/**
 * An inference context on a {@link LlamaModel}: the KV memory of the tokens seen so far, and the
 * buffers to decode more and to read their logits.
 *
 * <p><b>Threads:</b> one thread at a time may use a context; a second thread that tries gets an
 * {@link IllegalStateException} at once. {@link #close()} may come from any thread: it stops a
 * running decode through llama.cpp's abort callback, waits for it, then frees the context.
 *
 * <p><b>KV reuse:</b> the context remembers the tokens in its memory. A new generation whose
 * prompt starts with those tokens decodes only the rest (a chat that re-sends its history pays
 * for the new turn only). {@code memory().clear()} forgets everything.
 *
 * <p><b>Ownership:</b> created by and owned by its model; closing the model closes it.
 */
public final class LlamaContext implements AutoCloseable {
    final ContextCore core; // the state and rules of each call; this class is the facade

    private LlamaContext(LlamaModel model, ContextParams params) {
        this.core = ContextCore.open(this, model, params);
    }

    static LlamaContext create(LlamaModel model, ContextParams params) {
        LlamaContext ctx = new LlamaContext(model, params);
        try {
            model.adopt(ctx);
        } catch (RuntimeException | Error e) {
            ctx.core.freeUnadopted(); // the model (closing, read-locked here) never had it
            throw e;
        }
        return ctx;
    }

    /**
     * The model this context belongs to.
     *
     * @return the model
     */
    public LlamaModel model() {
        return core.model();
    }

    /**
     * Tokens the context holds.
     *
     * @return the context size
     */
    public int contextSize() {
        return core.contextSize();
    }

    /**
     * Tokens one sequence can hold: the {@link #contextSize()}, or its share of it when the KV
     * memory is not unified ({@link ContextParams#unifiedKv()}) and there are several sequences.
     *
     * @return the per-sequence context size
     */
    public int sequenceContextSize() {
        return core.sequenceContextSize();
    }

    /**
     * Independent sequences the KV memory holds (ids {@code 0 .. sequences() - 1}).
     *
     * @return the sequence count
     */
    public int sequences() {
        return core.sequences();
    }

    /**
     * The KV memory: per-sequence removal, copy, shift and positions.
     *
     * @return the memory view of this context (valid as long as the context)
     */
    public KvMemory memory() {
        return core.memory();
    }

    /**
     * Most tokens one decode call takes; longer prompts are decoded in batches of this size.
     *
     * @return the batch size
     */
    public int batchSize() {
        return core.batchSize();
    }

    /**
     * Most tokens computed at once inside a decode.
     *
     * @return the micro-batch size
     */
    public int microBatchSize() {
        return core.microBatchSize();
    }

    /**
     * Threads used for generation.
     *
     * @return the thread count
     * @throws IllegalStateException if closed or used by another thread
     */
    public int threads() {
        return core.threads();
    }

    /**
     * Threads used for prompt processing.
     *
     * @return the thread count
     * @throws IllegalStateException if closed or used by another thread
     */
    public int batchThreads() {
        return core.batchThreads();
    }

    /**
     * Changes the thread counts.
     *
     * @param threads      threads for generation, {@code >= 1}
     * @param batchThreads threads for prompt processing, {@code >= 1}
     * @throws IllegalArgumentException if a count is below 1
     * @throws IllegalStateException    if closed or used by another thread
     */
    public void setThreads(int threads, int batchThreads) {
        core.setThreads(threads, batchThreads);
    }

    /**
     * The number of tokens that {@link #generate} put into sequence 0 and that are still there
     * (prompt and generated tokens so far); 0 after a {@link #decode(Batch)} or memory edit of
     * sequence 0 that it cannot follow.
     *
     * @return tokens held
     */
    public int tokenCount() {
        return core.tokenCount();
    }

    /**
     * The tokens counted by {@link #tokenCount()}, oldest first. After a
     * {@link #generate(MultimodalPrompt, GenerateParams) prompt with media}, each position a media
     * fills holds a negative value (the same for the same media at the same place), and the count is
     * of positions.
     *
     * @return a copy of the tokens
     */
    public int[] tokens() {
        return core.tokens();
    }

    /**
     * Decodes a batch: adds its rows to the KV memory of their sequences and computes the outputs
     * of its output rows, readable with {@link #logits(int)} and {@link #embeddings(int)} by row
     * index until the next decode. Runs on the calling thread; interrupting it, or closing the
     * context, aborts the decode.
     *
     * <p>{@link #generate} keeps its own record of sequence 0; a batch that writes to sequence 0
     * makes the next {@code generate} start that sequence afresh.
     *
     * @param batch the rows, at most {@link #batchSize()} of them
     * @throws IllegalArgumentException if the batch is empty or larger than the batch size, or a row
     *                                  has a token outside the vocabulary or a sequence id
     *                                  {@code >= sequences()}, or it holds several sequences for
     *                                  pooled embeddings without a unified KV memory
     * @throws ContextFullException     if the KV memory has no room for the batch
     * @throws DecodeException          if llama.cpp fails or the decode was aborted (return code 2);
     *                                  the memory may then hold the part of the batch decoded so far
     * @throws IllegalStateException    if this context or the batch is closed or used by another thread
     */
    public void decode(Batch batch) {
        core.decode(batch);
    }

    /**
     * Decodes a batch as {@link #decode(Batch)} does, and aborts it (through llama.cpp's abort
     * callback, between its compute steps) as soon as {@code cancellation} is cancelled.
     *
     * @param batch        the rows, at most {@link #batchSize()} of them
     * @param cancellation a handle that aborts this decode when cancelled
     * @throws IllegalArgumentException if the batch is not valid for this context (see {@link #decode(Batch)})
     * @throws ContextFullException     if the KV memory has no room for the batch
     * @throws DecodeException          if llama.cpp fails or the decode was aborted (return code 2)
     * @throws IllegalStateException    if this context or the batch is closed or used by another thread
     * @throws NullPointerException     if an argument is null
     */
    public void decode(Batch batch, Cancellation cancellation) {
        core.decode(batch, Objects.requireNonNull(cancellation, "cancellation"));
    }

    /**
     * A read-only, zero-copy view of the output embedding of batch row {@code index} of the last
     * decode ({@code -1} for the last output row), {@link LlamaModel#embeddingSize()} floats. Needs a
     * context with {@link ContextParams#embeddings()} on. Valid until the next decode, like
     * {@link #logits(int)}.
     *
     * @param index the batch row, or -1
     * @return the embedding
     * @throws IllegalArgumentException if the row is not in the last decode
     * @throws LlamaException           if that row has no embedding (not an output row, or
     *                                  embeddings are off)
     * @throws IllegalStateException    if closed or used by another thread
     */
    public MemorySegment embeddings(int index) {
        return core.embeddings(index);
    }

    /**
     * A read-only, zero-copy view of the pooled embedding of a sequence after the last decode
     * (a context with {@link ContextParams#embeddings()} on and a pooling other than
     * {@link ContextParams.Pooling#NONE}): {@link LlamaModel#embeddingSize()} floats, or for
     * {@link ContextParams.Pooling#RANK} the relevance score(s). Valid until the next decode.
     *
     * @param sequence the sequence id
     * @return the pooled embedding
     * @throws IllegalArgumentException if the sequence id is out of range
     * @throws LlamaException           if there is no pooled embedding for it
     * @throws IllegalStateException    if closed or used by another thread
     */
    public MemorySegment sequenceEmbeddings(int sequence) {
        return core.sequenceEmbeddings(sequence);
    }

    /**
     * Applies a LoRA adapter with a scale (1 = as trained), or changes its scale; other adapters
     * stay. The KV memory holds what was computed before the change: {@link #generate} therefore
     * starts sequence 0 afresh, and other sequences should be cleared or re-decoded by the caller.
     *
     * @param adapter an adapter of this context's model
     * @param scale   its scale
     * @throws IllegalArgumentException if the adapter belongs to another model
     * @throws IllegalStateException    if the adapter or context is closed, or used by another thread
     * @throws LlamaException           if llama.cpp refuses the adapter set
     */
    public void setLora(LoraAdapter adapter, float scale) {
        core.setLora(adapter, scale);
    }

    /**
     * Removes a LoRA adapter from this context (no effect if it is not applied); outputs return to
     * those of the base model (with any other adapters).
     *
     * @param adapter the adapter
     * @throws IllegalStateException if the context is closed or used by another thread
     * @throws LlamaException        if llama.cpp refuses the adapter set
     */
    public void removeLora(LoraAdapter adapter) {
        core.removeLora(adapter);
    }

    /**
     * The adapters applied to this context, with their scales.
     *
     * @return an unmodifiable copy, in the order they were applied
     */
    public java.util.Map<LoraAdapter, Float> loras() {
        return core.loras();
    }

    /**
     * The pooled embedding of {@code text}, unit length ({@link Normalization#EUCLIDEAN}). The
     * context must compute embeddings ({@link ContextParams#embeddings()}) with a pooling other
     * than {@code NONE}; the text is tokenized as llama.cpp's embedding tool does (special tokens
     * added and parsed) and must fit in one batch. Uses and then empties the KV memory.
     *
     * @param text the text
     * @return a new array of {@link LlamaModel#embeddingSize()} floats
     * @throws IllegalStateException    if embeddings are off or not pooled, or closed, or used by another thread
     * @throws IllegalArgumentException if the text has no tokens or does not fit in a batch
     * @throws LlamaException           if decoding fails
     */
    public float[] embed(String text) {
        return embed(text, Normalization.EUCLIDEAN);
    }

    /**
     * The pooled embedding of {@code text} (see {@link #embed(String)}), normalized as asked.
     *
     * @param text          the text
     * @param normalization how to scale the vector
     * @return a new array of {@link LlamaModel#embeddingSize()} floats
     * @throws IllegalStateException    if embeddings are off or not pooled, or closed, or used by another thread
     * @throws IllegalArgumentException if the text has no tokens or does not fit in a batch
     * @throws LlamaException           if decoding fails
     */
    public float[] embed(String text, Normalization normalization) {
        Objects.requireNonNull(text, "text");
        return embed(List.of(text), normalization).get(0);
    }

    /**
     * Pooled embeddings of many texts, several per decode: each text takes one sequence, and a
     * decode holds as many texts as {@link #sequences()} and the batch size allow. Batching texts
     * needs a unified KV memory ({@link ContextParams#unifiedKv()}); with separate streams each
     * text gets a decode of its own.
     *
     * @param texts         the texts
     * @param normalization how to scale each vector
     * @return one new array per text, in order
     * @throws IllegalStateException    if embeddings are off or not pooled, or closed, or used by another thread
     * @throws IllegalArgumentException if a text has no tokens or does not fit in a batch
     * @throws LlamaException           if decoding fails
     */
    public List<float[]> embed(List<String> texts, Normalization normalization) {
        return core.embed(texts, normalization);
    }

    /**
     * One embedding per token of {@code text}, for a context with
     * {@link ContextParams.Pooling#NONE} pooling.
     *
     * @param text          the text
     * @param normalization how to scale each vector
     * @return {@code [tokens][embeddingSize]}
     * @throws IllegalStateException    if embeddings are off or pooled, or closed, or used by another thread
     * @throws IllegalArgumentException if the text has no tokens or does not fit in a batch
     * @throws LlamaException           if decoding fails
     */
    public float[][] embedTokens(String text, Normalization normalization) {
        return core.embedTokens(text, normalization);
    }

    /**
     * Relevance scores of documents for a query, from a reranking model in a context with
     * {@link ContextParams.Pooling#RANK} pooling; higher is more relevant. Each pair is the
     * model's "rerank" template filled in, or query and document joined by the separator tokens
     * the vocabulary adds, as llama.cpp's embedding tool builds it.
     *
     * @param query     the query
     * @param documents the documents
     * @return one score per document (the first classifier output), in order
     * @throws IllegalStateException    if the context is not a RANK-pooled embedding context, or
     *                                  closed, or used by another thread
     * @throws IllegalArgumentException if a pair has no tokens or does not fit in a batch
     * @throws LlamaException           if decoding fails (e.g. the model has no classifier head)
     */
    public float[] rank(String query, List<String> documents) {
        return core.rank(query, documents);
    }

    /**
     * Saves the whole context state (KV memory of every sequence, last logits and the tokens
     * {@link #generate} remembers) to bytes that {@link #restoreState(byte[])} accepts, on this or
     * a fresh context of the same model.
     *
     * @return the state
     * @throws IllegalStateException if closed or used by another thread
     * @throws LlamaException        if llama.cpp cannot copy its state, or it is over 2 GiB
     */
    public byte[] saveState() {
        return core.saveState();
    }

    /**
     * Saves the KV memory of one sequence (without logits) to bytes that
     * {@link #restoreSequence(int, byte[])} accepts. For sequence 0 the tokens {@link #generate}
     * remembers are included, so a generation on the restored sequence reuses them.
     *
     * @param sequence the sequence id
     * @return the state of that sequence
     * @throws IllegalArgumentException if the sequence id is out of range
     * @throws IllegalStateException    if closed or used by another thread
     * @throws LlamaException           if llama.cpp cannot copy the state, or it is over 2 GiB
     */
    public byte[] saveSequence(int sequence) {
        return core.saveSequence(sequence);
    }

    /**
     * Restores a state saved by {@link #saveState()}: the KV memory, the last logits and the
     * remembered tokens. Generation then continues exactly as it would have on the saved context.
     *
     * @param state bytes from {@link #saveState()}
     * @throws LlamaException        if the bytes are not a context state, are corrupt, come from
     *                               another model, or do not fit this context; the context is then empty
     * @throws IllegalStateException if closed or used by another thread
     */
    public void restoreState(byte[] state) {
        core.restoreState(state);
    }

    /**
     * Restores a sequence state saved by {@link #saveSequence(int)} into sequence
     * {@code sequence} (not necessarily the one it was saved from), replacing what it held.
     *
     * @param sequence the sequence to restore into
     * @param state    bytes from {@link #saveSequence(int)}
     * @throws IllegalArgumentException if the sequence id is out of range
     * @throws LlamaException           if the bytes are not a sequence state, are corrupt, come
     *                                  from another model, or do not fit; the sequence is then empty
     * @throws IllegalStateException    if closed or used by another thread
     */
    public void restoreSequence(int sequence, byte[] state) {
        core.restoreSequence(sequence, state);
    }

    /**
     * Saves the whole context state to a file (see {@link #saveState()}).
     *
     * @param file the file to write (replaced)
     * @throws java.io.UncheckedIOException if the file cannot be written
     * @throws LlamaException               if llama.cpp cannot copy its state
     */
    public void saveState(java.nio.file.Path file) {
        StateCodec.write(file, saveState());
    }

    /**
     * Restores the whole context state from a file written by {@link #saveState(java.nio.file.Path)}.
     *
     * @param file the file
     * @throws java.io.UncheckedIOException if the file cannot be read
     * @throws LlamaException               if it is not a context state of this model, or is corrupt
     */
    public void restoreState(java.nio.file.Path file) {
        restoreState(StateCodec.read(file));
    }

    /**
     * Saves one sequence's state to a file (see {@link #saveSequence(int)}).
     *
     * @param sequence the sequence id
     * @param file     the file to write (replaced)
     * @throws IllegalArgumentException     if the sequence id is out of range
     * @throws java.io.UncheckedIOException if the file cannot be written
     * @throws LlamaException               if llama.cpp cannot copy the state
     */
    public void saveSequence(int sequence, java.nio.file.Path file) {
        StateCodec.write(file, saveSequence(sequence));
    }

    /**
     * Restores a sequence state from a file written by {@link #saveSequence(int, java.nio.file.Path)}
     * into sequence {@code sequence}.
     *
     * @param sequence the sequence to restore into
     * @param file     the file
     * @throws IllegalArgumentException     if the sequence id is out of range
     * @throws java.io.UncheckedIOException if the file cannot be read
     * @throws LlamaException               if it is not a sequence state of this model, or is corrupt
     */
    public void restoreSequence(int sequence, java.nio.file.Path file) {
        core.checkSequence(sequence);
        restoreSequence(sequence, StateCodec.read(file));
    }

    /**
     * Generates from a text prompt, streaming: the returned {@link Generation} is an
     * {@code Iterable<Token>} that decodes and samples as it is iterated. Tokens already in the
     * context that the prompt starts with are reused.
     *
     * @param prompt the prompt, tokenized with {@code params}' special-token settings
     * @param params limits, stop strings, sampler, cancellation
     * @return the generation (iterate it once)
     * @throws NullPointerException if an argument is null
     */
    public Generation generate(String prompt, GenerateParams params) {
        return core.generate(prompt, params);
    }

    /**
     * Generates from prompt tokens (see {@link #generate(String, GenerateParams)}).
     *
     * @param prompt the prompt's token ids
     * @param params limits, stop strings, sampler, cancellation
     * @return the generation (iterate it once)
     * @throws IllegalArgumentException if a token id is outside the vocabulary or the prompt is empty
     * @throws NullPointerException     if an argument is null
     */
    public Generation generate(int[] prompt, GenerateParams params) {
        return core.generate(prompt, params);
    }

    /**
     * Generates from a prompt with images or audio (see {@link MultimodalPrompt}), streaming as
     * {@link #generate(String, GenerateParams)} does. The media are decoded and encoded by the prompt's
     * projector when the generation starts; what the context already holds of the prompt, media
     * included, is reused (the same media at the same place is not encoded again).
     *
     * @param prompt the prompt and its projector (of this context's model)
     * @param params limits, stop strings, sampler, cancellation; no speculation
     * @return the generation (iterate it once); iterating it throws {@link IllegalArgumentException}
     *         for media that cannot be decoded or do not suit the projector, or a prompt that ends
     *         with media, and {@link IllegalStateException} when the projector is closed
     * @throws IllegalArgumentException if the projector belongs to another model, or
     *                                  {@code params} asks for speculation
     * @throws NullPointerException     if an argument is null
     */
    public Generation generate(MultimodalPrompt prompt, GenerateParams params) {
        return core.generate(prompt, params);
    }

    /**
     * Generates from a prompt with media and returns the text (see
     * {@link #generate(MultimodalPrompt, GenerateParams)}).
     *
     * @param prompt the prompt and its projector
     * @param params limits, stop strings, sampler, cancellation
     * @return the generated text
     * @throws IllegalArgumentException if a media cannot be decoded or does not suit the projector
     * @throws ContextFullException     if the prompt does not fit in the context
     * @throws LlamaException           if decoding fails
     */
    public String complete(MultimodalPrompt prompt, GenerateParams params) {
        return generate(prompt, params).run().text();
    }

    /**
     * Generates and returns the text (see {@link #generate(String, GenerateParams)}); for the stop
     * reason, token counts and speeds, use {@code generate(prompt, params).run()}.
     *
     * @param prompt the prompt
     * @param params limits, stop strings, sampler, cancellation
     * @return the generated text
     * @throws ContextFullException if the prompt does not fit in the context
     * @throws LlamaException       if decoding fails
     */
    public String complete(String prompt, GenerateParams params) {
        return generate(prompt, params).run().text();
    }

    /**
     * A read-only, zero-copy view of the logits of batch row {@code index} of the last decode
     * ({@code -1} for the last row): one float per vocabulary entry. The view is valid until the
     * next decode, {@code memory().clear()} or {@link #close()}; after that, reading it throws
     * {@link IllegalStateException} instead of reading stale memory.
     *
     * @param index the batch row, or -1
     * @return the logits, {@code vocab().size()} floats
     * @throws IllegalStateException if closed or used by another thread
     * @throws LlamaException        if that row has no logits
     */
    public MemorySegment logits(int index) {
        return core.logits(index);
    }

    /**
     * Whether {@link #close()} has been called (directly or by closing the model).
     *
     * @return true once closed
     */
    public boolean isClosed() {
        return core.isClosed();
    }

    /**
     * Frees the context. Idempotent. From another thread, a running decode is aborted and waited
     * for. From a callback inside a call of this context (a token consumer, a log listener, an
     * abort check), the context is closed at once — every later use throws — and its memory is
     * freed when that call returns; a generation in progress then ends with
     * {@link StopReason#CANCELLED}.
     */
    @Override
    public void close() {
        core.close();
    }

    @Override
    public String toString() {
        return core.describe();
    }
}
