package io.github.llamaffm.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.github.llamaffm.server.TestServers.call;
import static io.github.llamaffm.server.TestServers.metric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Speculative decoding in the server ({@code --lookup N}, {@code --draft-model FILE}): greedy
 * replies and completions, sent several at once, are the same text as a server without it, and
 * {@code /metrics} counts the proposed and accepted tokens.
 */
class SpeculativeServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> QUESTIONS = List.of("Hello", "Repeat: red green blue, red green blue, red green blue",
            "Write a list of numbers", "Why is the sky blue?", "Say something about cats");
    private static LlamaServer plain, lookup, draft;

    @BeforeAll
    static void start() {
        String[] common = {"--parallel", "2", "--ctx-size", "1024", "--max-tokens", "48"};
        plain = TestServers.start(common);
        lookup = TestServers.start(with(common, "--lookup", "6"));
        // the chat model as its own draft: it always agrees
        draft = TestServers.start(with(common, "--draft-model", TestServers.chatModel().toString(), "--draft-max", "4"));
    }

    @AfterAll
    static void stop() {
        for (LlamaServer s : new LlamaServer[]{plain, lookup, draft}) if (s != null) s.close();
    }

    private static String[] with(String[] common, String... more) {
        List<String> all = new ArrayList<>(List.of(common));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private static String chatBody(String question, boolean stream) {
        return JSON.createObjectNode().put("temperature", 0).put("max_tokens", 40).put("stream", stream)
                .set("messages", JSON.createArrayNode().add(JSON.createObjectNode().put("role", "user").put("content", question)))
                .toString();
    }

    private static String completionBody(String prompt) {
        return JSON.createObjectNode().put("temperature", 0).put("max_tokens", 40).put("prompt", prompt).toString();
    }

    /** Every chat reply (whole and streamed) and completion of a server, sent all at once. */
    private static List<String> answers(LlamaServer s) throws Exception {
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<String>> futures = new ArrayList<>();
            for (String q : QUESTIONS) {
                futures.add(pool.submit(() -> content(call(s, "POST", "/v1/chat/completions", chatBody(q, false), null))));
                futures.add(pool.submit(() -> streamed(call(s, "POST", "/v1/chat/completions", chatBody(q, true), null))));
                futures.add(pool.submit(() -> text(call(s, "POST", "/v1/completions", completionBody(q + "\n" + q), null))));
            }
            List<String> out = new ArrayList<>();
            for (Future<String> f : futures) out.add(f.get());
            return out;
        }
    }

    private static JsonNode ok(HttpResponse<String> r) throws Exception {
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private static String content(HttpResponse<String> r) throws Exception {
        JsonNode c = ok(r).get("choices").get(0);
        return c.get("message").get("content").asText() + " | " + c.get("finish_reason").asText();
    }

    private static String text(HttpResponse<String> r) throws Exception {
        JsonNode c = ok(r).get("choices").get(0);
        return c.get("text").asText() + " | " + c.get("finish_reason").asText();
    }

    private static String streamed(HttpResponse<String> r) throws Exception {
        assertEquals(200, r.statusCode(), r.body());
        StringBuilder b = new StringBuilder();
        String finish = null;
        for (String event : r.body().split("\n\n")) {
            if (!event.startsWith("data: ") || event.equals("data: [DONE]")) continue;
            JsonNode choices = JSON.readTree(event.substring(6)).get("choices");
            if (choices == null || choices.isEmpty()) continue;
            JsonNode delta = choices.get(0).get("delta");
            if (delta != null && delta.hasNonNull("content")) b.append(delta.get("content").asText());
            if (choices.get(0).hasNonNull("finish_reason")) finish = choices.get(0).get("finish_reason").asText();
        }
        return b + " | " + finish;
    }

    @Test
    void greedyAnswersAreTheSameWithAndWithoutSpeculation() throws Exception {
        List<String> expected = answers(plain);
        assertTrue(expected.stream().filter(a -> a.length() > 20).count() >= QUESTIONS.size(), "answers with text: " + expected);
        assertEquals(expected, answers(lookup), "--lookup 6");
        assertEquals(expected, answers(draft), "--draft-model (the same model)");

        assertEquals(0, metric(plain, "llamaffm_speculative_drafted_tokens_total"));
        double drafted = metric(lookup, "llamaffm_speculative_drafted_tokens_total");
        double accepted = metric(lookup, "llamaffm_speculative_accepted_tokens_total");
        assertTrue(drafted > 0 && accepted <= drafted && metric(lookup, "llamaffm_speculative_steps_total") > 0,
                "lookup: drafted " + drafted + ", accepted " + accepted);
        drafted = metric(draft, "llamaffm_speculative_drafted_tokens_total");
        accepted = metric(draft, "llamaffm_speculative_accepted_tokens_total");
        assertTrue(drafted > 0 && accepted == drafted, "the same model as draft agrees always: drafted " + drafted + ", accepted " + accepted);
        TestServers.awaitIdle(draft, 5);
    }
}
