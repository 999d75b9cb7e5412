package io.github.llamaffm.langchain4j;

import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.service.common.AbstractStreamingAiServiceIT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

/** LangChain4j's own AI-service suite {@link AbstractStreamingAiServiceIT}, run against the llama-ffm provider. */
@ExtendWith(RandomWeightsCondition.class)
class LlamaStreamingAiServiceIT extends AbstractStreamingAiServiceIT {
    private final Providers providers = new Providers();

    @Override
    protected List<StreamingChatModel> models() {
        return List.of(providers.track(providers.streaming().build()));
    }

    @AfterAll
    void closeModels() throws Exception {
        providers.close();
    }
}
