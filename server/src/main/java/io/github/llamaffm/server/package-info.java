/**
 * An OpenAI-compatible HTTP server over llama-ffm: {@link io.github.llamaffm.server.LlamaServer}
 * (chat completions with tools and JSON-schema output, completions, embeddings, rerank, models,
 * health, metrics, and a chat page at {@code /}) started from
 * {@link io.github.llamaffm.server.ServerOptions}, and the command line
 * {@link io.github.llamaffm.server.ServerMain}. See docs/SERVER.md.
 */
package io.github.llamaffm.server;
