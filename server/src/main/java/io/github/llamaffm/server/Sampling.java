package io.github.llamaffm.server;

import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.Sampler;

import java.util.List;

/**
 * The generation settings shared by {@code /v1/chat/completions} and {@code /v1/completions}:
 * token limit, stop strings and sampler, read and checked from the request.
 */
final class Sampling {
    /** OpenAI's ceiling on {@code logit_bias} entries. */
    static final int MAX_LOGIT_BIAS = 1024;

    private Sampling() {}

    /**
     * What the sampling fields need of the model's vocabulary, read once when the server starts.
     *
     * @param vocabSize the number of token ids
     * @param endOfGeneration the end-of-generation tokens ({@code ignore_eos} bans them)
     */
    record Tokens(int vocabSize, int[] endOfGeneration) {
        static Tokens of(io.github.llamaffm.Vocab vocab) {
            int n = vocab.size();
            int[] eog = java.util.stream.IntStream.range(0, n).filter(vocab::isEndOfGeneration).toArray();
            return new Tokens(n, eog);
        }
    }

    /**
     * @param defaultMaxTokens tokens when the request names none
     * @param limit            the server's ceiling for {@code max_tokens}
     * @param grammar          a GBNF grammar (root rule {@code root}) or null
     * @param tokens           the model's vocabulary size and end-of-generation tokens ({@code logit_bias}, {@code ignore_eos})
     */
    static GenerateParams read(JsonBody body, int defaultMaxTokens, int limit, String grammar, Tokens tokens) {
        Long n = body.has("n") ? body.integer("n", Long.MIN_VALUE, Long.MAX_VALUE) : null;
        if (n != null && n != 1) throw ApiException.badRequest("Only n=1 is supported: " + n, "n");
        Long maxTokens = body.integer("max_completion_tokens", Long.MIN_VALUE, Long.MAX_VALUE);
        String maxField = "max_completion_tokens";
        if (maxTokens == null) {
            maxTokens = body.integer("max_tokens", Long.MIN_VALUE, Long.MAX_VALUE);
            maxField = "max_tokens";
        }
        if (maxTokens != null && maxTokens < 1) throw ApiException.badRequest("'" + maxField + "' must be at least 1: " + maxTokens, maxField);
        if (maxTokens != null && maxTokens > limit) {
            throw ApiException.badRequest("'" + maxField + "' is " + maxTokens + "; this server allows at most " + limit + ".", maxField);
        }
        List<String> stop = body.strings("stop", 16);
        for (String s : stop) {
            if (s.isEmpty()) throw ApiException.badRequest("'stop' strings must not be empty.", "stop");
            if (s.length() > 512) throw ApiException.badRequest("'stop' strings may have at most 512 characters.", "stop");
        }

        Float temperature = body.number("temperature", 0, 2);
        Float topP = body.number("top_p", 0, 1);
        Long topK = body.integer("top_k", 0, 1_000_000);
        Float minP = body.number("min_p", 0, 1);
        Long seed = body.integer("seed", Long.MIN_VALUE, Long.MAX_VALUE);
        Float frequency = body.number("frequency_penalty", -2, 2);
        Float presence = body.number("presence_penalty", -2, 2);
        Float repeat = body.number("repeat_penalty", 0.01, 10);

        Sampler.Builder s = Sampler.builder();
        float t = temperature != null ? temperature : 0.8f;
        if (t == 0) {
            s.temperature(0); // greedy: the most likely token
        } else {
            s.temperature(t).topK(topK != null ? topK.intValue() : 40).topP(topP != null ? topP : 0.95f).minP(minP != null ? minP : 0.05f);
        }
        if (seed != null) s.seed(seed);
        if (frequency != null || presence != null || repeat != null) {
            s.penalties(64, repeat != null ? repeat : 1f, frequency != null ? frequency : 0f, presence != null ? presence : 0f);
        }
        logitBias(body, tokens, s);
        if (grammar != null) s.grammar(grammar, "root");
        return GenerateParams.builder()
                .maxTokens((int) (maxTokens != null ? (long) maxTokens : defaultMaxTokens))
                .stop(stop.toArray(String[]::new))
                .sampler(s.build())
                .build();
    }

    /**
     * OpenAI's {@code logit_bias} (an object of token ids, as strings, to a bias from -100 to 100;
     * -100 bans the token, as llama-server reads it) and llama-server's {@code ignore_eos} (the
     * end-of-generation tokens banned, so that the reply runs to {@code max_tokens}).
     */
    private static void logitBias(JsonBody body, Tokens tokens, Sampler.Builder s) {
        com.fasterxml.jackson.databind.JsonNode bias = body.node("logit_bias");
        if (bias != null) readLogitBias(bias, tokens, s);
        // after logit_bias: a request that asks never to end is not ended by a bias of its own
        if (Boolean.TRUE.equals(body.bool("ignore_eos"))) {
            for (int t : tokens.endOfGeneration()) s.logitBias(t, Float.NEGATIVE_INFINITY);
        }
    }

    private static void readLogitBias(com.fasterxml.jackson.databind.JsonNode bias, Tokens tokens, Sampler.Builder s) {
        if (!bias.isObject()) throw JsonBody.wrongType("logit_bias", "an object of token ids to numbers");
        if (bias.size() > MAX_LOGIT_BIAS) {
            throw ApiException.badRequest("'logit_bias' may have at most " + MAX_LOGIT_BIAS + " entries: " + bias.size(), "logit_bias");
        }
        for (var e : bias.properties()) {
            int token;
            try {
                token = Integer.parseInt(e.getKey());
            } catch (NumberFormatException x) {
                throw ApiException.badRequest("'logit_bias' keys must be token ids: '" + e.getKey() + "'", "logit_bias");
            }
            if (token < 0 || token >= tokens.vocabSize()) {
                throw ApiException.badRequest("'logit_bias' names token " + token + "; the model's ids run from 0 to "
                        + (tokens.vocabSize() - 1) + ".", "logit_bias");
            }
            com.fasterxml.jackson.databind.JsonNode v = e.getValue();
            if (!v.isNumber() || !(v.asDouble() >= -100 && v.asDouble() <= 100)) {
                throw ApiException.badRequest("'logit_bias' values must be numbers from -100 to 100: " + v, "logit_bias");
            }
            s.logitBias(token, v.asDouble() <= -100 ? Float.NEGATIVE_INFINITY : (float) v.asDouble());
        }
    }
}
