package io.github.llamaffm.internal;

import io.github.llamaffm.LlamaException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;

/**
 * The {@code LLFFST02} format of saved context and sequence states (pure Java; the native copy is
 * {@link ContextHandle#stateData} / {@link ContextHandle#setStateData}).
 *
 * <p>Layout, little-endian: magic, model fingerprint, sequence (-1: whole context), token count
 * (-1: unknown), the tokens, llama.cpp's byte count, CRC-32 of those bytes, the bytes. The CRC
 * catches corruption that llama.cpp's reader would take as valid KV data.
 */
public final class StateCodec {
    private static final long MAGIC = 0x4c4c464653543032L; // "LLFFST02"
    private static final int HEADER = 8 + 8 + 4 + 4;

    private StateCodec() {}

    /**
     * A decoded state.
     *
     * @param tokens the remembered tokens of sequence 0, or null if unknown
     * @param offset where llama.cpp's bytes start in the input
     * @param length their count
     */
    public record Decoded(int[] tokens, int offset, int length) {}

    /**
     * Encodes a state.
     *
     * @param fingerprint the model's fingerprint
     * @param sequence    the sequence, or -1 for the whole context
     * @param tokens      the remembered tokens, or null if unknown
     * @param data        llama.cpp's state bytes
     * @return the encoded state
     * @throws LlamaException if it is over 2 GiB
     */
    public static byte[] encode(long fingerprint, int sequence, int[] tokens, MemorySegment data) {
        long n = data.byteSize();
        int count = tokens == null ? 0 : tokens.length;
        try {
            ByteBuffer out = ByteBuffer.allocate(Math.toIntExact(HEADER + 4L * count + 16 + n)).order(ByteOrder.LITTLE_ENDIAN);
            out.putLong(MAGIC).putLong(fingerprint).putInt(sequence).putInt(tokens == null ? -1 : count);
            for (int i = 0; i < count; i++) out.putInt(tokens[i]);
            CRC32 crc = new CRC32();
            crc.update(data.asByteBuffer());
            out.putLong(n).putLong(crc.getValue());
            out.put(data.asByteBuffer());
            return out.array();
        } catch (ArithmeticException e) {
            throw new LlamaException("the state is larger than 2 GiB; save it to a file", e);
        }
    }

    /**
     * Decodes and checks a state.
     *
     * @param state       the encoded state
     * @param fingerprint the fingerprint of the model it must come from
     * @param modelName   that model's file name, for messages
     * @param sequence    the sequence it is restored into, or -1 for the whole context
     * @param nCtx        the context size (most tokens)
     * @param vocabSize   the vocabulary size (token ids below it)
     * @return what it holds
     * @throws LlamaException if it is not a state, of another kind or model, or corrupt
     */
    public static Decoded decode(byte[] state, long fingerprint, String modelName, int sequence, int nCtx, int vocabSize) {
        ByteBuffer in = ByteBuffer.wrap(state).order(ByteOrder.LITTLE_ENDIAN);
        if (in.remaining() < HEADER || in.getLong() != MAGIC) throw new LlamaException("not a llama-ffm state");
        if (in.getLong() != fingerprint) {
            throw new LlamaException("the state was saved from another model than " + modelName);
        }
        int savedSequence = in.getInt();
        if ((savedSequence < 0) != (sequence < 0)) {
            throw new LlamaException(savedSequence < 0 ? "this is a whole-context state: use restoreState"
                    : "this is the state of one sequence: use restoreSequence");
        }
        int count = in.getInt();
        if (count < -1 || count > nCtx || in.remaining() < 4L * Math.max(count, 0) + 16) {
            throw new LlamaException("corrupt state: " + count + " tokens for a context of " + nCtx);
        }
        int[] tokens = new int[Math.max(count, 0)];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = in.getInt();
            if (tokens[i] < 0 || tokens[i] >= vocabSize) throw new LlamaException("corrupt state: token " + tokens[i]);
        }
        long n = in.getLong();
        long expectedCrc = in.getLong();
        if (n <= 0 || n != in.remaining()) throw new LlamaException("corrupt state: " + n + " bytes of llama.cpp state, " + in.remaining() + " present");
        CRC32 crc = new CRC32();
        crc.update(state, in.position(), (int) n);
        if (crc.getValue() != expectedCrc) throw new LlamaException("corrupt state: checksum mismatch");
        return new Decoded(count < 0 ? null : tokens, in.position(), (int) n);
    }

    /**
     * Writes a state file.
     *
     * @param file  the file (replaced)
     * @param bytes the state
     * @throws UncheckedIOException if it cannot be written
     */
    public static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a state to " + file, e);
        }
    }

    /**
     * Reads a state file.
     *
     * @param file the file
     * @return its bytes
     * @throws UncheckedIOException if it cannot be read
     */
    public static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a state from " + file, e);
        }
    }
}
