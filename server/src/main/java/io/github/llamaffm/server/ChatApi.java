package io.github.llamaffm.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.Token;
import io.github.llamaffm.StopReason;
import io.github.llamaffm.chat.ChatCall;
import io.github.llamaffm.chat.ChatEvent;
import io.github.llamaffm.chat.ChatRequest;
import io.github.llamaffm.chat.ChatResult;
import io.github.llamaffm.chat.ParsedReply;
import io.github.llamaffm.chat.ToolCall;

import java.io.IOException;
import java.util.List;

/** {@code POST /v1/chat/completions}: OpenAI's chat API over the server's {@link io.github.llamaffm.chat.ChatEngine}. */
final class ChatApi {
    private ChatApi() {}

    static void handle(ServerState s, HttpExchange ex, JsonBody body) throws IOException {
        s.checkModel(body, s.modelId);
        ChatRequest request = ChatParser.request(body, s.chat.projector().orElse(null));
        String grammar = ChatParser.responseGrammar(body);
        if (grammar != null && !request.tools().isEmpty()) {
            throw ApiException.badRequest("'response_format' and 'tools' cannot be combined.", "response_format");
        }
        GenerateParams params = Sampling.read(body, s.options.maxTokens(), s.options.maxTokens(), grammar, s.tokens);
        int logprobs = Logprobs.readChat(body);
        if (logprobs >= 0) params = params.toBuilder().logprobs(logprobs).build();
        params = s.speculative(params);
        boolean stream = Boolean.TRUE.equals(body.bool("stream"));
        boolean usage = false;
        if (body.has("stream_options")) {
            var so = body.node("stream_options");
            if (!so.isObject()) throw JsonBody.wrongType("stream_options", "an object");
            var iu = so.get("include_usage");
            if (iu != null && !iu.isNull() && !iu.isBoolean()) throw JsonBody.wrongType("stream_options.include_usage", "a boolean");
            usage = iu != null && iu.asBoolean();
        }
        String id = "chatcmpl-" + s.newId();
        long created = System.currentTimeMillis() / 1000;
        try (Running<ChatCall, ChatResult> run = Running.chat(s, request, params)) {
            if (stream) stream(s, ex, run, id, created, usage, logprobs >= 0);
            else Http.json(ex, 200, completion(s, run, run.await(s.options.timeoutSeconds()), id, created, logprobs >= 0));
        }
    }

    private static ObjectNode completion(ServerState s, Running<ChatCall, ChatResult> run, ChatResult r, String id, long created,
                                         boolean logprobs) {
        if (run.timedOut()) throw ApiException.timeout(s.options.timeoutSeconds());
        ObjectNode root = head(s, id, created, "chat.completion");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        ObjectNode msg = choice.putObject("message");
        msg.put("role", "assistant");
        ParsedReply reply = r.reply();
        if (reply.content().isEmpty() && reply.hasToolCalls()) msg.putNull("content");
        else msg.put("content", reply.content());
        if (!reply.reasoning().isEmpty()) msg.put("reasoning_content", reply.reasoning());
        if (reply.hasToolCalls()) {
            ArrayNode calls = msg.putArray("tool_calls");
            for (ToolCall c : reply.toolCalls()) toolCall(calls.addObject(), c);
        }
        if (logprobs) choice.set("logprobs", Logprobs.chat(run.call.logprobs(), s.chat.model().vocab()));
        else choice.putNull("logprobs");
        choice.put("finish_reason", finishReason(r.stopReason(), reply.hasToolCalls()));
        usage(root, run.promptTokens, r.completion().generatedTokens());
        return root;
    }

    private static void stream(ServerState s, HttpExchange ex, Running<ChatCall, ChatResult> run, String id, long created, boolean includeUsage,
                               boolean logprobs) throws IOException {
        SseStream sse = new SseStream(ex);
        run.attach(sse);
        try {
            ObjectNode first = JsonBody.MAPPER.createObjectNode();
            first.put("role", "assistant").put("content", "");
            boolean open = sse.data(chunk(s, id, created, first, null));
            ChatResult r = null;
            ApiException failed = null;
            int sentLogprobs = 0;
            try {
                for (ChatEvent e : run.call) {
                    if (!open) break;
                    ObjectNode delta = JsonBody.MAPPER.createObjectNode();
                    switch (e) {
                        case ChatEvent.ContentDelta d -> delta.put("content", d.text());
                        case ChatEvent.ReasoningDelta d -> delta.put("reasoning_content", d.text());
                        case ChatEvent.ToolCallRequested c -> {
                            ObjectNode call = delta.putArray("tool_calls").addObject();
                            call.put("index", c.index());
                            toolCall(call, c.call());
                        }
                        case ChatEvent.ToolResult ignored -> {
                            continue; // the engine runs no tools; results never come
                        }
                    }
                    ObjectNode c = chunk(s, id, created, delta, null);
                    if (logprobs) sentLogprobs = attachLogprobs(s, run.call, c, sentLogprobs);
                    open = sse.data(c);
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
            ObjectNode end = chunk(s, id, created, JsonBody.MAPPER.createObjectNode(), finishReason(r.stopReason(), r.reply().hasToolCalls()));
            if (logprobs) attachLogprobs(s, run.call, end, sentLogprobs); // tokens whose text was held back
            sse.data(end);
            if (includeUsage) {
                ObjectNode u = head(s, id, created, "chat.completion.chunk");
                u.putArray("choices");
                usage(u, run.promptTokens, r.completion().generatedTokens());
                sse.data(u);
            }
            sse.done();
        } finally {
            sse.close();
        }
    }

    /** Puts the log-probabilities of the tokens generated since {@code sent} into a chunk's choice; returns the new count. */
    private static int attachLogprobs(ServerState s, ChatCall call, ObjectNode chunk, int sent) {
        List<Token> all = call.logprobs();
        ObjectNode choice = (ObjectNode) chunk.get("choices").get(0);
        choice.set("logprobs", Logprobs.chat(all.subList(sent, all.size()), s.chat.model().vocab()));
        return all.size();
    }

    private static ObjectNode head(ServerState s, String id, long created, String object) {
        ObjectNode root = JsonBody.MAPPER.createObjectNode();
        root.put("id", id).put("object", object).put("created", created).put("model", s.modelId).put("system_fingerprint", ServerState.FINGERPRINT);
        return root;
    }

    private static ObjectNode chunk(ServerState s, String id, long created, ObjectNode delta, String finish) {
        ObjectNode root = head(s, id, created, "chat.completion.chunk");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        choice.set("delta", delta);
        choice.putNull("logprobs");
        if (finish == null) choice.putNull("finish_reason");
        else choice.put("finish_reason", finish);
        return root;
    }

    private static void toolCall(ObjectNode out, ToolCall c) {
        out.put("id", c.id().isEmpty() ? "call_" + c.name() : c.id()).put("type", "function");
        out.putObject("function").put("name", c.name()).put("arguments", c.arguments());
    }

    /** As OpenAI: "length" when cut off (even inside a call), else "tool_calls" when it called, else "stop". */
    static String finishReason(StopReason reason, boolean toolCalls) {
        if (reason == StopReason.MAX_TOKENS || reason == StopReason.CONTEXT_FULL) return "length";
        return toolCalls ? "tool_calls" : "stop";
    }

    static void usage(ObjectNode root, int prompt, int generated) {
        root.putObject("usage").put("prompt_tokens", prompt).put("completion_tokens", generated).put("total_tokens", prompt + generated);
    }
}
