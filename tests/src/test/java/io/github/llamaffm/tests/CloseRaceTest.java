package io.github.llamaffm.tests;

import io.github.llamaffm.Batch;
import io.github.llamaffm.ContextParams.Pooling;
import io.github.llamaffm.ContextParams;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaException;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.LoraAdapter;
import io.github.llamaffm.Normalization;
import io.github.llamaffm.Sampler;
import io.github.llamaffm.SamplerChain;
import io.github.llamaffm.SpecialTokens;
import io.github.llamaffm.testkit.RandomLoraAdapter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * {@code close()} of a model, context, adapter, batch or sampler chain on one thread, racing every long
 * operation (generate, decode, embed, rank, save/restore state, LoRA set, tokenize, newContext) on
 * another, many rounds each at random moments. Every round must end — with results, or with a
 * clear exception (closed, aborted) — and never hang or kill the JVM.
 */
class CloseRaceTest {
    private static final int ROUNDS = 16;
    private static final long ROUND_LIMIT_SECONDS = 60;
    private static Path model, reranker, adapter;

    @BeforeAll
    static void files() throws Exception {
        model = TestModels.tiny("llama-bpe");
        reranker = TestModels.reranker("llama-bpe");
        adapter = Files.createTempFile("race-lora", ".gguf");
        adapter.toFile().deleteOnExit();
        RandomLoraAdapter.of(TestModels.spec("llama-bpe")).rank(4).alpha(8).targets("attn_q", "attn_v").seed(5).write(adapter);
    }

    /** What one round sets up: the objects, the operation the worker repeats, and what gets closed. */
    private record Round(List<AutoCloseable> owned, Runnable op, AutoCloseable target) {}

    private interface Setup {
        Round make(LlamaModel m);
    }

    private static ContextParams small() {
        return ContextParams.builder().contextSize(256).batchSize(64).threads(1).build();
    }

    private static ContextParams embeddings(Pooling pooling) {
        return ContextParams.builder().contextSize(256).batchSize(256).microBatchSize(256).sequences(4).unifiedKv(true)
                .embeddings(true).pooling(pooling).threads(1).build();
    }

    private static final GenerateParams GREEDY_32 = GenerateParams.builder().maxTokens(32).build();
    private static final List<String> TEXTS = List.of("first text to embed", "the second, a little longer than the first one",
            "third", "fourth text of the batch");

    // ---- the operations ------------------------------------------------------------------------

    private static Round generate(LlamaModel m, boolean closeModel) {
        LlamaContext ctx = m.newContext(small());
        return new Round(List.of(ctx), () -> ctx.generate("Once upon a time", GREEDY_32).run(), closeModel ? m : ctx);
    }

    private static Round decode(LlamaModel m, String close) {
        LlamaContext ctx = m.newContext(small());
        Batch batch = Batch.create(64);
        int[] tokens = m.vocab().tokenize("a prompt that is decoded again and again by the racing thread", SpecialTokens.ADD);
        Runnable op = () -> {
            ctx.memory().clear();
            batch.clear().add(tokens, 0, 0, true);
            ctx.decode(batch);
            ctx.logits(batch.size() - 1).get(java.lang.foreign.ValueLayout.JAVA_FLOAT, 0);
        };
        AutoCloseable target = switch (close) {
            case "model" -> m;
            case "context" -> ctx;
            default -> batch;
        };
        return new Round(List.of(batch, ctx), op, target);
    }

    private static Round embed(LlamaModel m, boolean closeModel) {
        LlamaContext ctx = m.newContext(embeddings(Pooling.MEAN));
        return new Round(List.of(ctx), () -> ctx.embed(TEXTS, Normalization.EUCLIDEAN), closeModel ? m : ctx);
    }

    private static Round rank(LlamaModel m, boolean closeModel) {
        LlamaContext ctx = m.newContext(embeddings(Pooling.RANK));
        return new Round(List.of(ctx), () -> ctx.rank("a query", TEXTS), closeModel ? m : ctx);
    }

    private static Round state(LlamaModel m, boolean closeModel) {
        LlamaContext ctx = m.newContext(small());
        ctx.generate("State of a context", GenerateParams.builder().maxTokens(4).build()).run();
        Runnable op = () -> {
            byte[] s = ctx.saveState();
            ctx.restoreState(s);
        };
        return new Round(List.of(ctx), op, closeModel ? m : ctx);
    }

    private static Round lora(LlamaModel m, String close) {
        LlamaContext ctx = m.newContext(small());
        LoraAdapter a = m.loadLora(adapter);
        Runnable op = () -> {
            ctx.setLora(a, 0.5f);
            ctx.generate("With an adapter", GenerateParams.builder().maxTokens(4).build()).run();
            ctx.removeLora(a);
        };
        AutoCloseable target = switch (close) {
            case "model" -> m;
            case "context" -> ctx;
            default -> a;
        };
        return new Round(List.of(a, ctx), op, target);
    }

    private static Round samplerChain(LlamaModel m) {
        LlamaContext ctx = m.newContext(small());
        SamplerChain chain = Sampler.builder().topK(20).temperature(0.7f).seed(3).build().newChain(m);
        Batch batch = Batch.create(8);
        Runnable op = () -> {
            ctx.memory().clear();
            batch.clear().add(new int[]{1, 2, 3, 4}, 0, 0, true);
            ctx.decode(batch);
            chain.sample(ctx, -1);
        };
        return new Round(List.of(batch, chain, ctx), op, chain);
    }

