package io.github.llamaffm.server;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One daemon thread that looks at every running generation twice a second: it cancels those past
 * their deadline, and sends a keep-alive comment on idle streams, which is how a client that went
 * away is noticed while no token is written (a request waiting in the queue, a long prompt).
 */
final class Watchdog implements AutoCloseable {
    private final Set<Running<?, ?>> running = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "llama-ffm-server-watchdog");
        t.setDaemon(true);
        return t;
    });

    Watchdog() {
        timer.scheduleWithFixedDelay(this::tick, 500, 500, TimeUnit.MILLISECONDS);
    }

    void add(Running<?, ?> r) {
        running.add(r);
    }

    void remove(Running<?, ?> r) {
        running.remove(r);
    }

    private void tick() {
        long now = System.nanoTime();
        for (Running<?, ?> r : running) {
            try {
                r.check(now);
            } catch (RuntimeException e) {
                // one request's trouble must not stop the watch over the others
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
