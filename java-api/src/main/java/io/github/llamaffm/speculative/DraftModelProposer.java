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
import java.util.concurrent.locks.ReentrantLock;

/**
 * A draft model's greedy continuation, as llama.cpp's {@code draft-simple}: the draft context
 * holds the text in one of its sequences (the one this generation took; sequence 0 of a
 * one-sequence context); each step it decodes what it does not have yet (the tokens the target
 * accepted since), then proposes its most likely token, decodes it, and so on. The record of what
 * each sequence holds survives from one generation to the next (a chat pays only for the new
 * turn); a mismatch with the draft's KV memory starts it afresh. Proposers of different
 * sequences take turns on the draft context (one lock per factory), so generations on several
 * threads may share a draft context of several sequences.
 */
final class DraftModelProposer implements Proposer {
    private static final int TOP = 10; // candidates of the probability test, as llama.cpp's top-k 10

    private final Factory owner;
    private final int seq; // the draft's sequence this generation holds
    private final LlamaContext draft;
    private final float minProbability;
    private final Batch batch;
    private final int vocabSize;
    private final int[] topIds = new int[TOP];
    private final float[] topLogits = new float[TOP];

    private DraftModelProposer(Factory owner, int seq, Batch batch) {
        this.owner = owner;
        this.seq = seq;
        this.draft = owner.draft;
        this.minProbability = owner.minProbability;
        this.batch = batch;
        this.vocabSize = draft.model().vocab().size();
    }

    @Override
    public int propose(int[] tokens, int length, int max, int[] out) {
        owner.turn.lock(); // proposers of other sequences, maybe on other threads, wait for their turn
        try {
            return proposeLocked(tokens, length, max, out);
        } finally {
            owner.turn.unlock();
        }
    }

    private int proposeLocked(int[] tokens, int length, int max, int[] out) {
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
            batch.add(token, length + n - 1, seq, true);
            draft.decode(batch);
            owner.append(seq, token);
        }
        return n;
    }

    /**
     * Brings the draft's sequence to {@code tokens[0 .. length)}, the last token decoded now (its
     * logits wanted); false when a token is outside the draft's vocabulary (sizes may differ).
     */
    private boolean sync(int[] tokens, int length) {
        int held = owner.held[seq];
        int[] h = owner.history[seq];
        // the draft's memory must hold what the record says; else (used otherwise) start afresh
        if (held > 0 && (draft.memory().maxPosition(seq) != held - 1 || draft.memory().minPosition(seq) != 0)) held = 0;
        int common = 0, limit = Math.min(held, length - 1);
        while (common < limit && h[common] == tokens[common]) common++;
        if (common < held || held == 0) {
            if (!draft.memory().remove(seq, common, -1)) { // a memory that cannot cut a sequence (recurrent)
                draft.memory().remove(seq);
                common = 0;
            }
        }
        owner.held[seq] = common;
        for (int i = common; i < length; i++) if (tokens[i] < 0 || tokens[i] >= vocabSize) return false;
        int nBatch = draft.batchSize();
        for (int start = common; start < length; start += nBatch) {
            int n = Math.min(nBatch, length - start);
            batch.clear();
            for (int i = 0; i < n; i++) batch.add(tokens[start + i], start + i, seq, start + i == length - 1);
            draft.decode(batch);
            for (int i = 0; i < n; i++) owner.append(seq, tokens[start + i]);
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

    private final AtomicBoolean closed = new AtomicBoolean();

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) return;
        batch.close();
        owner.release(seq);
    }

    @Override
    public String toString() {
        return "DraftModelProposer[" + owner + ", sequence " + seq + "]";
    }

    /**
     * Makes the proposer of each generation, each on a free sequence of the draft context; holds
     * the record of what each sequence holds between generations.
     */
    static final class Factory implements Proposer.Factory {
        final LlamaContext draft;
        final float minProbability;
        final ReentrantLock turn = new ReentrantLock(); // one proposer at a time uses the draft context
        private final boolean[] inUse; // guarded by this
        private volatile LlamaModel compatible; // the last target found compatible
        // per sequence: the tokens the draft's sequence holds; used by the one proposer that holds it
        final int[][] history;
        final int[] held;

        Factory(LlamaContext draft, float minProbability) {
            this.draft = draft;
            this.minProbability = minProbability;
            int n = draft.sequences();
            this.inUse = new boolean[n];
            this.history = new int[n][256];
            this.held = new int[n];
        }

        @Override
        public int concurrency() {
            return inUse.length;
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
            int seq = take();
            try {
                return new DraftModelProposer(this, seq, Batch.create(Math.max(1, draft.batchSize())));
            } catch (RuntimeException | Error e) {
                release(seq);
                throw e;
            }
        }

        /** A free sequence of the draft context, now taken. */
        private synchronized int take() {
            for (int s = 0; s < inUse.length; s++) {
                if (!inUse[s]) {
                    inUse[s] = true;
                    return s;
                }
            }
            throw new IllegalStateException(inUse.length == 1 ? "the draft context is in use by another generation"
                    : "all " + inUse.length + " sequences of the draft context are in use by other generations");
        }

        void append(int seq, int token) {
            if (held[seq] == history[seq].length) history[seq] = Arrays.copyOf(history[seq], history[seq].length * 2);
            history[seq][held[seq]++] = token;
        }

        synchronized void release(int seq) {
            inUse[seq] = false;
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
