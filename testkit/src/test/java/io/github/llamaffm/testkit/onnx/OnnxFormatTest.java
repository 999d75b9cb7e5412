package io.github.llamaffm.testkit.onnx;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Truncated, damaged and hostile input ends in an {@link OnnxFormatException} that says where,
 * never in another exception, an out-of-bounds read, a huge allocation or a stack overflow.
 */
class OnnxFormatTest {
    @TempDir
    Path dir;

    private static OnnxGraph parse(byte[] b) throws OnnxFormatException {
        return OnnxGraph.parse(null, ByteBuffer.wrap(b));
    }

    private static void assertFormatError(String part, byte[] model) {
        OnnxFormatException e = assertThrows(OnnxFormatException.class, () -> parse(model));
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }

    private static byte[] withGraph(ProtoWriter graph) {
        return new ProtoWriter().varint(1, 8).message(7, graph).toByteArray();
    }

    @Test
    void wireFormatErrors() {
        assertFormatError("no graph", new byte[0]);
        assertFormatError("no graph", new ProtoWriter().varint(1, 8).string(2, "x").toByteArray());
        assertFormatError("varint runs past", new byte[] {0x08, (byte) 0x80});
        assertFormatError("varint longer than 10 bytes", new byte[] {0x08, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 1});
        assertFormatError("invalid field number 0", new byte[] {0x00, 0x00});
        assertFormatError("unsupported wire type 3", new byte[] {0x0B});
        assertFormatError("unsupported wire type 7", new byte[] {0x0F});
        assertFormatError("needs 4 bytes but 2 are left", new byte[] {0x0D, 1, 2});
        // a length that points past the end, and one that would be negative as an int
        assertFormatError("length 100 of field 7 exceeds the 1 bytes left", new byte[] {0x3A, 100, 0});
        assertFormatError("exceeds", new byte[] {0x3A, -1, -1, -1, -1, -1, -1, -1, -1, 1});
        assertFormatError("more than one graph", new ProtoWriter().message(7, new ProtoWriter()).message(7, new ProtoWriter()).toByteArray());
        // a field with the wrong wire type where a string is expected
        assertFormatError("field 4 has wire type 0, expected 2", withGraph(new ProtoWriter().message(1, new ProtoWriter().varint(4, 1))));
    }

    @Test
    void tensorErrors() {
        assertFormatError("needs 6 values of 4 bytes but holds 20 bytes",
                withGraph(new ProtoWriter().message(5, ProtoWriter.floatTensor("w", new float[5], 2, 3))));
        assertFormatError("invalid shape [-2]",
                withGraph(new ProtoWriter().message(5, ProtoWriter.floatTensor("w", new float[0], -2))));
        assertFormatError("invalid shape",
                withGraph(new ProtoWriter().message(5, ProtoWriter.floatTensor("w", new float[1], 1L << 20, 1L << 20))));
        assertFormatError("more than 8 values in field 1",
                withGraph(new ProtoWriter().message(5, ProtoWriter.floatTensor("w", new float[1], 1, 1, 1, 1, 1, 1, 1, 1, 1))));
        assertFormatError("external file",
                withGraph(new ProtoWriter().message(5, new ProtoWriter().packed(1, 2).varint(2, 1).string(8, "w").varint(14, 1))));
        assertFormatError("two initializers named 'w'", withGraph(new ProtoWriter()
                .message(5, ProtoWriter.floatTensor("w", new float[1], 1)).message(5, ProtoWriter.floatTensor("w", new float[1], 1))));
        assertFormatError("has no op_type", withGraph(new ProtoWriter().message(1, new ProtoWriter().string(1, "x"))));
        assertFormatError("longer than 4096", withGraph(new ProtoWriter().message(1, new ProtoWriter().string(4, "x".repeat(5000)))));
    }

    @Test
    void emptyTensorsReadAsEmpty() throws Exception {
        OnnxGraph g = parse(withGraph(new ProtoWriter()
                .message(5, new ProtoWriter().packed(1, 0).varint(2, 1).string(8, "f"))
                .message(5, new ProtoWriter().packed(1, 0, 3).varint(2, 6).string(8, "i"))));
        assertEquals(0, g.initializers().get("f").floats().length);
        assertEquals(0, g.initializers().get("i").longs().length);
    }

