package io.github.llamaffm.langchain4j;

import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.ModelParams;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The model a provider serves: one it loads from a file (and owns, so closes) or one it is
 * given (and never closes).
 */
final class ModelSource {
    private ModelSource() {}

    /** A model and whether the provider owns it. */
    record Loaded(LlamaModel model, boolean owned) {
        /** Closes the model if the provider loaded it. */
        void release() {
            if (owned) model.close();
        }
    }

    /** Checks the configuration and loads the model when given a path. */
    static Loaded open(Path path, LlamaModel model, ModelParams params) {
        if ((path == null) == (model == null)) {
            throw new IllegalArgumentException("give the model either as modelPath(Path) or as model(LlamaModel), exactly one");
        }
        if (model != null) {
            if (model.isClosed()) throw new IllegalArgumentException("the LlamaModel given is closed");
            return new Loaded(model, false);
        }
        if (!Files.isRegularFile(path)) throw new IllegalArgumentException("model file not found: " + path.toAbsolutePath());
        return new Loaded(params == null ? LlamaModel.load(path) : LlamaModel.load(path, params), true);
    }

    /** The model's own name ({@code general.name}), else its file name without {@code .gguf}. */
    static String defaultName(LlamaModel model) {
        String name = model.metadata().get("general.name");
        if (name != null && !name.isBlank()) return name;
        String file = model.path().getFileName().toString();
        return file.endsWith(".gguf") ? file.substring(0, file.length() - 5) : file;
    }

    static int atLeastOne(Integer value, String name) {
        if (value != null && value < 1) throw new IllegalArgumentException(name + " must be >= 1: " + value);
        return value == null ? 0 : value;
    }
}
