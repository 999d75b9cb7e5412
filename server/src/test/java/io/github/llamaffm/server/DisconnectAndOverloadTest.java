package io.github.llamaffm.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.langchain4j.model.openai.OpenAiChatModel;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static io.github.llamaffm.server.TestServers.awaitIdle;
import static io.github.llamaffm.server.TestServers.call;
import static io.github.llamaffm.server.TestServers.metric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One slot, no queue: a second request is refused with 503 while the first streams; the first
 * client hangs up and its slot is free again at once; a request over the time limit gets 504.
 */
class DisconnectAndOverloadTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    // a long greedy reply: 8000 tokens of context for the one slot, so it outlasts the checks
    private static final String LONG = "{\"messages\":[{\"role\":\"user\",\"content\":\"Tell a long story\"}],\"temperature\":0,"
            + "\"max_tokens\":8000,\"stream\":true}";

    @Test
    void aFullServerSays503AndAClientThatHangsUpFreesItsSlotAtOnce() throws Exception {
        try (LlamaServer s = TestServers.start("--parallel", "1", "--queue", "0", "--ctx-size", "8192", "--max-tokens", "8000",
                "--alias", "tiny-chat")) {
            RawSse first = new RawSse(s, "/v1/chat/completions", LONG, null);
            first.awaitEvents(3);
            assertEquals(1, metric(s, "llamaffm_slots_busy"));

            HttpResponse<String> busy = call(s, "POST", "/v1/chat/completions", "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", null);
            assertEquals(503, busy.statusCode(), busy.body());
            assertEquals("1", busy.headers().firstValue("Retry-After").orElse(null));
            assertEquals("overloaded", JSON.readTree(busy.body()).at("/error/code").asText());

            // the real clients see the 503 as their own error type
            OpenAIClient openai = OpenAIOkHttpClient.builder().baseUrl(s.baseUrl() + "/v1").apiKey("none").maxRetries(0).build();
            OpenAIServiceException e = assertThrows(OpenAIServiceException.class, () -> openai.chat().completions().create(
                    ChatCompletionCreateParams.builder().model("tiny-chat").addUserMessage("hi").build()));
            assertEquals(503, e.statusCode());
            OpenAiChatModel lc = OpenAiChatModel.builder().baseUrl(s.baseUrl() + "/v1").apiKey("none").modelName("tiny-chat").maxRetries(0).build();
            RuntimeException lcError = assertThrows(RuntimeException.class, () -> lc.chat("hi"));
            assertTrue(String.valueOf(lcError.getMessage()).contains("busy"), lcError.toString());

            long hungUp = System.nanoTime();
            first.close();
            awaitIdle(s, 5);
            double seconds = (System.nanoTime() - hungUp) / 1e9;
            assertTrue(seconds < 2, "the slot was free again only after " + seconds + " s");
            assertEquals(1, metric(s, "llamaffm_client_disconnects_total"));

            HttpResponse<String> after = call(s, "POST", "/v1/chat/completions",
                    "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"max_tokens\":4}", null);
            assertEquals(200, after.statusCode(), after.body());
        }
    }

    @Test
    void aRequestOverTheTimeLimitIsCancelledWith504() throws Exception {
        try (LlamaServer s = TestServers.start("--parallel", "1", "--ctx-size", "8192", "--max-tokens", "8000", "--timeout", "1")) {
            long start = System.nanoTime();
            HttpResponse<String> r = call(s, "POST", "/v1/chat/completions", LONG.replace("\"stream\":true", "\"stream\":false"), null);
            assertEquals(504, r.statusCode(), r.body());
            assertEquals("timeout", JSON.readTree(r.body()).at("/error/code").asText());
            assertTrue((System.nanoTime() - start) / 1e9 < 5);
            awaitIdle(s, 5);
            // streaming: the stream ends with an error event instead of [DONE]
            HttpResponse<String> st = call(s, "POST", "/v1/chat/completions", LONG, null);
            assertEquals(200, st.statusCode());
            assertTrue(st.body().contains("\"code\":\"timeout\"") && !st.body().contains("[DONE]"), st.body().substring(Math.max(0, st.body().length() - 300)));
            awaitIdle(s, 5);
            assertEquals(2, metric(s, "llamaffm_timeouts_total"));
        }
    }
}
