package io.github.llamaffm.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.llamaffm.ContextParams;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.Sampler;
import io.github.llamaffm.SpecialTokens;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static io.github.llamaffm.server.TestServers.awaitIdle;
import static io.github.llamaffm.server.TestServers.call;
import static io.github.llamaffm.server.TestServers.metric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /v1/completions} runs on the chat engine's own sequences: it takes the one slot a chat
 * would take (and chat then gets 503), a client that hangs up frees it at once, the text is the
 * model's plain continuation (as the core API writes it), and usage counts the whole prompt even
 * when the engine reused a sequence's kept tokens for it.
 */
class CompletionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void completionsShareTheChatSlots() throws Exception {
        try (LlamaServer s = TestServers.start("--parallel", "1", "--queue", "0", "--ctx-size", "8192", "--max-tokens", "8000",
                "--max-prompt-tokens", "64", "--alias", "tiny-chat")) {
            // sampled (not greedy) so that it runs on for certain
            RawSse stream = new RawSse(s, "/v1/completions", "{\"prompt\":\"Once upon a time\",\"max_tokens\":8000,\"temperature\":1,"
                    + "\"seed\":7,\"stream\":true}", null);
            stream.awaitEvents(3);
            assertEquals(1, metric(s, "llamaffm_slots_busy"), "the completion holds the engine's one sequence");
            HttpResponse<String> chat = call(s, "POST", "/v1/chat/completions", "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", null);
            assertEquals(503, chat.statusCode(), chat.body());
            HttpResponse<String> another = call(s, "POST", "/v1/completions", "{\"prompt\":\"hi\"}", null);
            assertEquals(503, another.statusCode(), another.body());

            long hungUp = System.nanoTime();
            stream.close();
            awaitIdle(s, 5);
            double seconds = (System.nanoTime() - hungUp) / 1e9;
            assertTrue(seconds < 2, "the slot was free again only after " + seconds + " s");
            assertEquals(1, metric(s, "llamaffm_client_disconnects_total"));

            // over --max-prompt-tokens, or nothing at all: 400 naming the prompt, before anything is queued
            HttpResponse<String> tooLong = call(s, "POST", "/v1/completions", "{\"prompt\":\"" + "word ".repeat(100) + "\"}", null);
            assertEquals(400, tooLong.statusCode(), tooLong.body());
            assertEquals("context_length_exceeded", JSON.readTree(tooLong.body()).at("/error/code").asText());
            assertEquals("prompt", JSON.readTree(tooLong.body()).at("/error/param").asText());
            HttpResponse<String> empty = call(s, "POST", "/v1/completions", "{\"prompt\":\"\"}", null);
            assertEquals(400, empty.statusCode(), empty.body());
            assertEquals("prompt", JSON.readTree(empty.body()).at("/error/param").asText());

            // the plain continuation, special-token text included as text; the same twice (the second time the
            // sequence still holds the prompt), and usage counts the whole prompt both times
            String prompt = "Once upon a time <|im_end|> there";
            String body = "{\"prompt\":\"" + prompt + "\",\"max_tokens\":8,\"temperature\":0}";
            JsonNode first = JSON.readTree(call(s, "POST", "/v1/completions", body, null).body());
            JsonNode again = JSON.readTree(call(s, "POST", "/v1/completions", body, null).body());
            try (LlamaModel model = LlamaModel.load(TestServers.chatModel());
                 LlamaContext ctx = model.newContext(ContextParams.builder().contextSize(256).threads(1).build())) {
                int tokens = model.vocab().tokenize(prompt, SpecialTokens.ADD).length;
                String expected = ctx.complete(prompt, GenerateParams.builder().maxTokens(8).sampler(Sampler.greedy()).parseSpecial(false).build());
                for (JsonNode c : new JsonNode[]{first, again}) {
                    assertEquals(expected, c.at("/choices/0/text").asText(), c.toString());
                    assertEquals(tokens, c.at("/usage/prompt_tokens").asInt(), c.toString());
                    assertEquals(8, c.at("/usage/completion_tokens").asInt(), c.toString());
                }
            }
        }
    }
}
