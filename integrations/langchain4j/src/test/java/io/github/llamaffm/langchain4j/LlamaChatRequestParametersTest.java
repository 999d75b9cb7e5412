package io.github.llamaffm.langchain4j;

import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.DefaultChatRequestParameters;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Merging keeps the llama-specific values whichever side they come from, as LangChain4j merges defaults and requests. */
class LlamaChatRequestParametersTest {

    @Test
    void mergingKeepsTheLlamaSpecificValues() {
        LlamaChatRequestParameters defaults = LlamaChatRequestParameters.builder().temperature(0.3).minP(0.1).seed(7L).build();
        ChatRequestParameters request = ChatRequestParameters.builder().temperature(0.9).maxOutputTokens(5).build();

        ChatRequestParameters merged = defaults.overrideWith(request);
        assertThat(merged).isInstanceOf(LlamaChatRequestParameters.class);
        LlamaChatRequestParameters m = (LlamaChatRequestParameters) merged;
        assertThat(m.temperature()).isEqualTo(0.9);
        assertThat(m.maxOutputTokens()).isEqualTo(5);
        assertThat(m.minP()).isEqualTo(0.1);
        assertThat(m.seed()).isEqualTo(7L);

        // plain defaults overridden by a llama request (LangChain4j delegates to the more specific type)
        ChatRequestParameters plain = DefaultChatRequestParameters.builder().temperature(0.2).topK(5).build();
        LlamaChatRequestParameters llamaRequest = LlamaChatRequestParameters.builder().repeatPenalty(1.1).thinking(false).build();
        ChatRequestParameters merged2 = plain.overrideWith(llamaRequest);
        assertThat(merged2).isInstanceOf(LlamaChatRequestParameters.class);
        LlamaChatRequestParameters m2 = (LlamaChatRequestParameters) merged2;
        assertThat(m2.temperature()).isEqualTo(0.2);
        assertThat(m2.topK()).isEqualTo(5);
        assertThat(m2.repeatPenalty()).isEqualTo(1.1);
        assertThat(m2.thinking()).isFalse();

        assertThat(LlamaChatRequestParameters.builder().minP(0.1).build())
                .isEqualTo(LlamaChatRequestParameters.builder().minP(0.1).build())
                .hasSameHashCodeAs(LlamaChatRequestParameters.builder().minP(0.1).build())
                .isNotEqualTo(LlamaChatRequestParameters.builder().minP(0.2).build());
    }
}
