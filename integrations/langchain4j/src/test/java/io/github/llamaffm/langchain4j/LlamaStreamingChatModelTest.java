package io.github.llamaffm.langchain4j;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.ToolChoice;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.CompleteToolCall;
import dev.langchain4j.model.chat.response.PartialThinking;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.output.FinishReason;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The mechanics of {@link LlamaStreamingChatModel} on random weights: the order of the
 * callbacks and the thread they run on, tool calls and reasoning streamed, exceptions from the
 * handler reported and survived, errors of the reply delivered to onError.
 */
class LlamaStreamingChatModelTest {
    private static final Providers PROVIDERS = new Providers();

    @AfterAll
    static void closeModels() throws Exception {
        PROVIDERS.close();
    }

    /** Records every callback as a line, and the threads. */
    private static class Recorder implements StreamingChatResponseHandler {
        final List<String> events = new CopyOnWriteArrayList<>();
        final Set<Thread> threads = new CopyOnWriteArraySet<>();
        final StringBuilder text = new StringBuilder();
        final StringBuilder thinking = new StringBuilder();
        final CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        final CompletableFuture<Throwable> failed = new CompletableFuture<>();

        @Override
        public void onPartialResponse(String partial) {
            threads.add(Thread.currentThread());
            events.add("partial");
            text.append(partial);
        }

        @Override
        public void onPartialThinking(PartialThinking partial) {
            threads.add(Thread.currentThread());
            events.add("thinking");
            thinking.append(partial.text());
        }

        @Override
        public void onCompleteToolCall(CompleteToolCall call) {
            threads.add(Thread.currentThread());
            events.add("call " + call.index() + " " + call.toolExecutionRequest().id());
        }

        @Override
        public void onCompleteResponse(ChatResponse response) {
            threads.add(Thread.currentThread());
            events.add("complete");
            done.complete(response);
        }

        @Override
        public void onError(Throwable error) {
            threads.add(Thread.currentThread());
            events.add("error " + error.getMessage());
            failed.complete(error);
        }
    }

    private static ChatRequest request(ChatRequestParameters p, String text) {
        return ChatRequest.builder().messages(UserMessage.from(text)).parameters(p).build();
    }

    @Test
    void partialsThenOneCompleteResponseOnOneThreadThatIsNotTheCallers() throws Exception {
        Recorder h = new Recorder();
        PROVIDERS.track(PROVIDERS.streaming().build()).chat(request(ChatRequestParameters.builder().maxOutputTokens(10).build(), "Hi"), h);
        ChatResponse r = h.done.get(30, TimeUnit.SECONDS);
        assertThat(h.events.getLast()).isEqualTo("complete");
        assertThat(h.events.subList(0, h.events.size() - 1)).isNotEmpty().containsOnly("partial");
        assertThat(h.text.toString()).isEqualTo(r.aiMessage().text());
        assertThat(h.threads).hasSize(1).doesNotContain(Thread.currentThread());
        assertThat(h.threads.iterator().next().isVirtual()).isTrue();
        assertThat(r.finishReason()).isEqualTo(FinishReason.LENGTH);
        assertThat(r.tokenUsage().outputTokenCount()).isEqualTo(10);
        assertThat(r.tokenUsage().inputTokenCount()).isPositive();
    }

    @Test
    void toolCallsArriveCompleteBeforeTheResponse() throws Exception {
        ToolSpecification weather = ToolSpecification.builder().name("getWeather")
                .parameters(JsonObjectSchema.builder().addEnumProperty("city", List.of("Munich", "Paris")).required("city").build()).build();
        Recorder h = new Recorder();
        PROVIDERS.track(PROVIDERS.streaming().build()).chat(request(LlamaChatRequestParameters.builder().toolSpecifications(weather)
                .toolChoice(ToolChoice.REQUIRED).parallelToolCalls(false).maxOutputTokens(120).build(), "Weather in Munich?"), h);
        ChatResponse r = h.done.get(60, TimeUnit.SECONDS);
        assertThat(r.finishReason()).isEqualTo(FinishReason.TOOL_EXECUTION);
        var calls = r.aiMessage().toolExecutionRequests();
        assertThat(calls).isNotEmpty();
        List<String> expected = new java.util.ArrayList<>();
        for (int i = 0; i < calls.size(); i++) expected.add("call " + i + " " + calls.get(i).id());
        expected.add("complete");
        assertThat(h.events.stream().filter(e -> !e.equals("partial")).toList()).isEqualTo(expected);
        assertThat(h.text.isEmpty() ? null : h.text.toString()).isEqualTo(r.aiMessage().text());
    }

