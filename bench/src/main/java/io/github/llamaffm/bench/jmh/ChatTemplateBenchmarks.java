package io.github.llamaffm.bench.jmh;

import io.github.llamaffm.chat.ChatMessage;
import io.github.llamaffm.chat.ChatTemplate;
import io.github.llamaffm.chat.ChatTemplateException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Rendering one of llama.cpp's real chat templates ({@code -p templates=DIR -p template=NAME}, the
 * file {@code DIR/NAME.jinja}), compiled once, for a typical conversation: a system prompt, a user
 * turn, an assistant answer and a second user turn, with the generation prompt. Templates that
 * refuse that conversation get the first of the shapes they accept: without the system message,
 * with a tool list, or with FireFunction's {@code functions} and {@code datetime} variables.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Dorg.slf4j.simpleLogger.log.llama.cpp=warn"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ChatTemplateBenchmarks {
    /** The folder of the templates, llama.cpp's {@code models/templates}. */
    @Param("")
    public String templates;

    /** The template's file name without {@code .jinja}. */
    @Param("")
    public String template;

    private static final List<ChatMessage> WITH_SYSTEM = List.of(ChatMessage.system("You are a helpful assistant."),
            ChatMessage.user("Hello!"), ChatMessage.assistant("Hi there. How can I help you today?"),
            ChatMessage.user("What is 2+2? Answer in one short sentence."));
    private static final List<ChatMessage> WITHOUT_SYSTEM = WITH_SYSTEM.subList(1, WITH_SYSTEM.size());
    private static final Map<String, Object> TOOLS = Map.of("tools", List.of(Map.of("type", "function",
            "function", Map.of("name", "get_weather", "description", "Get the weather in a city.",
                    "parameters", Map.of("type", "object",
                            "properties", Map.of("city", Map.of("type", "string", "description", "The city")),
                            "required", List.of("city"))))));
    private static final Map<String, Object> FIREFUNCTION = Map.of("functions", "[{\"name\": \"get_weather\"}]",
            "datetime", "2024-07-26");

    private ChatTemplate compiled;
    private List<ChatMessage> conversation;
    private Map<String, ?> variables;

    /** JMH creates the state. */
    public ChatTemplateBenchmarks() {}

    /**
     * Compiles the template and picks the conversation it accepts.
     *
     * @throws IOException if the template cannot be read
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        if (templates.isEmpty() || template.isEmpty()) {
            throw new IllegalArgumentException("give -p templates=DIR -p template=NAME");
        }
        String source = Files.readString(Path.of(templates, template + ".jinja"));
        compiled = ChatTemplate.of(source, "<s>", "</s>")
                .withClock(Clock.fixed(Instant.parse("2024-07-26T09:05:03Z"), ZoneOffset.UTC));
        List<List<ChatMessage>> conversations = List.of(WITH_SYSTEM, WITHOUT_SYSTEM, WITH_SYSTEM, WITH_SYSTEM);
        List<Map<String, Object>> vars = List.of(Map.of(), Map.of(), TOOLS, FIREFUNCTION);
        for (int i = 0; i < conversations.size(); i++) {
            try {
                compiled.render(conversations.get(i), true, vars.get(i));
                conversation = conversations.get(i);
                variables = vars.get(i);
                return;
            } catch (ChatTemplateException e) {
                // this template refuses this shape: try the next
            }
        }
        throw new IllegalStateException(template + " renders none of the benchmark's conversations");
    }

    /**
     * One render.
     *
     * @return the prompt (returned so that the work is not optimised away)
     */
    @Benchmark
    public String render() {
        return compiled.render(conversation, true, variables);
    }
}
