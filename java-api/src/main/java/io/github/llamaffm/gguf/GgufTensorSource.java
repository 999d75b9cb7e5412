package io.github.llamaffm.gguf;

import java.io.IOException;
import java.nio.channels.WritableByteChannel;

/**
 * Produces a tensor's data while a {@link GgufWriter} writes the file, so that large tensors need
 * not be held in memory. The source writes exactly the tensor's size in bytes, in the file's
 * little-endian layout, to the channel it is given; writing more fails at once and writing fewer
 * fails when the source returns. The channel is valid only during the call and must not be closed.
 * A source may be called once per {@link GgufWriter#write(java.nio.file.Path)}.
 */
@FunctionalInterface
public interface GgufTensorSource {
    /**
     * Writes the tensor's bytes.
     *
     * @param out where to write them; owned by the writer
     * @throws IOException when writing fails or the data cannot be produced
     */
    void writeTo(WritableByteChannel out) throws IOException;
}
