package io.github.llamaffm.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static io.github.llamaffm.server.TestServers.KEY;
import static io.github.llamaffm.server.TestServers.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * OpenAI's {@code logprobs}: chat's {@code logprobs.content} and the completions' parallel arrays,
 * streamed and not. Greedy replies make it checkable: the chosen token is the first alternative,
 * with the same value; streaming carries exactly what the whole answer does.
 */
class LogprobsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode post(String path, String body) throws Exception {
        HttpResponse<String> r = call(TestServers.shared(), "POST", path, body, KEY);
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    /** The data events of a streamed answer, [DONE] left out. */
    private static List<JsonNode> events(String path, String body) throws Exception {
        HttpResponse<String> r = call(TestServers.shared(), "POST", path, body, KEY);
        assertEquals(200, r.statusCode(), r.body());
        List<JsonNode> out = new ArrayList<>();
        for (String e : r.body().split("\n\n")) {
            if (e.startsWith("data: ") && !e.equals("data: [DONE]")) out.add(JSON.readTree(e.substring(6)));
        }
        return out;
    }

    /** Same tokens, log-probabilities equal but for float rounding. */
    private static final double TOLERANCE = 1e-4;

    private static void assertSameEntry(JsonNode a, JsonNode b) {
        assertEquals(a.get("token"), b.get("token"), b.toString());
        assertEquals(a.get("bytes"), b.get("bytes"), b.toString());
        assertEquals(a.get("logprob").asDouble(), b.get("logprob").asDouble(), TOLERANCE, b.toString());
        assertEquals(a.get("top_logprobs").size(), b.get("top_logprobs").size(), b.toString());
        for (int i = 0; i < a.get("top_logprobs").size(); i++) {
            assertEquals(a.get("top_logprobs").get(i).get("token"), b.get("top_logprobs").get(i).get("token"), b.toString());
            assertEquals(a.get("top_logprobs").get(i).get("logprob").asDouble(), b.get("top_logprobs").get(i).get("logprob").asDouble(),
                    TOLERANCE, b.toString());
        }
    }

    private static final String CHAT = "{\"messages\":[{\"role\":\"user\",\"content\":\"Tell me a story\"}],\"temperature\":0,"
            + "\"max_tokens\":8,\"logprobs\":true,\"top_logprobs\":3";

    @Test
    void chatTokensCarryTheirLogprobAndAlternatives() throws Exception {
        JsonNode r = post("/v1/chat/completions", CHAT + "}");
        JsonNode content = r.at("/choices/0/logprobs/content");
        assertEquals(r.at("/usage/completion_tokens").asInt(), content.size(), r.toString());
        StringBuilder raw = new StringBuilder();
        for (JsonNode t : content) {
            double lp = t.get("logprob").asDouble();
            assertTrue(lp <= 0 && Double.isFinite(lp), t.toString());
            JsonNode top = t.get("top_logprobs");
            assertEquals(3, top.size(), t.toString());
            // greedy: the chosen token is the most likely one
            assertEquals(top.get(0).get("token").asText(), t.get("token").asText(), t.toString());
            assertEquals(top.get(0).get("logprob").asDouble(), lp, 0, t.toString());
            double mass = 0;
            for (int i = 0; i < top.size(); i++) {
                if (i > 0) assertTrue(top.get(i).get("logprob").asDouble() <= top.get(i - 1).get("logprob").asDouble(), top.toString());
                mass += Math.exp(top.get(i).get("logprob").asDouble());
            }
            assertTrue(mass <= 1 + 1e-6, "probabilities of the alternatives: " + mass);
            byte[] bytes = new byte[t.get("bytes").size()];
            for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) t.get("bytes").get(i).asInt();
            assertEquals(t.get("token").asText(), new String(bytes, StandardCharsets.UTF_8), t.toString());
            raw.append(t.get("token").asText());
        }
        String answer = r.at("/choices/0/message/content").asText();
        assertTrue(raw.toString().contains(answer.strip()), "tokens " + raw + " spell the answer " + answer);

