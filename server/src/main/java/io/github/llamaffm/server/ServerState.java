package io.github.llamaffm.server;

import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.Speculation;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.Llama;
import io.github.llamaffm.chat.ChatEngine;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/** What the handlers share: settings, engines, contexts, counters. */
final class ServerState {
    static final String FINGERPRINT = fingerprint();
    private static final SecureRandom RANDOM = new SecureRandom();

    final ServerOptions options;
    final String modelId;
    /** The id of the model that embeds: the chat model's, or --embedding-model's. */
    final String embeddingId;
    final List<String> modelIds;
    /** Chat replies and raw completions: one engine, its sequences are the slots. */
    final ChatEngine chat;
    final LlamaContext embeddings;
    final ReentrantLock embeddingLock = new ReentrantLock(true);
    final LlamaContext reranker;
    final ReentrantLock rerankLock = new ReentrantLock(true);
    final Admission admission;
    /** The context's tokens divided among the slots: one request's fair share of the KV memory. */
    final int slotTokens;
    final Metrics metrics = new Metrics();
    final Watchdog watchdog = new Watchdog();
    /** Speculative decoding for every generation (--lookup, --draft-model), or null. */
    final Speculation speculation;
    /** The chat model's vocabulary size and end-of-generation tokens, for the sampling fields. */
    final Sampling.Tokens tokens;

    ServerState(ServerOptions options, String modelId, String embeddingId, List<String> modelIds, ChatEngine chat,
                LlamaContext embeddings, LlamaContext reranker, int slotTokens, Speculation speculation) {
        this.speculation = speculation;
        this.slotTokens = slotTokens;
        this.options = options;
        this.modelId = modelId;
        this.embeddingId = embeddingId;
        this.modelIds = List.copyOf(modelIds);
        this.chat = chat;
        this.embeddings = embeddings;
        this.reranker = reranker;
        this.admission = new Admission(chat.capacity(), options.queue());
        this.tokens = Sampling.Tokens.of(chat.model().vocab());
    }

    private static String fingerprint() {
        String v = Llama.class.getPackage().getImplementationVersion();
        return v == null ? "llama-ffm" : "llama-ffm-" + v;
    }

    /** The request's parameters with the server's speculative decoding, if any. */
    GenerateParams speculative(GenerateParams params) {
        return speculation == null ? params : params.toBuilder().speculative(speculation).build();
    }

    String newId() {
        byte[] b = new byte[12];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** 404 when the request names a model other than those given (no name is fine). */
    void checkModel(JsonBody body, String... served) {
        String m = body.string("model");
        if (m != null && !List.of(served).contains(m)) {
            throw ApiException.notFound("The model '" + m + "' does not exist; this server serves " + modelIds + ".", "model", "model_not_found");
        }
    }

    /**
     * The prompt limit: --max-prompt-tokens, at most a slot's share of the context (the KV memory
     * is unified, so without a limit one long prompt could take every slot's room).
     */
    int maxPromptTokens() {
        int slot = Math.min(chat.sequenceContextSize(), slotTokens) - 1;
        return options.maxPromptTokens() > 0 ? Math.min(options.maxPromptTokens(), slot) : slot;
    }
}
