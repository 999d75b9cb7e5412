package io.github.llamaffm.bench;

import io.github.llamaffm.Llama;
import io.github.llamaffm.Quantization;
import io.github.llamaffm.gguf.GgmlType;
import io.github.llamaffm.gguf.GgufWriter;
import io.github.llamaffm.testkit.RandomLlamaModel;
import io.github.llamaffm.testkit.RandomProjector;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The benchmark's models: random weights with the real llama-bpe tokenizer, written once into a
 * cache folder outside the clone. Each file name carries a key hashed from everything that
 * produced it (shape, seed, vocabulary bytes, the writer's classes, the llama.cpp version that
 * quantized it), so a change to any of them writes a new file instead of reusing a stale one.
 */
public final class BenchModels {
    /** Bump when the way models are made here changes. */
    private static final String RECIPE = "bench-models-1";
    private static final long SEED = 20240925L;

    /** A model the benchmark can run. */
    public enum Model {
        /** The Llama-3.2-1B shape, weights quantized to Q4_0. */
        LLAMA32_1B_Q4_0("1b-q4_0", "Llama-3.2-1B shape Q4_0", Quantization.Q4_0),
        /** The Llama-3.2-1B shape, weights quantized to Q8_0. */
        LLAMA32_1B_Q8_0("1b-q8_0", "Llama-3.2-1B shape Q8_0", Quantization.Q8_0),
        /** {@link RandomLlamaModel#tiny()} (64 wide, 2 blocks) in F32 with the same 128k vocabulary. */
        TINY("tiny", "tiny F32", null),
        /** The {@link #TINY} weights quantized to Q4_0 (a draft for smoke runs of the speculative benchmark). */
        TINY_Q4_0("tiny-q4_0", "tiny Q4_0", Quantization.Q4_0);

        private final String id;
        private final String label;
        private final Quantization quantization;

        Model(String id, String label, Quantization quantization) {
            this.id = id;
            this.label = label;
            this.quantization = quantization;
        }

        /**
         * The short name used on the command line and in reports.
         *
         * @return e.g. {@code 1b-q4_0}
         */
        public String id() {
            return id;
        }

        /**
         * A readable description for tables.
         *
         * @return e.g. {@code Llama-3.2-1B shape Q4_0}
         */
        public String label() {
            return label;
        }

        /**
         * Finds a model by its {@link #id()}.
         *
         * @param id the short name
         * @return the model
         * @throws IllegalArgumentException if no model has that name
         */
        public static Model byId(String id) {
            for (Model m : values()) if (m.id.equalsIgnoreCase(id)) return m;
            throw new IllegalArgumentException("unknown model '" + id + "'; one of " + List.of(values()).stream().map(Model::id).toList());
        }
    }

    private final Path dir;
    private final Path vocabulary;
    private final int threads;

    /**
     * Creates the cache.
     *
     * @param dir        the cache folder (created when needed)
     * @param vocabulary llama.cpp's {@code models/ggml-vocab-llama-bpe.gguf}
     * @param threads    threads for quantizing
     */
    public BenchModels(Path dir, Path vocabulary, int threads) {
        this.dir = dir;
        this.vocabulary = vocabulary;
        this.threads = threads;
    }

