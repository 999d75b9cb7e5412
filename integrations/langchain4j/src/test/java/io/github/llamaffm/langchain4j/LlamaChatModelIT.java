package io.github.llamaffm.langchain4j;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.common.AbstractChatModelIT;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

/** LangChain4j's own suite for every {@link ChatModel}, run against {@link LlamaChatModel}. */
@ExtendWith(RandomWeightsCondition.class)
class LlamaChatModelIT extends AbstractChatModelIT {
    private final Providers providers = new Providers();
    /** A new instance per test: JUnit closes AutoCloseable arguments after each invocation. */
    @Override
    protected List<ChatModel> models() {
        return List.of(providers.track(providers.chat().build()));
    }

    @Override
    protected ChatModel createModelWith(ChatRequestParameters parameters) {
        return providers.track(providers.chat().defaultRequestParameters(Providers.defaults().overrideWith(parameters)).build());
    }

    @Override
    protected ChatRequestParameters createIntegrationSpecificParameters(int maxOutputTokens) {
        return LlamaChatRequestParameters.builder().maxOutputTokens(maxOutputTokens).minP(0.05).build();
    }

    @AfterAll
    void closeModels() throws Exception {
        providers.close();
    }

    @Override
    protected boolean supportsModelNameParameter() {
        return false; // one instance, one GGUF model
    }

    @Override
    protected boolean supportsToolsAndJsonResponseFormatWithSchema() {
        return false; // the reply is constrained to a call or to the schema, not to either
    }

    @Override
    protected boolean supportsSingleImageInputAsBase64EncodedString() {
        return false;
    }

    @Override
    protected boolean supportsSingleImageInputAsPublicURL() {
        return false;
    }
}
