package io.github.llamaffm.internal;

import io.github.llamaffm.ContextFullException;
import io.github.llamaffm.DecodeException;

import java.util.Arrays;

/**
 * The tokens that generation put into sequence 0 of a context, for prompt-prefix reuse: a new
 * prompt that starts with them decodes only the rest. When a manual decode or a memory edit changes
 * sequence 0 in a way this record cannot follow, it is no longer tracked and the next
 * {@link #ingest} starts sequence 0 afresh. The epoch counts the events that end a running
 * generation (a newer one, a clear, an edit of sequence 0).
 *
 * <p>Not thread-safe: used under its context's guard.
 */
public final class PromptCache {
    private final ContextHandle ctx;
    private int[] history = new int[64];
    private int nPast;
    private boolean tracked = true;
    private long epoch;

    /**
     * A record of sequence 0 of a context.
     *
     * @param ctx the context
     */
    public PromptCache(ContextHandle ctx) {
        this.ctx = ctx;
    }

    /** The number of tokens held (0 when untracked). */
    public int count() {
        return nPast;
    }

    /** A copy of the tokens held, oldest first. */
    public int[] tokens() {
        return Arrays.copyOf(history, nPast);
    }

    /** The tokens held, or null when sequence 0 is not tracked (its content is unknown). */
    public int[] trackedTokens() {
        return tracked ? tokens() : null;
    }

    /** The current epoch. */
    public long epoch() {
        return epoch;
    }

    /** Starts a new epoch (a new generation) and returns it. */
    public long nextEpoch() {
        return ++epoch;
    }

    /** Sequence 0 is empty: tracked, with nothing in it; a running generation ends. */
    public void forget() {
        nPast = 0;
        tracked = true;
        epoch++;
    }

    /** Sequence 0 changed in a way the token history cannot follow. */
    public void untrack() {
        nPast = 0;
        tracked = false;
        epoch++;
    }

    /** Sequence 0 lost its tokens from position {@code from} on. */
    public void truncate(int from) {
        if (tracked && from < nPast) {
            nPast = Math.max(from, 0);
            epoch++;
        }
    }

    /** Sequence 0 now holds exactly {@code tokens} (restored from a saved state). */
    public void restored(int[] tokens) {
        if (tokens.length > history.length) history = Arrays.copyOf(history, tokens.length);
        System.arraycopy(tokens, 0, history, 0, tokens.length);
        nPast = tokens.length;
        tracked = true;
    }

    /** Whether sequence 0 is full. */
    public boolean isFull() {
        return nPast >= ctx.nCtxSeq;
    }

    /**
     * Puts {@code tokens} into sequence 0, reusing the common prefix with what is there.
     *
     * @param tokens the prompt
     * @return the number of tokens decoded, or -1 if aborted
     * @throws ContextFullException if they do not fit
     * @throws DecodeException      if llama.cpp fails
     */
    public int ingest(int[] tokens) {
        int nCtxSeq = ctx.nCtxSeq, nBatch = ctx.nBatch;
        if (tokens.length >= nCtxSeq) {
            throw new ContextFullException("the prompt has " + tokens.length + " tokens; the context holds " + nCtxSeq
                    + (nCtxSeq < ctx.nCtx ? " per sequence" : "") + " and needs room for at least one more");
        }
        if (!tracked) {
            ctx.memoryRemove(0, -1, -1);
            nPast = 0;
            tracked = true;
        }
        int common = 0;
        int max = Math.min(nPast, tokens.length);
        while (common < max && history[common] == tokens[common]) common++;
        if (common == tokens.length) common--; // decode the last token again to get its logits
        if (common < nPast) {
            if (!ctx.memoryRemove(0, common, -1)) {
                ctx.memoryClear(true);
                common = 0;
            }
            nPast = common;
        }
        int decoded = 0;
        for (int start = common; start < tokens.length; start += nBatch) {
            int n = Math.min(nBatch, tokens.length - start);
            for (int i = 0; i < n; i++) ctx.setRow(i, tokens[start + i], start + i, start + i == tokens.length - 1);
            int rc = ctx.decodeOwn(n);
            if (rc == 2) {
                resync(tokens);
                return -1;
            }
            if (rc != 0) {
                resync(tokens);
                throw new DecodeException("decoding the prompt failed at token " + start, rc);
            }
            remember(tokens, start, n);
            decoded += n;
        }
        return decoded;
    }

    /**
     * Positions {@code [start, end)} of a prompt that one media chunk (an image or audio clip, by
     * libmtmd) fills; its keys in the prompt are one negative value of that media.
     *
     * @param start first position
     * @param end   position after the last
     */
    public record MediaRun(int start, int end) {}

    /** Decodes one media chunk of a prompt into sequence 0 (libmtmd's helper). */
    @FunctionalInterface
    public interface MediaDecoder {
        /**
         * Encodes and decodes media chunk {@code run} at {@code position}.
         *
         * @param run      the index of the run
         * @param position its first position
         * @return llama_decode's code (0 ok, 1 no room, 2 aborted, else failed)
         */
        int decode(int run, int position);
    }

