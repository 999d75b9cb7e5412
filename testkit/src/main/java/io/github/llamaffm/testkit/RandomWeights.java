package io.github.llamaffm.testkit;

import io.github.llamaffm.gguf.GgmlType;
import io.github.llamaffm.gguf.GgufTensorSource;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The tensor data of a {@link RandomLlamaModel}: norm weights of ones and weight matrices of
 * seeded, approximately normal values, generated in parallel chunks and streamed to the writer.
 * Apart from the model's description so that the generator and its seeding, which decide that the
 * same settings always give a byte-identical file, are in one place.
 */
final class RandomWeights {
    /** Elements per generated chunk: the unit of parallel work and of deterministic seeding. */
    private static final int CHUNK = 1 << 20;

    private RandomWeights() {
    }

    /**
     * The data of a tensor of the layout: for a norm weight F32 ones; for a weight matrix (or a
     * bias, in F32) values of the settings' standard deviation that depend only on the seed and
     * the tensor's name.
     */
    static GgufTensorSource of(LlamaSettings s, LlamaLayout.Entry t) {
        if (t.isNorm()) {
            return new RandomSource(t.elements(), GgmlType.F32, 0, 0f, 1f);
        }
        long tensorSeed = mix64(s.seed() ^ mix64(fnv1a(t.name())));
        return new RandomSource(t.elements(), t.type(s), tensorSeed, s.weightStd(), 0f);
    }

    private static long fnv1a(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xFF)) * 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64's finalizer: a bijective mix of 64 bits. */
    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /**
     * Generates {@code elements} values, chunk by chunk: value = mean + std * (approximately normal),
     * chunk {@code c} drawn from a generator seeded by {@code (tensorSeed, c)}, so the output is the
     * same whatever the number of threads.
     */
    private record RandomSource(long elements, GgmlType type, long tensorSeed, float std, float mean)
            implements GgufTensorSource {
        /** The standard deviation of the sum of four uniform integers in [0, 65535]. */
        private static final double IRWIN_HALL_STD = Math.sqrt((65536.0 * 65536.0 - 1) / 3.0);

        @Override
        public void writeTo(WritableByteChannel out) throws IOException {
            long chunks = (elements + CHUNK - 1) / CHUNK;
            int parallel = (int) Math.max(1, Math.min(chunks, Runtime.getRuntime().availableProcessors()));
            long slot = Math.min(CHUNK, elements) * type.typeSize();
            try (Arena arena = Arena.ofShared()) {
                MemorySegment buffers = arena.allocate(Math.max(1, parallel * slot), 64);
                for (long c0 = 0; c0 < chunks; c0 += parallel) {
                    int n = (int) Math.min(parallel, chunks - c0);
                    long first = c0;
                    if (n == 1) {
                        fill(buffers, first);
                    } else {
                        IntStream.range(0, n).parallel().forEach(k -> fill(buffers.asSlice(k * slot, slot), first + k));
                    }
                    for (int k = 0; k < n; k++) {
                        long count = Math.min(CHUNK, elements - (first + k) * CHUNK);
                        writeFully(out, buffers.asSlice(k * slot, count * type.typeSize()).asByteBuffer());
                    }
                }
            }
        }

        private static void writeFully(WritableByteChannel out, ByteBuffer buf) throws IOException {
            while (buf.hasRemaining()) {
                out.write(buf);
            }
        }

        private void fill(MemorySegment seg, long chunk) {
            int count = (int) Math.min(CHUNK, elements - chunk * CHUNK);
            if (std == 0f) {
                for (int i = 0; i < count; i++) {
                    type.putFloat(seg, i, mean);
                }
                return;
            }
            SplittableRandom r = new SplittableRandom(mix64(tensorSeed + 0x9E3779B97F4A7C15L * (chunk + 1)));
            float scale = (float) (std / IRWIN_HALL_STD);
            for (int i = 0; i < count; i++) {
                long bits = r.nextLong();
                long sum = (bits & 0xFFFF) + ((bits >>> 16) & 0xFFFF) + ((bits >>> 32) & 0xFFFF) + (bits >>> 48);
                type.putFloat(seg, i, mean + (sum - 131070) * scale);
            }
        }
    }
}
