package io.github.llamaffm.tests;

import io.github.llamaffm.Completion;
import io.github.llamaffm.ContextParams;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.Media;
import io.github.llamaffm.MultimodalProjector;
import io.github.llamaffm.MultimodalPrompt;
import io.github.llamaffm.ProjectorParams;
import io.github.llamaffm.chat.ChatMessage;
import io.github.llamaffm.chat.ChatSession;
import io.github.llamaffm.testkit.RandomLlamaModel;
import io.github.llamaffm.testkit.RandomProjector;
import io.github.llamaffm.testkit.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.github.llamaffm.tests.MtmdCli.chatml;
import static io.github.llamaffm.tests.MtmdCli.greedy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Images through llama.cpp's libmtmd: a random-weight LLaVA projector (testkit's RandomProjector)
 * for the tiny random model, images made by the JDK (TestImages). The oracle is llama.cpp's own
 * llama-mtmd-cli on the same model, projector and image with greedy sampling.
 */
class MultimodalTest {
    static final String PROMPT = "Describe the image.";
    static Path dir;
    static Path modelPath;
    static Path projectorPath;
    static RandomLlamaModel spec;
    static LlamaModel model;
    static MultimodalProjector projector;

    @BeforeAll
    static void setUp() throws Exception {
        dir = Files.createDirectories(Path.of("target", "multimodal").toAbsolutePath());
        modelPath = TestModels.tiny("llama-spm");
        spec = TestModels.spec("llama-spm");
        projectorPath = dir.resolve("mmproj-tiny.gguf");
        RandomProjector.of(spec).seed(3).write(projectorPath);
        for (int seed = 1; seed <= 3; seed++) {
            TestImages.write(dir.resolve("img" + seed + ".png"), "png", 40, 30, seed);
            TestImages.write(dir.resolve("img" + seed + ".bmp"), "bmp", 40, 30, seed);
        }
        model = LlamaModel.load(modelPath);
        projector = MultimodalProjector.load(model, projectorPath, ProjectorParams.builder().threads(2).build());
    }

    @AfterAll
    static void tearDown() {
        if (model != null) model.close();
    }

    private static LlamaContext newContext() {
        return model.newContext(ContextParams.builder().contextSize(512).threads(2).build());
    }

    /** What llama-mtmd-cli generates for one image. */
    private static String mtmdCli(Path image, int n) throws Exception {
        return MtmdCli.run(modelPath, projectorPath, "--image", image, PROMPT, n).text();
    }

