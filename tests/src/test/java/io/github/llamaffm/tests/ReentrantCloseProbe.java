package io.github.llamaffm.tests;

import io.github.llamaffm.Batch;
import io.github.llamaffm.BatchGenerator;
import io.github.llamaffm.BatchRequest;
import io.github.llamaffm.ContextParams;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.internal.NativeLog;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Closes contexts and models from callbacks inside their own calls (and replaces a context's
 * thread pool), in a JVM of its own whose malloc fills freed memory with garbage
 * ({@code MALLOC_PERTURB_}): a call that went on using what was freed would then crash or
 * misbehave instead of passing by luck. Prints
 * {@code ok=<scenario>} per scenario that ended as it should. Run by {@link ReentrantCloseTest}.
 */
public final class ReentrantCloseProbe {
    private ReentrantCloseProbe() {}

    /** Decodes a batch llama.cpp refuses (it logs while inside llama_decode); the log listener runs {@code close}. */
    private static void decodeRefusedBatch(LlamaContext ctx, Runnable close) {
        try (Batch batch = Batch.create(8)) {
            batch.add(new int[]{1, 2}, 0, 0, true);
            batch.add(3, 9, 0, true); // positions not consecutive
            Runnable remove = NativeLog.addListener(line -> close.run());
            try {
                ctx.decode(batch);
                throw new AssertionError("the bad batch was decoded");
            } catch (io.github.llamaffm.LlamaException expected) {
                // refused; the close took effect only once the call returned
            } finally {
                remove.run();
            }
        }
        if (!ctx.isClosed()) throw new AssertionError("the context is not closed");
    }

    /**
     * Runs the scenarios.
     *
     * @param args unused; the model file is the system property {@code probe.model}
     * @throws Exception if a scenario fails
     */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(System.getProperty("probe.model"));
        ContextParams params = ContextParams.builder().contextSize(512).batchSize(128).sequences(3).unifiedKv(true).threads(1).build();
        GenerateParams gp = GenerateParams.builder().maxTokens(16).build();

        // A log listener closes the context, then the model, while llama_decode runs on the context.
        try (LlamaModel model = LlamaModel.load(file)) {
            LlamaContext ctx = model.newContext(params);
            decodeRefusedBatch(ctx, ctx::close);
            try (LlamaContext again = model.newContext(params)) {
                again.generate("still works", gp).run();
            }
            System.out.println("ok=log-listener-closes-context");
        }
        LlamaModel closing = LlamaModel.load(file);
        decodeRefusedBatch(closing.newContext(params), closing::close);
        if (!closing.isClosed()) throw new AssertionError("the model is not closed");
        System.out.println("ok=log-listener-closes-model");

        // A larger thread pool replaces the context's own; the CPU backend still points at the old
        // one until the next graph, and pauses it then: the old pool must still be there.
        try (LlamaModel model = LlamaModel.load(file);
             LlamaContext ctx = model.newContext(ContextParams.builder().contextSize(256).threads(1).batchThreads(1).build())) {
            ctx.generate("one thread", gp).run();
            ctx.setThreads(2, 3);
            ctx.memory().clear();
            ctx.generate("three threads for the prompt, two per token", gp).run();
            System.out.println("ok=thread-pool-replaced");
        }

        // Token consumers of a batch generator close the context, then the model, mid-step.
        for (boolean closeModel : new boolean[]{false, true}) {
            LlamaModel m = LlamaModel.load(file);
            LlamaContext ctx = m.newContext(params);
            try (BatchGenerator gen = BatchGenerator.builder(ctx).build()) {
                BatchRequest a = gen.submit("A first request with a somewhat longer prompt than the other", gp);
                BatchRequest b = gen.submit("The second", gp, t -> {
                    if (closeModel) m.close(); else ctx.close();
                });
                BatchRequest c = gen.submit("A third request", gp);
                for (BatchRequest r : new BatchRequest[]{a, b, c}) {
                    try {
                        r.completion().get(60, TimeUnit.SECONDS);
                    } catch (java.util.concurrent.ExecutionException queued) {
                        // a request still queued when the context closed ends exceptionally
                    }
                }
            }
            if (!ctx.isClosed()) throw new AssertionError("not closed");
            m.close();
            System.out.println("ok=batch-consumer-closes-" + (closeModel ? "model" : "context"));
        }
    }
}
