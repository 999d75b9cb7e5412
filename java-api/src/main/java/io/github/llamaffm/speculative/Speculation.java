package io.github.llamaffm.speculative;

import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;

import java.util.Objects;

/**
 * Speculative decoding settings for a generation
 * ({@link io.github.llamaffm.GenerateParams.Builder#speculative(Speculation)}): which
 * {@link Proposer} guesses the next tokens, and how many it may guess per step.
 *
 * <p>Each step decodes the newest token together with up to {@link #maxDraft()} proposed tokens in
 * one decode, with outputs for all of them; the target's own sampler chain then samples at each
 * position in turn and keeps going while its token equals the proposed one (llama.cpp's rule in
 * {@code common_sampler_sample_and_accept_n}). The tokens generated are therefore exactly those
 * the sampler chain would pick without speculation, from the same logits; rejected proposals are
 * removed from the KV memory. Stop strings, token limits, grammars and cancellation behave as
 * without speculation. The numbers are in {@link io.github.llamaffm.Generation#speculationStats()}.
 *
 * <p>Speculation serves {@link LlamaContext#generate} (and so {@code complete},
 * {@link io.github.llamaffm.chat.ChatSession} and {@link io.github.llamaffm.json.StructuredOutput});
 * {@link io.github.llamaffm.BatchGenerator} (continuous batching, {@code ChatEngine}) ignores it.
 * It needs a KV memory that can drop the end of a sequence: recurrent and hybrid models are
 * refused when the generation is created.
 *
 * <p>Immutable; one instance may be shared, but a draft model's context serves one generation at
 * a time: a generation holds it from its start to its end (or, when abandoned before its end,
 * until the next generation on the same context starts).
 *
 * <pre>{@code
 * try (LlamaModel draft = LlamaModel.load(Path.of("small.gguf"));
 *      LlamaContext draftCtx = draft.newContext(ContextParams.builder().contextSize(4096).build())) {
 *     GenerateParams gp = GenerateParams.builder().maxTokens(256)
 *             .speculative(Speculation.draftModel(draftCtx).withDraftLength(0, 8)).build();
 *     String text = ctx.complete(prompt, gp);
 * }
 * }</pre>
 */
public final class Speculation {
    /** The largest draft length accepted by {@link #withDraftLength(int, int)}. */
    public static final int MAX_DRAFT_LIMIT = 256;

    private final Proposer.Factory factory;
    private final int minDraft, maxDraft;
    private final String description;

    private Speculation(Proposer.Factory factory, int minDraft, int maxDraft, String description) {
        this.factory = factory;
        this.minDraft = minDraft;
        this.maxDraft = maxDraft;
        this.description = description;
    }

    /**
     * Speculation with a draft model: a second model with the target's vocabulary (typically a
     * smaller or more quantized one) proposes its greedy continuation, 8 tokens at most per step.
     * The draft's vocabulary is checked as llama.cpp checks it (same vocabulary type, the same
     * BOS/EOS use and ids, sizes within 128 tokens, the same token text from id 5 on) when a
     * generation is created.
     *
     * <p>The draft context is the caller's: it must hold at least as many tokens per sequence as
     * the target's context, and serve nothing else meanwhile (its sequence 0 holds the draft's copy
     * of the text, reused by the next generation). One generation at a time may use it. Closed
     * during a generation, it stops proposing and the generation goes on without speculation.
     *
     * @param draft the draft model's context
     * @return the settings
     * @throws NullPointerException if {@code draft} is null
     */
    public static Speculation draftModel(LlamaContext draft) {
        return draftModel(draft, 0f);
    }

