package io.github.llamaffm.server;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.ToolChoice;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiEmbeddingModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.langchain4j.model.output.FinishReason;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** LangChain4j's OpenAI module ({@code langchain4j-open-ai}) against the server over loopback. */
class LangChain4jOpenAiTest {
    private static LlamaServer server;
    private static String url;

    @BeforeAll
    static void start() {
        server = TestServers.shared();
        url = server.baseUrl() + "/v1";
    }

    private static OpenAiChatModel.OpenAiChatModelBuilder chatModel() {
        return OpenAiChatModel.builder().baseUrl(url).apiKey(TestServers.KEY).modelName("tiny-chat").temperature(0.0)
                .maxRetries(0).timeout(Duration.ofSeconds(60));
    }

    private static ChatRequest.Builder ask(String text) {
        return ChatRequest.builder().messages(SystemMessage.from("Be brief."), UserMessage.from(text));
    }

    @Test
    void chatAndStreamingAgree() throws Exception {
        ChatResponse whole = chatModel().maxTokens(16).build().chat(ask("Name a colour.").build());
        String text = whole.aiMessage().text();
        assertFalse(text.isEmpty());
        assertEquals(FinishReason.LENGTH, whole.finishReason());
        assertEquals(16, whole.tokenUsage().outputTokenCount());

        OpenAiStreamingChatModel streaming = OpenAiStreamingChatModel.builder().baseUrl(url).apiKey(TestServers.KEY).modelName("tiny-chat")
                .temperature(0.0).maxTokens(16).timeout(Duration.ofSeconds(60)).build();
        StringBuilder parts = new StringBuilder();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        streaming.chat(ask("Name a colour.").build(), new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String partial) {
                parts.append(partial);
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                done.complete(response);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });
        ChatResponse streamed = done.get(60, TimeUnit.SECONDS);
        assertEquals(text, parts.toString());
        assertEquals(text, streamed.aiMessage().text());
        assertEquals(16, streamed.tokenUsage().outputTokenCount(), "usage from the stream's last chunk");
    }

    @Test
    void jsonSchemaOutputFitsTheSchema() {
        JsonSchema schema = JsonSchema.builder().name("answer").rootElement(JsonObjectSchema.builder()
                .addEnumProperty("answer", List.of("yes", "no")).addBooleanProperty("sure")
                .required("answer", "sure").additionalProperties(false).build()).build();
        ChatResponse r = chatModel().maxTokens(60).strictJsonSchema(true).build().chat(ask("Is the sky blue? Answer in JSON.")
                .responseFormat(ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(schema).build()).build());
        Schemas.assertValid(Schemas.ANSWER, r.aiMessage().text());
    }

    @Test
    void aForcedToolCallFitsTheToolsSchema() {
        ToolSpecification weather = ToolSpecification.builder().name("get_weather").description("Current weather in a city.")
                // bounded: a random-weight model writes an unbounded string until max_tokens
                .parameters(JsonObjectSchema.builder().addEnumProperty("city", List.of("Paris", "Rome")).addEnumProperty("unit", List.of("C", "F"))
                        .required("city", "unit").additionalProperties(false).build()).build();
        // one call: with parallel calls allowed, a random-weight model calls again until max_tokens
        ChatResponse r = chatModel().maxTokens(200).parallelToolCalls(false).build().chat(ask("Weather in Paris?").toolSpecifications(weather)
                .toolChoice(ToolChoice.REQUIRED).build());
        List<ToolExecutionRequest> calls = r.aiMessage().toolExecutionRequests();
        assertFalse(calls.isEmpty(), r.toString());
        assertEquals("get_weather", calls.get(0).name());
        assertFalse(calls.get(0).id().isEmpty());
        Schemas.assertValid("{\"type\":\"object\",\"properties\":{\"city\":{\"enum\":[\"Paris\",\"Rome\"]},\"unit\":{\"enum\":[\"C\",\"F\"]}},"
                + "\"required\":[\"city\",\"unit\"],\"additionalProperties\":false}", calls.get(0).arguments());
        assertEquals(FinishReason.TOOL_EXECUTION, r.finishReason());
    }

    @Test
    void embeddings() {
        OpenAiEmbeddingModel model = OpenAiEmbeddingModel.builder().baseUrl(url).apiKey(TestServers.KEY).modelName("tiny-chat")
                .maxRetries(0).build();
        List<Embedding> e = model.embedAll(List.of(TextSegment.from("a cat"), TextSegment.from("a dog"))).content();
        assertEquals(2, e.size());
        assertEquals(64, e.get(0).dimension());
        assertEquals(1.0, e.get(0).vector().length == 64 ? norm(e.get(0).vector()) : 0, 1e-3);
        assertEquals(64, model.dimension());
    }

    private static double norm(float[] v) {
        double n = 0;
        for (float f : v) n += f * f;
        return n;
    }

    @Test
    void errorsComeAsLangChain4jsExceptions() {
        assertThrows(AuthenticationException.class, () -> chatModel().apiKey("sk-wrong").build().chat("hi"));
        assertThrows(ModelNotFoundException.class, () -> chatModel().modelName("gpt-unknown").build().chat("hi"));
        assertThrows(InvalidRequestException.class, () -> chatModel().maxTokens(-5).build().chat("hi"));
    }
}
