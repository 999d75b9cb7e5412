package io.github.llamaffm.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaException;
import io.github.llamaffm.Normalization;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@code POST /v1/embeddings} and {@code POST /v1/rerank}: one embedding context each, used by one
 * request at a time (a fair lock; a request that cannot have it within the time limit gets 503).
 */
final class EmbeddingsApi {
    private static final int MAX_INPUTS = 256;

    private EmbeddingsApi() {}

    static void embeddings(ServerState s, HttpExchange ex, JsonBody body) throws IOException {
        s.checkModel(body, s.modelId, s.embeddingId);
        if (!body.has("input")) throw ApiException.badRequest("'input' is required.", "input");
        List<String> inputs = body.strings("input", MAX_INPUTS);
        if (inputs.isEmpty()) throw ApiException.badRequest("'input' must not be empty.", "input");
        for (String in : inputs) if (in.isEmpty()) throw ApiException.badRequest("'input' strings must not be empty.", "input");
        String format = body.string("encoding_format");
        if (format != null && !format.equals("float") && !format.equals("base64")) {
            throw ApiException.badRequest("'encoding_format' must be float or base64: '" + format + "'", "encoding_format");
        }
        LlamaContext ctx = s.embeddings;
        Long dims = body.integer("dimensions", 1, Integer.MAX_VALUE);
        if (dims != null && dims != ctx.model().embeddingSize()) {
            throw ApiException.badRequest("This model's embeddings have " + ctx.model().embeddingSize() + " dimensions; other sizes are not supported.",
                    "dimensions");
        }
        int tokens = 0;
        for (String in : inputs) tokens += ctx.model().vocab().tokenize(in).length;
        List<float[]> vectors = locked(s, s.embeddingLock, () -> ctx.embed(inputs, Normalization.EUCLIDEAN));
        ObjectNode root = JsonBody.MAPPER.createObjectNode();
        root.put("object", "list");
        ArrayNode data = root.putArray("data");
        for (int i = 0; i < vectors.size(); i++) {
            ObjectNode item = data.addObject();
            item.put("object", "embedding").put("index", i);
            float[] v = vectors.get(i);
            if ("base64".equals(format)) {
                ByteBuffer buf = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
                for (float f : v) buf.putFloat(f);
                item.put("embedding", Base64.getEncoder().encodeToString(buf.array()));
            } else {
                ArrayNode arr = item.putArray("embedding");
                for (float f : v) arr.add(f);
            }
        }
        root.put("model", s.embeddingId);
        root.putObject("usage").put("prompt_tokens", tokens).put("total_tokens", tokens);
        Http.json(ex, 200, root);
    }

    static void rerank(ServerState s, HttpExchange ex, JsonBody body) throws IOException {
        if (s.reranker == null) throw ApiException.notImplemented("This server has no reranking model: start it with --rerank-model FILE.");
        String query = body.string("query");
        if (query == null || query.isEmpty()) throw ApiException.badRequest("'query' is required.", "query");
        String field = body.has("documents") ? "documents" : "texts";
        if (!body.has(field)) throw ApiException.badRequest("'documents' is required.", "documents");
        List<String> docs = body.strings(field, MAX_INPUTS);
        if (docs.isEmpty()) throw ApiException.badRequest("'documents' must not be empty.", field);
        Long topN = body.integer("top_n", 1, Integer.MAX_VALUE);
        Boolean returnDocs = body.bool("return_documents");
        LlamaContext ctx = s.reranker;
        int tokens = 0;
        for (String d : docs) tokens += ctx.model().vocab().tokenize(query + d).length;
        float[] scores = locked(s, s.rerankLock, () -> ctx.rank(query, docs));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) order.add(i);
        order.sort(Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
        if (topN != null && topN < order.size()) order = order.subList(0, topN.intValue());
        ObjectNode root = JsonBody.MAPPER.createObjectNode();
        root.put("model", ctx.model().path().getFileName().toString()).put("object", "list");
        root.putObject("usage").put("prompt_tokens", tokens).put("total_tokens", tokens);
        ArrayNode results = root.putArray("results");
        for (int i : order) {
            ObjectNode r = results.addObject();
            r.put("index", i).put("relevance_score", scores[i]);
            if (Boolean.TRUE.equals(returnDocs)) r.putObject("document").put("text", docs.get(i));
        }
        Http.json(ex, 200, root);
    }

    private interface Work<T> {
        T run();
    }

    /** Runs on the context under its lock, within the server's time limit; its failures as 4xx/5xx. */
    private static <T> T locked(ServerState s, ReentrantLock lock, Work<T> work) {
        boolean held;
        try {
            held = lock.tryLock(s.options.timeoutSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.internal();
        }
        if (!held) throw ApiException.overloaded(1);
        try {
            return work.run();
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("An input cannot be embedded: " + e.getMessage(), "input");
        } catch (LlamaException | IllegalStateException e) {
            throw Running.failure(e);
        } finally {
            lock.unlock();
        }
    }
}
