/**
 * llama-ffm: llama.cpp in-process over the Foreign Function &amp; Memory API. Models, contexts,
 * samplers and generation ({@link io.github.llamaffm}), chat templates
 * ({@link io.github.llamaffm.chat}), JSON Schema and structured output
 * ({@link io.github.llamaffm.json}), speculative decoding ({@link io.github.llamaffm.speculative}),
 * a pure-Java GGUF reader and writer ({@link io.github.llamaffm.gguf}) and evaluation: perplexity,
 * KL divergence, scoring ({@link io.github.llamaffm.eval}).
 *
 * <p>On the module path, grant native access to this module and to the bindings:
 * {@code --enable-native-access=io.github.llamaffm,io.github.llamaffm.bindings}. The native
 * libraries come from a {@code llama-ffm-natives} jar on the module path (an automatic module that
 * holds only resources) or on the class path.
 */
module io.github.llamaffm {
    requires io.github.llamaffm.bindings;
    requires org.slf4j;
    // Media.image(BufferedImage) only: the rest of the API runs without java.desktop
    requires static java.desktop;

    exports io.github.llamaffm;
    exports io.github.llamaffm.chat;
    exports io.github.llamaffm.json;
    exports io.github.llamaffm.gguf;
    exports io.github.llamaffm.eval;
    exports io.github.llamaffm.speculative;
}
