package io.github.llamaffm.springai;

import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.model.tool.StructuredOutputChatOptions;
import org.springframework.ai.model.tool.ToolCallingChatOptions;
import org.springframework.ai.test.options.AbstractChatOptionsTests;
import org.springframework.ai.tool.function.FunctionToolCallback;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@link LlamaChatOptions}: Spring AI's own options contract (spring-ai-test), merging and checks. */
class LlamaChatOptionsTest extends AbstractChatOptionsTests<LlamaChatOptions, LlamaChatOptions.Builder> {
    @Override
    protected Class<LlamaChatOptions> getConcreteOptionsClass() {
        return LlamaChatOptions.class;
    }

    @Override
    protected LlamaChatOptions.Builder readyToBuildBuilder() {
        return LlamaChatOptions.builder().temperature(0.5).topP(0.9).topK(30).minP(0.05).seed(7L).maxTokens(64)
                .stopSequences(List.of("END")).repeatPenalty(1.1).toolChoice("required").outputSchema("{\"type\":\"object\"}");
    }

    @Test
    void requestOptionsWinOverDefaultsWhereTheyAreSet() {
        LlamaChatOptions defaults = readyToBuildBuilder().build();
        assertSame(defaults, LlamaChatOptions.merge(null, defaults));
        var tool = FunctionToolCallback.builder("t", (String s) -> s).inputType(String.class).build();
        ChatOptions generic = ToolCallingChatOptions.builder().temperature(0.1).toolCallbacks(tool).build();
        LlamaChatOptions merged = LlamaChatOptions.merge(generic, defaults);
        assertEquals(0.1, merged.getTemperature());
        assertEquals(0.9, merged.getTopP());
        assertEquals(0.05, merged.getMinP());
        assertEquals(List.of(tool), merged.getToolCallbacks());
        assertEquals("required", merged.getToolChoice());

        ChatOptions schema = StructuredOutputChatOptions.builder().outputSchema("{\"type\":\"string\"}").build();
        assertEquals("{\"type\":\"string\"}", LlamaChatOptions.merge(schema, defaults).getOutputSchema());
        // ChatClient hands the defaults back combined with the request's: strings stay once
        LlamaChatOptions twice = defaults.mutate().combineWith(defaults.mutate()).build();
        assertEquals(List.of("END"), LlamaChatOptions.merge(twice, defaults).getStopSequences());
        assertNull(LlamaChatOptions.builder().build().getTemperature());
    }

    @Test
    void valuesOutOfRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> LlamaChatOptions.builder().temperature(-0.1));
        assertThrows(IllegalArgumentException.class, () -> LlamaChatOptions.builder().topP(1.01));
        assertThrows(IllegalArgumentException.class, () -> LlamaChatOptions.builder().minP(-1.0));
        assertThrows(IllegalArgumentException.class, () -> LlamaChatOptions.builder().topK(-1));
        assertThrows(IllegalArgumentException.class, () -> LlamaChatOptions.builder().maxTokens(0));
        assertThrows(IllegalArgumentException.class, () -> LlamaChatOptions.builder().toolChoice(" "));
        assertThrows(IllegalArgumentException.class, () -> LlamaChatOptions.builder().maxToolRounds(0));
    }
}
