package io.github.llamaffm;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
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
 * <p><b>Ownership:</b> the generator does not own the context: {@link #close()} ends the requests
 * and frees the decoding thread, then the context is the caller's again. Closing the context (or
 * its model) while the generator runs aborts the current step and ends all requests.
 */
public final class BatchGenerator implements AutoCloseable {
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final LlamaContext ctx;
    private final int slots;          // sequences for requests: 0 .. slots-1
    private final int prefixSequence; // the shared prefix's sequence, or -1
    private final int[] prefix;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private final ArrayDeque<BatchRequest> queue = new ArrayDeque<>(); // guarded by lock
    private final BatchRequest[] running;
    private final Thread thread;
    private final CountDownLatch started = new CountDownLatch(1);
    private volatile boolean closed;
    private volatile RuntimeException startFailure;
    private volatile Throwable broken;
    private final AtomicLong steps = new AtomicLong(), rows = new AtomicLong(), promptTokens = new AtomicLong(),
            generatedTokens = new AtomicLong(), prefixReuses = new AtomicLong();

    /**
     * Counters since the generator started.
     *
     * @param steps           decode calls made (one per step)
     * @param rows            token rows decoded over all steps
     * @param promptTokens    prompt tokens decoded (a shared prefix counts once)
     * @param generatedTokens tokens sampled for requests
     * @param prefixReuses    requests that got the shared prefix by a KV copy
     */
    public record Stats(long steps, long rows, long promptTokens, long generatedTokens, long prefixReuses) {
    }