    private static Round modelUse(LlamaModel m) {
        Runnable op = () -> {
            m.vocab().tokenize("tokenized while the model closes", SpecialTokens.ADD);
            try (LlamaContext c = m.newContext(small())) {
                c.contextSize();
            }
            m.vocab().detokenize(new int[]{1, 2, 3});
        };
        return new Round(List.of(), op, m);
    }

    // ---- the tests ------------------------------------------------------------------------------

    @Test
    void closingTheModelRacesEveryOperation() throws Exception {
        race("generate/model", model, m -> generate(m, true));
        race("decode/model", model, m -> decode(m, "model"));
        race("embed/model", model, m -> embed(m, true));
        race("rank/model", reranker, m -> rank(m, true));
        race("state/model", model, m -> state(m, true));
        race("lora/model", model, m -> lora(m, "model"));
        race("tokenize+newContext/model", model, CloseRaceTest::modelUse);
    }

    @Test
    void closingTheContextRacesEveryOperation() throws Exception {
        race("generate/context", model, m -> generate(m, false));
        race("decode/context", model, m -> decode(m, "context"));
        race("embed/context", model, m -> embed(m, false));
        race("rank/context", reranker, m -> rank(m, false));
        race("state/context", model, m -> state(m, false));
        race("lora/context", model, m -> lora(m, "context"));
    }

    @Test
    void closingAnAdapterBatchOrSamplerRacesItsUse() throws Exception {
        race("lora/adapter", model, m -> lora(m, "adapter"));
        race("decode/batch", model, m -> decode(m, "batch"));
        race("sample/sampler chain", model, CloseRaceTest::samplerChain);
    }

    /**
     * Runs {@link #ROUNDS} rounds: a worker repeats the operation until it fails; the main thread
     * closes the target after a random delay. The worker must stop with an allowed exception, in time.
     */
    private static void race(String name, Path file, Setup setup) throws Exception {
        SplittableRandom random = new SplittableRandom(name.hashCode());
        List<String> endings = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            LlamaModel m = LlamaModel.load(file);
            try {
                Round r = setup.make(m);
                long t0 = System.nanoTime();
                r.op().run(); // once undisturbed: the operation itself works
                long opMicros = (System.nanoTime() - t0) / 1000;
                AtomicReference<Throwable> ended = new AtomicReference<>();
                CountDownLatch started = new CountDownLatch(1);
                Thread worker = Thread.ofPlatform().daemon(true).name("race-" + name).start(() -> {
                    try {
                        started.countDown();
                        for (int i = 0; i < 100_000; i++) r.op().run();
                        ended.set(new AssertionError("the operation never noticed the close"));
                    } catch (Throwable t) {
                        ended.set(t);
                    }
                });
                started.await();
                // within the first few repetitions, at a random point inside one of them
                long delayMicros = random.nextLong(0, 3 * opMicros + 200);
                TimeUnit.MICROSECONDS.sleep(delayMicros);
                // close() on a thread of its own, so that a deadlock fails the test instead of hanging it
                AtomicReference<Throwable> closeFailed = new AtomicReference<>();
                Thread closer = Thread.ofPlatform().daemon(true).name("close-" + name).start(() -> {
                    try {
                        r.target().close();
                    } catch (Throwable t) {
                        closeFailed.set(t);
                    }
                });
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(ROUND_LIMIT_SECONDS);
                closer.join(TimeUnit.SECONDS.toMillis(ROUND_LIMIT_SECONDS));
                worker.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
                for (Thread t : new Thread[]{closer, worker}) {
                    if (t.isAlive()) {
                        fail(name + " round " + round + ": " + t.getName() + " still runs " + ROUND_LIMIT_SECONDS
                                + " s after close() began (deadlock?)\n  " + stack(closer) + "\n  " + stack(worker));
                    }
                }
                if (closeFailed.get() != null) throw new AssertionError(name + ": close() failed", closeFailed.get());
                Throwable t = ended.get();
                assertAllowed(name, round, t);
                endings.add(t.getClass().getSimpleName());
                r.target().close(); // idempotent
                for (AutoCloseable c : r.owned()) c.close();
            } finally {
                m.close();
            }
            assertTrue(m.isClosed());
        }
        assertEquals(ROUNDS, endings.size(), name);
    }

    private static String stack(Thread t) {
        return t.getName() + ":\n    " + Arrays.stream(t.getStackTrace()).map(String::valueOf).collect(Collectors.joining("\n    "));
    }

    /** Closed-object and aborted-decode exceptions are the clear endings; anything else is a bug. */
    private static void assertAllowed(String name, int round, Throwable t) {
        boolean ok = t instanceof IllegalStateException || t instanceof LlamaException;
        if (!ok) {
            AssertionError e = new AssertionError(name + " round " + round + " ended with " + t);
            e.initCause(t);
            throw e;
        }
        String msg = String.valueOf(t.getMessage());
        assertTrue(!msg.isBlank() && !msg.equals("null"), name + ": an exception without a message: " + t);
    }
}
