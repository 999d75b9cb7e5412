package io.github.llamaffm.langchain4j;

import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.common.AbstractStreamingChatModelIT;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InOrder;

import java.util.List;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.times;

/** LangChain4j's own suite for every {@link StreamingChatModel}, run against {@link LlamaStreamingChatModel}. */
@ExtendWith(RandomWeightsCondition.class)
class LlamaStreamingChatModelIT extends AbstractStreamingChatModelIT {
    private final Providers providers = new Providers();
    /** A new instance per test: JUnit closes AutoCloseable arguments after each invocation. */
    @Override
    protected List<StreamingChatModel> models() {
        return List.of(providers.track(providers.streaming().build()));
    }

    @Override
    protected StreamingChatModel createModelWith(ChatRequestParameters parameters) {
        return providers.track(providers.streaming().defaultRequestParameters(Providers.defaults().overrideWith(parameters)).build());
    }

    @Override
    public StreamingChatModel createModelWith(ChatModelListener listener) {
        return providers.track(providers.streaming().listeners(List.of(listener)).build());
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
    protected void verifyToolCallbacks(StreamingChatResponseHandler handler, InOrder io, String id) {
        io.verify(handler, atLeast(0)).onPartialResponse(any(), any());
        io.verify(handler).onCompleteToolCall(any());
    }

    @Override
    protected void verifyToolCallbacks(StreamingChatResponseHandler handler, InOrder io, String id1, String id2) {
        io.verify(handler, atLeast(0)).onPartialResponse(any(), any());
        io.verify(handler, times(2)).onCompleteToolCall(any());
    }

    @Override
    protected boolean supportsPartialToolStreaming(StreamingChatModel model) {
        return false; // each call is delivered once it is complete
    }

    @Override
    protected boolean supportsModelNameParameter() {
        return false;
    }

    @Override
    protected boolean supportsToolsAndJsonResponseFormatWithSchema() {
        return false;
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
