package io.github.llamaffm.langchain4j;

import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.gguf.GgmlType;
import io.github.llamaffm.gguf.GgufArray;
import io.github.llamaffm.gguf.GgufWriter;
import io.github.llamaffm.testkit.RandomLlamaModel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The models of this module's tests: small llama-architecture models with seeded random weights,
 * a real tokenizer from llama.cpp's {@code models/ggml-vocab-*.gguf} and a real chat template
 * from its {@code models/templates} (written once per run into target/), or the real model given
 * with {@code -Dllamaffm.model=/path/to/model.gguf}.
 */
final class TestModels {
    /** The system property naming a real GGUF chat model; the suites then run against it. */
    static final String REAL_MODEL_PROPERTY = "llamaffm.model";
    private static final Path DIR = Path.of("target", "test-models");
    private static final Map<String, Path> FILES = new ConcurrentHashMap<>();
    private static final Map<String, LlamaModel> LOADED = new ConcurrentHashMap<>();
    private static Path source;

    private TestModels() {}

    /** The real model's path, or null when the tests run on random weights. */
    static Path realModel() {
        String p = System.getProperty(REAL_MODEL_PROPERTY, "");
        return p.isBlank() ? null : Path.of(p);
    }

    /**
     * The chat model of the suites, loaded once per test JVM and shared (never closed: the
     * providers built on it must not close it): the real model if given, else Qwen 2.5's
     * tokenizer and template (Hermes tool calls) on random weights.
     */
    static LlamaModel chat() {
        Path real = realModel();
        return LOADED.computeIfAbsent("chat", k -> LlamaModel.load(real != null ? real : withTemplate("qwen2", "Qwen-Qwen2.5-7B-Instruct")));
    }

    /** A random model whose template opens a reasoning block (DeepSeek R1): its whole reply is reasoning. */
    static LlamaModel thinking() {
        return LOADED.computeIfAbsent("thinking", k -> LlamaModel.load(withTemplate("deepseek-llm", "deepseek-ai-DeepSeek-R1-Distill-Qwen-32B")));
    }

    /** The tiny random model of {@code vocab} with the template {@code models/templates/<template>.jinja}. */
    static Path withTemplate(String vocab, String template) {
        return FILES.computeIfAbsent(vocab + "|" + template, k -> {
            try {
                GgufWriter w = spec(vocab).newWriter();
                w.putString("tokenizer.chat_template", Files.readString(source().resolve("models/templates/" + template + ".jinja")));
                return write(w, "chat-" + vocab + "-" + template + ".gguf");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The tiny random model of {@code vocab} (no template of its own beyond the vocabulary's). */
    static Path tiny(String vocab) {
        return FILES.computeIfAbsent(vocab, k -> {
            try {
                return write(spec(vocab).newWriter(), "tiny-" + vocab + ".gguf");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * A tiny Qwen3-architecture reranker: the tiny weights under qwen3 names, the q/k norms
     * Qwen3 has, and a yes/no classifier head, with rank pooling.
     */
    static Path reranker() {
        return FILES.computeIfAbsent("reranker", k -> {
            try {
                RandomLlamaModel spec = spec("qwen2");
                GgufWriter w = spec.newWriter();
                for (String key : List.copyOf(w.metadata().keySet())) {
                    if (key.startsWith("llama.")) {
                        w.put("qwen3." + key.substring(6), w.metadata().get(key));
                        w.remove(key);
                    }
                }
                w.putString("general.architecture", "qwen3");
                w.putUInt32("qwen3.pooling_type", 4); // rank
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
                return write(w, "reranker-qwen2.gguf");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static RandomLlamaModel spec(String vocab) throws IOException {
        Path file = source().resolve("models/ggml-vocab-" + vocab + ".gguf");
        return RandomLlamaModel.tiny().vocabulary(file).contextLength(4096).seed(1234).build();
    }

    private static Path write(GgufWriter w, String name) throws IOException {
        Files.createDirectories(DIR);
        Path out = DIR.resolve(name).toAbsolutePath();
        Path tmp = Files.createTempFile(DIR, "model", ".tmp");
        w.write(tmp);
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return out;
    }

    /** llama.cpp's source tree of the pinned release (native/fetch-source.sh prints it). */
    private static synchronized Path source() {
        if (source != null) return source;
        try {
            Path script = Path.of(System.getProperty("llama.ffm.native.dir"), "fetch-source.sh");
            Process p = new ProcessBuilder("bash", script.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (p.waitFor() != 0) throw new IllegalStateException(script + " failed");
            source = Path.of(out);
            return source;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
