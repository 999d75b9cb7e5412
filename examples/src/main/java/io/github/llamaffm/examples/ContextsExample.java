package io.github.llamaffm.examples;

import io.github.llamaffm.Batch;
import io.github.llamaffm.BatchGenerator;
import io.github.llamaffm.BatchRequest;
import io.github.llamaffm.Completion;
import io.github.llamaffm.ContextParams;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.KvMemory;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.Sampler;
import io.github.llamaffm.SpecialTokens;
import io.github.llamaffm.testkit.DemoModel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Managing contexts, step by step: a hand-made {@link Batch} with two sequences, KV memory edits,
 * saving and restoring one sequence, and a {@link BatchGenerator} serving requests from virtual
 * threads with a shared system prompt.
 *
 * <p>Run: {@code make example NAME=ContextsExample [MODEL=path/to/model.gguf]} (without a model,
 * the chat program's demo model with random weights is used: the text is noise, the mechanics are real).
 */
public final class ContextsExample {
    private ContextsExample() {}

    /**
     * Runs the walk-through.
     *
     * @param args optional: the model path
     * @throws Exception if the model cannot be loaded or written
     */
    public static void main(String[] args) throws Exception {
        Path modelPath = args.length > 0 ? Path.of(args[0]) : DemoModel.path();
        try (LlamaModel model = LlamaModel.load(modelPath)) {
            batchesAndMemory(model);
            sequenceState(model);
            continuousBatching(model);
        }
    }

    private static void batchesAndMemory(LlamaModel model) {
        System.out.println("== Batch and KV memory");
        ContextParams cp = ContextParams.builder().contextSize(512).sequences(2).unifiedKv(true).build();
        try (LlamaContext ctx = model.newContext(cp); Batch batch = Batch.create(ctx.batchSize())) {
            int[] system = model.vocab().tokenize("You are a helpful assistant.", SpecialTokens.ADD);
            batch.add(system, 0, 0, true);      // sequence 0, positions 0.., logits for the last token
            ctx.decode(batch);
            KvMemory memory = ctx.memory();
            memory.copy(0, 1);                  // sequence 1 shares the prefix: no second decode
            System.out.printf("prefix of %d tokens decoded once; sequence 1 holds positions %d..%d%n",
                    system.length, memory.minPosition(1), memory.maxPosition(1));
            int[] q0 = model.vocab().tokenize(" What is a cat?", SpecialTokens.NONE);
            int[] q1 = model.vocab().tokenize(" What is a dog?", SpecialTokens.NONE);
            batch.clear();
            int row0 = batch.add(q0, system.length, 0, true);
            int row1 = batch.add(q1, system.length, 1, true);
            ctx.decode(batch);                  // both questions in one llama_decode
            System.out.printf("next token: sequence 0 -> %d, sequence 1 -> %d (logits read in place, %d bytes)%n",
                    argmax(ctx, row0), argmax(ctx, row1), ctx.logits(row0).byteSize());
            memory.remove(1, system.length, -1); // rewind sequence 1 to the prefix
            System.out.println("sequence 1 rewound to position " + memory.maxPosition(1));
        }
    }

    private static void sequenceState(LlamaModel model) throws Exception {
        System.out.println("== Sequence state");
        Path file = Files.createTempFile("llama-ffm-sequence", ".state");
        GenerateParams gp = GenerateParams.builder().maxTokens(8).build();
        try (LlamaContext a = model.newContext(); LlamaContext b = model.newContext()) {
            a.complete("Once upon a time", gp);
            a.saveSequence(0, file);                // the KV of sequence 0 and the tokens generate() remembers
            b.restoreSequence(0, file);
            String fromA = a.complete("Once upon a time", gp);   // both reuse the saved tokens
            String fromB = b.complete("Once upon a time", gp);
            System.out.printf("%d bytes saved; restored context continues identically: %b%n", Files.size(file), fromA.equals(fromB));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void continuousBatching(LlamaModel model) throws Exception {
        System.out.println("== Continuous batching");
        String system = "You are a terse assistant.\n";
        List<String> questions = List.of("Name a fruit.", "Name a planet.", "Name a river.", "Name a metal.",
                "Name a colour.", "Name a bird.");
        ContextParams cp = ContextParams.builder().contextSize(5 * 512).sequences(5).build();
        try (LlamaContext ctx = model.newContext(cp);
             BatchGenerator gen = BatchGenerator.builder(ctx).sharedPrefix(system).build()) {
            long t0 = System.nanoTime();
            List<Thread> clients = new ArrayList<>();
            for (int i = 0; i < questions.size(); i++) {
                String q = questions.get(i);
                long seed = i;
                clients.add(Thread.ofVirtual().start(() -> {
                    GenerateParams gp = GenerateParams.builder().maxTokens(32).stop("\n")
                            .sampler(Sampler.builder().topK(40).topP(0.95f).temperature(0.7f).seed(seed).build()).build();
                    BatchRequest r = gen.submit(system + q, gp);
                    StringBuilder text = new StringBuilder();
                    r.forEach(t -> text.append(t.text()));  // streams as the tokens come
                    Completion c = r.join();
                    System.out.printf("%-16s -> %-40.40s [%s, %d tokens]%n", q, text.toString().strip(), c.stopReason(), c.generatedTokens());
                }));
            }
            for (Thread t : clients) t.join();
            double seconds = (System.nanoTime() - t0) / 1e9;
            BatchGenerator.Stats s = gen.stats();
            System.out.printf("%d requests, %d tokens in %.2f s (%.1f tokens/s) with %d decode calls; prefix reused %d times%n",
                    questions.size(), s.generatedTokens(), seconds, s.generatedTokens() / seconds, s.steps(), s.prefixReuses());
        }
    }

    private static int argmax(LlamaContext ctx, int row) {
        var logits = ctx.logits(row);
        int best = 0;
        for (int i = 1; i < logits.byteSize() / 4; i++) {
            if (logits.getAtIndex(java.lang.foreign.ValueLayout.JAVA_FLOAT, i) > logits.getAtIndex(java.lang.foreign.ValueLayout.JAVA_FLOAT, best)) best = i;
        }
        return best;
    }
}
