package io.github.llamaffm.server;

import io.github.llamaffm.gguf.GgmlType;
import io.github.llamaffm.gguf.GgufArray;
import io.github.llamaffm.gguf.GgufWriter;
import io.github.llamaffm.testkit.RandomLlamaModel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Random-weight models with real tokenizers and a real chat template (Qwen 2.5's, which calls
 * tools in the Hermes format), written once into target/, and the servers the tests share.
 */
final class TestServers {
    static final String KEY = "sk-test-key";
    private static final Path DIR = Path.of("target", "test-models");
    private static Path source;
    private static LlamaServer shared;

    private TestServers() {}

    /** The llama.cpp source tree of the pinned release: vocabularies and templates. */
    static synchronized Path source() {
        if (source == null) {
            try {
                Path dir = Path.of(System.getProperty("llama.ffm.native.dir"));
                Process p = new ProcessBuilder("bash", dir.resolve("fetch-source.sh").toString())
                        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                if (p.waitFor() != 0) throw new IllegalStateException("native/fetch-source.sh failed");
                source = Path.of(out);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("cannot find llama.cpp's source", e);
            }
        }
        return source;
    }

    static RandomLlamaModel spec() throws IOException {
        return RandomLlamaModel.tiny().vocabulary(source().resolve("models/ggml-vocab-qwen2.gguf")).seed(1234).build();
    }

    /** The tiny chat model: Qwen2 tokenizer, Qwen 2.5's chat template. */
    static synchronized Path chatModel() {
        Path out = DIR.resolve("server-chat-qwen2.gguf").toAbsolutePath();
        if (Files.isRegularFile(out)) return out;
        try {
            GgufWriter w = spec().newWriter();
            w.putString("tokenizer.chat_template", Files.readString(source().resolve("models/templates/Qwen-Qwen2.5-7B-Instruct.jinja")));
            return write(w, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A tiny Qwen3-architecture reranker: q/k norms and a yes/no classifier head, rank pooling. */
    static synchronized Path rerankModel() {
        Path out = DIR.resolve("server-reranker-qwen2.gguf").toAbsolutePath();
        if (Files.isRegularFile(out)) return out;
        try {
            RandomLlamaModel spec = spec();
            GgufWriter w = spec.newWriter();
            for (String key : List.copyOf(w.metadata().keySet())) {
                if (key.startsWith("llama.")) {
                    w.put("qwen3." + key.substring(6), w.metadata().get(key));
                    w.remove(key);
                }
            }
            w.putString("general.architecture", "qwen3");
            w.putUInt32("qwen3.pooling_type", 4);
            w.putArray("qwen3.classifier.output_labels", GgufArray.ofStrings("yes", "no"));
            float[] ones = new float[spec.headDim()];
            Arrays.fill(ones, 1f);
            for (int i = 0; i < spec.blockCount(); i++) {
                w.addTensor("blk." + i + ".attn_q_norm.weight", GgmlType.F32, new long[]{ones.length}, ones);
                w.addTensor("blk." + i + ".attn_k_norm.weight", GgmlType.F32, new long[]{ones.length}, ones);
            }
            float[] head = new float[spec.embeddingLength() * 2];
            SplittableRandom r = new SplittableRandom(77);
            for (int i = 0; i < head.length; i++) head[i] = (float) (r.nextDouble() - 0.5);
            w.addTensor("cls.output.weight", GgmlType.F32, new long[]{spec.embeddingLength(), 2}, head);
            return write(w, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(GgufWriter w, Path out) throws IOException {
        Files.createDirectories(DIR);
        Path tmp = Files.createTempFile(DIR, "model", ".tmp");
        w.write(tmp);
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return out;
    }

    /**
     * The server most tests share (one per test JVM, closed when it exits): 4 slots, 16 queue
     * places, an API key, a reranker, at most 200 tokens a reply.
     */
    static synchronized LlamaServer shared() {
        if (shared == null) {
            shared = start("--parallel", "4", "--queue", "16", "--api-key", KEY, "--max-tokens", "200",
                    "--rerank-model", rerankModel().toString(), "--alias", "tiny-chat", "--max-body", "65536");
            LlamaServer s = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(s::close));
        }
        return shared;
    }

    /** A server of its own on a free port (the caller closes it). */
    static LlamaServer start(String... options) {
        // one decoding thread: under load (a 2-core machine shared with other builds) two threads
        // make a tiny model's token many times slower
        List<String> args = new ArrayList<>(List.of("--model", chatModel().toString(), "--port", "0", "--threads", "1"));
        args.addAll(List.of(options));
        return LlamaServer.start(ServerOptions.parse(args.toArray(String[]::new)));
    }

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** GET or POST with the key; the answer as text. */
    static HttpResponse<String> call(LlamaServer s, String method, String path, String body, String key) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.baseUrl() + path)).timeout(Duration.ofSeconds(60));
        if (key != null) b.header("Authorization", "Bearer " + key);
        if (body != null) b.header("Content-Type", "application/json");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A gauge or counter of /metrics (without labels). */
    static double metric(LlamaServer s, String name) {
        String text = call(s, "GET", "/metrics", null, KEY).body();
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + " ([0-9.eE+-]+)$").matcher(text);
        if (!m.find()) throw new AssertionError("no " + name + " in /metrics:\n" + text);
        return Double.parseDouble(m.group(1));
    }

    /** Waits until every slot of {@code s} is idle again (or fails after {@code seconds}). */
    static void awaitIdle(LlamaServer s, int seconds) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            if (metric(s, "llamaffm_slots_busy") == 0 && metric(s, "llamaffm_queue_length") == 0) return;
            Thread.sleep(50);
        }
        throw new AssertionError("slots still busy after " + seconds + " s: " + metric(s, "llamaffm_slots_busy"));
    }
}