    /**
     * The default cache folder: {@code ${XDG_CACHE_HOME:-$HOME/.cache}/llama-ffm/bench-models}.
     *
     * @return the folder
     */
    public static Path defaultDir() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("llama-ffm").resolve("bench-models");
    }

    /**
     * Returns the model's file, writing it first if the cache has none for the current key.
     *
     * @param model which model
     * @return the GGUF file
     * @throws UncheckedIOException if it cannot be written
     */
    public Path file(Model model) {
        try {
            Files.createDirectories(dir);
            return switch (model) {
                case TINY -> cached("random-llama-tiny-F32", RandomLlamaModel.tiny().seed(SEED).vocabulary(vocabulary));
                case TINY_Q4_0 -> quantized(file(Model.TINY), model.quantization);
                case LLAMA32_1B_Q4_0, LLAMA32_1B_Q8_0 -> {
                    Path f16 = cached("random-llama-3.2-1b-F16",
                            RandomLlamaModel.llama32_1b().seed(SEED).tensorType(GgmlType.F16).vocabulary(vocabulary));
                    yield quantized(f16, model.quantization);
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the benchmark model " + model.id() + " into " + dir, e);
        }
    }

    private Path cached(String name, RandomLlamaModel.Builder builder) throws IOException {
        return cached(name, key(name), tmp -> builder.build().write(tmp));
    }

    /** Writes {@code <name>-<key>.gguf} through a temporary file unless it exists. */
    private Path cached(String name, String key, FileWriter writer) throws IOException {
        Path out = dir.resolve(name + "-" + key + ".gguf");
        if (Files.isRegularFile(out)) return out;
        System.err.println("writing " + out + " (once)");
        Path tmp = Files.createTempFile(dir, name, ".tmp");
        try {
            writer.write(tmp);
            Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return out;
    }

    /** Writes one file. */
    private interface FileWriter {
        void write(Path path) throws IOException;
    }

    private Path quantized(Path source, Quantization q) throws IOException {
        String base = source.getFileName().toString().replaceFirst("\\.gguf$", "");
        Path out = dir.resolve(base + "-" + q.name() + "-" + key(base + q.name() + Llama.version()) + ".gguf");
        if (Files.isRegularFile(out)) return out;
        System.err.println("quantizing " + source.getFileName() + " to " + q + " (once)");
        Path tmp = Files.createTempFile(dir, base + "-" + q.name(), ".tmp");
        try {
            q.quantize(source, tmp, threads);
            Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return out;
    }

    /** The projector shapes the multimodal benchmark can run. */
    public enum ProjectorShape {
        /** {@link RandomProjector}'s defaults: a 32-wide encoder of 2 blocks, 32-pixel images, 16 tokens. */
        TINY("tiny", "32-wide, 2 blocks, 32 px, 16 tokens"),
        /** A ViT-B/16 at 224 pixels (768 wide, 3072 feed-forward, 12 blocks, 4 heads): 196 tokens per image. */
        VIT_B16("vit-b16", "ViT-B/16-sized (768 wide, 12 blocks), 224 px, 196 tokens");

        private final String id;
        private final String label;

        ProjectorShape(String id, String label) {
            this.id = id;
            this.label = label;
        }

        /**
         * A readable description for tables.
         *
         * @return e.g. {@code ViT-B/16-sized (768 wide, 12 blocks), 224 px, 196 tokens}
         */
        public String label() {
            return label;
        }

        /**
         * Finds a shape by its short name.
         *
         * @param id {@code tiny} or {@code vit-b16}
         * @return the shape
         * @throws IllegalArgumentException if no shape has that name
         */
        public static ProjectorShape byId(String id) {
            for (ProjectorShape s : values()) if (s.id.equalsIgnoreCase(id)) return s;
            throw new IllegalArgumentException("unknown projector shape '" + id + "'; one of tiny, vit-b16");
        }
    }

    /**
     * Returns a random-weight LLaVA projector of {@code shape} for a model of
     * {@code embeddingLength}, writing it first if the cache has none for the current key.
     *
     * @param shape           the encoder's shape
     * @param embeddingLength the text model's embedding width (the projector's output width)
     * @return the projector GGUF file
     * @throws UncheckedIOException if it cannot be written
     */
    public Path projector(ProjectorShape shape, int embeddingLength) {
        RandomProjector p = RandomProjector.ofWidth(embeddingLength).seed(SEED);
        if (shape == ProjectorShape.VIT_B16) p.encoder(768, 3072).blockCount(12).imageSize(224, 16);
        String name = "random-mmproj-" + shape.id + "-" + embeddingLength;
        try {
            Files.createDirectories(dir);
            return cached(name, key(name, RandomProjector.class), p::write);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the benchmark projector " + name + " into " + dir, e);
        }
    }

    /** Hash of the recipe, the seed, the vocabulary's bytes and the bytes of the classes that write models (and {@code more}). */
    private String key(String what, Class<?>... more) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((RECIPE + "|" + what + "|" + SEED + "|").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            md.update(Files.readAllBytes(vocabulary));
            List<Class<?>> writers = new java.util.ArrayList<>(List.of(RandomLlamaModel.class, RandomLlamaModel.Builder.class, GgufWriter.class));
            writers.addAll(List.of(more));
            for (Class<?> c : writers) {
                try (InputStream in = c.getResourceAsStream(c.getName().substring(c.getName().lastIndexOf('.') + 1) + ".class")) {
                    if (in != null) md.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(md.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
