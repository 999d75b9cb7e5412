package io.github.llamaffm.server;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.core.http.StreamResponse;
import com.openai.errors.BadRequestException;
import com.openai.errors.NotFoundException;
import com.openai.errors.UnauthorizedException;
import com.openai.models.FunctionDefinition;
import com.openai.models.FunctionParameters;
import com.openai.models.ResponseFormatJsonSchema;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionMessageToolCall;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import com.openai.models.chat.completions.ChatCompletionToolChoiceOption;
import com.openai.models.embeddings.CreateEmbeddingResponse;
import com.openai.models.embeddings.EmbeddingCreateParams;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** OpenAI's official Java SDK ({@code com.openai:openai-java}) against the server over loopback. */
class OpenAiSdkTest {
    private static LlamaServer server;
    private static OpenAIClient client;

    @BeforeAll
    static void start() {
        server = TestServers.shared();
        client = OpenAIOkHttpClient.builder().baseUrl(server.baseUrl() + "/v1").apiKey(TestServers.KEY).maxRetries(0).build();
    }

    private static ChatCompletionCreateParams.Builder ask(String text) {
        return ChatCompletionCreateParams.builder().model("tiny-chat").addSystemMessage("Be brief.").addUserMessage(text)
                .temperature(0.0).maxCompletionTokens(16);
    }

