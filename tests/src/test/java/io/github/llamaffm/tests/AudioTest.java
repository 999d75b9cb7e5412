package io.github.llamaffm.tests;

import io.github.llamaffm.Completion;
import io.github.llamaffm.ContextParams;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.Media;
import io.github.llamaffm.MultimodalProjector;
import io.github.llamaffm.MultimodalPrompt;
import io.github.llamaffm.ProjectorParams;
import io.github.llamaffm.chat.ChatMessage;
import io.github.llamaffm.chat.ChatSession;
import io.github.llamaffm.testkit.RandomAudioProjector;
import io.github.llamaffm.testkit.RandomLlamaModel;
import io.github.llamaffm.testkit.RandomProjector;
import io.github.llamaffm.testkit.TestAudio;
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
 * Audio through llama.cpp's libmtmd: a random-weight Ultravox projector (testkit's
 * RandomAudioProjector: Whisper encoder, stacked frames) for the tiny random model, audio made in
 * Java (TestAudio: seeded tones and noise, 16-bit WAV written by javax.sound). The oracle is
 * llama.cpp's own llama-mtmd-cli on the same model, projector and WAV file with greedy sampling.
 */
class AudioTest {
    static final String PROMPT = "What is in the recording?";
    static final int RATE = RandomAudioProjector.SAMPLE_RATE;
    static Path dir;
    static Path modelPath;
    static Path projectorPath;
    static Path visionPath;
    static RandomLlamaModel spec;
    static RandomAudioProjector audioSpec;
    static LlamaModel model;
    static MultimodalProjector projector;

    @BeforeAll
    static void setUp() throws Exception {
        dir = Files.createDirectories(Path.of("target", "audio").toAbsolutePath());
        modelPath = TestModels.tiny("llama-spm");
        spec = TestModels.spec("llama-spm");
        audioSpec = RandomAudioProjector.of(spec).seed(3);
        projectorPath = dir.resolve("mmproj-audio-tiny.gguf");
        audioSpec.write(projectorPath);
        visionPath = dir.resolve("mmproj-vision-tiny.gguf");
        RandomProjector.of(spec).seed(3).write(visionPath);
        for (int seed = 1; seed <= 3; seed++) TestAudio.writeWav(dir.resolve("tones" + seed + ".wav"), samples(seed), RATE);
        // 35 s: two 30-second windows, two encodes
        TestAudio.writeWav(dir.resolve("long.wav"), TestAudio.tones(RATE, 35 * RATE, 4), RATE);
        // 8 kHz: miniaudio resamples it to the projector's 16 kHz (the same code in Java's path and the oracle's)
        TestAudio.writeWav(dir.resolve("tones-8k.wav"), TestAudio.tones(8000, 3 * 8000, 5), 8000);
        model = LlamaModel.load(modelPath);
        projector = MultimodalProjector.load(model, projectorPath, ProjectorParams.builder().threads(2).build());
    }

    @AfterAll
    static void tearDown() {
        if (model != null) model.close();
    }

    /** Three seconds of seeded tones and noise at 16 kHz, on the 16-bit grid. */
    private static float[] samples(int seed) {
        return TestAudio.tones(RATE, 3 * RATE, seed);
    }

    private static LlamaContext newContext() {
        return model.newContext(ContextParams.builder().contextSize(512).threads(2).build());
    }

    /** What llama-mtmd-cli generates for one audio file. */
    private static String mtmdCli(Path audio, int n) throws Exception {
        return MtmdCli.run(modelPath, projectorPath, "--audio", audio, PROMPT, n).text();
    }

    private static Completion generate(LlamaContext ctx, Media audio, int n) {
        return ctx.generate(MultimodalPrompt.of(projector, chatml(MultimodalProjector.MARKER + PROMPT), audio), greedy(n)).run();
    }