    /**
     * Speculation with a draft model (see {@link #draftModel(LlamaContext)}) that stops a proposal
     * early at the first token whose probability, among the draft's 10 most likely tokens, is
     * below {@code minProbability} (llama.cpp's {@code --draft-p-min}).
     *
     * @param draft          the draft model's context
     * @param minProbability 0 (never stop early) to 1
     * @return the settings
     * @throws NullPointerException     if {@code draft} is null
     * @throws IllegalArgumentException if {@code minProbability} is not in [0, 1]
     */
    public static Speculation draftModel(LlamaContext draft, float minProbability) {
        Objects.requireNonNull(draft, "draft");
        if (!(minProbability >= 0 && minProbability <= 1)) {
            throw new IllegalArgumentException("minProbability must be in [0, 1]: " + minProbability);
        }
        return new Speculation(new DraftModelProposer.Factory(draft, minProbability), 0, 8,
                "draft model " + draft.model().path().getFileName() + (minProbability > 0 ? ", p-min " + minProbability : ""));
    }

    /**
     * Prompt lookup: the text's last 4, 3 or 2 tokens are looked up earlier in the prompt and the
     * generated text, and what followed their latest earlier occurrence is proposed, 10 tokens at
     * most per step. Costs no model; pays off when the output repeats the input (code edits,
     * extraction, summaries quoting their source).
     *
     * @return the settings
     */
    public static Speculation promptLookup() {
        return promptLookup(2, 4);
    }

    /**
     * Prompt lookup (see {@link #promptLookup()}) with n-grams of {@code maxNgram} down to
     * {@code minNgram} tokens, the longest that occurs first.
     *
     * @param minNgram shortest n-gram looked up, {@code >= 1}
     * @param maxNgram longest n-gram looked up, {@code minNgram .. 64}
     * @return the settings
     * @throws IllegalArgumentException if the bounds are out of range
     */
    public static Speculation promptLookup(int minNgram, int maxNgram) {
        if (minNgram < 1 || maxNgram < minNgram || maxNgram > 64) {
            throw new IllegalArgumentException("n-gram sizes must satisfy 1 <= min <= max <= 64: " + minNgram + ", " + maxNgram);
        }
        return new Speculation(target -> new PromptLookupProposer(minNgram, maxNgram), 0, 10,
                "prompt lookup, n-grams " + minNgram + ".." + maxNgram);
    }

    /**
     * Speculation with a proposer of one's own; 8 tokens at most per step.
     *
     * @param factory makes the proposer of each generation
     * @return the settings
     * @throws NullPointerException if {@code factory} is null
     */
    public static Speculation of(Proposer.Factory factory) {
        return new Speculation(Objects.requireNonNull(factory, "factory"), 0, 8, "custom proposer " + factory);
    }

    /**
     * The same proposer with other draft length bounds. A step proposes at most {@code max}
     * tokens (fewer when the context, the batch size or the token limit leave less room); a
     * proposal shorter than {@code min} is dropped and the step decodes one token, as without
     * speculation.
     *
     * @param min shortest proposal used, {@code 0 .. max}
     * @param max longest proposal, {@code 1 ..} {@link #MAX_DRAFT_LIMIT}
     * @return new settings
     * @throws IllegalArgumentException if the bounds are out of range
     */
    public Speculation withDraftLength(int min, int max) {
        if (max < 1 || max > MAX_DRAFT_LIMIT || min < 0 || min > max) {
            throw new IllegalArgumentException("draft length bounds must satisfy 0 <= min <= max <= " + MAX_DRAFT_LIMIT
                    + " and max >= 1: " + min + ", " + max);
        }
        return new Speculation(factory, min, max, description);
    }

    /**
     * The shortest proposal used.
     *
     * @return the minimum draft length
     */
    public int minDraft() {
        return minDraft;
    }

    /**
     * The longest proposal per step.
     *
     * @return the maximum draft length
     */
    public int maxDraft() {
        return maxDraft;
    }

    /**
     * The proposer factory.
     *
     * @return the factory
     */
    public Proposer.Factory factory() {
        return factory;
    }

    @Override
    public String toString() {
        return "Speculation[" + description + ", draft " + minDraft + ".." + maxDraft + "]";
    }
}
