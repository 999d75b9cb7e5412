package io.github.llamaffm;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Serves many generation requests from one context by continuous batching: each request gets a
 * sequence of the KV memory; every step makes <b>one</b> {@code llama_decode} with the next token
 * of every running request and prompt chunks of newly admitted ones; then each request samples
 * from its own row with its own {@link Sampler}, checks its own stop conditions and streams its
 * own tokens. Requests join and leave between steps; a cancelled or finished request frees its
 * sequence for the next one in the queue.
 *
 * <pre>{@code
 * try (LlamaContext ctx = model.newContext(ContextParams.builder().contextSize(8192).sequences(8).unifiedKv(true).build());
 *      BatchGenerator gen = BatchGenerator.builder(ctx).sharedPrefix(systemPrompt).build()) {
 *     List<BatchRequest> requests = questions.stream()
 *             .map(q -> gen.submit(systemPrompt + q, GenerateParams.builder().maxTokens(200).build()))
 *             .toList();
 *     for (BatchRequest r : requests) System.out.println(r.join().text());
 * }
 * }</pre>
 *
 * <p><b>Threads:</b> the generator decodes on a thread of its own, which holds the context for
 * the generator's lifetime: other threads' use of the context then fails fast with
 * {@link IllegalStateException}. {@link #submit} is safe from any number of threads, virtual
 * threads included. Token consumers given to {@link #submit(String, GenerateParams, Consumer)}
 * run on the decoding thread and should return quickly; the blocking iterator of a
 * {@link BatchRequest} moves that work to the caller's thread.
 *
 * <p><b>Shared prefix:</b> a prefix given to the builder (e.g. a system prompt) is decoded once
 * into a sequence of its own; a request whose prompt tokens start with the prefix's tokens gets
 * the prefix by a KV copy and decodes only the rest. With {@link ContextParams#unifiedKv()} the
 * copy shares memory cells; otherwise it copies the prefix's KV data.
 *
 * <p><b>Images and audio:</b> {@link #submit(MultimodalPrompt, GenerateParams, Consumer)} queues a
 * prompt with media; each media chunk is encoded and decoded into the request's sequence on the
 * decoding thread between two steps, and its text then joins the batches as any prompt's does.
 *
 * <p><b>Speculative decoding:</b> a request whose {@link GenerateParams#speculation()} is set
 * opens its own {@link Proposer} when it gets a sequence (a failure there fails that request
 * only) and closes it when it ends. Each step, its pending token goes into the batch followed by
 * up to {@link Speculation#maxDraft()} proposed tokens at the next positions, all with outputs,
 * as far as the batch's room allows once every generating request has its row (prompt chunks
 * get what is left). After the decode its rows are sampled in order with its own chain while the
 * sampled token equals the proposed one; rejected rows leave the sequence's KV memory. The tokens,
 * text, stop reason and what the sequence keeps for the prompt cache are those of the same
 * request without speculation (greedy: identical; sampled: the same distribution). A batch whose
 * proposals do not fit the KV memory is decoded again without them. The counts are
 * {@link BatchRequest#speculationStats()} and {@link #speculationStats()}. A draft model's
 * context serves one request per sequence: give it as many sequences as the generator runs
 * requests at once, or {@link #submit} refuses the request.
 *
 * <p><b>Ownership:</b> the generator does not own the context: {@link #close()} ends the requests
 * and frees the decoding thread, then the context is the caller's again. Closing the context (or
 * its model) while the generator runs aborts the current step and ends all requests.
 */
public final class BatchGenerator implements AutoCloseable {
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final LlamaContext ctx;
    private final BatchScheduler scheduler; // the queue, the running requests and the decoding loop
    private final Thread thread;

    /**
     * Counters since the generator started.
     *
     * @param steps           decode calls made (one per step)
     * @param rows            token rows decoded over all steps
     * @param promptTokens    prompt tokens decoded (a shared prefix counts once)
     * @param generatedTokens tokens sampled for requests
     * @param prefixReuses    requests that got the shared prefix by a KV copy
     * @param cachedTokens    prompt tokens not decoded because a sequence still held them from
     *                        an earlier request ({@link Builder#cachePrompts(boolean)})
     */
    public record Stats(long steps, long rows, long promptTokens, long generatedTokens, long prefixReuses, long cachedTokens) {
    }

    private BatchGenerator(LlamaContext ctx, String prefixText, boolean cachePrompts, ThreadFactory threads) {
        this.ctx = ctx;
        this.scheduler = new BatchScheduler(ctx, prefixText, cachePrompts);
        this.thread = threads.newThread(scheduler::run);
        thread.start();
        RuntimeException startFailure;
        try {
            startFailure = scheduler.awaitStart();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IllegalStateException("interrupted while starting the generator", e);
        }
        if (startFailure != null) throw startFailure;
    }

    /**
     * A builder for a generator on {@code ctx}.
     *
     * @param ctx the context
     * @return a new builder
     */
    public static Builder builder(LlamaContext ctx) {
        return new Builder(Objects.requireNonNull(ctx, "ctx"));
    }

    /** Builds a {@link BatchGenerator}. */
    public static final class Builder {
        private final LlamaContext ctx;
        private String prefix;
        private boolean virtualThread;
        private boolean cachePrompts;

        private Builder(LlamaContext ctx) {
            this.ctx = ctx;
        }

        /**
         * Text that many prompts start with (e.g. a system prompt and chat-template header): decoded
         * once, copied into the sequence of each request whose prompt starts with it. Tokenized with
         * special tokens added and parsed, as prompts are by default. Takes one sequence of the context.
         *
         * @param text the prefix
         * @return this builder
         */
        public Builder sharedPrefix(String text) {
            this.prefix = Objects.requireNonNull(text, "text");
            return this;
        }

        /**
         * Keep each finished request's KV memory in its sequence, and give a new request the idle
         * sequence whose tokens share the longest prefix with its prompt: only the rest is decoded
         * (as llama-server's prompt cache does). A chat whose next turn repeats the conversation so
         * far, or requests with a common system prompt, then decode only what is new. Kept
         * memory is dropped when the KV memory runs out of room. Off by default: each request then
         * starts from an empty sequence (or the {@link #sharedPrefix(String)}).
         *
         * @param on true to reuse the tokens idle sequences hold
         * @return this builder
         */
        public Builder cachePrompts(boolean on) {
            this.cachePrompts = on;
            return this;
        }

        /**
         * Decode on a virtual thread instead of a platform thread (the default). llama.cpp blocks
         * the carrier thread while it decodes either way.
         *
         * @param on true for a virtual thread
         * @return this builder
         */
        public Builder virtualThread(boolean on) {
            this.virtualThread = on;
            return this;
        }

        /**
         * Starts the generator: decodes the shared prefix (if any) and starts the decoding thread.
         *
         * @return the running generator (close it)
         * @throws IllegalStateException    if the context is closed or in use by another thread
         * @throws IllegalArgumentException if a shared prefix is set on a context with one sequence
         * @throws ContextFullException     if the shared prefix does not fit in a sequence
         * @throws LlamaException           if decoding the prefix fails
         */
        public BatchGenerator build() {
            String name = "llama-ffm-batch-" + THREADS.incrementAndGet();
            return new BatchGenerator(ctx, prefix, cachePrompts, virtualThread
                    ? Thread.ofVirtual().name(name).factory()
                    : Thread.ofPlatform().name(name).daemon(true).factory());
        }
    }

    // ---- submitting ----------------------------------------------------------------------------

    /**
     * Queues a request; its tokens are read by iterating the returned request.
     *
     * @param prompt the prompt, tokenized on the calling thread with {@code params}' special-token settings
     * @param params limits, stop strings, sampler (one per request: samplers hold state), cancellation
     * @return the request
     * @throws IllegalStateException    if the generator is closed, or the speculation's proposer
     *                                  serves fewer requests at once than the generator runs
     * @throws IllegalArgumentException if the prompt has no tokens, or the speculation cannot
     *                                  serve this model (see {@link Speculation})
     */
    public BatchRequest submit(String prompt, GenerateParams params) {
        return submit(prompt, params, null);
    }

    /**
     * Queues a request whose tokens go to {@code onToken}, called on the decoding thread.
     *
     * @param prompt  the prompt
     * @param params  limits, stop strings, sampler, cancellation
     * @param onToken receives each token; if it throws, this request ends exceptionally
     * @return the request
     * @throws IllegalStateException    if the generator is closed, or the speculation's proposer
     *                                  serves fewer requests at once than the generator runs
     * @throws IllegalArgumentException if the prompt has no tokens, or the speculation cannot
     *                                  serve this model (see {@link Speculation})
     */
    public BatchRequest submit(String prompt, GenerateParams params, Consumer<Token> onToken) {
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(params, "params");
        checkSpeculation(params);
        int[] tokens = ctx.model().vocab().tokenize(prompt.getBytes(StandardCharsets.UTF_8), params.addSpecial(), params.parseSpecial());
        return scheduler.enqueue(new BatchRequest(tokens, params, onToken));
    }

    /**
     * Queues a request from prompt tokens.
     *
     * @param prompt  the prompt's token ids
     * @param params  limits, stop strings, sampler, cancellation
     * @param onToken receives each token on the decoding thread, or null to iterate the request
     * @return the request
     * @throws IllegalStateException    if the generator is closed, or the speculation's proposer
     *                                  serves fewer requests at once than the generator runs
     * @throws IllegalArgumentException if the prompt is empty or has a token outside the
     *                                  vocabulary, or the speculation cannot serve this model
     */
    public BatchRequest submit(int[] prompt, GenerateParams params, Consumer<Token> onToken) {
        Objects.requireNonNull(params, "params");
        checkSpeculation(params);
        int[] tokens = prompt.clone();
        for (int t : tokens) ctx.model().vocab().check(t);
        return scheduler.enqueue(new BatchRequest(tokens, params, onToken));
    }

    /**
     * Queues a request whose prompt has images or audio (see {@link MultimodalPrompt}). Its text
     * is tokenized and its media decoded and tokenized by libmtmd on the calling thread, so media
     * that cannot be decoded are refused here; the encoding and the decode of each media chunk
     * into the request's sequence run on the decoding thread, between two batched steps, before the
     * text after it joins the batches. A request's media are decoded one chunk at a time while the
     * other requests wait for that step; positions advance as libmtmd counts them (M-RoPE models
     * fill fewer positions than tokens).
     *
     * <p>With {@link Builder#cachePrompts(boolean)}, a later request that starts with the same
     * text and media (same content at the same place) reuses the positions a sequence holds, never
     * up to the middle of a media chunk. A cancellation or {@link #close()} during a media's decode
     * aborts it (the encode itself runs to its end), and nothing of the media stays in the sequence.
     * A media request runs without its {@link GenerateParams#speculation()}: proposers continue
     * token text.
     *
     * @param prompt  the prompt; its projector must belong to the context's model
     * @param params  limits, stop strings, sampler, cancellation; the text is tokenized with its
     *                special-token settings (the BOS before the first piece only)
     * @param onToken receives each token on the decoding thread, or null to iterate the request
     * @return the request
     * @throws IllegalStateException    if the generator or the projector is closed
     * @throws IllegalArgumentException if the projector belongs to another model, a media cannot be
     *                                  decoded or does not suit the projector, or the prompt ends
     *                                  with media
     */
    public BatchRequest submit(MultimodalPrompt prompt, GenerateParams params, Consumer<Token> onToken) {
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(params, "params");
        if (prompt.projector().model() != ctx.model()) {
            throw new IllegalArgumentException(prompt.projector() + " belongs to another model than the generator's context");
        }
        if (isClosed()) throw new IllegalStateException("the generator is closed");
        Vocab vocab = ctx.model().vocab();
        MediaPlan plan = MediaPlan.of(prompt, params, vocab, (utf8, add) -> vocab.tokenize(utf8, add, params.parseSpecial()));
        try {
            return scheduler.enqueue(new BatchRequest(plan.keys, plan, params, onToken));
        } catch (RuntimeException | Error e) {
            plan.close();
            throw e;
        }
    }

    /**
     * Refuses, on the submitting thread, speculation this generator cannot run: a model whose
     * memory cannot drop the end of a sequence, a proposer that cannot serve this model, a
     * proposer factory that serves fewer requests at once than the generator runs.
     */
    private void checkSpeculation(GenerateParams params) {
        Speculation s = params.speculation();
        if (s == null) return;
        ctx.core.checkSpeculation(params);
        int n = s.factory().concurrency();
        if (n < capacity()) {
            throw new IllegalStateException("the speculation's proposer (" + s.factory() + ") serves " + n + " generation"
                    + (n == 1 ? "" : "s") + " at once; this generator runs " + capacity()
                    + " requests at once: give it one per request (a draft context with as many sequences as the generator)");
        }
    }

    /**
     * Requests running now (holding a sequence).
     *
     * @return the count
     */
    public int running() {
        return scheduler.running();
    }

    /**
     * Requests waiting for a free sequence.
     *
     * @return the count
     */
    public int queued() {
        return scheduler.queued();
    }

    /**
     * Most requests served at once: the context's sequences, less one for a shared prefix.
     *
     * @return the capacity
     */
    public int capacity() {
        return scheduler.capacity();
    }

    /**
     * What speculative decoding did over all requests so far (requests whose
     * {@link GenerateParams#speculation()} is set); each request's own counts are its
     * {@link BatchRequest#speculationStats()}.
     *
     * @return the sums ({@link SpeculationStats#NONE}'s zeros when no request speculated)
     */
    public SpeculationStats speculationStats() {
        return scheduler.speculationStats();
    }

    /**
     * Counters of the work done so far.
     *
     * @return a snapshot
     */
    public Stats stats() {
        return scheduler.stats();
    }

    // ---- closing ---------------------------------------------------------------------------------

    /**
     * Whether the generator has stopped taking requests.
     *
     * @return true once closed (or after a fatal failure)
     */
    public boolean isClosed() {
        return scheduler.isClosed();
    }

    /**
     * Stops: running requests end with {@link StopReason#CANCELLED}, queued ones exceptionally; waits
     * for the decoding thread to let go of the context, whose memory is then empty. Idempotent.
     */
    @Override
    public void close() {
        scheduler.stop();
        if (Thread.currentThread() != thread) {
            boolean interrupted = false;
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        int prefix = scheduler.prefixLength();
        return "BatchGenerator[" + running() + " running, " + queued() + " queued, " + capacity() + " slots"
                + (prefix > 0 ? ", prefix of " + prefix + " tokens" : "") + (isClosed() ? ", closed]" : "]");
    }
}
