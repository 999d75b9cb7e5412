package io.github.llamaffm.internal;

import io.github.llamaffm.ModelLoadException;
import io.github.llamaffm.gguf.GgufFile;
import io.github.llamaffm.gguf.GgufFormatException;
import io.github.llamaffm.gguf.GgufType;
import io.github.llamaffm.gguf.GgufValue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import static io.github.llamaffm.internal.MetadataReads.q;

/**
 * Checks a model or LoRA adapter file in Java before llama.cpp opens it, so that a hostile or
 * corrupt file ends in a {@link ModelLoadException} instead of one of the assertions
 * ({@code GGML_ASSERT}, {@code GGML_ABORT}, an uncaught C++ exception) with which llama.cpp stops
 * the whole process.
 *
 * <p>The structure (header, key/value types, string and array lengths, tensor dimensions, types,
 * offsets, alignment, data inside the file, overflow) is checked by {@link GgufFile#read}. This
 * class adds the invariants that llama.cpp asserts instead of reporting; each check names the
 * assertion it pre-empts ({@code file:line} of the pinned llama.cpp release). Checks that
 * llama.cpp makes itself and reports as an error (a missing key, a key of the wrong type, a
 * tensor of the wrong shape) are left to it. Only metadata is read, never tensor data.
 *
 * <p>Architecture-independent invariants (vocabulary, the hyper-parameters every architecture's
 * loader reads, LoRA metadata types) are checked for every file; the per-architecture ones for
 * {@code llama}, and the M-RoPE sections for the architectures that use them ({@code qwen2vl}, …). Files of other architectures pass to llama.cpp after the generic checks.
 *
 * <p>This class is the entry point and checks the LoRA metadata; the other invariants live in
 * {@code VocabCheck} (with {@code TokenizerCheck} for the tokenizers' own tables),
 * {@code TensorCheck} and {@code HyperParameterCheck}, over the shared readers of
 * {@code MetadataReads}.
 *
 * <p>The system property {@value #SWITCH}{@code =false} turns the check off (for measuring its
 * cost and for testing the abort safety net in {@link NativeAbort}); never do that for files
 * from untrusted sources.
 */
public final class ModelFileCheck {
    /** The system property that, set to {@code false}, skips the check. */
    public static final String SWITCH = "llama.ffm.modelFileCheck";

    private ModelFileCheck() {}

    /** A broken invariant: what (a key or tensor) and why. */
    static final class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Problem(String message) {
            super(message, null, false, false);
        }
    }

    private static boolean enabled() {
        return !"false".equalsIgnoreCase(System.getProperty(SWITCH));
    }

    /**
     * Checks a model file.
     *
     * @param path the file (absolute, for the message)
     * @throws ModelLoadException when the file is not valid GGUF or breaks an invariant that
     *                            llama.cpp would assert
     */
    public static void checkModel(Path path) {
        if (!enabled()) return;
        try (GgufFile f = open(path, "model")) {
            VocabCheck.check(f);
            TensorCheck.check(f, false);
            HyperParameterCheck.check(f);
        } catch (Problem p) {
            throw new ModelLoadException("cannot load model " + path + ": " + p.getMessage());
        }
    }

    /**
     * Checks a LoRA adapter file.
     *
     * @param path the file (absolute, for the message)
     * @throws ModelLoadException when the file is not valid GGUF or breaks an invariant that
     *                            llama.cpp would assert
     */
    public static void checkAdapter(Path path) {
        if (!enabled()) return;
        try (GgufFile f = open(path, "LoRA adapter")) {
            // llama-adapter.cpp:195-201 reads these with gguf_get_val_str / gguf_get_val_f32, whose
            // get_val<T> asserts the stored type (gguf.cpp:195 GGML_ASSERT(type_to_gguf_type<T>::value == type)).
            requireTypeIfPresent(f, "general.type", GgufType.STRING);
            requireTypeIfPresent(f, GgufFile.ARCHITECTURE_KEY, GgufType.STRING);
            requireTypeIfPresent(f, "adapter.type", GgufType.STRING);
            requireTypeIfPresent(f, "adapter.lora.alpha", GgufType.FLOAT32);
            TensorCheck.check(f, true);
        } catch (Problem p) {
            throw new ModelLoadException("cannot load the LoRA adapter " + path + ": " + p.getMessage());
        }
    }

    private static GgufFile open(Path path, String what) {
        try {
            return GgufFile.read(path);
        } catch (GgufFormatException e) {
            throw new ModelLoadException("cannot load " + what + " " + path + ": not a valid GGUF file: " + e.getMessage()
                    + ggufReason(path), e);
        } catch (IOException e) {
            throw new ModelLoadException("cannot load " + what + " " + path + ": " + e, e);
        }
    }

    /**
     * What llama.cpp's own GGUF parser (gguf.cpp, metadata only) says about a file the Java reader
     * refused, as " (llama.cpp: ...)", or "" when it says nothing or accepts the file.
     */
    private static String ggufReason(Path path) {
        try (java.lang.foreign.Arena arena = java.lang.foreign.Arena.ofShared()) {
            java.lang.foreign.MemorySegment params = io.github.llamaffm.bindings.gguf_init_params.allocate(arena);
            io.github.llamaffm.bindings.gguf_init_params.no_alloc(params, true);
            io.github.llamaffm.bindings.gguf_init_params.ctx(params, java.lang.foreign.MemorySegment.NULL);
            java.lang.foreign.MemorySegment name = arena.allocateFrom(path.toString());
            NativeAbort.Loaded<java.lang.foreign.MemorySegment> r = NativeAbort.load("reading " + path,
                    () -> io.github.llamaffm.bindings.llama_h.gguf_init_from_file(name, params));
            if (!Native.isNull(r.value())) {
                io.github.llamaffm.bindings.llama_h.gguf_free(r.value());
                return "";
            }
            return r.recentLog();
        } catch (RuntimeException e) {
            return "";
        }
    }

    // ------------------------------------------------------------------ LoRA metadata

    private static void requireTypeIfPresent(GgufFile f, String key, GgufType type) {
        Optional<GgufValue> v = f.get(key);
        if (v.isPresent() && v.get().type() != type) {
            throw new Problem("key " + q(key) + " is a " + v.get().type() + ", not a " + type);
        }
    }
}
