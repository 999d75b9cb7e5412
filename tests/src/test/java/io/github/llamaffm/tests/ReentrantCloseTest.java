package io.github.llamaffm.tests;

import io.github.llamaffm.Batch;
import io.github.llamaffm.BatchGenerator;
import io.github.llamaffm.BatchRequest;
import io.github.llamaffm.Completion;
import io.github.llamaffm.ContextParams;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.Generation;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaException;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.LoraAdapter;
import io.github.llamaffm.ModelParams;
import io.github.llamaffm.SpecialTokens;
import io.github.llamaffm.StopReason;
import io.github.llamaffm.Token;
import io.github.llamaffm.chat.ChatSession;
import io.github.llamaffm.internal.NativeLog;
import io.github.llamaffm.testkit.RandomLoraAdapter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code close()} called on the thread that is inside a call of the same object or of its owner —
 * from a token consumer, a generation loop body, a chat stream, a log listener, a load-progress
 * listener. The memory the running call uses must stay valid until it returns (the JVM would die
 * otherwise); the objects end closed, what was generated is kept, and the model's other users go on.
 */
class ReentrantCloseTest {
    private static Path file;

    @BeforeAll
    static void model() {
        file = TestModels.tiny("llama-bpe");
    }

    private static ContextParams params(int sequences) {
        return ContextParams.builder().contextSize(512).batchSize(128).sequences(sequences).unifiedKv(true).threads(1).build();
    }

    private static GenerateParams greedy(int n) {
        return GenerateParams.builder().maxTokens(n).build();
    }

    /** The model still works for a new context after what the test did. */
    private static void stillUsable(LlamaModel model) {
        try (LlamaContext ctx = model.newContext(params(1))) {
            assertEquals(StopReason.MAX_TOKENS, ctx.generate("Still alive", greedy(3)).run().stopReason());
        }
    }

    @Test
    void batchConsumerClosesItsContext() throws Exception {
        try (LlamaModel model = LlamaModel.load(file)) {
            LlamaContext ctx = model.newContext(params(3));
            BatchGenerator gen = BatchGenerator.builder(ctx).build();
            List<Token> seen = new ArrayList<>();
            BatchRequest closer = gen.submit("The consumer closes the context", greedy(20), t -> {
                seen.add(t);
                if (seen.size() == 1) ctx.close(); // the generator is inside a step of this context
            });
            BatchRequest other = gen.submit("Another request in the same steps", greedy(20));
            Completion c = closer.completion().get(60, TimeUnit.SECONDS);
            assertEquals(StopReason.CANCELLED, c.stopReason());
            assertFalse(c.text().isEmpty(), "the token before the close is kept");
            assertEquals(seen.get(0).text(), c.text().substring(0, seen.get(0).text().length()));
            // the other request either ran in the same steps (cancelled) or was still queued (failed)
            try {
                Completion o = other.completion().get(60, TimeUnit.SECONDS);
                assertEquals(StopReason.CANCELLED, o.stopReason(), o.toString());
            } catch (java.util.concurrent.ExecutionException e) {
                assertTrue(e.getCause() instanceof LlamaException, e.toString());
            }
            assertTrue(ctx.isClosed());
            assertThrows(IllegalStateException.class, () -> ctx.generate("x", greedy(1)).run());
            gen.close();
            assertTrue(gen.isClosed());
            stillUsable(model);
        }
    }

    @Test
    void batchConsumerClosesTheModel() throws Exception {
        LlamaModel model = LlamaModel.load(file);
        LlamaContext ctx = model.newContext(params(2));
        try (BatchGenerator gen = BatchGenerator.builder(ctx).build()) {
            BatchRequest r = gen.submit("The consumer closes the model", greedy(20), t -> model.close());
            Completion c = r.completion().get(60, TimeUnit.SECONDS);
            assertEquals(StopReason.CANCELLED, c.stopReason());
            assertFalse(c.text().isEmpty());
        }
        assertTrue(model.isClosed());
        assertTrue(ctx.isClosed());
        assertThrows(IllegalStateException.class, () -> model.vocab().tokenize("x", SpecialTokens.NONE));
        assertThrows(IllegalStateException.class, () -> model.newContext(params(1)));
    }

