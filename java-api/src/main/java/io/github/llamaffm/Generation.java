package io.github.llamaffm;

import io.github.llamaffm.internal.TextStream;

import java.nio.charset.StandardCharsets;
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
 */
public final class Generation implements Iterable<Token> {
    private final ContextCore ctx;
    private final String textPrompt;
    private final int[] tokenPrompt;
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

    Generation(ContextCore ctx, String textPrompt, int[] tokenPrompt, GenerateParams params) {
        this.ctx = ctx;
        this.textPrompt = textPrompt;
        this.tokenPrompt = tokenPrompt;
        this.params = params;
        this.stream = new TextStream(params.stop());
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
        int[] tokens = tokenPrompt != null ? tokenPrompt
                : ctx.vocab().tokenizeUnlocked(textPrompt.getBytes(StandardCharsets.UTF_8), params.addSpecial(), params.parseSpecial());
        if (tokens.length == 0) throw new IllegalArgumentException("the prompt has no tokens (empty text and no BOS)");
        chain = SamplerChain.open(ctx.model(), params.sampler());
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
            int rc = ctx.decodeOne(pending);
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
        int token = ctx.sampleAt(chain, -1);
        if (ctx.vocab().isEogUnchecked(token)) {
            finish(StopReason.END_OF_GENERATION, true);
            return;
        }
        generated++;
        int n = ctx.piece(token, params.renderSpecial());
        String text = stream.push(ctx.pieceBuffer, n);
        next = ctx.token(token, text, params.logprobs(), -1);
        if (stream.stopped()) {
            finish(StopReason.STOP_STRING, false);
        } else {
            pending = token;
        }
    }

    /** Ends the generation; {@code flush} emits held-back text as a last token. */
    private void finish(StopReason reason, boolean flush) {
        done = true;
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
