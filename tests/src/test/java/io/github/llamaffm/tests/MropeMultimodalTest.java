package io.github.llamaffm.tests;

import io.github.llamaffm.Completion;
import io.github.llamaffm.ContextParams;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.Media;
import io.github.llamaffm.ModelLoadException;
import io.github.llamaffm.MultimodalProjector;
import io.github.llamaffm.MultimodalPrompt;
import io.github.llamaffm.ProjectorParams;
import io.github.llamaffm.chat.ChatMessage;
import io.github.llamaffm.chat.ChatSession;
import io.github.llamaffm.gguf.GgmlType;
import io.github.llamaffm.gguf.GgufFile;
import io.github.llamaffm.gguf.GgufWriter;
import io.github.llamaffm.testkit.RandomLlamaModel;
import io.github.llamaffm.testkit.RandomQwen2VlProjector;
import io.github.llamaffm.testkit.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.github.llamaffm.tests.MtmdCli.chatml;
import static io.github.llamaffm.tests.MtmdCli.greedy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Images for an M-RoPE model: a random-weight Qwen2-VL pair from the testkit (a {@code qwen2vl}
 * text model with the qwen2 vocabulary and Qwen2-VL's vision tokens, and a {@code qwen2vl_merger}
 * projector), where libmtmd gives an image of {@code nx × ny} tokens only {@code max(nx, ny)}
 * positions. The oracle is llama.cpp's llama-mtmd-cli on the same files with greedy sampling.
 */
class MropeMultimodalTest {
    static final String PROMPT = "Look at " + MultimodalProjector.MARKER + " and tell me what you see.";
    static Path dir;
    static Path modelPath;
    static Path projectorPath;
    static RandomLlamaModel spec;
    static RandomQwen2VlProjector projectorSpec;
    static LlamaModel model;
    static MultimodalProjector projector;

