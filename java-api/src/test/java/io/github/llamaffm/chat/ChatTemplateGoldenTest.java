package io.github.llamaffm.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real templates of widely used models, rendered for one small conversation and compared with
 * outputs written by hand from reading each template (src/test/resources/chat-templates/NAME.txt;
 * whitespace follows Jinja2's trim_blocks/lstrip_blocks rules and each tag's '-' markers). The
 * long fixed paragraphs of the Command R7B preamble were copied verbatim from its template.
 */
class ChatTemplateGoldenTest {
    static final ChatMessage SYSTEM = ChatMessage.system("You are a helpful assistant.");
    static final List<ChatMessage> CONVERSATION = List.of(ChatMessage.user("Hello!"),
            ChatMessage.assistant("Hi there."), ChatMessage.user("What is 2+2?"));

    static List<ChatMessage> withSystem() {
        return Stream.concat(Stream.of(SYSTEM), CONVERSATION.stream()).toList();
    }

    record Case(String expected, String template, String bos, String eos, boolean system, Map<String, Object> vars) {
        @Override
        public String toString() {
            return expected;
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // date from strftime_now("%d %b %Y") and the fixed clock
                new Case("llama-3.2", "meta-llama-Llama-3.2-3B-Instruct", "<|begin_of_text|>", "<|eot_id|>", true, Map.of()),
                // date from the date_string variable
                new Case("llama-3.1", "meta-llama-Llama-3.1-8B-Instruct", "<|begin_of_text|>", "<|eot_id|>", true,
                        Map.of("date_string", "01 Jan 2025")),
                new Case("qwen-2.5", "Qwen-Qwen2.5-7B-Instruct", null, null, true, Map.of()),
                new Case("qwen-3", "Qwen-Qwen3-0.6B", null, null, true, Map.of("enable_thinking", false)),
                // the system prompt moves into the last user turn
                new Case("mistral-nemo", "mistralai-Mistral-Nemo-Instruct-2407", "<s>", "</s>", true, Map.of()),
                // Gemma 2 has no system role (see systemRoleRejected)
                new Case("gemma-2", "google-gemma-2-2b-it", "<bos>", "<eos>", false, Map.of()),
                new Case("phi-3.5", "microsoft-Phi-3.5-mini-instruct", "<s>", "<|endoftext|>", true, Map.of()),
                new Case("deepseek-r1", "deepseek-ai-DeepSeek-R1-Distill-Qwen-32B", "<｜begin▁of▁sentence｜>",
                        "<｜end▁of▁sentence｜>", true, Map.of()),
                new Case("gpt-oss", "openai-gpt-oss-120b", null, null, true, Map.of("reasoning_effort", "high")),
                // no system message: the template writes its own, with strftime_now('%B %d, %Y')
                new Case("granite-3.3", "ibm-granite-granite-3.3-2B-Instruct", null, null, false, Map.of()),
                new Case("smollm3", "HuggingFaceTB-SmolLM3-3B", null, null, true, Map.of("enable_thinking", false)),
                new Case("command-r7b", "CohereForAI-c4ai-command-r7b-12-2024-tool_use", "<BOS_TOKEN>", null, true,
                        Map.of()))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersAsDerivedByHand(Case c) throws IOException {
        ChatTemplate t = ChatTemplate.of(LlamaSource.template(c.template()), c.bos(), c.eos())
                .withClock(LlamaSource.CLOCK);
        String got = t.render(c.system() ? withSystem() : CONVERSATION, true, c.vars());
        assertEquals(expected(c.expected()), got);
    }

    @Test
    void systemRoleRejected() {
        ChatTemplate t = ChatTemplate.of(LlamaSource.template("google-gemma-2-2b-it"), "<bos>", "<eos>");
        ChatTemplateException e = assertThrows(ChatTemplateException.class, () -> t.render(withSystem(), true));
        assertEquals("System role not supported", e.getMessage());
    }

    static String expected(String name) throws IOException {
        try (InputStream in = ChatTemplateGoldenTest.class.getResourceAsStream("/chat-templates/" + name + ".txt")) {
            if (in == null) throw new IOException("missing resource chat-templates/" + name + ".txt");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
