package io.github.llamaffm.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletionChunk;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.github.llamaffm.server.TestServers.awaitIdle;
import static io.github.llamaffm.server.TestServers.call;
import static io.github.llamaffm.server.TestServers.metric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void queuedStreamsGetKeepAlivesThatRealClientsIgnore() throws Exception {
        try (LlamaServer s = TestServers.start("--parallel", "1", "--queue", "3", "--ctx-size", "8192", "--max-tokens", "8000",
                "--alias", "tiny-chat")) {
            RawSse first = new RawSse(s, "/v1/chat/completions", LONG, null);
            first.awaitEvents(3);
            OpenAiStreamingChatModel lc = OpenAiStreamingChatModel.builder().baseUrl(s.baseUrl() + "/v1").apiKey("none")
                    .modelName("tiny-chat").temperature(0.0).maxTokens(8).timeout(Duration.ofSeconds(60)).build();
            CompletableFuture<ChatResponse> lcDone = new CompletableFuture<>();
            StringBuilder lcText = new StringBuilder();
            lc.chat("hi", new StreamingChatResponseHandler() {
                @Override
                public void onPartialResponse(String partial) {
                    lcText.append(partial);
                }

                @Override
                public void onCompleteResponse(ChatResponse response) {
                    lcDone.complete(response);
                }

                @Override
                public void onError(Throwable error) {
                    lcDone.completeExceptionally(error);
                }
            });
            OpenAIClient openai = OpenAIOkHttpClient.builder().baseUrl(s.baseUrl() + "/v1").apiKey("none").maxRetries(0).build();
            CompletableFuture<String> sdkDone = CompletableFuture.supplyAsync(() -> {
                StringBuilder text = new StringBuilder();
                try (StreamResponse<ChatCompletionChunk> st = openai.chat().completions().createStreaming(ChatCompletionCreateParams.builder()
                        .model("tiny-chat").addUserMessage("hi").temperature(0.0).maxCompletionTokens(8).build())) {
                    st.stream().forEach(c -> c.choices().forEach(ch -> ch.delta().content().ifPresent(text::append)));
                }
                return text.toString();
            });
            try (RawSse queued = new RawSse(s, "/v1/chat/completions", LONG.replace("8000", "4"), null)) {
                // what the two clients get while they wait in the queue, seen on the wire
                assertTrue(queued.awaitText(": keep-alive\n\n").contains("data: "));
            }
            assertTrue(metric(s, "llamaffm_queue_length") >= 2);
            first.close();
            ChatResponse r = lcDone.get(60, TimeUnit.SECONDS);
            assertEquals(lcText.toString(), r.aiMessage().text());
            assertFalse(r.aiMessage().text().isEmpty());
            assertEquals(r.aiMessage().text(), sdkDone.get(60, TimeUnit.SECONDS), "greedy: the same reply");
            awaitIdle(s, 5);
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
