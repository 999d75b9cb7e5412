package io.github.llamaffm.eval;

import io.github.llamaffm.Batch;
import io.github.llamaffm.Cancellation;
import io.github.llamaffm.ContextParams;
import io.github.llamaffm.DecodeException;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.concurrent.CancellationException;

/**
 * The decode loop of llama.cpp's perplexity and KL-divergence programs: the tokens in chunks of
 * {@code nCtx}, the KV memory cleared for each group of chunks, BOS written over each chunk's first
 * token when the vocabulary adds one, several chunks per decode (one sequence each) when the batch
 * holds them, or several decodes per chunk when it does not; outputs only for the second half of
 * each chunk. Each scored row (positions {@code nCtx/2 .. nCtx-2}) goes to a {@link Rows} with the
 * token it predicts, in order, chunk after chunk.
 */
final class ChunkRunner {
    /** Receives the scored rows. */
    interface Rows {
        /** A scored row: {@code logits} (reused; copy what you keep) predicts {@code target}. */
        void row(int chunk, int target, float[] logits);

        /** All rows of a chunk were given. */
        void chunkDone(int chunk);
    }

    private ChunkRunner() {}

    /** Checks what llama.cpp's program checks, before any context is made. */
    static void checkSettings(LlamaModel model, int nCtx) {
        if (model.vocab().addsEos()) {
            throw new IllegalArgumentException("the vocabulary of " + model.path().getFileName()
                    + " adds EOS after a text; llama.cpp's perplexity refuses such models, and so does this");
        }
        if (nCtx < 4) throw new IllegalArgumentException("the context size must be >= 4: " + nCtx);
    }

    static void run(LlamaModel model, int[] tokens, int nCtx, int nChunk, int batchSize, int threads, ContextParams base,
                    Cancellation cancellation, Rows rows) {
        int nSeq = Math.max(1, batchSize / nCtx);
        int total = nSeq * nCtx;
        int nBatch = Math.min(batchSize, total);
        int numBatches = (nCtx + nBatch - 1) / nBatch;
        int first = nCtx / 2;
        int nVocab = model.vocab().size();
        boolean addBos = model.vocab().addsBos();
        int bos = model.vocab().bos();
        if (addBos && (bos < 0 || bos >= nVocab)) throw new IllegalArgumentException("the vocabulary adds BOS but has no BOS token");
        ContextParams cp = base.toBuilder().contextSize(total).batchSize(nBatch).sequences(nSeq)
                .threads(threads).batchThreads(threads).embeddings(false).build();
        float[] buf = new float[nVocab];
        try (LlamaContext ctx = model.newContext(cp); Batch batch = Batch.create(Math.min(nBatch, total))) {
            for (int i = 0; i < nChunk; i += nSeq) {
                int start = i * nCtx;
                int end = start + nCtx;
                int nSeqBatch = Math.min(nSeq, nChunk - i);
                ctx.memory().clear();
                for (int j = 0; j < numBatches; j++) {
                    int batchStart = start + j * nBatch;
                    int size = Math.min(end - batchStart, nBatch);
                    batch.clear();
                    for (int seq = 0; seq < nSeqBatch; seq++) {
                        int seqStart = batchStart + seq * nCtx;
                        for (int k = 0; k < size; k++) {
                            int pos = j * nBatch + k;
                            int tok = addBos && j == 0 && k == 0 ? bos : tokens[seqStart + k];
                            batch.add(tok, pos, seq, pos >= first);
                        }
                    }
                    decode(ctx, batch, cancellation);
                    for (int seq = 0; seq < nSeqBatch; seq++) {
                        int chunkStart = start + seq * nCtx;
                        for (int k = 0; k < size; k++) {
                            int pos = j * nBatch + k;
                            if (pos < first || pos > nCtx - 2) continue;
                            MemorySegment l = ctx.logits(seq * size + k);
                            MemorySegment.copy(l, ValueLayout.JAVA_FLOAT, 0, buf, 0, nVocab);
                            rows.row(i + seq, tokens[chunkStart + pos + 1], buf);
                        }
                        if (j == numBatches - 1) rows.chunkDone(i + seq);
                    }
                }
            }
        }
    }

    private static void decode(LlamaContext ctx, Batch batch, Cancellation cancellation) {
        if (cancellation != null && cancellation.isCancelled() || Thread.currentThread().isInterrupted()) {
            throw new CancellationException("cancelled");
        }
        try {
            if (cancellation != null) ctx.decode(batch, cancellation);
            else ctx.decode(batch);
        } catch (DecodeException e) {
            if (e.returnCode() == 2 && (cancellation != null && cancellation.isCancelled() || Thread.currentThread().isInterrupted())) {
                CancellationException ce = new CancellationException("cancelled during a decode");
                ce.initCause(e);
                throw ce;
            }
            throw e;
        }
    }
}
