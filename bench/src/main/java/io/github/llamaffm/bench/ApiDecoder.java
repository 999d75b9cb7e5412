package io.github.llamaffm.bench;

import io.github.llamaffm.Batch;
import io.github.llamaffm.ContextParams;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.Vocab;

/** The decoding-only path through the public API: {@link Batch}, {@code ctx.decode}, {@code ctx.memory().clear()}. */
public final class ApiDecoder implements Decoder {
    private final LlamaContext ctx;
    private final Vocab vocab;
    private final Batch batch;

    /**
     * Creates a context of the model with these parameters and a batch as large as its batch size.
     *
     * @param model  the loaded model (the caller closes it)
     * @param params the context's parameters
     */
    public ApiDecoder(LlamaModel model, ContextParams params) {
        ctx = model.newContext(params);
        vocab = model.vocab();
        batch = Batch.create(Math.min(params.batchSize(), ctx.contextSize()));
    }

    @Override
    public int vocabSize() {
        return vocab.size();
    }

    @Override
    public int startToken() {
        return vocab.addsBos() ? vocab.bos() : -1;
    }

    @Override
    public void clear() {
        batch.clear();
    }

    @Override
    public void add(int token, int position, boolean output) {
        batch.add(token, position, 0, output);
    }

    @Override
    public void decode() {
        ctx.decode(batch);
    }

    @Override
    public void clearMemory() {
        ctx.memory().clear();
    }

    @Override
    public void close() {
        batch.close();
        ctx.close();
    }
}
