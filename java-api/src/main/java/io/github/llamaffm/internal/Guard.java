package io.github.llamaffm.internal;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Guards a native handle that one thread at a time may use (a context, a sampler, a batch): using
 * it while another thread does throws at once instead of racing inside llama.cpp, and closing it
 * never frees memory under a running call.
 *
 * <p><b>Lock order.</b> The whole API keeps to these rules (see also {@code LlamaModel}):
 * <ol>
 *   <li>{@link #enter()} never blocks: it fails fast when another thread is inside. Holding guards
 *       therefore never makes a thread wait for a guard's holder.</li>
 *   <li>Only {@link #close} and {@link #whenIdle} wait for a guard, and only on a thread that is
 *       inside no guarded call. On a thread that is — a callback such as a token consumer, a log
 *       listener or an abort check, running inside a call — they do not wait: the work is handed
 *       to the outermost {@link #exit()} of whichever thread is inside this guard (this thread, or
 *       another one), and runs at once if no one is. Callbacks that close each other's objects
 *       cannot deadlock, and memory a running call uses is never freed under it.</li>
 *   <li>A model's read lock may be taken inside guarded calls; its write lock is only ever tried
 *       (never waited for), once every child of the model is freed: the last reader to leave a
 *       closed model frees it.</li>
 * </ol>
 */
public final class Guard {
    // How many guarded calls the current thread is inside; a thread inside any never waits for a guard.
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private final ReentrantLock lock = new ReentrantLock();
    private final String what;
    private final Queue<Runnable> deferred = new ConcurrentLinkedQueue<>();
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
     * Starts a use: must be paired with {@link #exit()} in a finally block. Re-entrant on the
     * thread that is inside.
     *
     * @throws IllegalStateException if the object is closed or in use by another thread
     */
    public void enter() {
        if (!lock.tryLock()) {
            throw new IllegalStateException(what + " is in use by another thread; a " + what
                    + " may be used by one thread at a time");
        }
        if (closed) {
            release();
            throw new IllegalStateException(what + " is closed");
        }
        DEPTH.get()[0]++;
    }

    /** Ends a use started by {@link #enter()}; the outermost exit runs the work deferred meanwhile. */
    public void exit() {
        DEPTH.get()[0]--;
        release();
    }

    /**
     * Unlocks; the outermost unlock first runs deferred work, and runs work that another thread
     * queued while it was unlocking (that thread saw the lock held and relies on the holder).
     */
    private void release() {
        if (lock.getHoldCount() > 1) {
            lock.unlock();
            return;
        }
        RuntimeException failure = null;
        while (true) {
            Runnable r;
            while ((r = deferred.poll()) != null) {
                try {
                    r.run();
                } catch (RuntimeException | Error e) {
                    if (failure == null) failure = e instanceof RuntimeException re ? re : new IllegalStateException(e);
                    else failure.addSuppressed(e);
                }
            }
            lock.unlock();
            if (deferred.isEmpty() || !lock.tryLock()) break;
        }
        if (failure != null) throw failure;
    }

    /**
     * Whether the current thread is inside a call of some guarded object (for example in a
     * callback): such a thread must not wait for another object's calls to end.
     *
     * @return true if it is inside one
     */
    public static boolean insideCall() {
        return DEPTH.get()[0] > 0;
    }

    /**
     * Runs {@code op} on this thread as if inside a guarded call: the thread that runs a call on
     * behalf of a waiting caller (an RPC call on a loader thread), so that a callback there that
     * closes an object defers the free instead of waiting for the caller, who waits for it.
     *
     * @param op the call
     * @param <T> its result
     * @return its result
     */
    static <T> T inside(java.util.function.Supplier<T> op) {
        int[] depth = DEPTH.get();
        depth[0]++;
        try {
            return op.get();
        } finally {
            depth[0]--;
        }
    }

    /**
     * Runs {@code op} while no call of the object is running, unless the object is closed by then:
     * at once when it is idle; after the running call on another thread; or, on a thread that is
     * inside a guarded call, at the outermost exit of the call in progress (see the lock order).
     *
     * @param op what to run while no one else uses the object
     */
    public void whenIdle(Runnable op) {
        runIdle(() -> {
            if (!closed) op.run();
        });
    }

    /** Throws if closed, without entering (for cheap getters of immutable facts). */
    public void checkOpen() {
        if (closed) throw new IllegalStateException(what + " is closed");
    }

    /**
     * Whether {@link #close(Runnable)} has been called (its {@code free} may still be waiting for
     * the outermost exit of a running call).
     *
     * @return true once closed
     */
    public boolean isClosed() {
        return closed;
    }

    /**
     * Closes once: from now on {@link #enter()} throws. {@code free} runs when no call is running,
     * as for {@link #whenIdle}: at once, after a call on another thread (waited for), or at the
     * outermost exit of the call in progress.
     *
     * @param free releases the native resources; runs at most once
     * @return true if this call closed it, false if it was already closed
     */
    public boolean close(Runnable free) {
        synchronized (this) {
            if (closed) return false;
            closed = true;
        }
        runIdle(free);
        return true;
    }

    private void runIdle(Runnable work) {
        if (lock.isHeldByCurrentThread()) {
            deferred.add(work); // our own running call: its outermost exit runs it
            return;
        }
        if (insideCall()) {
            // Never wait while inside a call: queue it for the holder, or run it if there is none.
            deferred.add(work);
            if (lock.tryLock()) release();
            return;
        }
        lock.lock();
        deferred.add(work);
        release();
    }
}
