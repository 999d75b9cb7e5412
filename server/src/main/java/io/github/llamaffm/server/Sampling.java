package io.github.llamaffm.server;

import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.Sampler;

import java.util.List;

/**
 * The generation settings shared by {@code /v1/chat/completions} and {@code /v1/completions}:
 * token limit, stop strings and sampler, read and checked from the request.
 */
final class Sampling {
    private Sampling() {}

    /**
     * @param defaultMaxTokens tokens when the request names none
     * @param limit            the server's ceiling for {@code max_tokens}
     * @param grammar          a GBNF grammar (root rule {@code root}) or null
     */
    static GenerateParams read(JsonBody body, int defaultMaxTokens, int limit, String grammar) {
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
        if (grammar != null) s.grammar(grammar, "root");
        return GenerateParams.builder()
                .maxTokens((int) (maxTokens != null ? (long) maxTokens : defaultMaxTokens))
                .stop(stop.toArray(String[]::new))
                .sampler(s.build())
                .build();
    }
}
