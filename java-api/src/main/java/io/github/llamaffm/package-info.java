/**
 * llama.cpp in the JVM: load a GGUF model, open contexts on it, generate.
 *
 * <h2>Model, context, generation</h2>
 * <pre>{@code
 * GenerateParams gp = GenerateParams.builder().maxTokens(128)
 *         .sampler(Sampler.builder().topK(40).topP(0.95f).temperature(0.8f).seed(42).build()).build();
 * try (LlamaModel model = LlamaModel.load(Path.of("model.gguf"));
 *      LlamaContext ctx = model.newContext(ContextParams.builder().contextSize(4096).build())) {
 *     for (Token t : ctx.generate("The capital of France is", gp)) System.out.print(t.text());
 * }
 * }</pre>
 * <ul>
 *   <li>{@link io.github.llamaffm.LlamaModel}: the weights, the {@link io.github.llamaffm.Vocab}
 *       (tokenizer) and metadata; {@link io.github.llamaffm.LoraAdapter}s load onto it.</li>
 *   <li>{@link io.github.llamaffm.LlamaContext}: the KV memory of one or more sequences
 *       ({@link io.github.llamaffm.KvMemory}) and the buffers to decode; streaming generation
 *       ({@link io.github.llamaffm.Generation}), hand-made batches ({@link io.github.llamaffm.Batch}),
 *       embeddings, reranking, saved states. {@link io.github.llamaffm.BatchGenerator} serves many
 *       requests from one context by continuous batching.</li>
 *   <li>Settings are immutable values, free of native state, shareable by any number of threads:
 *       {@link io.github.llamaffm.ModelParams}, {@link io.github.llamaffm.ContextParams},
 *       {@link io.github.llamaffm.GenerateParams}, {@link io.github.llamaffm.Sampler}.</li>
 *   <li>{@link io.github.llamaffm.Llama}: the process-wide runtime (version, devices); the native
 *       libraries load on first use of any class that needs them.</li>
 * </ul>
 * Chat ({@code io.github.llamaffm.chat}), JSON-constrained output ({@code io.github.llamaffm.json})
 * and the pure-Java GGUF reader and writer ({@code io.github.llamaffm.gguf}) build on this package.
 *
 * <h2>Ownership</h2>
 * Ownership is a tree: a model owns its contexts, adapters and sampler chains; closing it closes
 * them first, then frees the model. Every {@code close()} is idempotent; any use after close is an
 * {@link java.lang.IllegalStateException}. A close may come from another thread (a running decode
 * is aborted and waited for) or from a callback inside a running call (a token consumer, a log
 * listener): the object is closed at once and its memory freed when that call returns.
 *
 * <h2>Threads</h2>
 * A {@code LlamaModel} may be used by any number of threads at once. A {@code LlamaContext},
 * {@code SamplerChain} or {@code Batch} is used by one thread at a time: a second thread that
 * tries while the first is inside a call gets an {@code IllegalStateException} at once, never a
 * race inside llama.cpp. Generation is cancelled by {@link io.github.llamaffm.Generation#cancel()},
 * a {@link io.github.llamaffm.Cancellation} or {@link java.lang.Thread#interrupt()}.
 *
 * <h2>Errors</h2>
 * Failures in llama.cpp are {@link io.github.llamaffm.LlamaException}s carrying its own message
 * ({@link io.github.llamaffm.ModelLoadException}, {@link io.github.llamaffm.DecodeException},
 * {@link io.github.llamaffm.ContextFullException}); bad arguments are refused in Java before they
 * reach C ({@code IllegalArgumentException}, {@code NullPointerException}). Model and adapter files
 * are checked before llama.cpp opens them, so a hostile file is an exception, not a crash.
 *
 * <h2>Logging</h2>
 * llama.cpp's and ggml's log goes to SLF4J, logger {@code llama.cpp}, never to stdout. Its ERROR
 * and WARN stay ERROR and WARN; its INFO, which is chatty (a model load alone logs every metadata
 * key and buffer size), is DEBUG; its DEBUG is TRACE; a continued message keeps the level of the
 * line it continues. At an application's usual INFO level only llama.cpp's warnings and errors
 * show; set {@code llama.cpp} to DEBUG to see what llama.cpp's own programs print.
 */
package io.github.llamaffm;
