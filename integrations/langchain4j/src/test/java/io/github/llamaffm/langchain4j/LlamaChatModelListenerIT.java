package io.github.llamaffm.langchain4j;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.common.AbstractChatModelListenerIT;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

/** LangChain4j's listener suite for {@link ChatModel}s, run against {@link LlamaChatModel}. */
@ExtendWith(RandomWeightsCondition.class)
class LlamaChatModelListenerIT extends AbstractChatModelListenerIT {
    private static final Providers PROVIDERS = new Providers();

    @Override
    protected ChatModel createModel(ChatModelListener listener) {
        return PROVIDERS.track(PROVIDERS.chat().modelName(modelName())
                .defaultRequestParameters(LlamaChatRequestParameters.builder().modelName(modelName())
                        .temperature(temperature()).topP(topP()).maxOutputTokens(maxTokens()).seed(42L).build())
                .listeners(List.of(listener)).build());
    }

    @Override
    protected String modelName() {
        return "llama-ffm-test-model";
    }

    /** A closed model: its engine refuses every request. */
    @Override
    protected ChatModel createFailingModel(ChatModelListener listener) {
        var model = PROVIDERS.chat().listeners(List.of(listener)).build();
        model.close();
        return model;
    }

    @Override
    protected Class<? extends Exception> expectedExceptionClass() {
        return IllegalStateException.class;
    }

    @AfterAll
    static void closeModels() throws Exception {
        PROVIDERS.close();
    }
}
