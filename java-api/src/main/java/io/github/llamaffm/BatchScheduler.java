package io.github.llamaffm;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The scheduling behind a {@link BatchGenerator}: the queue of waiting requests, the table of
 * running ones (one per KV sequence) and the loop that its decoding thread runs: admit, fill one
 * batch, decode, sample every request's row, retire what ended. Split from the facade so that the
 * public class holds only the API and its lifecycle, and this one the per-step state that only the
 * decoding thread touches (the queue and the closed flag excepted, guarded by {@code lock}).
 */
final class BatchScheduler {
    private final LlamaContext ctx;
    private final int slots;          // sequences for requests: 0 .. slots-1
    private final int prefixSequence; // the shared prefix's sequence, or -1
    private final int[] prefix;
    private final boolean cachePrompts;
    private final int[][] cached; // per sequence: the tokens its KV memory holds while it is idle (null: none)
    private final long[] lastUsed; // per sequence: when a request last took it (admissions counted)
    private long admissions;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private final ArrayDeque<BatchRequest> queue = new ArrayDeque<>(); // guarded by lock
    private final BatchRequest[] running;
    private final CountDownLatch started = new CountDownLatch(1);
    private volatile boolean closed;
    private volatile RuntimeException startFailure;
    private volatile Throwable broken;
    private final AtomicLong steps = new AtomicLong(), rows = new AtomicLong(), promptTokens = new AtomicLong(),
            generatedTokens = new AtomicLong(), prefixReuses = new AtomicLong(), cachedTokens = new AtomicLong();

    /** Tokenizes the shared prefix (if any) on the calling thread and sets the sequences aside. */
    BatchScheduler(LlamaContext ctx, String prefixText, boolean cachePrompts) {
        this.ctx = ctx;
        this.cachePrompts = cachePrompts;
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
        this.cached = new int[slots][];
        this.lastUsed = new long[slots];
    }

    /**
     * Waits until the decoding thread holds the context and has decoded the shared prefix.
     *
     * @return the failure that stopped it from starting, or null when it runs
     */
    RuntimeException awaitStart() throws InterruptedException {
        started.await();
        return startFailure;
    }

