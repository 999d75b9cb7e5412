package io.github.llamaffm.springai;

import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.chat.ChatEngine;
import io.swagger.v3.oas.annotations.media.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.client.AdvisorParams;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.ToolResponseMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.MessageAggregator;
import org.springframework.ai.chat.observation.DefaultChatModelObservationConvention;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.springframework.ai.observation.conventions.AiObservationAttributes;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.function.FunctionToolCallback;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link LlamaChatModel} on a random-weight model with a real tokenizer and Mistral Nemo's chat
 * template: the mechanics Spring AI relies on (text, chunks, usage, finish reasons, stop strings,
 * length, JSON output, tool calls and tool rounds). Greedy sampling makes every reply reproducible,
 * so a stream must say exactly what a call says.
 */
class LlamaChatModelTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String WEATHER_SCHEMA = """
            {"type":"object","properties":{"city":{"type":"string","maxLength":12},
             "days":{"type":"integer","minimum":1,"maximum":7}},"required":["city","days"]}""";

    /** The arguments of the weather tool. */
    record Weather(String city, int days) {
    }

    private static LlamaModel model;
    private static ChatEngine engine;
    private static LlamaChatModel chat;

    @BeforeAll
    static void load() {
        model = LlamaModel.load(TestModels.chat());
        engine = ChatEngine.builder(model).contextParams(TestModels.engineContext(4096, 4)).build();
        chat = LlamaChatModel.builder(engine)
                .defaultOptions(LlamaChatOptions.builder().temperature(0.0).maxTokens(24).build()).build();
    }

    @AfterAll
    static void close() {
        engine.close();
        model.close();
    }

    static Prompt prompt(String text, ChatOptions options) {
        return new Prompt(List.of(new UserMessage(text)), options);
    }

    static String text(ChatResponse r) {
        return r.getResult().getOutput().getText();
    }

    static List<ToolCallback> weatherTool(List<Weather> seen) {
        return List.of(FunctionToolCallback.builder("get_weather", (Weather w) -> {
                    seen.add(w);
                    return "{\"temperature\": 21}";
                })
                .description("Current weather in a city.").inputType(Weather.class).inputSchema(WEATHER_SCHEMA).build());
    }

    @Test
    void callGivesTextUsageAndFinishReason() {
        ChatResponse r = chat.call(prompt("Tell me a story.", null));
        assertFalse(text(r).isEmpty(), "24 greedy tokens of a random model write something");
        var usage = r.getMetadata().getUsage();
        assertEquals(engine.countTokens(io.github.llamaffm.chat.ChatRequest.builder(
                List.of(io.github.llamaffm.chat.ChatMessage.user("Tell me a story."))).build()), usage.getPromptTokens());
        assertTrue(usage.getCompletionTokens() >= 1 && usage.getCompletionTokens() <= 24, usage.toString());
        String finish = r.getResult().getMetadata().getFinishReason();
        assertTrue(finish.equals("LENGTH") == (usage.getCompletionTokens() == 24), finish + " after " + usage);
        assertEquals(model.path().getFileName().toString(), r.getMetadata().getModel());
    }

    @Test
    void maxTokensEndsTheReplyWithLength() {
        ChatResponse r = chat.call(prompt("Count to ten.", LlamaChatOptions.builder().maxTokens(3).build()));
        assertEquals("LENGTH", r.getResult().getMetadata().getFinishReason());
        assertEquals(3, r.getMetadata().getUsage().getCompletionTokens());
        assertEquals("MAX_TOKENS", r.getResult().getMetadata().get(Responses.STOP_REASON));
    }

    @Test
    void streamSaysWhatCallSaysInOrderOffTheDecodingThread() {
        Prompt p = prompt("Write a poem.", null);
        String called = text(chat.call(p));
        Scheduler named = Schedulers.newBoundedElastic(4, 100, "subscriber");
        try {
            LlamaChatModel streaming = LlamaChatModel.builder(engine).defaultOptions(chat.getOptions()).scheduler(named).build();
            List<String> threads = Collections.synchronizedList(new ArrayList<>());
            List<ChatResponse> chunks = streaming.stream(p).doOnNext(c -> threads.add(Thread.currentThread().getName()))
                    .collectList().block(Duration.ofSeconds(60));
            assertNotNull(chunks);
            assertTrue(chunks.size() >= 2, "text chunks and a last one: " + chunks.size());
            StringBuilder joined = new StringBuilder();
            for (ChatResponse c : chunks) joined.append(text(c));
            assertEquals(called, joined.toString(), "the chunks in order make the reply");
            ChatResponse last = chunks.getLast();
            assertNotNull(last.getResult().getMetadata().getFinishReason());
            assertTrue(last.getMetadata().getUsage().getCompletionTokens() > 0);
            assertTrue(threads.stream().allMatch(t -> t.startsWith("subscriber")), threads.toString());
        } finally {
            named.dispose();
        }
    }

    @Test
    void stopSequencesEndTheReplyBeforeThem() {
        String free = text(chat.call(prompt("Say something.", null)));
        String[] words = free.strip().split("\\s+");
        org.junit.jupiter.api.Assumptions.assumeTrue(words.length >= 3, "the model wrote too few words: " + free);
        String stop = words[words.length / 2];
        ChatResponse r = chat.call(prompt("Say something.", LlamaChatOptions.builder().stopSequences(List.of(stop)).build()));
        assertEquals(free.substring(0, free.indexOf(stop)), text(r));
        assertEquals("STOP", r.getResult().getMetadata().getFinishReason());
        assertEquals("STOP_STRING", r.getResult().getMetadata().get(Responses.STOP_REASON));
    }

    @Test
    void outputSchemaGivesJsonValidAgainstIt() {
        String schema = """
                {"type":"object","properties":{"name":{"type":"string","maxLength":10},
                 "age":{"type":"integer","minimum":0,"maximum":120},"tags":{"type":"array","items":{"type":"string","maxLength":5},"maxItems":2}},
                 "required":["name","age","tags"],"additionalProperties":false}""";
        ChatResponse r = chat.call(prompt("Describe a person.", LlamaChatOptions.builder().outputSchema(schema).maxTokens(200).build()));
        JsonNode node = JSON.readTree(text(r));
        var errors = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema).validate(node);
        assertTrue(errors.isEmpty(), text(r) + " : " + errors);
        assertEquals("STOP", r.getResult().getMetadata().getFinishReason());
    }

    /** Spring AI's own structured output: ChatClient's native JSON Schema reaches the grammar. */
    record Person(@Schema(maxLength = 10) String name, @Schema(minimum = "0", maximum = "120") int age) {
    }

    @Test
    void chatClientEntityUsesTheGrammar() {
        Person p = ChatClient.create(chat).prompt().advisors(AdvisorParams.ENABLE_NATIVE_STRUCTURED_OUTPUT)
                .options(LlamaChatOptions.builder().maxTokens(300))
                .user("Describe a person.").call().entity(Person.class);
        assertNotNull(p);
        assertNotNull(p.name());
    }

    @Test
    void forcedToolChoiceGivesACallThatFitsTheSchema() {
        List<Weather> seen = new ArrayList<>();
        LlamaChatOptions o = LlamaChatOptions.builder().toolCallbacks(weatherTool(seen)).toolChoice("get_weather")
                .parallelToolCalls(false).maxTokens(200).build();
        ChatResponse r = chat.call(prompt("Weather in Paris?", o));
        AssistantMessage m = r.getResult().getOutput();
        assertEquals(1, m.getToolCalls().size(), m.toString());
        AssistantMessage.ToolCall c = m.getToolCalls().getFirst();
        assertEquals("get_weather", c.name());
        assertEquals("function", c.type());
        assertFalse(c.id().isEmpty());
        var errors = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(WEATHER_SCHEMA)
                .validate(JSON.readTree(c.arguments()));
        assertTrue(errors.isEmpty(), c + " : " + errors);
        assertEquals("TOOL_CALLS", r.getResult().getMetadata().getFinishReason());
        assertTrue(seen.isEmpty(), "no tool runs unless internal tool execution is on");

        // the stream hands the same call over in one chunk, and Spring AI's aggregator finds it
        AtomicReference<ChatResponse> aggregated = new AtomicReference<>();
        new MessageAggregator().aggregate(chat.stream(prompt("Weather in Paris?", o)), aggregated::set).blockLast(Duration.ofSeconds(60));
        assertEquals(m.getToolCalls().stream().map(t -> t.name() + t.arguments()).toList(),
                aggregated.get().getResult().getOutput().getToolCalls().stream().map(t -> t.name() + t.arguments()).toList());
    }

    @Test
    void toolResultsGoBackToTheModel() {
        List<Message> history = List.of(new UserMessage("Weather in Paris?"),
                AssistantMessage.builder().content("").toolCalls(List.of(new AssistantMessage.ToolCall("abcdefghi", "function", "get_weather",
                        "{\"city\":\"Paris\",\"days\":1}"))).build(),
                ToolResponseMessage.builder().responses(List.of(new ToolResponseMessage.ToolResponse("abcdefghi", "get_weather", "{\"temperature\": 21}"))).build());
        LlamaChatOptions o = LlamaChatOptions.builder().toolCallbacks(weatherTool(new ArrayList<>())).toolChoice("required").build();
        // a forced choice answers a user: after tool results the model is free (else a loop never ends)
        String rendered = engine.prompt(Requests.request(history, o, org.springframework.ai.model.tool.ToolCallingManager.builder().build()))
                .rendered().text();
        assertTrue(rendered.contains("{\"temperature\": 21}"), rendered);
        assertTrue(rendered.contains("Paris"), rendered);
        ChatResponse r = chat.call(new Prompt(history, o));
        assertNotNull(r.getResult().getMetadata().getFinishReason());
    }

    @Test
    void internalToolExecutionRunsTheToolAndAnswers() {
        List<Weather> seen = Collections.synchronizedList(new ArrayList<>());
        LlamaChatOptions o = LlamaChatOptions.builder().toolCallbacks(weatherTool(seen)).toolChoice("required")
                .parallelToolCalls(false).internalToolExecutionEnabled(true).maxTokens(100).build();
        ChatResponse r = chat.call(prompt("Weather in Paris?", o));
        assertEquals(1, seen.size(), "the tool ran once for the forced round");
        assertTrue(seen.getFirst().days() >= 1 && seen.getFirst().days() <= 7, seen.toString());
        assertFalse(r.hasToolCalls(), "the answer after the tool round is the reply: " + r);

        seen.clear();
        List<ChatResponse> chunks = chat.stream(prompt("Weather in Paris?", o)).collectList().block(Duration.ofSeconds(120));
        assertEquals(1, seen.size(), "the streamed round ran the tool once too");
        assertTrue(chunks.stream().anyMatch(c -> c.getResult().getOutput().hasToolCalls()), "the call was streamed");
    }

    @Test
    void chatClientToolCallingAdvisorRunsTheRound() {
        List<Weather> seen = Collections.synchronizedList(new ArrayList<>());
        String answer = ChatClient.create(chat).prompt()
                .options(LlamaChatOptions.builder().toolChoice("required").parallelToolCalls(false).maxTokens(100))
                .user("Weather in Paris?").toolCallbacks(weatherTool(seen)).call().content();
        assertEquals(1, seen.size(), "ChatClient ran the tool the model asked for, then asked again");
        assertNotNull(answer);
    }

    @Test
    void cancellingTheStreamCancelsTheGeneration() throws Exception {
        long before = engine.stats().generatedTokens();
        List<ChatResponse> three = chat.stream(prompt("Write a long story.", LlamaChatOptions.builder().maxTokens(900).build()))
                .take(3).collectList().block(Duration.ofSeconds(60));
        assertEquals(3, three.size());
        long settled = settle();
        assertTrue(settled - before < 900, "the generation stopped long before its 900 tokens: " + (settled - before));
    }

    @Test
    void aReturnDirectToolEndsInternalExecutionWithItsResult() {
        var direct = FunctionToolCallback.builder("get_weather", (Weather w) -> "{\"direct\": true}")
                .description("Current weather in a city.").inputType(Weather.class).inputSchema(WEATHER_SCHEMA)
                .toolMetadata(org.springframework.ai.tool.metadata.ToolMetadata.builder().returnDirect(true).build()).build();
        LlamaChatOptions o = LlamaChatOptions.builder().toolCallbacks(direct).toolChoice("required")
                .parallelToolCalls(false).internalToolExecutionEnabled(true).maxTokens(100).build();
        ChatResponse r = chat.call(prompt("Weather in Paris?", o));
        assertEquals("{\"direct\": true}", text(r));
        assertEquals("returnDirect", r.getResult().getMetadata().getFinishReason());
    }

    @Test
    void anInterruptedCallerCancelsItsReply() throws Exception {
        long before = engine.stats().generatedTokens();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread caller = Thread.ofPlatform().start(() -> {
            try {
                chat.call(prompt("Write a long story.", LlamaChatOptions.builder().maxTokens(900).build()));
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        while (engine.stats().generatedTokens() == before && caller.isAlive()) Thread.sleep(5);
        caller.interrupt();
        caller.join(60_000);
        assertTrue(thrown.get() instanceof java.util.concurrent.CancellationException, String.valueOf(thrown.get()));
        long settled = settle();
        assertTrue(settled - before < 900, "the generation stopped long before its 900 tokens: " + (settled - before));
    }

    /** The engine's generated-token count once it stops moving (the cancelled call has ended). */
    private static long settle() throws InterruptedException {
        long last = -1;
        for (int i = 0; i < 100; i++) {
            long now = engine.stats().generatedTokens();
            if (now == last) return now;
            last = now;
            Thread.sleep(50);
        }
        return last;
    }

    @Test
    void oneModelServesManyThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<ChatResponse>> jobs = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String q = "Question number " + i;
                jobs.add(() -> chat.call(prompt(q, LlamaChatOptions.builder().maxTokens(12).build())));
            }
            for (Future<ChatResponse> f : pool.invokeAll(jobs)) {
                ChatResponse r = f.get();
                assertTrue(r.getMetadata().getUsage().getCompletionTokens() >= 1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void repliesAreObservedAsSpringAiObservesModels() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        LlamaChatModel observed = LlamaChatModel.builder(engine).defaultOptions(chat.getOptions()).observationRegistry(registry).build();
        observed.call(prompt("Hello", null));
        observed.stream(prompt("Hello", null)).blockLast(Duration.ofSeconds(60));
        TestObservationRegistryAssert.assertThat(registry)
                .hasNumberOfObservationsWithNameEqualTo(DefaultChatModelObservationConvention.DEFAULT_NAME, 2)
                .forAllObservationsWithNameEqualTo(DefaultChatModelObservationConvention.DEFAULT_NAME,
                        o -> o.hasLowCardinalityKeyValue(AiObservationAttributes.AI_PROVIDER.value(), LlamaChatModel.PROVIDER))
                .hasObservationWithNameEqualTo(DefaultChatModelObservationConvention.DEFAULT_NAME).that().hasBeenStarted().hasBeenStopped();
    }

    @Test
    void badRequestsAreRefusedBeforeDecoding() {
        assertThrows(IllegalArgumentException.class, () -> chat.call(prompt("x", LlamaChatOptions.builder()
                .outputSchema("{\"type\":\"object\",\"properties\":{\"t\":{\"type\":\"array\",\"uniqueItems\":true}}}").build())));
        assertThrows(IllegalArgumentException.class, () -> chat.call(prompt("x", LlamaChatOptions.builder()
                .toolCallbacks(weatherTool(new ArrayList<>())).toolChoice("no_such_tool").build())));
        assertThrows(IllegalArgumentException.class, () -> LlamaChatOptions.builder().topP(1.5));
        Flux<ChatResponse> bad = chat.stream(prompt("x", LlamaChatOptions.builder().outputSchema("not json").build()));
        assertThrows(IllegalArgumentException.class, () -> bad.blockLast(Duration.ofSeconds(10)));
    }
}
