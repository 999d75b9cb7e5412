package io.github.llamaffm.examples;

import io.github.llamaffm.ContextParams;
import io.github.llamaffm.ContextParams.Pooling;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.LoraAdapter;
import io.github.llamaffm.Normalization;
import io.github.llamaffm.testkit.DemoModel;
import io.github.llamaffm.testkit.RandomLoraAdapter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Embeddings for search and a LoRA adapter: documents embedded in one batched call, ranked by
 * cosine similarity to a query; then the same with a LoRA adapter applied, and removed again.
 *
 * <p>Run: {@code make example NAME=EmbeddingsExample [MODEL=model.gguf] [ARGS=adapter.gguf]}. Without a
 * model, the demo model (random weights) and a random adapter written for it are used: the
 * ranking is arbitrary, the mechanics are real.
 */
public final class EmbeddingsExample {
    private EmbeddingsExample() {}

    /**
     * Runs the example.
     *
     * @param args optional: the model path, then a LoRA adapter path
     * @throws Exception if a file cannot be read or written
     */
    public static void main(String[] args) throws Exception {
        Path modelPath = args.length > 0 ? Path.of(args[0]) : DemoModel.path();
        Path adapterPath = args.length > 1 ? Path.of(args[1]) : null;
        if (adapterPath == null && args.length == 0) {
            adapterPath = Files.createTempFile("llama-ffm-demo-lora", ".gguf");
            RandomLoraAdapter.of(DemoModel.spec(DemoModel.vocabulary())).rank(4).alpha(8).seed(3).std(0.2f).write(adapterPath);
            adapterPath.toFile().deleteOnExit();
        }
        List<String> docs = List.of("Cats are small domesticated felines.", "The stock market fell today.",
                "Dogs are loyal companions.", "Rust and Java are programming languages.");
        String query = "Which animals make good pets?";
        ContextParams cp = ContextParams.builder().embeddings(true).pooling(Pooling.MEAN).contextSize(2048)
                .sequences(docs.size()).unifiedKv(true).build();   // unified: all documents in one decode
        try (LlamaModel model = LlamaModel.load(modelPath); LlamaContext ctx = model.newContext(cp)) {
            rank(ctx, query, docs, "base model");
            if (adapterPath != null) {
                LoraAdapter adapter = model.loadLora(adapterPath);
                ctx.setLora(adapter, 1.0f);
                rank(ctx, query, docs, "with LoRA " + adapterPath.getFileName());
                ctx.removeLora(adapter);
                rank(ctx, query, docs, "adapter removed");
            }
        }
    }

    private static void rank(LlamaContext ctx, String query, List<String> docs, String title) {
        List<float[]> vectors = ctx.embed(docs, Normalization.EUCLIDEAN);     // one decode for all documents
        float[] q = ctx.embed(query);                                         // unit length: dot = cosine
        System.out.println("== " + title + " (" + q.length + " dimensions)");
        IntStream.range(0, docs.size()).boxed()
                .sorted(Comparator.comparingDouble(i -> -dot(q, vectors.get(i))))
                .forEach(i -> System.out.printf("  %.4f  %s%n", dot(q, vectors.get(i)), docs.get(i)));
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }
}
