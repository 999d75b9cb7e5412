package io.github.llamaffm.bench;

import io.github.llamaffm.Batch;
import io.github.llamaffm.ContextParams;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.ModelParams;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * {@code make bench ARGS="--rpc on"} (or {@code only}): what llama.cpp's RPC backend costs on
 * loopback. The same model, loaded locally and split over one and over two llama.cpp
 * {@code ggml-rpc-server}s on 127.0.0.1 (every layer offloaded, {@code gpuLayers -1}); prompt
 * processing ({@code --pp} tokens in one batch) and generation ({@code --tg} single-token decodes)
 * through the public API, {@code --reps} times each, median tokens per second. The servers serve
 * the CPU with {@code --threads} threads each, the client's context uses as many.
 */
final class RpcBench {
    /** One configuration's result. */
    record Row(String config, double ppTps, double tgTps) {}

    private final Path bin;
    private final BenchSettings settings;

    RpcBench(Path bin, BenchSettings settings) {
        this.bin = bin;
        this.settings = settings;
    }

    List<Row> run(Path model) throws IOException, InterruptedException {
        List<Row> rows = new ArrayList<>();
        rows.add(measure("local", model, List.of()));
        List<Process> servers = new ArrayList<>();
        try {
            List<String> endpoints = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                int port = freePort();
                Process p = new ProcessBuilder(bin.resolve("ggml-rpc-server").toString(), "-H", "127.0.0.1", "-p",
                        Integer.toString(port), "-t", Integer.toString(settings.threads()))
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                servers.add(p);
                awaitPort(port);
                endpoints.add("127.0.0.1:" + port);
            }
            rows.add(measure("1 RPC server", model, endpoints.subList(0, 1)));
            rows.add(measure("2 RPC servers", model, endpoints));
        } finally {
            for (Process p : servers) p.destroyForcibly();
        }
        return rows;
    }

    private Row measure(String config, Path file, List<String> servers) {
        System.err.printf("rpc: %s%n", config);
        ModelParams mp = ModelParams.builder().rpcServers(servers).build();
        int pp = settings.promptTokens(), tg = settings.genTokens();
        double[] ppTps = new double[settings.repetitions()], tgTps = new double[settings.repetitions()];
        try (LlamaModel model = LlamaModel.load(file, mp);
             LlamaContext ctx = model.newContext(ContextParams.builder().contextSize(pp + tg + 16).batchSize(pp).microBatchSize(pp)
                     .threads(settings.threads()).build());
             Batch batch = Batch.create(pp)) {
            SplittableRandom r = new SplittableRandom(7);
            int vocab = model.vocab().size();
            for (int rep = -1; rep < settings.repetitions(); rep++) { // rep -1: warm-up
                ctx.memory().clear();
                batch.clear();
                for (int i = 0; i < pp; i++) batch.add(r.nextInt(vocab), i, 0, i == pp - 1);
                long t0 = System.nanoTime();
                ctx.decode(batch);
                ctx.logits(-1); // the outputs, as generation reads them (and the end of an asynchronous compute)
                long t1 = System.nanoTime();
                ctx.memory().clear();
                long t2 = System.nanoTime();
                for (int i = 0; i < tg; i++) {
                    batch.clear();
                    batch.add(r.nextInt(vocab), i, 0, true);
                    ctx.decode(batch);
                    ctx.logits(-1);
                }
                long t3 = System.nanoTime();
                if (rep >= 0) {
                    ppTps[rep] = pp / ((t1 - t0) / 1e9);
                    tgTps[rep] = tg / ((t3 - t2) / 1e9);
                }
            }
        }
        return new Row(config, Stats.median(ppTps), Stats.median(tgTps));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void awaitPort(int port) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException e) {
                Thread.sleep(50);
            }
        }
        throw new IOException("ggml-rpc-server on port " + port + " did not start");
    }

    static String markdown(String modelLabel, BenchSettings s, List<Row> rows) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "## RPC on loopback: %s, %d threads, pp %d, tg %d, median of %d%n%n",
                modelLabel, s.threads(), s.promptTokens(), s.genTokens(), s.repetitions()));
        b.append("| configuration | pp tokens/s | tg tokens/s | tg vs local |\n|---|---:|---:|---:|\n");
        double local = rows.get(0).tgTps();
        for (Row r : rows) {
            b.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.2f |%n", r.config(), r.ppTps(), r.tgTps(), r.tgTps() / local));
        }
        return b.toString();
    }

    static Path write(Path outDir, String md) throws IOException {
        Files.createDirectories(outDir);
        Path p = outDir.resolve("rpc.md");
        Files.writeString(p, md);
        return p;
    }
}
