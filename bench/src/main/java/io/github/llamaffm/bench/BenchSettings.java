package io.github.llamaffm.bench;

/**
 * What every path is run with, so that their figures compare: the same threads, token counts and
 * repetitions, and llama-bench's own batch sizes.
 *
 * @param threads       threads for prompt processing and generation (llama-bench {@code -t})
 * @param promptTokens  tokens of the prompt-processing test (llama-bench {@code -p})
 * @param genTokens     tokens of the generation test (llama-bench {@code -n})
 * @param repetitions   repetitions of each test (llama-bench {@code -r})
 * @param batchSize     logical batch size (llama-bench {@code -b}, default 2048)
 * @param microBatch    physical batch size (llama-bench {@code -ub}, default 512)
 */
public record BenchSettings(int threads, int promptTokens, int genTokens, int repetitions, int batchSize, int microBatch) {
    /**
     * Validates.
     *
     * @throws IllegalArgumentException if a count is below 1
     */
    public BenchSettings {
        if (threads < 1 || promptTokens < 1 || genTokens < 1 || repetitions < 1 || batchSize < 1 || microBatch < 1) {
            throw new IllegalArgumentException("every benchmark setting must be >= 1");
        }
    }

    /**
     * The name of the prompt-processing test.
     *
     * @return e.g. {@code pp512}
     */
    public String ppTest() {
        return "pp" + promptTokens;
    }

    /**
     * The name of the generation test.
     *
     * @return e.g. {@code tg128}
     */
    public String tgTest() {
        return "tg" + genTokens;
    }
}
