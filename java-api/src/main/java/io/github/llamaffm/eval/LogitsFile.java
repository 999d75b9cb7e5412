package io.github.llamaffm.eval;

import io.github.llamaffm.internal.LogitMath;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * llama.cpp's {@code --kl-divergence-base} file ({@code tools/perplexity/perplexity.cpp}), little
 * endian: the 8 bytes {@code _logits_}; int32 {@code n_ctx}, {@code n_vocab}, {@code n_chunk}; the
 * {@code n_chunk * n_ctx} int32 tokens of the evaluated text; then, per chunk, per scored token
 * ({@code n_ctx - 1 - n_ctx/2} of them), {@code nv = 2*((n_vocab+1)/2) + 4} uint16: two floats
 * ({@code scale}, {@code min_log_prob}) and one uint16 per vocabulary entry, the log-probability
 * {@code scale * q + min_log_prob} (entries more than 16 below the largest logit are 0), padded to
 * an even count.
 */
final class LogitsFile {
    static final byte[] MAGIC = "_logits_".getBytes(StandardCharsets.US_ASCII);
    static final int HEADER = 8 + 3 * 4;

    private LogitsFile() {}

    /** uint16 per scored token. */
    static int rowShorts(int nVocab) {
        return 2 * ((nVocab + 1) / 2) + 4;
    }

    /** Scored tokens per chunk. */
    static int scoredPerChunk(int nCtx) {
        return nCtx - 1 - nCtx / 2;
    }

    /** Writes a file; {@link #commit()} makes it appear under its name, else it is deleted on close. */
    static final class Writer implements AutoCloseable {
        private final Path target, tmp;
        private final FileChannel out;
        private final ByteBuffer row;
        private boolean committed;

        private Writer(Path target, Path tmp, FileChannel out, int nVocab) {
            this.target = target;
            this.tmp = tmp;
            this.out = out;
            this.row = ByteBuffer.allocate(rowShorts(nVocab) * 2).order(ByteOrder.LITTLE_ENDIAN);
        }

        static Writer open(Path file, int nCtx, int nVocab, int nChunk, int[] tokens) throws IOException {
            Path abs = file.toAbsolutePath();
            Path dir = abs.getParent();
            Path tmp = Files.createTempFile(dir, abs.getFileName().toString(), ".tmp");
            FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
            Writer w = new Writer(abs, tmp, ch, nVocab);
            try {
                int n = nChunk * nCtx;
                ByteBuffer h = ByteBuffer.allocate(HEADER + 4 * n).order(ByteOrder.LITTLE_ENDIAN);
                h.put(MAGIC).putInt(nCtx).putInt(nVocab).putInt(nChunk);
                for (int i = 0; i < n; i++) h.putInt(tokens[i]);
                w.write(h.flip());
                return w;
            } catch (IOException | RuntimeException e) {
                w.close();
                throw e;
            }
        }

        private void write(ByteBuffer b) throws IOException {
            while (b.hasRemaining()) out.write(b);
        }

        /**
         * Writes one scored row and returns its negative log-likelihood, computed as llama.cpp's
         * writer does (in float).
         */
        double row(float[] logits, int nVocab, int tok) {
            float max = logits[0], min = logits[0];
            for (int i = 1; i < nVocab; i++) {
                max = Math.max(max, logits[i]);
                min = Math.min(min, logits[i]);
            }
            min = Math.max(min, max - 16);
            double sumExp = LogitMath.sumExp(logits, nVocab, max);
            float logSumExp = (float) Math.log(sumExp);
            float minLogProb = min - max - logSumExp;
            float scale = (max - min) / 65535.f;
            row.clear();
            row.putFloat(scale).putFloat(minLogProb);
            if (scale != 0) {
                float inv = 1 / scale;
                for (int i = 0; i < nVocab; i++) {
                    row.putShort(logits[i] > min ? (short) (int) Math.rint(inv * (logits[i] - min)) : 0);
                }
            } else {
                for (int i = 0; i < nVocab; i++) row.putShort((short) 0);
            }
            while (row.hasRemaining()) row.putShort((short) 0);
            try {
                write(row.flip());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot write " + target, e);
            }
            return max + logSumExp - logits[tok];
        }

        void commit() throws IOException {
            out.close();
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            committed = true;
        }

