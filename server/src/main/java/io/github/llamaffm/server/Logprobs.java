package io.github.llamaffm.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.llamaffm.Logprob;
import io.github.llamaffm.Token;
import io.github.llamaffm.Vocab;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Log-probabilities in OpenAI's two shapes: chat's {@code logprobs.content} (each token with its
 * text, UTF-8 bytes and {@code top_logprobs}) and the legacy completions' parallel arrays
 * ({@code tokens}, {@code token_logprobs}, {@code top_logprobs} as objects, {@code text_offset}).
 * The values come from the model's raw logits before the sampler chain (the core's
 * {@code GenerateParams.Builder.logprobs}); a token's text is its piece with special tokens spelled out.
 */
final class Logprobs {
    /** OpenAI's ceiling for chat's {@code top_logprobs}. */
    static final int MAX_CHAT_TOP = 20;
    /** OpenAI's ceiling for the completions' {@code logprobs}. */
    static final int MAX_COMPLETION_TOP = 5;

    private Logprobs() {}

    /** Chat: {@code {"content": [...], "refusal": null}} for {@code tokens}. */
    static ObjectNode chat(List<Token> tokens, Vocab vocab) {
        ObjectNode out = JsonBody.MAPPER.createObjectNode();
        ArrayNode content = out.putArray("content");
        for (Token t : tokens) {
            ObjectNode e = content.addObject();
            entry(e, t.id(), t.logprob(), vocab);
            ArrayNode top = e.putArray("top_logprobs");
            for (Logprob l : t.topLogprobs()) entry(top.addObject(), l.id(), l.logprob(), vocab);
        }
        out.putNull("refusal");
        return out;
    }

    private static void entry(ObjectNode e, int id, double logprob, Vocab vocab) {
        byte[] bytes = vocab.pieceBytes(id, true);
        e.put("token", new String(bytes, StandardCharsets.UTF_8));
        e.put("logprob", logprob);
        ArrayNode b = e.putArray("bytes");
        for (byte x : bytes) b.add(x & 0xff);
    }

    /**
     * Completions: the parallel arrays for {@code tokens}, offsets counted in characters from
     * {@code offset} (where the first token's text starts in the whole reply).
     */
    static ObjectNode completion(List<Token> tokens, Vocab vocab, int offset) {
        ObjectNode out = JsonBody.MAPPER.createObjectNode();
        ArrayNode texts = out.putArray("tokens"), values = out.putArray("token_logprobs"), tops = out.putArray("top_logprobs"),
                offsets = out.putArray("text_offset");
        int at = offset;
        for (Token t : tokens) {
            String piece = new String(vocab.pieceBytes(t.id(), true), StandardCharsets.UTF_8);
            texts.add(piece);
            values.add(t.logprob());
            ObjectNode top = tops.addObject();
            for (Logprob l : t.topLogprobs()) top.put(new String(vocab.pieceBytes(l.id(), true), StandardCharsets.UTF_8), l.logprob());
            offsets.add(at);
            at += t.text().length();
        }
        return out;
    }

    /** Chat's {@code logprobs} and {@code top_logprobs}: -1 when not asked for, else the number of alternatives. */
    static int readChat(JsonBody body) {
        Boolean on = body.bool("logprobs");
        Long top = body.integer("top_logprobs", 0, MAX_CHAT_TOP);
        if (top != null && !Boolean.TRUE.equals(on)) {
            throw ApiException.badRequest("'top_logprobs' needs 'logprobs': true.", "top_logprobs");
        }
        return Boolean.TRUE.equals(on) ? (top == null ? 0 : top.intValue()) : -1;
    }

    /** The completions' {@code logprobs} (the number of alternatives, 0 to 5): -1 when not asked for. */
    static int readCompletion(JsonBody body) {
        Long n = body.integer("logprobs", 0, MAX_COMPLETION_TOP);
        return n == null ? -1 : n.intValue();
    }
}