    @Test
    void batchConsumerClosesTheGeneratorAndAnAdapterInUse(@TempDir Path dir) throws Exception {
        Path adapterPath = dir.resolve("a.gguf");
        RandomLoraAdapter.of(TestModels.spec("llama-bpe")).rank(4).alpha(8).targets("attn_q", "attn_v").seed(2).write(adapterPath);
        try (LlamaModel model = LlamaModel.load(file)) {
            LoraAdapter adapter = model.loadLora(adapterPath);
            LlamaContext ctx = model.newContext(params(2));
            ctx.setLora(adapter, 1f);
            BatchGenerator gen = BatchGenerator.builder(ctx).build();
            BatchRequest r = gen.submit("Closing from the decoding thread", greedy(20), t -> {
                adapter.close(); // applied to the context the generator is using: taken off when it lets go
                gen.close();     // on its own thread: does not wait for itself
            });
            Completion c = r.completion().get(60, TimeUnit.SECONDS);
            assertEquals(StopReason.CANCELLED, c.stopReason());
            gen.close();
            assertTrue(adapter.isClosed());
            assertTrue(ctx.loras().isEmpty(), "the adapter was taken off once the generator let go");
            assertThrows(IllegalStateException.class, () -> ctx.setLora(adapter, 1f));
            assertEquals(StopReason.MAX_TOKENS, ctx.generate("The context is the caller's again", greedy(3)).run().stopReason());
            ctx.close();
        }
    }

    @Test
    void generationLoopBodyClosesTheContextOrModel() {
        for (boolean closeModel : new boolean[]{false, true}) {
            LlamaModel model = LlamaModel.load(file);
            LlamaContext ctx = model.newContext(params(1));
            Generation g = ctx.generate("The loop body closes", greedy(30));
            StringBuilder text = new StringBuilder();
            int n = 0;
            for (Token t : g) {
                text.append(t.text());
                if (++n == 3) {
                    if (closeModel) model.close(); else ctx.close();
                }
            }
            assertTrue(n >= 3, "three tokens came before the close");
            assertEquals(StopReason.CANCELLED, g.result().stopReason());
            assertEquals(text.toString(), g.result().text(), "the text so far is the result");
            assertTrue(ctx.isClosed());
            if (!closeModel) {
                stillUsable(model);
                model.close();
            }
            assertTrue(model.isClosed());
        }
    }

    @Test
    void chatStreamClosesItsContextAndKeepsTheReplySoFar() {
        try (LlamaModel model = LlamaModel.load(file)) {
            LlamaContext ctx = model.newContext(params(1));
            ChatSession chat = ChatSession.builder(ctx).maxTokens(30).build();
            Generation reply = chat.send("Hello there");
            StringBuilder text = new StringBuilder();
            int n = 0;
            for (Token t : reply) {
                text.append(t.text());
                if (++n == 2) ctx.close();
            }
            assertEquals(StopReason.CANCELLED, reply.result().stopReason());
            assertEquals(2, chat.messages().size(), "the user message and the partial reply are recorded");
            assertEquals(text.toString(), chat.messages().get(1).content());
            stillUsable(model);
        }
    }

