package io.github.llamaffm;

import java.util.Objects;

/**
 * Speculative decoding settings for a generation
 * ({@link GenerateParams.Builder#speculative(Speculation)}): which {@link Proposer} guesses the
 * next tokens, and how many it may guess per step. The built-in proposers are in
 * {@link io.github.llamaffm.speculative}: {@code DraftModel.of(draftCtx)} and
 * {@code PromptLookup.of()}.
 *
 * <p>Each step decodes the newest token together with up to {@link #maxDraft()} proposed tokens in
 * one decode, with outputs for all of them; the generation's own sampler chain then samples at
 * each position in turn and keeps going while its token equals the proposed one (llama.cpp's rule
 * in {@code common_sampler_sample_and_accept_n}). The tokens generated are therefore exactly those
 * the sampler chain would pick without speculation, from the same logits; rejected proposals are
 * removed from the KV memory. Stop strings, token limits, grammars and cancellation behave as
 * without speculation. The counts are in {@link Generation#speculationStats()}.
 *
 * <p>Speculation serves {@link LlamaContext#generate} (and so {@code complete},
 * {@link io.github.llamaffm.chat.ChatSession} and {@link io.github.llamaffm.json.StructuredOutput})
 * and {@link BatchGenerator} (continuous batching, and so {@code ChatEngine} and the server), where
 * each request speculates with its own proposer, its counts in
 * {@link BatchRequest#speculationStats()}. It needs a KV memory that can drop the end of a
 * sequence: recurrent and hybrid models are refused when the generation is created (or the
 * request submitted).
 *
 * <p>Immutable and shareable. What a proposer holds (a draft context's sequence) serves one
 * generation at a time: a generation holds it from its start to its end (or, when abandoned before
 * its end, until the next generation on the same context starts); a draft context serves as many
 * generations at once as it has sequences ({@link Proposer.Factory#concurrency()}).
 *
 * <pre>{@code
 * GenerateParams gp = GenerateParams.builder().maxTokens(256)
 *         .speculative(DraftModel.of(draftCtx).withDraftLength(0, 8))   // or PromptLookup.of()
 *         .build();
 * Generation g = ctx.generate(prompt, gp);
 * String text = g.run().text();
 * System.out.println(g.speculationStats());
 * }</pre>
 */
public final class Speculation {
    /** The largest draft length accepted by {@link #withDraftLength(int, int)}. */
    public static final int MAX_DRAFT_LIMIT = 256;

    private final Proposer.Factory factory;
    private final int minDraft, maxDraft;

    private Speculation(Proposer.Factory factory, int minDraft, int maxDraft) {
        this.factory = factory;
        this.minDraft = minDraft;
        this.maxDraft = maxDraft;
    }

    /**
     * Speculation with a proposer factory; proposals of 0 to 8 tokens (see
     * {@link #withDraftLength(int, int)}).
     *
     * @param factory makes the proposer of each generation
     * @return the settings
     * @throws NullPointerException if {@code factory} is null
     */
    public static Speculation of(Proposer.Factory factory) {
        return new Speculation(Objects.requireNonNull(factory, "factory"), 0, 8);
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
        return new Speculation(factory, min, max);
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
        return "Speculation[" + factory + ", draft " + minDraft + ".." + maxDraft + "]";
    }
}
