package io.github.llamaffm.speculative;

import io.github.llamaffm.Batch;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.Proposer;
import io.github.llamaffm.Vocab;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A draft model's greedy continuation, as llama.cpp's {@code draft-simple}: the draft context
 * holds the text in its sequence 0; each step it decodes what it does not have yet (the tokens
 * the target accepted since), then proposes its most likely token, decodes it, and so on. The
 * record of what sequence 0 holds survives from one generation to the next (a chat pays only for
 * the new turn); a mismatch with the draft's KV memory starts it afresh.
 */
final class DraftModelProposer implements Proposer {
    private static final int TOP = 10; // candidates of the probability test, as llama.cpp's top-k 10

    private final Factory owner;
    private final LlamaContext draft;
    private final float minProbability;
    private final Batch batch;
    private final int vocabSize;
    private final int[] topIds = new int[TOP];
    private final float[] topLogits = new float[TOP];

    private DraftModelProposer(Factory owner, Batch batch) {
        this.owner = owner;
        this.draft = owner.draft;
        this.minProbability = owner.minProbability;
        this.batch = batch;
        this.vocabSize = draft.model().vocab().size();
    }

    @Override
    public int propose(int[] tokens, int length, int max, int[] out) {
        if (draft.isClosed()) return 0; // closed meanwhile: the generation goes on without proposals
        int room = draft.sequenceContextSize() - length; // positions left after the text
        max = Math.min(max, room);
        if (max < 1 || !sync(tokens, length)) return 0;
        int n = 0;
        while (true) {
            int token = best(draft.logits(-1));
            if (token < 0) break;
            out[n++] = token;
            if (n == max) break;
            batch.clear();
            batch.add(token, length + n - 1, 0, true);
            draft.decode(batch);
            owner.append(token);
        }
        return n;
    }

    /**
     * Brings sequence 0 of the draft to {@code tokens[0 .. length)}, the last token decoded now (its
     * logits wanted); false when a token is outside the draft's vocabulary (sizes may differ).
     */
    private boolean sync(int[] tokens, int length) {
        int held = owner.held;
        int[] h = owner.history;
        // the draft's memory must hold what the record says; else (used otherwise) start afresh
        if (held > 0 && (draft.memory().maxPosition(0) != held - 1 || draft.memory().minPosition(0) != 0)) held = 0;
        int common = 0, limit = Math.min(held, length - 1);
        while (common < limit && h[common] == tokens[common]) common++;
        if (common < held || held == 0) {
            if (!draft.memory().remove(0, common, -1)) { // a memory that cannot cut a sequence (recurrent)
                draft.memory().remove(0);
                common = 0;
            }
        }
        owner.held = common;
        for (int i = common; i < length; i++) if (tokens[i] < 0 || tokens[i] >= vocabSize) return false;
        int nBatch = draft.batchSize();
        for (int start = common; start < length; start += nBatch) {
            int n = Math.min(nBatch, length - start);
            batch.clear();
            for (int i = 0; i < n; i++) batch.add(tokens[start + i], start + i, 0, start + i == length - 1);
            draft.decode(batch);
            for (int i = 0; i < n; i++) owner.append(tokens[start + i]);
        }
        return true;
    }

