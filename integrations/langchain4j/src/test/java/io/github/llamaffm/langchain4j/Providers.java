package io.github.llamaffm.langchain4j;

import dev.langchain4j.model.chat.request.ChatRequestParameters;

import java.util.ArrayList;
import java.util.List;

/** The providers the tests build over the shared test model, and their closing. */
final class Providers implements AutoCloseable {
    private final List<AutoCloseable> built = new ArrayList<>();

    /**
     * Defaults of every test provider: greedy, so runs repeat; on random weights also a cap on
     * the reply (noise rarely ends by itself).
     */
    static ChatRequestParameters defaults() {
        LlamaChatRequestParameters.Builder b = LlamaChatRequestParameters.builder().temperature(0.0).seed(42L);
        if (TestModels.realModel() == null) b.maxOutputTokens(64);
        return b.build();
    }

    /**
     * Threads of the test contexts: on random weights one, since llama.cpp's threads wait on each
     * other many times longer than a tiny model computes when other work shares the cores.
     */
    static int threads() {
        return TestModels.realModel() == null ? 1 : Runtime.getRuntime().availableProcessors();
    }

    LlamaChatModel.Builder chat() {
        return LlamaChatModel.builder().model(TestModels.chat()).contextSize(8192).sequences(4).threads(threads())
                .defaultRequestParameters(defaults());
    }

    LlamaStreamingChatModel.Builder streaming() {
        return LlamaStreamingChatModel.builder().model(TestModels.chat()).contextSize(8192).sequences(4).threads(threads())
                .defaultRequestParameters(defaults());
    }

    /** Remembers {@code model} for {@link #close()}. */
    <T extends AutoCloseable> T track(T model) {
        synchronized (built) {
            built.add(model);
        }
        return model;
    }

    @Override
    public void close() throws Exception {
        synchronized (built) {
            for (AutoCloseable c : built) c.close();
            built.clear();
        }
    }
}
