/**
 * Speculative decoding: a cheap {@link io.github.llamaffm.speculative.Proposer} guesses several
 * tokens, the model checks them all in one decode, and each accepted guess is a token that cost no
 * decode of its own. The generated tokens are exactly those of the same generation without
 * speculation.
 *
 * <pre>{@code
 * GenerateParams gp = GenerateParams.builder().maxTokens(256)
 *         .speculative(Speculation.promptLookup())          // or Speculation.draftModel(draftCtx)
 *         .build();
 * Generation g = ctx.generate(prompt, gp);
 * String text = g.run().text();
 * System.out.println(g.speculationStats());               // steps, drafted, accepted, rate
 * }</pre>
 *
 * <ul>
 *   <li>{@link io.github.llamaffm.speculative.Speculation}: the settings (which proposer, draft
 *       length bounds), immutable, given in
 *       {@link io.github.llamaffm.GenerateParams.Builder#speculative(Speculation)}.</li>
 *   <li>{@link io.github.llamaffm.speculative.Proposer}: the interface of proposers; a draft model
 *       and prompt lookup are built in.</li>
 *   <li>{@link io.github.llamaffm.speculative.SpeculationStats}: what a generation drafted and
 *       what was accepted.</li>
 * </ul>
 */
package io.github.llamaffm.speculative;
