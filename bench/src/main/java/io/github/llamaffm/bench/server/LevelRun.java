package io.github.llamaffm.bench.server;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * One concurrency level of the throughput comparison: {@code clients} threads take the next of
 * {@code requests} fixed requests until none is left; the level's wall time runs from the first
 * send to the last reply.
 *
 * @param clients          concurrent clients
 * @param requests         requests sent
 * @param failures         replies that were not complete and well formed (with the first problem)
 * @param firstProblem     the first failure's description, or null
 * @param completionTokens tokens generated in all replies (their usage chunks)
 * @param wallNanos        the level's wall time
 * @param ttftMillis       each reply's time to first content token, sorted
 * @param minTokens        the shortest reply in tokens
 */
public record LevelRun(int clients, int requests, int failures, String firstProblem, long completionTokens, long wallNanos,
                       List<Double> ttftMillis, int minTokens) {

    /** {@return generated tokens per second of wall time, all clients together} */
    public double tokensPerSecond() {
        return completionTokens / (wallNanos / 1e9);
    }

    /**
     * A quantile of the time to first token.
     *
     * @param q the quantile, 0..1 (nearest rank)
     * @return the TTFT quantile in ms, or NaN without replies
     */
    public double ttft(double q) {
        if (ttftMillis.isEmpty()) return Double.NaN;
        int i = (int) Math.ceil(q * ttftMillis.size()) - 1;
        return ttftMillis.get(Math.max(0, Math.min(ttftMillis.size() - 1, i)));
    }

    /**
     * Runs a level.
     *
     * @param http     the shared HTTP client
     * @param base     the server's base URL
     * @param clients  concurrent clients
     * @param requests requests in all
     * @param body     the body of request i
     * @return the measurement
     * @throws Exception if a client thread fails outside a request
     */
    public static LevelRun run(HttpClient http, String base, int clients, int requests, IntFunction<String> body) throws Exception {
        SseClient client = new SseClient(base);
        AtomicInteger next = new AtomicInteger();
        List<SseClient.Reply> replies = Collections.synchronizedList(new ArrayList<>());
        long t0 = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> fs = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                fs.add(pool.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < requests; ) replies.add(client.send(body.apply(i), -1));
                }));
            }
            for (Future<?> f : fs) f.get();
        }
        long wall = System.nanoTime() - t0;
        int failures = 0, minTokens = Integer.MAX_VALUE;
        String first = null;
        long tokens = 0;
        List<Double> ttft = new ArrayList<>();
        for (SseClient.Reply r : replies) {
            if (!r.ok()) {
                failures++;
                if (first == null) first = r.problem();
                continue;
            }
            tokens += r.completionTokens();
            minTokens = Math.min(minTokens, r.completionTokens());
            if (r.ttftNanos() >= 0) ttft.add(r.ttftNanos() / 1e6);
        }
        Collections.sort(ttft);
        return new LevelRun(clients, requests, failures, first, tokens, wall, ttft, minTokens == Integer.MAX_VALUE ? 0 : minTokens);
    }
}
