package io.github.llamaffm.langchain4j;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.UnsupportedFeatureException;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.ToolChoice;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import io.github.llamaffm.LlamaModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The mechanics of {@link LlamaChatModel} that LangChain4j's suite checks only through a real
 * model's knowledge, on random weights: forced tool calls follow their schemas, JSON output
 * follows its schema, stop sequences cut where they occur, reasoning is returned, parameters are
 * checked before generation, one instance serves many threads, and close() frees only what the
 * provider owns.
 */
class LlamaChatModelTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Providers PROVIDERS = new Providers();
    private static final ToolSpecification WEATHER = ToolSpecification.builder().name("getWeather")
            .description("The weather in a city")
            // bounded values: random weights would never close a free string
            .parameters(JsonObjectSchema.builder().addEnumProperty("city", List.of("Munich", "Paris")).addBooleanProperty("celsius")
                    .required("city").build())
            .build();
    private static final ToolSpecification TIME = ToolSpecification.builder().name("getTime").build();

    @AfterAll
    static void closeModels() throws Exception {
        PROVIDERS.close();
    }

    private static LlamaChatModel model() {
        return PROVIDERS.track(PROVIDERS.chat().build());
    }

    private static ChatResponse chat(LlamaChatModel model, ChatRequestParameters parameters, dev.langchain4j.data.message.ChatMessage... messages) {
        return model.chat(ChatRequest.builder().messages(messages).parameters(parameters).build());
    }

    @Test
    void requiredToolChoiceGivesCallsThatFitTheSchema() throws Exception {
        LlamaChatModel model = model();
        UserMessage question = UserMessage.from("What is the weather in Munich?");
        // one call per reply: each grammar-constrained token costs a pass over the whole vocabulary
        ChatResponse r = chat(model, LlamaChatRequestParameters.builder().toolSpecifications(WEATHER, TIME)
                .toolChoice(ToolChoice.REQUIRED).parallelToolCalls(false).maxOutputTokens(120).build(), question);
        AiMessage ai = r.aiMessage();
        assertThat(ai.toolExecutionRequests()).isNotEmpty();
        assertThat(r.finishReason()).isEqualTo(FinishReason.TOOL_EXECUTION);
        assertThat(r.tokenUsage().inputTokenCount()).isPositive();
        assertThat(r.tokenUsage().outputTokenCount()).isPositive();
        List<String> ids = new ArrayList<>();
        for (ToolExecutionRequest call : ai.toolExecutionRequests()) {
            assertThat(call.id()).isNotBlank();
            ids.add(call.id());
            JsonNode args = JSON.readTree(call.arguments());
            assertThat(args.isObject()).as(call.arguments()).isTrue();
            if (call.name().equals("getWeather")) {
                assertThat(args.get("city").asText()).as(call.arguments()).isIn("Munich", "Paris");
                if (args.has("celsius")) assertThat(args.get("celsius").isBoolean()).isTrue();
            } else {
                assertThat(call.name()).isEqualTo("getTime");
                assertThat(args.size()).isZero();
            }
        }
        assertThat(ids).doesNotHaveDuplicates();

        // the call and its result go back to the model: a second turn runs on that history
        List<dev.langchain4j.data.message.ChatMessage> history = new ArrayList<>(List.of(question, ai));
        for (ToolExecutionRequest call : ai.toolExecutionRequests()) history.add(ToolExecutionResultMessage.from(call, "sunny, 21 C"));
        ChatResponse answer = model.chat(ChatRequest.builder().messages(history)
                .parameters(ChatRequestParameters.builder().toolSpecifications(WEATHER, TIME).toolChoice(ToolChoice.NONE)
                        .maxOutputTokens(8).build()).build());
        assertThat(answer.aiMessage().toolExecutionRequests()).isEmpty();
        assertThat(answer.tokenUsage().outputTokenCount()).isEqualTo(8);
    }

    @Test
    void aNamedToolIsTheOneCalled() throws Exception {
        ChatResponse r = chat(model(), LlamaChatRequestParameters.builder().toolSpecifications(WEATHER, TIME)
                .toolName("getWeather").parallelToolCalls(false).maxOutputTokens(120).build(), UserMessage.from("Hi"));
        assertThat(r.aiMessage().toolExecutionRequests()).hasSize(1);
        ToolExecutionRequest call = r.aiMessage().toolExecutionRequests().get(0);
        assertThat(call.name()).isEqualTo("getWeather");
        assertThat(JSON.readTree(call.arguments()).get("city").asText()).isIn("Munich", "Paris");
        assertThat(r.finishReason()).isEqualTo(FinishReason.TOOL_EXECUTION);
    }

    @Test
    void jsonSchemaResponseFormatGivesValidJson() throws Exception {
        ResponseFormat element = ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(JsonSchema.builder().name("Answer")
                .rootElement(JsonObjectSchema.builder().addIntegerProperty("year").addBooleanProperty("sure")
                        .required("year", "sure").additionalProperties(false).build()).build()).build();
        ResponseFormat raw = ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(JsonSchema.builder().name("Answer")
                .rootElement(JsonRawSchema.from("""
                        {"type":"object","properties":{"city":{"type":"string","maxLength":10}},
                         "required":["city"],"additionalProperties":false}""")).build()).build();
        LlamaChatModel model = model();
        for (ResponseFormat format : List.of(element, raw)) {
            ChatResponse r = chat(model, ChatRequestParameters.builder().responseFormat(format).maxOutputTokens(200).build(),
                    UserMessage.from("Answer in JSON"));
            JsonNode json = JSON.readTree(r.aiMessage().text());
            assertThat(r.finishReason()).as(r.aiMessage().text()).isEqualTo(FinishReason.STOP);
            if (format == element) {
                assertThat(json.get("year").isIntegralNumber()).as(r.aiMessage().text()).isTrue();
                assertThat(json.get("sure").isBoolean()).as(r.aiMessage().text()).isTrue();
                assertThat(json.size()).isEqualTo(2);
            } else {
                assertThat(json.get("city").isTextual()).as(r.aiMessage().text()).isTrue();
                assertThat(json.get("city").asText().length()).isLessThanOrEqualTo(10);
                assertThat(json.size()).isEqualTo(1);
            }
        }
        assertThat(model.supportedCapabilities()).contains(Capability.RESPONSE_FORMAT_JSON_SCHEMA);
    }

    @Test
    void stopSequencesCutTheReplyWhereTheyOccur() {
        LlamaChatModel model = model();
        UserMessage m = UserMessage.from("Write something");
        ChatResponse full = chat(model, ChatRequestParameters.builder().maxOutputTokens(24).build(), m);
        String text = full.aiMessage().text();
        assertThat(text).hasSizeGreaterThan(8);
        String stop = text.substring(text.length() / 2, text.length() / 2 + 3);
        ChatResponse cut = chat(model, ChatRequestParameters.builder().maxOutputTokens(24).stopSequences(stop).build(), m);
        assertThat(cut.aiMessage().text() == null ? "" : cut.aiMessage().text()).isEqualTo(text.substring(0, text.indexOf(stop)));
        assertThat(cut.finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(full.finishReason()).isEqualTo(FinishReason.LENGTH);
        assertThat(full.tokenUsage().outputTokenCount()).isEqualTo(24);
        assertThat(full.tokenUsage().totalTokenCount())
                .isEqualTo(full.tokenUsage().inputTokenCount() + full.tokenUsage().outputTokenCount());
    }

    @Test
    void reasoningIsReturnedAsThinking() throws Exception {
        try (LlamaChatModel model = LlamaChatModel.builder().model(TestModels.thinking()).contextSize(2048).threads(1)
                .defaultRequestParameters(Providers.defaults()).build()) {
            ChatResponse r = model.chat(ChatRequest.builder().messages(UserMessage.from("Think"))
                    .parameters(LlamaChatRequestParameters.builder().thinking(true).maxOutputTokens(12).build()).build());
            // the template opens a reasoning block that random weights never close: all of it is thinking
            assertThat(r.aiMessage().thinking()).isNotBlank();
            assertThat(r.aiMessage().text()).isNull();

            // a JSON response format turns reasoning off (the grammar holds from the first token): the JSON is the text
            ResponseFormat json = ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(JsonSchema.builder().name("A")
                    .rootElement(JsonObjectSchema.builder().addBooleanProperty("ok").required("ok").build()).build()).build();
            ChatResponse j = model.chat(ChatRequest.builder().messages(UserMessage.from("JSON please"))
                    .parameters(ChatRequestParameters.builder().responseFormat(json).maxOutputTokens(60).build()).build());
            assertThat(j.aiMessage().thinking()).isNull();
            assertThat(JSON.readTree(j.aiMessage().text()).get("ok").isBoolean()).as(j.aiMessage().text()).isTrue();
        }
    }

    @Test
    void badParametersFailBeforeGeneration() {
        LlamaChatModel model = model();
        UserMessage m = UserMessage.from("Hi");
        assertThatThrownBy(() -> chat(model, ChatRequestParameters.builder().temperature(-0.5).build(), m))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("temperature");
        assertThatThrownBy(() -> chat(model, ChatRequestParameters.builder().topP(0.0).build(), m))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("topP");
        assertThatThrownBy(() -> chat(model, ChatRequestParameters.builder().topK(0).build(), m))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("topK");
        assertThatThrownBy(() -> chat(model, ChatRequestParameters.builder().maxOutputTokens(0).build(), m))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxOutputTokens");
        assertThatThrownBy(() -> chat(model, LlamaChatRequestParameters.builder().minP(1.5).build(), m))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minP");
        assertThatThrownBy(() -> chat(model, LlamaChatRequestParameters.builder().repeatPenalty(0.0).build(), m))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("repeatPenalty");
        assertThatThrownBy(() -> chat(model, ChatRequestParameters.builder().frequencyPenalty(Double.NaN).build(), m))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("frequencyPenalty");
        assertThatThrownBy(() -> chat(model, LlamaChatRequestParameters.builder().toolSpecifications(WEATHER).toolName("nope").build(), m))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
        assertThatThrownBy(() -> chat(model, ChatRequestParameters.builder().toolSpecifications(WEATHER)
                .responseFormat(ResponseFormat.JSON).build(), m))
                .isInstanceOf(UnsupportedFeatureException.class).hasMessageContaining("tools");
        // the same checks guard the defaults, at build time
        assertThatThrownBy(() -> PROVIDERS.chat().defaultRequestParameters(ChatRequestParameters.builder().temperature(-1.0).build()).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("temperature");
    }

    @Test
    void badConfigurationFailsAtBuild() {
        assertThatThrownBy(() -> LlamaChatModel.builder().build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("modelPath");
        assertThatThrownBy(() -> LlamaChatModel.builder().modelPath(Path.of("target/no-such-model.gguf")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-model.gguf");
        assertThatThrownBy(() -> LlamaChatModel.builder().model(TestModels.chat()).modelPath(Path.of("x.gguf")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly one");
        assertThatThrownBy(() -> PROVIDERS.chat().contextSize(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contextSize");
        assertThatThrownBy(() -> PROVIDERS.streaming().sequences(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sequences");
        assertThatThrownBy(() -> PROVIDERS.chat().threads(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads");
    }

    @Test
    void closeFreesOnlyWhatTheProviderLoaded() {
        LlamaModel shared = TestModels.chat();
        LlamaChatModel onShared = PROVIDERS.chat().build();
        onShared.close();
        onShared.close(); // idempotent
        assertThat(shared.isClosed()).isFalse();
        assertThatThrownBy(() -> onShared.chat("Hi")).isInstanceOf(IllegalStateException.class);

        LlamaChatModel fromPath = LlamaChatModel.builder().modelPath(TestModels.withTemplate("qwen2", "Qwen-Qwen2.5-7B-Instruct"))
                .contextSize(512).threads(1).defaultRequestParameters(Providers.defaults()).build();
        assertThat(fromPath.chat(ChatRequest.builder().messages(UserMessage.from("Hi"))
                .parameters(ChatRequestParameters.builder().maxOutputTokens(3).build()).build()).tokenUsage().outputTokenCount()).isEqualTo(3);
        LlamaModel owned = fromPath.model();
        fromPath.close();
        assertThat(owned.isClosed()).isTrue();
        // a second provider on the shared model still works
        assertThat(model().chat(ChatRequest.builder().messages(UserMessage.from("Hi"))
                .parameters(ChatRequestParameters.builder().maxOutputTokens(2).build()).build()).finishReason()).isEqualTo(FinishReason.LENGTH);
    }

    @Test
    void oneInstanceServesManyThreads() throws Exception {
        LlamaChatModel model = model();
        List<Callable<ChatResponse>> tasks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String text = "Message number " + i;
            tasks.add(() -> chat(model, ChatRequestParameters.builder().maxOutputTokens(6).build(), UserMessage.from(text)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<ChatResponse> f : pool.invokeAll(tasks)) {
                ChatResponse r = f.get();
                assertThat(r.finishReason()).isEqualTo(FinishReason.LENGTH);
                assertThat(r.tokenUsage().outputTokenCount()).isEqualTo(6);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anInterruptedCallerCancelsItsReply() throws Exception {
        LlamaChatModel model = model();
        java.util.concurrent.atomic.AtomicReference<Object> outcome = new java.util.concurrent.atomic.AtomicReference<>();
        Thread caller = Thread.ofPlatform().start(() -> {
            try {
                outcome.set(chat(model, ChatRequestParameters.builder().maxOutputTokens(100_000).build(), UserMessage.from("Go on forever")));
            } catch (RuntimeException expected) {
                outcome.set(expected);
            }
        });
        Thread.sleep(300);
        caller.interrupt();
        caller.join(10_000);
        assertThat(caller.isAlive()).isFalse();
        assertThat(outcome.get()).isInstanceOf(RuntimeException.class); // not a finished reply
        // the model is free for the next request
        assertThat(chat(model, ChatRequestParameters.builder().maxOutputTokens(2).build(), UserMessage.from("Hi"))
                .tokenUsage().outputTokenCount()).isEqualTo(2);
    }
}
