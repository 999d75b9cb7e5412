package io.github.llamaffm.springai;

import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.chat.ChatEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.test.chat.client.advisor.AbstractToolCallingAdvisorAutoRegistrationIT;
import org.springframework.ai.test.chat.client.advisor.MockWeatherService;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.function.FunctionToolCallback;

import java.util.Set;

/**
 * Spring AI's own suite for ChatClient's tool-calling advisor ({@code spring-ai-test}), run against
 * {@link LlamaChatModel}: the structural tests (the advisor owns the loop, tool responses reach
 * every advisor, switching auto-registration off leaves one pass). Random weights cannot choose a
 * tool, so the model is told to call one ({@code toolChoice=required}, which holds for a turn that
 * answers the user, not after tool results). The functional groups check the weather the mock tool
 * reports in the model's prose ("30", "10", "15"): that needs a real model's knowledge, so they are
 * skipped here (see {@link NeedsRealModel}).
 */
@ExtendWith(LlamaToolCallingAdvisorTests.NeedsRealModel.class)
class LlamaToolCallingAdvisorTests extends AbstractToolCallingAdvisorAutoRegistrationIT {
    private static LlamaModel model;
    private static ChatEngine engine;
    private static LlamaChatModel chat;

    @BeforeAll
    static void load() {
        model = LlamaModel.load(TestModels.chat());
        engine = ChatEngine.builder(model).contextParams(TestModels.engineContext(4096, 2)).build();
        chat = LlamaChatModel.builder(engine).defaultOptions(LlamaChatOptions.builder().temperature(0.0)
                .toolChoice("required").parallelToolCalls(false).maxTokens(120).build()).build();
    }

    @AfterAll
    static void close() {
        engine.close();
        model.close();
    }

    @Override
    protected ChatModel getChatModel() {
        return chat;
    }

    /**
     * The suite's weather tool with its own function and argument type, and a schema that bounds
     * the location's length: random weights would write an unbounded string until the token limit.
     */
    @Override
    protected ToolCallback createWeatherToolCallback() {
        return FunctionToolCallback.builder("getCurrentWeather", new MockWeatherService())
                .description("Get the weather in location").inputType(MockWeatherService.Request.class)
                .inputSchema(BOUNDED).build();
    }

    private static final String BOUNDED = """
            {"type":"object","properties":{"location":{"type":"string","maxLength":16},
             "lat":{"type":"integer","minimum":-90,"maximum":90},"lon":{"type":"integer","minimum":-180,"maximum":180},"unit":{"type":"string","enum":["C","F"]}},
             "required":["location","lat","lon","unit"]}""";

    /** Skips the suite's groups that read a real model's answer. */
    static final class NeedsRealModel implements ExecutionCondition {
        private static final Set<String> GROUPS = Set.of("CallFunctional", "StreamFunctional", "UserControlledToolExecution");

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            for (Class<?> c = context.getTestClass().orElse(null); c != null; c = c.getEnclosingClass()) {
                if (GROUPS.contains(c.getSimpleName())) {
                    return ConditionEvaluationResult.disabled(c.getSimpleName() + " checks a real model's answer (\"30\", \"10\", \"15\")");
                }
            }
            return ConditionEvaluationResult.enabled("mechanics only");
        }
    }
}
