package io.github.llamaffm.testkit.onnx;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A tiny BERT encoder as PyTorch's ONNX exporter writes one: named embeddings, biases and norms,
 * linear weights transposed under generated names as {@code MatMul} inputs, decomposed layer norms
 * with their epsilon as a constant, GELU through {@code Erf}, and the query reshaped into heads
 * through a {@code Concat} of shape pieces. Only the structure the converter reads is built; the
 * weights are seeded random numbers.
 */
final class TinyBert {
    static final int VOCAB = 10;
    static final int EMBD = 8;
    static final int HEADS = 2;
    static final int FF = 16;
    static final int LAYERS = 2;
    static final int POSITIONS = 16;
    static final float EPS = 1e-7f;

    /** Every tensor's values, by its name in the file, for checking the conversion. */
    final java.util.Map<String, float[]> values = new java.util.LinkedHashMap<>();
    private final SplittableRandom random = new SplittableRandom(7);
    private final ProtoWriter graph = new ProtoWriter();
    private final List<ProtoWriter> nodes = new ArrayList<>();
    private int generated = 100;

    /** The tokenizer.json of the tiny vocabulary. */
    static String tokenizerJson() {
        return """
                {"version": "1.0", "truncation": null, "padding": null,
                 "added_tokens": [
                   {"id": 0, "content": "[PAD]", "special": true}, {"id": 1, "content": "[UNK]", "special": true},
                   {"id": 2, "content": "[CLS]", "special": true}, {"id": 3, "content": "[SEP]", "special": true},
                   {"id": 4, "content": "[MASK]", "special": true}],
                 "normalizer": {"type": "BertNormalizer", "clean_text": true, "handle_chinese_chars": true,
                                "strip_accents": null, "lowercase": true},
                 "pre_tokenizer": {"type": "BertPreTokenizer"},
                 "post_processor": {"type": "TemplateProcessing",
                   "single": [{"SpecialToken": {"id": "[CLS]", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                              {"SpecialToken": {"id": "[SEP]", "type_id": 0}}],
                   "pair": [{"SpecialToken": {"id": "[CLS]", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                            {"SpecialToken": {"id": "[SEP]", "type_id": 0}}, {"Sequence": {"id": "B", "type_id": 1}},
                            {"SpecialToken": {"id": "[SEP]", "type_id": 1}}]},
                 "decoder": {"type": "WordPiece", "prefix": "##", "cleanup": true},
                 "model": {"type": "WordPiece", "unk_token": "[UNK]", "continuing_subword_prefix": "##",
                           "max_input_chars_per_word": 100,
                           "vocab": {"[PAD]": 0, "[UNK]": 1, "[CLS]": 2, "[SEP]": 3, "[MASK]": 4,
                                     "hello": 5, "world": 6, "##s": 7, "a\\u00e9": 8, "!": 9}}}
                """;
    }

    /** The model file's bytes. */
    byte[] build() {
        init("embeddings.word_embeddings.weight", VOCAB, EMBD);
        init("embeddings.position_embeddings.weight", POSITIONS, EMBD);
        init("embeddings.token_type_embeddings.weight", 2, EMBD);
        graph.message(5, ProtoWriter.longTensor("embeddings.position_ids", new long[POSITIONS], 1, POSITIONS));
        String x = layerNorm("embeddings.LayerNorm", "embedded");
        for (int l = 0; l < LAYERS; l++) {
            String p = "encoder.layer." + l + ".";
            String q = linear(p + "attention.self.query", x, EMBD, EMBD);
            linear(p + "attention.self.key", x, EMBD, EMBD);
            linear(p + "attention.self.value", x, EMBD, EMBD);
            node("Unsqueeze", List.of("batch"), p + "u0");
            node("Unsqueeze", List.of("tokens"), p + "u1");
            constant(p + "heads", HEADS);
            constant(p + "head_dim", EMBD / HEADS);
            node("Concat", List.of(p + "u0", p + "u1", p + "heads", p + "head_dim"), p + "shape");
            node("Reshape", List.of(q, p + "shape"), p + "q_heads");
            String attn = linear(p + "attention.output.dense", p + "context", EMBD, EMBD);
            String h = layerNorm(p + "attention.output.LayerNorm", attn);
            String up = linear(p + "intermediate.dense", h, EMBD, FF);
            node("Erf", List.of(up), p + "erf");
            String down = linear(p + "output.dense", p + "erf", FF, EMBD);
            x = layerNorm(p + "output.LayerNorm", down);
        }
        init("pooler.dense.bias", EMBD); // not used by llama.cpp: skipped
        for (ProtoWriter n : nodes) graph.message(1, n);
        graph.message(11, new ProtoWriter().string(1, "input_ids"));
        graph.message(12, new ProtoWriter().string(1, x));
        return new ProtoWriter().varint(1, 8).string(2, "pytorch").message(7, graph).toByteArray();
    }

    private String linear(String module, String in, int inSize, int outSize) {
        String w = "onnx::MatMul_" + generated++;
        init(w, inSize, outSize); // [in, out], as the exporter stores it
        values.put(module + ".weight.onnx", values.get(w));
        init(module + ".bias", outSize);
        node("MatMul", List.of(in, w), module + "/MatMul");
        node("Add", List.of(module + ".bias", module + "/MatMul"), module + "/Add");
        return module + "/Add";
    }

    private String layerNorm(String module, String in) {
        init(module + ".weight", EMBD);
        init(module + ".bias", EMBD);
        node("ReduceMean", List.of(in), module + "/mean");
        node("Sub", List.of(in, module + "/mean"), module + "/sub");
        node("ReduceMean", List.of(module + "/sub"), module + "/var");
        ProtoWriter eps = ProtoWriter.floatTensor("", new float[] {EPS});
        nodes.add(new ProtoWriter().string(2, module + "/eps").string(4, "Constant")
                .message(5, new ProtoWriter().string(1, "value").message(5, eps).varint(20, 4)));
        node("Add", List.of(module + "/var", module + "/eps"), module + "/add");
        node("Sqrt", List.of(module + "/add"), module + "/sqrt");
        node("Div", List.of(module + "/sub", module + "/sqrt"), module + "/div");
        node("Mul", List.of(module + "/div", module + ".weight"), module + "/mul");
        node("Add", List.of(module + "/mul", module + ".bias"), module + "/out");
        return module + "/out";
    }

    private void constant(String out, long value) {
        ProtoWriter t = ProtoWriter.longTensor("", new long[] {value}, 1);
        nodes.add(new ProtoWriter().string(2, out).string(4, "Constant")
                .message(5, new ProtoWriter().string(1, "value").message(5, t).varint(20, 4)));
    }

    private void node(String op, List<String> inputs, String output) {
        ProtoWriter n = new ProtoWriter();
        for (String i : inputs) n.string(1, i);
        nodes.add(n.string(2, output).string(3, "/" + output).string(4, op));
    }

    private void init(String name, long... dims) {
        int count = 1;
        for (long d : dims) count *= (int) d;
        float[] v = new float[count];
        for (int i = 0; i < count; i++) v[i] = (float) (random.nextDouble() * 2 - 1);
        values.put(name, v);
        graph.message(5, ProtoWriter.floatTensor(name, v, dims));
    }
}
