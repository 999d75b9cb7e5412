package io.github.llamaffm.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.ModelParams;
import io.github.llamaffm.Vocab;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static io.github.llamaffm.server.TestServers.KEY;
import static io.github.llamaffm.server.TestServers.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The wire itself, through the JDK's HttpClient: SSE framing, error shapes and status codes, limits. */
class RawHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    /** A 4xx in OpenAI's shape: error.message (no stack trace), type, param, code all present. */
    private static JsonNode assertError(HttpResponse<String> r, int status, String param) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElse(""));
        JsonNode e = json(r).get("error");
        assertTrue(e.get("message").isTextual() && !e.get("message").asText().isBlank(), r.body());
        assertFalse(r.body().contains("\tat ") || r.body().contains("Exception"), "no stack trace or exception names: " + r.body());
        assertTrue(e.has("type") && e.has("param") && e.has("code"), r.body());
        if (param != null) assertEquals(param, e.get("param").asText(), r.body());
        return e;
    }

    private static String chat(String extra) {
        return "{\"model\":\"tiny-chat\",\"messages\":[{\"role\":\"user\",\"content\":\"Hello\"}],\"temperature\":0" + extra + "}";
    }

    @Test
    void streamingIsFramedAsServerSentEventsAndEndsWithDone() throws Exception {
        LlamaServer s = TestServers.shared();
        HttpResponse<String> r = call(s, "POST", "/v1/chat/completions",
                chat(",\"max_tokens\":12,\"stream\":true,\"stream_options\":{\"include_usage\":true}"), KEY);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        String body = r.body();
        assertTrue(body.endsWith("data: [DONE]\n\n"), body);
        List<JsonNode> chunks = new ArrayList<>();
        for (String event : body.split("\n\n")) {
            if (event.startsWith(":")) continue; // keep-alive comment
            assertTrue(event.startsWith("data: ") && !event.contains("\n"), "one data line per event: " + event);
            String data = event.substring(6);
            if (!data.equals("[DONE]")) chunks.add(JSON.readTree(data));
        }
        assertEquals("assistant", chunks.get(0).at("/choices/0/delta/role").asText());
        String id = chunks.get(0).get("id").asText();
        StringBuilder text = new StringBuilder();
        String finish = null;
        for (JsonNode c : chunks) {
            assertEquals(id, c.get("id").asText());
            assertEquals("chat.completion.chunk", c.get("object").asText());
            assertEquals("tiny-chat", c.get("model").asText());
            if (c.get("choices").isEmpty()) continue;
            text.append(c.at("/choices/0/delta/content").asText(""));
            if (!c.at("/choices/0/finish_reason").isNull()) finish = c.at("/choices/0/finish_reason").asText();
        }
        JsonNode last = chunks.get(chunks.size() - 1);
        assertEquals(0, last.get("choices").size(), "the usage chunk has no choices");
        int completionTokens = last.at("/usage/completion_tokens").asInt();
        if (finish.equals("length")) assertEquals(12, completionTokens);
        else assertTrue(completionTokens <= 12, last.toString());
        assertTrue(last.at("/usage/prompt_tokens").asInt() > 5);
        assertEquals(last.at("/usage/prompt_tokens").asInt() + last.at("/usage/completion_tokens").asInt(), last.at("/usage/total_tokens").asInt());

        // the same greedy request without streaming answers the same text
        HttpResponse<String> once = call(s, "POST", "/v1/chat/completions", chat(",\"max_tokens\":12"), KEY);
        JsonNode c = json(once);
        assertEquals("chat.completion", c.get("object").asText());
        assertEquals(text.toString(), c.at("/choices/0/message/content").asText());
        assertEquals(finish, c.at("/choices/0/finish_reason").asText());
        assertEquals(last.get("usage"), c.get("usage"));
    }

    /** A conversation goes on: earlier assistant turns (plain, with reasoning) come back as history. */
    @Test
    void laterTurnsCarryTheEarlierAssistantMessages() throws Exception {
        LlamaServer s = TestServers.shared();
        HttpResponse<String> first = call(s, "POST", "/v1/chat/completions", chat(",\"max_tokens\":8"), KEY);
        assertEquals(200, first.statusCode(), first.body());
        String reply = JSON.writeValueAsString(json(first).at("/choices/0/message/content").asText());
        HttpResponse<String> second = call(s, "POST", "/v1/chat/completions", "{\"model\":\"tiny-chat\",\"temperature\":0,"
                + "\"max_tokens\":8,\"messages\":[{\"role\":\"user\",\"content\":\"Hello\"},"
                + "{\"role\":\"assistant\",\"content\":" + reply + "},"
                + "{\"role\":\"user\",\"content\":\"And then?\"},"
                + "{\"role\":\"assistant\",\"content\":\"Well\",\"reasoning_content\":\"think\"},"
                + "{\"role\":\"user\",\"content\":\"Go on.\"}]}", KEY);
        assertEquals(200, second.statusCode(), second.body());
        assertEquals("assistant", json(second).at("/choices/0/message/role").asText());
        assertTrue(json(second).at("/usage/prompt_tokens").asInt() > json(first).at("/usage/prompt_tokens").asInt());
    }

    @Test
    void badRequestsGetA4xxInOpenAisShape() throws Exception {
        LlamaServer s = TestServers.shared();
        String p = "/v1/chat/completions";
        assertError(call(s, "POST", p, "{\"messages\": [", KEY), 400, null);
        assertError(call(s, "POST", p, "[1,2]", KEY), 400, null);
        assertError(call(s, "POST", p, "{\"model\":\"tiny-chat\"}", KEY), 400, "messages");
        assertError(call(s, "POST", p, "{\"messages\":\"hi\"}", KEY), 400, "messages");
        assertError(call(s, "POST", p, chat(",\"max_tokens\":-1"), KEY), 400, "max_tokens");
        assertError(call(s, "POST", p, chat(",\"max_tokens\":0"), KEY), 400, "max_tokens");
        assertError(call(s, "POST", p, chat(",\"max_completion_tokens\":100000"), KEY), 400, "max_completion_tokens");
        assertError(call(s, "POST", p, chat(",\"max_tokens\":\"ten\""), KEY), 400, "max_tokens");
        assertError(call(s, "POST", p, chat("").replace("\"temperature\":0", "\"temperature\":\"hot\""), KEY), 400, "temperature");
        assertError(call(s, "POST", p, chat("").replace("\"temperature\":0", "\"temperature\":3"), KEY), 400, "temperature");
        assertError(call(s, "POST", p, chat(",\"n\":2"), KEY), 400, "n");
        assertError(call(s, "POST", p, chat(",\"stop\":[1]"), KEY), 400, "stop");
        assertError(call(s, "POST", p, chat(",\"stream\":\"yes\""), KEY), 400, "stream");
        assertError(call(s, "POST", p, "{\"messages\":[{\"role\":\"wizard\",\"content\":\"x\"}]}", KEY), 400, "messages[0].role");
        assertError(call(s, "POST", p, "{\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"image_url\"}]}]}", KEY), 400, "messages[0].content[0].type");
        assertEquals("model_not_found", assertError(call(s, "POST", p, chat("").replace("tiny-chat", "gpt-4o"), KEY), 404, "model").get("code").asText());
        // a schema the grammar cannot guarantee
        assertError(call(s, "POST", p, chat(",\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"x\",\"schema\":"
                + "{\"type\":\"array\",\"uniqueItems\":true}}}"), KEY), 400, "response_format");
        assertError(call(s, "POST", p, chat(",\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"f\",\"parameters\":"
                + "{\"type\":\"object\",\"properties\":{\"n\":{\"type\":\"number\",\"multipleOf\":3}}}}}]"), KEY), 400, "tools[0].function.parameters");
        assertError(call(s, "POST", p, chat(",\"tool_choice\":{\"type\":\"function\",\"function\":{\"name\":\"nope\"}}"), KEY), 400, "tool_choice");
        // oversize: over --max-body (64 KiB here)
        String big = chat("").replace("Hello", "x".repeat(70_000));
        assertEquals("request_too_large", assertError(call(s, "POST", p, big, KEY), 413, null).get("code").asText());
        // a prompt over a slot's tokens
        String longPrompt = chat("").replace("Hello", "word ".repeat(2000));
        assertEquals("context_length_exceeded", assertError(call(s, "POST", p, longPrompt, KEY), 400, "messages").get("code").asText());
        assertError(call(s, "GET", "/v1/nothing", null, KEY), 404, null);
        assertError(call(s, "GET", p, null, KEY), 405, null);
        assertError(call(s, "POST", "/v1/embeddings", "{\"input\":[]}", KEY), 400, "input");
        assertError(call(s, "POST", "/v1/completions", "{\"prompt\":\"a\",\"echo\":true}", KEY), 400, "echo");
        // and the server still answers well
        assertEquals(200, call(s, "POST", p, chat(",\"max_tokens\":3"), KEY).statusCode());
    }

    @Test
    void apiKeysAreRequiredExceptForHealth() throws Exception {
        LlamaServer s = TestServers.shared();
        assertEquals("invalid_api_key", assertError(call(s, "GET", "/v1/models", null, null), 401, null).get("code").asText());
        assertError(call(s, "POST", "/v1/chat/completions", chat(""), "sk-wrong"), 401, null);
        assertError(call(s, "GET", "/metrics", null, KEY + "x"), 401, null);
        HttpResponse<String> h = call(s, "GET", "/health", null, null);
        assertEquals(200, h.statusCode());
        assertEquals("ok", json(h).get("status").asText());
        JsonNode models = json(call(s, "GET", "/v1/models", null, KEY));
        assertEquals("tiny-chat", models.at("/data/0/id").asText());
        assertEquals("model", models.at("/data/0/object").asText());
    }

    @Test
    void corsIsOffUnlessConfigured() {
        LlamaServer s = TestServers.shared();
        var r = TestServers.HTTP;
        HttpResponse<String> h = call(s, "GET", "/health", null, null);
        assertTrue(h.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        try (LlamaServer cors = TestServers.start("--parallel", "1", "--cors-origin", "http://localhost:3000")) {
            var req = java.net.http.HttpRequest.newBuilder(java.net.URI.create(cors.baseUrl() + "/health"))
                    .header("Origin", "http://localhost:3000").GET().build();
            var resp = r.send(req, HttpResponse.BodyHandlers.ofString());
            assertEquals("http://localhost:3000", resp.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
            var other = r.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(cors.baseUrl() + "/health"))
                    .header("Origin", "http://evil.example").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
            var pre = r.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(cors.baseUrl() + "/v1/chat/completions"))
                    .header("Origin", "http://localhost:3000").method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(204, pre.statusCode());
            assertTrue(pre.headers().firstValue("Access-Control-Allow-Headers").orElse("").contains("Authorization"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aSeparateEmbeddingModel() throws Exception {
        try (LlamaServer s = TestServers.start("--parallel", "1", "--alias", "chat", "--embedding-model", TestServers.chatModel().toString())) {
            JsonNode e = json(call(s, "POST", "/v1/embeddings", "{\"model\":\"server-chat-qwen2\",\"input\":\"a cat\",\"encoding_format\":\"base64\"}", null));
            assertEquals("server-chat-qwen2", e.get("model").asText());
            byte[] raw = java.util.Base64.getDecoder().decode(e.at("/data/0/embedding").asText());
            assertEquals(64 * 4, raw.length, "64 little-endian floats");
            JsonNode models = json(call(s, "GET", "/v1/models", null, null));
            assertEquals(2, models.get("data").size());
            assertEquals(501, call(s, "POST", "/v1/rerank", "{\"query\":\"q\",\"documents\":[\"d\"]}", null).statusCode());
        }
    }

    @Test
    void completionsRerankAndMetrics() throws Exception {
        LlamaServer s = TestServers.shared();
        JsonNode c = json(call(s, "POST", "/v1/completions", "{\"model\":\"tiny-chat\",\"prompt\":\"Once upon a time\",\"max_tokens\":5,\"temperature\":0}", KEY));
        assertEquals("text_completion", c.get("object").asText());
        assertEquals(5, c.at("/usage/completion_tokens").asInt());
        assertEquals("length", c.at("/choices/0/finish_reason").asText());
        HttpResponse<String> streamed = call(s, "POST", "/v1/completions",
                "{\"prompt\":\"Once upon a time\",\"max_tokens\":5,\"temperature\":0,\"stream\":true}", KEY);
        StringBuilder text = new StringBuilder();
        for (String event : streamed.body().split("\n\n")) {
            if (event.startsWith("data: {")) text.append(JSON.readTree(event.substring(6)).at("/choices/0/text").asText());
        }
        assertTrue(streamed.body().endsWith("data: [DONE]\n\n"));
        assertEquals(c.at("/choices/0/text").asText(), text.toString());

        JsonNode rr = json(call(s, "POST", "/v1/rerank", "{\"query\":\"what is a cat\",\"documents\":[\"a cat is an animal\",\"paris\",\"bread\"],\"top_n\":2}", KEY));
        assertEquals(2, rr.get("results").size());
        assertTrue(rr.at("/results/0/relevance_score").asDouble() >= rr.at("/results/1/relevance_score").asDouble());
        assertNull(rr.at("/results/0/document").isMissingNode() ? null : rr.at("/results/0/document"));

        String metrics = call(s, "GET", "/metrics", null, KEY).body();
        assertTrue(metrics.contains("llamaffm_requests_total{endpoint=\"completions\",status=\"200\"}"), metrics);
        assertTrue(metrics.contains("# TYPE llamaffm_slots_busy gauge"), metrics);
        assertTrue(TestServers.metric(s, "llamaffm_generated_tokens_total") >= 10);
        assertEquals(4, TestServers.metric(s, "llamaffm_slots_total"));
    }

    /**
     * {@code logit_bias} moves the greedy choice (+100 makes one token the reply, -100 bans it) and
     * {@code ignore_eos} keeps a reply going that a bias would end at once; bad biases are 400s.
     */
    @Test
    void logitBiasAndIgnoreEos() throws Exception {
        LlamaServer s = TestServers.shared();
        int word, eos;
        String piece;
        try (LlamaModel m = LlamaModel.load(TestServers.chatModel(), ModelParams.builder().vocabOnly(true).build())) {
            Vocab v = m.vocab();
            word = v.tokenize("hello", io.github.llamaffm.SpecialTokens.NONE)[0];
            piece = v.piece(word);
            eos = v.eos();
            assertTrue(v.isEndOfGeneration(eos));
        }
        JsonNode forced = json(call(s, "POST", "/v1/chat/completions", chat(",\"max_tokens\":5,\"logit_bias\":{\"" + word + "\":100}"), KEY));
        assertEquals(piece.repeat(5), forced.at("/choices/0/message/content").asText(), forced.toString());
        assertEquals("length", forced.at("/choices/0/finish_reason").asText());

        // ban the greedy first token of a raw completion (every id spelling it): another one comes
        String once = "{\"prompt\":\"Once upon\",\"max_tokens\":1,\"temperature\":0";
        String first = json(call(s, "POST", "/v1/completions", once + "}", KEY)).at("/choices/0/text").asText();
        StringBuilder ban = new StringBuilder();
        try (LlamaModel m = LlamaModel.load(TestServers.chatModel(), ModelParams.builder().vocabOnly(true).build())) {
            Vocab v = m.vocab();
            for (int t = 0; t < v.size(); t++) {
                if (v.piece(t).equals(first)) ban.append(ban.isEmpty() ? "" : ",").append('"').append(t).append("\":-100");
            }
        }
        assertFalse(ban.isEmpty(), "some token spells " + first);
        String other = json(call(s, "POST", "/v1/completions", once + ",\"logit_bias\":{" + ban + "}}", KEY)).at("/choices/0/text").asText();
        assertFalse(other.equals(first), "banned: " + first);

        String endNow = ",\"max_tokens\":4,\"logit_bias\":{\"" + eos + "\":100}";
        JsonNode ended = json(call(s, "POST", "/v1/chat/completions", chat(endNow), KEY));
        assertEquals("stop", ended.at("/choices/0/finish_reason").asText(), ended.toString());
        assertEquals(0, ended.at("/usage/completion_tokens").asInt(), ended.toString());
        JsonNode kept = json(call(s, "POST", "/v1/chat/completions", chat(endNow + ",\"ignore_eos\":true"), KEY));
        assertEquals("length", kept.at("/choices/0/finish_reason").asText(), kept.toString());
        assertEquals(4, kept.at("/usage/completion_tokens").asInt(), kept.toString());
        JsonNode completion = json(call(s, "POST", "/v1/completions",
                "{\"prompt\":\"Once\",\"max_tokens\":4,\"temperature\":0,\"ignore_eos\":true,\"logit_bias\":{\"" + eos + "\":100}}", KEY));
        assertEquals("length", completion.at("/choices/0/finish_reason").asText(), completion.toString());

        assertError(call(s, "POST", "/v1/chat/completions", chat(",\"logit_bias\":[1,2]"), KEY), 400, "logit_bias");
        assertError(call(s, "POST", "/v1/chat/completions", chat(",\"logit_bias\":{\"hello\":1}"), KEY), 400, "logit_bias");
        assertError(call(s, "POST", "/v1/chat/completions", chat(",\"logit_bias\":{\"-1\":1}"), KEY), 400, "logit_bias");
        assertError(call(s, "POST", "/v1/chat/completions", chat(",\"logit_bias\":{\"999999999\":1}"), KEY), 400, "logit_bias");
        assertError(call(s, "POST", "/v1/chat/completions", chat(",\"logit_bias\":{\"" + word + "\":101}"), KEY), 400, "logit_bias");
        assertError(call(s, "POST", "/v1/chat/completions", chat(",\"logit_bias\":{\"" + word + "\":\"1\"}"), KEY), 400, "logit_bias");
        assertError(call(s, "POST", "/v1/chat/completions", chat(",\"ignore_eos\":1"), KEY), 400, "ignore_eos");
    }
}
