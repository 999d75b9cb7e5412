package io.github.llamaffm.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static io.github.llamaffm.server.TestServers.KEY;
import static io.github.llamaffm.server.TestServers.metric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The load-and-faults check at a small scale: 8 concurrent streaming clients send 40
 * requests to a 4-slot server, every third hangs up mid-stream, and malformed requests come
 * between them. The server stays up, every
 * completed stream is well formed, every hang-up is noticed, every slot returns to idle.
 */
class LoadAndFaultsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void concurrentStreamsWithHangUps() throws Exception {
        LlamaServer s = TestServers.shared();
        TestServers.awaitIdle(s, 10);
        double disconnectsBefore = metric(s, "llamaffm_client_disconnects_total");
        AtomicInteger next = new AtomicInteger(), hungUp = new AtomicInteger(), completed = new AtomicInteger();
        List<Future<?>> clients = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < 8; c++) {
                clients.add(pool.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < 40; ) {
                        String body = "{\"model\":\"tiny-chat\",\"messages\":[{\"role\":\"user\",\"content\":\"Request " + i + "\"}],"
                                + "\"stream\":true,\"seed\":" + i + ",\"max_tokens\":" + (i % 3 == 0 ? 200 : 24) + "}";
                        if (i % 3 == 0) {
                            try (RawSse raw = new RawSse(s, "/v1/chat/completions", body, KEY)) {
                                raw.awaitEvents(3);
                            }
                            hungUp.incrementAndGet();
                        } else {
                            if (i % 3 == 1) { // a bad request among the good ones disturbs nothing
                                HttpResponse<String> bad = TestServers.call(s, "POST", "/v1/chat/completions",
                                        body.replace("\"max_tokens\":24", "\"max_tokens\":-24"), KEY);
                                assertEquals(400, bad.statusCode(), bad.body());
                            }
                            HttpResponse<String> r = TestServers.call(s, "POST", "/v1/chat/completions", body, KEY);
                            assertEquals(200, r.statusCode(), r.body());
                            assertWellFormed(r.body());
                            completed.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : clients) f.get(90, TimeUnit.SECONDS);
        }
        assertEquals(14, hungUp.get());
        assertEquals(26, completed.get());
        TestServers.awaitIdle(s, 10);
        assertEquals(14, metric(s, "llamaffm_client_disconnects_total") - disconnectsBefore, "every hang-up cancelled its generation");
        assertEquals(200, TestServers.call(s, "GET", "/health", null, null).statusCode());
    }

    /** data lines of JSON chunks with one id, a finish reason at the end, then [DONE]. */
    private static void assertWellFormed(String body) throws Exception {
        assertTrue(body.endsWith("data: [DONE]\n\n"), body);
        String id = null, finish = null;
        for (String event : body.split("\n\n")) {
            if (event.startsWith(":") || event.equals("data: [DONE]")) continue;
            assertTrue(event.startsWith("data: {"), event);
            JsonNode chunk = JSON.readTree(event.substring(6));
            if (id == null) id = chunk.get("id").asText();
            assertEquals(id, chunk.get("id").asText());
            assertEquals(null, finish, "nothing after the finish reason: " + event);
            JsonNode f = chunk.at("/choices/0/finish_reason");
            if (!f.isMissingNode() && !f.isNull()) finish = f.asText();
        }
        assertNotNull(finish, body);
    }
}
