package io.github.llamaffm.chat;

import io.github.llamaffm.BatchRequest;
import io.github.llamaffm.LlamaException;
import io.github.llamaffm.SpeculationStats;
import io.github.llamaffm.Token;
import io.github.llamaffm.internal.Handoff;

import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * One reply in progress on a {@link ChatEngine}: its events stream as the model writes, its
 * {@link #result()} completes when it ends.
 *
 * <p>The reply is taken apart on the engine's decoding thread as tokens arrive (that is cheap);
 * iterating the call only hands the events over, blocking the iterating thread until the next
 * one (a virtual thread is a good fit). Whether or not anyone iterates, {@link #join()} returns
 * the whole result. Events: {@link ChatEvent.ContentDelta}, {@link ChatEvent.ReasoningDelta}, and
 * one {@link ChatEvent.ToolCallRequested} per call once it is complete.
 *
 * <p>Thread-safe: {@link #cancel()}, {@link #result()} and {@link #join()} from any thread; the
 * iterator is for one thread, once.
 */
public final class ChatCall implements Iterable<ChatEvent> {
    private final ChatPrompt prompt;
    private volatile int promptTokens; // set by start: positions, media included
    private final ReplyParser parser;
    private final Handoff<ChatEvent> events = new Handoff<>();
    private final CompletableFuture<ChatResult> result = new CompletableFuture<>();
    private final java.util.List<Token> scored = new java.util.ArrayList<>(); // tokens with log-probabilities, when asked for
    private volatile BatchRequest request;
    private boolean iterated;

    ChatCall(ChatPrompt prompt) {
        this.prompt = prompt;
        this.parser = prompt.newReplyParser();
    }

    /** Attaches the generation; its end finishes the reply (on whichever thread completes it). */
    void start(BatchRequest r) {
        promptTokens = r.promptPositions();
        request = r;
        r.completion().whenComplete((completion, failure) -> {
            try {
                if (failure != null) {
                    result.completeExceptionally(failure instanceof CompletionException c && c.getCause() != null ? c.getCause() : failure);
                } else {
                    result.complete(new ChatResult(parser.finish(events::offer), completion, promptTokens));
                }
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            } finally {
                events.end();
            }
        });
    }

    /** A token from the decoding thread: the parser turns it into events. */
    void accept(Token t) {
        if (t.hasLogprob()) {
            synchronized (scored) {
                scored.add(t);
            }
        }
        parser.accept(t.text(), events::offer);
    }

    /**
     * The tokens generated so far with their log-probabilities, in order, when the request asked
     * for them ({@link io.github.llamaffm.GenerateParams.Builder#logprobs(int)}); empty otherwise.
     * Complete once {@link #result()} has completed. A token's {@link Token#text()} is its share of
     * the raw reply text (before it is taken apart into content, reasoning and tool calls).
     *
     * @return a copy of the list
     */
    public java.util.List<Token> logprobs() {
        synchronized (scored) {
            return java.util.List.copyOf(scored);
        }
    }

    /**
     * What speculative decoding did for this reply so far, when its parameters asked for it
     * ({@link io.github.llamaffm.GenerateParams.Builder#speculative(io.github.llamaffm.Speculation)});
     * final once {@link #result()} has completed. Safe from any thread.
     *
     * @return the counts ({@link SpeculationStats#NONE} without speculation, or before the reply started)
     */
    public SpeculationStats speculationStats() {
        BatchRequest r = request;
        return r == null ? SpeculationStats.NONE : r.speculationStats();
    }

    /**
     * The prompt this call answers: its rendered text, tool-call format and parser.
     *
     * @return the prompt
     */
    public ChatPrompt prompt() {
        return prompt;
    }

    /**
     * The prompt's length in tokens (with media: in positions, each media's included). The result's {@link io.github.llamaffm.Completion#promptTokens()}
     * counts only those decoded for this call (fewer when a sequence still held the start).
     *
     * @return the prompt tokens
     */
    public int promptTokens() {
        return promptTokens;
    }

    /**
     * Ends the reply at the next decode step; what was written so far is its result, with
     * {@link io.github.llamaffm.StopReason#CANCELLED}. The engine's other calls go on.
     */
    public void cancel() {
        BatchRequest r = request;
        if (r != null) r.cancel();
    }

    /**
     * Completes with the result when the reply ends, or exceptionally with a
     * {@link LlamaException} (a {@link io.github.llamaffm.ContextFullException} when the prompt
     * does not fit a sequence) when it fails.
     *
     * @return the future result (completing it from outside has no effect on the generation)
     */
    public CompletableFuture<ChatResult> result() {
        return result.copy();
    }

    /**
     * Waits for the reply to end.
     *
     * @return the result
     * @throws LlamaException      if the generation failed or the prompt did not fit
     * @throws CompletionException wrapping any other failure
     */
    public ChatResult join() {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw e;
        }
    }

    /**
     * Waits for the reply to end, interruptibly: an interrupted wait cancels the call.
     *
     * @return the result
     * @throws InterruptedException if the waiting thread is interrupted (the call is cancelled)
     * @throws LlamaException       if the generation failed or the prompt did not fit
     */
    public ChatResult await() throws InterruptedException {
        try {
            return result.get();
        } catch (InterruptedException e) {
            cancel();
            throw e;
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new CompletionException(e.getCause());
        }
    }

    /**
     * The reply's events as they come; {@code hasNext()} blocks until the next one or the end,
     * and throws the failure if the reply failed. Interrupting the iterating thread cancels the
     * call.
     *
     * @return the blocking iterator
     * @throws IllegalStateException if called a second time
     */
    @Override
    public synchronized Iterator<ChatEvent> iterator() {
        if (iterated) throw new IllegalStateException("a ChatCall can be iterated once");
        iterated = true;
        return events.iterator(this::cancel, () -> {
            if (result.isCompletedExceptionally()) join();
        });
    }

    @Override
    public String toString() {
        return "ChatCall[" + prompt.format() + (result.isDone() ? ", done]" : "]");
    }
}
