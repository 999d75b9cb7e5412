package io.github.llamaffm.langchain4j;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.service.common.AbstractAiServiceIT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

/** LangChain4j's own AI-service suite {@link AbstractAiServiceIT}, run against the llama-ffm provider. */
@ExtendWith(RandomWeightsCondition.class)
class LlamaAiServiceIT extends AbstractAiServiceIT {
    private final Providers providers = new Providers();

    @Override
    protected List<ChatModel> models() {
        return List.of(providers.track(providers.chat().build()));
    }

    @AfterAll
    void closeModels() throws Exception {
        providers.close();
    }
}
