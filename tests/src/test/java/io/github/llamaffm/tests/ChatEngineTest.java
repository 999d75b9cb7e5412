package io.github.llamaffm.tests;

import io.github.llamaffm.ContextFullException;
import io.github.llamaffm.ContextParams;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.Sampler;
import io.github.llamaffm.StopReason;
import io.github.llamaffm.chat.ChatCall;
import io.github.llamaffm.chat.ChatEngine;
import io.github.llamaffm.chat.ChatEvent;
import io.github.llamaffm.chat.ChatMessage;
import io.github.llamaffm.chat.ChatRequest;
import io.github.llamaffm.chat.ChatResult;
import io.github.llamaffm.chat.ChatSession;
import io.github.llamaffm.chat.ParsedReply;
import io.github.llamaffm.chat.ToolCall;
import io.github.llamaffm.chat.ToolChoice;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link ChatEngine}: stateless chat requests from many threads over one model, checked against
 * {@link ChatSession} on a context of its own (the same template, the same greedy tokens) and
 * against the tool-call mechanics of {@link ToolCallingTest}.
 */
class ChatEngineTest {
    private static LlamaModel model;

    @BeforeAll
    static void load() {
        model = LlamaModel.load(TestModels.withTemplate("qwen2", "Qwen-Qwen2.5-7B-Instruct"));
    }

    @AfterAll
    static void close() {
        model.close();
    }

    private static ChatRequest ask(String text) {
        return ChatRequest.builder(List.of(ChatMessage.system("Be brief."), ChatMessage.user(text))).build();
    }

    private static GenerateParams greedy(int maxTokens) {
        return GenerateParams.builder().maxTokens(maxTokens).build();
    }

    /** What a ChatSession on a context of its own answers (the reference). */
    private static String sessionReply(String text, int maxTokens) {
        try (LlamaContext ctx = model.newContext(ContextParams.builder().contextSize(1024).build())) {
            ChatSession s = ChatSession.builder(ctx).systemPrompt("Be brief.").maxTokens(maxTokens).build();
            return s.chat(text, e -> { }).content();
        }
    }

    @Test
    void repliesFromManyThreadsEqualASessionsReplies() throws Exception {
        List<String> questions = List.of("What is two plus two?", "Name a colour.", "Hello there", "Why is the sky blue?",
                "Count to five.", "Say something in French.");
        List<String> expected = new ArrayList<>();
        for (String q : questions) expected.add(sessionReply(q, 20));
        assertTrue(expected.stream().filter(t -> t.length() > 10).count() >= 4, "replies with text to compare: " + expected);
        try (ChatEngine engine = ChatEngine.builder(model).sequences(3).contextSize(2048).build();
             ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            assertEquals(3, engine.capacity());
            List<Future<String>> streamed = new ArrayList<>();
            for (String q : questions) {
                streamed.add(pool.submit((Callable<String>) () -> {
                    ChatCall call = engine.submit(ask(q), greedy(20));
                    StringBuilder sb = new StringBuilder();
                    for (ChatEvent e : call) if (e instanceof ChatEvent.ContentDelta d) sb.append(d.text());
                    ChatResult r = call.join();
                    assertEquals(r.reply().content(), sb.toString(), "the deltas add up to the content");
                    assertEquals(engine.countTokens(ask(q)), call.promptTokens());
                    assertTrue(r.completion().promptTokens() <= call.promptTokens(), "decoded: the prompt less what a sequence kept");
                    assertTrue(r.completion().generatedTokens() <= 20);
                    return r.reply().content();
                }));
            }
            for (int i = 0; i < questions.size(); i++) assertEquals(expected.get(i), streamed.get(i).get(), questions.get(i));
            assertTrue(engine.stats().steps() > 0);
        }
    }

    @Test
    void forcedToolCallsFitTheirSchema() throws Exception {
        try (ChatEngine engine = ChatEngine.builder(model).sequences(2).contextSize(4096).build()) {
            ChatRequest r = ChatRequest.builder(List.of(ChatMessage.user("Weather in Oslo?")))
                    .tools(List.of(ToolCallingTest.WEATHER, ToolCallingTest.CALC)).toolChoice(ToolChoice.function("get_weather"))
                    .parallelToolCalls(false).build();
            ChatCall call = engine.submit(r, greedy(300));
            List<ToolCall> requested = new ArrayList<>();
            for (ChatEvent e : call) if (e instanceof ChatEvent.ToolCallRequested t) requested.add(t.call());
            ChatResult result = call.join();
            ParsedReply reply = result.reply();
            assertEquals(StopReason.END_OF_GENERATION, result.stopReason(), result.completion().text());
            assertEquals(1, reply.toolCalls().size(), reply.toString());
            assertEquals("get_weather", reply.toolCalls().get(0).name());
            assertEquals(reply.toolCalls(), requested, "one event per call, as in the reply");
            ToolCallingTest.assertValid(reply.toolCalls().get(0));

            // the call and its result go back as a conversation; the model may answer (AUTO)
            List<ChatMessage> next = new ArrayList<>(r.messages());
            next.add(reply.toMessage());
            next.add(ChatMessage.tool(reply.toolCalls().get(0).id(), "get_weather", "{\"temp\": 3}"));
            ChatResult answer = engine.chat(r.toBuilder().messages(next).toolChoice(ToolChoice.NONE).build(), greedy(8));
            assertFalse(answer.reply().hasToolCalls(), "no tools offered with NONE");
        }
    }