    @Test
    void jsonErrors() {
        for (String bad : List.of("", "{", "[1,]", "{\"a\" 1}", "\"abc", "\"\\x\"", "\"\\u12\"", "nul", "1 2", "{\"a\":1}}",
                "-", "1e", "\"tab\tinside\"")) {
            OnnxFormatException e = assertThrows(OnnxFormatException.class, () -> Json.parse(null, bad), bad);
            assertTrue(e.getMessage().contains("JSON at character"), e.getMessage());
        }
        // deep nesting is refused before the stack runs out
        OnnxFormatException deep = assertThrows(OnnxFormatException.class, () -> Json.parse(null, "[".repeat(100_000)));
        assertTrue(deep.getMessage().contains("nested deeper than 64"), deep.getMessage());
    }

    @Test
    void jsonValues() throws Exception {
        Object v = Json.parse(null, " {\"a\": [1, -2.5e3, true, false, null, \"x\\u00e9\\n\\\"\"], \"b\": {}} ");
        assertEquals(Map.of("a", Arrays.asList(1L, -2500.0, true, false, null, "x\u00e9\n\""), "b", Map.of()), v);
        assertEquals("\ud83e\udd99", Json.parse(null, "\"\\ud83e\\udd99\""));
    }

    @Test
    void tokenizerErrors() throws Exception {
        String ok = TinyBert.tokenizerJson();
        assertTokenizerError("not UTF-8", new byte[] {'{', (byte) 0xC3, '}'});
        assertTokenizerError("tokenizer.model is not an object", "{}".getBytes());
        assertTokenizerError("is not an id below 10", ok.replace("\"!\": 9", "\"!\": 10").getBytes());
        assertTokenizerError("is not an id below 10", ok.replace("\"!\": 9", "\"!\": -1").getBytes());
        assertTokenizerError("differs from the vocabulary's", ok.replace("\"content\": \"[MASK]\"", "\"content\": \"[MOSK]\"").getBytes());
        assertTokenizerError("is not TemplateProcessing", ok.replace("TemplateProcessing", "RobertaProcessing").getBytes());
        assertTokenizerError("is not in the vocabulary", ok.replace("\"unk_token\": \"[UNK]\"", "\"unk_token\": \"<unk>\"").getBytes());
        assertTokenizerError("continuing_subword_prefix", ok.replace("\"continuing_subword_prefix\": \"##\"", "\"continuing_subword_prefix\": \"@@\"").getBytes());
    }

    private void assertTokenizerError(String part, byte[] json) throws Exception {
        Path p = Files.write(dir.resolve("tokenizer.json"), json);
        OnnxFormatException e = assertThrows(OnnxFormatException.class, () -> WordPieceVocab.read(p));
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }

    /** Every prefix of a valid model, and thousands of seeded random corruptions of it (4000 by default). */
    @Test
    void truncatedAndCorruptedModelsFailCleanly() throws Exception {
        byte[] model = new TinyBert().build();
        Path tok = Files.writeString(dir.resolve("tokenizer.json"), TinyBert.tokenizerJson());
        WordPieceVocab vocab = WordPieceVocab.read(tok);
        List<String> failures = new ArrayList<>();
        int rejected = 0;
        for (int len = 0; len < model.length; len++) {
            if (!analyzeFailsCleanly(Arrays.copyOf(model, len), vocab, "prefix of " + len + " bytes", failures)) rejected++;
        }
        assertEquals(model.length, rejected, "every proper prefix is refused");
        // longer runs: -Donnx.fuzz.rounds=N -Donnx.fuzz.seed=S
        SplittableRandom random = new SplittableRandom(Long.getLong("onnx.fuzz.seed", 2024));
        int rounds = Integer.getInteger("onnx.fuzz.rounds", 4000);
        for (int round = 0; round < rounds; round++) {
            byte[] bad = model.clone();
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(bad.length);
                bad[at] = switch (random.nextInt(4)) {
                    case 0 -> (byte) random.nextInt(256);
                    case 1 -> (byte) (bad[at] ^ (1 << random.nextInt(8)));
                    case 2 -> (byte) 0xFF;   // stretches a varint or a length
                    default -> 0;
                };
            }
            analyzeFailsCleanly(bad, vocab, "round " + round, failures);
        }
        assertEquals(List.of(), failures);
    }

    /** Reads and analyzes a model; true when it passed, false when refused with OnnxFormatException. */
    private static boolean analyzeFailsCleanly(byte[] bytes, WordPieceVocab vocab, String what, List<String> failures) {
        try {
            OnnxBertConverter.check(null, new BertGraph(null, parse(bytes)), vocab);
            return true;
        } catch (OnnxFormatException expected) {
            return false;
        } catch (Throwable t) {
            failures.add(what + ": " + t);
            return false;
        }
    }
}