    @Test
    void reasoningStreamsAsThinking() throws Exception {
        try (LlamaStreamingChatModel model = LlamaStreamingChatModel.builder().model(TestModels.thinking()).contextSize(2048).threads(1)
                .defaultRequestParameters(Providers.defaults()).build()) {
            Recorder h = new Recorder();
            model.chat(request(LlamaChatRequestParameters.builder().thinking(true).maxOutputTokens(12).build(), "Think"), h);
            ChatResponse r = h.done.get(30, TimeUnit.SECONDS);
            assertThat(h.events).contains("thinking").doesNotContain("partial");
            assertThat(h.thinking.toString()).isEqualTo(r.aiMessage().thinking());
        }
    }

    @Test
    void handlerExceptionsGoToOnErrorAndTheStreamGoesOn() throws Exception {
        AtomicInteger partials = new AtomicInteger();
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        RuntimeException boom = new RuntimeException("user code");
        StreamingChatResponseHandler h = new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String partial) {
                partials.incrementAndGet();
                throw boom;
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                done.complete(response);
                throw boom;
            }

            @Override
            public void onError(Throwable error) {
                errors.add(error);
                throw new IllegalStateException("and onError throws too: logged, ignored");
            }
        };
        LlamaStreamingChatModel model = PROVIDERS.track(PROVIDERS.streaming().build());
        model.chat(request(ChatRequestParameters.builder().maxOutputTokens(8).build(), "Hi"), h);
        ChatResponse r = done.get(30, TimeUnit.SECONDS);
        assertThat(r.tokenUsage().outputTokenCount()).isEqualTo(8);
        Thread.sleep(200); // onError of the complete response runs right after it
        assertThat(partials.get()).isPositive();
        assertThat(errors).hasSize(partials.get() + 1).containsOnly(boom);
        // the model still serves
        Recorder next = new Recorder();
        model.chat(request(ChatRequestParameters.builder().maxOutputTokens(2).build(), "Hi"), next);
        assertThat(next.done.get(30, TimeUnit.SECONDS).tokenUsage().outputTokenCount()).isEqualTo(2);
    }

    @Test
    void errorsOfTheReplyGoToOnErrorAndBadRequestsThrow() throws Exception {
        LlamaStreamingChatModel model = PROVIDERS.track(PROVIDERS.streaming().contextSize(256).sequences(1).build());
        Recorder tooLong = new Recorder();
        model.chat(request(ChatRequestParameters.builder().maxOutputTokens(4).build(), "word ".repeat(2000)), tooLong);
        assertThat(tooLong.failed.get(30, TimeUnit.SECONDS)).isInstanceOf(io.github.llamaffm.ContextFullException.class);
        assertThat(tooLong.events).hasSize(1);

        Recorder bad = new Recorder();
        assertThatThrownBy(() -> model.chat(request(ChatRequestParameters.builder().temperature(-1.0).build(), "Hi"), bad))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("temperature");
        assertThat(bad.events).isEmpty();

        model.close();
        Recorder closed = new Recorder();
        model.chat(request(ChatRequestParameters.builder().build(), "Hi"), closed);
        assertThat(closed.failed.get(10, TimeUnit.SECONDS)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closingTheModelEndsARunningReplyWithAnError() throws Exception {
        LlamaStreamingChatModel model = PROVIDERS.streaming().build();
        CompletableFuture<Void> started = new CompletableFuture<>();
        Recorder h = new Recorder() {
            @Override
            public void onPartialResponse(String partial) {
                super.onPartialResponse(partial);
                started.complete(null);
            }
        };
        model.chat(request(ChatRequestParameters.builder().maxOutputTokens(100_000).build(), "Go on"), h);
        started.get(30, TimeUnit.SECONDS);
        model.close();
        assertThat(h.failed.get(30, TimeUnit.SECONDS)).isNotNull();
        assertThat(h.done).isNotDone();
    }
}
