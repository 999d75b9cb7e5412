/**
 * {@code make bench-server}: llama-ffm-server against llama.cpp's llama-server from the client
 * side, and the load and fault run.
 */
package io.github.llamaffm.bench.server;
