package io.github.llamaffm.server;

import io.github.llamaffm.Completion;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/** The server's counters, written as Prometheus' text format for {@code GET /metrics}. */
final class Metrics {
    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final LongAdder promptTokens = new LongAdder();
    /** Prompt tokens actually decoded (those a sequence still held are not): the base of the prompt speed. */
    private final LongAdder promptDecoded = new LongAdder();
    private final LongAdder generatedTokens = new LongAdder();
    private final DoubleAdder promptSeconds = new DoubleAdder();
    private final DoubleAdder generationSeconds = new DoubleAdder();
    private final LongAdder disconnects = new LongAdder();
    private final LongAdder timeouts = new LongAdder();
    private final LongAdder rejected = new LongAdder();

    void request(String endpoint, int status) {
        requests.computeIfAbsent(endpoint + "\u0000" + status, k -> new LongAdder()).increment();
    }

    void completion(int prompt, Completion c) {
        promptTokens.add(prompt);
        generatedTokens.add(c.generatedTokens());
        if (c.promptTokensPerSecond() > 0) {
            promptDecoded.add(c.promptTokens());
            promptSeconds.add(c.promptTokens() / c.promptTokensPerSecond());
        }
        if (c.generationTokensPerSecond() > 0) generationSeconds.add(c.generatedTokens() / c.generationTokensPerSecond());
    }

    void disconnect() {
        disconnects.increment();
    }

    void timeout() {
        timeouts.increment();
    }

    void rejected() {
        rejected.increment();
    }

    long disconnects() {
        return disconnects.sum();
    }

    /**
     * The text of {@code /metrics}; {@code busy}, {@code waiting}, {@code slots} and the
     * speculative decoding counts are read now.
     */
    String render(int busy, int waiting, int slots, io.github.llamaffm.SpeculationStats speculation) {
        StringBuilder b = new StringBuilder(2048);
        b.append("# HELP llamaffm_requests_total HTTP requests by endpoint and status.\n# TYPE llamaffm_requests_total counter\n");
        Map<String, LongAdder> sorted = new TreeMap<>(requests);
        sorted.forEach((k, v) -> {
            int sep = k.indexOf('\u0000');
            b.append("llamaffm_requests_total{endpoint=\"").append(k, 0, sep).append("\",status=\"").append(k.substring(sep + 1))
                    .append("\"} ").append(v.sum()).append('\n');
        });
        counter(b, "llamaffm_prompt_tokens_total", "Prompt tokens of finished generations.", promptTokens.sum());
        counter(b, "llamaffm_generated_tokens_total", "Tokens generated.", generatedTokens.sum());
        counter(b, "llamaffm_client_disconnects_total", "Streams whose client went away; their generations were cancelled.", disconnects.sum());
        counter(b, "llamaffm_timeouts_total", "Requests cancelled at the server's time limit.", timeouts.sum());
        counter(b, "llamaffm_rejected_total", "Requests refused with 503 (slots and queue full).", rejected.sum());
        gauge(b, "llamaffm_slots_total", "Requests that can be generated at once.", slots);
        gauge(b, "llamaffm_slots_busy", "Slots generating now.", busy);
        gauge(b, "llamaffm_queue_length", "Requests waiting for a slot.", waiting);
        counter(b, "llamaffm_speculative_steps_total", "Decodes that verified proposed tokens (speculative decoding).", speculation.steps());
        counter(b, "llamaffm_speculative_drafted_tokens_total", "Tokens proposed by speculative decoding and verified.", speculation.drafted());
        counter(b, "llamaffm_speculative_accepted_tokens_total", "Proposed tokens the model agreed with (each one a token without a decode of its own).",
                speculation.accepted());
        double ps = promptSeconds.sum(), gs = generationSeconds.sum();
        gauge(b, "llamaffm_prompt_tokens_per_second", "Prompt tokens decoded per second of prompt decoding, on average.",
                ps > 0 ? promptDecoded.sum() / ps : 0);
        gauge(b, "llamaffm_generated_tokens_per_second", "Tokens generated per second of generation, on average per request.",
                gs > 0 ? generatedTokens.sum() / gs : 0);
        return b.toString();
    }

    private static void counter(StringBuilder b, String name, String help, long v) {
        b.append("# HELP ").append(name).append(' ').append(help).append("\n# TYPE ").append(name).append(" counter\n")
                .append(name).append(' ').append(v).append('\n');
    }

    private static void gauge(StringBuilder b, String name, String help, double v) {
        b.append("# HELP ").append(name).append(' ').append(help).append("\n# TYPE ").append(name).append(" gauge\n")
                .append(name).append(' ').append(v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v)).append('\n');
    }
}
