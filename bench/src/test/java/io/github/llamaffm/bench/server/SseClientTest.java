package io.github.llamaffm.bench.server;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark's stream checker against hand-written streams from a loopback server. */
class SseClientTest {
    private static final String CHUNK = "{\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"%s\"},\"finish_reason\":%s}]}";
    private static final String USAGE = "{\"object\":\"chat.completion.chunk\",\"choices\":[],\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":2}}";
    private static HttpServer server;
    private static String body = "";

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", ex -> {
            ex.getRequestBody().readAllBytes();
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/event-stream");
            ex.sendResponseHeaders(200, b.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(b);
            }
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static SseClient.Reply send(String stream) {
        body = stream;
        return new SseClient("http://127.0.0.1:" + server.getAddress().getPort()).send(SseClient.body("hi", 2, true), -1);
    }

    private static String event(String data) {
        return "data: " + data + "\n\n";
    }

    @Test
    void wellFormedStreamCountsTokensAndTimesTheFirstContent() {
        SseClient.Reply r = send(": keep-alive\n\n" + event(CHUNK.formatted("", "null")) + event(CHUNK.formatted("a", "null"))
                + event(CHUNK.formatted("b", "\"length\"")) + event(USAGE) + event("[DONE]"));
        assertNull(r.problem());
        assertTrue(r.ok());
        assertEquals(2, r.completionTokens());
        assertTrue(r.ttftNanos() > 0);
    }

    @Test
    void malformedStreamsAreCaught() {
        String good = event(CHUNK.formatted("a", "\"stop\"")) + event(USAGE);
        assertEquals("no [DONE]", send(good).problem());
        assertEquals("no usage chunk", send(event(CHUNK.formatted("a", "\"stop\"")) + event("[DONE]")).problem());
        assertEquals("0 finish reasons", send(event(CHUNK.formatted("a", "null")) + event(USAGE) + event("[DONE]")).problem());
        assertEquals("an event after [DONE]", send(good + event("[DONE]") + event(USAGE)).problem());
        assertTrue(send(good.replace("data: ", "data:")).problem().startsWith("not an SSE data line"));
        assertTrue(send(event("{\"error\":{\"message\":\"x\"}}") + event("[DONE]")).problem().startsWith("error event"));
        assertFalse(send(event("{not json") + event("[DONE]")).ok());
    }

    @Test
    void hangingUpIsNotAFailure() {
        body = event(CHUNK.formatted("a", "null")) + event(CHUNK.formatted("b", "null")) + event(CHUNK.formatted("c", "\"stop\"")) + event(USAGE) + event("[DONE]");
        SseClient.Reply r = new SseClient("http://127.0.0.1:" + server.getAddress().getPort()).send(SseClient.body("hi", 2, true), 1);
        assertTrue(r.hungUp());
        assertNull(r.problem());
        assertFalse(r.ok());
    }
}
