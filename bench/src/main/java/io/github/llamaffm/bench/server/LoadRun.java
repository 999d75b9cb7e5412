package io.github.llamaffm.bench.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * The load and fault run against llama-ffm-server: many concurrent streaming clients, a seeded
 * random share of them hanging up mid-stream. Afterwards the server must be up, every completed
 * stream well formed, every slot idle again ({@code /metrics}); the server's resident memory is
 * sampled from {@code /proc} before, during and after.
 */
public final class LoadRun {
    private LoadRun() {}

    /**
     * Runs the load.
     *
     * @param server    the running llama-ffm-server (warmed up)
     * @param http      the shared HTTP client
     * @param clients   concurrent clients
     * @param requests  requests in all
     * @param hangUpShare the share of requests whose client hangs up mid-stream
     * @param maxTokens the replies' length (a hang-up comes after 1 to maxTokens/2 events)
     * @param seed      seeds who hangs up and when
     * @param body      the body of request i
     * @return the figures and checks, in order, for the report
     * @throws Exception if a client thread fails outside a request
     */
    public static Map<String, Object> run(ServerProcess server, HttpClient http, int clients, int requests, double hangUpShare,
                                          int maxTokens, long seed, IntFunction<String> body) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        SplittableRandom rnd = new SplittableRandom(seed);
        int[] hangUpAfter = new int[requests];
        int planned = 0;
        for (int i = 0; i < requests; i++) {
            hangUpAfter[i] = rnd.nextDouble() < hangUpShare ? 1 + rnd.nextInt(Math.max(1, maxTokens / 2)) : -1;
            if (hangUpAfter[i] >= 0) planned++;
        }
        Map<String, Double> before = metrics(http, server.baseUrl);
        long rssBefore = server.rssKiB();
        AtomicLong rssMax = new AtomicLong(rssBefore);
        List<Long> rssSamples = new ArrayList<>();
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long r = server.rssKiB();
                synchronized (rssSamples) {
                    rssSamples.add(r);
                }
                rssMax.accumulateAndGet(r, Math::max);
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });

        SseClient client = new SseClient(server.baseUrl);
        AtomicInteger next = new AtomicInteger(), ok = new AtomicInteger(), hungUp = new AtomicInteger(), rejected = new AtomicInteger();
        List<String> problems = new ArrayList<>();
        long t0 = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> fs = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                fs.add(pool.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < requests; ) {
                        SseClient.Reply r = client.send(body.apply(i), hangUpAfter[i]);
                        if ((i + 1) % 200 == 0) System.err.println(java.time.Instant.now() + " " + (i + 1) + " requests sent; RSS " + server.rssKiB() / 1024 + " MiB");
                        if (r.hungUp()) hungUp.incrementAndGet();
                        else if (r.ok()) ok.incrementAndGet();
                        else if (r.status() == 503) rejected.incrementAndGet();
                        else synchronized (problems) {
                            problems.add("request " + i + ": " + r.problem());
                        }
                    }
                }));
            }
            for (Future<?> f : fs) f.get();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        long rssEnd = server.rssKiB();

        // Every slot idle and the queue empty again, within ten seconds.
        Map<String, Double> after = Map.of();
        long idleBy = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        boolean idle = false;
        while (System.nanoTime() < idleBy) {
            after = metrics(http, server.baseUrl);
            if (after.getOrDefault("llamaffm_slots_busy", -1.0) == 0 && after.getOrDefault("llamaffm_queue_length", -1.0) == 0) {
                idle = true;
                break;
            }
            ServerProcess.sleep(200);
        }
        ServerProcess.sleep(2000);
        sampler.interrupt();
        sampler.join();
        long rssAfter = server.rssKiB();
        boolean healthy = server.alive() && status(http, server.baseUrl + "/health") == 200;

        out.put("clients", clients);
        out.put("requests", requests);
        out.put("seed", seed);
        out.put("wall_s", round(wall));
        out.put("hang_ups_planned", planned);
        out.put("hung_up", hungUp.get());
        out.put("completed_well_formed", ok.get());
        out.put("rejected_503", rejected.get());
        out.put("malformed_or_failed", problems.size());
        out.put("first_problems", problems.stream().limit(5).toList());
        out.put("server_disconnects_counted", delta(before, after, "llamaffm_client_disconnects_total"));
        out.put("server_generated_tokens", delta(before, after, "llamaffm_generated_tokens_total"));
        out.put("slots_idle_after", idle);
        out.put("slots_busy_after", after.get("llamaffm_slots_busy"));
        out.put("queue_length_after", after.get("llamaffm_queue_length"));
        out.put("healthy_after", healthy);
        out.put("rss_before_mib", rssBefore / 1024);
        out.put("rss_max_during_mib", rssMax.get() / 1024);
        out.put("rss_at_end_mib", rssEnd / 1024);
        out.put("rss_after_idle_mib", rssAfter / 1024);
        synchronized (rssSamples) {
            // Quartiles of the run, to show whether it drifts upwards.
            int n = rssSamples.size();
            List<Long> q = new ArrayList<>();
            for (int k = 1; k <= 4 && n > 0; k++) q.add(rssSamples.get(Math.min(n - 1, k * n / 4 - (k == 4 ? 1 : 0))) / 1024);
            out.put("rss_quarter_samples_mib", q);
        }
        out.put("passed", healthy && idle && problems.isEmpty() && rejected.get() == 0 && ok.get() + hungUp.get() == requests);
        return out;
    }

    private static double delta(Map<String, Double> before, Map<String, Double> after, String key) {
        return after.getOrDefault(key, Double.NaN) - before.getOrDefault(key, 0.0);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** The unlabelled samples of the server's Prometheus text. */
    static Map<String, Double> metrics(HttpClient http, String base) throws IOException, InterruptedException {
        Map<String, Double> m = new LinkedHashMap<>();
        var r = http.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        for (String line : r.body().split("\n")) {
            if (line.startsWith("#") || line.isBlank() || line.contains("{")) continue;
            String[] kv = line.trim().split("\\s+");
            if (kv.length >= 2) {
                try {
                    m.put(kv[0], Double.parseDouble(kv[1]));
                } catch (NumberFormatException e) {
                    // not a plain sample
                }
            }
        }
        return m;
    }

    private static int status(HttpClient http, String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
