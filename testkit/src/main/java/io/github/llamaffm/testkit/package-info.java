/**
 * Model files for tests, examples and benchmarks, written with the GGUF writer of
 * {@link io.github.llamaffm.gguf}: no model needs to be downloaded.
 *
 * <ul>
 *   <li>{@link io.github.llamaffm.testkit.RandomLlamaModel} writes a llama-architecture model with
 *       seeded random weights and a real tokenizer copied from one of llama.cpp's vocabulary files
 *       ({@code models/ggml-vocab-*.gguf}), from a tiny shape that loads in milliseconds to the
 *       shape of Llama 3.2 1B. The weights give real speed and deterministic output, not sensible
 *       text.</li>
 *   <li>{@link io.github.llamaffm.testkit.RandomLoraAdapter} writes a LoRA adapter with seeded
 *       random low-rank matrices for such a model.</li>
 *   <li>{@link io.github.llamaffm.testkit.RandomProjector} writes a multimodal projector (LLaVA's
 *       {@code mlp} over a small vision encoder, the "mmproj" file of llama.cpp's libmtmd) with
 *       seeded random weights for such a model, and {@link io.github.llamaffm.testkit.TestImages}
 *       makes seeded images encoded by the JDK (PNG, BMP, JPEG).</li>
 *   <li>{@link io.github.llamaffm.testkit.RandomLlamaModel#qwen2vlTiny()} writes a Qwen2-VL text
 *       model instead (architecture {@code qwen2vl}: M-RoPE sections, q/k/v biases, Qwen2-VL's vision
 *       tokens in the qwen2 vocabulary), and {@link io.github.llamaffm.testkit.RandomQwen2VlProjector}
 *       a matching {@code qwen2vl_merger} projector, for models whose images fill fewer positions
 *       than tokens.</li>
 * </ul>
 *
 * <p>The same settings and seed always give a byte-identical file. Nothing here calls native
 * code; the files are for llama.cpp (through {@code io.github.llamaffm.LlamaModel}) or its own
 * programs to load.
 */
package io.github.llamaffm.testkit;
