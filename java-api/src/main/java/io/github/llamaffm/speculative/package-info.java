/**
 * The built-in proposers of speculative decoding ({@link io.github.llamaffm.Speculation}): a
 * cheap proposer guesses several tokens, the model checks them all in one decode, and each
 * accepted guess is a token that cost no decode of its own. The generated tokens are exactly those
 * of the same generation without speculation.
 *
 * <pre>{@code
 * GenerateParams gp = GenerateParams.builder().maxTokens(256)
 *         .speculative(PromptLookup.of())          // or DraftModel.of(draftCtx)
 *         .build();
 * Generation g = ctx.generate(prompt, gp);
 * String text = g.run().text();
 * System.out.println(g.speculationStats());   // steps, drafted, accepted, rate
 * }</pre>
 *
 * <ul>
 *   <li>{@link io.github.llamaffm.speculative.DraftModel}: a second model with the same
 *       vocabulary proposes its greedy continuation.</li>
 *   <li>{@link io.github.llamaffm.speculative.PromptLookup}: n-grams of the prompt and of the
 *       generated text.</li>
 * </ul>
 * Others implement {@link io.github.llamaffm.Proposer} and plug in with
 * {@link io.github.llamaffm.Speculation#of(io.github.llamaffm.Proposer.Factory)}.
 */
package io.github.llamaffm.speculative;
