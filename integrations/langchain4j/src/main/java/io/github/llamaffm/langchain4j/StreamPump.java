package io.github.llamaffm.langchain4j;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.CompleteToolCall;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.PartialThinking;
import dev.langchain4j.model.chat.response.PartialThinkingContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import io.github.llamaffm.StopReason;
import io.github.llamaffm.chat.ChatCall;
import io.github.llamaffm.chat.ChatEvent;
import io.github.llamaffm.chat.ChatResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CancellationException;

/**
 * Delivers one streamed reply to a LangChain4j handler, on a virtual thread of its own (never on
 * the engine's decoding thread): partial text and thinking, each complete tool call, then the
 * response, or the error. An exception from the handler goes to its {@code onError} and the
 * stream goes on; one from {@code onError} is logged. Once the handle is cancelled nothing more
 * reaches the handler.
 */
final class StreamPump implements StreamingHandle {
    private static final Logger LOG = LoggerFactory.getLogger(StreamPump.class);

    private final ChatBackend backend;
    private final ChatCall call;
    private final StreamingChatResponseHandler handler;
    private final ChatBackend.CallIds ids = new ChatBackend.CallIds();
    private volatile boolean cancelled;

    private StreamPump(ChatBackend backend, ChatCall call, StreamingChatResponseHandler handler) {
        this.backend = backend;
        this.call = call;
        this.handler = handler;
    }

    /** Starts delivering {@code call} to {@code handler}. */
    static void start(ChatBackend backend, ChatCall call, StreamingChatResponseHandler handler) {
        StreamPump pump = new StreamPump(backend, call, handler);
        Thread.ofVirtual().name("llama-ffm-langchain4j-stream").start(pump::run);
    }

    @Override
    public void cancel() {
        cancelled = true;
        call.cancel();
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    private void run() {
        try {
            for (ChatEvent e : call) {
                if (cancelled) continue; // drain: the engine ends the reply at its next step
                switch (e) {
                    case ChatEvent.ContentDelta d -> deliver(() -> handler.onPartialResponse(
                            new PartialResponse(d.text()), new PartialResponseContext(this)), d.text());
                    case ChatEvent.ReasoningDelta r -> deliver(() -> handler.onPartialThinking(
                            new PartialThinking(r.text()), new PartialThinkingContext(this)), r.text());
                    case ChatEvent.ToolCallRequested c -> deliver(() -> handler.onCompleteToolCall(
                            new CompleteToolCall(c.index(), ids.request(c.index(), c.call()))), "call");
                    case ChatEvent.ToolResult ignored -> {
                        // the engine runs no tools: LangChain4j's AI services do
                    }
                }
            }
            ChatResult result = call.join();
            if (cancelled) return;
            if (result.completion().stopReason() == StopReason.CANCELLED) { // not by the handle: the model was closed
                error(new CancellationException("the reply was cancelled: the model was closed"));
                return;
            }
            ChatResponse response = backend.response(result, ids);
            deliver(() -> handler.onCompleteResponse(response), "done");
        } catch (Throwable t) {
            if (!cancelled) error(t);
        }
    }

    /** Calls the handler (non-empty pieces only); what it throws goes to onError. */
    private void deliver(Runnable callback, String piece) {
        if (piece.isEmpty() || cancelled) return;
        try {
            callback.run();
        } catch (Throwable t) {
            error(t);
        }
    }

    private void error(Throwable t) {
        error(handler, t);
    }

    /** Tells the handler of an error; what its onError throws is logged, never propagated. */
    static void error(StreamingChatResponseHandler handler, Throwable t) {
        try {
            handler.onError(t);
        } catch (Throwable ignored) {
            LOG.warn("StreamingChatResponseHandler.onError threw; ignored", ignored);
        }
    }
}
