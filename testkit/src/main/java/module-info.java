/**
 * llama-ffm's test kit: GGUF model files with seeded random weights and real tokenizers, written
 * with the core's GGUF writer, for tests, examples and benchmarks ({@link io.github.llamaffm.testkit}).
 * Not needed at run time by applications; its types use the core's {@code io.github.llamaffm.gguf}
 * types, so requiring this module also reads the core.
 */
module io.github.llamaffm.testkit {
    requires transitive io.github.llamaffm;

    exports io.github.llamaffm.testkit;
}