    @Test
    void cancelAndCloseEndCallsWithoutHanging() {
        ChatEngine engine = ChatEngine.builder(model).sequences(2).contextSize(1024).build();
        ChatCall a = engine.submit(ask("Tell a long story."), greedy(500));
        ChatCall b = engine.submit(ask("Another long story."), greedy(500));
        a.cancel();
        assertEquals(StopReason.CANCELLED, a.join().stopReason());
        engine.close();
        engine.close(); // idempotent
        assertTrue(b.result().isDone(), "close ends the calls in progress");
        assertThrows(IllegalStateException.class, () -> engine.submit(ask("x"), greedy(4)));
        assertTrue(engine.isClosed());
    }

    /**
     * The next turn of a conversation repeats it: the engine's prompt cache decodes only the new
     * part, and the reply is the one an engine without the cache gives.
     */
    @Test
    void theNextTurnDecodesOnlyWhatIsNew() {
        List<ChatMessage> turn1 = List.of(ChatMessage.system("Be brief."), ChatMessage.user("Name three rivers."));
        List<String> expected = new ArrayList<>();
        List<Integer> decoded = new ArrayList<>(), lengths = new ArrayList<>();
        int firstLength = 0;
        for (boolean cache : new boolean[]{false, true}) {
            try (ChatEngine engine = ChatEngine.builder(model).sequences(2).contextSize(2048).cachePrompts(cache).build()) {
                ChatResult first = engine.chat(ChatRequest.builder(turn1).build(), greedy(16));
                firstLength = engine.countTokens(ChatRequest.builder(turn1).build());
                List<ChatMessage> turn2 = new ArrayList<>(turn1);
                turn2.add(first.reply().toMessage());
                turn2.add(ChatMessage.user("And three mountains?"));
                ChatCall call = engine.submit(ChatRequest.builder(turn2).build(), greedy(16));
                ChatResult second = call.join();
                expected.add(first.reply().content() + "|" + second.reply().content());
                decoded.add(second.completion().promptTokens());
                lengths.add(call.promptTokens());
                if (cache) assertTrue(engine.stats().cachedTokens() > 0, engine.stats().toString());
                else assertEquals(0, engine.stats().cachedTokens());
            }
        }
        assertEquals(expected.get(0), expected.get(1), "the same replies with and without the cache");
        assertEquals(lengths.get(0), decoded.get(0), "without the cache the whole prompt is decoded");
        // at least the first turn's prompt is reused (the reply's sampled tokens need not tokenize back the same)
        assertTrue(decoded.get(1) <= lengths.get(1) - firstLength + 1,
                "with it, only the new part: " + decoded.get(1) + " of " + lengths.get(1) + ", the first prompt " + firstLength);
    }

    @Test
    void anInterruptedAwaitCancelsTheCall() throws Exception {
        try (ChatEngine engine = ChatEngine.builder(model).sequences(1).contextSize(1024).threads(1).build()) {
            ChatCall call = engine.submit(ask("Tell a long story."), greedy(1000));
            java.util.concurrent.atomic.AtomicReference<Throwable> thrown = new java.util.concurrent.atomic.AtomicReference<>();
            Thread waiter = Thread.ofVirtual().start(() -> {
                try {
                    call.await();
                } catch (Throwable t) {
                    thrown.set(t);
                }
            });
            while (waiter.getState() != Thread.State.WAITING && waiter.getState() != Thread.State.TERMINATED) Thread.onSpinWait();
            waiter.interrupt();
            waiter.join();
            assertTrue(thrown.get() instanceof InterruptedException, String.valueOf(thrown.get()));
            ChatResult r = call.join();
            assertEquals(StopReason.CANCELLED, r.stopReason(), "cancelled, not run to its 1000 tokens");
            assertTrue(engine.chat(ask("Hi"), greedy(4)).completion().generatedTokens() > 0, "the engine serves on");
        }
    }

    @Test
    void badRequestsEndInExceptions() {
        try (ChatEngine engine = ChatEngine.builder(model).sequences(2).contextSize(256).build()) {
            assertEquals(256, engine.sequenceContextSize(), "unified KV: a reply may use the whole context");
            ChatCall tooLong = engine.submit(ask("word ".repeat(400)), greedy(4));
            assertThrows(ContextFullException.class, tooLong::join);
            assertThrows(ContextFullException.class, () -> {
                for (ChatEvent ignored : engine.submit(ask("word ".repeat(400)), greedy(4))) { }
            });
            // the engine still serves others
            assertTrue(engine.chat(ask("Hi"), greedy(4)).completion().generatedTokens() > 0);
            ChatRequest withTools = ChatRequest.builder(List.of(ChatMessage.user("x"))).tools(List.of(ToolCallingTest.WEATHER)).build();
            GenerateParams ownGrammar = GenerateParams.builder().sampler(Sampler.builder().grammar("root ::= \"a\"", "root").build()).build();
            assertThrows(IllegalArgumentException.class, () -> engine.submit(withTools, ownGrammar));
            assertThrows(NullPointerException.class, () -> engine.submit(null, greedy(4)));
            assertThrows(IllegalArgumentException.class, () -> ChatEngine.builder(model).sequences(0));
        }
    }
}