    @Test
    void logListenerClosesTheContextInsideANativeCall() {
        try (LlamaModel model = LlamaModel.load(file)) {
            LlamaContext ctx = model.newContext(params(1));
            ctx.generate("Some tokens first", greedy(2)).run();
            AtomicInteger lines = new AtomicInteger();
            try (Batch batch = Batch.create(8)) {
                batch.add(new int[]{1, 2}, 0, 0, true);
                batch.add(3, 9, 0, true); // not consecutive: llama.cpp logs and refuses inside llama_decode
                Runnable remove = NativeLog.addListener(line -> {
                    lines.incrementAndGet();
                    ctx.close();
                });
                try {
                    LlamaException e = assertThrows(LlamaException.class, () -> ctx.decode(batch));
                    assertNotNull(e.getMessage());
                } finally {
                    remove.run();
                }
                assertFalse(batch.isClosed(), "the batch is the caller's");
            }
            assertTrue(lines.get() > 0, "llama.cpp logged inside the call");
            assertTrue(ctx.isClosed());
            assertThrows(IllegalStateException.class, () -> ctx.memory().clear());
            stillUsable(model);
        }
    }

    @Test
    void logListenerClosesTheModelDuringADecode() {
        LlamaModel model = LlamaModel.load(file);
        LlamaContext ctx = model.newContext(params(1));
        try (Batch batch = Batch.create(8)) {
            batch.add(new int[]{1, 2}, 0, 0, true);
            batch.add(3, 7, 0, true); // not consecutive: llama.cpp logs and refuses inside llama_decode
            Runnable remove = NativeLog.addListener(line -> model.close());
            try {
                assertThrows(LlamaException.class, () -> ctx.decode(batch));
            } finally {
                remove.run();
            }
        }
        assertTrue(model.isClosed());
        assertTrue(ctx.isClosed());
        assertThrows(IllegalStateException.class, () -> ctx.decode(Batch.create(1)));
    }

    @Test
    void freedMemoryIsNeverUsedAfterACloseFromACallback() throws Exception {
        // glibc fills freed memory with this byte: a call that went on with freed memory would crash
        Jvm.Result r = Jvm.finish(Jvm.start(java.util.Map.of("MALLOC_PERTURB_", "165"), Jvm.runtimeClassPath(),
                ReentrantCloseProbe.class.getName(), "-Dprobe.model=" + file));
        assertEquals(0, r.exit(), r.output());
        for (String s : List.of("log-listener-closes-context", "log-listener-closes-model", "batch-consumer-closes-context",
                "batch-consumer-closes-model", "thread-pool-replaced")) {
            assertTrue(r.output().contains("ok=" + s), s + ":\n" + r.output());
        }
    }

    @Test
    void logListenerClosesTheModelWhileItCreatesAContextOrLoadsAnAdapter(@TempDir Path dir) throws Exception {
        Path adapterPath = dir.resolve("a.gguf");
        RandomLoraAdapter.of(TestModels.spec("llama-bpe")).rank(4).alpha(8).targets("attn_q").seed(3).write(adapterPath);
        for (boolean adapter : new boolean[]{false, true}) {
            LlamaModel model = LlamaModel.load(file);
            // llama.cpp logs while the model is read-locked for the call (on this thread, or a loader thread)
            Runnable remove = NativeLog.addListener(line -> model.close());
            try {
                assertThrows(IllegalStateException.class, () -> {
                    if (adapter) model.loadLora(adapterPath); else model.newContext(params(1));
                });
            } finally {
                remove.run();
            }
            assertTrue(model.isClosed());
            assertThrows(IllegalStateException.class, () -> model.vocab().tokenize("x"));
        }
        try (LlamaModel again = LlamaModel.load(file)) {
            stillUsable(again);
        }
    }

    @Test
    void loadProgressListenerClosesAnotherModelAndItsContexts() {
        LlamaModel first = LlamaModel.load(file);
        LlamaContext ctx = first.newContext(params(1));
        AtomicInteger calls = new AtomicInteger();
        try (LlamaModel second = LlamaModel.load(file, ModelParams.defaults(), p -> {
            calls.incrementAndGet();
            first.close(); // the model being loaded is not reachable yet; closing others is fine
            return true;
        })) {
            assertTrue(calls.get() > 0);
            stillUsable(second);
        }
        assertTrue(first.isClosed());
        assertTrue(ctx.isClosed());
    }
}