    @Test
    void projectorFacts() {
        assertTrue(projector.supportsAudio());
        assertFalse(projector.supportsVision());
        assertEquals(16000, projector.audioSampleRate());
        assertEquals("ultravox", projector.projectorType());
        // audio under 30 s is one window of 1500 encoder positions, stacked by 30: 50 tokens
        assertEquals(50, audioSpec.tokensPerWindow());
        assertEquals(audioSpec.tokensPerWindow(), projector.positions(Media.audio(samples(1))));
        assertEquals(audioSpec.tokensPerWindow(), projector.positions(Media.audio(new float[]{0.5f, -0.5f})));
        assertEquals(2 * audioSpec.tokensPerWindow(), projector.positions(Media.audio(TestAudio.tones(RATE, 35 * RATE, 4))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tones1.wav", "tones2.wav", "long.wav", "tones-8k.wav"})
    void greedyEqualsLlamaMtmdCli(String file) throws Exception {
        int n = 20;
        String expected = mtmdCli(dir.resolve(file), n);
        try (LlamaContext ctx = newContext()) {
            Completion c = generate(ctx, Media.fromFile(dir.resolve(file)), n);
            assertEquals(expected, c.text(), "llama-mtmd-cli and Java differ on " + file);
            assertEquals(n, c.generatedTokens(), c.toString());
        }
    }

    /**
     * The WAV file and its samples given as floats are the same audio to the model: miniaudio turns
     * the 16-bit file into {@code k / 32768} floats, exactly the samples TestAudio made, so the tokens
     * equal llama-mtmd-cli's on the file.
     */
    @Test
    void samplesEqualTheWavFile() throws Exception {
        int n = 20;
        String expected = mtmdCli(dir.resolve("tones3.wav"), n);
        try (LlamaContext ctx = newContext()) {
            assertEquals(expected, generate(ctx, Media.audio(samples(3)), n).text(), "Media.audio and llama-mtmd-cli on the WAV differ");
            ctx.memory().clear();
            assertEquals(expected, generate(ctx, Media.fromBytes(TestAudio.wav(samples(3), RATE)), n).text());
        }
    }

    /** The tests above can fail: other audio gives other tokens. */
    @Test
    void differentAudioGivesDifferentTokens() throws Exception {
        try (LlamaContext ctx = newContext()) {
            List<String> outs = new ArrayList<>();
            for (int seed = 1; seed <= 3; seed++) {
                ctx.memory().clear();
                outs.add(generate(ctx, Media.audio(samples(seed)), 20).text());
            }
            assertNotEquals(outs.get(0), outs.get(1));
            assertNotEquals(outs.get(0), outs.get(2));
        }
    }

    /** A chat with audio in the first turn: the same tokens as llama-mtmd-cli, and the audio reused in the next turn. */
    @Test
    void chatSessionWithAudio() throws Exception {
        int n = 16;
        String expected = mtmdCli(dir.resolve("tones1.wav"), n);
        Media audio = Media.fromFile(dir.resolve("tones1.wav"));
        Media second = Media.audio(samples(2));
        try (LlamaContext ctx = newContext()) {
            ChatSession chat = ChatSession.builder(ctx).projector(projector).builtinTemplate("chatml").maxTokens(n).build();
            StringBuilder sb = new StringBuilder();
            chat.send(ChatMessage.userParts(audio, PROMPT)).forEach(t -> sb.append(t.text()));
            assertEquals(expected, sb.toString());
            Completion next = chat.send(ChatMessage.userParts("And this one? ", second)).run();
            int total = ctx.tokenCount() - next.generatedTokens() + 1;
            assertTrue(next.promptTokens() < total - audioSpec.tokensPerWindow(), "the first turn and its audio are reused: " + next + " of " + total);
            try (LlamaContext fresh = newContext()) {
                ChatSession again = ChatSession.builder(fresh).projector(projector).builtinTemplate("chatml").maxTokens(n).build();
                again.reply(ChatMessage.userParts(audio, PROMPT));
                assertEquals(next.text(), again.send(ChatMessage.userParts("And this one? ", second)).run().text(),
                        "a reused prefix gives what a fresh context gives");
            }
            assertEquals(List.of(audio), chat.messages().get(0).media());
        }
    }

    // ---- hostile input ------------------------------------------------------------------------

    @Test
    void mediaOfTheWrongKindAreRefused() throws Exception {
        byte[] png = TestImages.png(40, 30, 1);
        byte[] wav = Files.readAllBytes(dir.resolve("tones1.wav"));
        try (LlamaContext ctx = newContext();
             MultimodalProjector vision = MultimodalProjector.load(model, visionPath, ProjectorParams.builder().threads(2).build())) {
            assertTrue(vision.supportsVision());
            assertFalse(vision.supportsAudio());
            // images for the audio-only projector: pixels at once, an image file when it is decoded
            assertThrows(IllegalArgumentException.class, () -> MultimodalPrompt.of(projector, MultimodalProjector.MARKER + PROMPT,
                    Media.image(TestImages.pattern(20, 20, 1))));
            MultimodalPrompt image = MultimodalPrompt.of(projector, chatml(MultimodalProjector.MARKER + PROMPT), Media.fromBytes(png));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ctx.complete(image, greedy(4)));
            assertTrue(e.getMessage().contains("takes no images"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> projector.positions(Media.fromBytes(png)));
            // audio for the vision-only projector: samples at once, a WAV file when it is decoded
            assertThrows(IllegalArgumentException.class, () -> MultimodalPrompt.of(vision, MultimodalProjector.MARKER + PROMPT,
                    Media.audio(samples(1))));
            MultimodalPrompt sound = MultimodalPrompt.of(vision, chatml(MultimodalProjector.MARKER + PROMPT), Media.fromBytes(wav));
            assertThrows(IllegalArgumentException.class, () -> ctx.complete(sound, greedy(4)));
            // a chat refuses them before they join the conversation
            ChatSession chat = ChatSession.builder(ctx).projector(projector).builtinTemplate("chatml").maxTokens(4).build();
            assertThrows(IllegalArgumentException.class, () -> chat.reply(ChatMessage.userParts(Media.fromBytes(png), "look")));
            assertEquals(0, chat.messages().size());
            // both still work
            ctx.memory().clear();
            assertFalse(ctx.complete(MultimodalPrompt.of(vision, chatml(MultimodalProjector.MARKER + PROMPT), Media.fromBytes(png)), greedy(4)).isEmpty());
        }
    }

    /** A 16-bit mono PCM WAV file that declares {@code rate} Hz over {@code bytes} bytes of seeded noise. */
    private static byte[] wavClaiming(int rate, int bytes) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(44 + bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + bytes).put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII));
        b.putInt(16).putShort((short) 1).putShort((short) 1).putInt(rate).putInt(rate * 2).putShort((short) 2).putShort((short) 16);
        b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(bytes);
        byte[] noise = new byte[bytes];
        new java.util.Random(3).nextBytes(noise);
        return b.put(noise).array();
    }

