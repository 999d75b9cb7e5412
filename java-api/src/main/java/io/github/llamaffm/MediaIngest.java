package io.github.llamaffm;

import io.github.llamaffm.internal.MtmdHandle;
import io.github.llamaffm.internal.PromptCache;

import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Puts a {@link MultimodalPrompt} into sequence 0 of a context: its text pieces tokenized, each
 * media decoded into a bitmap and tokenized by libmtmd (with the tokens libmtmd puts around it),
 * then the prompt decoded from the first position that the context does not hold already, media
 * chunks through libmtmd's helper ({@code mtmd_helper_eval_chunk_single}: encode, then decode the
 * embeddings with the positions the model counts).
 *
 * <p>In the context's record of sequence 0, a media chunk's positions hold one negative key made
 * from the media's content hash and its place in the prompt, so that a later prompt with the same
 * media at the same place (the next turn of a chat) reuses them, and a different one does not.
 */
final class MediaIngest {
    private MediaIngest() {
    }

    /**
     * Decodes the prompt (the context's guard held).
     *
     * @return the positions decoded, or -1 if aborted
     */
    static int ingest(ContextCore ctx, MultimodalPrompt prompt, GenerateParams params) {
        Vocab vocab = ctx.vocab();
        List<int[]> pieces = prompt.tokenPieces();
        if (pieces == null) {
            pieces = new ArrayList<>();
            List<String> texts = prompt.texts();
            for (int i = 0; i < texts.size(); i++) {
                byte[] utf8 = texts.get(i).getBytes(StandardCharsets.UTF_8);
                boolean add = i == 0 && params.addSpecial();
                pieces.add(utf8.length == 0 && !add ? new int[0] : vocab.tokenizeUnlocked(utf8, add, params.parseSpecial()));
            }
        } else {
            for (int[] p : pieces) for (int t : p) vocab.check(t);
        }
        List<int[]> text = pieces;
        List<Media> media = prompt.media();
        return prompt.projector().use(h -> {
            List<MemorySegment> owned = new ArrayList<>(); // bitmaps, then chunk lists
            List<MemorySegment> chunkLists = new ArrayList<>();
            try {
                int[] keys = new int[64];
                int n = 0;
                long cells = 0; // KV cells: more than positions for the images of an M-RoPE model
                List<PromptCache.MediaRun> runs = new ArrayList<>();
                List<MemorySegment> runChunks = new ArrayList<>();
                for (int t : text.get(0)) keys = put(keys, n++, t);
                for (int i = 0; i < media.size(); i++) {
                    Media m = media.get(i);
                    MemorySegment bitmap = m.bitmap(h);
                    owned.add(bitmap);
                    MultimodalProjector.checkKind(h, bitmap, m);
                    List<MtmdHandle.Chunk> chunks = new ArrayList<>();
                    chunkLists.add(h.tokenize(bitmap, chunks));
                    for (MtmdHandle.Chunk c : chunks) {
                        if (!c.media()) {
                            for (int t : c.tokens()) keys = put(keys, n++, t);
                            continue;
                        }
                        cells += c.cells() - c.positions();
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
                int[] all = Arrays.copyOf(keys, n);
                return ctx.ingestMedia(all, runs.toArray(PromptCache.MediaRun[]::new), n + cells,
                        (run, position) -> h.evalChunk(ctx.nativeContext(), runChunks.get(run), position));
            } finally {
                for (MemorySegment c : chunkLists) MtmdHandle.freeChunks(c);
                for (MemorySegment b : owned) MtmdHandle.freeBitmap(b);
            }
        });
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
