package io.github.llamaffm;

/**
 * The outcome of a generation: its text, why it stopped, and how fast it ran.
 *
 * @param text                      the generated text (stop strings and end tokens excluded)
 * @param stopReason                why it ended
 * @param promptTokens              tokens of the prompt that were decoded (tokens already in the
 *                                  context from an earlier call are reused, not decoded again)
 * @param generatedTokens           tokens generated
 * @param promptTokensPerSecond     prompt decoding speed (0 when nothing was decoded)
 * @param generationTokensPerSecond generation speed, sampling and detokenization included
 */
public record Completion(String text, StopReason stopReason, int promptTokens, int generatedTokens,
                         double promptTokensPerSecond, double generationTokensPerSecond) {
}