    /** A FLAC file of a STREAMINFO block alone that claims {@code frames} frames at {@code rate} Hz. */
    private static byte[] flacClaiming(long rate, long frames) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(42);
        b.put("fLaC".getBytes(StandardCharsets.US_ASCII)).put((byte) 0x80).put((byte) 0).put((byte) 0).put((byte) 34);
        b.putShort((short) 4096).putShort((short) 4096).put(new byte[6]);
        b.putLong(rate << 44 | 15L << 36 | frames); // 20 bits rate, 3 bits channels - 1, 5 bits bits - 1, 36 bits frames
        return b.array();
    }

    @Test
    void brokenAudioIsAnException() throws Exception {
        byte[] wav = Files.readAllBytes(dir.resolve("tones1.wav"));
        try (LlamaContext ctx = newContext()) {
            // one sample: mtmd_tokenize asserts that audio has more than one (the JVM would end)
            for (Media one : new Media[]{Media.audio(new float[]{0.25f}), Media.fromBytes(TestAudio.wav(new float[]{0.25f}, RATE))}) {
                MultimodalPrompt p = MultimodalPrompt.of(projector, chatml(MultimodalProjector.MARKER + PROMPT), one);
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ctx.complete(p, greedy(4)));
                assertTrue(e.getMessage().contains("at least 2"), e.getMessage());
                assertThrows(IllegalArgumentException.class, () -> projector.positions(one));
            }
            // a WAV header with no data, a truncated header, and a header over garbage
            byte[] empty = TestAudio.wav(new float[]{0f}, RATE);
            empty = java.util.Arrays.copyOf(empty, empty.length - 2);
            java.nio.ByteBuffer.wrap(empty).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(40, 0).putInt(4, empty.length - 8);
            byte[] cut = java.util.Arrays.copyOf(wav, 30);
            byte[] garbage = new byte[4096]; // "RIFF....WAVE" over seeded noise
            new java.util.Random(9).nextBytes(garbage);
            System.arraycopy(wav, 0, garbage, 0, 12);
            for (byte[] bad : new byte[][]{empty, cut, garbage}) {
                MultimodalPrompt p = MultimodalPrompt.of(projector, chatml(MultimodalProjector.MARKER + PROMPT), Media.fromBytes(bad));
                assertThrows(IllegalArgumentException.class, () -> ctx.complete(p, greedy(4)));
            }
            // headers that claim hours (miniaudio allocates the whole clip from them: std::bad_alloc ends the process)
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Media.fromBytes(wavClaiming(1, 200_000)));
            assertTrue(e.getMessage().contains("1 Hz"), e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> Media.fromBytes(flacClaiming(16000, (1L << 36) - 1)));
            assertTrue(e.getMessage().contains("FLAC"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> Media.fromBytes(wavClaiming(0, 2000)));
            // the context and the projector still work
            ctx.memory().clear();
            assertFalse(generate(ctx, Media.fromBytes(wav), 4).text().isEmpty());
        }
    }
}
