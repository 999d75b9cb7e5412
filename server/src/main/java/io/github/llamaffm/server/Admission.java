package io.github.llamaffm.server;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bound on generation requests: as many as there are slots run, {@code queue} more wait (in
 * the engine's queue), the next is refused with 503. A permit is held until the generation has
 * ended and its slot is free again, not merely until the HTTP answer is written. (What runs and
 * waits now, for {@code /metrics}, is the engine's own count.)
 */
final class Admission {
    private final int slots;
    private final int limit;
    private final AtomicInteger inFlight = new AtomicInteger();

    Admission(int slots, int queue) {
        this.slots = slots;
        this.limit = slots + queue;
    }

    /** A place for one request, or 503 when there is none. */
    Permit enter() {
        if (inFlight.incrementAndGet() > limit) {
            inFlight.decrementAndGet();
            throw ApiException.overloaded(1);
        }
        return new Permit();
    }

    int slots() {
        return slots;
    }

    /** One admitted request; {@link #release()} is idempotent. */
    final class Permit {
        private final AtomicBoolean released = new AtomicBoolean();

        void release() {
            if (released.compareAndSet(false, true)) inFlight.decrementAndGet();
        }
    }
}