    /**
     * The most likely token, or -1 when its probability among the 10 most likely ones is below
     * the minimum.
     */
    private int best(MemorySegment logits) {
        int filled = 0;
        float floor = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < vocabSize; i++) {
            float l = logits.getAtIndex(ValueLayout.JAVA_FLOAT, i);
            if (filled == TOP && l <= floor) continue;
            // insert, keeping topLogits sorted descending; an equal logit goes after (first index wins)
            int at = filled == TOP ? TOP - 1 : filled++;
            while (at > 0 && topLogits[at - 1] < l) {
                topLogits[at] = topLogits[at - 1];
                topIds[at] = topIds[at - 1];
                at--;
            }
            topLogits[at] = l;
            topIds[at] = i;
            floor = topLogits[filled - 1];
        }
        if (filled == 0 || Float.isNaN(topLogits[0])) return -1;
        if (minProbability > 0) {
            double sum = 0;
            for (int i = 0; i < filled; i++) sum += Math.exp(topLogits[i] - topLogits[0]);
            if (1 / sum < minProbability) return -1;
        }
        return topIds[0];
    }

    @Override
    public void close() {
        batch.close();
        owner.release();
    }

    /** Makes the proposer of each generation; holds the record of the draft's sequence 0 between them. */
    static final class Factory implements Proposer.Factory {
        final LlamaContext draft;
        final float minProbability;
        private final AtomicBoolean inUse = new AtomicBoolean();
        private volatile LlamaModel compatible; // the last target found compatible
        // the tokens in sequence 0 of the draft; used by one proposer at a time (inUse)
        int[] history = new int[256];
        int held;

        Factory(LlamaContext draft, float minProbability) {
            this.draft = draft;
            this.minProbability = minProbability;
        }

        @Override
        public void check(LlamaModel target) {
            if (compatible == target) return;
            checkCompatible(target, draft.model());
            compatible = target;
        }

        @Override
        public Proposer open(LlamaContext target) {
            if (target == draft) throw new IllegalArgumentException("the draft context is the generating context; give the draft model a context of its own");
            if (draft.isClosed()) throw new IllegalStateException("the draft context is closed");
            if (draft.sequenceContextSize() < target.sequenceContextSize()) {
                throw new IllegalArgumentException("the draft context holds " + draft.sequenceContextSize()
                        + " tokens per sequence, fewer than the target's " + target.sequenceContextSize()
                        + ": give the draft context at least the target's context size");
            }
            check(target.model());
            if (!inUse.compareAndSet(false, true)) {
                throw new IllegalStateException("the draft context is in use by another generation");
            }
            try {
                return new DraftModelProposer(this, Batch.create(Math.max(1, draft.batchSize())));
            } catch (RuntimeException | Error e) {
                inUse.set(false);
                throw e;
            }
        }

        void append(int token) {
            if (held == history.length) history = Arrays.copyOf(history, history.length * 2);
            history[held++] = token;
        }

        void release() {
            inUse.set(false);
        }

        @Override
        public String toString() {
            return "draft model " + draft.model().path().getFileName();
        }
    }

    /**
     * llama.cpp's {@code common_speculative_are_compatible}: the same vocabulary type, the same
     * use and ids of BOS and EOS, sizes within 128 tokens, and the same text for every token from
     * id 5 on that both have.
     *
     * @throws IllegalArgumentException naming the first difference
     */
    static void checkCompatible(LlamaModel target, LlamaModel draft) {
        Vocab t = target.vocab(), d = draft.vocab();
        String names = " (target " + target.path().getFileName() + ", draft " + draft.path().getFileName() + ")";
        if (t.type() != d.type()) {
            throw new IllegalArgumentException("the draft model's vocabulary type " + d.type() + " differs from the target's " + t.type() + names);
        }
        if (t.addsBos() != d.addsBos() || (t.addsBos() && t.bos() != d.bos())) {
            throw new IllegalArgumentException("the draft model's BOS token differs from the target's: adds " + d.addsBos() + " id " + d.bos()
                    + " against adds " + t.addsBos() + " id " + t.bos() + names);
        }
        if (t.addsEos() != d.addsEos() || (t.addsEos() && t.eos() != d.eos())) {
            throw new IllegalArgumentException("the draft model's EOS token differs from the target's: adds " + d.addsEos() + " id " + d.eos()
                    + " against adds " + t.addsEos() + " id " + t.eos() + names);
        }
        int diff = Math.abs(t.size() - d.size());
        if (diff > 128) {
            throw new IllegalArgumentException("the draft model's vocabulary has " + d.size() + " tokens, the target's " + t.size()
                    + ": more than 128 apart" + names);
        }
        int n = Math.min(t.size(), d.size());
        for (int i = 5; i < n; i++) {
            String a = t.tokenText(i), b = d.tokenText(i);
            if (!a.equals(b)) {
                throw new IllegalArgumentException("token " + i + " differs between the vocabularies: target '" + a + "', draft '" + b + "'" + names);
            }
        }
    }
}
