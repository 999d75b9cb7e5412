/**
 * Evaluation of models on text, as llama.cpp's {@code llama-perplexity} program does it, and with
 * the same results: {@link io.github.llamaffm.eval.Perplexity perplexity}, the
 * {@link io.github.llamaffm.eval.KlDivergence KL divergence} of a model (a quantization) from a
 * reference whose log-probabilities were saved in llama.cpp's file format, and
 * {@link io.github.llamaffm.eval.Scoring scoring} of a continuation after a prompt.
 */
package io.github.llamaffm.eval;