        // streamed: the same entries, spread over the chunks
        List<JsonNode> streamed = new ArrayList<>();
        for (JsonNode e : events("/v1/chat/completions", CHAT + ",\"stream\":true}")) {
            JsonNode lp = e.at("/choices/0/logprobs/content");
            if (!lp.isMissingNode()) lp.forEach(streamed::add);
        }
        // (to a tolerance: the second request decodes its prompt from the kept KV memory, in other
        // batch shapes, which moves logits in the last float digits)
        assertEquals(content.size(), streamed.size());
        for (int i = 0; i < streamed.size(); i++) assertSameEntry(content.get(i), streamed.get(i));

        // without top_logprobs: values, no alternatives; without logprobs: null
        JsonNode plain = post("/v1/chat/completions", CHAT.replace(",\"top_logprobs\":3", "") + "}");
        assertEquals(0, plain.at("/choices/0/logprobs/content/0/top_logprobs").size(), plain.toString());
        assertEquals(content.get(0).get("logprob").asDouble(), plain.at("/choices/0/logprobs/content/0/logprob").asDouble(), TOLERANCE);
        assertTrue(post("/v1/chat/completions", CHAT.replace(",\"logprobs\":true,\"top_logprobs\":3", "") + "}")
                .at("/choices/0/logprobs").isNull());
    }

    @Test
    void completionsCarryTheParallelArrays() throws Exception {
        String body = "{\"prompt\":\"Once upon a time\",\"temperature\":0,\"max_tokens\":6,\"logprobs\":2";
        JsonNode r = post("/v1/completions", body + "}");
        JsonNode lp = r.at("/choices/0/logprobs");
        int n = r.at("/usage/completion_tokens").asInt();
        assertEquals(n, lp.get("tokens").size(), r.toString());
        assertEquals(n, lp.get("token_logprobs").size());
        assertEquals(n, lp.get("top_logprobs").size());
        assertEquals(n, lp.get("text_offset").size());
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            JsonNode top = lp.get("top_logprobs").get(i);
            assertTrue(top.size() >= 1 && top.size() <= 2, top.toString()); // two alternatives (one if both spell the same)
            double best = Double.NEGATIVE_INFINITY;
            for (var e : top.properties()) best = Math.max(best, e.getValue().asDouble());
            assertEquals(best, lp.get("token_logprobs").get(i).asDouble(), 0, "greedy picks the best: " + top);
            if (i > 0) assertTrue(lp.get("text_offset").get(i).asInt() >= lp.get("text_offset").get(i - 1).asInt());
            text.append(lp.get("tokens").get(i).asText());
        }
        assertEquals(r.at("/choices/0/text").asText(), text.toString());

        List<Double> streamed = new ArrayList<>();
        for (JsonNode e : events("/v1/completions", body + ",\"stream\":true}")) {
            JsonNode values = e.at("/choices/0/logprobs/token_logprobs");
            if (!values.isMissingNode()) values.forEach(v -> streamed.add(v.asDouble()));
        }
        assertEquals(n, streamed.size());
        for (int i = 0; i < n; i++) assertEquals(lp.get("token_logprobs").get(i).asDouble(), streamed.get(i), TOLERANCE);
    }

    @Test
    void badLogprobRequestsAre400() throws Exception {
        LlamaServer s = TestServers.shared();
        String chat = "{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}],\"max_tokens\":2";
        for (String[] c : new String[][] {{chat + ",\"logprobs\":true,\"top_logprobs\":21}", "top_logprobs"},
                {chat + ",\"top_logprobs\":2}", "top_logprobs"}, {chat + ",\"logprobs\":1}", "logprobs"},
                {"{\"prompt\":\"Hi\",\"logprobs\":6}", "logprobs"}, {"{\"prompt\":\"Hi\",\"logprobs\":true}", "logprobs"}}) {
            String path = c[0].contains("messages") ? "/v1/chat/completions" : "/v1/completions";
            HttpResponse<String> r = call(s, "POST", path, c[0], KEY);
            assertEquals(400, r.statusCode(), c[0] + " -> " + r.body());
            assertEquals(c[1], JSON.readTree(r.body()).at("/error/param").asText(), r.body());
        }
    }
}