        @Override
        public void close() throws IOException {
            if (committed) return;
            try {
                out.close();
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** Reads and checks a file; chunks come one after the other. */
    static final class Reader implements AutoCloseable {
        final Path file;
        final int nCtx, nVocab, nChunk;
        final int[] tokens;
        private final FileChannel in;
        private final ByteBuffer chunk;

        private Reader(Path file, FileChannel in, int nCtx, int nVocab, int nChunk, int[] tokens) {
            this.file = file;
            this.in = in;
            this.nCtx = nCtx;
            this.nVocab = nVocab;
            this.nChunk = nChunk;
            this.tokens = tokens;
            long bytes = (long) scoredPerChunk(nCtx) * rowShorts(nVocab) * 2;
            if (bytes > Integer.MAX_VALUE - 16) throw new IllegalArgumentException(file + ": a chunk of " + bytes + " bytes is too large");
            this.chunk = ByteBuffer.allocate((int) bytes).order(ByteOrder.LITTLE_ENDIAN);
        }

        /**
         * Opens a file and checks its header, size and tokens against a vocabulary size.
         *
         * @throws IllegalArgumentException if it is not such a file, is truncated or too long, or
         *                                  does not match the vocabulary size
         */
        static Reader open(Path file, int vocabSize) throws IOException {
            FileChannel in = FileChannel.open(file, StandardOpenOption.READ);
            try {
                long size = in.size();
                if (size < HEADER) throw bad(file, "it is too short for a header (" + size + " bytes)");
                ByteBuffer h = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
                readFully(in, h, file);
                h.flip();
                byte[] magic = new byte[8];
                h.get(magic);
                if (!java.util.Arrays.equals(magic, MAGIC)) throw bad(file, "it does not start with _logits_");
                int nCtx = h.getInt(), nVocab = h.getInt(), nChunk = h.getInt();
                if (nCtx < 4) throw bad(file, "its context size " + nCtx + " is below 4");
                if (nVocab < 1) throw bad(file, "its vocabulary size is " + nVocab);
                if (nChunk < 1) throw bad(file, "its chunk count is " + nChunk);
                if (nVocab != vocabSize) {
                    throw bad(file, "it was computed with a vocabulary of " + nVocab + " tokens; this model has " + vocabSize);
                }
                long nTokens = (long) nCtx * nChunk;
                long expected = HEADER + 4 * nTokens + (long) nChunk * scoredPerChunk(nCtx) * rowShorts(nVocab) * 2;
                if (size < expected) throw bad(file, "it is truncated: " + size + " bytes, " + expected + " expected for "
                        + nChunk + " chunks of " + nCtx + " tokens and a vocabulary of " + nVocab);
                if (size > expected) throw bad(file, "it has " + (size - expected) + " bytes after the last chunk");
                if (nTokens > Integer.MAX_VALUE / 4) throw bad(file, "it holds too many tokens (" + nTokens + ")");
                ByteBuffer t = ByteBuffer.allocate((int) (4 * nTokens)).order(ByteOrder.LITTLE_ENDIAN);
                readFully(in, t, file);
                t.flip();
                int[] tokens = new int[(int) nTokens];
                for (int i = 0; i < tokens.length; i++) {
                    int tok = t.getInt();
                    if (tok < 0 || tok >= nVocab) throw bad(file, "token " + i + " is " + tok + ", outside the vocabulary");
                    tokens[i] = tok;
                }
                return new Reader(file, in, nCtx, nVocab, nChunk, tokens);
            } catch (IOException | RuntimeException e) {
                in.close();
                throw e;
            }
        }

        /** The next chunk's rows (a buffer reused by the next call), each checked. */
        ByteBuffer nextChunk(int index) throws IOException {
            chunk.clear();
            readFully(in, chunk, file);
            chunk.flip();
            int nv = rowShorts(nVocab);
            for (int r = 0; r < scoredPerChunk(nCtx); r++) {
                float scale = chunk.getFloat(r * nv * 2), minLogProb = chunk.getFloat(r * nv * 2 + 4);
                if (!(scale >= 0) || !Float.isFinite(scale) || !Float.isFinite(minLogProb) || minLogProb > 0) {
                    throw bad(file, "chunk " + (index + 1) + ", token " + (r + 1) + " has a corrupt scale " + scale
                            + " or minimum log-probability " + minLogProb);
                }
            }
            return chunk;
        }

        private static void readFully(FileChannel in, ByteBuffer b, Path file) throws IOException {
            while (b.hasRemaining()) {
                if (in.read(b) < 0) throw bad(file, "it ends early");
            }
        }

        static IllegalArgumentException bad(Path file, String why) {
            return new IllegalArgumentException(file + " is not a usable KL-divergence base file: " + why);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
