package io.github.llamaffm.server;

import io.github.llamaffm.ContextFullException;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.chat.ChatCall;
import io.github.llamaffm.chat.ChatEngine;
import io.github.llamaffm.chat.ChatRequest;
import io.github.llamaffm.chat.ChatResult;
import io.github.llamaffm.chat.ChatTemplateException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One generation in progress for one HTTP request: its admission permit (released when the
 * engine has ended the call and freed its slot), its deadline, and the stream the watchdog keeps
 * an eye on.
 */
final class Running implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Running.class);

    final ChatCall call;
    final int promptTokens;
    private final Watchdog watchdog;
    private final Metrics metrics;
    private final long deadline;
    private volatile SseStream stream;
    private volatile boolean timedOut;

    private Running(ChatCall call, int promptTokens, Watchdog watchdog, Metrics metrics, long deadline) {
        this.call = call;
        this.metrics = metrics;
        this.promptTokens = promptTokens;
        this.watchdog = watchdog;
        this.deadline = deadline;
    }

    /**
     * Admits, counts the prompt, submits and starts watching. Refusals (503, a prompt over the
     * limit, a template that cannot render the request) are ApiExceptions.
     */
    static Running start(ServerState s, ChatEngine engine, ChatRequest request, GenerateParams params) {
        int prompt;
        try {
            prompt = engine.countTokens(request);
        } catch (ChatTemplateException e) {
            throw ApiException.badRequest("The model's chat template cannot render these messages: " + e.getMessage(), "messages");
        }
        int limit = s.maxPromptTokens(engine);
        if (prompt > limit) {
            throw ApiException.badRequest("The prompt has " + prompt + " tokens; this server takes at most " + limit + ".", "messages",
                    "context_length_exceeded");
        }
        Admission.Permit permit = s.admission.enter();
        ChatCall call;
        try {
            call = engine.submit(request, params);
        } catch (IllegalArgumentException e) {
            permit.release();
            throw ApiException.badRequest(e.getMessage(), null);
        } catch (RuntimeException | Error e) {
            permit.release();
            throw e;
        }
        call.result().whenComplete((r, failure) -> {
            permit.release();
            if (r != null) s.metrics.completion(prompt, r.completion());
        });
        Running run = new Running(call, prompt, s.watchdog, s.metrics, System.nanoTime() + TimeUnit.SECONDS.toNanos(s.options.timeoutSeconds()));
        s.watchdog.add(run);
        return run;
    }

    void attach(SseStream sse) {
        stream = sse;
    }

    boolean timedOut() {
        return timedOut;
    }

    /** Called by the watchdog about twice a second: deadline, keep-alive, a client gone. */
    void check(long now) {
        if (now - deadline > 0) expire();
        SseStream s = stream;
        if (s != null) {
            s.keepAliveIfIdle(TimeUnit.SECONDS.toNanos(1));
            if (s.clientGone()) call.cancel();
        }
    }

    private synchronized void expire() {
        if (timedOut) return;
        timedOut = true;
        metrics.timeout();
        call.cancel();
    }

    /** The result of a call nobody streams, within the deadline. */
    ChatResult await(int timeoutSeconds) {
        try {
            long left = deadline - System.nanoTime();
            return call.result().get(Math.max(0, left), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            expire();
            throw ApiException.timeout(timeoutSeconds);
        } catch (InterruptedException e) {
            call.cancel();
            Thread.currentThread().interrupt();
            throw ApiException.internal();
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        }
    }

    /** The answer for a call that failed. */
    static ApiException failure(Throwable t) {
        if (t instanceof CompletionException c && c.getCause() != null) t = c.getCause();
        if (t instanceof ApiException a) return a;
        if (t instanceof ContextFullException) {
            return ApiException.badRequest("The prompt does not fit the context of a slot.", "messages", "context_length_exceeded");
        }
        if (t instanceof IllegalArgumentException) return ApiException.badRequest(t.getMessage(), null);
        LOG.warn("generation failed", t);
        return ApiException.internal();
    }

    /** Stops watching; a call still running (its handler failed, e.g. the client was gone before the headers) is cancelled. */
    @Override
    public void close() {
        watchdog.remove(this);
        if (!call.result().isDone()) call.cancel();
    }
}
