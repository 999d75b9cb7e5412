package io.github.llamaffm;

import io.github.llamaffm.internal.Handoff;
import io.github.llamaffm.internal.TextStream;

import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * One request served by a {@link BatchGenerator}: its tokens stream as they are generated, its
 * {@link #completion()} completes when it ends. Iterating it blocks the iterating thread (a
 * virtual thread is a good fit) until the next token arrives.
 *
 * <p>Thread-safe: {@link #cancel()} and {@link #completion()} may be used from any thread; the
 * iterator is for one thread. A cancelled request ends with {@link StopReason#CANCELLED} at the
 * next decode step, without disturbing the other requests.
 */
public final class BatchRequest implements Iterable<Token> {
    // Set at submit; read by the generator thread.
    final int[] prompt; // token ids; with media, one key per position (MediaPlan)
    final MediaPlan media; // the prompt's media chunks, or null; freed when the request ends
    final GenerateParams params;
    final Consumer<Token> onToken;
    final TextStream stream;
    private final CompletableFuture<Completion> future = new CompletableFuture<>();
    private final Handoff<Token> tokens;
    private volatile boolean cancelled;
    private boolean iterated;

    // Owned by the generator thread.
    int sequence = -1;
    SamplerChain chain; // built at admission from params.sampler(), closed when the request ends
    int fed;          // prompt tokens in the KV memory
    int position;     // position of the next token in the sequence
    int chunk;        // prompt tokens in the current batch
    int pending = -1; // sampled token still to be decoded
    int row = -1;     // output row in the current batch
    int generated, promptDecoded;
    int[] decodedOut = new int[16]; // generated tokens whose KV is in the sequence, in order (prompt cache only)
    int decodedOutCount;
    long admittedAt, firstTokenAt;
    // speculative decoding (proposer null: off)
    Proposer proposer; // opened at admission from params.speculation(), closed when the request ends
    int[] text;        // the prompt and the generated tokens, the newest last: what the proposer continues
    int textLength;
    int[] draft;       // the proposal decoded in the current batch, in the rows after the pending token's
    int drafts;        // its length (0: the pending token alone)
    private long specSteps, specDrafted, specAccepted; // guarded by this: read from any thread

    BatchRequest(int[] prompt, GenerateParams params, Consumer<Token> onToken) {
        this(prompt, null, params, onToken);
    }

    BatchRequest(int[] prompt, MediaPlan media, GenerateParams params, Consumer<Token> onToken) {
        this.prompt = prompt;
        this.media = media;
        this.params = params;
        this.onToken = onToken;
        this.stream = new TextStream(params.stop());
        this.tokens = onToken == null ? new Handoff<>() : null;
    }

    /**
     * Ends the request at the next decode step; the other requests go on. Safe from any thread.
     */
    public void cancel() {
        cancelled = true;
    }

    boolean cancelRequested() {
        if (cancelled) return true;
        Cancellation c = params.cancellation();
        return c != null && c.isCancelled();
    }

    /**
     * Completes with the result when the request ends: normally (any {@link StopReason}),
     * or exceptionally with a {@link LlamaException} if decoding failed or the prompt did not fit.
     *
     * @return the future result (completing it from outside has no effect on the generation)
     */
    public CompletableFuture<Completion> completion() {
        return future.copy();
    }

    /**
     * Waits for the request to end and returns its result.
     *
     * @return the completion
     * @throws LlamaException           if decoding failed or the prompt did not fit
     * @throws IllegalArgumentException if the request was refused (e.g. an invalid setting)
     * @throws CompletionException      wrapping any other failure
     * @throws java.util.concurrent.CancellationException never for {@link #cancel()} (a cancelled
     *                                                    request completes normally with {@link StopReason#CANCELLED})
     */
    public Completion join() {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw e;
        }
    }

    /**
     * The tokens as they are generated; {@code hasNext()} blocks until the next one or the end.
     * Only for requests submitted without a token consumer; may be called once.
     *
     * @return the blocking iterator
     * @throws IllegalStateException if called twice, or the request streams to a consumer
     */
    @Override
    public synchronized Iterator<Token> iterator() {
        if (tokens == null) throw new IllegalStateException("this request streams its tokens to the consumer given at submit");
        if (iterated) throw new IllegalStateException("a BatchRequest can be iterated once");
        iterated = true;
        return tokens.iterator(this::cancel, () -> {
            if (future.isCompletedExceptionally()) join();
        });
    }

    /** Delivers a token (generator thread); a consumer that throws cancels this request only. */
    void emit(Token t) {
        if (tokens != null) {
            tokens.offer(t);
            return;
        }
        try {
            onToken.accept(t);
        } catch (Throwable e) {
            cancelled = true;
            fail(new LlamaException("the token consumer threw; the request was cancelled", e));
        }
    }

    void complete(Completion c) {
        releaseMedia();
        if (future.complete(c) && tokens != null) tokens.end();
    }

    void fail(Throwable e) {
        releaseMedia();
        if (future.completeExceptionally(e) && tokens != null) tokens.end();
    }

    /** Frees the prompt's media chunks (the request has ended or never started). */
    synchronized void releaseMedia() {
        if (media != null) media.close();
    }

    /**
     * The positions the prompt fills in its sequence: its tokens, and for a prompt with media the
     * positions of each media as libmtmd counts them (M-RoPE models count fewer than tokens).
     *
     * @return the prompt's length in positions
     */
    public int promptPositions() {
        return prompt.length;
    }

    /**
     * What speculative decoding did for this request so far
     * ({@link GenerateParams.Builder#speculative(Speculation)}): verification steps, proposed and
     * accepted tokens. Safe from any thread; final once {@link #completion()} has completed.
     *
     * @return the counts ({@link SpeculationStats#NONE} without speculation)
     */
    public synchronized SpeculationStats speculationStats() {
        return specSteps == 0 ? SpeculationStats.NONE : new SpeculationStats(specSteps, specDrafted, specAccepted);
    }

    /** Counts a verification step (generator thread). */
    synchronized void countSpeculation(int drafted, int accepted) {
        specSteps++;
        specDrafted += drafted;
        specAccepted += accepted;
    }

    /** Appends a generated token to the text the proposer continues (generator thread). */
    void remember(int token) {
        if (textLength == text.length) text = java.util.Arrays.copyOf(text, text.length * 2);
        text[textLength++] = token;
    }

    boolean isDone() {
        return future.isDone();
    }

    @Override
    public String toString() {
        return "BatchRequest[" + prompt.length + (media == null ? " prompt tokens, " : " prompt positions, ") + generated + " generated"
                + (future.isDone() ? ", done]" : sequence >= 0 ? ", sequence " + sequence + "]" : ", queued]");
    }
}
