package io.github.llamaffm.testkit.onnx;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The main graph of an ONNX model ({@code onnx.proto}'s {@code ModelProto.graph}): its nodes in
 * file order, its initializers by name, and the names of its inputs and outputs. Only what a
 * weight converter needs is read; everything else (subgraphs, value types, documentation,
 * training info) is skipped unread. Tensor data stays in the file's memory mapping until asked for.
 *
 * @param nodes        the nodes, in the order the file lists them (ONNX requires topological order)
 * @param initializers the initializers (constant tensors, the weights) by name
 * @param inputs       the graph's input names
 * @param outputs      the graph's output names
 */
record OnnxGraph(List<Node> nodes, Map<String, OnnxTensor> initializers, List<String> inputs, List<String> outputs) {
    /** Names, op types and strings are short; longer ones mean a damaged file. */
    static final int MAX_NAME = 4096;
    /** More nodes or initializers than any encoder has: a damaged file. */
    static final int MAX_ENTRIES = 1_000_000;

    /**
     * A node: an operator applied to named values.
     *
     * @param opType     the operator ({@code MatMul}, {@code Add}, …)
     * @param name       the node's name, possibly empty
     * @param inputs     the input value names (an empty name is an omitted optional input)
     * @param outputs    the output value names
     * @param attributes the attributes by name
     */
    record Node(String opType, String name, List<String> inputs, List<String> outputs, Map<String, Attribute> attributes) {
        /** The node's {@code i}-th input, or "" when it has fewer. */
        String input(int i) {
            return i < inputs.size() ? inputs.get(i) : "";
        }
    }

    /**
     * A node attribute; only the scalar kinds and tensors are kept ({@code type} says which).
     *
     * @param name   the attribute's name
     * @param type   {@code AttributeProto.AttributeType}: 1 float, 2 int, 3 string, 4 tensor, 7 ints, …
     * @param f      the float value (type 1)
     * @param i      the int value (type 2)
     * @param ints   the ints (type 7), empty otherwise
     * @param tensor the tensor (type 4), {@code null} otherwise
     */
    record Attribute(String name, int type, float f, long i, long[] ints, OnnxTensor tensor) {
    }

    /**
     * Maps and reads an ONNX model file. The file stays mapped while its tensors are in use.
     *
     * @param file the {@code .onnx} file, at most 2 GiB (larger models keep weights in external
     *             data files, which the converter does not read)
     * @return its main graph
     * @throws IOException when the file cannot be read or is not a valid ONNX model
     */
    static OnnxGraph read(Path file) throws IOException {
        ByteBuffer data;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size > Integer.MAX_VALUE) {
                throw new OnnxFormatException(file, -1, "file of " + size + " bytes is larger than 2 GiB");
            }
            data = ch.map(FileChannel.MapMode.READ_ONLY, 0, size);
        }
        return parse(file, data);
    }

    /** Reads a model from bytes already in memory; {@code file} only names it in messages. */
    static OnnxGraph parse(Path file, ByteBuffer data) throws OnnxFormatException {
        ProtoReader model = new ProtoReader(file, data.order(ByteOrder.LITTLE_ENDIAN), 0);
        OnnxGraph graph = null;
        while (model.next()) {
            if (model.field() == 7) { // ModelProto.graph
                if (graph != null) {
                    throw model.error(model.fieldOffset(), "more than one graph in the model");
                }
                graph = graph(model.message());
            } else {
                model.skip();
            }
        }
        if (graph == null) {
            throw new OnnxFormatException(file, -1, "no graph: not an ONNX model");
        }
        return graph;
    }

    private static OnnxGraph graph(ProtoReader r) throws OnnxFormatException {
        List<Node> nodes = new ArrayList<>();
        Map<String, OnnxTensor> inits = new LinkedHashMap<>();
        List<String> inputs = new ArrayList<>();
        List<String> outputs = new ArrayList<>();
        while (r.next()) {
            switch (r.field()) {
                case 1 -> { // node
                    count(r, nodes.size());
                    nodes.add(node(r.message()));
                }
                case 5 -> { // initializer
                    count(r, inits.size());
                    long at = r.fieldOffset();
                    OnnxTensor t = tensor(r.message());
                    if (inits.putIfAbsent(t.name(), t) != null) {
                        throw r.error(at, "two initializers named '" + t.name() + "'");
                    }
                }
                case 11 -> inputs.add(valueInfoName(r.message()));
                case 12 -> outputs.add(valueInfoName(r.message()));
                default -> r.skip();
            }
        }
        return new OnnxGraph(List.copyOf(nodes), Collections.unmodifiableMap(inits), List.copyOf(inputs), List.copyOf(outputs));
    }

    private static void count(ProtoReader r, int size) throws OnnxFormatException {
        if (size >= MAX_ENTRIES) {
            throw r.error(r.fieldOffset(), "more than " + MAX_ENTRIES + " entries of field " + r.field());
        }
    }

    private static Node node(ProtoReader r) throws OnnxFormatException {
        String opType = "";
        String name = "";
        List<String> in = new ArrayList<>();
        List<String> out = new ArrayList<>();
        Map<String, Attribute> attrs = new LinkedHashMap<>();
        while (r.next()) {
            switch (r.field()) {
                case 1 -> in.add(r.string(MAX_NAME));
                case 2 -> out.add(r.string(MAX_NAME));
                case 3 -> name = r.string(MAX_NAME);
                case 4 -> opType = r.string(MAX_NAME);
                case 5 -> {
                    Attribute a = attribute(r.message());
                    attrs.put(a.name(), a);
                }
                default -> r.skip();
            }
            if (in.size() + out.size() + attrs.size() > MAX_ENTRIES) {
                throw r.error(r.fieldOffset(), "node with more than " + MAX_ENTRIES + " inputs, outputs and attributes");
            }
        }
        if (opType.isEmpty()) {
            throw r.error(r.offset(), "node '" + name + "' has no op_type");
        }
        return new Node(opType, name, List.copyOf(in), List.copyOf(out), Collections.unmodifiableMap(attrs));
    }

    private static Attribute attribute(ProtoReader r) throws OnnxFormatException {
        String name = "";
        int type = 0;
        float f = 0;
        long i = 0;
        ProtoReader.LongList ints = new ProtoReader.LongList();
        OnnxTensor t = null;
        while (r.next()) {
            switch (r.field()) {
                case 1 -> name = r.string(MAX_NAME);
                case 2 -> f = r.floatField();
                case 3 -> i = r.varintField();
                case 5 -> t = tensor(r.message());
                case 8 -> r.int64s(ints, MAX_ENTRIES);
                case 20 -> type = r.intField();
                default -> r.skip();
            }
        }
        return new Attribute(name, type, f, i, ints.toArray(), t);
    }

    private static String valueInfoName(ProtoReader r) throws OnnxFormatException {
        String name = "";
        while (r.next()) {
            if (r.field() == 1) {
                name = r.string(MAX_NAME);
            } else {
                r.skip();
            }
        }
        return name;
    }

    private static OnnxTensor tensor(ProtoReader r) throws OnnxFormatException {
        long start = r.offset();
        String name = "";
        int dataType = 0;
        ProtoReader.LongList dims = new ProtoReader.LongList();
        ProtoReader.LongList int64s = new ProtoReader.LongList();
        ByteBuffer raw = null;
        ByteBuffer floats = null;
        boolean external = false;
        while (r.next()) {
            switch (r.field()) {
                case 1 -> r.int64s(dims, OnnxTensor.MAX_DIMS);
                case 2 -> dataType = r.intField();
                case 4 -> { // float_data: only the packed form, what every exporter writes
                    if (r.wireType() != ProtoReader.LENGTH || floats != null) {
                        throw r.error(r.fieldOffset(), "float_data of tensor '" + name + "' is not one packed run");
                    }
                    floats = r.bytes();
                }
                case 7 -> r.int64s(int64s, MAX_ENTRIES);
                case 8 -> name = r.string(MAX_NAME);
                case 9 -> raw = r.bytes();
                case 14 -> external = r.intField() == 1; // data_location EXTERNAL
                default -> r.skip();
            }
        }
        if (external) {
            throw r.error(start, "tensor '" + name + "' keeps its data in an external file, which is not supported");
        }
        return OnnxTensor.of(r, start, name, dataType, dims.toArray(), raw != null ? raw : floats, int64s.toArray());
    }
}
