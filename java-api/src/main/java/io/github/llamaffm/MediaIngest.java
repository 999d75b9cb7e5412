package io.github.llamaffm;

/**
 * Puts a {@link MultimodalPrompt} into sequence 0 of a context: the prompt made into a
 * {@link MediaPlan} (text tokenized, each media decoded and tokenized by libmtmd with the tokens it
 * puts around it), then decoded from the first position that the context does not hold already,
 * media chunks through libmtmd's helper ({@code mtmd_helper_eval_chunk_single}: encode, then decode
 * the embeddings with the positions the model counts).
 *
 * <p>In the context's record of sequence 0, a media chunk's positions hold the plan's negative key,
 * so that a later prompt with the same media at the same place (the next turn of a chat) reuses
 * them, and a different one does not.
 */
final class MediaIngest {
    private MediaIngest() {
    }

    /**
     * Decodes the prompt (the context's guard held).
     *
     * @return the positions decoded, or -1 if aborted
     */
    static int ingest(ContextCore ctx, MultimodalPrompt prompt, GenerateParams params) {
        Vocab vocab = ctx.vocab();
        try (MediaPlan plan = MediaPlan.of(prompt, params, vocab, (utf8, add) -> vocab.tokenizeUnlocked(utf8, add, params.parseSpecial()))) {
            return ctx.ingestMedia(plan.keys, plan.runs, plan.cells, (run, position) -> plan.decode(ctx.nativeContext(), run, position, 0));
        }
    }
}
