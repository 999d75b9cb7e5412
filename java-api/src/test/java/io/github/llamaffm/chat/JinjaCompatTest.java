package io.github.llamaffm.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One small template per place where a Jinja engine easily renders differently from Jinja2 (the
 * "gap" of each case says which: first those of Jinjava, which rendered the templates before this
 * package had its own interpreter, then the interpreter's own statements and scoping), with the
 * output Jinja2 gives. The cases live in chat-templates/compat-cases.json so that
 * {@link Jinja2DifferentialTest} checks the same expectations against Jinja2's frozen results.
 */
class JinjaCompatTest {

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> cases() throws IOException {
        try (InputStream in = JinjaCompatTest.class.getResourceAsStream("/chat-templates/compat-cases.json")) {
            return new ObjectMapper().readValue(in, List.class);
        }
    }

    static Stream<Map<String, Object>> caseStream() throws IOException {
        return cases().stream();
    }

    @SuppressWarnings("unchecked")
    static String render(Map<String, Object> c) {
        List<Object> messages = (List<Object>) c.getOrDefault("messages", List.of());
        Map<String, Object> vars = (Map<String, Object>) c.getOrDefault("vars", Map.of());
        return ChatTemplate.of((String) c.get("template")).withClock(LlamaSource.CLOCK)
                .renderObjects(new ArrayList<>(messages), false, vars);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("caseStream")
    void rendersLikeJinja2(Map<String, Object> c) {
        String why = c.get("name") + " (" + c.get("gap") + ")";
        if (c.containsKey("error")) {
            ChatTemplateException e = assertThrows(ChatTemplateException.class, () -> render(c), why);
            assertTrue(e.getMessage().contains((String) c.get("error")), why + ": " + e.getMessage());
        } else {
            assertEquals(c.get("expected"), render(c), why);
        }
    }

    @Test
    void raiseExceptionCarriesTheTemplatesMessage() {
        ChatTemplate t = ChatTemplate.of("{% if messages[0].role != 'user' %}"
                + "{{ raise_exception('Conversation must start with a user message') }}{% endif %}ok");
        ChatTemplateException e = assertThrows(ChatTemplateException.class,
                () -> t.render(List.of(ChatMessage.assistant("x")), true));
        assertEquals("Conversation must start with a user message", e.getMessage());
        assertEquals("ok", t.render(List.of(ChatMessage.user("x")), true));
    }

    @Test
    void syntaxErrorsAreReportedWithTheLine() {
        ChatTemplateException e = assertThrows(ChatTemplateException.class,
                () -> ChatTemplate.of("line one\n{% if x %}\n{{ x + }}\n{% endif %}"));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        assertThrows(ChatTemplateException.class, () -> ChatTemplate.of("{% if x %}never closed"));
        assertThrows(ChatTemplateException.class, () -> ChatTemplate.of("{% do x.append(1) %}"));
    }

    @Test
    void deepNestingIsAnErrorNotACrash() {
        // a hostile template: the parser and the interpreter recurse, and overflow the stack
        int n = 100_000;
        assertThrows(ChatTemplateException.class, () -> ChatTemplate.of("{{ " + "(".repeat(n) + "1" + ")".repeat(n) + " }}"));
        ChatTemplate t = ChatTemplate.of("{% if true %}".repeat(n) + "x" + "{% endif %}".repeat(n));
        assertThrows(ChatTemplateException.class, () -> t.render(List.of(), false));
        ChatTemplate ok = ChatTemplate.of("{% if true %}".repeat(50) + "x" + "{% endif %}".repeat(50));
        assertEquals("x", ok.render(List.of(), false));
    }

    @Test
    void variablesCannotReplaceTheConversation() {
        ChatTemplate t = ChatTemplate.of("{{ messages|length }}");
        assertThrows(IllegalArgumentException.class, () -> t.render(List.of(), true, Map.of("messages", List.of())));
        assertEquals("0", t.render(List.of(), true));
    }

    @Test
    void javaValuesBecomePythonValues() {
        ChatTemplate t = ChatTemplate.of("{{ a|tojson }} {{ b }} {{ c is none }} {{ d[1] }} {{ e.k }}");
        java.util.HashMap<String, Object> vars = new java.util.HashMap<>();
        vars.put("a", Map.of("n", 3));
        vars.put("b", 2.5f);
        vars.put("c", null);
        vars.put("d", new int[] {7, 8});
        vars.put("e", Map.of("k", List.of(1)));
        assertEquals("{\"n\": 3} 2.5 True 8 [1]", t.render(List.of(), false, vars));
    }

    @Test
    void rendersConcurrently() throws Exception {
        ChatTemplate t = ChatTemplate.of(LlamaSource.template("Qwen-Qwen3-0.6B"));
        String expected = t.render(ChatTemplateGoldenTest.withSystem(), true);
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 4; i++) {
            Thread th = new Thread(() -> {
                try {
                    for (int k = 0; k < 20; k++) assertEquals(expected, t.render(ChatTemplateGoldenTest.withSystem(), true));
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) th.join();
        assertTrue(failures.isEmpty(), failures.toString());
    }
}
