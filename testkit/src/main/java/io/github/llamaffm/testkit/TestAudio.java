package io.github.llamaffm.testkit;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Audio made here for tests of audio input: seeded mono clips (a few tones with a seeded noise
 * floor), so the same arguments always give the same samples, written as WAV files by the JDK's own
 * {@code javax.sound.sampled}, so that a decoder other than the JDK's (llama.cpp's miniaudio) reads
 * files nobody downloaded.
 *
 * <p>The samples lie on the 16-bit grid (each is {@code k / 32768} for an integer {@code k}), so a
 * 16-bit PCM WAV file holds them exactly, and a decoder that maps 16-bit PCM to floats by dividing
 * by 32768 gets back the very same floats.
 *
 * <p>All methods are static and thread-safe.
 */
public final class TestAudio {
    private TestAudio() {
    }

    /**
     * A mono clip: three sine tones of seeded frequency (100–4000 Hz), amplitude and phase, with
     * seeded white noise, quantized to 16 bits and kept inside [-1, 1).
     *
     * @param sampleRate samples per second, {@code >= 1}
     * @param samples    the number of samples, {@code >= 1}
     * @param seed       the seed
     * @return new samples in [-1, 1)
     * @throws IllegalArgumentException if a count is below 1
     */
    public static float[] tones(int sampleRate, int samples, long seed) {
        if (sampleRate < 1 || samples < 1) throw new IllegalArgumentException("sampleRate and samples must be >= 1: " + sampleRate + ", " + samples);
        SplittableRandom r = new SplittableRandom(seed);
        double[] freq = new double[3], amp = new double[3], phase = new double[3];
        for (int i = 0; i < 3; i++) {
            freq[i] = 100 + r.nextDouble() * 3900;
            amp[i] = 0.05 + r.nextDouble() * 0.2;
            phase[i] = r.nextDouble() * 2 * Math.PI;
        }
        float[] out = new float[samples];
        for (int n = 0; n < samples; n++) {
            double t = (double) n / sampleRate, v = (r.nextDouble() - 0.5) * 0.1;
            for (int i = 0; i < 3; i++) v += amp[i] * Math.sin(2 * Math.PI * freq[i] * t + phase[i]);
            out[n] = toGrid(v);
        }
        return out;
    }

    /**
     * A sample rounded to the 16-bit grid and clamped to [-1, 1 - 1/32768].
     *
     * @param v a value
     * @return {@code k / 32768f} with {@code k} in -32768..32767
     */
    public static float toGrid(double v) {
        long k = Math.round(v * 32768);
        return Math.clamp(k, -32768, 32767) / 32768f;
    }

    /**
     * A 16-bit PCM mono WAV file of the samples, written by {@link AudioSystem#write}.
     *
     * @param samples    samples in [-1, 1] (rounded to the 16-bit grid)
     * @param sampleRate the rate the file declares, in Hz
     * @return the file's bytes
     * @throws IllegalArgumentException if there are no samples
     */
    public static byte[] wav(float[] samples, int sampleRate) {
        Objects.requireNonNull(samples, "samples");
        if (samples.length == 0) throw new IllegalArgumentException("no samples");
        byte[] pcm = new byte[samples.length * 2];
        for (int i = 0; i < samples.length; i++) {
            int k = Math.round(toGrid(samples[i]) * 32768);
            pcm[2 * i] = (byte) k;
            pcm[2 * i + 1] = (byte) (k >> 8);
        }
        AudioFormat format = new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, sampleRate, 16, 1, 2, sampleRate, false);
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm), format, samples.length)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(pcm.length + 64);
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@link #wav(float[], int)} to a file.
     *
     * @param path       the file (replaced)
     * @param samples    samples in [-1, 1]
     * @param sampleRate the rate the file declares, in Hz
     * @return {@code path}
     * @throws IOException if the file cannot be written
     */
    public static Path writeWav(Path path, float[] samples, int sampleRate) throws IOException {
        Files.write(path, wav(samples, sampleRate));
        return path;
    }
}
