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
            generatedTokens = new AtomicLong(), prefixReuses = new AtomicLong(), cachedTokens = new AtomicLong(),
            specSteps = new AtomicLong(), specDrafted = new AtomicLong(), specAccepted = new AtomicLong();
    private boolean noDrafts; // the last batch with proposals did not fit the KV memory: the next one goes without

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

    SpeculationStats speculationStats() {
        long a = specAccepted.get(); // accepted before drafted: never more accepted than drafted
        return new SpeculationStats(specSteps.get(), specDrafted.get(), a);
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
            decodeMedia();
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
                // proposals first: without them the batch is what it would be without speculation
                if (!hasDrafts()) {
                    if (!dropCached()) evictLongest();
                } else {
                    noDrafts = true;
                }
                batch.clear();
                continue;
            } catch (DecodeException e) {
                if (e.returnCode() == 2) continue; // aborted: closing, seen at the top of the loop
                for (BatchRequest r : running) if (r != null && (r.row >= 0 || r.chunk > 0)) end(r, x -> x.fail(e), false);
                continue;
            }
            noDrafts = false;
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
            long cells = r.media == null ? r.prompt.length : r.media.cells; // an M-RoPE image fills fewer positions than cells
            if (cells >= ctx.sequenceContextSize()) {
                r.fail(new ContextFullException("the prompt has " + cells + " tokens; a sequence holds "
                        + ctx.sequenceContextSize() + " and needs room for at least one more"));
                continue;
            }
            try {
                r.chain = SamplerChain.open(ctx.model(), r.params.sampler()); // the request's own chain
            } catch (RuntimeException e) {
                r.fail(e); // e.g. an invalid grammar: this request fails, the others go on
                continue;
            }
            Speculation spec = r.media == null ? r.params.speculation() : null; // proposers continue token text
            if (spec != null) {
                try {
                    r.proposer = spec.factory().open(ctx); // e.g. a draft context in use: this request fails
                } catch (RuntimeException e) {
                    r.chain.close();
                    r.chain = null;
                    r.fail(e);
                    continue;
                }
                r.text = Arrays.copyOf(r.prompt, Math.max(64, r.prompt.length + Math.min(r.params.maxTokens(), 4096)));
                r.textLength = r.prompt.length;
                r.draft = new int[spec.maxDraft()];
            }
            int s = bestSequence(r.prompt);
            r.sequence = s;
            r.admittedAt = System.nanoTime();
            r.fed = reuseCached(s, r);
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
     * prompt's last token is decoded again (its logits start the reply), and a media chunk is
     * kept whole or not at all.
     *
     * @return the prompt tokens (positions) kept
     */
    private int reuseCached(int s, BatchRequest r) {
        int[] prompt = r.prompt;
        int[] kept = cached[s];
        cached[s] = null;
        int n = kept == null ? 0 : Math.min(commonPrefix(kept, prompt), prompt.length - 1);
        if (r.media != null) n = r.media.notInsideRun(n);
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

    /**
     * Decodes the media chunks that are next in running requests' prompts, each into its request's
     * sequence at its position (libmtmd's helper, on this thread), so that the text after them can
     * join the step's batch. A cancellation of the request or the generator's close aborts the
     * decode; a failure ends that request only.
     */
    private void decodeMedia() {
        for (BatchRequest r : running) {
            if (r == null || r.media == null) continue;
            while (r.fed < r.prompt.length && !closed) {
                int run = r.media.runAt(r.fed);
                if (run < 0) break;
                int rc;
                try {
                    rc = ctx.core.decodeMedia(r.media, run, r.position, r.sequence, () -> closed || r.cancelRequested());
                } catch (RuntimeException e) {
                    if (ctx.core.closeRequested()) throw e; // the context is closing: every request ends
                    end(r, x -> x.fail(e), false); // e.g. the projector was closed
                    break;
                }
                int n = r.media.runs[run].end() - r.media.runs[run].start();
                if (rc == 0) {
                    r.fed += n;
                    r.position += n;
                    r.promptDecoded += n;
                    promptTokens.addAndGet(n);
                    continue;
                }
                if (ctx.core.closeRequested()) return; // the loop ends every request
                if (rc == 2) {
                    // aborted: cancelled, or the generator closing; part of the chunk may be in the sequence
                    end(r, x -> x.complete(result(x, StopReason.CANCELLED)), false);
                } else if (rc == 1) {
                    ctx.memory().remove(r.sequence, r.position, -1);
                    if (!dropCached()) evictLongest(); // as for a batch without room; this request may be the one
                } else {
                    int code = rc;
                    end(r, x -> x.fail(new DecodeException("decoding media at position " + x.position + " of sequence "
                            + x.sequence + " failed" + io.github.llamaffm.internal.Native.recentLog(), code)), false);
                }
                break;
            }
        }
    }

    /**
     * Next tokens of generating requests first (they wait on every step), each followed by its
     * proposal when it speculates (as much as the batch's room allows once every generating
     * request has its row), then prompt chunks.
     */
    private void fill(Batch batch) {
        batch.clear();
        int waiting = 0; // generating requests whose row is not in the batch yet
        for (BatchRequest r : running) if (r != null && r.pending >= 0) waiting++;
        for (BatchRequest r : running) {
            if (r == null) continue;
            r.row = -1;
            r.chunk = 0;
            r.drafts = 0;
            if (r.pending < 0) continue;
            waiting--;
            if (r.position >= ctx.sequenceContextSize()) {
                end(r, x -> x.complete(result(x, StopReason.CONTEXT_FULL)), false);
                continue;
            }
            int drafts = 0;
            if (r.proposer != null && !noDrafts) {
                drafts = propose(r, batch.capacity() - batch.size() - 1 - waiting);
                if (drafts < 0) continue; // the proposer failed: the request has ended
            }
            r.row = batch.add(r.pending, r.position, r.sequence, true);
            for (int i = 0; i < drafts; i++) batch.add(r.draft[i], r.position + 1 + i, r.sequence, true);
            r.drafts = drafts;
        }
        for (BatchRequest r : running) {
            if (r == null || r.fed >= r.prompt.length) continue;
            int room = batch.capacity() - batch.size();
            if (room == 0) break;
            int end = r.media == null ? r.prompt.length : r.media.nextRunStart(r.fed); // text up to the next media
            int n = Math.min(room, end - r.fed);
            if (n == 0) continue; // a media chunk is due: decoded before a later step
            boolean last = r.fed + n == r.prompt.length;
            r.row = batch.add(Arrays.copyOfRange(r.prompt, r.fed, r.fed + n), r.position, r.sequence, last);
            if (!last) r.row = -1;
            r.chunk = n;
        }
    }

    /**
     * Asks the request's proposer for up to {@code room} tokens after its pending one (fewer when
     * the sequence, the token limit or the speculation's bounds leave less).
     *
     * @return the tokens proposed (0: none usable), or -1 when the proposer failed and the request ended
     */
    private int propose(BatchRequest r, int room) {
        Speculation spec = r.params.speculation();
        int max = Math.min(spec.maxDraft(), ctx.sequenceContextSize() - r.position - 1); // room after the pending token
        max = Math.min(max, room);
        max = Math.min(max, r.params.maxTokens() - r.generated - 1); // more could never come out
        if (max < 1 || max < spec.minDraft()) return 0;
        int k;
        try {
            k = r.proposer.propose(r.text, r.textLength, max, r.draft);
            if (k < 0 || k > max) {
                throw new IllegalStateException(r.proposer + " proposed " + k + " tokens; at most " + max + " were asked");
            }
        } catch (RuntimeException e) {
            end(r, x -> x.fail(e)); // this request only; its sequence holds what its record says
            return -1;
        }
        int size = ctx.core.vocab().size();
        for (int i = 0; i < k; i++) {
            if (r.draft[i] < 0 || r.draft[i] >= size) {
                k = i; // a token the target does not have: propose up to it
                break;
            }
        }
        return k < spec.minDraft() ? 0 : k;
    }

    private boolean hasDrafts() {
        for (BatchRequest r : running) if (r != null && r.drafts > 0) return true;
        return false;
    }

    private void afterDecode() {
        for (BatchRequest r : running) {
            if (r == null) continue;
            if (r.chunk > 0) {
                r.fed += r.chunk;
                r.position += r.chunk;
                r.promptDecoded += r.chunk;
                promptTokens.addAndGet(r.chunk);
                if (r.row >= 0) sample(r, -1);
            } else if (r.pending >= 0 && r.row >= 0) {
                int decoded = r.pending;
                r.pending = -1;
                sample(r, decoded);
            }
        }
    }

    /**
     * Samples the request's rows in order with its own chain: the first row, then, while the
     * sampled token equals the next proposed one (whose row is decoded already), the next row.
     * Each token goes out as without speculation, and the end conditions are checked after each;
     * a cancellation seen between two rows ends the request where it would have ended without
     * speculation. The rows not reached are then dropped from the sequence's KV memory, so it
     * holds exactly the tokens a step-by-step generation would have decoded.
     *
     * @param decoded the pending token decoded at the request's first row, or -1 when that row
     *                is the prompt's last
     */
    private void sample(BatchRequest r, int decoded) {
        if (r.firstTokenAt == 0) r.firstTokenAt = System.nanoTime();
        int drafts = decoded < 0 ? 0 : r.drafts;
        int sampled = 0, accepted = 0;
        StopReason reason = null;
        boolean failed = false;
        while (true) {
            if (sampled > 0 && r.cancelRequested()) {
                reason = StopReason.CANCELLED; // seen where a step-by-step generation sees it: before the next decode
                break;
            }
            int row = r.row + sampled;
            int token = ctx.core.sampleAt(r.chain, row);
            sampled++;
            if (ctx.core.vocab().isEogUnchecked(token)) {
                reason = StopReason.END_OF_GENERATION;
                break;
            }
            r.generated++;
            generatedTokens.incrementAndGet();
            if (r.proposer != null) r.remember(token);
            int n = ctx.core.piece(token, r.params.renderSpecial());
            String text = r.stream.push(ctx.core.pieceBuffer, n);
            r.emit(ctx.core.token(token, text, r.params.logprobs(), row));
            if (r.isDone()) {
                failed = true; // the consumer threw: the request has failed already
                break;
            }
            if (r.stream.stopped()) {
                reason = StopReason.STOP_STRING;
                break;
            }
            if (r.generated >= r.params.maxTokens()) {
                reason = StopReason.MAX_TOKENS;
                break;
            }
            if (sampled <= drafts && token == r.draft[sampled - 1]) {
                accepted++; // its KV is in the next row already: sample there
                continue;
            }
            r.pending = token;
            break;
        }
        if (decoded >= 0) {
            // rows 0 .. sampled-1 are what a step-by-step generation decoded; the rest goes
            if (sampled < drafts + 1 && !ctx.memory().remove(r.sequence, r.position + sampled, -1)) {
                r.pending = -1;
                end(r, x -> x.fail(new LlamaException("the KV memory cannot drop the end of sequence " + x.sequence
                        + "; speculative decoding needs it to")), false);
                return;
            }
            if (cachePrompts) {
                keepDecoded(r, decoded);
                for (int i = 1; i < sampled; i++) keepDecoded(r, r.draft[i - 1]);
            }
            r.position += sampled;
            if (drafts > 0) {
                r.countSpeculation(drafts, accepted);
                specSteps.incrementAndGet();
                specDrafted.addAndGet(drafts);
                specAccepted.addAndGet(accepted);
                try {
                    r.proposer.accepted(drafts, accepted);
                } catch (RuntimeException e) {
                    if (reason == null && !failed) {
                        r.pending = -1;
                        end(r, x -> x.fail(e));
                        return;
                    }
                }
            }
        }
        if (failed) {
            end(r, x -> { });
        } else if (reason != null) {
            StopReason why = reason;
            end(r, x -> x.complete(result(x, why)));
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
        if (r.proposer != null) {
            Proposer p = r.proposer;
            r.proposer = null;
            try {
                p.close();
            } catch (RuntimeException ignored) {
                // a proposer of the user's: its failure to free must not hide the request's outcome
            }
        }
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