    /**
     * Puts a prompt with media into sequence 0, reusing the common prefix with what is there: as
     * {@link #ingest(int[])}, where the media positions hold negative keys (one value per media
     * chunk, the same for the same content at the same place) and are decoded by {@code media}.
     * A prefix never ends inside a media chunk: the whole chunk is decoded again.
     *
     * @param keys  one key per position: token ids, and the media keys (negative) at the runs
     * @param runs  the media chunks, in order, not at the end of the prompt
     * @param cells the KV cells the prompt takes: its positions, or more when an M-RoPE model gives
     *              an image fewer positions than tokens
     * @param media decodes a run
     * @return the number of positions decoded, or -1 if aborted
     * @throws ContextFullException if they do not fit (checked before anything is decoded or removed)
     * @throws DecodeException      if llama.cpp fails
     */
    public int ingestMedia(int[] keys, MediaRun[] runs, long cells, MediaDecoder media) {
        int nCtxSeq = ctx.nCtxSeq, nBatch = ctx.nBatch;
        if (Math.max(cells, keys.length) >= nCtxSeq) {
            throw new ContextFullException("the prompt takes " + Math.max(cells, keys.length) + " tokens"
                    + (cells > keys.length ? " (" + keys.length + " positions)" : "") + "; the context holds " + nCtxSeq
                    + (nCtxSeq < ctx.nCtx ? " per sequence" : "") + " and needs room for at least one more");
        }
        if (!tracked) {
            ctx.memoryRemove(0, -1, -1);
            nPast = 0;
            tracked = true;
        }
        int common = 0;
        int max = Math.min(nPast, keys.length);
        while (common < max && history[common] == keys[common]) common++;
        if (common == keys.length) common--; // decode the last token again to get its logits
        for (MediaRun r : runs) {
            if (r.start() < common && common < r.end()) common = r.start(); // never half a chunk
        }
        if (common < nPast) {
            if (!ctx.memoryRemove(0, common, -1)) {
                ctx.memoryClear(true);
                common = 0;
            }
            nPast = common;
        }
        int decoded = 0;
        int pos = common;
        int next = 0; // the first run that ends after pos
        while (next < runs.length && runs[next].end() <= pos) next++;
        while (pos < keys.length) {
            if (next < runs.length && runs[next].start() == pos) {
                MediaRun r = runs[next];
                int rc = media.decode(next, pos);
                if (rc != 0) {
                    ctx.memoryRemove(0, pos, -1); // part of the chunk may be in the memory
                    nPast = pos;
                    if (rc == 2) return -1;
                    if (rc == 1) throw new ContextFullException("no room in the KV memory for media of " + (r.end() - r.start()) + " positions");
                    throw new DecodeException("decoding media at position " + pos + " failed", rc);
                }
                remember(keys, pos, r.end() - pos);
                decoded += r.end() - pos;
                pos = r.end();
                next++;
                continue;
            }
            int stop = next < runs.length ? runs[next].start() : keys.length;
            int n = Math.min(nBatch, stop - pos);
            for (int i = 0; i < n; i++) ctx.setRow(i, keys[pos + i], pos + i, pos + i == keys.length - 1);
            int rc = ctx.decodeOwn(n);
            if (rc != 0) {
                resync(keys);
                if (rc == 2) return -1;
                throw new DecodeException("decoding the prompt failed at position " + pos, rc);
            }
            remember(keys, pos, n);
            decoded += n;
            pos += n;
        }
        return decoded;
    }

    /**
     * Decodes one generated token at the end of sequence 0.
     *
     * @param token the token
     * @return llama_decode's code (0 ok, 1 no room, 2 aborted)
     */
    public int decodeOne(int token) {
        ctx.setRow(0, token, nPast, true);
        int rc = ctx.decodeOwn(1);
        if (rc == 0) {
            if (nPast == history.length) history = Arrays.copyOf(history, history.length * 2);
            history[nPast++] = token;
        }
        return rc;
    }

    /**
     * Decodes {@code n} tokens at the end of sequence 0 in one batch, with outputs for every row
     * (a speculative verification: the newest token and the proposed ones). On failure nothing of
     * them stays in the memory.
     *
     * @param tokens the tokens, {@code n <= nBatch} and room for them in the sequence
     * @param n      how many
     * @return llama_decode's code (0 ok, 1 no room, 2 aborted)
     */
    public int decodeAll(int[] tokens, int n) {
        for (int i = 0; i < n; i++) ctx.setRow(i, tokens[i], nPast + i, true);
        int rc = ctx.decodeOwn(n);
        if (rc == 0) remember(tokens, nPast, 0, n);
        else ctx.memoryRemove(0, nPast, -1); // an aborted batch of several micro-batches may have left a part
        return rc;
    }

    /**
     * Keeps the first {@code count} tokens of sequence 0 and removes the rest from the memory,
     * without ending the running generation (a speculative step drops the rejected tokens).
     *
     * @param count tokens kept, {@code <= count()}
     * @return false if the memory cannot remove the end of a sequence (recurrent models); the
     *         sequence is then no longer tracked
     */
    public boolean keep(int count) {
        if (count >= nPast) return true;
        if (!ctx.memoryRemove(0, count, -1)) {
            nPast = 0;
            tracked = false;
            return false;
        }
        nPast = count;
        return true;
    }

    private void remember(int[] source, int at, int from, int n) {
        if (at + n > history.length) history = Arrays.copyOf(history, Math.max(history.length * 2, at + n));
        System.arraycopy(source, from, history, at, n);
        nPast = at + n;
    }

    private void remember(int[] tokens, int start, int n) {
        if (start + n > history.length) history = Arrays.copyOf(history, Math.max(history.length * 2, start + n));
        System.arraycopy(tokens, start, history, start, n);
        nPast = start + n;
    }

    /** After an aborted or failed decode: what is in memory is what llama.cpp says is there. */
    private void resync(int[] tokens) {
        int last = ctx.memoryMaxPosition(0);
        int kept = Math.min(last + 1, tokens.length);
        if (kept < 0) kept = 0;
        if (kept > nPast) remember(tokens, nPast, kept - nPast);
        nPast = kept;
    }
}
