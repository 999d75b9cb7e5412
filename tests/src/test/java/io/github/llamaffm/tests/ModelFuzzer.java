package io.github.llamaffm.tests;

import io.github.llamaffm.ContextParams;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.LoraAdapter;
import io.github.llamaffm.ModelParams;
import io.github.llamaffm.Sampler;
import io.github.llamaffm.SpecialTokens;
import io.github.llamaffm.gguf.GgmlType;
import io.github.llamaffm.gguf.GgufFile;
import io.github.llamaffm.gguf.GgufTensorInfo;
import io.github.llamaffm.gguf.GgufValue;
import io.github.llamaffm.gguf.GgufWriter;
import io.github.llamaffm.testkit.RandomLlamaModel;
import io.github.llamaffm.testkit.RandomLoraAdapter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Seeded mutations of small llama models (real tokenizers, float and quantized weights) aimed at
 * what a GGUF loader trusts. {@link #generate(long)} turns a seed into a file, always the same
 * file for the same seed; {@link #run(Path)} loads it, creates a context, tokenizes and generates
 * a few tokens, with a LoRA adapter for some seeds. A file must either work or end in a Java
 * exception: a JVM that dies is a bug (the seed, logged before each file, reproduces it).
 *
 * <p>Two kinds of mutation: <i>semantic</i> ones rebuild the file with {@link GgufWriter} after
 * changing metadata values and types (token texts: duplicates, empty, huge, NUL inside, missing
 * byte tokens; special token ids; merges; tokenizer model; hyper-parameters, per-layer arrays,
 * architecture; tensor shapes, types and names), so that the file reaches llama.cpp's semantic
 * checks; <i>raw</i> ones then overwrite fields of the written file in place (header counts,
 * key/value types, string and array lengths, tensor dimension counts, dimensions, types and
 * offsets) with boundary values, flip bytes, or truncate the file at a field boundary.
 */
final class ModelFuzzer implements FuzzTarget {
    /** The vocabularies of llama.cpp's models/ggml-vocab-*.gguf the base models use. */
    static final List<String> VOCABS = List.of("llama-spm", "phi-3", "gpt-2", "qwen2", "llama-bpe");
    /** The weight types of the base models' matrices. */
    static final List<GgmlType> TYPES = List.of(GgmlType.F32, GgmlType.F16, GgmlType.Q8_0, GgmlType.Q4_0);
    private static final String PROMPT = "Hello wörld \u00e9\u4e16\u754c \uD83D\uDE00\n\t<s></s><|endoftext|> 12345";

    private final Path dir;
    private final Map<String, Base> bases = new ConcurrentHashMap<>();

    /** A base model: its metadata and tensors (bytes in memory), and a matching LoRA adapter. */
    record Base(String name, Map<String, GgufValue> metadata, List<Tensor> tensors, Path lora) {}

    /** A tensor to write. */
    record Tensor(String name, GgmlType type, long[] shape, byte[] data) {}

    /** A generated file and what was done to it. */
    record Case(long seed, Path file, Path lora, String description) implements FuzzTarget.Case {
        @Override
        public Outcome run(StringBuilder message) {
            return ModelFuzzer.run(this, message);
        }

        @Override
        public void delete() throws IOException {
            Files.deleteIfExists(file);
            if (lora != null) Files.deleteIfExists(lora);
        }
    }

    /** The keys and tensors of a GGUF file, to change and write again. */
    record Parts(Map<String, GgufValue> metadata, List<Tensor> tensors) {}

    ModelFuzzer(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ base models

    Base base(String vocab, GgmlType type) {
        return bases.computeIfAbsent(vocab + "-" + type.ggmlName(), k -> {
            try {
                return makeBase(vocab, type);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private Base makeBase(String vocab, GgmlType type) throws IOException {
        RandomLlamaModel spec = RandomLlamaModel.tiny().vocabulary(TestModels.vocab(vocab))
                .embeddingLength(32).feedForwardLength(64).blockCount(2).headCount(4).headCountKv(2).contextLength(256)
                .tensorType(GgmlType.F32).tiedEmbeddings(type == GgmlType.Q4_0 || vocab.equals("qwen2") || vocab.equals("llama-bpe"))
                .seed(7).build();
        Path f32 = dir.resolve("base-" + vocab + "-f32.gguf");
        if (!Files.exists(f32)) {
            Path tmp = Files.createTempFile(dir, "base", ".tmp");
            spec.write(tmp);
            Files.move(tmp, f32, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Map<String, GgufValue> meta = new LinkedHashMap<>();
        List<Tensor> tensors = new ArrayList<>();
        try (GgufFile g = GgufFile.read(f32)) {
            meta.putAll(g.metadata());
            for (GgufTensorInfo t : g.tensors()) {
                float[] v = g.readTensorFloats(t.name());
                GgmlType tt = t.dimensionCount() == 1 ? GgmlType.F32 : type;
                tensors.add(new Tensor(t.name(), tt, t.shape(), encode(v, tt)));
            }
        }
        meta.put("general.file_type", GgufValue.ofUInt32(switch (type) {
            case F16 -> 1;
            case Q8_0 -> 7;
            case Q4_0 -> 2;
            default -> 0;
        }));
        Path lora = dir.resolve("lora-" + vocab + ".gguf");
        if (!Files.exists(lora)) {
            Path tmp = Files.createTempFile(dir, "lora", ".tmp");
            RandomLoraAdapter.of(spec).rank(4).seed(3).write(tmp);
            Files.move(tmp, lora, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return new Base(vocab + "-" + type.ggmlName(), meta, tensors, lora);
    }

    /** Encodes floats as F32, F16, Q8_0 or Q4_0 (ggml's reference quantizers, simplified). */
    static byte[] encode(float[] v, GgmlType type) {
        ByteBuffer b = ByteBuffer.allocate((int) type.byteSize(v.length)).order(ByteOrder.LITTLE_ENDIAN);
        switch (type) {
            case F32 -> { for (float x : v) b.putFloat(x); }
            case F16 -> { for (float x : v) b.putShort(Float.floatToFloat16(x)); }
            case Q8_0 -> {
                for (int i = 0; i < v.length; i += 32) {
                    float amax = 0;
                    for (int j = 0; j < 32; j++) amax = Math.max(amax, Math.abs(v[i + j]));
                    float d = amax / 127f;
                    b.putShort(Float.floatToFloat16(d));
                    for (int j = 0; j < 32; j++) b.put((byte) (d == 0 ? 0 : Math.round(v[i + j] / d)));
                }
            }
            case Q4_0 -> {
                for (int i = 0; i < v.length; i += 32) {
                    float max = 0;
                    for (int j = 0; j < 32; j++) if (Math.abs(v[i + j]) > Math.abs(max)) max = v[i + j];
                    float d = max / -8f;
                    float id = d == 0 ? 0 : 1f / d;
                    b.putShort(Float.floatToFloat16(d));
                    for (int j = 0; j < 16; j++) {
                        int x0 = Math.min(15, (int) (v[i + j] * id + 8.5f));
                        int x1 = Math.min(15, (int) (v[i + 16 + j] * id + 8.5f));
                        b.put((byte) (x0 | (x1 << 4)));
                    }
                }
            }
            default -> throw new IllegalArgumentException(type.toString());
        }
        return b.array();
    }

    // ------------------------------------------------------------------ generation

    /**
     * Writes the file for a seed.
     *
     * @param seed any value; the same seed gives the same file
     * @return the case: the file (and the LoRA adapter to apply, when the seed chose one)
     */
    @Override
    public Case generate(long seed) throws IOException {
        SplittableRandom r = new SplittableRandom(seed);
        // Small vocabularies more often: they load faster.
        String vocab = VOCABS.get(pickWeighted(r, 30, 30, 20, 10, 10));
        GgmlType type = TYPES.get(r.nextInt(TYPES.size()));
        Base base = base(vocab, type);
        Map<String, GgufValue> meta = new LinkedHashMap<>(base.metadata());
        List<Tensor> tensors = new ArrayList<>(base.tensors());
        StringBuilder what = new StringBuilder(base.name());
        boolean loraCase = r.nextInt(10) == 0;
        int semantic = r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(3);
        for (int i = 0; i < semantic; i++) {
            try {
                what.append("; ").append(loraCase ? mutateLora(r) : SemanticMutations.mutateSemantic(r, meta, tensors));
            } catch (IllegalArgumentException e) {
                what.append("(mutation refused: ").append(e.getMessage()).append(')');
            }
        }
        Path file = dir.resolve("case-" + Long.toUnsignedString(seed) + ".gguf");
        Path lora = null;
        if (loraCase) {
            // The model stays intact; the adapter is mutated (raw mutations below apply to it).
            write(base.metadata(), base.tensors(), file);
            lora = dir.resolve("case-" + Long.toUnsignedString(seed) + "-lora.gguf");
            Files.copy(base.lora(), lora, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            if (semantic > 0) rewriteLora(r, lora, what);
        } else {
            try {
                write(meta, tensors, file);
            } catch (IllegalArgumentException e) {
                // the writer refused the mutation (e.g. a shape invalid for the type): write the base
                what.append("; (writer refused: ").append(e.getMessage()).append(')');
                write(base.metadata(), base.tensors(), file);
            }
        }
        Path target = lora != null ? lora : file;
        int raw = semantic == 0 ? 1 + r.nextInt(3) : (r.nextInt(3) == 0 ? 1 : 0);
        if (raw > 0) {
            // Fields are located in the intact file; later mutations may land beyond a truncation (skipped).
            byte[] b = Files.readAllBytes(target);
            List<RawMutations.Field> fields = RawMutations.fields(b);
            for (int i = 0; i < raw; i++) {
                b = RawMutations.mutateRaw(r, b, fields, what.append("; "));
            }
            Files.write(target, b);
        }
        return new Case(seed, file, lora, what.toString());
    }

    private static int pickWeighted(SplittableRandom r, int... weights) {
        int total = 0;
        for (int w : weights) total += w;
        int x = r.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) return i;
        }
        return weights.length - 1;
    }

    static void write(Map<String, GgufValue> meta, List<Tensor> tensors, Path file) throws IOException {
        GgufWriter w = new GgufWriter();
        w.putAll(meta);
        for (Tensor t : tensors) w.addTensor(t.name(), t.type(), t.shape(), t.data());
        w.write(file);
    }

    /** Reads a GGUF file this project wrote into changeable copies of its keys and tensors. */
    static Parts read(Path file) throws IOException {
        Map<String, GgufValue> meta;
        List<Tensor> tensors = new ArrayList<>();
        try (GgufFile g = GgufFile.read(file)) {
            meta = new LinkedHashMap<>(g.metadata());
            for (GgufTensorInfo t : g.tensors()) {
                tensors.add(new Tensor(t.name(), t.type().orElseThrow(), t.shape(), g.readTensorBytes(t.name())));
            }
        }
        return new Parts(meta, tensors);
    }

    private static String mutateLora(SplittableRandom r) {
        return "lora:" + r.nextInt(1 << 30);
    }

    /** Semantic mutations of a LoRA adapter file: metadata types and values, tensor shapes and types. */
    private static void rewriteLora(SplittableRandom r, Path lora, StringBuilder what) throws IOException {
        Parts parts = read(lora);
        Map<String, GgufValue> meta = parts.metadata();
        List<Tensor> tensors = parts.tensors();
        switch (r.nextInt(6)) {
            case 0 -> {
                String[] keys = {"general.type", "general.architecture", "adapter.type", "adapter.lora.alpha",
                        "adapter.alora.invocation_tokens"};
                String key = keys[r.nextInt(keys.length)];
                GgufValue v = r.nextBoolean() ? SemanticMutations.randomScalar(r) : GgufValue.ofString(new String[]{"adapter", "lora", "llama", "x"}[r.nextInt(4)]);
                meta.put(key, v);
                what.append(" ").append(key).append(" := ").append(v.type());
            }
            case 1 -> {
                String key = List.copyOf(meta.keySet()).get(r.nextInt(meta.size()));
                meta.remove(key);
                what.append(" removed ").append(key);
            }
            case 2, 3 -> {
                int i = r.nextInt(tensors.size());
                Tensor t = tensors.get(i);
                long[] s = t.shape().clone();
                s[r.nextInt(s.length)] = new long[]{0, 1, 2, 8, 32, 64}[r.nextInt(6)];
                long elements = 1;
                for (long d : s) elements *= d;
                tensors.set(i, new Tensor(t.name(), GgmlType.F32, s, new byte[(int) (4 * elements)]));
                what.append(" tensor ").append(t.name()).append(' ').append(java.util.Arrays.toString(s));
            }
            case 4 -> {
                int i = r.nextInt(tensors.size());
                Tensor t = tensors.get(i);
                GgmlType type = new GgmlType[]{GgmlType.F16, GgmlType.Q8_0, GgmlType.Q4_0, GgmlType.BF16}[r.nextInt(4)];
                long elements = 1;
                for (long d : t.shape()) elements *= d;
                if (t.shape()[0] % type.blockSize() == 0) {
                    tensors.set(i, new Tensor(t.name(), type, t.shape(), new byte[(int) type.byteSize(elements)]));
                    what.append(" tensor ").append(t.name()).append(' ').append(type.ggmlName());
                }
            }
            default -> {
                int i = r.nextInt(tensors.size());
                Tensor t = tensors.remove(i);
                if (r.nextBoolean()) {
                    tensors.add(new Tensor(t.name().replace("lora_a", "lora_x").replace("lora_b", "lora_a"), t.type(), t.shape(), t.data()));
                }
                what.append(" tensor ").append(t.name()).append(" dropped/renamed");
            }
        }
        try {
            write(meta, tensors, lora);
        } catch (IllegalArgumentException e) {
            what.append(" (writer refused)");
        }
    }

    // ------------------------------------------------------------------ running

    /**
     * Loads a case's file, creates a context, tokenizes and generates a few tokens (applying its
     * LoRA adapter when it has one). Java exceptions are the expected failures.
     *
     * @return GENERATED when everything worked, else {@link FuzzTarget#classify} of the exception that ended it
     * @throws Error (not caught) when the JVM itself is in trouble
     */
    static Outcome run(Case c, StringBuilder message) {
        try (LlamaModel model = LlamaModel.load(c.file(), ModelParams.builder().gpuLayers(0).build())) {
            int[] ids = model.vocab().tokenize(PROMPT, SpecialTokens.ADD_AND_PARSE);
            model.vocab().detokenize(ids);
            try (LlamaContext ctx = model.newContext(ContextParams.builder().contextSize(64).batchSize(64).threads(1).build())) {
                if (c.lora() != null) {
                    LoraAdapter a = model.loadLora(c.lora());
                    ctx.setLora(a, 1f);
                }
                ctx.complete(PROMPT, GenerateParams.builder().maxTokens(3).sampler(Sampler.greedy()).build());
            }
            return Outcome.GENERATED;
        } catch (RuntimeException e) {
            return FuzzTarget.classify(e, message);
        }
    }
}
