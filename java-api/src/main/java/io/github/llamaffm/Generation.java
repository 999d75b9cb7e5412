package io.github.llamaffm;

import io.github.llamaffm.internal.TextStream;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * One streaming generation, from {@link LlamaContext#generate}: an {@code Iterable<Token>} that
 * decodes the prompt on the first {@code hasNext()} and then samples one token per step.
 * Iterate it once. After the iteration ends, {@link #result()} tells why it stopped and how fast
 * it ran.
 *
 * <p>Text is UTF-8 safe: a character spread over several tokens appears whole, in the token that
 * completes it. Stop strings may span tokens and are never emitted; text that might begin one is
 * held back until it is known not to. When the generation ends with held-back text that turned
 * out not to be a stop string, it comes as a last token with id {@link Vocab#NO_TOKEN}.
 *
 * <p>Runs on the iterating thread; {@link #cancel()} may come from any thread. A newer generation
 * (or {@code ctx.memory().clear()}) on the same context ends this one: its iterator then throws
 * {@link IllegalStateException}. Closing the context (or its model) while the generation runs —
 * from another thread, from the loop body, or from a callback inside a step — ends it with
 * {@link StopReason#CANCELLED}; the text so far is its result.
 *
 * <p>With {@link GenerateParams#speculation() speculative decoding}, a step decodes the newest
 * token together with the tokens a {@link Proposer} guessed, and the tokens the sampler chain
 * agrees with come out one by one without a decode of their own; the tokens, the text, the stop
 * reason and what the context holds afterwards are those of the same generation without
 * speculation. {@link #speculationStats()} counts the guesses.
 */
public final class Generation implements Iterable<Token> {
    private final ContextCore ctx;
    private final String textPrompt;
    private final int[] tokenPrompt;
    private final MultimodalPrompt mediaPrompt; // a prompt with media (then the others are null)
    private final GenerateParams params;
    private final TextStream stream;
    private volatile boolean cancelled;
    private volatile Thread runner;
    private boolean iterated, started, done;
    private long epoch;
    private int pending = -1;
    private int generated, promptDecoded;
    private long promptNanos, genStart, genEnd;
    private Token next;
    private SamplerChain chain; // this generation's own, from params.sampler(); freed when it ends
    private Completion result;
    private StopReason stopReason;
    // speculative decoding (proposer null: off)
    private final Speculation speculation;
    private Proposer proposer;
    private int[] text; // prompt and generated tokens, what the proposer continues
    private int textLength;
    private int[] verified; // the batch of the last verification: [newest token, proposed tokens...]
    private int[] proposal;
    private int verifiedLength, verifiedBase, row = -1; // row: the next row to sample, -1: no batch in hand
    private int stepAccepted;
    private long steps, drafted, accepted;

    Generation(ContextCore ctx, String textPrompt, int[] tokenPrompt, GenerateParams params) {
        this(ctx, textPrompt, tokenPrompt, null, params);
    }

    Generation(ContextCore ctx, String textPrompt, int[] tokenPrompt, MultimodalPrompt mediaPrompt, GenerateParams params) {
        this.ctx = ctx;
        this.textPrompt = textPrompt;
        this.tokenPrompt = tokenPrompt;
        this.mediaPrompt = mediaPrompt;
        this.params = params;
        this.stream = new TextStream(params.stop());
        this.speculation = params.speculation();
    }

    /**
     * Stops the generation at the next opportunity (also inside a running decode). Safe from any
     * thread; the iteration then ends with {@link StopReason#CANCELLED}.
     */
    public void cancel() {
        cancelled = true;
    }

    boolean cancelRequested() {
        if (cancelled) return true;
        Cancellation c = params.cancellation();
        if (c != null && c.isCancelled()) return true;
        Thread t = runner;
        return t != null && t.isInterrupted();
    }

    /**
     * The outcome, once the iteration has ended.
     *
     * @return the completion (text, stop reason, token counts, speeds)
     * @throws IllegalStateException if the generation has not finished
     */
    public Completion result() {
        if (result == null) throw new IllegalStateException("the generation has not finished: iterate it to the end first");
        return result;
    }

    /**
     * The tokens as a sequential stream (it drives the generation; consume it once).
     *
     * @return a stream of the generated tokens
     * @throws IllegalStateException if the generation was already iterated
     */
    public java.util.stream.Stream<Token> stream() {
        return java.util.stream.StreamSupport.stream(spliterator(), false);
    }

    /**
     * Runs the generation to its end (without looking at the tokens) and returns the result.
     *
     * @return the completion
     * @throws IllegalStateException if the generation was already iterated
     * @throws LlamaException        if decoding fails
     */
    public Completion run() {
        for (Token ignored : this) {
            // the text is collected by the stream
        }
        return result();
    }

    /**
     * The tokens, generated as the iterator advances. May be called once.
     *
     * @return the iterator
     * @throws IllegalStateException if called a second time
     */
    @Override
    public Iterator<Token> iterator() {
        if (iterated) throw new IllegalStateException("a Generation can be iterated once");
        iterated = true;
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return advance();
            }

            @Override
            public Token next() {
                if (!advance()) throw new NoSuchElementException();
                Token t = next;
                next = null;
                return t;
            }
        };
    }

    private boolean advance() {
        if (next != null) return true;
        if (done) return false;
        if (started && ctx.isClosed()) {
            // closed between tokens (say, from the loop body): what was generated stays the result
            finish(StopReason.CANCELLED, true);
            return next != null;
        }
        ctx.enter();
        runner = Thread.currentThread();
        try {
            if (!started) {
                started = true;
                epoch = ctx.startGeneration(this);
                start();
            } else {
                ctx.checkEpoch(epoch);
            }
            while (!done && next == null) step();
        } catch (RuntimeException | Error e) {
            if (!done) finish(StopReason.CANCELLED, false);
            throw e;
        } finally {
            runner = null;
            ctx.exit();
        }
        return next != null;
    }

    private void start() {
        if (mediaPrompt != null) {
            chain = SamplerChain.open(ctx.model(), params.sampler());
            long t0 = System.nanoTime();
            int decoded = MediaIngest.ingest(ctx, mediaPrompt, params);
            promptNanos = System.nanoTime() - t0;
            if (decoded < 0) {
                finish(StopReason.CANCELLED, true);
                return;
            }
            promptDecoded = decoded;
            genStart = System.nanoTime();
            return;
        }
        int[] tokens = tokenPrompt != null ? tokenPrompt
                : ctx.vocab().tokenizeUnlocked(textPrompt.getBytes(StandardCharsets.UTF_8), params.addSpecial(), params.parseSpecial());
        if (tokens.length == 0) throw new IllegalArgumentException("the prompt has no tokens (empty text and no BOS)");
        chain = SamplerChain.open(ctx.model(), params.sampler());
        if (speculation != null) {
            text = Arrays.copyOf(tokens, Math.max(64, tokens.length + Math.min(params.maxTokens(), 4096)));
            textLength = tokens.length;
            proposal = new int[speculation.maxDraft()];
            verified = new int[speculation.maxDraft() + 1];
            proposer = speculation.factory().open(ctx.owner());
        }
        long t0 = System.nanoTime();
        int decoded = ctx.ingest(tokens);
        promptNanos = System.nanoTime() - t0;
        if (decoded < 0) {
            finish(StopReason.CANCELLED, true);
            return;
        }
        promptDecoded = decoded;
        genStart = System.nanoTime();
    }

    private void step() {
        if (cancelRequested() || ctx.closeRequested()) {
            finish(StopReason.CANCELLED, true);
            return;
        }
        if (generated >= params.maxTokens()) {
            finish(StopReason.MAX_TOKENS, true);
            return;
        }
        if (pending >= 0) {
            if (ctx.isFull()) {
                finish(StopReason.CONTEXT_FULL, true);
                return;
            }
            int rc = proposer == null ? ctx.decodeOne(pending) : verify();
            pending = -1;
            if (rc == 2) {
                finish(StopReason.CANCELLED, true);
                return;
            }
            if (rc == 1) {
                finish(StopReason.CONTEXT_FULL, true);
                return;
            }
            if (rc != 0) throw new DecodeException("decoding a generated token failed", rc);
        }
        int at = row; // -1: the last row of the last decode
        int token = ctx.sampleAt(chain, at);
        // in a verified batch: the sampler agrees with the next proposed token, which is in memory already
        boolean agrees = at >= 0 && at + 1 < verifiedLength && token == verified[at + 1];
        boolean end = ctx.vocab().isEogUnchecked(token);
        if (at >= 0 && (!agrees || end)) endBatch(at + 1);
        if (end) {
            finish(StopReason.END_OF_GENERATION, true);
            return;
        }
        generated++;
        if (proposer != null) remember(token);
        int n = ctx.piece(token, params.renderSpecial());
        String piece = stream.push(ctx.pieceBuffer, n);
        next = ctx.token(token, piece, params.logprobs(), at); // the row the token was sampled from
        if (stream.stopped()) {
            if (row >= 0) endBatch(at + 1);
            finish(StopReason.STOP_STRING, false);
        } else if (agrees) {
            accepted++;
            stepAccepted++;
            row = at + 1; // the token's logits are that row's
        } else {
            pending = token;
        }
    }

    /**
     * Decodes the pending token with a proposal after it, all rows with outputs; without a
     * proposal, the pending token alone (as without speculation).
     */
    private int verify() {
        int past = ctx.tokenCount();
        int max = Math.min(speculation.maxDraft(), ctx.sequenceContextSize() - past - 1); // room after the pending token
        max = Math.min(max, ctx.batchSize() - 1);
        max = Math.min(max, params.maxTokens() - generated - 1); // more could never come out
        int k = 0;
        if (max >= 1 && max >= speculation.minDraft()) {
            try {
                k = proposer.propose(text, textLength, max, proposal);
            } catch (DecodeException e) { // the draft's decode was aborted (interrupt, close)
                if (cancelRequested() || ctx.closeRequested()) return 2;
                throw e;
            }
            if (k < 0 || k > max) throw new IllegalStateException(proposer + " proposed " + k + " tokens; at most " + max + " were asked");
            int size = ctx.vocab().size();
            for (int i = 0; i < k; i++) {
                if (proposal[i] < 0 || proposal[i] >= size) {
                    k = i; // a token the target does not have: propose up to it
                    break;
                }
            }
            if (k < speculation.minDraft()) k = 0;
        }
        if (k == 0) return ctx.decodeOne(pending);
        verified[0] = pending;
        System.arraycopy(proposal, 0, verified, 1, k);
        int rc = ctx.decodeAll(verified, k + 1);
        // no room for the whole batch (cells taken by other sequences): the pending token alone, as without speculation
        if (rc == 1) return ctx.decodeOne(pending);
        if (rc == 0) {
            verifiedLength = k + 1;
            verifiedBase = past;
            row = 0;
            stepAccepted = 0;
            steps++;
            drafted += k;
        }
        return rc;
    }

    /** Ends the verified batch: its first {@code kept} rows stay in memory, the rest is dropped. */
    private void endBatch(int kept) {
        row = -1;
        ctx.keepTokens(verifiedBase + kept);
        proposer.accepted(verifiedLength - 1, stepAccepted);
    }

    private void remember(int token) {
        if (textLength == text.length) text = Arrays.copyOf(text, text.length * 2);
        text[textLength++] = token;
    }

    /**
     * What speculative decoding did so far: verification steps, proposed and accepted tokens.
     *
     * @return the counts ({@link SpeculationStats#NONE} without speculation)
     */
    public SpeculationStats speculationStats() {
        return speculation == null ? SpeculationStats.NONE : new SpeculationStats(steps, drafted, accepted);
    }

    /** Ends the generation; {@code flush} emits held-back text as a last token. */
    private void finish(StopReason reason, boolean flush) {
        done = true;
        if (row >= 0) {
            // mid-batch: the memory keeps what it would hold without speculation (the last token not decoded)
            int kept = row;
            row = -1;
            if (!ctx.isClosed() && ctx.isCurrent(epoch)) {
                try {
                    ctx.keepTokens(verifiedBase + kept);
                } catch (RuntimeException e) {
                    ctx.untrack(); // the next generation starts sequence 0 afresh
                }
            }
        }
        stopReason = reason;
        genEnd = System.nanoTime();
        if (flush) {
            String rest = stream.finish();
            if (!rest.isEmpty() && next == null) next = new Token(Vocab.NO_TOKEN, rest);
        }
        ctx.endGeneration(this);
        releaseChain();
        double genSeconds = genStart == 0 ? 0 : (genEnd - genStart) / 1e9;
        result = new Completion(stream.text(), stopReason, promptDecoded, generated,
                promptDecoded == 0 || promptNanos == 0 ? 0 : promptDecoded / (promptNanos / 1e9),
                generated == 0 || genSeconds == 0 ? 0 : generated / genSeconds);
    }

    /** Frees the sampler chain (the generation ended, or a newer one on the context replaced it). */
    void releaseChain() {
        SamplerChain c = chain;
        chain = null;
        if (c != null) c.close();
        Proposer p = proposer;
        proposer = null;
        if (p != null) {
            try {
                p.close();
            } catch (RuntimeException e) {
                // a proposer of the user's: its failure to free must not hide the generation's outcome
            }
        }
    }

    /**
     * Whether the generation has ended (its {@link #result()} is then available).
     *
     * @return true once it ended
     */
    public boolean isDone() {
        return done;
    }

    /**
     * The text emitted so far (all of it once the generation has ended).
     *
     * @return the text
     */
    public String text() {
        return stream.text();
    }

    @Override
    public String toString() {
        return "Generation[" + (done ? stopReason : started ? "running" : "not started") + ", " + generated + " tokens]";
    }
}