    @Test
    void chatAndStreamingAgree() {
        ChatCompletion c = client.chat().completions().create(ask("What is two plus two?").build());
        String text = c.choices().get(0).message().content().orElseThrow();
        assertFalse(text.isEmpty());
        assertEquals(16, c.usage().orElseThrow().completionTokens());
        assertEquals(ChatCompletion.Choice.FinishReason.LENGTH, c.choices().get(0).finishReason());

        StringBuilder streamed = new StringBuilder();
        long usage = -1;
        try (StreamResponse<ChatCompletionChunk> s = client.chat().completions().createStreaming(
                ask("What is two plus two?").streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build()).build())) {
            for (ChatCompletionChunk chunk : (Iterable<ChatCompletionChunk>) s.stream()::iterator) {
                for (ChatCompletionChunk.Choice ch : chunk.choices()) ch.delta().content().ifPresent(streamed::append);
                if (chunk.usage().isPresent()) usage = chunk.usage().get().completionTokens();
            }
        }
        assertEquals(text, streamed.toString(), "greedy: streamed and whole replies are the same");
        assertEquals(16, usage);
    }

    @Test
    void logprobsAreReadByTheSdk() {
        ChatCompletion c = client.chat().completions().create(ask("What is two plus two?").logprobs(true).topLogprobs(2L).build());
        var content = c.choices().get(0).logprobs().orElseThrow().content().orElseThrow();
        assertEquals(16, content.size());
        for (var t : content) {
            assertEquals(2, t.topLogprobs().size());
            assertEquals(t.topLogprobs().get(0).logprob(), t.logprob(), 0, "greedy: the chosen token is the likeliest");
            assertTrue(t.logprob() <= 0);
        }
    }

    @Test
    void jsonSchemaOutputFitsTheSchema() {
        ResponseFormatJsonSchema.JsonSchema.Schema.Builder schema = ResponseFormatJsonSchema.JsonSchema.Schema.builder();
        Schemas.node(Schemas.ANSWER).fields().forEachRemaining(f -> schema.putAdditionalProperty(f.getKey(), JsonValue.fromJsonNode(f.getValue())));
        ChatCompletion c = client.chat().completions().create(ask("Is the sky blue? Answer in JSON.").maxCompletionTokens(60)
                .responseFormat(ResponseFormatJsonSchema.builder().jsonSchema(ResponseFormatJsonSchema.JsonSchema.builder()
                        .name("answer").schema(schema.build()).strict(true).build()).build()).build());
        Schemas.assertValid(Schemas.ANSWER, c.choices().get(0).message().content().orElseThrow());
    }

    @Test
    void aForcedToolCallFitsTheToolsSchema() {
        FunctionParameters.Builder params = FunctionParameters.builder();
        Schemas.node(Schemas.WEATHER).fields().forEachRemaining(f -> params.putAdditionalProperty(f.getKey(), JsonValue.fromJsonNode(f.getValue())));
        ChatCompletionCreateParams request = ask("Weather in Paris?").maxCompletionTokens(200)
                .addFunctionTool(FunctionDefinition.builder().name("get_weather").description("Current weather in a city.")
                        .parameters(params.build()).build())
                // one call: with parallel calls allowed, a random-weight model calls again until max_tokens
                .toolChoice(ChatCompletionToolChoiceOption.Auto.REQUIRED).parallelToolCalls(false).build();
        ChatCompletion c = client.chat().completions().create(request);
        ChatCompletion.Choice choice = c.choices().get(0);
        assertEquals(ChatCompletion.Choice.FinishReason.TOOL_CALLS, choice.finishReason());
        List<ChatCompletionMessageToolCall> calls = choice.message().toolCalls().orElseThrow();
        assertFalse(calls.isEmpty());
        var fn = calls.get(0).asFunction();
        assertEquals("get_weather", fn.function().name());
        assertFalse(fn.id().isEmpty());
        Schemas.assertValid(Schemas.WEATHER, fn.function().arguments());

        // streamed: the call comes as one tool_calls delta, the same greedy call
        String name = null, arguments = null, finish = null;
        try (StreamResponse<ChatCompletionChunk> s = client.chat().completions().createStreaming(request)) {
            for (ChatCompletionChunk chunk : (Iterable<ChatCompletionChunk>) s.stream()::iterator) {
                for (ChatCompletionChunk.Choice ch : chunk.choices()) {
                    for (ChatCompletionChunk.Choice.Delta.ToolCall t : ch.delta().toolCalls().orElse(List.of())) {
                        assertEquals(0, t.index());
                        assertFalse(t.id().orElseThrow().isEmpty());
                        name = t.function().orElseThrow().name().orElseThrow();
                        arguments = t.function().orElseThrow().arguments().orElseThrow();
                    }
                    if (ch.finishReason().isPresent()) finish = ch.finishReason().get().asString();
                }
            }
        }
        assertEquals("get_weather", name);
        assertEquals(fn.function().arguments(), arguments);
        assertEquals("tool_calls", finish);
    }

    @Test
    void embeddings() {
        CreateEmbeddingResponse r = client.embeddings().create(EmbeddingCreateParams.builder().model("tiny-chat")
                .inputOfArrayOfStrings(List.of("a cat", "a dog", "a cat")).build());
        assertEquals(3, r.data().size());
        List<Float> a = r.data().get(0).embedding(), c = r.data().get(2).embedding();
        assertEquals(64, a.size());
        double norm = 0;
        for (float f : a) norm += f * f;
        assertEquals(1.0, norm, 1e-3, "unit length");
        assertEquals(a, c, "the same text, the same vector");
        assertTrue(r.usage().promptTokens() > 0);
    }

    @Test
    void errorsComeAsTheSdksExceptions() {
        OpenAIClient wrongKey = OpenAIOkHttpClient.builder().baseUrl(server.baseUrl() + "/v1").apiKey("sk-wrong").maxRetries(0).build();
        UnauthorizedException u = assertThrows(UnauthorizedException.class, () -> wrongKey.chat().completions().create(ask("hi").build()));
        assertEquals(401, u.statusCode());
        NotFoundException nf = assertThrows(NotFoundException.class,
                () -> client.chat().completions().create(ask("hi").model("gpt-unknown").build()));
        assertTrue(nf.getMessage().contains("gpt-unknown"), nf.getMessage());
        BadRequestException bad = assertThrows(BadRequestException.class,
                () -> client.chat().completions().create(ask("hi").temperature(7.0).build()));
        assertEquals(400, bad.statusCode());
    }
}
