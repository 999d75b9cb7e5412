package io.github.llamaffm.langchain4j;

import io.github.llamaffm.ContextParams;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.ModelParams;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The model and the one embedding context of an embedding or scoring model. A context serves
 * one thread at a time, so callers take turns through a lock (a fair one: no caller starves);
 * each call still packs its texts several per decode.
 */
final class PooledContext implements AutoCloseable {
    private final ModelSource.Loaded loaded;
    private final LlamaContext context;
    private final ReentrantLock lock = new ReentrantLock(true);
    private volatile boolean closed;

    private PooledContext(ModelSource.Loaded loaded, LlamaContext context) {
        this.loaded = loaded;
        this.context = context;
    }

    /** Loads the model if needed and creates its embedding context with {@code pooling}. */
    static PooledContext open(Path path, LlamaModel model, ModelParams modelParams, Integer contextSize,
                              Integer sequences, Integer threads, ContextParams.Pooling pooling) {
        int size = ModelSource.atLeastOne(contextSize, "contextSize");
        int seqs = ModelSource.atLeastOne(sequences, "sequences");
        int nThreads = ModelSource.atLeastOne(threads, "threads");
        ModelSource.Loaded loaded = ModelSource.open(path, model, modelParams);
        try {
            int n = seqs > 0 ? seqs : 8;
            int ctx = size > 0 ? size : Math.min(loaded.model().trainingContextSize() > 0 ? loaded.model().trainingContextSize() : 512, 8192);
            ContextParams.Builder cp = ContextParams.builder();
            if (nThreads > 0) cp.threads(nThreads);
            cp.contextSize(ctx)
                    .batchSize(ctx)
                    .microBatchSize(ctx) // a pooled text is decoded in one piece (the core makes it a multiple of the sequences)
                    .sequences(n)
                    .unifiedKv(true) // several texts per decode
                    .embeddings(true)
                    .pooling(pooling);
            return new PooledContext(loaded, loaded.model().newContext(cp.build()));
        } catch (RuntimeException | Error e) {
            loaded.release();
            throw e;
        }
    }

    LlamaModel model() {
        return loaded.model();
    }

    /** Runs {@code work} on the context, one caller at a time. */
    <T> T with(Function<LlamaContext, T> work) {
        lock.lock();
        try {
            if (closed) throw new IllegalStateException("the model is closed");
            return work.apply(context);
        } finally {
            lock.unlock();
        }
    }

    /** Tokens the texts take (with the special tokens the embedding adds). */
    int tokens(List<String> texts) {
        int n = 0;
        for (String t : texts) n += loaded.model().vocab().tokenize(t, io.github.llamaffm.SpecialTokens.ADD_AND_PARSE).length;
        return n;
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) return;
            closed = true;
            context.close();
        } finally {
            lock.unlock();
            loaded.release();
        }
    }
}
