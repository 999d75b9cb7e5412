package io.github.llamaffm;

import io.github.llamaffm.internal.MtmdHandle;
import io.github.llamaffm.internal.PromptCache;

import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * A {@link MultimodalPrompt} made ready to decode: one key per position it fills (token ids, and for
 * each media chunk one negative key made from the media's content hash and its place in the prompt,
 * so that the same media at the same place is recognised in a context's record and a different one
 * is not), the media chunks' runs of positions, and the libmtmd chunks that fill them.
 *
 * <p>The media are decoded into bitmaps and tokenized by libmtmd when the plan is made (a media that
 * cannot be decoded fails here, on the caller's thread); each bitmap is freed as soon as its chunks
 * exist (they hold the preprocessed copy). The plan owns the chunk lists until {@link #close()}.
 * Used by one thread at a time; {@code close} is idempotent.
 */
final class MediaPlan implements AutoCloseable {
    final MultimodalProjector projector;
    final int[] keys;
    final PromptCache.MediaRun[] runs;
    /** KV cells the prompt takes: more than its positions for the images of an M-RoPE model. */
    final long cells;
    private final MemorySegment[] runChunks; // the media chunk of each run
    private final List<MemorySegment> chunkLists;
    private boolean closed;

    private MediaPlan(MultimodalProjector projector, int[] keys, PromptCache.MediaRun[] runs, long cells, MemorySegment[] runChunks,
                      List<MemorySegment> chunkLists) {
        this.projector = projector;
        this.keys = keys;
        this.runs = runs;
        this.cells = cells;
        this.runChunks = runChunks;
        this.chunkLists = chunkLists;
    }

    /**
     * Tokenizes the text pieces of {@code prompt} with {@code tokenizer} (or checks its token
     * pieces), decodes and tokenizes its media, under the projector's lock.
     *
     * @param prompt    the prompt
     * @param params    its special-token settings (BOS before the first piece only)
     * @param vocab     the vocabulary of the context's model
     * @param tokenizer UTF-8 text and add-special flag to tokens (the parse flag is {@code params}')
     * @return the plan (close it)
     * @throws IllegalArgumentException if a media cannot be decoded or does not suit the projector,
     *                                  the prompt has no positions, or it ends with media
     */
    static MediaPlan of(MultimodalPrompt prompt, GenerateParams params, Vocab vocab,
                        java.util.function.BiFunction<byte[], Boolean, int[]> tokenizer) {
        List<int[]> pieces = prompt.tokenPieces();
        if (pieces == null) {
            pieces = new ArrayList<>();
            List<String> texts = prompt.texts();
            for (int i = 0; i < texts.size(); i++) {
                byte[] utf8 = texts.get(i).getBytes(StandardCharsets.UTF_8);
                boolean add = i == 0 && params.addSpecial();
                pieces.add(utf8.length == 0 && !add ? new int[0] : tokenizer.apply(utf8, add));
            }
        } else {
            for (int[] p : pieces) for (int t : p) vocab.check(t);
        }
        List<int[]> text = pieces;
        List<Media> media = prompt.media();
        MultimodalProjector projector = prompt.projector();
        Function<MtmdHandle, MediaPlan> make = h -> {
            List<MemorySegment> chunkLists = new ArrayList<>();
            try {
                int[] keys = new int[64];
                int n = 0;
                long extraCells = 0; // an M-RoPE model's image takes a KV cell per token, more than its positions
                List<PromptCache.MediaRun> runs = new ArrayList<>();
                List<MemorySegment> runChunks = new ArrayList<>();
                for (int t : text.get(0)) keys = put(keys, n++, t);
                for (int i = 0; i < media.size(); i++) {
                    Media m = media.get(i);
                    List<MtmdHandle.Chunk> chunks = new ArrayList<>();
                    MemorySegment bitmap = m.bitmap(h);
                    try {
                        MultimodalProjector.checkKind(h, bitmap, m);
                        chunkLists.add(h.tokenize(bitmap, chunks));
                    } finally {
                        MtmdHandle.freeBitmap(bitmap); // the chunks hold what they need of it
                    }
                    for (MtmdHandle.Chunk c : chunks) {
                        if (!c.media()) {
                            for (int t : c.tokens()) keys = put(keys, n++, t);
                            continue;
                        }
                        extraCells += c.cells() - c.positions();
                        int key = key(m, i, runs.size());
                        int start = n;
                        for (int k = 0; k < c.positions(); k++) keys = put(keys, n++, key);
                        runs.add(new PromptCache.MediaRun(start, n));
                        runChunks.add(c.pointer());
                    }
                    for (int t : text.get(i + 1)) keys = put(keys, n++, t);
                }
                if (n == 0) throw new IllegalArgumentException("the prompt has no tokens");
                if (!runs.isEmpty() && runs.get(runs.size() - 1).end() == n) {
                    throw new IllegalArgumentException("the prompt ends with media; the model predicts from the last token, so put text after it");
                }
                return new MediaPlan(projector, Arrays.copyOf(keys, n), runs.toArray(PromptCache.MediaRun[]::new),
                        n + extraCells, runChunks.toArray(MemorySegment[]::new), chunkLists);
            } catch (RuntimeException | Error e) {
                for (MemorySegment c : chunkLists) MtmdHandle.freeChunks(c);
                throw e;
            }
        };
        return projector.use(make);
    }

    /** The run that starts at {@code position}, or -1. */
    int runAt(int position) {
        for (int i = 0; i < runs.length; i++) if (runs[i].start() == position) return i;
        return -1;
    }

    /** The first run that starts at or after {@code position}, or the prompt's length when none does. */
    int nextRunStart(int position) {
        for (PromptCache.MediaRun r : runs) if (r.start() >= position) return r.start();
        return keys.length;
    }

    /** {@code n} moved back to the start of a run it would end inside (a prefix never holds half a chunk). */
    int notInsideRun(int n) {
        for (PromptCache.MediaRun r : runs) if (r.start() < n && n < r.end()) return r.start();
        return n;
    }

    /**
     * Encodes run {@code run}'s media and decodes it into {@code sequence} of {@code ctx} from
     * {@code position} on (the caller holds the context's guard).
     *
     * @return llama_decode's code (0 ok, 1 no room, 2 aborted), or the encoder's failure
     * @throws IllegalStateException if the plan or the projector is closed
     */
    int decode(io.github.llamaffm.internal.ContextHandle ctx, int run, int position, int sequence) {
        if (closed) throw new IllegalStateException("the media of this prompt were freed");
        MemorySegment chunk = runChunks[run];
        return projector.use(h -> h.evalChunk(ctx, chunk, position, sequence));
    }

    /** Frees the chunks. Idempotent. */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        for (MemorySegment c : chunkLists) MtmdHandle.freeChunks(c);
    }

    private static int[] put(int[] a, int at, int v) {
        if (at == a.length) a = Arrays.copyOf(a, a.length * 2);
        a[at] = v;
        return a;
    }

    /** A negative key for a media chunk: its content and its place in the prompt (never a token id). */
    private static int key(Media m, int index, int run) {
        int h = m.id().hashCode();
        h = 31 * (31 * h + index) + run;
        return -2 - (h & 0x3FFFFFFF);
    }
}
