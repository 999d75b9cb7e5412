/**
 * llama-ffm's test kit: GGUF model files with seeded random weights and real tokenizers, written
 * with the core's GGUF writer, for tests, examples and benchmarks ({@link io.github.llamaffm.testkit}),
 * and a converter of BERT encoders from ONNX to GGUF ({@link io.github.llamaffm.testkit.onnx}).
 * Not needed at run time by applications; its types use the core's {@code io.github.llamaffm.gguf}
 * types, so requiring this module also reads the core.
 */
module io.github.llamaffm.testkit {
    requires transitive io.github.llamaffm;
    // TestImages: images encoded by javax.imageio, handed out as java.awt.image.BufferedImage
    requires transitive java.desktop;

    exports io.github.llamaffm.testkit;
    exports io.github.llamaffm.testkit.onnx;
}
