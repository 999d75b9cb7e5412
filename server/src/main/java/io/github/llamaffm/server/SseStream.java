package io.github.llamaffm.server;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A server-sent-events answer. Writes are serialized (the request's thread sends events, the
 * server's watchdog sends keep-alive comments); the first write that fails marks the client as
 * gone, and every later write is a no-op, so the caller checks {@link #clientGone()} and cancels.
 */
final class SseStream {
    private final HttpExchange exchange;
    private final OutputStream out;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile boolean open = true;
    private volatile boolean gone;
    private volatile long lastWrite = System.nanoTime();

    SseStream(HttpExchange exchange) throws IOException {
        this.exchange = exchange;
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.getResponseHeaders().set("X-Accel-Buffering", "no");
        exchange.sendResponseHeaders(200, 0); // chunked
        this.out = exchange.getResponseBody();
    }

    /** Sends {@code data: <json>}; false when the client is gone. */
    boolean data(Object json) {
        try {
            return write("data: " + JsonBody.MAPPER.writeValueAsString(json) + "\n\n");
        } catch (IOException e) {
            return false;
        }
    }

    boolean done() {
        return write("data: [DONE]\n\n");
    }

    /** A comment line that keeps proxies open and finds a closed connection while nothing else is written. */
    void keepAliveIfIdle(long idleNanos) {
        // tryLock: a write blocked on a client that reads nothing must not stall the watchdog
        if (open && System.nanoTime() - lastWrite >= idleNanos && lock.tryLock()) {
            try {
                writeLocked(": keep-alive\n\n");
            } finally {
                lock.unlock();
            }
        }
    }

    private boolean write(String text) {
        lock.lock();
        try {
            return writeLocked(text);
        } finally {
            lock.unlock();
        }
    }

    private boolean writeLocked(String text) {
        if (!open) return false;
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
            lastWrite = System.nanoTime();
            return true;
        } catch (IOException | RuntimeException e) {
            open = false;
            gone = true;
            return false;
        }
    }

    /** Whether a write failed: the client closed the connection. */
    boolean clientGone() {
        return gone;
    }

    /** Ends the answer (on the request's thread, after its last event). */
    void close() {
        lock.lock();
        try {
            open = false;
            out.close();
        } catch (IOException | RuntimeException ignored) {
            // the client is gone: nothing to tell it
        } finally {
            lock.unlock();
            exchange.close();
        }
    }
}
