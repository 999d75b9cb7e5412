/**
 * Spring AI models over llama-ffm: {@link io.github.llamaffm.springai.LlamaChatModel} (a
 * {@code ChatModel} over the core's continuous-batching {@code ChatEngine}, with tools and JSON
 * output through grammars), its {@link io.github.llamaffm.springai.LlamaChatOptions}, and
 * {@link io.github.llamaffm.springai.LlamaEmbeddingModel}. They use the core's public API only.
 */
package io.github.llamaffm.springai;
