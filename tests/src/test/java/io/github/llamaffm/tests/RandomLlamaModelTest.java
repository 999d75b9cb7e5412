package io.github.llamaffm.tests;

import io.github.llamaffm.gguf.GgmlType;
import io.github.llamaffm.gguf.GgufFile;
import io.github.llamaffm.gguf.GgufFormatException;
import io.github.llamaffm.gguf.GgufTensorInfo;
import io.github.llamaffm.gguf.GgufType;
import io.github.llamaffm.gguf.GgufWriter;
import io.github.llamaffm.testkit.RandomLlamaModel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Random llama models: structure, determinism, and acceptance by llama.cpp's own llama-simple. */
class RandomLlamaModelTest {
    @TempDir
    Path dir;

    private static RandomLlamaModel.Builder tiny(String vocab) throws Exception {
        return RandomLlamaModel.tiny().vocabulary(TestModels.vocab(vocab));
    }

    @Test
    void tinyModelHasLlamaKeysAndTensors() throws Exception {
        RandomLlamaModel model = tiny("llama-spm").seed(7).build();
        assertEquals(32000, model.vocabSize());
        assertEquals(16, model.headDim());
        Path file = dir.resolve("tiny.gguf");
        model.write(file);

        try (GgufFile f = GgufFile.read(file); GgufFile vocab = GgufFile.read(model.vocabulary())) {
            assertEquals(3, f.version());
            assertEquals("llama", f.getString("general.architecture"));
            assertEquals("random-llama-tiny", f.getString("general.name"));
            assertEquals(0, f.getInt("general.file_type"));
            assertEquals(32000, f.getInt("llama.vocab_size"));
            assertEquals(512, f.getInt("llama.context_length"));
            assertEquals(64, f.getInt("llama.embedding_length"));
            assertEquals(2, f.getInt("llama.block_count"));
            assertEquals(128, f.getInt("llama.feed_forward_length"));
            assertEquals(4, f.getInt("llama.attention.head_count"));
            assertEquals(2, f.getInt("llama.attention.head_count_kv"));
            assertEquals(16, f.getInt("llama.rope.dimension_count"));
            assertEquals(1e-5f, f.getFloat("llama.attention.layer_norm_rms_epsilon"));
            assertEquals(10000f, f.getFloat("llama.rope.freq_base"));
            for (String k : List.of("llama.vocab_size", "llama.context_length", "llama.block_count")) {
                assertEquals(GgufType.UINT32, f.get(k).orElseThrow().type(), "llama.cpp reads " + k + " as uint32");
            }
            // every tokenizer key copied verbatim, nothing else taken from the vocabulary file
            vocab.metadata().forEach((k, v) -> {
                if (k.startsWith("tokenizer.")) {
                    assertEquals(v, f.metadata().get(k), k);
                }
            });
            for (String k : f.metadata().keySet()) {
                assertTrue(k.startsWith("general.") || k.startsWith("llama.") || k.startsWith("tokenizer."), k);
            }

            List<String> expected = new ArrayList<>(List.of("token_embd.weight"));
            for (int i = 0; i < 2; i++) {
                for (String t : List.of("attn_norm", "attn_q", "attn_k", "attn_v", "attn_output", "ffn_norm", "ffn_gate",
                        "ffn_up", "ffn_down")) {
                    expected.add("blk." + i + "." + t + ".weight");
                }
            }
            expected.add("output_norm.weight");
            expected.add("output.weight");
            assertEquals(expected, f.tensors().stream().map(GgufTensorInfo::name).toList());
            Map<String, long[]> shapes = Map.of(
                    "token_embd.weight", new long[] {64, 32000},
                    "output.weight", new long[] {64, 32000},
                    "output_norm.weight", new long[] {64},
                    "blk.1.attn_norm.weight", new long[] {64},
                    "blk.1.attn_q.weight", new long[] {64, 64},
                    "blk.1.attn_k.weight", new long[] {64, 32},
                    "blk.1.attn_v.weight", new long[] {64, 32},
                    "blk.1.attn_output.weight", new long[] {64, 64},
                    "blk.1.ffn_gate.weight", new long[] {64, 128},
                    "blk.1.ffn_down.weight", new long[] {128, 64});
            shapes.forEach((name, shape) -> assertArrayEquals(shape, f.tensor(name).orElseThrow().shape(), name));
            assertEquals(model.parameterCount(), f.tensors().stream().mapToLong(GgufTensorInfo::elementCount).sum());

            for (float v : f.readTensorFloats("blk.0.ffn_norm.weight")) {
                assertEquals(1f, v);
            }
            float[] w = f.readTensorFloats("token_embd.weight");
            double sum = 0;
            double sq = 0;
            for (float v : w) {
                assertTrue(Float.isFinite(v) && Math.abs(v) < 0.02 * 3.5, "bounded: " + v);
                sum += v;
                sq += v * v;
            }
            double mean = sum / w.length;
            double std = Math.sqrt(sq / w.length - mean * mean);
            assertEquals(0, mean, 1e-4);
            assertEquals(0.02, std, 1e-4);
            // different tensors get different values
            assertFalse(java.util.Arrays.equals(f.readTensorFloats("blk.0.attn_q.weight"),
                    f.readTensorFloats("blk.1.attn_q.weight")));
        }
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherBytes() throws Exception {
        Path a = dir.resolve("a.gguf");
        Path b = dir.resolve("b.gguf");
        Path c = dir.resolve("c.gguf");
        tiny("llama-spm").seed(42).build().write(a);
        tiny("llama-spm").seed(42).build().write(b);
        tiny("llama-spm").seed(43).build().write(c);
        assertEquals(-1L, Files.mismatch(a, b), "same seed, same file");
        assertEquals(Files.size(a), Files.size(c));
        assertNotEquals(-1L, Files.mismatch(a, c), "other seed, other weights");
    }

    @Test
    void tiedF16ModelAndExtraMetadata() throws Exception {
        RandomLlamaModel model = tiny("llama-spm").tensorType(GgmlType.F16).tiedEmbeddings(true).blockCount(1).build();
        Path file = dir.resolve("f16.gguf");
        GgufWriter w = model.newWriter().putString("tokenizer.chat_template", "{{ messages }}");
        w.write(file);
        try (GgufFile f = GgufFile.read(file)) {
            assertEquals(1, f.getInt("general.file_type"));
            assertTrue(f.tensor("output.weight").isEmpty(), "tied embeddings");
            assertEquals(GgmlType.F16, f.tensor("token_embd.weight").orElseThrow().type().orElseThrow());
            assertEquals(GgmlType.F32, f.tensor("output_norm.weight").orElseThrow().type().orElseThrow());
            assertEquals("{{ messages }}", f.getString("tokenizer.chat_template"));
            assertEquals(model.parameterCount(), f.tensors().stream().mapToLong(GgufTensorInfo::elementCount).sum());
        }
    }

    @Test
    void presetsAndValidation() throws Exception {
        Path spm = TestModels.vocab("llama-spm");
        RandomLlamaModel big = RandomLlamaModel.llama32_1b().vocabulary(TestModels.vocab("llama-bpe")).build();
        assertEquals(2048, big.embeddingLength());
        assertEquals(16, big.blockCount());
        assertEquals(32, big.headCount());
        assertEquals(8, big.headCountKv());
        assertEquals(8192, big.feedForwardLength());
        assertEquals(131072, big.contextLength());
        assertEquals(500000f, big.ropeFreqBase());
        assertTrue(big.tiedEmbeddings());
        assertEquals(64, big.headDim());
        assertEquals(1_235_814_400L, big.parameterCount(), "Llama 3.2 1B has 1.24 B parameters");
        assertEquals(2L * big.parameterCount(), big.newWriter().fileSize(), 1 << 24);

        assertThrows(IllegalStateException.class, () -> RandomLlamaModel.tiny().build());
        assertThrows(IllegalArgumentException.class, () -> RandomLlamaModel.tiny().vocabulary(spm).headCount(3).build());
        assertThrows(IllegalArgumentException.class, () -> RandomLlamaModel.tiny().vocabulary(spm).headCountKv(3).build());
        assertThrows(IllegalArgumentException.class, () -> RandomLlamaModel.tiny().vocabulary(spm).blockCount(0).build());
        assertThrows(IllegalArgumentException.class, () -> RandomLlamaModel.tiny().vocabulary(spm).tensorType(GgmlType.Q4_0).build());
        assertThrows(IllegalArgumentException.class, () -> RandomLlamaModel.tiny().vocabulary(spm).rmsEps(0).build());
        assertThrows(IllegalArgumentException.class, () -> RandomLlamaModel.tiny().vocabulary(spm).weightStd(Float.NaN).build());
        Path notVocab = dir.resolve("empty.gguf");
        new GgufWriter().putString("general.architecture", "llama").write(notVocab);
        assertThrows(GgufFormatException.class, () -> RandomLlamaModel.tiny().vocabulary(notVocab).build());
    }

    /** Runs llama.cpp's llama-simple on the model: it must load it and generate text. */
    private static void llamaSimpleAccepts(Path model, Path workDir) throws Exception {
        Path bin = NativeSource.bin().resolve("llama-simple");
        Path out = workDir.resolve(model.getFileName() + ".out");
        Path err = workDir.resolve(model.getFileName() + ".err");
        Process p = new ProcessBuilder(bin.toString(), "-m", model.toString(), "-n", "8", "Hello world")
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "llama-simple did not finish");
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        String context = "\n--- stdout:\n" + stdout + "\n--- stderr (tail):\n"
                + stderr.substring(Math.max(0, stderr.length() - 3000));
        assertEquals(0, p.exitValue(), "llama-simple failed on " + model + context);
        int prompt = stdout.indexOf("Hello world");
        assertTrue(prompt >= 0, "prompt echoed" + context);
        String generated = stdout.substring(prompt + "Hello world".length());
        assertFalse(generated.isBlank(), "generated text" + context);
        Matcher m = Pattern.compile("decoded (\\d+) tokens").matcher(stderr);
        assertTrue(m.find(), "decode report" + context);
        assertTrue(Integer.parseInt(m.group(1)) >= 1, "decoded tokens" + context);
        assertTrue(stderr.contains("llama"), context);
    }

    @Test
    void llamaCppRunsSpmModel() throws Exception {
        Path file = dir.resolve("tiny-spm.gguf");
        tiny("llama-spm").seed(1).build().write(file);
        llamaSimpleAccepts(file, dir);
    }

    @Test
    void llamaCppRunsBpeModel() throws Exception {
        Path file = dir.resolve("tiny-bpe-f16.gguf");
        tiny("llama-bpe").seed(2).tensorType(GgmlType.F16).tiedEmbeddings(true).build().write(file);
        llamaSimpleAccepts(file, dir);
    }
}
