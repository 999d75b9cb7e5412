package io.github.llamaffm.examples;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ToolChoice;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.Result;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.tool.ToolExecution;
import io.github.llamaffm.testkit.DemoModel;
import io.github.llamaffm.langchain4j.LlamaChatModel;
import io.github.llamaffm.langchain4j.LlamaChatRequestParameters;

import java.nio.file.Path;
import java.util.Locale;

/**
 * LangChain4j's AI services over llama-ffm: an interface that LangChain4j implements, with a
 * Java method the model may call as a tool. LangChain4j runs the loop: the model asks for the
 * call, the method runs, its result goes back, the model answers. The example prints each call,
 * its result and the reply.
 *
 * <p>Run: {@code make example NAME=AiServicesExample [MODEL=path/to/model.gguf]}. With a real
 * chat model that calls tools (Qwen 2.5/3, Llama 3.1+, Mistral, Hermes, ...) the model decides;
 * with the demo model (random weights) the first request forces a call ({@code ToolChoice.REQUIRED},
 * noise cannot decide) and the one after the tool's result forbids another, so the loop ends.
 */
public final class AiServicesExample {
    private AiServicesExample() {}

    /** The AI service: LangChain4j implements it over the chat model. */
    public interface Assistant {
        /**
         * Answers a question, calling tools when they help.
         *
         * @param question the question
         * @return the reply, with the tool calls made on the way and the token usage
         */
        @SystemMessage("You are a helpful assistant. Use the tools when they help.")
        Result<String> chat(String question);
    }

    /** Cities the weather tool knows (an enum: the model can only name one of these). */
    public enum City {
        /** Paris. */
        PARIS,
        /** Berlin. */
        BERLIN,
        /** Tokyo. */
        TOKYO
    }

    /** The tools offered to the model: LangChain4j reads the {@link Tool} methods. */
    public static final class WeatherTools {
        /** Creates the tools. */
        public WeatherTools() {
        }

        /**
         * The current weather of a city.
         *
         * @param city the city
         * @return the weather as JSON
         */
        @Tool("The current weather in a city")
        public String weather(@P(name = "city", value = "the city") City city) {
            return String.format(Locale.ROOT, "{\"city\":\"%s\",\"temperature\":18.5,\"sky\":\"clear\"}", city);
        }
    }

    /**
     * Runs the example.
     *
     * @param args optional: the model path
     * @throws Exception if the model cannot be loaded
     */
    public static void main(String[] args) throws Exception {
        boolean demo = args.length == 0;
        Path modelPath = demo ? DemoModel.path() : Path.of(args[0]);
        // the demo model was trained (so to speak) on 512 tokens; the service asks one thing at a time
        try (LlamaChatModel model = LlamaChatModel.builder().modelPath(modelPath).contextSize(demo ? 512 : 8192)
                .defaultRequestParameters(LlamaChatRequestParameters.builder().maxOutputTokens(demo ? 160 : 512).build())
                .build()) {
            AiServices<Assistant> services = AiServices.builder(Assistant.class).chatModel(model).tools(new WeatherTools());
            if (demo) services.chatRequestTransformer(AiServicesExample::callOnceThenAnswer);
            Assistant assistant = services.build();

            String question = "What is the weather in Paris?";
            System.out.println("user: " + question);
            Result<String> result = assistant.chat(question);
            for (ToolExecution call : result.toolExecutions()) {
                System.out.printf(Locale.ROOT, "-> call %s %s (id %s)%n", call.request().name(), call.request().arguments(), call.request().id());
                System.out.println("<- " + call.result());
            }
            System.out.println("reply: " + result.content());
            System.out.println("finish: " + result.finishReason() + ", tokens: " + result.tokenUsage());
        }
    }

    /** For the demo model: a call is forced until a tool has answered, then the model must reply. */
    private static ChatRequest callOnceThenAnswer(ChatRequest request) {
        boolean answered = request.messages().getLast() instanceof ToolExecutionResultMessage;
        return request.toBuilder()
                .parameters(request.parameters().overrideWith(LlamaChatRequestParameters.builder()
                        .toolChoice(answered ? ToolChoice.NONE : ToolChoice.REQUIRED)
                        .parallelToolCalls(false)
                        .build()))
                .build();
    }
}
