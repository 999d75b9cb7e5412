package io.github.llamaffm.tests;

import io.github.llamaffm.Completion;
import io.github.llamaffm.ContextFullException;
import io.github.llamaffm.ContextParams;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.Generation;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaException;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.Sampler;
import io.github.llamaffm.SpecialTokens;
import io.github.llamaffm.StopReason;
import io.github.llamaffm.Token;
import io.github.llamaffm.Vocab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Generation end to end on random-weight llama models with real tokenizers. */
class GenerationTest {
    private static LlamaModel spm;
    private static LlamaModel bpe;

    @BeforeAll
    static void load() {
        spm = LlamaModel.load(TestModels.tiny("llama-spm"));
        bpe = LlamaModel.load(TestModels.tiny("llama-bpe"));
    }

    @AfterAll
    static void close() {
        spm.close();
        bpe.close();
    }

    private static LlamaModel model(String vocab) {
        return vocab.equals("llama-spm") ? spm : bpe;
    }

    private static ContextParams.Builder ctxParams() {
        return ContextParams.builder().contextSize(512).threads(2);
    }

    /** Greedy generation from Java gives exactly the tokens llama.cpp's own llama-simple prints. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "llama-spm|Hello, my name is",
            "llama-spm|The capital of France is",
            "llama-spm|Once upon a time, in a land far away,",
            "llama-bpe|Hello, my name is",
            "llama-bpe|The capital of France is",
            "llama-bpe|def fibonacci(n):"})
    void greedyEqualsLlamaSimple(String vocab, String prompt) throws Exception {
        int nPredict = 24;
        Path modelPath = TestModels.tiny(vocab);
        Process p = new ProcessBuilder(NativeSource.bin().resolve("llama-simple").toString(), "-m", modelPath.toString(),
                "-n", Integer.toString(nPredict), prompt).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), "llama-simple failed");

        LlamaModel m = model(vocab);
        Vocab v = m.vocab();
        int[] promptTokens = v.tokenize(prompt, SpecialTokens.ADD_AND_PARSE); // as llama-simple tokenizes
        ByteArrayOutputStream java = new ByteArrayOutputStream();
        for (int t : promptTokens) java.writeBytes(v.pieceBytes(t, true));
        // llama-simple's context: prompt + n_predict - 1 tokens (its 4 threads vs our 2 change no result).
        try (LlamaContext ctx = m.newContext(ContextParams.builder().contextSize(promptTokens.length + nPredict - 1)
                .batchSize(promptTokens.length).threads(2).build())) {
            List<Integer> ids = new ArrayList<>();
            Generation g = ctx.generate(promptTokens, GenerateParams.builder().maxTokens(nPredict).renderSpecial(true).build());
            for (Token t : g) if (t.id() >= 0) ids.add(t.id());
            for (int id : ids) java.writeBytes(v.pieceBytes(id, true));
            assertTrue(ids.size() == nPredict || g.result().stopReason() == StopReason.END_OF_GENERATION, g.result().toString());
        }
        java.write('\n');
        assertArrayEquals(out, java.toByteArray(), () -> "llama-simple: " + new String(out) + "\njava: " + java);
    }

    @Test
    void seededSamplingIsReproducible() {
        try (LlamaContext ctx = bpe.newContext(ctxParams().build())) {
            List<String> outputs = new ArrayList<>();
            for (long seed : new long[]{42, 42, 7, 8, 9}) {
                Sampler s = Sampler.builder().topK(40).topP(0.95f).minP(0.05f).temperature(0.9f).seed(seed).build();
                outputs.add(ctx.complete("Tell me a story", GenerateParams.builder().maxTokens(20).sampler(s).build()));
            }
            assertEquals(outputs.get(0), outputs.get(1), "same seed, same text");
            assertTrue(outputs.subList(2, 5).stream().anyMatch(o -> !o.equals(outputs.get(0))), "other seeds differ: " + outputs);
            // The same sampler object also resets per generation.
            Sampler s = Sampler.builder().temperature(1.2f).seed(3).build();
            GenerateParams gp = GenerateParams.builder().maxTokens(15).sampler(s).build();
            assertEquals(ctx.complete("Again", gp), ctx.complete("Again", gp));
        }
    }

    @Test
    void everySamplerOfTheBuilderRuns() {
        Sampler all = Sampler.builder().penalties(64, 1.1f, 0.1f, 0.1f).dry(0.8f, 1.75f, 2, 64).topNSigma(2f)
                     .topK(50).typical(0.95f).topP(0.9f).minP(0.02f).xtc(0.5f, 0.1f).dynamicTemperature(0.8f, 0.3f, 1f)
                     .logitBias(spm.vocab().eos(), Float.NEGATIVE_INFINITY).seed(1).build();
        Sampler miro = Sampler.builder().mirostat(5f, 0.1f).seed(2).build();
        Sampler miro2 = Sampler.builder().mirostatV2(5f, 0.1f).temperature(0.7f).seed(3).build();
        try (LlamaContext ctx = spm.newContext(ctxParams().build())) {
            for (Sampler s : new Sampler[]{all, miro, miro2}) {
                Completion c = ctx.generate("Sampling test", GenerateParams.builder().maxTokens(12).sampler(s).build()).run();
                assertEquals(12, c.generatedTokens(), c.toString());
            }
        }
    }

    @Test
    void grammarConstrainsTheOutput() {
        String gbnf = "root ::= (\"cat\" | \"dog\") \" \" [0-9] [0-9]? \"\\n\"";
        try (LlamaContext ctx = bpe.newContext(ctxParams().build())) {
            for (long seed = 1; seed <= 5; seed++) {
                Sampler s = Sampler.builder().grammar(gbnf, "root").temperature(1.0f).seed(seed).build();
                Completion c = ctx.generate("Animal:", GenerateParams.builder().maxTokens(32).sampler(s).build()).run();
                assertTrue(c.text().matches("(cat|dog) [0-9]{1,2}\n"), "'" + c.text() + "'");
                assertEquals(StopReason.END_OF_GENERATION, c.stopReason());
            }
            Sampler bad = Sampler.builder().grammar("root ::= (unclosed", "root").build();
            LlamaException e = assertThrows(LlamaException.class,
                    () -> ctx.complete("x", GenerateParams.builder().maxTokens(4).sampler(bad).build()));
            assertTrue(e.getMessage().contains("grammar"), e.getMessage());
            assertEquals(6, ctx.generate("still usable", GenerateParams.builder().maxTokens(6).build()).run().generatedTokens());
        }
    }

    @Test
    void multiByteCharactersStreamWhole() {
        String target = "日本語 🦙 €";
        Sampler s = Sampler.builder().grammar("root ::= \"" + target + "\"", "root").temperature(0).build();
        try (LlamaContext ctx = spm.newContext(ctxParams().build())) {
            List<Token> tokens = new ArrayList<>();
            Generation g = ctx.generate("Say it:", GenerateParams.builder().maxTokens(40).sampler(s).build());
            g.forEach(tokens::add);
            StringBuilder text = new StringBuilder();
            for (Token t : tokens) {
                assertFalse(t.text().contains("\uFFFD"), "a split character leaked: " + tokens);
                text.append(t.text());
            }
            assertEquals(target, text.toString());
            assertEquals(target, g.result().text());
            assertTrue(tokens.stream().anyMatch(t -> t.text().isEmpty()), "some character spans tokens: " + tokens);
        }
    }

    @Test
    void stopStringsSpanTokensAndAreNotEmitted() {
        Sampler s = Sampler.builder().grammar("root ::= \"alpha beta<END>gamma\"", "root").temperature(0).build();
        try (LlamaContext ctx = bpe.newContext(ctxParams().build())) {
            Generation g = ctx.generate("Go:", GenerateParams.builder().maxTokens(40).sampler(s).stop("<END>").build());
            StringBuilder streamed = new StringBuilder();
            for (Token t : g) streamed.append(t.text());
            assertEquals("alpha beta", streamed.toString());
            assertEquals("alpha beta", g.result().text());
            assertEquals(StopReason.STOP_STRING, g.result().stopReason());
        }
    }

    @Test
    void cancellationStopsPromptlyAndLeavesTheContextUsable() throws Exception {
        try (LlamaContext ctx = spm.newContext(ctxParams().build())) {
            io.github.llamaffm.Cancellation cancel = new io.github.llamaffm.Cancellation();
            Generation g = ctx.generate("Count with me:", GenerateParams.builder().maxTokens(400).cancellation(cancel).build());
            int n = 0;
            for (Token t : g) {
                if (++n == 3) cancel.cancel();
            }
            assertEquals(StopReason.CANCELLED, g.result().stopReason());
            assertEquals(3, g.result().generatedTokens());

            // Cancelled before it starts: the abort callback stops the prompt decode itself.
            io.github.llamaffm.Cancellation early = new io.github.llamaffm.Cancellation();
            early.cancel();
            Completion c = ctx.generate("A prompt that is never decoded " + "word ".repeat(200),
                    GenerateParams.builder().maxTokens(5).cancellation(early).build()).run();
            assertEquals(StopReason.CANCELLED, c.stopReason());
            assertEquals(0, c.generatedTokens());

            // Interrupting the generating thread.
            Completion[] result = new Completion[1];
            ctx.memory().clear();
            Thread t = Thread.ofPlatform().start(() -> {
                Generation gen = ctx.generate("Interrupt me", GenerateParams.builder().maxTokens(400).build());
                int k = 0;
                for (Token tok : gen) {
                    if (++k == 2) Thread.currentThread().interrupt();
                }
                result[0] = gen.result();
            });
            t.join(60_000);
            assertFalse(t.isAlive());
            assertEquals(StopReason.CANCELLED, result[0].stopReason());
            assertEquals(2, result[0].generatedTokens());

            Completion after = ctx.generate("Still works", GenerateParams.builder().maxTokens(5).build()).run();
            assertEquals(5, after.generatedTokens());
        }
    }

    @Test
    void contextLimitsAreExplicit() {
        try (LlamaContext ctx = spm.newContext(ContextParams.builder().contextSize(64).batchSize(64).build())) {
            String longPrompt = "word ".repeat(ctx.contextSize() + 10); // llama.cpp may round the size up
            ContextFullException e = assertThrows(ContextFullException.class,
                    () -> ctx.complete(longPrompt, GenerateParams.defaults()));
            assertTrue(e.getMessage().contains("context holds " + ctx.contextSize()), e.getMessage());
            int[] prompt = new int[50];
            Arrays.fill(prompt, 1000);
            prompt[0] = spm.vocab().bos();
            Completion c = ctx.generate(prompt, GenerateParams.builder().maxTokens(1000).build()).run();
            assertEquals(StopReason.CONTEXT_FULL, c.stopReason(), c.toString());
            assertEquals(ctx.contextSize() - prompt.length + 1, c.generatedTokens());
        }
    }

    @Test
    void longPromptsAreDecodedInBatchesAndPrefixesAreReused() {
        try (LlamaContext ctx = bpe.newContext(ctxParams().batchSize(16).microBatchSize(16).build())) {
            String prompt = "The quick brown fox jumps over the lazy dog. ".repeat(8);
            int n = bpe.vocab().tokenize(prompt, SpecialTokens.ADD_AND_PARSE).length;
            assertTrue(n > 3 * 16, "prompt tokens: " + n);
            Completion first = ctx.generate(prompt, GenerateParams.builder().maxTokens(4).build()).run();
            assertEquals(n, first.promptTokens());
            assertTrue(first.promptTokensPerSecond() > 0 && first.generationTokensPerSecond() > 0, first.toString());
            // The same prompt plus more: only the new part is decoded.
            Completion second = ctx.generate(prompt + first.text() + " And then", GenerateParams.builder().maxTokens(4).build()).run();
            assertTrue(second.promptTokens() < 12, "decoded again: " + second.promptTokens());
            assertTrue(ctx.tokenCount() > n);
            ctx.memory().clear();
            assertEquals(0, ctx.tokenCount());
            assertEquals(n, ctx.generate(prompt, GenerateParams.builder().maxTokens(1).build()).run().promptTokens());
        }
    }

    @Test
    void logitsAreAZeroCopyViewThatExpires() {
        try (LlamaContext ctx = spm.newContext(ctxParams().build())) {
            ctx.complete("Hi", GenerateParams.builder().maxTokens(1).build());
            MemorySegment logits = ctx.logits(-1);
            assertEquals(spm.vocab().size() * 4L, logits.byteSize());
            assertTrue(logits.isReadOnly());
            float max = Float.NEGATIVE_INFINITY;
            for (long i = 0; i < spm.vocab().size(); i++) max = Math.max(max, logits.getAtIndex(ValueLayout.JAVA_FLOAT, i));
            assertTrue(Float.isFinite(max));
            assertThrows(IllegalArgumentException.class, () -> ctx.logits(5));
            ctx.complete("Hi there", GenerateParams.builder().maxTokens(2).build());
            assertThrows(IllegalStateException.class, () -> logits.get(ValueLayout.JAVA_FLOAT, 0), "stale view");
        }
    }

    @Test
    void misuseEndsInExceptionsNotCrashes() throws Exception {
        LlamaModel m = LlamaModel.load(TestModels.tiny("llama-spm"));
        LlamaContext ctx = m.newContext(ctxParams().build());
        LlamaContext other = m.newContext(ctxParams().build());
        Sampler sampler = Sampler.builder().topK(5).seed(1).build();
        assertEquals(3, ctx.generate("ok", GenerateParams.builder().maxTokens(3).sampler(sampler).build()).run().generatedTokens());

        // A context used from a second thread while the first is inside a generation.
        Generation g = ctx.generate("two threads", GenerateParams.builder().maxTokens(50).build());
        var it = g.iterator();
        it.next();
        Exception[] fromOther = new Exception[1];
        Thread t = Thread.ofPlatform().start(() -> {
            try {
                // Enters while the main thread is between steps: allowed, one at a time...
                ctx.memory().clear();
            } catch (Exception e) {
                fromOther[0] = e;
            }
        });
        t.join();
        assertEquals(null, fromOther[0]);
        assertThrows(IllegalStateException.class, it::next, "clear() from elsewhere ended this generation");

        // ...but two threads inside at once get an exception (whichever of them comes second).
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicInteger refusedInWorker = new java.util.concurrent.atomic.AtomicInteger();
        Thread busy = Thread.ofPlatform().start(() -> {
            while (!stop.get()) {
                try {
                    for (Token tok : ctx.generate("busy " + "text ".repeat(100), GenerateParams.builder().maxTokens(20).build())) {
                        if (stop.get()) break;
                    }
                } catch (IllegalStateException e) {
                    if (e.getMessage().contains("in use by another thread")) refusedInWorker.incrementAndGet();
                }
            }
        });
        boolean sawBusy = false;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!sawBusy && System.nanoTime() < deadline) {
            try {
                ctx.threads();
            } catch (IllegalStateException e) {
                sawBusy = e.getMessage().contains("in use by another thread");
            }
        }
        stop.set(true);
        busy.join();
        assertTrue(sawBusy, "a second thread was refused while the first decoded");

        // Closing the model closes its contexts; everything after that is a clear exception.
        m.close();
        assertTrue(ctx.isClosed() && other.isClosed());
        assertThrows(IllegalStateException.class, () -> ctx.complete("x", GenerateParams.defaults()));
        assertThrows(IllegalStateException.class, () -> ctx.logits(-1));
        assertThrows(IllegalStateException.class, () -> ctx.memory().clear());
        assertThrows(IllegalStateException.class, () -> m.vocab().tokenize("x", SpecialTokens.NONE));
        assertThrows(IllegalStateException.class, () -> m.newContext());
        ctx.close();
        other.close();
        m.close();
        // The sampler outlives the model it was bound to and works with another one.
        try (LlamaContext ctx2 = spm.newContext(ctxParams().build())) {
            assertEquals(2, ctx2.generate("again", GenerateParams.builder().maxTokens(2).sampler(sampler).build()).run().generatedTokens());
        }
        assertThrows(IllegalStateException.class, () -> sampler.newChain(m), "no chain for a closed model");
        try (LlamaContext ctx3 = spm.newContext(ctxParams().build())) {
            assertThrows(IllegalArgumentException.class, () -> ctx3.generate(new int[]{spm.vocab().size()}, GenerateParams.defaults()));
            assertThrows(IllegalArgumentException.class, () -> ctx3.generate(new int[0], GenerateParams.defaults()));
            assertNotEquals(0, ctx3.contextSize());
        }
    }
}