    @Test
    void projectorFacts() {
        assertTrue(projector.supportsVision());
        assertFalse(projector.supportsAudio());
        assertEquals(-1, projector.audioSampleRate());
        assertEquals("mlp", projector.projectorType());
        assertEquals("<__media__>", projector.marker());
        // 32x32 pixels in patches of 8: 16 image tokens, whatever the image's own size
        assertEquals(RandomProjector.of(spec).tokensPerImage(), projector.positions(Media.fromBytes(TestImages.png(40, 30, 1))));
        assertEquals(16, projector.positions(Media.image(TestImages.pattern(300, 17, 5))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"img1.png", "img2.png", "img3.bmp"})
    void greedyEqualsLlamaMtmdCli(String image) throws Exception {
        int n = 20;
        String expected = mtmdCli(dir.resolve(image), n);
        try (LlamaContext ctx = newContext()) {
            MultimodalPrompt prompt = MultimodalPrompt.of(projector, chatml(MultimodalProjector.MARKER + PROMPT),
                    Media.fromFile(dir.resolve(image)));
            Completion c = ctx.generate(prompt, greedy(n)).run();
            assertEquals(expected, c.text(), "llama-mtmd-cli and Java differ on " + image);
            // the prompt: BOS, the ChatML text and the 16 image positions, all decoded
            assertEquals(ctx.tokenCount() - c.generatedTokens() + 1, c.promptTokens(), c.toString());
        }
    }

    /** The test above can fail: other images give other tokens. */
    @Test
    void differentImagesGiveDifferentTokens() throws Exception {
        try (LlamaContext ctx = newContext()) {
            List<String> outs = new ArrayList<>();
            for (String image : new String[]{"img1.png", "img2.png", "img3.png"}) {
                outs.add(ctx.complete(MultimodalPrompt.of(projector, chatml(MultimodalProjector.MARKER + PROMPT),
                        Media.fromFile(dir.resolve(image))), greedy(20)));
            }
            assertNotEquals(outs.get(0), outs.get(1));
            assertNotEquals(outs.get(0), outs.get(2));
        }
    }

    /** A BufferedImage, its pixels and its PNG and BMP files are the same image to the model. */
    @Test
    void imageSourcesAgree() throws Exception {
        var img = TestImages.pattern(40, 30, 2);
        byte[] rgb = new byte[40 * 30 * 3];
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 40; x++) {
                int p = img.getRGB(x, y), o = (y * 40 + x) * 3;
                rgb[o] = (byte) (p >> 16);
                rgb[o + 1] = (byte) (p >> 8);
                rgb[o + 2] = (byte) p;
            }
        }
        List<Media> sources = List.of(Media.image(img), Media.rgb(40, 30, rgb), Media.fromFile(dir.resolve("img2.png")),
                Media.fromFile(dir.resolve("img2.bmp")));
        assertEquals(Media.image(img), Media.rgb(40, 30, rgb));
        List<String> outs = new ArrayList<>();
        try (LlamaContext ctx = newContext()) {
            for (Media m : sources) {
                ctx.memory().clear();
                outs.add(ctx.complete(MultimodalPrompt.of(projector, chatml(MultimodalProjector.MARKER + PROMPT), m), greedy(12)));
            }
        }
        for (String o : outs) assertEquals(outs.get(0), o, outs.toString());
    }

    /** Two images in one prompt, text between them; the same prompt again reuses all of it. */
    @Test
    void twoImagesAndPrefixReuse() throws Exception {
        Media a = Media.fromFile(dir.resolve("img1.png")), b = Media.fromFile(dir.resolve("img2.png"));
        String text = chatml("First " + MultimodalProjector.MARKER + " then " + MultimodalProjector.MARKER + " compare.");
        try (LlamaContext ctx = newContext()) {
            Completion first = ctx.generate(MultimodalPrompt.of(projector, text, a, b), greedy(10)).run();
            Completion again = ctx.generate(MultimodalPrompt.of(projector, text, a, b), greedy(10)).run();
            assertEquals(first.text(), again.text());
            assertEquals(1, again.promptTokens(), "the whole prompt was in the context: only its last token is decoded again");
            // swapping the images changes the second image's positions: decoded from there on, and other tokens
            Completion swapped = ctx.generate(MultimodalPrompt.of(projector, text, a, a), greedy(10)).run();
            assertTrue(swapped.promptTokens() > 16 && swapped.promptTokens() < first.promptTokens(), swapped.toString());
            try (LlamaContext fresh = newContext()) {
                assertEquals(fresh.complete(MultimodalPrompt.of(projector, text, a, a), greedy(10)), swapped.text(),
                        "a reused prefix gives what a fresh context gives");
            }
        }
    }

    /** A chat with an image in the first turn: the same tokens as llama-mtmd-cli, and KV reuse in the next turn. */
    @Test
    void chatSessionWithImages() throws Exception {
        int n = 16;
        String expected = mtmdCli(dir.resolve("img1.png"), n);
        Media image = Media.fromFile(dir.resolve("img1.png"));
        try (LlamaContext ctx = newContext()) {
            ChatSession chat = ChatSession.builder(ctx).projector(projector).builtinTemplate("chatml").maxTokens(n).build();
            var first = chat.send(ChatMessage.userParts(image, PROMPT));
            StringBuilder sb = new StringBuilder();
            first.forEach(t -> sb.append(t.text()));
            assertEquals(expected, sb.toString());
            Completion second = chat.send(ChatMessage.userParts("And this one? ", Media.fromFile(dir.resolve("img2.png")))).run();
            int total = ctx.tokenCount() - second.generatedTokens() + 1;
            assertTrue(second.promptTokens() < total - 16, "the first turn and its image are reused: " + second + " of " + total);
            // the same conversation in a fresh context gives the same reply
            try (LlamaContext fresh = newContext()) {
                ChatSession again = ChatSession.builder(fresh).projector(projector).builtinTemplate("chatml").maxTokens(n).build();
                again.reply(ChatMessage.userParts(image, PROMPT));
                assertEquals(second.text(), again.send(ChatMessage.userParts("And this one? ", Media.fromFile(dir.resolve("img2.png")))).run().text());
            }
            assertEquals(List.of(image), chat.messages().get(0).media());
        }
    }

    /** Contexts on several threads share one projector: encodes take turns, every thread gets the single-thread result. */
    @Test
    void oneProjectorForContextsOnSeveralThreads() throws Exception {
        MultimodalPrompt prompt = MultimodalPrompt.of(projector, chatml(MultimodalProjector.MARKER + PROMPT),
                Media.fromFile(dir.resolve("img3.png")));
        String expected;
        try (LlamaContext ctx = newContext()) {
            expected = ctx.complete(prompt, greedy(6));
        }
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> outs = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 3; t++) {
            threads.add(Thread.ofPlatform().start(() -> {
                try (LlamaContext ctx = model.newContext(ContextParams.builder().contextSize(256).threads(1).build())) {
                    for (int i = 0; i < 4; i++) {
                        ctx.memory().clear();
                        outs.add(ctx.complete(prompt, greedy(6)));
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }));
        }
        for (Thread t : threads) t.join(120_000);
        assertEquals(List.of(), failures);
        assertEquals(12, outs.size());
        for (String o : outs) assertEquals(expected, o);
    }

    /** Closing a projector while a generation uses it (from the token loop): the generation ends normally, later use throws. */
    @Test
    void closingTheProjectorFromTheLoopIsSafe() throws Exception {
        MultimodalProjector own = MultimodalProjector.load(model, projectorPath, ProjectorParams.builder().threads(2).build());
        try (LlamaContext ctx = newContext()) {
            MultimodalPrompt prompt = MultimodalPrompt.of(own, chatml(MultimodalProjector.MARKER + PROMPT), Media.fromFile(dir.resolve("img1.png")));
            int n = 0;
            for (var t : ctx.generate(prompt, greedy(8))) {
                if (n++ == 0) own.close();
            }
            assertEquals(8, n);
            assertTrue(own.isClosed());
            assertThrows(IllegalStateException.class, () -> ctx.complete(prompt, greedy(2)));
            assertFalse(ctx.complete(chatml(PROMPT), greedy(2)).isEmpty(), "the context goes on with text");
        }
    }

    /** A generation cancelled while its image decodes ends CANCELLED; the context holds nothing of it and goes on. */
    @Test
    void cancelledWhileTheImageDecodes() throws Exception {
        // no BOS and no text before the marker: the first decode is the image's
        MultimodalPrompt prompt = MultimodalPrompt.of(projector, MultimodalProjector.MARKER + " What is it?",
                Media.fromFile(dir.resolve("img2.png")));
        io.github.llamaffm.Cancellation cancelled = new io.github.llamaffm.Cancellation();
        cancelled.cancel();
        try (LlamaContext ctx = newContext(); LlamaContext fresh = newContext()) {
            Completion c = ctx.generate(prompt, GenerateParams.builder().maxTokens(6).addSpecial(false).cancellation(cancelled).build()).run();
            assertEquals(io.github.llamaffm.StopReason.CANCELLED, c.stopReason());
            assertEquals(0, c.generatedTokens());
            assertEquals(0, ctx.tokenCount());
            assertEquals(-1, ctx.memory().maxPosition(0), "nothing of the aborted image stays in the KV memory");
            GenerateParams gp = GenerateParams.builder().maxTokens(6).addSpecial(false).build();
            assertEquals(fresh.complete(prompt, gp), ctx.complete(prompt, gp));
        }
    }

    // ---- hostile input ------------------------------------------------------------------------

    @Test
    void markerCountsMustMatchTheMedia() {
        Media a = Media.fromBytes(TestImages.png(20, 20, 1));
        assertThrows(IllegalArgumentException.class, () -> MultimodalPrompt.of(projector, "no marker", a));
        assertThrows(IllegalArgumentException.class, () -> MultimodalPrompt.of(projector,
                MultimodalProjector.MARKER + MultimodalProjector.MARKER + " two markers", a));
        assertThrows(IllegalArgumentException.class, () -> MultimodalPrompt.of(projector, MultimodalProjector.MARKER + " none"));
        assertThrows(IllegalArgumentException.class, () -> new ChatMessage("user", "text", "", List.of(), null, null, List.of(a, a)));
        assertThrows(IllegalArgumentException.class, () -> ChatMessage.userParts("typed " + MultimodalProjector.MARKER, a));
        assertThrows(IllegalArgumentException.class, () -> new ChatMessage("assistant", MultimodalProjector.MARKER, "", List.of(), null, null, List.of(a)));
        // a user who types the marker in a session with media: the counts differ, refused before anything is decoded
        try (LlamaContext ctx = newContext()) {
            ChatSession chat = ChatSession.builder(ctx).projector(projector).builtinTemplate("chatml").maxTokens(4).build();
            chat.reply(ChatMessage.userParts(a, "look"));
            assertThrows(IllegalArgumentException.class, () -> chat.reply("I typed " + MultimodalProjector.MARKER));
            assertEquals(2, chat.messages().size(), "the refused message is not part of the conversation");
            // without a projector, media are refused
            ChatSession plain = ChatSession.builder(ctx).builtinTemplate("chatml").build();
            assertThrows(IllegalArgumentException.class, () -> plain.send(ChatMessage.userParts(a, "look")));
        }
    }

    @Test
    void corruptAndUnsupportedImagesAreExceptions() throws Exception {
        byte[] png = TestImages.png(40, 30, 1);
        byte[] truncated = java.util.Arrays.copyOf(png, 60);
        byte[] garbage = new byte[500];
        new java.util.Random(7).nextBytes(garbage);
        byte[] huge = png.clone(); // IHDR claims 100000 x 100000 pixels
        java.nio.ByteBuffer.wrap(huge, 16, 8).putInt(100_000).putInt(100_000);
        assertThrows(IllegalArgumentException.class, () -> Media.fromBytes(huge));
        assertThrows(IllegalArgumentException.class, () -> Media.fromBytes(new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> Media.rgb(10, 10, new byte[299]));
        assertThrows(IllegalArgumentException.class, () -> Media.rgb(0, 10, new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> Media.audio(new float[]{0.1f, Float.NaN}));
        // audio for a projector without audio
        assertThrows(IllegalArgumentException.class, () -> MultimodalPrompt.of(projector, MultimodalProjector.MARKER + " hi",
                Media.audio(new float[16000])));
        try (LlamaContext ctx = newContext()) {
            for (byte[] bad : new byte[][]{truncated, garbage, "RIFF....WAVEfmt not really".getBytes(StandardCharsets.US_ASCII)}) {
                MultimodalPrompt p = MultimodalPrompt.of(projector, chatml(MultimodalProjector.MARKER + PROMPT), Media.fromBytes(bad));
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ctx.complete(p, greedy(4)));
                assertTrue(e.getMessage().contains("cannot decode"), e.getMessage());
            }
            // a prompt that ends with its media
            assertThrows(IllegalArgumentException.class, () -> ctx.complete(MultimodalPrompt.of(projector, "Look: "
                    + MultimodalProjector.MARKER, Media.fromBytes(png)), greedy(4)));
            assertThrows(IllegalArgumentException.class, () -> projector.positions(Media.fromBytes(garbage)));
            // the context and the projector still work
            assertFalse(ctx.complete(MultimodalPrompt.of(projector, chatml(MultimodalProjector.MARKER + PROMPT), Media.fromBytes(png)),
                    greedy(4)).isEmpty());
        }
    }

    @Test
    void aProjectorForAnotherModelOrAClosedOneIsRefused() throws Exception {
        Path other = dir.resolve("tiny-other.gguf");
        RandomLlamaModel.tiny().vocabulary(TestModels.vocab("llama-spm")).seed(99).build().write(other);
        try (LlamaModel m2 = LlamaModel.load(other); LlamaContext ctx = m2.newContext(ContextParams.builder().contextSize(256).threads(2).build())) {
            MultimodalPrompt p = MultimodalPrompt.of(projector, chatml(MultimodalProjector.MARKER + PROMPT), Media.fromBytes(TestImages.png(8, 8, 1)));
            assertThrows(IllegalArgumentException.class, () -> ctx.generate(p, greedy(4)));
            MultimodalProjector own = MultimodalProjector.load(m2, projectorPath);
            own.close();
            own.close();
            assertTrue(own.isClosed());
            assertThrows(IllegalStateException.class, own::supportsVision);
            MultimodalPrompt q = MultimodalPrompt.of(MultimodalProjector.load(m2, projectorPath), chatml(MultimodalProjector.MARKER + PROMPT),
                    Media.fromBytes(TestImages.png(8, 8, 1)));
            m2.close(); // closes the projector too
            assertTrue(q.projector().isClosed());
        }
    }
}
