package io.github.llamaffm.chat;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every chat template in llama.cpp's models/templates renders a system/user/assistant/user conversation. */
class AllTemplatesTest {
    static final List<Map<String, Object>> TOOLS = List.of(Map.of("type", "function", "function", Map.of(
            "name", "get_weather", "description", "Get the weather in a city.",
            "parameters", Map.of("type", "object", "properties", Map.of("city", Map.of("type", "string",
                            "description", "The city")),
                    "required", List.of("city")))));

    /**
     * Templates that refuse the default conversation, with the error transformers gives too, and
     * the shape they accept instead.
     */
    static final Map<String, String> REFUSING = Map.of(
            // Gemma 2 raises raise_exception('System role not supported'): rendered without the system message
            "google-gemma-2-2b-it", "System role not supported",
            // tool-use variants iterate `tools`, which transformers passes as None without tools:
            // rendered with a tool list
            "CohereForAI-c4ai-command-r-plus-tool_use", "'NoneType' object is not iterable",
            "NousResearch-Hermes-2-Pro-Llama-3-8B-tool_use", "'NoneType' object is not iterable",
            "NousResearch-Hermes-3-Llama-3.1-8B-tool_use", "'NoneType' object is not iterable",
            // FireFunction v2 reads `functions` (a JSON string of the functions) and `datetime`: rendered with them
            "fireworks-ai-llama-3-firefunction-v2", "UndefinedError");

    static List<Path> templates() {
        return LlamaSource.templateFiles();
    }

    @Test
    void theTemplatesAreThere() {
        assertTrue(templates().size() >= 60, "expected about 70 templates, found " + templates().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void renders(Path file) throws Exception {
        String name = LlamaSource.name(file);
        ChatTemplate t = ChatTemplate.of(java.nio.file.Files.readString(file), "<s>", "</s>")
                .withClock(LlamaSource.CLOCK);
        List<ChatMessage> conversation = ChatTemplateGoldenTest.withSystem();
        String out;
        if (REFUSING.containsKey(name)) {
            ChatTemplateException e = assertThrows(ChatTemplateException.class, () -> t.render(conversation, true));
            assertTrue(e.getMessage().contains(REFUSING.get(name)), name + ": " + e.getMessage());
            out = switch (name) {
                case "google-gemma-2-2b-it" -> t.render(ChatTemplateGoldenTest.CONVERSATION, true);
                case "fireworks-ai-llama-3-firefunction-v2" -> t.render(conversation, true,
                        Map.of("functions", "[{\"name\": \"get_weather\"}]", "datetime", "2024-07-26"));
                default -> t.render(conversation, true, Map.of("tools", TOOLS));
            };
        } else {
            out = t.render(conversation, true);
        }
        assertTrue(out.contains("What is 2+2?"), name + " lost the last user message:\n" + out);
        assertTrue(out.contains("Hello!"), name + " lost the first user message:\n" + out);
        // also without a generation prompt, and a single user turn
        List<ChatMessage> one = new ArrayList<>(List.of(ChatMessage.user("Hi")));
        String single = t.render(one, false, name.contains("firefunction") ? Map.of("functions", "[]", "datetime", "now")
                : REFUSING.containsKey(name) && !name.startsWith("google") ? Map.of("tools", TOOLS) : Map.of());
        assertTrue(single.contains("Hi"), name + ": " + single);
    }
}
