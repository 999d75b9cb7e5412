package io.github.llamaffm.tests;

import io.github.llamaffm.ContextParams;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.Media;
import io.github.llamaffm.ModelParams;
import io.github.llamaffm.MultimodalProjector;
import io.github.llamaffm.MultimodalPrompt;
import io.github.llamaffm.ProjectorParams;
import io.github.llamaffm.Sampler;
import io.github.llamaffm.gguf.GgmlType;
import io.github.llamaffm.gguf.GgufArray;
import io.github.llamaffm.gguf.GgufFile;
import io.github.llamaffm.gguf.GgufType;
import io.github.llamaffm.gguf.GgufValue;
import io.github.llamaffm.testkit.RandomLlamaModel;
import io.github.llamaffm.testkit.RandomProjector;
import io.github.llamaffm.testkit.TestImages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Seeded mutations of multimodal projector files (testkit's {@link RandomProjector}, a LLaVA
 * {@code mlp} projector) aimed at what libmtmd's {@code clip.cpp} trusts. {@link #generate(long)}
 * turns a seed into a projector file and a small PNG image; a case loads the projector for the tiny
 * {@code llama-spm} model (loaded once per fuzzer), and if it loads, decodes a prompt holding the
 * image through it and generates a few tokens. A file must either work or end in a Java exception:
 * a JVM that dies is a bug (the seed, logged before each case, reproduces it).
 *
 * <p>Semantic mutations rebuild the file after changing the types and values of the {@code clip.*}
 * keys (image and patch sizes, widths, heads, blocks at their extremes; projector type strings;
 * encoder flags; the array keys), tensor shapes and types, dropping tensors, adding tensors of other
 * variants, and changing the projector's output width; raw ones ({@link RawMutations}) then
 * overwrite fields of the written file in place (counts, types, lengths, tensor dimensions, types and
 * offsets), flip bits, insert bytes or truncate it.
 */
final class ProjectorFuzzer implements FuzzTarget {
    /** The vocabulary of the base model. */
    static final String VOCAB = "llama-spm";
    static final String PROMPT = MultimodalProjector.MARKER + " What is in the picture?";
    static final String[] PROJECTOR_TYPES = {"mlp", "mlp_norm", "ldp", "ldpv2", "resampler", "adapter", "qwen2vl_merger",
            "qwen2.5vl_merger", "qwen3vl_merger", "gemma3", "gemma3nv", "idefics3", "pixtral", "ultravox", "internvl",
            "llama4", "qwen2a", "voxtral", "lfm2", "kimivl", "cogvlm", "janus_pro", "glm4v", "whisper", "MLP", "mlp ", "",
            "bogus"};
    /** Integer keys clip.cpp reads for a vision encoder (clip-impl.h KEY_*, the "vision" prefix). */
    static final String[] INT_KEYS = {"clip.vision.image_size", "clip.vision.patch_size", "clip.vision.embedding_length",
            "clip.vision.feed_forward_length", "clip.vision.block_count", "clip.vision.attention.head_count",
            "clip.vision.attention.head_count_kv", "clip.vision.attention.head_dim", "clip.vision.projection_dim",
            "clip.vision.spatial_merge_size", "clip.vision.n_wa_pattern", "clip.vision.window_size",
            "clip.vision.projector.scale_factor", "clip.minicpmv_query_num", "clip.vision.image_min_pixels",
            "clip.vision.image_max_pixels", "clip.vision.preproc_image_size", "clip.minicpmv_version"};
    /** Every key, scalar or array, whose type a mutation changes. */
    static final String[] TYPED_KEYS = {"general.architecture", "general.name", "clip.has_vision_encoder",
            "clip.has_audio_encoder", "clip.projector_type", "clip.vision.projector_type", "clip.use_gelu", "clip.use_silu",
            "clip.vision.attention.layer_norm_epsilon", "clip.vision.image_mean", "clip.vision.image_std",
            "clip.vision.image_grid_pinpoints", "clip.vision.feature_layer", "clip.vision.mm_patch_merge_type",
            "clip.vision.wa_layer_indexes"};
    private static final String[] MISSING = {"mm.0.weight", "mm.0.bias", "mm.2.weight", "mm.2.bias", "v.patch_embd.weight",
            "v.patch_embd.bias", "v.position_embd.weight", "v.pre_ln.weight", "v.blk.0.attn_q.weight", "v.blk.0.attn_out.weight",
            "v.blk.0.ffn_up.weight", "v.blk.0.ffn_down.weight", "v.blk.1.ln2.weight", "v.blk.1.ln1.bias"};

