package io.github.llamaffm.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.errors.BadRequestException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionContentPart;
import com.openai.models.chat.completions.ChatCompletionContentPartImage;
import com.openai.models.chat.completions.ChatCompletionContentPartInputAudio;
import com.openai.models.chat.completions.ChatCompletionContentPartText;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import io.github.llamaffm.ContextParams;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.Media;
import io.github.llamaffm.MultimodalProjector;
import io.github.llamaffm.chat.ChatMessage;
import io.github.llamaffm.chat.ChatSession;
import io.github.llamaffm.testkit.RandomProjector;
import io.github.llamaffm.testkit.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Images in chat messages ({@code --mmproj}): OpenAI's Java SDK sends an image as a data URL and
 * gets the reply a {@link ChatSession} with the same projector gives on a context of its own;
 * bad media parts get 400 and the server goes on serving.
 */
class MultimodalServerTest {
    static final String PROMPT = "Describe the image.";
    static final int N = 12;
    private static Path projectorPath;
    private static LlamaServer server;
    private static OpenAIClient client;
    private static final List<byte[]> pngs = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "test-models").toAbsolutePath());
        projectorPath = dir.resolve("server-mmproj-qwen2.gguf");
        RandomProjector.of(TestServers.spec()).seed(11).write(projectorPath);
        for (int seed = 1; seed <= 3; seed++) pngs.add(TestImages.png(40, 30, seed));
        server = TestServers.start("--parallel", "2", "--api-key", TestServers.KEY, "--alias", "tiny-vision", "--max-body", "65536",
                "--mmproj", projectorPath.toString());
        client = OpenAIOkHttpClient.builder().baseUrl(server.baseUrl() + "/v1").apiKey(TestServers.KEY).maxRetries(0).build();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    private static String dataUrl(byte[] png) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    private static ChatCompletionCreateParams ask(ChatCompletionContentPart... parts) {
        return ChatCompletionCreateParams.builder().model("tiny-vision").addUserMessageOfArrayOfContentParts(List.of(parts))
                .temperature(0.0).maxCompletionTokens(N).build();
    }

    private static ChatCompletionContentPart image(String url) {
        return ChatCompletionContentPart.ofImageUrl(ChatCompletionContentPartImage.builder()
                .imageUrl(ChatCompletionContentPartImage.ImageUrl.builder().url(url).build()).build());
    }

    private static ChatCompletionContentPart text(String t) {
        return ChatCompletionContentPart.ofText(ChatCompletionContentPartText.builder().text(t).build());
    }

    /** What ChatSession answers with the same model file, projector file and image on a context of its own. */
    private static String chatSession(byte[] png) {
        try (LlamaModel model = LlamaModel.load(TestServers.chatModel());
             LlamaContext ctx = model.newContext(ContextParams.builder().contextSize(1024).threads(1).build())) {
            MultimodalProjector projector = MultimodalProjector.load(model, projectorPath);
            ChatSession chat = ChatSession.builder(ctx).projector(projector).maxTokens(N).build();
            return chat.reply(ChatMessage.userParts(Media.fromBytes(png), PROMPT));
        }
    }

    @Test
    void anImageAsADataUrlGetsChatSessionsReply() {
        List<String> expected = new ArrayList<>();
        for (byte[] png : pngs) expected.add(chatSession(png));
        assertNotEquals(expected.get(0), expected.get(1), "other images, other replies: the comparison can fail");
        for (int i = 0; i < pngs.size(); i++) {
            ChatCompletion c = client.chat().completions().create(ask(image(dataUrl(pngs.get(i))), text(PROMPT)));
            assertEquals(expected.get(i), c.choices().get(0).message().content().orElse(""), "image " + i);
            // the prompt counts the image's positions
            assertTrue(c.usage().orElseThrow().promptTokens() > RandomProjector.of(spec()).tokensPerImage(), c.usage().toString());
        }
        // streamed: the same text
        StringBuilder streamed = new StringBuilder();
        try (StreamResponse<ChatCompletionChunk> st = client.chat().completions().createStreaming(ask(image(dataUrl(pngs.get(1))), text(PROMPT)))) {
            for (ChatCompletionChunk chunk : (Iterable<ChatCompletionChunk>) st.stream()::iterator) {
                for (ChatCompletionChunk.Choice ch : chunk.choices()) ch.delta().content().ifPresent(streamed::append);
            }
        }
        assertEquals(expected.get(1), streamed.toString(), "streamed");
        // several at once, each its own reply (both slots busy with images)
        List<Thread> threads = new ArrayList<>();
        List<String> got = java.util.Collections.synchronizedList(new ArrayList<>(List.of("", "", "")));
        for (int i = 0; i < pngs.size(); i++) {
            int k = i;
            threads.add(Thread.ofVirtual().start(() -> got.set(k, client.chat().completions()
                    .create(ask(image(dataUrl(pngs.get(k))), text(PROMPT))).choices().get(0).message().content().orElse(""))));
        }
        for (Thread t : threads) {
            try {
                t.join(120_000);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        assertEquals(expected, got);
    }

    private static io.github.llamaffm.testkit.RandomLlamaModel spec() {
        try {
            return TestServers.spec();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void badMediaPartsAre400AndTheServerGoesOn() throws Exception {
        byte[] garbage = new byte[400];
        new java.util.Random(9).nextBytes(garbage);
        BadRequestException e = assertThrows(BadRequestException.class,
                () -> client.chat().completions().create(ask(image("https://example.com/cat.png"), text(PROMPT))));
        assertTrue(e.getMessage().contains("data URL"), e.getMessage());
        e = assertThrows(BadRequestException.class,
                () -> client.chat().completions().create(ask(image("file:///etc/passwd"), text(PROMPT))));
        assertTrue(e.getMessage().contains("does not fetch"), e.getMessage());
        e = assertThrows(BadRequestException.class,
                () -> client.chat().completions().create(ask(image("data:image/png;base64," + Base64.getEncoder().encodeToString(garbage)), text(PROMPT))));
        assertTrue(e.getMessage().contains("cannot decode"), e.getMessage());
        e = assertThrows(BadRequestException.class,
                () -> client.chat().completions().create(ask(image("data:image/png;base64,%%%not-base64"), text(PROMPT))));
        assertTrue(e.getMessage().contains("base64"), e.getMessage());
        e = assertThrows(BadRequestException.class,
                () -> client.chat().completions().create(ask(image("data:text/plain;base64,aGVsbG8="), text(PROMPT))));
        assertTrue(e.getMessage().contains("text/plain"), e.getMessage());
        // audio to a projector without audio
        e = assertThrows(BadRequestException.class, () -> client.chat().completions().create(ask(ChatCompletionContentPart.ofInputAudio(
                ChatCompletionContentPartInputAudio.builder().inputAudio(ChatCompletionContentPartInputAudio.InputAudio.builder()
                        .data(Base64.getEncoder().encodeToString(garbage)).format(ChatCompletionContentPartInputAudio.InputAudio.Format.WAV)
                        .build()).build()), text(PROMPT))));
        assertTrue(e.getMessage().contains("no audio"), e.getMessage());
        // the marker typed as text
        e = assertThrows(BadRequestException.class,
                () -> client.chat().completions().create(ask(image(dataUrl(pngs.get(0))), text("see " + MultimodalProjector.MARKER))));
        assertEquals(400, e.statusCode());

        // raw HTTP: an image in a system message, an unknown part, too many images, a body over --max-body
        String url = dataUrl(pngs.get(0));
        String p = "/v1/chat/completions";
        assertError(TestServers.call(server, "POST", p, "{\"messages\":[{\"role\":\"system\",\"content\":[{\"type\":\"image_url\","
                + "\"image_url\":{\"url\":\"" + url + "\"}}]},{\"role\":\"user\",\"content\":\"hi\"}]}", TestServers.KEY), 400, "messages[0].content");
        assertError(TestServers.call(server, "POST", p, "{\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"video_url\"}]}]}",
                TestServers.KEY), 400, "messages[0].content[0].type");
        StringBuilder many = new StringBuilder("{\"messages\":[{\"role\":\"user\",\"content\":[");
        String tiny = dataUrl(TestImages.png(4, 4, 1));
        for (int i = 0; i <= ChatParser.MAX_MEDIA; i++) many.append("{\"type\":\"image_url\",\"image_url\":{\"url\":\"").append(tiny).append("\"}},");
        many.append("{\"type\":\"text\",\"text\":\"all of them\"}]}]}");
        assertError(TestServers.call(server, "POST", p, many.toString(), TestServers.KEY), 400, "messages[0].content[" + ChatParser.MAX_MEDIA + "]");
        byte[] bigPng = java.util.Arrays.copyOf(pngs.get(0), 70_000); // a PNG with trailing bytes, over --max-body
        HttpResponse<String> big = TestServers.call(server, "POST", p, "{\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"image_url\","
                + "\"image_url\":{\"url\":\"" + dataUrl(bigPng) + "\"}}]}]}", TestServers.KEY);
        assertEquals(413, big.statusCode(), big.body());

        // still serving, images included
        ChatCompletion c = client.chat().completions().create(ask(image(dataUrl(pngs.get(2))), text(PROMPT)));
        assertEquals(chatSession(pngs.get(2)), c.choices().get(0).message().content().orElse(""));
        TestServers.awaitIdle(server, 30);
    }

    @Test
    void modelsListSaysTheModelTakesImages() throws Exception {
        JsonNode models = JsonBody.MAPPER.readTree(TestServers.call(server, "GET", "/v1/models", null, TestServers.KEY).body());
        JsonNode m = models.at("/data/0");
        assertEquals("tiny-vision", m.get("id").asText());
        assertTrue(m.at("/modalities/vision").asBoolean(), m.toString());
        assertEquals(false, m.at("/modalities/audio").asBoolean(), m.toString());
        // the text-only shared server says no images, and refuses them
        LlamaServer plain = TestServers.shared();
        JsonNode pm = JsonBody.MAPPER.readTree(TestServers.call(plain, "GET", "/v1/models", null, TestServers.KEY).body()).at("/data/0");
        assertEquals(false, pm.at("/modalities/vision").asBoolean(), pm.toString());
        JsonNode err = assertError(TestServers.call(plain, "POST", "/v1/chat/completions", "{\"messages\":[{\"role\":\"user\",\"content\":"
                + "[{\"type\":\"image_url\",\"image_url\":{\"url\":\"" + dataUrl(pngs.get(0)) + "\"}}]}]}", TestServers.KEY), 400, "messages[0].content[0].type");
        assertTrue(err.get("message").asText().contains("--mmproj"), err.toString());
    }

    @Test
    void mmprojIsAnOption() {
        assertEquals(projectorPath, ServerOptions.parse("--mmproj", projectorPath.toString()).mmproj());
        assertEquals(null, ServerOptions.parse().mmproj());
        assertThrows(IllegalArgumentException.class, () -> ServerOptions.parse("--mmproj", "/no/such/mmproj.gguf"));
        assertTrue(ServerOptions.USAGE.contains("--mmproj FILE"));
    }

    private static JsonNode assertError(HttpResponse<String> r, int status, String param) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode err = JsonBody.MAPPER.readTree(r.body()).get("error");
        assertEquals(param, err.get("param").isNull() ? null : err.get("param").asText(), r.body());
        return err;
    }
}
