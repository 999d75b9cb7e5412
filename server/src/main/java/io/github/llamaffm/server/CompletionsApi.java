package io.github.llamaffm.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.chat.ChatEngine;
import io.github.llamaffm.chat.ChatEvent;
import io.github.llamaffm.chat.ChatMessage;
import io.github.llamaffm.chat.ChatRequest;
import io.github.llamaffm.chat.ChatResult;

import java.io.IOException;
import java.util.List;

/** {@code POST /v1/completions}: raw text completion (OpenAI's legacy API). */
final class CompletionsApi {
    private CompletionsApi() {}

    static void handle(ServerState s, HttpExchange ex, JsonBody body) throws IOException {
        s.checkModel(body, s.modelId);
        if (!body.has("prompt")) throw ApiException.badRequest("'prompt' is required.", "prompt");
        List<String> prompts = body.strings("prompt", 1);
        if (prompts.size() != 1) throw ApiException.badRequest("'prompt' must be one string.", "prompt");
        if (Boolean.TRUE.equals(body.bool("echo"))) throw ApiException.badRequest("'echo' is not supported.", "echo");
        if (body.has("suffix")) throw ApiException.badRequest("'suffix' is not supported.", "suffix");
        if (body.has("logprobs")) throw ApiException.badRequest("'logprobs' are not supported.", "logprobs");
        body.integer("best_of", 1, 1); // only 1, as n
        // OpenAI's default for this endpoint is 16 tokens
        GenerateParams params = Sampling.read(body, Math.min(16, s.options.maxTokens()), s.options.maxTokens(), null);
        boolean stream = Boolean.TRUE.equals(body.bool("stream"));
        ChatEngine engine;
        try {
            engine = s.text.get();
        } catch (IllegalStateException e) {
            throw new ApiException(503, "server_error", "The server is shutting down.", null, null, 0);
        }
        ChatRequest request = ChatRequest.builder(List.of(ChatMessage.user(prompts.get(0)))).build();
        String id = "cmpl-" + s.newId();
        long created = System.currentTimeMillis() / 1000;
        try (Running run = Running.start(s, engine, request, params)) {
            if (!stream) {
                ChatResult r = run.await(s.options.timeoutSeconds());
                if (run.timedOut()) throw ApiException.timeout(s.options.timeoutSeconds());
                ObjectNode root = choice(s, id, created, r.completion().text(), ChatApi.finishReason(r.stopReason(), false));
                ChatApi.usage(root, run.promptTokens, r.completion().generatedTokens());
                Http.json(ex, 200, root);
                return;
            }
            SseStream sse = new SseStream(ex);
            run.attach(sse);
            try {
                boolean open = true;
                ChatResult r = null;
                ApiException failed = null;
                try {
                    for (ChatEvent e : run.call) {
                        if (!open) break;
                        if (e instanceof ChatEvent.ContentDelta d) open = sse.data(choice(s, id, created, d.text(), null));
                    }
                    if (open && !sse.clientGone()) r = run.call.join();
                } catch (RuntimeException e) {
                    failed = Running.failure(e);
                }
                if (!open || sse.clientGone()) {
                    run.call.cancel();
                    s.metrics.disconnect();
                    return;
                }
                if (run.timedOut()) failed = ApiException.timeout(s.options.timeoutSeconds());
                if (failed != null) {
                    sse.data(Http.error(failed));
                    return;
                }
                ObjectNode end = choice(s, id, created, "", ChatApi.finishReason(r.stopReason(), false));
                ChatApi.usage(end, run.promptTokens, r.completion().generatedTokens());
                sse.data(end);
                sse.done();
            } finally {
                sse.close();
            }
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
