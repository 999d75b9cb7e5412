package io.github.llamaffm.bench.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One streaming chat completion read from the client side with the JDK's {@link HttpClient}:
 * times the first content token and the whole reply, and checks the stream's framing (one JSON
 * chunk per {@code data:} event, one finish reason, a usage chunk, {@code data: [DONE]} last).
 */
public final class SseClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What one request gave.
     *
     * @param problem          null when the reply was well formed (or hung up on purpose)
     * @param status           the HTTP status, or -1 when none came
     * @param ttftNanos        from sending to the first non-empty content delta, or -1
     * @param totalNanos       from sending to the end of the stream
     * @param completionTokens from the usage chunk, or -1
     * @param hungUp           the client closed the stream on purpose before its end
     */
    public record Reply(String problem, int status, long ttftNanos, long totalNanos, int completionTokens, boolean hungUp) {
        /** {@return true when the reply is complete and well formed} */
        public boolean ok() {
            return problem == null && !hungUp;
        }
    }

    private final URI uri;

    /**
     * Creates a client of one server.
     *
     * @param base the server's base URL, e.g. {@code http://127.0.0.1:8080}
     */
    public SseClient(String base) {
        this.uri = URI.create(base + "/v1/chat/completions");
    }

    /**
     * The request body: greedy, fixed length, usage chunk asked for.
     *
     * @param prompt    the user message
     * @param maxTokens the reply's length
     * @param ignoreEos send llama-server's {@code ignore_eos} (other servers ignore unknown fields)
     * @return the JSON body
     */
    public static String body(String prompt, int maxTokens, boolean ignoreEos) {
        var root = JSON.createObjectNode();
        root.putArray("messages").addObject().put("role", "user").put("content", prompt);
        root.put("stream", true);
        root.putObject("stream_options").put("include_usage", true);
        root.put("temperature", 0);
        root.put("max_tokens", maxTokens);
        if (ignoreEos) root.put("ignore_eos", true);
        return root.toString();
    }

    /**
     * Sends one request and reads its stream.
     *
     * @param body             the JSON body
     * @param hangUpAfterEvents close the stream after this many events (a disconnecting client), or -1
     * @return what came back
     */
    public Reply send(String body, int hangUpAfterEvents) {
        // Every request on a connection of its own, on both servers alike: a pooled connection that the
        // server closes between requests (cpp-httplib ends keep-alive after 5 requests or 5 idle
        // seconds) fails the next POST, which the client does not retry.
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            try {
                return send(http, body, hangUpAfterEvents);
            } finally {
                http.shutdownNow();
            }
        }
    }

    private Reply send(HttpClient http, String body, int hangUpAfterEvents) {
        long t0 = System.nanoTime();
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<InputStream> resp;
        try {
            resp = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            return new Reply("no response: " + e, -1, -1, System.nanoTime() - t0, -1, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply("interrupted", -1, -1, System.nanoTime() - t0, -1, false);
        }
        try (InputStream in = resp.body()) {
            if (resp.statusCode() != 200) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return new Reply("HTTP " + resp.statusCode() + ": " + text.strip(), resp.statusCode(), -1, System.nanoTime() - t0, -1, false);
            }
            return read(in, t0, hangUpAfterEvents);
        } catch (IOException e) {
            return new Reply("read failed: " + e, resp.statusCode(), -1, System.nanoTime() - t0, -1, false);
        }
    }

    private static Reply read(InputStream in, long t0, int hangUpAfter) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        long ttft = -1;
        int tokens = -1, events = 0, finishes = 0;
        boolean done = false;
        String data = null;
        for (String line; (line = r.readLine()) != null; ) {
            if (line.startsWith(":")) continue; // comment (keep-alive)
            if (!line.isEmpty()) {
                if (!line.startsWith("data: ")) return bad("not an SSE data line: " + cut(line), t0, ttft, tokens);
                if (data != null) return bad("two data lines in one event", t0, ttft, tokens);
                data = line.substring(6);
                continue;
            }
            if (data == null) continue; // blank line between events
            if (done) return bad("an event after [DONE]", t0, ttft, tokens);
            events++;
            if (data.equals("[DONE]")) {
                done = true;
            } else {
                JsonNode chunk;
                try {
                    chunk = JSON.readTree(data);
                } catch (IOException e) {
                    return bad("event is not JSON: " + cut(data), t0, ttft, tokens);
                }
                if (chunk.has("error")) return bad("error event: " + cut(data), t0, ttft, tokens);
                if (!"chat.completion.chunk".equals(chunk.path("object").asText())) return bad("not a chunk: " + cut(data), t0, ttft, tokens);
                JsonNode choice = chunk.path("choices").path(0);
                String content = choice.path("delta").path("content").asText("");
                if (ttft < 0 && !content.isEmpty()) ttft = System.nanoTime() - t0;
                if (!choice.path("finish_reason").isMissingNode() && !choice.path("finish_reason").isNull()) finishes++;
                JsonNode usage = chunk.get("usage");
                if (usage != null && !usage.isNull()) tokens = usage.path("completion_tokens").asInt(-1);
            }
            data = null;
            if (hangUpAfter >= 0 && events >= hangUpAfter && !done) {
                return new Reply(null, 200, ttft, System.nanoTime() - t0, tokens, true); // the caller's close() hangs up
            }
        }
        long total = System.nanoTime() - t0;
        if (data != null) return bad("stream ended inside an event", t0, ttft, tokens);
        if (!done) return bad("no [DONE]", t0, ttft, tokens);
        if (finishes != 1) return bad(finishes + " finish reasons", t0, ttft, tokens);
        if (tokens < 0) return bad("no usage chunk", t0, ttft, tokens);
        return new Reply(null, 200, ttft, total, tokens, false);
    }

    private static Reply bad(String why, long t0, long ttft, int tokens) {
        return new Reply(why, 200, ttft, System.nanoTime() - t0, tokens, false);
    }

    private static String cut(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }
}
