package io.github.llamaffm.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.github.llamaffm.BatchRequest;
import io.github.llamaffm.Completion;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.Token;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /v1/completions}: raw text completion (OpenAI's legacy API), on the chat engine's
 * own sequences ({@link io.github.llamaffm.chat.ChatEngine#submitText}): completions and chat
 * replies share the slots, the queue and the KV memory.
 */
final class CompletionsApi {
    private CompletionsApi() {}

    static void handle(ServerState s, HttpExchange ex, JsonBody body) throws IOException {
        s.checkModel(body, s.modelId);
        if (!body.has("prompt")) throw ApiException.badRequest("'prompt' is required.", "prompt");
        List<String> prompts = body.strings("prompt", 1);
        if (prompts.size() != 1) throw ApiException.badRequest("'prompt' must be one string.", "prompt");
        if (Boolean.TRUE.equals(body.bool("echo"))) throw ApiException.badRequest("'echo' is not supported.", "echo");
        if (body.has("suffix")) throw ApiException.badRequest("'suffix' is not supported.", "suffix");
        body.integer("best_of", 1, 1); // only 1, as n
        // OpenAI's default for this endpoint is 16 tokens
        GenerateParams params = Sampling.read(body, Math.min(16, s.options.maxTokens()), s.options.maxTokens(), null, s.tokens);
        int logprobs = Logprobs.readCompletion(body);
        if (logprobs >= 0) params = params.toBuilder().logprobs(logprobs).build();
        params = s.speculative(params);
        boolean stream = Boolean.TRUE.equals(body.bool("stream"));
        String id = "cmpl-" + s.newId();
        long created = System.currentTimeMillis() / 1000;
        try (Running<BatchRequest, Completion> run = Running.text(s, prompts.get(0), params)) {
            if (stream) {
                stream(s, ex, run, id, created);
                return;
            }
            List<Token> scored = new ArrayList<>();
            if (logprobs >= 0) {
                // the tokens carry them; the watchdog's deadline ends the iteration as it ends the request
                for (Token t : run.call) if (t.hasLogprob()) scored.add(t);
            }
            Completion c = run.await(s.options.timeoutSeconds());
            if (run.timedOut()) throw ApiException.timeout(s.options.timeoutSeconds());
            ObjectNode root = choice(s, id, created, c.text(), ChatApi.finishReason(c.stopReason(), false));
            if (logprobs >= 0) ((ObjectNode) root.get("choices").get(0)).set("logprobs", Logprobs.completion(scored, s.chat.model().vocab(), 0));
            ChatApi.usage(root, run.promptTokens, c.generatedTokens());
            Http.json(ex, 200, root);
        }
    }

    private static void stream(ServerState s, HttpExchange ex, Running<BatchRequest, Completion> run, String id, long created) throws IOException {
        SseStream sse = new SseStream(ex);
        run.attach(sse);
        try {
            boolean open = true;
            Completion c = null;
            ApiException failed = null;
            List<Token> pending = new ArrayList<>(); // tokens whose log-probabilities wait for text to go with
            int offset = 0;
            try {
                for (Token t : run.call) {
                    if (!open) break;
                    if (t.hasLogprob()) pending.add(t);
                    // a token that only opens a multi-byte character has no text yet
                    if (t.text().isEmpty()) continue;
                    ObjectNode chunk = choice(s, id, created, t.text(), null);
                    if (!pending.isEmpty()) {
                        ((ObjectNode) chunk.get("choices").get(0)).set("logprobs", Logprobs.completion(pending, s.chat.model().vocab(), offset));
                        pending.clear();
                    }
                    offset += t.text().length();
                    open = sse.data(chunk);
                }
                if (open && !sse.clientGone()) c = run.call.join();
            } catch (RuntimeException e) {
                failed = Running.failure(e, "prompt");
            }
            if (!open || sse.clientGone()) {
                run.cancel();
                s.metrics.disconnect();
                return;
            }
            if (run.timedOut()) failed = ApiException.timeout(s.options.timeoutSeconds());
            if (failed != null) {
                sse.data(Http.error(failed));
                return;
            }
            ObjectNode end = choice(s, id, created, "", ChatApi.finishReason(c.stopReason(), false));
            if (!pending.isEmpty()) ((ObjectNode) end.get("choices").get(0)).set("logprobs", Logprobs.completion(pending, s.chat.model().vocab(), offset));
            ChatApi.usage(end, run.promptTokens, c.generatedTokens());
            sse.data(end);
            sse.done();
        } finally {
            sse.close();
        }
    }

    private static ObjectNode choice(ServerState s, String id, long created, String text, String finish) {
        ObjectNode root = JsonBody.MAPPER.createObjectNode();
        root.put("id", id).put("object", "text_completion").put("created", created).put("model", s.modelId)
                .put("system_fingerprint", ServerState.FINGERPRINT);
        ObjectNode c = root.putArray("choices").addObject();
        c.put("text", text).put("index", 0).putNull("logprobs");
        if (finish == null) c.putNull("finish_reason");
        else c.put("finish_reason", finish);
        return root;
    }
}
