/**
 * Structured output: JSON Schema to GBNF grammars, Java records to JSON Schema, and constrained
 * generation that returns typed values ({@link io.github.llamaffm.json.StructuredOutput}).
 * Pure Java; the grammar is enforced by llama.cpp's grammar sampler.
 */
package io.github.llamaffm.json;