    private BatchGenerator(LlamaContext ctx, String prefixText, ThreadFactory threads) {
        this.ctx = ctx;
        int nSeq = ctx.sequences();
        if (prefixText != null) {
            if (nSeq < 2) throw new IllegalArgumentException("a shared prefix needs a context with at least 2 sequences");
            this.prefix = ctx.model().vocab().tokenize(prefixText, SpecialTokens.ADD_AND_PARSE);
            if (prefix.length >= ctx.sequenceContextSize()) {
                throw new ContextFullException("the shared prefix has " + prefix.length + " tokens; a sequence holds " + ctx.sequenceContextSize());
            }
            this.prefixSequence = nSeq - 1;
            this.slots = nSeq - 1;
        } else {
            this.prefix = new int[0];
            this.prefixSequence = -1;
            this.slots = nSeq;
        }
        this.running = new BatchRequest[slots];
        this.thread = threads.newThread(this::run);
        thread.start();
        try {
            started.await();
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
            return new BatchGenerator(ctx, prefix, virtualThread
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
     * @throws IllegalStateException    if the generator is closed
     * @throws IllegalArgumentException if the prompt has no tokens
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
     * @throws IllegalStateException    if the generator is closed
     * @throws IllegalArgumentException if the prompt has no tokens
     */
    public BatchRequest submit(String prompt, GenerateParams params, Consumer<Token> onToken) {
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(params, "params");
        int[] tokens = ctx.model().vocab().tokenize(prompt.getBytes(StandardCharsets.UTF_8), params.addSpecial(), params.parseSpecial());
        return enqueue(new BatchRequest(tokens, params, onToken));
    }

    /**
     * Queues a request from prompt tokens.
     *
     * @param prompt  the prompt's token ids
     * @param params  limits, stop strings, sampler, cancellation
     * @param onToken receives each token on the decoding thread, or null to iterate the request
     * @return the request
     * @throws IllegalStateException    if the generator is closed
     * @throws IllegalArgumentException if the prompt is empty or has a token outside the vocabulary
     */
    public BatchRequest submit(int[] prompt, GenerateParams params, Consumer<Token> onToken) {
        Objects.requireNonNull(params, "params");
        int[] tokens = prompt.clone();
        for (int t : tokens) ctx.model().vocab().check(t);
        return enqueue(new BatchRequest(tokens, params, onToken));
    }

    private BatchRequest enqueue(BatchRequest r) {
        if (r.prompt.length == 0) throw new IllegalArgumentException("the prompt has no tokens");
        lock.lock();
        try {
            if (closed) throw new IllegalStateException("the generator is closed" + (broken != null ? ": " + broken : ""), broken);
            queue.add(r);
            wake.signal();
        } finally {
            lock.unlock();
        }
        return r;
    }

    /**
     * Requests running now (holding a sequence).
     *
     * @return the count
     */
    public int running() {
        int n = 0;
        for (BatchRequest r : running) if (r != null) n++;
        return n;
    }

    /**
     * Requests waiting for a free sequence.
     *
     * @return the count
     */
    public int queued() {
        lock.lock();
        try {
            return queue.size();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Most requests served at once: the context's sequences, less one for a shared prefix.
     *
     * @return the capacity
     */
    public int capacity() {
        return slots;
    }

    /**
     * Counters of the work done so far.
     *
     * @return a snapshot
     */
    public Stats stats() {
        return new Stats(steps.get(), rows.get(), promptTokens.get(), generatedTokens.get(), prefixReuses.get());
    }

    // ---- the decoding thread -------------------------------------------------------------------

    private void run() {
        try {
            ctx.core.enter();
        } catch (RuntimeException e) {
            startFailure = e;
            closed = true;
            started.countDown();
            return;
        }
        try (Batch batch = Batch.create(ctx.batchSize())) {
            try {
                if (prefixSequence >= 0) decodePrefix(batch);
            } catch (RuntimeException e) {
                startFailure = e;
                closed = true;
                return;
            } finally {
                started.countDown();
            }
            loop(batch);
        } catch (Throwable t) {
            if (ctx.core.closeRequested() && t instanceof IllegalStateException) {
                // the context was closed between the loop's check and a call into it: running requests were cancelled
                endAll(r -> r.complete(result(r, StopReason.CANCELLED)));
            } else {
                broken = t;
                endAll(r -> r.fail(t instanceof LlamaException le ? le : new LlamaException("the batch generator failed", t)));
            }
        } finally {
            closed = true;
            lock.lock();
            try {
                for (BatchRequest r : queue) r.fail(new LlamaException("the generator closed before the request started"));
                queue.clear();
            } finally {
                lock.unlock();
            }
            try {
                if (!ctx.isClosed()) ctx.memory().clear();
            } catch (RuntimeException ignored) {
                // the context is closing
            } finally {
                ctx.core.exit();
            }
        }
    }

    private void decodePrefix(Batch batch) {
        ctx.memory().remove(prefixSequence);
        for (int start = 0; start < prefix.length; start += batch.capacity()) {
            int n = Math.min(batch.capacity(), prefix.length - start);
            batch.clear().add(Arrays.copyOfRange(prefix, start, start + n), start, prefixSequence, false);
            ctx.decode(batch);
            steps.incrementAndGet();
            rows.addAndGet(n);
        }
        promptTokens.addAndGet(prefix.length);
    }

    private void loop(Batch batch) throws InterruptedException {
        while (true) {
            if (closed || ctx.core.closeRequested()) {
                endAll(r -> r.complete(result(r, StopReason.CANCELLED)));
                return;
            }
            admit();
            retireCancelled();
            if (running() == 0) {
                lock.lock();
                try {
                    if (queue.isEmpty() && !closed) wake.await(100, TimeUnit.MILLISECONDS);
                } finally {
                    lock.unlock();
                }
                continue;
            }
            fill(batch);
            if (batch.isEmpty()) continue;
            try {
                ctx.decode(batch);
            } catch (ContextFullException e) {
                evictLongest(batch);
                continue;
            } catch (DecodeException e) {
                if (e.returnCode() == 2) continue; // aborted: closing, seen at the top of the loop
                for (BatchRequest r : running) if (r != null && (r.row >= 0 || r.chunk > 0)) end(r, x -> x.fail(e));
                continue;
            }
            steps.incrementAndGet();
            rows.addAndGet(batch.size());
            afterDecode();
        }
    }

    private void admit() {
        for (int s = 0; s < slots; s++) {
            if (running[s] != null) continue;
            BatchRequest r;
            lock.lock();
            try {
                r = queue.poll();
            } finally {
                lock.unlock();
            }
            if (r == null) return;
            if (r.prompt.length >= ctx.sequenceContextSize()) {
                r.fail(new ContextFullException("the prompt has " + r.prompt.length + " tokens; a sequence holds "
                        + ctx.sequenceContextSize() + " and needs room for at least one more"));
                s--;
                continue;
            }
            try {
                r.chain = SamplerChain.open(ctx.model(), r.params.sampler()); // the request's own chain
            } catch (RuntimeException e) {
                r.fail(e); // e.g. an invalid grammar: this request fails, the others go on
                s--;
                continue;
            }
            r.sequence = s;
            r.admittedAt = System.nanoTime();
            ctx.memory().remove(s);
            if (prefix.length > 0 && r.prompt.length > prefix.length
                    && Arrays.equals(r.prompt, 0, prefix.length, prefix, 0, prefix.length)) {
                ctx.memory().copy(prefixSequence, s);
                r.fed = prefix.length;
                prefixReuses.incrementAndGet();
            }
            r.position = r.fed;
            running[s] = r;
        }
    }

    private void retireCancelled() {
        for (BatchRequest r : running) {
            if (r != null && (r.cancelRequested() || r.isDone())) end(r, x -> x.complete(result(x, StopReason.CANCELLED)));
        }
    }

    /** Next tokens of generating requests first (they wait on every step), then prompt chunks. */
    private void fill(Batch batch) {
        batch.clear();
        for (BatchRequest r : running) {
            if (r == null) continue;
            r.row = -1;
            r.chunk = 0;
            if (r.pending < 0) continue;
            if (r.position >= ctx.sequenceContextSize()) {
                end(r, x -> x.complete(result(x, StopReason.CONTEXT_FULL)));
                continue;
            }
            r.row = batch.add(r.pending, r.position, r.sequence, true);
        }
        for (BatchRequest r : running) {
            if (r == null || r.fed >= r.prompt.length) continue;
            int room = batch.capacity() - batch.size();
            if (room == 0) break;
            int n = Math.min(room, r.prompt.length - r.fed);
            boolean last = r.fed + n == r.prompt.length;
            r.row = batch.add(Arrays.copyOfRange(r.prompt, r.fed, r.fed + n), r.position, r.sequence, last);
            if (!last) r.row = -1;
            r.chunk = n;
        }
    }

    private void afterDecode() {
        for (BatchRequest r : running) {
            if (r == null) continue;
            if (r.chunk > 0) {
                r.fed += r.chunk;
                r.position += r.chunk;
                r.promptDecoded += r.chunk;
                promptTokens.addAndGet(r.chunk);
            } else if (r.pending >= 0 && r.row >= 0) {
                r.position++;
                r.pending = -1;
            }
            if (r.row >= 0) sample(r);
        }
    }

    private void sample(BatchRequest r) {
        if (r.firstTokenAt == 0) r.firstTokenAt = System.nanoTime();
        int token = ctx.core.sampleAt(r.chain, r.row);
        if (ctx.core.vocab().isEogUnchecked(token)) {
            end(r, x -> x.complete(result(x, StopReason.END_OF_GENERATION)));
            return;
        }
        r.generated++;
        generatedTokens.incrementAndGet();
        int n = ctx.core.piece(token, r.params.renderSpecial());
        String text = r.stream.push(ctx.core.pieceBuffer, n);
        r.emit(new Token(token, text));
        if (r.isDone()) {
            end(r, x -> { });
        } else if (r.stream.stopped()) {
            end(r, x -> x.complete(result(x, StopReason.STOP_STRING)));
        } else if (r.generated >= r.params.maxTokens()) {
            end(r, x -> x.complete(result(x, StopReason.MAX_TOKENS)));
        } else {
            r.pending = token;
        }
    }

    /** Frees the request's sequence and finishes it (held-back text first). */
    private void end(BatchRequest r, Consumer<BatchRequest> finish) {
        running[r.sequence] = null;
        if (r.chain != null) r.chain.close();
        if (!ctx.isClosed()) {
            try {
                ctx.memory().remove(r.sequence);
            } catch (RuntimeException ignored) {
                // the context is closing; its memory goes with it
            }
        }
        if (!r.isDone() && !r.stream.stopped()) {
            String rest = r.stream.finish();
            if (!rest.isEmpty()) r.emit(new Token(Vocab.NO_TOKEN, rest));
        }
        finish.accept(r);
    }

    private void endAll(Consumer<BatchRequest> finish) {
        for (BatchRequest r : running) if (r != null) end(r, finish);
    }

    private void evictLongest(Batch batch) {
        BatchRequest longest = null;
        for (BatchRequest r : running) if (r != null && (longest == null || r.position > longest.position)) longest = r;
        if (longest != null) end(longest, x -> x.complete(result(x, StopReason.CONTEXT_FULL)));
        batch.clear();
    }

    private static Completion result(BatchRequest r, StopReason reason) {
        long now = System.nanoTime();
        double promptSeconds = r.firstTokenAt == 0 ? 0 : (r.firstTokenAt - r.admittedAt) / 1e9;
        double genSeconds = r.firstTokenAt == 0 ? 0 : (now - r.firstTokenAt) / 1e9;
        return new Completion(r.stream.text(), reason, r.promptDecoded, r.generated,
                r.promptDecoded == 0 || promptSeconds == 0 ? 0 : r.promptDecoded / promptSeconds,
                r.generated == 0 || genSeconds == 0 ? 0 : r.generated / genSeconds);
    }

    // ---- closing ---------------------------------------------------------------------------------

    /**
     * Whether the generator has stopped taking requests.
     *
     * @return true once closed (or after a fatal failure)
     */
    public boolean isClosed() {
        return closed;
    }

    /**
     * Stops: running requests end with {@link StopReason#CANCELLED}, queued ones exceptionally; waits
     * for the decoding thread to let go of the context, whose memory is then empty. Idempotent.
     */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            wake.signalAll();
        } finally {
            lock.unlock();
        }
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
        return "BatchGenerator[" + running() + " running, " + queued() + " queued, " + slots + " slots"
                + (prefix.length > 0 ? ", prefix of " + prefix.length + " tokens" : "") + (closed ? ", closed]" : "]");
    }
}
