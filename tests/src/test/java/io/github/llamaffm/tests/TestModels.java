package io.github.llamaffm.tests;

import io.github.llamaffm.gguf.GgmlType;
import io.github.llamaffm.gguf.GgufArray;
import io.github.llamaffm.gguf.GgufWriter;
import io.github.llamaffm.testkit.RandomLlamaModel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Small llama-architecture models with seeded random weights and a real tokenizer from
 * llama.cpp's {@code models/ggml-vocab-*.gguf}, written once per test run into target/.
 */
final class TestModels {
    private static final Path DIR = Path.of("target", "test-models");
    private static final Map<String, Path> CACHE = new ConcurrentHashMap<>();

    private TestModels() {}

    /**
     * A tiny Qwen3-architecture reranker: the {@link #tiny} llama weights under qwen3 names, plus
     * the q/k norms Qwen3 has and a yes/no classifier head (llama.cpp takes its softmax), with rank pooling.
     */
    static Path reranker(String vocab) {
        return CACHE.computeIfAbsent("reranker2-" + vocab, k -> {
            try {
                Files.createDirectories(DIR);
                RandomLlamaModel spec = spec(vocab);
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
                java.util.SplittableRandom r = new java.util.SplittableRandom(77);
                for (int i = 0; i < head.length; i++) head[i] = (float) (r.nextDouble() - 0.5);
                w.addTensor("cls.output.weight", GgmlType.F32, new long[]{spec.embeddingLength(), 2}, head);
                return write(w, "reranker2-" + vocab + ".gguf");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** llama.cpp's {@code models/ggml-vocab-<name>.gguf}, such as "llama-spm" (child JVMs use it too: no JUnit here). */
    static Path vocab(String name) {
        Path p = NativeSource.root().resolve("models/ggml-vocab-" + name + ".gguf");
        if (!Files.isRegularFile(p)) throw new IllegalStateException("missing " + p);
        return p;
    }

    /** The description of the {@link #tiny} model (for writers that need its shape, e.g. LoRA adapters). */
    static RandomLlamaModel spec(String vocab) {
        try {
            return RandomLlamaModel.tiny().vocabulary(vocab(vocab)).seed(1234).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A tiny model with the tokenizer of {@code models/ggml-vocab-<vocab>.gguf}. */
    static Path tiny(String vocab) {
        return CACHE.computeIfAbsent(vocab, v -> {
            try {
                Files.createDirectories(DIR);
                Path out = DIR.resolve("tiny-" + v + ".gguf").toAbsolutePath();
                Path tmp = Files.createTempFile(DIR, "tiny-" + v, ".tmp");
                spec(v).write(tmp);
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * The {@link #tiny} model of {@code vocab} with the chat template of llama.cpp's
     * {@code models/templates/<template>.jinja} (a real model family's template, for tool calling).
     */
    static Path withTemplate(String vocab, String template) {
        return CACHE.computeIfAbsent(vocab + "|" + template, k -> {
            try {
                Files.createDirectories(DIR);
                GgufWriter w = spec(vocab).newWriter();
                w.putString("tokenizer.chat_template", Files.readString(NativeSource.root().resolve("models/templates/" + template + ".jinja")));
                return write(w, "tiny-" + vocab + "-" + template + ".gguf");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * A tiny {@code qwen2vl} text model (M-RoPE: four positions per input embedding) with the
     * qwen2 vocabulary, see {@link RandomLlamaModel#qwen2vlTiny()}.
     */
    static Path qwen2vl() {
        return CACHE.computeIfAbsent("qwen2vl", k -> {
            try {
                return write(qwen2vlSpec().newWriter(), "tiny-qwen2vl.gguf");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The description of the {@link #qwen2vl} model (for tests that change one of its keys). */
    static RandomLlamaModel qwen2vlSpec() {
        try {
            return RandomLlamaModel.qwen2vlTiny().vocabulary(vocab("qwen2")).seed(4321).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a model into target/test-models atomically (parallel test JVMs may race for it). */
    private static Path write(GgufWriter w, String name) throws IOException {
        Files.createDirectories(DIR);
        Path out = DIR.resolve(name).toAbsolutePath();
        Path tmp = Files.createTempFile(DIR, "model", ".tmp");
        w.write(tmp);
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return out;
    }
}
