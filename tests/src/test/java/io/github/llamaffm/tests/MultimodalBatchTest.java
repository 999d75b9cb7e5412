package io.github.llamaffm.tests;

import io.github.llamaffm.BatchGenerator;
import io.github.llamaffm.BatchRequest;
import io.github.llamaffm.Completion;
import io.github.llamaffm.ContextParams;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.Media;
import io.github.llamaffm.MultimodalProjector;
import io.github.llamaffm.MultimodalPrompt;
import io.github.llamaffm.ProjectorParams;
import io.github.llamaffm.StopReason;
import io.github.llamaffm.chat.ChatCall;
import io.github.llamaffm.chat.ChatEngine;
import io.github.llamaffm.chat.ChatMessage;
import io.github.llamaffm.chat.ChatRequest;
import io.github.llamaffm.chat.ChatResult;
import io.github.llamaffm.chat.ChatSession;
import io.github.llamaffm.testkit.RandomProjector;
import io.github.llamaffm.testkit.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Media prompts through continuous batching ({@link BatchGenerator}, {@link ChatEngine}) against
 * the single-context path ({@link LlamaContext#generate(MultimodalPrompt, GenerateParams)} and
 * {@link ChatSession}), which {@link MultimodalTest} checks against llama.cpp's llama-mtmd-cli:
 * greedy replies must be the same tokens, with several images in one batch and with prompt reuse.
 */
class MultimodalBatchTest {
    static final String PROMPT = "Describe the image.";
    static Path dir;
    static LlamaModel model;
    static MultimodalProjector projector;
    static List<Media> images = new ArrayList<>();

    @BeforeAll
    static void setUp() throws Exception {
        dir = Files.createDirectories(Path.of("target", "multimodal-batch").toAbsolutePath());
        Path projectorPath = dir.resolve("mmproj-tiny.gguf");
        RandomProjector.of(TestModels.spec("llama-spm")).seed(3).write(projectorPath);
        model = LlamaModel.load(TestModels.tiny("llama-spm"));
        projector = MultimodalProjector.load(model, projectorPath, ProjectorParams.builder().threads(2).build());
        for (int seed = 1; seed <= 4; seed++) images.add(Media.fromBytes(TestImages.png(40, 30, seed)));
    }

    @AfterAll
    static void tearDown() {
        if (model != null) model.close();
    }

    private static String chatml(String user) {
        return "<|im_start|>user\n" + user + "<|im_end|>\n<|im_start|>assistant\n";
    }

    private static GenerateParams greedy(int n) {
        return GenerateParams.builder().maxTokens(n).renderSpecial(true).build();
    }

    private static MultimodalPrompt prompt(Media m) {
        return MultimodalPrompt.of(projector, chatml(MultimodalProjector.MARKER + PROMPT), m);
    }

    /** What a context of its own generates for the prompt (the path MultimodalTest holds to llama-mtmd-cli). */
    private static Completion single(MultimodalPrompt p, GenerateParams gp) {
        try (LlamaContext ctx = model.newContext(ContextParams.builder().contextSize(512).threads(2).build())) {
            return ctx.generate(p, gp).run();
        }
    }

    private static LlamaContext batchContext(int sequences) {
        return model.newContext(ContextParams.builder().contextSize(512 * sequences).sequences(sequences).unifiedKv(true).threads(2).build());
    }

    /**
     * Three requests with different images admitted in the same step (a text request's consumer
     * holds the decoding thread until all three are queued): their media are decoded into their own
     * sequences, their text shares the batches, and each reply is the single-context one.
     */
    @Test
    void differentImagesInOneBatchGiveTheSingleContextReplies() throws Exception {
        int n = 16;
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 3; i++) expected.add(single(prompt(images.get(i)), greedy(n)).text());
        assertNotEquals(expected.get(0), expected.get(1), "other images, other tokens: the comparison can fail");
        assertNotEquals(expected.get(0), expected.get(2));

        CountDownLatch queued = new CountDownLatch(1);
        try (LlamaContext ctx = batchContext(4); BatchGenerator gen = BatchGenerator.builder(ctx).build()) {
            BatchRequest gate = gen.submit(chatml("Hold on."), GenerateParams.builder().maxTokens(n).build(), t -> {
                try {
                    queued.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            while (gen.running() == 0) Thread.sleep(1);
            List<BatchRequest> requests = new ArrayList<>();
            for (int i = 0; i < 3; i++) requests.add(gen.submit(prompt(images.get(i)), greedy(n), null));
            long stepsBefore = gen.stats().steps();
            queued.countDown();
            List<String> texts = new ArrayList<>();
            for (BatchRequest r : requests) {
                StringBuilder sb = new StringBuilder();
                for (var t : r) sb.append(t.text());
                Completion c = r.join();
                assertEquals(sb.toString(), c.text());
                texts.add(c.text());
                assertEquals(n, c.generatedTokens());
                assertEquals(r.promptPositions(), c.promptTokens(), "every position decoded: " + c);
            }
            gate.join();
            assertEquals(expected, texts);
            long steps = gen.stats().steps() - stepsBefore;
            // one after another, 3 requests of n tokens would take at least 3 * n steps
            assertTrue(steps < 2 * n, "the three requests shared their steps: " + steps + " steps");
        }
    }

    /** ChatEngine with a projector gives ChatSession's reply, for requests in flight together. */
    @Test
    void chatEngineEqualsChatSession() throws Exception {
        int n = 12;
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            try (LlamaContext ctx = model.newContext(ContextParams.builder().contextSize(512).threads(2).build())) {
                ChatSession chat = ChatSession.builder(ctx).projector(projector).builtinTemplate("chatml").maxTokens(n).build();
                expected.add(chat.send(ChatMessage.userParts(images.get(i), PROMPT)).run().text());
            }
        }
        try (ChatEngine engine = ChatEngine.builder(model).builtinTemplate("chatml").projector(projector)
                .contextParams(ContextParams.builder().contextSize(1536).sequences(3).unifiedKv(true).threads(2).build()).build()) {
            assertEquals(projector, engine.projector().orElseThrow());
            List<ChatCall> calls = new ArrayList<>();
            List<ChatRequest> requests = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                requests.add(ChatRequest.builder(List.of(ChatMessage.userParts(images.get(i), PROMPT))).build());
                calls.add(engine.submit(requests.get(i), GenerateParams.builder().maxTokens(n).build()));
            }
            List<String> texts = new ArrayList<>();
            for (ChatCall c : calls) {
                ChatResult r = c.join();
                assertEquals(r.promptTokens(), engine.countTokens(requests.get(texts.size())), "countTokens counts the image's positions");
                texts.add(r.completion().text());
                assertEquals(r.promptTokens(), r.completion().promptTokens(), r.toString());
                assertTrue(r.promptTokens() > RandomProjector.of(TestModels.spec("llama-spm")).tokensPerImage(), "image positions counted");
            }
            assertEquals(expected, texts);
        }
    }

    /**
     * The next turn of a conversation with an image reuses the image a sequence holds from the
     * previous request; a request with another image at that place reuses only the text before it.
     * Both replies are those of ChatSession and a fresh context.
     */
    @Test
    void prefixReuseAcrossRequestsSharingAnImage() throws Exception {
        int n = 10;
        Media image = images.get(0);
        ChatMessage first = ChatMessage.userParts(image, PROMPT);
        ChatMessage next = ChatMessage.user("And what else?");
        String firstReply, secondReply;
        try (LlamaContext ctx = model.newContext(ContextParams.builder().contextSize(512).threads(2).build())) {
            ChatSession chat = ChatSession.builder(ctx).projector(projector).builtinTemplate("chatml").maxTokens(n).build();
            firstReply = chat.send(first).run().text();
            secondReply = chat.send(next).run().text();
        }
        int imagePositions = projector.positions(image);
        try (ChatEngine engine = ChatEngine.builder(model).builtinTemplate("chatml").projector(projector)
                .contextParams(ContextParams.builder().contextSize(512).sequences(1).threads(2).build()).build()) {
            GenerateParams gp = GenerateParams.builder().maxTokens(n).build();
            ChatResult a = engine.chat(ChatRequest.builder(List.of(first)).build(), gp);
            assertEquals(firstReply, a.completion().text());
            assertEquals(a.promptTokens(), a.completion().promptTokens(), "a fresh sequence decodes everything");

            ChatResult b = engine.chat(ChatRequest.builder(List.of(first, ChatMessage.assistant(a.reply().content()), next)).build(), gp);
            assertEquals(secondReply, b.completion().text(), "the next turn, its image reused, equals ChatSession's");
            assertTrue(b.completion().promptTokens() < b.promptTokens() - imagePositions,
                    "the image and the first turn are reused: " + b.completion().promptTokens() + " of " + b.promptTokens());
            assertTrue(engine.stats().cachedTokens() > imagePositions, engine.stats().toString());

            // another image at the same place: reuse ends where the images differ, never inside the first one's chunk
            ChatMessage other = ChatMessage.userParts(images.get(1), PROMPT);
            ChatResult c = engine.chat(ChatRequest.builder(List.of(other)).build(), gp);
            assertTrue(c.completion().promptTokens() >= imagePositions + 1, c.completion().toString());
            assertTrue(c.completion().promptTokens() < c.promptTokens(), "the text before the image is reused: " + c.completion());
            try (LlamaContext fresh = model.newContext(ContextParams.builder().contextSize(512).threads(2).build())) {
                ChatSession chat = ChatSession.builder(fresh).projector(projector).builtinTemplate("chatml").maxTokens(n).build();
                assertEquals(chat.send(other).run().text(), c.completion().text());
            }
        }
    }

    /**
     * Media requests cancelled at random moments (queued, while their image decodes, while they
     * generate) and a generator closed with media requests in flight end cleanly; the context then
     * gives the single-context reply.
     */
    @Test
    void cancellationAndCloseDuringMediaEndCleanly() throws Exception {
        int n = 8;
        String expected = single(prompt(images.get(3)), greedy(n)).text();
        try (LlamaContext ctx = batchContext(2)) {
            try (BatchGenerator gen = BatchGenerator.builder(ctx).cachePrompts(true).build()) {
                java.util.SplittableRandom random = new java.util.SplittableRandom(5);
                List<BatchRequest> all = new ArrayList<>();
                for (int i = 0; i < 24; i++) {
                    BatchRequest r = gen.submit(prompt(images.get(i % 4)), greedy(n), null);
                    all.add(r);
                    if (random.nextBoolean()) {
                        Thread.sleep(random.nextInt(3));
                        r.cancel();
                    }
                }
                for (BatchRequest r : all) {
                    Completion c = r.completion().get(60, TimeUnit.SECONDS);
                    assertTrue(c.stopReason() == StopReason.CANCELLED || c.stopReason() == StopReason.MAX_TOKENS, c.toString());
                }
                // after all that, the kept sequences still give the single-context reply
                assertEquals(expected, gen.submit(prompt(images.get(3)), greedy(n), null).join().text());
                assertEquals(expected, gen.submit(prompt(images.get(3)), greedy(n), null).join().text(), "again, from the prompt cache");
                // closed with media requests running and queued
                for (int i = 0; i < 6; i++) gen.submit(prompt(images.get(i % 4)), greedy(n), null);
            }
            assertEquals(-1, ctx.memory().maxPosition(0), "the closed generator leaves an empty memory");
            assertEquals(expected, ctx.complete(prompt(images.get(3)), greedy(n)));
        }
    }

    /**
     * A request cancelled while the decoding thread is inside its media decode: the thread waits
     * for the projector, which another thread holds with a large image, and the request is
     * cancelled then; the decode that follows is aborted by llama.cpp's abort callback, the request
     * ends CANCELLED with none of its image decoded, and the next request gets the single-context reply.
     */
    @Test
    void cancelledInsideItsMediaDecode() throws Exception {
        int n = 6;
        String expected = single(prompt(images.get(1)), greedy(n)).text();
        Media big = Media.fromBytes(uniformPng(6000, 6000));
        CountDownLatch release = new CountDownLatch(1);
        Thread[] decoder = new Thread[1];
        try (LlamaContext ctx = batchContext(2); BatchGenerator gen = BatchGenerator.builder(ctx).build()) {
            BatchRequest gate = gen.submit(chatml("Hold on."), GenerateParams.builder().maxTokens(2).build(), t -> {
                decoder[0] = Thread.currentThread();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            while (decoder[0] == null) Thread.sleep(1);
            BatchRequest r = gen.submit(prompt(images.get(1)), greedy(n), null);
            Thread holder = Thread.ofPlatform().start(() -> projector.positions(big)); // holds the projector while it decodes
            await(() -> holdsProjector(holder), "the other thread holds the projector");
            release.countDown();
            await(() -> decoder[0].getState() == Thread.State.WAITING && stackHas(decoder[0], "decodeMedia"),
                    "the decoding thread waits for the projector inside the media decode");
            assertTrue(holder.isAlive(), "the projector is still held");
            r.cancel();
            holder.join(120_000);
            Completion c = r.join();
            gate.join();
            assertEquals(StopReason.CANCELLED, c.stopReason());
            assertEquals(0, c.generatedTokens());
            assertTrue(c.promptTokens() < projector.positions(images.get(1)), "none of the image was decoded: " + c);
            assertEquals(expected, gen.submit(prompt(images.get(1)), greedy(n), null).join().text());
        }
    }

    /** Whether {@code t} runs code of the projector's that holds its lock (a lambda given to its {@code use}). */
    private static boolean holdsProjector(Thread t) {
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().equals(MultimodalProjector.class.getName()) && e.getMethodName().startsWith("lambda$")) return true;
        }
        return false;
    }

    private static boolean stackHas(Thread t, String method) {
        for (StackTraceElement e : t.getStackTrace()) if (e.getMethodName().contains(method)) return true;
        return false;
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("timed out waiting until " + what);
            Thread.sleep(1);
        }
    }

    /** A PNG of one grey, written row by row (small, but many pixels for the decoder). */
    private static byte[] uniformPng(int width, int height) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.DataOutputStream d = new java.io.DataOutputStream(out);
        d.write(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(d, "IHDR", ihdr.array());
        java.io.ByteArrayOutputStream idat = new java.io.ByteArrayOutputStream();
        try (java.util.zip.DeflaterOutputStream z = new java.util.zip.DeflaterOutputStream(idat)) {
            byte[] row = new byte[1 + width * 3];
            java.util.Arrays.fill(row, (byte) 0x80);
            row[0] = 0; // filter: none
            for (int y = 0; y < height; y++) z.write(row);
        }
        chunk(d, "IDAT", idat.toByteArray());
        chunk(d, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(java.io.DataOutputStream d, String type, byte[] data) throws java.io.IOException {
        d.writeInt(data.length);
        byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        d.write(t);
        d.write(data);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(t);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }

    /** Refusals happen on the submitting thread, and the generator goes on. */
    @Test
    void badMediaAreRefusedAtSubmit() throws Exception {
        byte[] garbage = new byte[300];
        new java.util.Random(3).nextBytes(garbage);
        try (LlamaContext ctx = batchContext(2); BatchGenerator gen = BatchGenerator.builder(ctx).build()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> gen.submit(prompt(Media.fromBytes(garbage)), greedy(4), null));
            assertTrue(e.getMessage().contains("cannot decode"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> gen.submit(MultimodalPrompt.of(projector, "Look: "
                    + MultimodalProjector.MARKER, images.get(0)), greedy(4), null), "a prompt that ends with media");
            assertEquals(single(prompt(images.get(2)), greedy(6)).text(), gen.submit(prompt(images.get(2)), greedy(6), null).join().text());
        }
        try (ChatEngine engine = ChatEngine.builder(model).builtinTemplate("chatml").sequences(1).contextSize(512).threads(2).build()) {
            assertThrows(IllegalArgumentException.class, () -> engine.submit(ChatRequest.builder(
                    List.of(ChatMessage.userParts(images.get(0), PROMPT))).build(), greedy(4)), "no projector");
        }
    }
}