    private final Path dir;
    private final RandomLlamaModel spec;
    private final Map<String, ModelFuzzer.Parts> bases = new ConcurrentHashMap<>();
    private LlamaModel model;

    /** A generated projector file, the PNG image to decode through it, and what was done to the file. */
    record Case(long seed, Path file, byte[] image, String description, ProjectorFuzzer fuzzer) implements FuzzTarget.Case {
        @Override
        public Outcome run(StringBuilder message) {
            return fuzzer.run(this, message);
        }

        @Override
        public void delete() throws IOException {
            Files.deleteIfExists(file);
        }
    }

    ProjectorFuzzer(Path dir) {
        this.dir = dir;
        this.spec = TestModels.spec(VOCAB);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The model every case loads its projector for (loaded on first use, closed by {@link #close}). */
    synchronized LlamaModel model() {
        if (model == null) model = LlamaModel.load(TestModels.tiny(VOCAB), ModelParams.builder().gpuLayers(0).build());
        return model;
    }

    @Override
    public synchronized void close() {
        if (model != null) model.close();
        model = null;
    }

    // ------------------------------------------------------------------ base projectors

    /** The unmutated projectors: the default one (32-pixel images in patches of 8), and a narrower one of 3 blocks and patches of 4. */
    ModelFuzzer.Parts base(String name) {
        return bases.computeIfAbsent(name, n -> {
            RandomProjector p = n.equals("default") ? RandomProjector.of(spec).seed(3)
                    : RandomProjector.of(spec).imageSize(16, 4).encoder(16, 24).blockCount(3).seed(4);
            try {
                Path file = dir.resolve("base-projector-" + n + ".gguf");
                Path tmp = Files.createTempFile(dir, "base", ".tmp");
                p.write(tmp);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                return ModelFuzzer.read(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    // ------------------------------------------------------------------ generation

    @Override
    public Case generate(long seed) throws IOException {
        SplittableRandom r = new SplittableRandom(seed);
        String baseName = r.nextInt(3) == 0 ? "narrow" : "default";
        ModelFuzzer.Parts base = base(baseName);
        Map<String, GgufValue> meta = new LinkedHashMap<>(base.metadata());
        List<ModelFuzzer.Tensor> tensors = new ArrayList<>(base.tensors());
        StringBuilder what = new StringBuilder(baseName);
        int[][] sizes = {{32, 32}, {40, 30}, {8, 8}, {1, 1}, {17, 5}, {64, 48}};
        int[] size = sizes[r.nextInt(sizes.length)];
        byte[] image = TestImages.png(size[0], size[1], r.nextInt(1000));
        what.append(" png ").append(size[0]).append('x').append(size[1]);
        int semantic = r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(2);
        for (int i = 0; i < semantic; i++) {
            try {
                what.append("; ").append(mutate(r, meta, tensors));
            } catch (IllegalArgumentException e) {
                what.append("(mutation refused: ").append(e.getMessage()).append(')');
            }
        }
        Path file = dir.resolve("projector-" + Long.toUnsignedString(seed) + ".gguf");
        try {
            ModelFuzzer.write(meta, tensors, file);
        } catch (IllegalArgumentException e) {
            what.append("; (writer refused: ").append(e.getMessage()).append(')');
            ModelFuzzer.write(base.metadata(), base.tensors(), file);
        }
        int raw = semantic == 0 ? 1 + r.nextInt(2) : (r.nextInt(4) == 0 ? 1 : 0);
        if (raw > 0) {
            byte[] b = Files.readAllBytes(file);
            List<RawMutations.Field> fields = RawMutations.fields(b);
            for (int i = 0; i < raw; i++) {
                what.append("; ");
                b = r.nextInt(5) == 0 ? RawMutations.insertRaw(r, b, fields, what) : RawMutations.mutateRaw(r, b, fields, what);
            }
            Files.write(file, b);
        }
        return new Case(seed, file, image, what.toString(), this);
    }

    /** One semantic mutation of a projector's keys or tensors. */
    static String mutate(SplittableRandom r, Map<String, GgufValue> meta, List<ModelFuzzer.Tensor> tensors) {
        switch (r.nextInt(16)) {
            case 0, 1 -> { // a key of another type
                String key = r.nextBoolean() ? TYPED_KEYS[r.nextInt(TYPED_KEYS.length)] : INT_KEYS[r.nextInt(INT_KEYS.length)];
                GgufValue v = SemanticMutations.randomScalar(r);
                meta.put(key, v);
                return key + " := " + v.type();
            }
            case 2, 3 -> { // integer hyper-parameters at their extremes
                String key = INT_KEYS[r.nextInt(r.nextBoolean() ? 7 : INT_KEYS.length)];
                if (r.nextInt(8) == 0) {
                    meta.remove(key);
                    return key + " removed";
                }
                GgufValue old = meta.get(key);
                long base = old != null && old.type() == GgufType.UINT32 ? old.asLong() : 8;
                long v = switch (r.nextInt(4)) {
                    case 0 -> SemanticMutations.interesting(r);
                    case 1 -> r.nextInt(9);
                    case 2 -> new long[]{base + 1, base - 1, base * 2, base / 2, base * base}[r.nextInt(5)];
                    default -> new long[]{8192, 8193, 1 << 16, 1 << 20, 0xFFFF_FFFFL}[r.nextInt(5)];
                };
                meta.put(key, GgufValue.ofUInt32(v & 0xFFFF_FFFFL));
                return key + " := " + (v & 0xFFFF_FFFFL);
            }
            case 4 -> { // float and float-array values
                float[] f = {0f, -1f, 1e-30f, 1e30f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 0.5f, 2f};
                if (r.nextBoolean()) {
                    float v = f[r.nextInt(f.length)];
                    meta.put("clip.vision.attention.layer_norm_epsilon", GgufValue.ofFloat32(v));
                    return "layer_norm_epsilon := " + v;
                }
                String key = r.nextBoolean() ? "clip.vision.image_mean" : "clip.vision.image_std";
                float[] a = new float[r.nextInt(5)];
                for (int i = 0; i < a.length; i++) a[i] = f[r.nextInt(f.length)];
                meta.put(key, GgufValue.ofArray(GgufArray.ofFloat32(a)));
                return key + " := " + Arrays.toString(a);
            }
            case 5 -> { // projector type strings
                String key = r.nextInt(3) == 0 ? "clip.vision.projector_type" : "clip.projector_type";
                if (r.nextInt(6) == 0) {
                    meta.remove("clip.projector_type");
                    return "clip.projector_type removed";
                }
                String t = PROJECTOR_TYPES[r.nextInt(PROJECTOR_TYPES.length)];
                meta.put(key, GgufValue.ofString(t));
                return key + " := '" + t + "'";
            }
            case 6 -> { // encoder flags
                String[] flags = {"clip.has_vision_encoder", "clip.has_audio_encoder", "clip.has_gen_audio_encoder", "clip.use_gelu", "clip.use_silu"};
                String key = flags[r.nextInt(flags.length)];
                boolean v = r.nextBoolean();
                meta.put(key, GgufValue.ofBool(v));
                return key + " := " + v;
            }
            case 7 -> { // array keys: pinpoints, feature layers, merge type, window attention layers, alignment
                return mutateArrayKey(r, meta);
            }
            case 8 -> {
                return SemanticMutations.reshapeTensor(r, tensors);
            }
            case 9 -> {
                return SemanticMutations.retypeTensor(r, tensors);
            }
            case 10 -> { // a missing tensor
                String name = r.nextBoolean() ? MISSING[r.nextInt(MISSING.length)] : tensors.get(r.nextInt(tensors.size())).name();
                return tensors.removeIf(t -> t.name().equals(name)) ? "tensor " + name + " removed" : "tensor " + name + " not there";
            }
            case 11 -> {
                return addTensors(r, tensors);
            }
            case 12 -> { // the output width: another width (the model's is 64), or another hidden width (still fits)
                return width(r, tensors);
            }
            case 13 -> { // a tensor renamed to one of another variant, or of a block that does not exist
                int i = r.nextInt(tensors.size());
                ModelFuzzer.Tensor t = tensors.get(i);
                String[] names = {"v.blk.9.attn_q.weight", "mm.1.weight", "mm.3.weight", "v.class_embd", "v.post_ln.weight",
                        "v.blk.-1.ln1.weight", "mm.2.weight", "v.patch_embd.weight.1", "v.blk.0.attn_qkv.weight"};
                String name = names[r.nextInt(names.length)];
                for (ModelFuzzer.Tensor o : tensors) if (o.name().equals(name)) return "rename to " + name + " skipped";
                tensors.set(i, new ModelFuzzer.Tensor(name, t.type(), t.shape(), t.data()));
                return "tensor " + t.name() + " renamed " + name;
            }
            case 14 -> {
                return SemanticMutations.retypeKey(r, meta);
            }
            default -> {
                return SemanticMutations.removeKey(r, meta);
            }
        }
    }

    private static String mutateArrayKey(SplittableRandom r, Map<String, GgufValue> meta) {
        switch (r.nextInt(5)) {
            case 0 -> {
                int[] a = new int[r.nextInt(7)];
                for (int i = 0; i < a.length; i++) a[i] = r.nextBoolean() ? 32 * (1 + r.nextInt(4)) : (int) SemanticMutations.interesting(r);
                meta.put("clip.vision.image_grid_pinpoints", GgufValue.ofArray(GgufArray.ofInt32(a)));
                if (r.nextBoolean()) meta.put("clip.vision.mm_patch_merge_type", GgufValue.ofString("spatial_unpad"));
                return "image_grid_pinpoints := " + Arrays.toString(a);
            }
            case 1 -> {
                int[] a = new int[r.nextInt(5)];
                for (int i = 0; i < a.length; i++) a[i] = new int[]{-1, 0, 1, 2, 3, 4, -100, Integer.MAX_VALUE, Integer.MIN_VALUE}[r.nextInt(9)];
                meta.put("clip.vision.feature_layer", GgufValue.ofArray(GgufArray.ofInt32(a)));
                return "feature_layer := " + Arrays.toString(a);
            }
            case 2 -> {
                String t = new String[]{"spatial_unpad", "flat", "", "bogus"}[r.nextInt(4)];
                meta.put("clip.vision.mm_patch_merge_type", GgufValue.ofString(t));
                return "mm_patch_merge_type := " + t;
            }
            case 3 -> {
                int[] a = new int[r.nextInt(4)];
                for (int i = 0; i < a.length; i++) a[i] = new int[]{-1, 0, 1, 5, 1 << 20}[r.nextInt(5)];
                meta.put("clip.vision.wa_layer_indexes", GgufValue.ofArray(GgufArray.ofInt32(a)));
                return "wa_layer_indexes := " + Arrays.toString(a);
            }
            default -> {
                long al = new long[]{1, 2, 8, 64, 4096}[r.nextInt(5)];
                meta.put(GgufFile.ALIGNMENT_KEY, GgufValue.ofUInt32(al));
                return "alignment := " + al;
            }
        }
    }

    /** Tensors of other variants: the Yi projector's norms and third matrix, a class embedding, a post-norm, a gate, a fused QKV. */
    private static String addTensors(SplittableRandom r, List<ModelFuzzer.Tensor> tensors) {
        long e = find(tensors, "v.pre_ln.weight").map(t -> t.shape()[0]).orElse(32L);
        long h = find(tensors, "mm.0.bias").map(t -> t.shape()[0]).orElse(64L);
        long out = find(tensors, "mm.2.bias").map(t -> t.shape()[0]).orElse(64L);
        String desc;
        List<ModelFuzzer.Tensor> add = new ArrayList<>();
        switch (r.nextInt(6)) {
            case 0 -> { // Yi (mlp_norm): mm.1 norm, mm.3 matrix, mm.4 norm; sometimes of a wrong width
                long o = r.nextInt(3) == 0 ? out / 2 : out;
                add.add(zeros("mm.1.weight", h));
                add.add(zeros("mm.1.bias", h));
                add.add(zeros("mm.3.weight", h, o));
                add.add(zeros("mm.3.bias", o));
                if (r.nextInt(4) != 0) add.add(zeros("mm.4.weight", o));
                add.add(zeros("mm.4.bias", o));
                desc = "Yi tensors to width " + o;
            }
            case 1 -> {
                add.add(zeros("v.class_embd", r.nextBoolean() ? e : e + 1));
                desc = "class embedding";
            }
            case 2 -> {
                add.add(zeros("v.post_ln.weight", e));
                add.add(zeros("v.post_ln.bias", r.nextBoolean() ? e : 1));
                desc = "post norm";
            }
            case 3 -> {
                long ff = find(tensors, "v.blk.0.ffn_up.bias").map(t -> t.shape()[0]).orElse(48L);
                add.add(zeros("v.blk.0.ffn_gate.weight", e, r.nextBoolean() ? ff : e));
                desc = "ffn gate";
            }
            case 4 -> {
                add.add(zeros("v.blk.0.attn_qkv.weight", e, 3 * e));
                desc = "fused qkv";
            }
            default -> {
                add.add(zeros("v.patch_embd.weight.1", 8, 8, 3, e));
                desc = "second patch embedding";
            }
        }
        for (ModelFuzzer.Tensor t : add) {
            tensors.removeIf(o -> o.name().equals(t.name()));
            tensors.add(t);
        }
        return "added " + desc;
    }

    private static String width(SplittableRandom r, List<ModelFuzzer.Tensor> tensors) {
        long e = find(tensors, "v.pre_ln.weight").map(t -> t.shape()[0]).orElse(32L);
        long h = find(tensors, "mm.0.bias").map(t -> t.shape()[0]).orElse(64L);
        long out = find(tensors, "mm.2.bias").map(t -> t.shape()[0]).orElse(64L);
        if (r.nextBoolean()) {
            long o = new long[]{1, 16, 32, 63, 65, 128, 256}[r.nextInt(7)];
            replace(tensors, zeros("mm.2.weight", h, o), zeros("mm.2.bias", o));
            return "output width " + o;
        }
        long h2 = new long[]{1, 8, 96, 128}[r.nextInt(4)];
        replace(tensors, random(r, "mm.0.weight", e, h2), random(r, "mm.0.bias", h2), random(r, "mm.2.weight", h2, out));
        return "hidden width " + h2;
    }

    private static java.util.Optional<ModelFuzzer.Tensor> find(List<ModelFuzzer.Tensor> tensors, String name) {
        return tensors.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    private static void replace(List<ModelFuzzer.Tensor> tensors, ModelFuzzer.Tensor... with) {
        for (ModelFuzzer.Tensor w : with) {
            int i = 0;
            while (i < tensors.size() && !tensors.get(i).name().equals(w.name())) i++;
            if (i < tensors.size()) tensors.set(i, w);
            else tensors.add(w);
        }
    }

    private static ModelFuzzer.Tensor zeros(String name, long... shape) {
        return new ModelFuzzer.Tensor(name, GgmlType.F32, shape, new byte[(int) (4 * Arrays.stream(shape).reduce(1, (a, b) -> a * b))]);
    }

    private static ModelFuzzer.Tensor random(SplittableRandom r, String name, long... shape) {
        float[] v = new float[(int) Arrays.stream(shape).reduce(1, (a, b) -> a * b)];
        for (int i = 0; i < v.length; i++) v[i] = (float) (r.nextDouble() - 0.5) * 0.5f;
        return new ModelFuzzer.Tensor(name, GgmlType.F32, shape, ModelFuzzer.encode(v, GgmlType.F32));
    }

    // ------------------------------------------------------------------ running

    /**
     * Loads a case's projector for the base model, and if it loads, decodes a prompt holding the
     * case's image through it and generates 3 tokens greedily.
     *
     * @return GENERATED when everything worked, else {@link FuzzTarget#classify} of the exception that ended it
     */
    Outcome run(Case c, StringBuilder message) {
        LlamaModel m = model();
        try (MultimodalProjector p = MultimodalProjector.load(m, c.file(), ProjectorParams.builder().threads(1).gpu(false).build());
             LlamaContext ctx = m.newContext(ContextParams.builder().contextSize(256).batchSize(256).threads(1).build())) {
            ctx.complete(MultimodalPrompt.of(p, PROMPT, Media.fromBytes(c.image())),
                    GenerateParams.builder().maxTokens(3).sampler(Sampler.greedy()).build());
            return Outcome.GENERATED;
        } catch (RuntimeException e) {
            return FuzzTarget.classify(e, message);
        }
    }
}
