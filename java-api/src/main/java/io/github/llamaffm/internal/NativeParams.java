package io.github.llamaffm.internal;

import io.github.llamaffm.bindings.llama_context_params;
import io.github.llamaffm.bindings.llama_model_params;

import java.lang.foreign.MemorySegment;

/** Writes the settings of the public parameter classes into llama.cpp's parameter structs (other fields keep llama.cpp's defaults). */
public final class NativeParams {
    private NativeParams() {}

    /**
     * Fills a {@code llama_context_params}.
     *
     * @param p            the struct, from {@code llama_context_default_params}
     * @param contextSize  n_ctx
     * @param batchSize    n_batch
     * @param microBatch   n_ubatch
     * @param sequences    n_seq_max
     * @param threads      n_threads
     * @param batchThreads n_threads_batch
     * @param flashAttn    flash_attn_type
     * @param embeddings   embeddings
     * @param offloadKqv   offload_kqv
     * @param unifiedKv    kv_unified
     * @param pooling      pooling_type
     */
    public static void context(MemorySegment p, int contextSize, int batchSize, int microBatch, int sequences, int threads,
                               int batchThreads, int flashAttn, boolean embeddings, boolean offloadKqv, boolean unifiedKv, int pooling) {
        llama_context_params.n_ctx(p, contextSize);
        llama_context_params.n_batch(p, batchSize);
        llama_context_params.n_ubatch(p, microBatch);
        llama_context_params.n_seq_max(p, sequences);
        llama_context_params.n_threads(p, threads);
        llama_context_params.n_threads_batch(p, batchThreads);
        llama_context_params.flash_attn_type(p, flashAttn);
        llama_context_params.embeddings(p, embeddings);
        llama_context_params.offload_kqv(p, offloadKqv);
        llama_context_params.kv_unified(p, unifiedKv);
        llama_context_params.pooling_type(p, pooling);
        llama_context_params.no_perf(p, true);
    }

    /**
     * Fills a {@code llama_model_params}.
     *
     * @param p            the struct, from {@code llama_model_default_params}
     * @param gpuLayers    n_gpu_layers
     * @param mainGpu      main_gpu
     * @param splitMode    split_mode
     * @param loadMode     load_mode
     * @param vocabOnly    vocab_only
     * @param checkTensors check_tensors
     */
    public static void model(MemorySegment p, int gpuLayers, int mainGpu, int splitMode, int loadMode, boolean vocabOnly,
                             boolean checkTensors) {
        llama_model_params.n_gpu_layers(p, gpuLayers);
        llama_model_params.main_gpu(p, mainGpu);
        llama_model_params.split_mode(p, splitMode);
        llama_model_params.load_mode(p, loadMode);
        llama_model_params.vocab_only(p, vocabOnly);
        llama_model_params.check_tensors(p, checkTensors);
    }
}
