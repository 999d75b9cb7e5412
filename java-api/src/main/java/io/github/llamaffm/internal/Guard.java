package io.github.llamaffm.internal;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Guards a native handle that one thread at a time may use (a context, a sampler): using it
 * while another thread does throws at once instead of racing inside llama.cpp; closing waits for
 * the current use to end, so memory is never freed under a running call.
 */
public final class Guard {
    private final ReentrantLock lock = new ReentrantLock();
    private final String what;
    private volatile boolean closed;

    /**
     * Creates a guard.
     *
     * @param what the guarded object's name for messages, e.g. "LlamaContext"
     */
    public Guard(String what) {
        this.what = what;
    }

    /**
     * Starts a use: must be paired with {@link #exit()} in a finally block.
     *
     * @throws IllegalStateException if the object is closed or in use by another thread
     */
    public void enter() {
        if (!lock.tryLock()) {
            throw new IllegalStateException(what + " is in use by another thread; a " + what
                    + " may be used by one thread at a time");
        }
        if (closed) {
            lock.unlock();
            throw new IllegalStateException(what + " is closed");
        }
    }

    /** Ends a use started by {@link #enter()}. */
    public void exit() {
        lock.unlock();
    }

    /**
     * Runs {@code op} once the current use (from any thread) has ended, unless closed meanwhile.
     * For an owner that must reach in from another thread, e.g. a model that is closing.
     *
     * @param op what to run while no one else uses the object
     */
    public void whenIdle(Runnable op) {
        lock.lock();
        try {
            if (!closed) op.run();
        } finally {
            lock.unlock();
        }
    }

    /** Throws if closed, without entering (for cheap getters of immutable facts). */
    public void checkOpen() {
        if (closed) throw new IllegalStateException(what + " is closed");
    }

    /** Whether {@link #close(Runnable)} has run. */
    public boolean isClosed() {
        return closed;
    }

    /**
     * Closes once: waits for the current use (from any thread) to end, then runs {@code free}.
     *
     * @param free releases the native resources; runs at most once
     * @return true if this call closed it, false if it was already closed
     */
    public boolean close(Runnable free) {
        lock.lock();
        try {
            if (closed) return false;
            closed = true;
            free.run();
            return true;
        } finally {
            lock.unlock();
        }
    }
}
