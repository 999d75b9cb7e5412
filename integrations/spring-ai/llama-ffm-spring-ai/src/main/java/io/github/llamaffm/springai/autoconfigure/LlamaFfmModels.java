package io.github.llamaffm.springai.autoconfigure;

import io.github.llamaffm.LlamaException;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.ModelParams;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The GGUF files the auto-configuration loaded, each once (the chat and embedding models may be the
 * same file); closing it closes them all, after the models built on them.
 */
public final class LlamaFfmModels implements AutoCloseable {
    private final ModelParams params;
    private final Map<Path, LlamaModel> loaded = new LinkedHashMap<>();

    /**
     * Creates an empty registry.
     *
     * @param params how every file is loaded
     */
    public LlamaFfmModels(ModelParams params) {
        this.params = params;
    }

    /**
     * The model of a file, loaded on first use.
     *
     * @param property the property that names the file (for error messages)
     * @param file     the file
     * @return the model
     * @throws InvalidConfigurationPropertyValueException if the file is missing, unreadable or not a
     *                                                    model llama.cpp can load
     */
    public synchronized LlamaModel get(String property, String file) {
        if (file == null || file.isBlank()) throw new InvalidConfigurationPropertyValueException(property, file, "no model file given");
        Path path = Path.of(file).toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) throw new InvalidConfigurationPropertyValueException(property, file, "no such file: " + path);
        if (!Files.isReadable(path)) throw new InvalidConfigurationPropertyValueException(property, file, "the file cannot be read: " + path);
        LlamaModel m = loaded.get(path);
        if (m == null) {
            try {
                m = LlamaModel.load(path, params);
            } catch (LlamaException | IllegalArgumentException e) {
                throw new InvalidConfigurationPropertyValueException(property, file, "not a model llama.cpp can load: " + e.getMessage());
            }
            loaded.put(path, m);
        }
        return m;
    }

    /** Closes every model loaded (idempotent). */
    @Override
    public synchronized void close() {
        List<LlamaModel> all = new ArrayList<>(loaded.values());
        loaded.clear();
        for (LlamaModel m : all.reversed()) m.close();
    }
}
