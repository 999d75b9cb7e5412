package io.github.llamaffm.springai.example;

import io.github.llamaffm.chat.ChatEngine;
import io.github.llamaffm.springai.LlamaChatModel;
import io.github.llamaffm.testkit.RandomLlamaModel;
import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The example application starts from its properties with a random-weight model (the project's
 * testkit writes it: real tokenizer, no sensible text), its question is streamed at start-up, and
 * the beans the starter wires answer a streamed reply.
 */
@SpringBootTest(properties = {"spring.ai.llamaffm.chat.context-size=1024", "spring.ai.llamaffm.chat.sequences=2", "spring.ai.llamaffm.chat.threads=1",
        "spring.ai.llamaffm.chat.options.max-tokens=12", "spring.ai.llamaffm.chat.options.temperature=0",
        "example.question=Hello"})
class ChatApplicationTest {
    @DynamicPropertySource
    static void model(DynamicPropertyRegistry registry) throws Exception {
        String file = tinyModel().toString();
        registry.add("spring.ai.llamaffm.chat.model", () -> file);
    }

    /** A tiny model with llama.cpp's llama-spm tokenizer (no chat template: the engine's built-in one). */
    static Path tinyModel() throws IOException, InterruptedException {
        Path script = Path.of(System.getProperty("llama.ffm.native.dir", "../../../native"), "fetch-source.sh");
        Process p = new ProcessBuilder("bash", script.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String source = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (p.waitFor() != 0) throw new IllegalStateException(script + " failed");
        Path out = Path.of("target", "test-models", "tiny-llama-spm.gguf").toAbsolutePath();
        if (!Files.exists(out)) {
            Files.createDirectories(out.getParent());
            RandomLlamaModel.tiny().vocabulary(Path.of(source, "models", "ggml-vocab-llama-spm.gguf")).seed(1234).build().write(out);
        }
        return out;
    }

    @Autowired
    ChatClient.Builder chatClient;
    @Autowired
    LlamaChatModel chatModel;
    @Autowired
    ChatEngine engine;

    @Test
    void theStarterWiresAStreamingChatClient() {
        assertEquals(2, engine.capacity());
        List<String> pieces = chatClient.build().prompt().user("Tell me something.").stream().content()
                .collectList().block(Duration.ofSeconds(60));
        assertFalse(pieces.isEmpty());
        List<ChatResponse> chunks = chatModel.stream(new org.springframework.ai.chat.prompt.Prompt("Hi")).collectList().block(Duration.ofSeconds(60));
        ChatResponse last = chunks.getLast();
        assertTrue(last.getMetadata().getUsage().getCompletionTokens() <= 12);
        assertTrue(last.getMetadata().getUsage().getPromptTokens() > 0);
    }
}
