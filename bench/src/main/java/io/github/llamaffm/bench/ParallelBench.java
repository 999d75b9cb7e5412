package io.github.llamaffm.bench;

import io.github.llamaffm.BatchGenerator;
import io.github.llamaffm.BatchRequest;
import io.github.llamaffm.Completion;
import io.github.llamaffm.ContextParams;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.SpecialTokens;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Continuous batching against one-after-another: the same requests (greedy, fixed length) served
 * by a {@link BatchGenerator} with 1, 2, 4 and 8 running at once, and by {@code ctx.completion}
 * one by one; aggregate generated tokens per second of each. Then a system prompt shared by 8
 * requests, decoded once and copied ({@code sharedPrefix}) against decoded by every request.
 */
final class ParallelBench {
    private static final String SYSTEM = "You are a helpful assistant for a library of Java bindings to llama.cpp. "
            .repeat(8) + "Answer the question below in one short paragraph.\n";

    /** One row of the concurrency table. */
    record Row(int concurrent, int requests, int tokens, double sequentialSeconds, double parallelSeconds, long steps) {
        double sequentialTps() {
            return tokens / sequentialSeconds;
        }

        double parallelTps() {
            return tokens / parallelSeconds;
        }
    }

    /** The shared-prefix measurement. */
    record Prefix(int requests, int prefixTokens, long promptTokensShared, long promptTokensUnshared,
                  double sharedSeconds, double unsharedSeconds) {
    }

    private final Path model;
    private final int threads;
    private final int tokensPerRequest;

    ParallelBench(Path model, int threads, int tokensPerRequest) {
        this.model = model;
        this.threads = threads;
        this.tokensPerRequest = tokensPerRequest;
    }

    private static String question(int i) {
        return "Question " + i + ": how does request number " + i + " get its answer?";
    }

    private GenerateParams params() {
        // greedy and no end-of-generation stop would be ideal; a random model rarely samples EOG,
        // and the token counts below come from what was really generated
        return GenerateParams.builder().maxTokens(tokensPerRequest).build();
    }

    private ContextParams contextParams(int sequences) {
        return ContextParams.builder().contextSize(sequences * 1024).batchSize(512).sequences(sequences)
                .threads(threads).build();
    }

    List<Row> concurrency(int... levels) {
        List<Row> rows = new ArrayList<>();
        try (LlamaModel m = LlamaModel.load(model)) {
            try (LlamaContext warm = m.newContext(contextParams(1))) {
                warm.generate(question(0), params()).run(); // first-use costs (page-in, thread start) stay out of the figures
            }
            for (int n : levels) {
                List<String> prompts = new ArrayList<>();
                for (int i = 0; i < n; i++) prompts.add(question(i));
                int tokens = 0;
                double seq;
                try (LlamaContext ctx = m.newContext(contextParams(1))) {
                    long t0 = System.nanoTime();
                    for (String p : prompts) {
                        ctx.memory().clear();
                        tokens += ctx.generate(p, params()).run().generatedTokens();
                    }
                    seq = (System.nanoTime() - t0) / 1e9;
                }
                int parTokens = 0;
                long steps;
                double par;
                try (LlamaContext ctx = m.newContext(contextParams(n)); BatchGenerator gen = BatchGenerator.builder(ctx).build()) {
                    long t1 = System.nanoTime();
                    List<BatchRequest> rs = prompts.stream().map(p -> gen.submit(p, params())).toList();
                    for (BatchRequest r : rs) parTokens += r.join().generatedTokens();
                    par = (System.nanoTime() - t1) / 1e9;
                    steps = gen.stats().steps();
                }
                // separate KV streams give the same tokens batched as alone; say so if not
                if (parTokens != tokens) System.err.printf("parallel %d: %d tokens batched, %d one after another%n", n, parTokens, tokens);
                rows.add(new Row(n, n, tokens, seq, tokens * par / parTokens, steps));
                System.err.printf(Locale.ROOT, "parallel %d: sequential %.1f t/s, batched %.1f t/s%n", n, tokens / seq, tokens / par);
            }
        }
        return rows;
    }

