package io.github.llamaffm.server;

import io.github.llamaffm.BatchRequest;
import io.github.llamaffm.Completion;
import io.github.llamaffm.ContextFullException;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.SpecialTokens;
import io.github.llamaffm.chat.ChatCall;
import io.github.llamaffm.chat.ChatRequest;
import io.github.llamaffm.chat.ChatResult;
import io.github.llamaffm.chat.ChatTemplateException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * One generation in progress for one HTTP request, on the server's one {@link io.github.llamaffm.chat.ChatEngine}
 * (chat replies and raw completions share its sequences, queue and KV memory): its admission
 * permit (released when the engine has ended the call and freed its slot), its deadline, and the
 * stream the watchdog keeps an eye on.
 *
 * @param <C> what the handler iterates: a {@link ChatCall} or a {@link BatchRequest}
 * @param <R> its result: a {@link ChatResult} or a {@link Completion}
 */
final class Running<C, R> implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Running.class);

    final C call;
    /** The prompt's whole length (tokens a sequence already held included), for usage and metrics. */
    final int promptTokens;
    private final Runnable cancel;
    private final CompletableFuture<R> result;
    private final Watchdog watchdog;
    private final Metrics metrics;
    private final long deadline;
    private volatile SseStream stream;
    private volatile boolean timedOut;

    private Running(ServerState s, C call, int promptTokens, Runnable cancel, CompletableFuture<R> result) {
        this.call = call;
        this.promptTokens = promptTokens;
        this.cancel = cancel;
        this.result = result;
        this.watchdog = s.watchdog;
        this.metrics = s.metrics;
        this.deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(s.options.timeoutSeconds());
    }

    /**
     * Admits and submits a chat reply. Refusals (503, a prompt over the limit, a template that
     * cannot render the request) are ApiExceptions. The engine counts the prompt as it submits
     * (once); a prompt over the limit is cancelled at once, before any of it is decoded.
     */
    static Running<ChatCall, ChatResult> chat(ServerState s, ChatRequest request, GenerateParams params) {
        Admission.Permit permit = s.admission.enter();
        ChatCall call;
        try {
            call = s.chat.submit(request, params);
        } catch (ChatTemplateException e) {
            permit.release();
            throw ApiException.badRequest("The model's chat template cannot render these messages: " + e.getMessage(), "messages");
        } catch (IllegalArgumentException e) {
            permit.release();
            throw ApiException.badRequest(e.getMessage(), null);
        } catch (RuntimeException | Error e) {
            permit.release();
            throw e;
        }
        int limit = s.maxPromptTokens();
        if (call.promptTokens() > limit) {
            call.cancel();
            // the engine retires it undecoded when it reaches a sequence: its place is free now
            permit.release();
            throw overLimit(call.promptTokens(), limit, "messages");
        }
        return watch(s, permit, call, call.promptTokens(), call::cancel, call.result(), ChatResult::completion);
    }

    /**
     * Admits and submits a raw completion of {@code prompt} (plain text: special-token text in it
     * is not parsed; BOS added as the model wants), on the chat engine's own sequences.
     */
    static Running<BatchRequest, Completion> text(ServerState s, String prompt, GenerateParams params) {
        GenerateParams plain = params.toBuilder().addSpecial(true).parseSpecial(false).build();
        // counted here (the limit is checked before anything is queued); the engine tokenizes it again as it submits
        int tokens = s.chat.model().vocab().tokenize(prompt.getBytes(StandardCharsets.UTF_8), SpecialTokens.ADD).length;
        if (tokens == 0) throw ApiException.badRequest("'prompt' is empty.", "prompt");
        int limit = s.maxPromptTokens();
        if (tokens > limit) throw overLimit(tokens, limit, "prompt");
        Admission.Permit permit = s.admission.enter();
        BatchRequest request;
        try {
            request = s.chat.submitText(prompt, plain);
        } catch (IllegalArgumentException e) {
            permit.release();
            throw ApiException.badRequest(e.getMessage(), "prompt");
        } catch (RuntimeException | Error e) {
            permit.release();
            throw e;
        }
        return watch(s, permit, request, tokens, request::cancel, request.completion(), Function.identity());
    }

    private static ApiException overLimit(int tokens, int limit, String param) {
        return ApiException.badRequest("The prompt has " + tokens + " tokens; this server takes at most " + limit + ".", param,
                "context_length_exceeded");
    }

    private static <C, R> Running<C, R> watch(ServerState s, Admission.Permit permit, C call, int promptTokens, Runnable cancel,
                                              CompletableFuture<R> result, Function<R, Completion> completion) {
        result.whenComplete((r, failure) -> {
            permit.release();
            if (r != null) s.metrics.completion(promptTokens, completion.apply(r));
        });
        Running<C, R> run = new Running<>(s, call, promptTokens, cancel, result);
        s.watchdog.add(run);
        return run;
    }

    void attach(SseStream sse) {
        stream = sse;
    }

    boolean timedOut() {
        return timedOut;
    }

    /** Ends the generation at the engine's next step. */
    void cancel() {
        cancel.run();
    }

    /** Called by the watchdog about twice a second: deadline, keep-alive, a client gone. */
    void check(long now) {
        if (now - deadline > 0) expire();
        SseStream s = stream;
        if (s != null) {
            s.keepAliveIfIdle(TimeUnit.SECONDS.toNanos(1));
            if (s.clientGone()) cancel.run();
        }
    }

    private synchronized void expire() {
        if (timedOut) return;
        timedOut = true;
        metrics.timeout();
        cancel.run();
    }

    /** The result of a call nobody streams, within the deadline. */
    R await(int timeoutSeconds) {
        try {
            long left = deadline - System.nanoTime();
            return result.get(Math.max(0, left), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            expire();
            throw ApiException.timeout(timeoutSeconds);
        } catch (InterruptedException e) {
            cancel.run();
            Thread.currentThread().interrupt();
            throw ApiException.internal();
        } catch (ExecutionException e) {
            throw failure(e.getCause(), call instanceof BatchRequest ? "prompt" : "messages");
        }
    }

    /** The answer for a chat call that failed. */
    static ApiException failure(Throwable t) {
        return failure(t, "messages");
    }

    /** The answer for a call that failed; {@code promptParam} names the prompt's field. */
    static ApiException failure(Throwable t, String promptParam) {
        if (t instanceof CompletionException c && c.getCause() != null) t = c.getCause();
        if (t instanceof ApiException a) return a;
        if (t instanceof ContextFullException) {
            return ApiException.badRequest("The prompt does not fit the context of a slot.", promptParam, "context_length_exceeded");
        }
        if (t instanceof IllegalArgumentException) return ApiException.badRequest(t.getMessage(), null);
        LOG.warn("generation failed", t);
        return ApiException.internal();
    }

    /** Stops watching; a call still running (its handler failed, e.g. the client was gone before the headers) is cancelled. */
    @Override
    public void close() {
        watchdog.remove(this);
        if (!result.isDone()) cancel.run();
    }
}
