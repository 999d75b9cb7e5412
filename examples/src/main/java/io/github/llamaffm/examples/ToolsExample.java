package io.github.llamaffm.examples;

import io.github.llamaffm.ContextParams;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.chat.ChatEvent;
import io.github.llamaffm.chat.ChatSession;
import io.github.llamaffm.chat.ChatTemplate;
import io.github.llamaffm.chat.ParsedReply;
import io.github.llamaffm.chat.ToolChoice;
import io.github.llamaffm.testkit.DemoModel;
import io.github.llamaffm.json.Constraints;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Tool calling: two Java functions offered to the model, and the session's loop running them.
 * Each event of the reply is printed as it streams: reasoning, answer text, each call the model
 * makes (its arguments always fit the function's record, a grammar sees to it), each result.
 *
 * <p>Run: {@code make example NAME=ToolsExample [MODEL=path/to/model.gguf]}. With a real chat
 * model that calls tools (Qwen 2.5/3, Llama 3.1+, Mistral, Hermes, ...), the model decides when
 * to call; with the demo model (random weights) the first call is forced, since noise cannot
 * decide, and its template (ChatML, no tools of its own) gets the generic format: tools described
 * in the system prompt, every reply a JSON object fixed by the grammar.
 */
public final class ToolsExample {
    private ToolsExample() {}

    /**
     * The arguments of {@code get_weather}.
     *
     * @param city the city
     * @param unit "C" or "F"
     */
    public record WeatherQuery(@Constraints(maxLength = 24) String city, Unit unit) {}

    /** Temperature units. */
    public enum Unit {
        /** Celsius. */
        C,
        /** Fahrenheit. */
        F
    }

    /**
     * A forecast, the result of {@code get_weather} (sent to the model as JSON).
     *
     * @param city        the city
     * @param temperature the temperature
     * @param unit        its unit
     * @param sky         the sky
     */
    public record Forecast(String city, double temperature, Unit unit, String sky) {}

    /**
     * The arguments of {@code add}.
     *
     * @param a the first addend
     * @param b the second addend
     */
    public record Sum(@Constraints(minimum = -1000, maximum = 1000) int a, @Constraints(minimum = -1000, maximum = 1000) int b) {}

    /**
     * Runs the example.
     *
     * @param args optional: the model path
     * @throws Exception if the model cannot be loaded
     */
    public static void main(String[] args) throws Exception {
        boolean demo = args.length == 0;
        Path modelPath = demo ? DemoModel.path() : Path.of(args[0]);
        try (LlamaModel model = LlamaModel.load(modelPath);
             LlamaContext ctx = model.newContext(ContextParams.builder().contextSize(4096).build())) {
            System.out.println("tool-call format of this model's template: "
                    + ChatTemplate.of(model).apply(io.github.llamaffm.chat.ChatRequest.builder(List.of()).build()).format());
            ChatSession chat = ChatSession.builder(ctx)
                    .systemPrompt("You are a helpful assistant. Use the tools when they help.")
                    .maxTokens(demo ? 120 : 512)
                    .tool("get_weather", "The current weather in a city.", WeatherQuery.class, ToolsExample::weather)
                    .tool("add", "Adds two integers.", Sum.class, s -> s.a() + s.b())
                    .toolChoice(demo ? ToolChoice.REQUIRED : ToolChoice.AUTO)
                    .maxToolRounds(demo ? 1 : 4)
                    .build();
            String question = "What is the weather in Paris, in Celsius?";
            System.out.println("user: " + question);
            ParsedReply answer = chat.chat(question, ToolsExample::print);
            System.out.println();
            System.out.println("answer: " + answer.content());
            System.out.println("turns: " + chat.messages().stream().map(m -> m.role() + (m.toolCalls().isEmpty() ? "" : "(calls)")).toList());
        }
    }

    private static Forecast weather(WeatherQuery q) {
        double celsius = 18.5;
        return new Forecast(q.city(), q.unit() == Unit.F ? celsius * 9 / 5 + 32 : celsius, q.unit(), "clear");
    }

    private static void print(ChatEvent e) {
        switch (e) {
            case ChatEvent.ReasoningDelta r -> System.out.print(r.text());
            case ChatEvent.ContentDelta c -> System.out.print(c.text());
            case ChatEvent.ToolCallRequested c -> System.out.printf(Locale.ROOT, "%n-> call %s %s (id %s)%n",
                    c.call().name(), c.call().arguments(), c.call().id());
            case ChatEvent.ToolResult r -> System.out.printf(Locale.ROOT, "<- %s%s%n", r.error() ? "error " : "", r.result());
        }
    }
}
