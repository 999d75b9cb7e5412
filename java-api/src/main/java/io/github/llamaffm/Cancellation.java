package io.github.llamaffm;

/**
 * A handle that cancels a generation from any thread. Pass it in
 * {@link GenerateParams.Builder#cancellation(Cancellation)}; {@link #cancel()} stops the
 * generation promptly, also in the middle of a long prompt decode (through llama.cpp's abort
 * callback), and leaves the context usable. Interrupting the generating thread has the same
 * effect. A handle stays cancelled; use a new one for the next generation.
 */
public final class Cancellation {
    private volatile boolean cancelled;

    /** Creates a handle that is not cancelled. */
    public Cancellation() {
    }

    /** Requests cancellation. Safe from any thread, idempotent. */
    public void cancel() {
        cancelled = true;
    }

    /**
     * Whether {@link #cancel()} was called.
     *
     * @return true once cancelled
     */
    public boolean isCancelled() {
        return cancelled;
    }
}
