package io.github.llamaffm.eval;

import io.github.llamaffm.Batch;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.Logprob;
import io.github.llamaffm.SpecialTokens;
import io.github.llamaffm.Vocab;
import io.github.llamaffm.internal.LogitMath;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Scores a given continuation after a prompt: the log-probability the model gives each of its
 * tokens (a log-softmax of the raw logits, no sampler involved), as used for classification,
 * multiple-choice evaluation and ranking of candidate answers. Prompt and continuation are decoded
 * together, in one decode when they fit in the context's batch size (else in batches of it), with
 * outputs only for the rows that predict a continuation token.
 *
 * <pre>{@code
 * ScoredText yes = Scoring.score(ctx, "Is the sky blue? Answer:", " yes");
 * ScoredText no  = Scoring.score(ctx, "Is the sky blue? Answer:", " no");
 * boolean saysYes = yes.logprob() > no.logprob();
 * }</pre>
 *
 * <p>Each call empties the context's KV memory first and leaves the scored tokens in sequence 0.
 */
public final class Scoring {
    private Scoring() {}

    /**
     * Scores {@code continuation} after {@code prompt}. The prompt is tokenized with the
     * vocabulary's BOS added when it adds one, the continuation on its own without special tokens
     * (a tokenizer that puts a space before a text's first word does so here too; use
     * {@link #score(LlamaContext, int[], int[])} for exact control); special tokens in either text
     * are not parsed.
     *
     * @param ctx          the context (its KV memory is cleared)
     * @param prompt       the prompt
     * @param continuation the text to score
     * @return the scores
     * @throws IllegalArgumentException if the prompt or continuation has no tokens, or both do
     *                                  not fit in one sequence of the context
     * @throws io.github.llamaffm.LlamaException if a decode fails
     * @throws IllegalStateException    if the context is closed or used by another thread
     * @throws NullPointerException     if an argument is null
     */
    public static ScoredText score(LlamaContext ctx, String prompt, String continuation) {
        Objects.requireNonNull(ctx, "ctx");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(continuation, "continuation");
        Vocab v = ctx.model().vocab();
        return score(ctx, v.tokenize(prompt, SpecialTokens.ADD), v.tokenize(continuation, SpecialTokens.NONE));
    }

    /**
     * Scores the tokens {@code continuation} after the tokens {@code prompt} (used as they are).
     *
     * @param ctx          the context (its KV memory is cleared)
     * @param prompt       the prompt's tokens, at least one
     * @param continuation the tokens to score, at least one
     * @return the scores
     * @throws IllegalArgumentException if either array is empty, a token is outside the vocabulary,
     *                                  or they do not fit in one sequence of the context
     * @throws io.github.llamaffm.LlamaException if a decode fails
     * @throws IllegalStateException    if the context is closed or used by another thread
     * @throws NullPointerException     if an argument is null
     */
    public static ScoredText score(LlamaContext ctx, int[] prompt, int[] continuation) {
        Objects.requireNonNull(ctx, "ctx");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(continuation, "continuation");
        if (prompt.length == 0) throw new IllegalArgumentException("the prompt has no tokens");
        if (continuation.length == 0) throw new IllegalArgumentException("the continuation has no tokens");
        Vocab vocab = ctx.model().vocab();
        int nVocab = vocab.size();
        int p = prompt.length, n = p + continuation.length;
        if (n > ctx.sequenceContextSize()) {
            throw new IllegalArgumentException(n + " tokens do not fit in a sequence of " + ctx.sequenceContextSize() + " tokens");
        }
        int[] all = new int[n];
        System.arraycopy(prompt, 0, all, 0, p);
        System.arraycopy(continuation, 0, all, p, continuation.length);
        for (int t : all) {
            if (t < 0 || t >= nVocab) throw new IllegalArgumentException("token " + t + " is outside the vocabulary (0.." + (nVocab - 1) + ")");
        }
        int nBatch = ctx.batchSize();
        float[] row = new float[nVocab];
        List<Logprob> scored = new ArrayList<>(continuation.length);
        double sum = 0;
        boolean greedy = true;
        ctx.memory().clear();
        try (Batch batch = Batch.create(Math.min(nBatch, n))) {
            for (int start = 0; start < n; start += nBatch) {
                int size = Math.min(nBatch, n - start);
                batch.clear();
                // the last row predicts nothing, so it is not an output row
                for (int k = 0; k < size; k++) {
                    int pos = start + k;
                    batch.add(all[pos], pos, 0, pos >= p - 1 && pos < n - 1);
                }
                ctx.decode(batch);
                for (int k = 0; k < size; k++) {
                    int pos = start + k;
                    if (pos < p - 1 || pos >= n - 1) continue;
                    MemorySegment l = ctx.logits(k);
                    MemorySegment.copy(l, ValueLayout.JAVA_FLOAT, 0, row, 0, nVocab);
                    int target = all[pos + 1];
                    float max = LogitMath.max(row, nVocab);
                    double lp = (row[target] - max) - Math.log(LogitMath.sumExp(row, nVocab, max));
                    greedy &= row[target] == max;
                    sum += lp;
                    scored.add(new Logprob(target, new String(vocab.pieceBytes(target, true), StandardCharsets.UTF_8), lp));
                }
            }
        }
        return new ScoredText(p, scored, sum, greedy);
    }
}
