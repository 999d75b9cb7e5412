package io.github.llamaffm;

import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The embedding work of {@link LlamaContext}: texts packed into batches, one decode per batch. */
final class Embedder {
    private Embedder() {}

    /** Pooled embeddings of {@code texts}, as many per decode as sequences and batch size allow. */
    static List<float[]> pooled(ContextCore ctx, List<String> texts, Normalization norm) {
        ContextParams.Pooling pooling = check(ctx);
        if (pooling == ContextParams.Pooling.NONE) {
            throw new IllegalStateException("the context pools nothing (Pooling.NONE): use embedTokens, or a context with MEAN, CLS, LAST or RANK pooling");
        }
        List<int[]> inputs = new ArrayList<>(texts.size());
        for (String t : texts) inputs.add(tokens(ctx, t));
        int width = pooling == ContextParams.Pooling.RANK ? rankWidth(ctx) : outputSize(ctx);
        List<float[]> out = new ArrayList<>(texts.size());
        try (Batch batch = Batch.create(ctx.batchSize())) {
            int next = 0;
            while (next < inputs.size()) {
                batch.clear();
                int first = next;
                // separate KV streams cannot pool several sequences in one decode (see LlamaContext.decode)
                int perDecode = ctx.unifiedKv() ? ctx.sequences() : 1;
                while (next < inputs.size() && next - first < perDecode
                        && batch.size() + inputs.get(next).length <= batch.capacity()) {
                    int[] in = inputs.get(next);
                    for (int i = 0; i < in.length; i++) batch.add(in[i], i, next - first, true);
                    next++;
                }
                ctx.memory().clear(); // embeddings need no history; each batch starts empty
                ctx.decode(batch);
                for (int s = 0; s < next - first; s++) {
                    float[] raw = ctx.sequenceEmbeddings(s).asSlice(0, width * 4L).toArray(ValueLayout.JAVA_FLOAT);
                    float[] v = new float[width];
                    (pooling == ContextParams.Pooling.RANK ? Normalization.NONE : norm).apply(raw, v);
                    out.add(v);
                }
            }
            ctx.memory().clear();
        }
        return out;
    }

    /** One embedding per token of {@code text} (a context with Pooling.NONE). */
    static float[] rank(ContextCore ctx, String query, List<String> documents) {
        if (ctx.poolingType() != ContextParams.Pooling.RANK) {
            throw new IllegalStateException("reranking needs a context with ContextParams.pooling(Pooling.RANK)");
        }
        List<String> pairs = documents.stream().map(d -> rerankInput(ctx.model(), query, d)).toList();
        List<float[]> scores = pooled(ctx, pairs, Normalization.NONE);
        float[] out = new float[scores.size()];
        for (int i = 0; i < out.length; i++) out[i] = scores.get(i)[0];
        return out;
    }

    static float[][] perToken(ContextCore ctx, String text, Normalization norm) {
        if (check(ctx) != ContextParams.Pooling.NONE) {
            throw new IllegalStateException("the context pools its embeddings: per-token embeddings need ContextParams.pooling(Pooling.NONE)");
        }
        int[] in = tokens(ctx, text);
        int width = outputSize(ctx);
        float[][] out = new float[in.length][width];
        try (Batch batch = Batch.create(ctx.batchSize())) {
            for (int i = 0; i < in.length; i++) batch.add(in[i], i, 0, true);
            ctx.memory().clear();
            ctx.decode(batch);
            for (int i = 0; i < in.length; i++) norm.apply(ctx.embeddings(i).asSlice(0, width * 4L).toArray(ValueLayout.JAVA_FLOAT), out[i]);
            ctx.memory().clear();
        }
        return out;
    }

    /**
     * The text a reranker scores for (query, document): the model's "rerank" template when it has
     * one, else query and document joined by the EOS and SEP tokens the vocabulary adds — as
     * llama.cpp's embedding tool does.
     */
    static String rerankInput(LlamaModel model, String query, String document) {
        var template = model.rerankTemplate();
        if (template.isPresent()) return template.get().replace("{query}", query).replace("{document}", document);
        Vocab v = model.vocab();
        String sep = ""; // the model is alive: the caller holds a context of it
        if (v.addsEos()) sep += v.tokenTextUnchecked(v.eos());
        if (v.addsSep()) sep += v.tokenTextUnchecked(v.sep());
        return query + sep + document;
    }

    private static ContextParams.Pooling check(ContextCore ctx) {
        if (!ctx.params().embeddings()) {
            throw new IllegalStateException("the context does not compute embeddings: create it with ContextParams.embeddings(true)");
        }
        return ctx.poolingType();
    }

    /** Tokenized as llama.cpp's embedding tool does: special tokens added and parsed. */
    private static int[] tokens(ContextCore ctx, String text) {
        int[] t = ctx.vocab().tokenizeUnlocked(text.getBytes(StandardCharsets.UTF_8), true, true);
        if (t.length == 0) throw new IllegalArgumentException("the text has no tokens");
        if (t.length > ctx.batchSize()) {
            throw new IllegalArgumentException("a text of " + t.length + " tokens does not fit in one batch of "
                    + ctx.batchSize() + " (ContextParams.batchSize; embeddings take a text in one decode)");
        }
        return t;
    }

    private static int outputSize(ContextCore ctx) {
        return ctx.model().outputEmbeddingSize();
    }

    private static int rankWidth(ContextCore ctx) {
        return Math.max(1, ctx.model().classifierOutputs());
    }
}