    @BeforeAll
    static void setUp() throws Exception {
        dir = Files.createDirectories(Path.of("target", "mrope").toAbsolutePath());
        // larger weights than the default: attention sharp enough that positions change the tokens
        spec = RandomLlamaModel.qwen2vlTiny().vocabulary(TestModels.vocab("qwen2")).qwen2vlTokens().weightStd(0.15f).seed(77).build();
        modelPath = dir.resolve("qwen2vl-tiny.gguf");
        spec.write(modelPath);
        projectorSpec = RandomQwen2VlProjector.of(spec).seed(5);
        projectorPath = dir.resolve("mmproj-qwen2vl-tiny.gguf");
        projectorSpec.write(projectorPath);
        // 40x24 and 24x48 are multiples of 8 (two patches of 4): 5x3 and 3x6 tokens; 37x29 is resized to 40x32
        TestImages.write(dir.resolve("wide.png"), "png", 40, 24, 1);
        TestImages.write(dir.resolve("tall.bmp"), "bmp", 24, 48, 2);
        TestImages.write(dir.resolve("odd.png"), "png", 37, 29, 3);
        TestImages.write(dir.resolve("other.png"), "png", 40, 24, 4);
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

    /** What llama-mtmd-cli prints for one image and the prompt, and what it logs. */
    private record Cli(String text, String log) {
        /** A number libmtmd logs (verbose), such as "image_tokens->nx = N": the sum over the log's lines. */
        int logged(String what) {
            Matcher m = Pattern.compile(Pattern.quote(what) + " = (\\d+)").matcher(log);
            int n = 0;
            boolean found = false;
            while (m.find()) {
                n += Integer.parseInt(m.group(1));
                found = true;
            }
            assertTrue(found, "llama-mtmd-cli logged no '" + what + "':\n" + log);
            return n;
        }
    }

    private static Cli mtmdCli(Path image, String prompt, int n) throws Exception {
        return mtmdCli(image, prompt, n, false);
    }

    private static Cli mtmdCli(Path image, String prompt, int n, boolean verbose) throws Exception {
        return mtmdCli(projectorPath, image, prompt, n, verbose);
    }

    private static Cli mtmdCli(Path mmproj, Path image, String prompt, int n, boolean verbose) throws Exception {
        MtmdCli.Output o = verbose ? MtmdCli.run(modelPath, mmproj, "--image", image, prompt, n, "-c", "512", "-v")
                : MtmdCli.run(modelPath, mmproj, "--image", image, prompt, n, "-c", "512");
        return new Cli(o.text(), o.log());
    }

    @Test
    void anImageFillsFewerPositionsThanTokens() throws Exception {
        assertEquals("qwen2vl", spec.architecture());
        assertTrue(projector.supportsVision());
        assertEquals("qwen2vl_merger", projector.projectorType());
        // 40x24 pixels: 5x3 tokens, max(5, 3) positions, and <|vision_start|>, <|vision_end|> around them
        Media wide = Media.fromFile(dir.resolve("wide.png"));
        assertEquals(2 + 5, projector.positions(wide));
        assertEquals(2 + 6, projector.positions(Media.fromFile(dir.resolve("tall.bmp"))));
        assertEquals(2 + 5, projector.positions(Media.fromFile(dir.resolve("odd.png")))); // 40x32: 5x4
        // what libmtmd makes of it (llama-mtmd-cli's verbose log): a grid of 5x3, 15 embeddings decoded
        Cli cli = mtmdCli(dir.resolve("wide.png"), PROMPT, 1, true);
        int nx = cli.logged("image_tokens->nx"), ny = cli.logged("image_tokens->ny");
        assertEquals(List.of(5, 3), List.of(nx, ny));
        assertEquals(nx * ny, cli.logged("n_tokens_batch"));
        assertEquals(2 + Math.max(nx, ny), projector.positions(wide));
        assertEquals(2 + nx * ny, projector.tokens(wide), "the KV cells it takes");
        assertTrue(projector.positions(wide) - 2 < nx * ny, "fewer positions than tokens");
        // the context counts positions: the image's hold one negative key, the vision tokens are real ones
        try (LlamaContext ctx = newContext()) {
            Completion c = ctx.generate(MultimodalPrompt.of(projector, chatml(PROMPT), wide), greedy(3)).run();
            int[] keys = ctx.tokens();
            int first = -1, count = 0;
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] < 0) {
                    if (first < 0) first = i;
                    count++;
                }
            }
            assertEquals(5, count, Arrays.toString(keys));
            assertEquals(model.vocab().tokenize("<|vision_start|>", io.github.llamaffm.SpecialTokens.PARSE)[0], keys[first - 1]);
            assertEquals(model.vocab().tokenize("<|vision_end|>", io.github.llamaffm.SpecialTokens.PARSE)[0], keys[first + count]);
            assertEquals(1, model.vocab().tokenize("<|vision_start|>", io.github.llamaffm.SpecialTokens.PARSE).length, "a control token of the vocabulary");
            // positions in the KV memory: the last generated token's is the count before it
            assertEquals(ctx.tokenCount() - 1, ctx.memory().maxPosition(0), c.toString());
        }
    }

    /** The prompt has text before and after the image; Java's greedy tokens are llama-mtmd-cli's. */
    @ParameterizedTest
    @CsvSource({"wide.png", "tall.bmp", "odd.png"})
    void greedyEqualsLlamaMtmdCli(String image) throws Exception {
        int n = 24;
        Cli cli = mtmdCli(dir.resolve(image), PROMPT, n);
        try (LlamaContext ctx = newContext()) {
            Completion c = ctx.generate(MultimodalPrompt.of(projector, chatml(PROMPT), Media.fromFile(dir.resolve(image))),
                    greedy(n)).run();
            assertEquals(cli.text(), c.text(), "llama-mtmd-cli and Java differ on " + image);
            assertEquals(n, c.generatedTokens());
        }
    }

    /**
     * The same encoder as a Qwen2.5-VL projector ({@code qwen2.5vl_merger}) with window attention
     * in every other block: an image of 15x5 merged tokens spans two windows of 112 pixels (14
     * merged tokens), and Java still gives llama-mtmd-cli's tokens.
     */
    @Test
    void qwen25WindowAttentionEqualsLlamaMtmdCli() throws Exception {
        Path mmproj = dir.resolve("mmproj-qwen25vl-tiny.gguf");
        GgufWriter w = projectorSpec.newWriter();
        w.putString("clip.projector_type", "qwen2.5vl_merger");
        w.putUInt32("clip.vision.n_wa_pattern", 2);
        w.write(mmproj);
        Path image = dir.resolve("panorama.png");
        TestImages.write(image, "png", 120, 40, 21);
        int n = 16;
        Cli cli = mtmdCli(mmproj, image, PROMPT, n, false);
        try (MultimodalProjector p = MultimodalProjector.load(model, mmproj, ProjectorParams.builder().threads(2).build());
             LlamaContext ctx = newContext()) {
            assertEquals("qwen2.5vl_merger", p.projectorType());
            Media media = Media.fromFile(image);
            assertEquals(2 + 15, p.positions(media));
            assertEquals(2 + 15 * 5, p.tokens(media));
            assertEquals(cli.text(), ctx.complete(MultimodalPrompt.of(p, chatml(PROMPT), media), greedy(n)));
        }
    }

    /**
     * The comparison above can fail: other images give other tokens, and so does the same prompt
     * with the positions after the image moved (the image's 15 tokens counted as 15 positions, as a
     * model without M-RoPE would).
     */
    @Test
    void imagesAndPositionsChangeTheTokens() throws Exception {
        MultimodalPrompt wide = MultimodalPrompt.of(projector, chatml(PROMPT), Media.fromFile(dir.resolve("wide.png")));
        try (LlamaContext ctx = newContext()) {
            String a = ctx.complete(wide, greedy(16));
            String b = ctx.complete(MultimodalPrompt.of(projector, chatml(PROMPT), Media.fromFile(dir.resolve("other.png"))), greedy(16));
            assertNotEquals(a, b);
            // the same prompt, then the text after the image shifted by the 10 positions M-RoPE saves
            ctx.generate(wide, greedy(1)).run();
            int[] keys = ctx.tokens();
            int end = 0;
            for (int i = 0; i < keys.length; i++) if (keys[i] < 0) end = i + 1;
            int after = keys.length - end;
            try (io.github.llamaffm.Batch batch = io.github.llamaffm.Batch.create(after)) {
                ctx.memory().remove(0, end, -1);
                for (int i = end; i < keys.length; i++) batch.add(keys[i], i + 10, 0, i == keys.length - 1);
                ctx.decode(batch);
                int shifted = argmax(ctx.logits(batch.size() - 1));
                ctx.memory().remove(0, end, -1);
                batch.clear();
                for (int i = end; i < keys.length; i++) batch.add(keys[i], i, 0, i == keys.length - 1);
                ctx.decode(batch);
                int right = argmax(ctx.logits(batch.size() - 1));
                assertEquals(model.vocab().tokenize(a, io.github.llamaffm.SpecialTokens.PARSE)[0], right, "the first generated token again");
                assertNotEquals(right, shifted, "the model is sensitive to the positions after the image");
            }
        }
    }

    private static int argmax(java.lang.foreign.MemorySegment logits) {
        int best = 0;
        long n = logits.byteSize() / 4;
        for (int i = 1; i < n; i++) {
            if (logits.getAtIndex(java.lang.foreign.ValueLayout.JAVA_FLOAT, i) > logits.getAtIndex(java.lang.foreign.ValueLayout.JAVA_FLOAT, best)) best = i;
        }
        return best;
    }

    /**
     * A chat of two turns, an image in each: the first reply equals llama-mtmd-cli's; the second
     * turn decodes only what follows the first turn's prompt (the first image is neither encoded nor
     * decoded again); and its reply equals that of a session whose context decodes the whole
     * conversation afresh.
     */
    @Test
    void chatReusesTheImageAcrossTurns() throws Exception {
        int n = 12;
        String user1 = "Look at ", user1b = " and tell me what you see.";
        Media image = Media.fromFile(dir.resolve("wide.png"));
        ChatMessage turn1 = ChatMessage.userParts(user1, image, user1b);
        ChatMessage turn2 = ChatMessage.userParts("Is it brighter than ", Media.fromFile(dir.resolve("other.png")), "?");
        Cli cli = mtmdCli(dir.resolve("wide.png"), user1 + MultimodalProjector.MARKER + user1b, n);
        try (LlamaContext ctx = newContext()) {
            ChatSession chat = ChatSession.builder(ctx).projector(projector).builtinTemplate("chatml").maxTokens(n).build();
            Completion first = chat.send(turn1).run();
            assertEquals(cli.text(), first.text());
            int firstPrompt = first.promptTokens(); // a fresh context: the whole prompt, in positions
            assertEquals(ctx.tokenCount() - first.generatedTokens() + 1, firstPrompt);
            int imageEnd = 0;
            int[] keys = ctx.tokens();
            for (int i = 0; i < keys.length; i++) if (keys[i] < 0) imageEnd = i + 1;
            Completion second = chat.send(turn2).run();
            int secondPrompt = ctx.tokenCount() - second.generatedTokens() + 1;
            System.out.printf("mrope chat: first prompt %d positions (image ends at %d), second prompt %d, decoded %d%n",
                    firstPrompt, imageEnd, secondPrompt, second.promptTokens());
            assertTrue(second.promptTokens() < secondPrompt - imageEnd, "the first image is not decoded again: " + second);
            assertTrue(second.promptTokens() <= secondPrompt - firstPrompt,
                    "nothing of the first turn's prompt is decoded again: " + second + " of " + secondPrompt);
            try (LlamaContext fresh = newContext()) {
                ChatSession again = ChatSession.builder(fresh).projector(projector).builtinTemplate("chatml").maxTokens(n).build();
                assertEquals(first.text(), again.reply(turn1));
                fresh.memory().clear(); // nothing to reuse: the whole conversation is decoded
                Completion whole = again.send(turn2).run();
                assertEquals(secondPrompt, whole.promptTokens(), whole.toString());
                assertEquals(whole.text(), second.text(), "KV reuse across an M-RoPE image gives what a fresh context gives");
                assertEquals(chat.messages(), again.messages());
            }
        }
    }

    /**
     * A context holds KV cells, and an M-RoPE image takes one per token, more than its positions: a
     * conversation whose positions fit but whose tokens do not drops its oldest turn (the session's
     * policy) instead of failing in the decode.
     */
    @Test
    void chatCountsAnImagesTokensAgainstTheContext() throws Exception {
        TestImages.write(dir.resolve("big1.png"), "png", 96, 96, 11);
        TestImages.write(dir.resolve("big2.png"), "png", 96, 96, 12);
        Media big1 = Media.fromFile(dir.resolve("big1.png")), big2 = Media.fromFile(dir.resolve("big2.png"));
        assertEquals(2 + 12, projector.positions(big1)); // 12x12 = 144 tokens
        ChatMessage second = ChatMessage.userParts("And this one? ", big2, " Say it.");
        try (LlamaContext ctx = model.newContext(ContextParams.builder().contextSize(256).threads(2).build())) {
            assertEquals(256, ctx.contextSize());
            ChatSession chat = ChatSession.builder(ctx).projector(projector).builtinTemplate("chatml").maxTokens(8).build();
            chat.reply(ChatMessage.userParts("Look at ", big1, " now."));
            // about 70 positions, but 2 × 144 image tokens and the text: more than 256 cells
            Completion c = chat.send(second).run();
            assertEquals(2, chat.droppedTurns(), "the first exchange is dropped");
            try (LlamaContext fresh = newContext()) {
                ChatSession alone = ChatSession.builder(fresh).projector(projector).builtinTemplate("chatml").maxTokens(8).build();
                assertEquals(alone.send(second).run().text(), c.text());
            }
            // a plain prompt of about 40 positions and 300 tokens: refused before anything of the context is dropped
            int held = ctx.tokenCount();
            MultimodalPrompt both = MultimodalPrompt.of(projector, chatml("Compare " + MultimodalProjector.MARKER + " with "
                    + MultimodalProjector.MARKER + "."), big1, big2);
            io.github.llamaffm.ContextFullException e = assertThrows(io.github.llamaffm.ContextFullException.class,
                    () -> ctx.complete(both, greedy(4)));
            assertTrue(e.getMessage().contains("positions"), e.getMessage());
            assertEquals(held, ctx.tokenCount(), "the context keeps what it held");
            assertEquals(ctx.tokenCount() - 1, ctx.memory().maxPosition(0));
        }
    }

    // ---- hostile qwen2vl_merger files ---------------------------------------------------------

    private static Path hostile(String name, Consumer<GgufWriter> change) throws Exception {
        GgufWriter w = projectorSpec.newWriter();
        change.accept(w);
        Path p = dir.resolve("hostile-" + name + ".gguf");
        w.write(p);
        return p;
    }

    /** A copy of the good projector without {@code tensor}, or with it as zeros of {@code shape} and {@code type}. */
    private static Path changedTensor(String name, String tensor, long[] shape, GgmlType type) throws Exception {
        GgufWriter w = new GgufWriter();
        w.putAll(projectorSpec.newWriter().metadata());
        try (GgufFile f = GgufFile.read(projectorPath)) {
            for (var t : f.tensors()) {
                if (!t.name().equals(tensor)) {
                    w.addTensor(t.name(), t.type().orElseThrow(), t.shape(), f.readTensorBytes(t.name()));
                } else if (shape != null) {
                    long n = 1;
                    for (long d : shape) n *= d;
                    w.addTensor(t.name(), type, shape, new byte[Math.toIntExact(n * type.typeSize())]);
                }
            }
        }
        Path p = dir.resolve("hostile-" + name + ".gguf");
        w.write(p);
        return p;
    }

    private static String refused(Path p) {
        return assertThrows(ModelLoadException.class, () -> MultimodalProjector.load(model, p)).getMessage();
    }

    /**
     * Files that libmtmd would load and then stop the process with (or run past an array) while an
     * image encodes, outside the loader's abort net: refused at load, and the JVM goes on.
     */
    @Test
    void hostileQwen2VlProjectorsAreRefused() throws Exception {
        // the vision rope asserts an even half head and non-empty sections: head dimension 6
        String m = refused(hostile("head-dim", w -> w.putUInt32("clip.vision.attention.head_count", 16)));
        assertTrue(m.contains("head dimension"), m);
        // n_merge 1: the encode writes 4 positions per patch into a buffer of 1
        m = refused(hostile("merge", w -> w.putUInt32("clip.vision.spatial_merge_size", 1)));
        assertTrue(m.contains("spatial_merge_size"), m);
        // window attention without the window indices only Qwen2.5-VL's encode fills
        m = refused(hostile("window", w -> w.putUInt32("clip.vision.n_wa_pattern", 2)));
        assertTrue(m.contains("n_wa_pattern"), m);
        // a Qwen2.5-VL window (112 pixels) narrower than a merged token: the window loop would never end
        m = refused(hostile("window25", w -> {
            w.putString("clip.projector_type", "qwen2.5vl_merger");
            w.putUInt32("clip.vision.n_wa_pattern", 2);
            w.putUInt32("clip.vision.patch_size", 60);
        }));
        assertTrue(m.contains("window"), m);
        // tensors the graph adds or convolves without a check
        m = refused(changedTensor("no-q-bias", "v.blk.1.attn_q.bias", null, null));
        assertTrue(m.contains("v.blk.1.attn_q.bias"), m);
        m = refused(changedTensor("no-half", "v.patch_embd.weight.1", null, null));
        assertTrue(m.contains("v.patch_embd.weight.1"), m);
        m = refused(changedTensor("merger-shape", "mm.0.weight", new long[]{32, 128}, GgmlType.F32));
        assertTrue(m.contains("mm.0.weight"), m);
        m = refused(changedTensor("kernel-type", "v.patch_embd.weight", new long[]{4, 4, 3, 32}, GgmlType.BF16));
        assertTrue(m.contains("F16 or F32"), m);
        // a projector for another width
        Path other = dir.resolve("hostile-width.gguf");
        RandomQwen2VlProjector.ofWidth(32).write(other);
        m = refused(other);
        assertTrue(m.contains("32") && m.contains("64"), m);
        // the good file still loads and works
        try (MultimodalProjector p = MultimodalProjector.load(model, projectorPath); LlamaContext ctx = newContext()) {
            assertFalse(ctx.complete(MultimodalPrompt.of(p, chatml(PROMPT), Media.fromFile(dir.resolve("odd.png"))), greedy(3)).isEmpty());
        }
    }
}
