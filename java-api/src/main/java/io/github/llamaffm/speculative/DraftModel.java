package io.github.llamaffm.speculative;

import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.Speculation;

import java.util.Objects;

/**
 * Speculative decoding with a draft model: a second model with the target's vocabulary (a smaller
 * one, or the same weights quantized more) proposes its greedy continuation, as llama.cpp's
 * {@code draft-simple}.
 *
 * <pre>{@code
 * try (LlamaModel small = LlamaModel.load(Path.of("small.gguf"));
 *      LlamaContext draft = small.newContext(ContextParams.builder().contextSize(4096).build())) {
 *     GenerateParams gp = GenerateParams.builder().maxTokens(256)
 *             .speculative(DraftModel.of(draft).withDraftLength(0, 8)).build();
 *     String text = ctx.complete(prompt, gp);
 * }
 * }</pre>
 *
 * <p>The draft's vocabulary is checked as llama.cpp's {@code common_speculative_are_compatible}
 * checks it (the same vocabulary type, the same BOS/EOS use and ids, sizes within 128 tokens, the
 * same text for every token from id 5 on) when a generation is created; an incompatible draft
 * makes {@code generate} throw {@link IllegalArgumentException} naming the difference.
 *
 * <p>The draft context is the caller's: it must hold at least as many tokens per sequence as the
 * target's context and serve nothing else meanwhile (each generation holds one of its sequences,
 * with the draft's copy of the text, reused by the next generation on that sequence: a chat's next
 * turn decodes only the new part). It serves as many generations at once as it has sequences; one
 * more fails with {@link IllegalStateException} when it starts. So for a
 * {@link io.github.llamaffm.BatchGenerator} or {@code ChatEngine} of N sequences, give the draft
 * context N sequences (and N times the per-sequence size, or a unified KV memory):
 *
 * <pre>{@code
 * LlamaContext draft = small.newContext(ContextParams.builder().contextSize(n * 4096).sequences(n).build());
 * Speculation spec = DraftModel.of(draft);   // one draft sequence per running request
 * }</pre>
 *
 * <p>A generator refuses, when a request is submitted, a draft context with fewer sequences than it
 * runs requests at once. The proposers of different sequences take turns on the draft context
 * (generations on several threads may share it); in a generator they run one after another on its
 * decoding thread, each decoding its own proposal. Closed during a generation, the draft context
 * stops proposing and the generation goes on without speculation.
 */
public final class DraftModel {
    private DraftModel() {
    }

    /**
     * Speculation with the model of {@code draft}, proposals of up to 8 tokens.
     *
     * @param draft the draft model's context
     * @return the settings
     * @throws NullPointerException if {@code draft} is null
     */
    public static Speculation of(LlamaContext draft) {
        return of(draft, 0f);
    }

    /**
     * Speculation with the model of {@code draft} (see {@link #of(LlamaContext)}) whose proposals
     * stop at the first token whose probability, among the draft's 10 most likely tokens, is below
     * {@code minProbability} (llama.cpp's {@code --draft-p-min}).
     *
     * @param draft          the draft model's context
     * @param minProbability 0 (never stop early) to 1
     * @return the settings
     * @throws NullPointerException     if {@code draft} is null
     * @throws IllegalArgumentException if {@code minProbability} is not in [0, 1]
     */
    public static Speculation of(LlamaContext draft, float minProbability) {
        Objects.requireNonNull(draft, "draft");
        if (!(minProbability >= 0 && minProbability <= 1)) {
            throw new IllegalArgumentException("minProbability must be in [0, 1]: " + minProbability);
        }
        return Speculation.of(new DraftModelProposer.Factory(draft, minProbability)).withDraftLength(0, 8);
    }
}
