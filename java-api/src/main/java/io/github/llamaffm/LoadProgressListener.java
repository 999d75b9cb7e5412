package io.github.llamaffm;

/**
 * Told how far a model load has come. Called on the loading thread, from inside llama.cpp: keep
 * it short. An exception it throws cancels the load and is the cause of the
 * {@link ModelLoadException} that {@link LlamaModel#load(java.nio.file.Path, ModelParams, LoadProgressListener)}
 * then throws.
 */
@FunctionalInterface
public interface LoadProgressListener {
    /**
     * Reports progress.
     *
     * @param fraction between 0 and 1
     * @return true to go on, false to cancel the load
     */
    boolean onProgress(float fraction);
}
