package io.github.llamaffm.testkit.onnx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a BERT encoder exported to ONNX holds, found through its graph: the weights under
 * llama.cpp's tensor names in llama.cpp's layout, and the hyper-parameters the weights do not
 * show (head count, layer-norm epsilon).
 *
 * <p>PyTorch's exporter keeps the Hugging Face names of embeddings, biases and norms, but stores
 * each linear layer's weight transposed ({@code [in, out]}) under a generated name as the second
 * input of a {@code MatMul}; the {@code Add} of that product and the layer's named bias says whose
 * weight it is. The names then map to llama.cpp's as {@code gguf-py}'s {@code tensor_mapping.py}
 * maps BERT's.
 */
final class BertGraph {
    /** A tensor for the GGUF file: its shape in ggml order (innermost first) and its values. */
    record Weight(long[] shape, float[] data) {
    }

    /** Hugging Face module name → llama.cpp tensor name; {@code N} is the layer. */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("embeddings.word_embeddings", "token_embd"),
            Map.entry("embeddings.token_type_embeddings", "token_types"),
            Map.entry("embeddings.position_embeddings", "position_embd"),
            Map.entry("embeddings.LayerNorm", "token_embd_norm"),
            Map.entry("attention.self.query", "attn_q"),
            Map.entry("attention.self.key", "attn_k"),
            Map.entry("attention.self.value", "attn_v"),
            Map.entry("attention.output.dense", "attn_output"),
            Map.entry("attention.output.LayerNorm", "attn_output_norm"),
            Map.entry("intermediate.dense", "ffn_up"),
            Map.entry("output.dense", "ffn_down"),
            Map.entry("output.LayerNorm", "layer_output_norm"));
    private static final Pattern LAYER = Pattern.compile("encoder\\.layer\\.(\\d{1,4})\\.(.+)");
    /** What a BERT checkpoint has that llama.cpp does not use (as {@code BertModel.filter_tensors}). */
    private static final Pattern SKIPPED = Pattern.compile("embeddings\\.position_ids|pooler\\..*|cls\\..*");

    private final Path file;
    private final OnnxGraph graph;
    private final Map<String, OnnxGraph.Node> producers = new HashMap<>();
    private final Map<String, List<OnnxGraph.Node>> consumers = new HashMap<>();
    /** llama.cpp name → weight, in the order found. */
    private final Map<String, Weight> weights = new LinkedHashMap<>();
    /** llama.cpp name of a linear layer ("blk.0.attn_q") → the graph value its biased output is. */
    private final Map<String, String> outputs = new HashMap<>();
    /** llama.cpp name of a named parameter → its initializer's name. */
    private final Map<String, String> sources = new HashMap<>();

    BertGraph(Path file, OnnxGraph graph) throws OnnxFormatException {
        this.file = file;
        this.graph = graph;
        for (OnnxGraph.Node n : graph.nodes()) {
            for (String o : n.outputs()) producers.put(o, n);
            for (String i : n.inputs()) consumers.computeIfAbsent(i, k -> new ArrayList<>()).add(n);
        }
        collect();
    }

    /** The weights under llama.cpp's names, shapes in ggml order. */
    Map<String, Weight> weights() {
        return weights;
    }

    Weight weight(String name) throws OnnxFormatException {
        Weight w = weights.get(name);
        if (w == null) throw error("no tensor for llama.cpp's '" + name + "'");
        return w;
    }

    private void collect() throws OnnxFormatException {
        // linear weights, named by the bias their product is added to
        for (OnnxGraph.Node mm : graph.nodes()) {
            OnnxTensor b = graph.initializers().get(mm.input(1));
            if (!mm.opType().equals("MatMul") || b == null) continue;
            if (b.dims().length != 2) throw error("MatMul weight " + b + " is not a matrix");
            Bias bias = biasOf(mm);
            String module = bias.name().substring(0, bias.name().length() - ".bias".length());
            float[] t = transpose(b.floats(), b.dim(0), b.dim(1)); // [in, out] -> [out, in]
            String name = ggufName(module, ".weight");
            if (weights.put(name, new Weight(new long[] {b.dim(0), b.dim(1)}, t)) != null) {
                throw error("two MatMul weights for '" + module + "'");
            }
            outputs.put(name.substring(0, name.length() - ".weight".length()), bias.sum());
        }
        // everything else by its own name
        for (OnnxTensor t : graph.initializers().values()) {
            String n = t.name().startsWith("bert.") ? t.name().substring(5) : t.name();
            if (n.startsWith("onnx::") || SKIPPED.matcher(n).matches()) continue;
            if (isMatMulWeight(t.name())) continue;
            int dot = n.lastIndexOf('.');
            if (dot < 0) throw error("initializer " + t + " is not a BERT parameter");
            String name = ggufName(n.substring(0, dot), n.substring(dot));
            long[] shape = new long[t.dims().length];
            for (int i = 0; i < shape.length; i++) shape[i] = t.dims()[shape.length - 1 - i]; // ggml order
            if (weights.put(name, new Weight(shape, t.floats())) != null) {
                throw error("two tensors for llama.cpp's '" + name + "'");
            }
            sources.put(name, t.name());
        }
    }

    private boolean isMatMulWeight(String init) {
        for (OnnxGraph.Node n : consumers.getOrDefault(init, List.of())) {
            if (n.opType().equals("MatMul") && n.input(1).equals(init)) return true;
        }
        return false;
    }

    /** The named bias added to a MatMul's product (without a "bert." prefix), and the value that sum is. */
    private record Bias(String name, String sum) {
    }

    private Bias biasOf(OnnxGraph.Node mm) throws OnnxFormatException {
        String product = mm.outputs().isEmpty() ? "" : mm.outputs().get(0);
        for (OnnxGraph.Node add : consumers.getOrDefault(product, List.of())) {
            if (!add.opType().equals("Add") || add.inputs().size() != 2 || add.outputs().isEmpty()) continue;
            String other = add.input(0).equals(product) ? add.input(1) : add.input(0);
            if (other.endsWith(".bias") && graph.initializers().containsKey(other)) {
                return new Bias(other.startsWith("bert.") ? other.substring(5) : other, add.outputs().get(0));
            }
        }
        throw error("the product of MatMul '" + mm.name() + "' gets no named bias: cannot tell whose weight "
                + mm.input(1) + " is");
    }

    private String ggufName(String module, String suffix) throws OnnxFormatException {
        if (!suffix.equals(".weight") && !suffix.equals(".bias")) {
            throw error("parameter '" + module + suffix + "' is neither a weight nor a bias");
        }
        Matcher m = LAYER.matcher(module);
        String mapped = m.matches() ? NAMES.get(m.group(2)) : NAMES.get(module);
        if (mapped == null) {
            throw error("parameter '" + module + suffix + "' has no llama.cpp BERT tensor");
        }
        return (m.matches() ? "blk." + Integer.parseInt(m.group(1)) + "." : "") + mapped + suffix;
    }

    // ---------------------------------------------------------------- hyper-parameters

    /**
     * The attention head count: the query projection's output is reshaped to
     * {@code [batch, tokens, heads, head_dim]}, the last two constant.
     */
    int headCount(int embd) throws OnnxFormatException {
        String q = outputs.get("blk.0.attn_q");
        for (OnnxGraph.Node r : consumers.getOrDefault(q, List.of())) {
            if (!r.opType().equals("Reshape") || !r.input(0).equals(q)) continue;
            long[] shape = constInts(r.input(1), 0);
            if (shape != null && shape.length == 4 && shape[2] > 0 && shape[3] > 0 && shape[2] * shape[3] == embd) {
                return (int) shape[2];
            }
        }
        throw error("no Reshape of the first query projection into [batch, tokens, heads, head_dim]: cannot tell the head count");
    }

    /**
     * The layer-norm epsilon, the same in every norm: a {@code LayerNormalization} node's
     * attribute, or the constant a decomposed norm adds to the variance
     * ({@code Mul(Div(x - mean, Sqrt(Add(var, eps))), weight)}).
     */
    float layerNormEps() throws OnnxFormatException {
        Float eps = null;
        for (String name : weights.keySet()) {
            if (!name.endsWith("norm.weight")) continue;
            float e = epsOf(sources.get(name));
            if (eps != null && eps != e) throw error("layer norms with different epsilons " + eps + " and " + e);
            eps = e;
        }
        if (eps == null) throw error("no layer norm");
        return eps;
    }

    /** The activation must be GELU (erf), the one llama.cpp's BERT applies. */
    void checkGelu(int layers) throws OnnxFormatException {
        long gelus = graph.nodes().stream().filter(n -> n.opType().equals("Erf") || n.opType().equals("Gelu")).count();
        if (gelus < layers) {
            throw error(gelus + " GELU (Erf) nodes for " + layers + " layers: not BERT's activation");
        }
    }

    private float epsOf(String weight) throws OnnxFormatException {
        for (OnnxGraph.Node n : consumers.getOrDefault(weight, List.of())) {
            if (n.opType().equals("LayerNormalization")) {
                OnnxGraph.Attribute a = n.attributes().get("epsilon");
                return a == null ? 1e-5f : a.f();
            }
            if (n.opType().equals("Mul")) {
                OnnxGraph.Node div = producers.get(n.input(0).equals(weight) ? n.input(1) : n.input(0));
                OnnxGraph.Node sqrt = div != null && div.opType().equals("Div") ? producers.get(div.input(1)) : null;
                OnnxGraph.Node add = sqrt != null && sqrt.opType().equals("Sqrt") ? producers.get(sqrt.input(0)) : null;
                if (add != null && add.opType().equals("Add")) {
                    Float e = constFloat(add.input(1));
                    if (e == null) e = constFloat(add.input(0));
                    if (e != null) return e;
                }
            }
        }
        throw error("cannot find the epsilon of the layer norm with weight '" + weight + "'");
    }

    /** The value of a scalar float constant (initializer or Constant node), or null. */
    private Float constFloat(String value) throws OnnxFormatException {
        OnnxTensor t = constant(value);
        if (t == null || t.dataType() != OnnxTensor.FLOAT || t.count() != 1) return null;
        return t.floats()[0];
    }

    /**
     * The values of a constant integer vector, where a {@code Concat} of pieces counts unknown
     * one-element pieces (a dimension read from a shape) as -1; null when not constant.
     */
    private long[] constInts(String value, int depth) throws OnnxFormatException {
        OnnxTensor t = constant(value);
        if (t != null) return t.dataType() == OnnxTensor.INT64 || t.dataType() == OnnxTensor.INT32 ? t.longs() : null;
        OnnxGraph.Node n = producers.get(value);
        if (n == null || depth > 4) return null;
        if (n.opType().equals("Unsqueeze")) return new long[] {-1};
        if (!n.opType().equals("Concat")) return null;
        List<Long> out = new ArrayList<>();
        for (String in : n.inputs()) {
            long[] piece = constInts(in, depth + 1);
            if (piece == null) return null;
            for (long v : piece) out.add(v);
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    private OnnxTensor constant(String value) {
        OnnxTensor t = graph.initializers().get(value);
        if (t != null) return t;
        OnnxGraph.Node n = producers.get(value);
        if (n == null || !n.opType().equals("Constant")) return null;
        OnnxGraph.Attribute a = n.attributes().get("value");
        return a == null ? null : a.tensor();
    }

    private static float[] transpose(float[] a, int rows, int cols) {
        float[] t = new float[a.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) t[c * rows + r] = a[r * cols + c];
        }
        return t;
    }

    private OnnxFormatException error(String problem) {
        return new OnnxFormatException(file, -1, problem);
    }
}
