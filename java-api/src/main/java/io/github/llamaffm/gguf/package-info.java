/**
 * Pure-Java reading and writing of GGUF files, the model format of llama.cpp. Nothing in this
 * package calls native code or needs the llama.cpp libraries, and it uses no other package of
 * this project.
 *
 * <ul>
 *   <li>{@link io.github.llamaffm.gguf.GgufFile} reads a file's header, metadata and tensor table
 *       (GGUF versions 2 and 3) through a read-only memory mapping, and gives tensor bytes without
 *       loading the model. Every length, count and offset in the file is checked before it is used:
 *       a damaged or hostile file ends in a {@link io.github.llamaffm.gguf.GgufFormatException}
 *       naming the file, the byte offset and the problem.</li>
 *   <li>{@link io.github.llamaffm.gguf.GgufWriter} writes GGUF version 3 files: metadata of every
 *       value type and tensors from arrays or streamed from a
 *       {@link io.github.llamaffm.gguf.GgufTensorSource}.</li>
 * </ul>
 *
 * <p>Models with seeded random weights for tests and benchmarks are written with this writer by
 * the separate test kit, artifact {@code llama-ffm-testkit} (module
 * {@code io.github.llamaffm.testkit}).
 *
 * <p>Value types: {@link io.github.llamaffm.gguf.GgufType} (metadata) and
 * {@link io.github.llamaffm.gguf.GgmlType} (tensor element types with their block sizes).
 *
 * <p>Errors: a file that cannot be read, parsed or written is an {@link java.io.IOException} (a
 * {@link io.github.llamaffm.gguf.GgufFormatException} when its content is at fault), declared by
 * every method that reads or writes. Getters of what was already parsed throw unchecked
 * exceptions: {@link io.github.llamaffm.gguf.GgufValueException} when a value is not of the type
 * asked for or out of its range.
 */
package io.github.llamaffm.gguf;
