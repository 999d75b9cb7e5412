package io.github.llamaffm.server;

import io.github.llamaffm.chat.ChatEngine;

import java.util.function.Supplier;

/** An engine made on first use (the raw-completions engine, which most clients never call). */
final class LazyEngine implements AutoCloseable {
    private final Supplier<ChatEngine> factory;
    private ChatEngine engine;
    private boolean closed;

    LazyEngine(Supplier<ChatEngine> factory) {
        this.factory = factory;
    }

    synchronized ChatEngine get() {
        if (closed) throw new IllegalStateException("the server is closing");
        if (engine == null) engine = factory.get();
        return engine;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (engine != null) engine.close();
    }
}
