/**
 * A real model for tests: {@link io.github.llamaffm.testkit.onnx.OnnxBertConverter} turns a BERT
 * sentence encoder exported to ONNX, with its Hugging Face {@code tokenizer.json}, into the GGUF
 * file llama.cpp's own converter would write (for example all-MiniLM-L6-v2 from LangChain4j's
 * Maven artifact, whose ONNX Runtime model is then an independent oracle for the embeddings).
 * Pure Java: a small protocol-buffer reader and JSON reader of its own, and the core's GGUF writer.
 */
package io.github.llamaffm.testkit.onnx;