    Prefix sharedPrefix(int requests) {
        try (LlamaModel m = LlamaModel.load(model)) {
            int prefixTokens = m.vocab().tokenize(SYSTEM, SpecialTokens.ADD_AND_PARSE).length;
            double[] seconds = new double[2];
            long[] prompt = new long[2];
            for (int shared = 0; shared < 2; shared++) {
                try (LlamaContext ctx = m.newContext(contextParams(requests + 1))) {
                    long t0 = System.nanoTime(); // the prefix decode (in build) counts
                    BatchGenerator.Builder b = BatchGenerator.builder(ctx);
                    if (shared == 1) b.sharedPrefix(SYSTEM);
                    try (BatchGenerator gen = b.build()) {
                        List<BatchRequest> rs = new ArrayList<>();
                        for (int i = 0; i < requests; i++) rs.add(gen.submit(SYSTEM + question(i), params()));
                        for (BatchRequest r : rs) r.join();
                        prompt[shared] = gen.stats().promptTokens();
                    }
                    seconds[shared] = (System.nanoTime() - t0) / 1e9;
                }
            }
            return new Prefix(requests, prefixTokens, prompt[1], prompt[0], seconds[1], seconds[0]);
        }
    }

    static String markdown(String modelLabel, int threads, List<Row> rows, Prefix prefix) {
        StringBuilder sb = new StringBuilder();
        sb.append("### Continuous batching (").append(modelLabel).append(", ").append(threads).append(" threads)\n\n");
        sb.append("| concurrent requests | tokens | one after another t/s | batched t/s | speed-up | decode calls |\n");
        sb.append("|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "| %d | %d | %.1f | %.1f | %.2fx | %d |%n", r.concurrent(), r.tokens(),
                    r.sequentialTps(), r.parallelTps(), r.parallelTps() / r.sequentialTps(), r.steps()));
        }
        if (prefix != null) {
            sb.append(String.format(Locale.ROOT, "%nShared system prompt (%d tokens, %d requests): prompt tokens decoded %d with "
                            + "`sharedPrefix` vs %d without; wall time %.2f s vs %.2f s.%n", prefix.prefixTokens(), prefix.requests(),
                    prefix.promptTokensShared(), prefix.promptTokensUnshared(), prefix.sharedSeconds(), prefix.unsharedSeconds()));
        }
        return sb.toString();
    }

    static String json(List<Row> rows, Prefix prefix) {
        StringBuilder sb = new StringBuilder("{\"concurrency\":[");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (i > 0) sb.append(',');
            sb.append(String.format(Locale.ROOT, "{\"concurrent\":%d,\"tokens\":%d,\"sequential_tps\":%.3f,\"batched_tps\":%.3f,\"decode_calls\":%d}",
                    r.concurrent(), r.tokens(), r.sequentialTps(), r.parallelTps(), r.steps()));
        }
        sb.append(']');
        if (prefix != null) {
            sb.append(String.format(Locale.ROOT, ",\"shared_prefix\":{\"requests\":%d,\"prefix_tokens\":%d,\"prompt_tokens_shared\":%d,"
                            + "\"prompt_tokens_unshared\":%d,\"seconds_shared\":%.3f,\"seconds_unshared\":%.3f}", prefix.requests(),
                    prefix.prefixTokens(), prefix.promptTokensShared(), prefix.promptTokensUnshared(), prefix.sharedSeconds(), prefix.unsharedSeconds()));
        }
        return sb.append("}\n").toString();
    }

    static List<Path> write(Path dir, String md, String json) throws IOException {
        Files.createDirectories(dir);
        Path a = Files.writeString(dir.resolve("parallel.md"), md);
        Path b = Files.writeString(dir.resolve("parallel.json"), json);
        return List.of(a, b);
    }
}
