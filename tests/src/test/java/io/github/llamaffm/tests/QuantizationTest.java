package io.github.llamaffm.tests;

import io.github.llamaffm.ContextParams;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.ModelLoadException;
import io.github.llamaffm.Quantization;
import io.github.llamaffm.SpecialTokens;
import io.github.llamaffm.Token;
import io.github.llamaffm.gguf.GgmlType;
import io.github.llamaffm.gguf.GgufFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Q8_0 and Q4_0 models made with llama.cpp's quantizer load and generate like llama.cpp's own tools say. */
class QuantizationTest {
    @ParameterizedTest
    @EnumSource(value = Quantization.class, names = {"Q8_0", "Q4_0"})
    void quantizedModelsMatchLlamaSimple(Quantization q, @TempDir Path dir) throws Exception {
        Path out = dir.resolve("tiny-" + q + ".gguf");
        q.quantize(TestModels.tiny("llama-bpe"), out, 2);
        try (GgufFile f = GgufFile.read(out)) {
            assertEquals(GgmlType.valueOf(q.name()).id(), f.tensor("blk.0.attn_q.weight").orElseThrow().typeId());
        }
        Process p = new ProcessBuilder(NativeSource.bin().resolve("llama-simple").toString(), "-m", out.toString(),
                "-n", "16", "Quantized models").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] expected = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
        try (LlamaModel m = LlamaModel.load(out)) {
            assertTrue(m.description().contains(q.name()), m.description());
            int[] prompt = m.vocab().tokenize("Quantized models", SpecialTokens.ADD_AND_PARSE);
            ByteArrayOutputStream java = new ByteArrayOutputStream();
            for (int t : prompt) java.writeBytes(m.vocab().pieceBytes(t, true));
            try (LlamaContext ctx = m.newContext(ContextParams.builder().contextSize(prompt.length + 15)
                    .batchSize(prompt.length).threads(2).build())) {
                for (Token t : ctx.generate(prompt, GenerateParams.builder().maxTokens(16).renderSpecial(true).build())) {
                    if (t.id() >= 0) java.writeBytes(m.vocab().pieceBytes(t.id(), true));
                }
            }
            java.write('\n');
            assertArrayEquals(expected, java.toByteArray(), () -> new String(expected) + "\nvs\n" + java);
        }
    }

    @Test
    void quantizingAMissingFileFails(@TempDir Path dir) {
        assertThrows(ModelLoadException.class, () -> Quantization.Q4_0.quantize(dir.resolve("no.gguf"), dir.resolve("o.gguf"), 1));
    }
}