    BatchRequest enqueue(BatchRequest r) {
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

    /** Requests holding a sequence now. */
    int running() {
        int n = 0;
        for (BatchRequest r : running) if (r != null) n++;
        return n;
    }

    int queued() {
        lock.lock();
        try {
            return queue.size();
        } finally {
            lock.unlock();
        }
    }

    int capacity() {
        return slots;
    }

    int prefixLength() {
        return prefix.length;
    }

    BatchGenerator.Stats stats() {
        return new BatchGenerator.Stats(steps.get(), rows.get(), promptTokens.get(), generatedTokens.get(), prefixReuses.get(), cachedTokens.get());
    }

    boolean isClosed() {
        return closed;
    }

    /** Stops taking requests and wakes the decoding thread, which then ends the running ones. */
    void stop() {
        lock.lock();
        try {
            closed = true;
            wake.signalAll();
        } finally {
            lock.unlock();
        }
    }

    // ---- the decoding thread -------------------------------------------------------------------

    /** The decoding thread's body: holds the context until the generator closes or breaks. */
    void run() {
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
                if (!dropCached()) evictLongest();
                batch.clear();
                continue;
            } catch (DecodeException e) {
                if (e.returnCode() == 2) continue; // aborted: closing, seen at the top of the loop
                for (BatchRequest r : running) if (r != null && (r.row >= 0 || r.chunk > 0)) end(r, x -> x.fail(e), false);
                continue;
            }
            steps.incrementAndGet();
            rows.addAndGet(batch.size());
            afterDecode();
        }
    }

    private void admit() {
        while (true) {
            int free = 0;
            for (BatchRequest x : running) if (x == null) free++;
            if (free == 0) return;
            BatchRequest r;
            lock.lock();
            try {
                r = queue.poll();
            } finally {
                lock.unlock();
            }
            if (r == null) return;
            if (r.cancelRequested()) {
                // cancelled while it waited: it ends without taking (and trimming) a sequence
                r.complete(result(r, StopReason.CANCELLED));
                continue;
            }
            if (r.prompt.length >= ctx.sequenceContextSize()) {
                r.fail(new ContextFullException("the prompt has " + r.prompt.length + " tokens; a sequence holds "
                        + ctx.sequenceContextSize() + " and needs room for at least one more"));
                continue;
            }
            try {
                r.chain = SamplerChain.open(ctx.model(), r.params.sampler()); // the request's own chain
            } catch (RuntimeException e) {
                r.fail(e); // e.g. an invalid grammar: this request fails, the others go on
                continue;
            }
            int s = bestSequence(r.prompt);
            r.sequence = s;
            r.admittedAt = System.nanoTime();
            r.fed = reuseCached(s, r.prompt);
            if (r.fed < prefix.length && r.prompt.length > prefix.length
                    && Arrays.equals(r.prompt, 0, prefix.length, prefix, 0, prefix.length)) {
                ctx.memory().remove(s);
                ctx.memory().copy(prefixSequence, s);
                r.fed = prefix.length;
                prefixReuses.incrementAndGet();
            } else {
                cachedTokens.addAndGet(r.fed);
            }
            r.position = r.fed;
            running[s] = r;
        }
    }

    /**
     * The free sequence whose kept tokens share the longest prefix with {@code prompt}, if that
     * covers at least half of the prompt (as llama-server's default slot similarity); otherwise
     * the least recently used free sequence (an empty one first), so that kept prompts worth
     * more to other requests are not overwritten for a token or two.
     */
    private int bestSequence(int[] prompt) {
        int longest = -1, longestLength = -1, lru = -1;
        for (int s = 0; s < slots; s++) {
            if (running[s] != null) continue;
            int n = cached[s] == null ? 0 : commonPrefix(cached[s], prompt);
            if (n > longestLength) {
                longest = s;
                longestLength = n;
            }
            if (lru < 0 || lastUsed[s] < lastUsed[lru]) lru = s;
        }
        int best = 2 * longestLength >= prompt.length ? longest : lru;
        lastUsed[best] = ++admissions;
        return best;
    }

    private static int commonPrefix(int[] a, int[] b) {
        int n = Arrays.mismatch(a, b);
        return n < 0 ? a.length : n;
    }

    /**
     * Empties sequence {@code s} but for the prompt's tokens it already holds; at least the
     * prompt's last token is decoded again (its logits start the reply).
     *
     * @return the prompt tokens kept
     */
    private int reuseCached(int s, int[] prompt) {
        int[] kept = cached[s];
        cached[s] = null;
        int n = kept == null ? 0 : Math.min(commonPrefix(kept, prompt), prompt.length - 1);
        // a memory that cannot cut a sequence (recurrent models) starts it afresh
        if (n > 0 && ctx.memory().remove(s, n, -1)) return n;
        ctx.memory().remove(s);
        return 0;
    }

    /** Records a generated token whose KV is now in the request's sequence (for the prompt cache). */
    private static void keepDecoded(BatchRequest r, int token) {
        if (r.decodedOutCount == r.decodedOut.length) r.decodedOut = Arrays.copyOf(r.decodedOut, r.decodedOutCount * 2);
        r.decodedOut[r.decodedOutCount++] = token;
    }

    /** Drops what idle sequences keep, to make room in the KV memory; true if there was any. */
    private boolean dropCached() {
        boolean any = false;
        for (int s = 0; s < slots; s++) {
            if (running[s] == null && cached[s] != null) {
                cached[s] = null;
                ctx.memory().remove(s);
                any = true;
            }
        }
        return any;
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
                end(r, x -> x.complete(result(x, StopReason.CONTEXT_FULL)), false);
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
                if (cachePrompts) keepDecoded(r, r.pending);
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
        r.emit(ctx.core.token(token, text, r.params.logprobs(), r.row));
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

    /**
     * Frees the request's sequence and finishes it (held-back text first). With the prompt cache,
     * a request that ended between steps with its whole prompt decoded leaves its tokens in the
     * sequence for the next request.
     */
    private void end(BatchRequest r, Consumer<BatchRequest> finish) {
        end(r, finish, true);
    }

    /** As {@link #end(BatchRequest, Consumer)}; {@code mayKeep} false when the sequence's memory may not match the tokens. */
    private void end(BatchRequest r, Consumer<BatchRequest> finish, boolean mayKeep) {
        running[r.sequence] = null;
        if (r.chain != null) r.chain.close();
        if (mayKeep && cachePrompts && r.fed == r.prompt.length && !ctx.core.closeRequested()) {
            int[] kept = Arrays.copyOf(r.prompt, r.prompt.length + r.decodedOutCount);
            System.arraycopy(r.decodedOut, 0, kept, r.prompt.length, r.decodedOutCount);
            cached[r.sequence] = kept;
        } else if (!ctx.isClosed()) {
            cached[r.sequence] = null;
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
        for (BatchRequest r : running) if (r != null) end(r, finish, false);
    }

    private void evictLongest() {
        BatchRequest longest = null;
        for (BatchRequest r : running) if (r != null && (longest == null || r.position > longest.position)) longest = r;
        if (longest != null) end(longest, x -> x.complete(result(x, StopReason.CONTEXT_FULL)), false);
    }

    private static Completion result(BatchRequest r, StopReason reason) {
        long now = System.nanoTime();
        double promptSeconds = r.firstTokenAt == 0 ? 0 : (r.firstTokenAt - r.admittedAt) / 1e9;
        double genSeconds = r.firstTokenAt == 0 ? 0 : (now - r.firstTokenAt) / 1e9;
        return new Completion(r.stream.text(), reason, r.promptDecoded, r.generated,
                r.promptDecoded == 0 || promptSeconds == 0 ? 0 : r.promptDecoded / promptSeconds,
                r.generated == 0 || genSeconds == 0 ? 0 : r.generated / genSeconds);
    }
}
