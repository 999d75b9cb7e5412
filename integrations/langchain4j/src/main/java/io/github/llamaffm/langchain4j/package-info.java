/**
 * LangChain4j models over llama-ffm: local GGUF models run by llama.cpp in the JVM's process.
 *
 * <ul>
 *   <li>{@link io.github.llamaffm.langchain4j.LlamaChatModel} and
 *       {@link io.github.llamaffm.langchain4j.LlamaStreamingChatModel}: chat with tools, JSON
 *       output by grammar, reasoning, many threads served at once by continuous batching;</li>
 *   <li>{@link io.github.llamaffm.langchain4j.LlamaChatRequestParameters}: llama.cpp's sampler
 *       settings beyond LangChain4j's common ones;</li>
 *   <li>{@link io.github.llamaffm.langchain4j.LlamaEmbeddingModel}: text embeddings;</li>
 *   <li>{@link io.github.llamaffm.langchain4j.LlamaScoringModel}: reranking.</li>
 * </ul>
 *
 * <p>The providers use llama-ffm's public API only; see docs/LANGCHAIN4J.md.
 */
package io.github.llamaffm.langchain4j;
