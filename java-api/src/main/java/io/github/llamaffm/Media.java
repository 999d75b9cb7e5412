package io.github.llamaffm;

import io.github.llamaffm.internal.MtmdHandle;
import io.github.llamaffm.internal.Native;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An image or an audio clip for a multimodal model: the input a {@link MultimodalProjector} turns
 * into embeddings, placed in a prompt at a media marker ({@link MultimodalPrompt}) or in a chat
 * message ({@link io.github.llamaffm.chat.ChatMessage#userParts(Object...)}).
 *
 * <p>From a file's bytes ({@link #fromBytes(byte[])}, {@link #fromFile(Path)}): images in the
 * formats llama.cpp's libmtmd decodes with stb_image (JPEG, PNG, BMP, GIF, TGA, PSD, HDR, PNM), audio
 * as WAV, MP3 or FLAC; the file is decoded when the prompt is, and one that cannot be decoded is an
 * {@link IllegalArgumentException} then. From pixels: {@link #image(java.awt.image.BufferedImage)},
 * {@link #rgb(int, int, byte[])}. From mono PCM samples: {@link #audio(float[])}.
 *
 * <p>Immutable (the data is copied in); any number of threads may share one. Its {@link #id()} is a
 * SHA-256 of the content: the same image in a later prompt is recognised, and a context that holds
 * it already does not encode it again.
 */
public final class Media {
    /** The most pixels an image may have (width times height), checked before anything decodes it. */
    public static final long MAX_PIXELS = 8192L * 8192L;
    /**
     * The longest audio file accepted, in seconds, checked from a WAV or FLAC header before anything
     * decodes it (libmtmd's decoder allocates the whole clip, resampled to the projector's rate, from
     * the length and rate the header claims).
     */
    public static final long MAX_AUDIO_SECONDS = 3600;

    private enum Kind { FILE, RGB, PCM }

    private final Kind kind;
    private final byte[] bytes; // FILE: the file; RGB: the pixels
    private final float[] samples; // PCM
    private final int width, height;
    private final String id;

    private Media(Kind kind, byte[] bytes, float[] samples, int width, int height, String id) {
        this.kind = kind;
        this.bytes = bytes;
        this.samples = samples;
        this.width = width;
        this.height = height;
        this.id = id;
    }

    /**
     * An image or audio file's contents (decoded by libmtmd when the prompt is).
     *
     * @param data the file's bytes (copied)
     * @return the media
     * @throws NullPointerException     if {@code data} is null
     * @throws IllegalArgumentException if it is empty, an image header says it has more than
     *                                  {@link #MAX_PIXELS} pixels, or a WAV or FLAC header says it lasts
     *                                  longer than {@link #MAX_AUDIO_SECONDS} or has no sample rate
     */
    public static Media fromBytes(byte[] data) {
        Objects.requireNonNull(data, "data");
        if (data.length == 0) throw new IllegalArgumentException("the media file is empty");
        byte[] copy = data.clone();
        long[] size = ImageHeader.dimensions(copy);
        if (size != null && (size[0] < 1 || size[1] < 1 || size[0] * size[1] > MAX_PIXELS)) {
            throw new IllegalArgumentException("the image is " + size[0] + "x" + size[1] + " pixels; at most " + MAX_PIXELS
                    + " pixels are accepted");
        }
        String audio = AudioHeader.problem(copy);
        if (audio != null) throw new IllegalArgumentException("the audio file is not accepted: " + audio);
        return new Media(Kind.FILE, copy, null, 0, 0, sha256(copy));
    }

    /**
     * An image or audio file.
     *
     * @param path the file
     * @return the media, as {@link #fromBytes(byte[])} of the file's contents
     * @throws IOException              if the file cannot be read
     * @throws IllegalArgumentException as {@link #fromBytes(byte[])}
     */
    public static Media fromFile(Path path) throws IOException {
        Objects.requireNonNull(path, "path");
        return fromBytes(Files.readAllBytes(path));
    }

    /**
     * An image from pixels: red, green and blue bytes per pixel, rows top to bottom.
     *
     * @param width  width in pixels
     * @param height height in pixels
     * @param rgb    {@code width * height * 3} bytes (copied)
     * @return the media
     * @throws IllegalArgumentException if a side is below 1, the image has more than
     *                                  {@link #MAX_PIXELS} pixels or {@code rgb} has another length
     */
    public static Media rgb(int width, int height, byte[] rgb) {
        Objects.requireNonNull(rgb, "rgb");
        if (width < 1 || height < 1 || (long) width * height > MAX_PIXELS) {
            throw new IllegalArgumentException("an image of " + width + "x" + height + " pixels is not accepted (1.." + MAX_PIXELS + " pixels)");
        }
        if (rgb.length != (long) width * height * 3) {
            throw new IllegalArgumentException("an RGB image of " + width + "x" + height + " needs " + (long) width * height * 3
                    + " bytes, not " + rgb.length);
        }
        byte[] copy = rgb.clone();
        return new Media(Kind.RGB, copy, null, width, height, sha256(copy));
    }

    /**
     * An image from a {@link java.awt.image.BufferedImage} (any type; its alpha is dropped). Needs
     * the {@code java.desktop} module.
     *
     * @param image the image
     * @return the media
     * @throws IllegalArgumentException if the image has more than {@link #MAX_PIXELS} pixels
     */
    public static Media image(java.awt.image.BufferedImage image) {
        Objects.requireNonNull(image, "image");
        int w = image.getWidth(), h = image.getHeight();
        if ((long) w * h > MAX_PIXELS) throw new IllegalArgumentException("the image is " + w + "x" + h + " pixels; at most " + MAX_PIXELS + " are accepted");
        byte[] rgb = new byte[w * h * 3];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int p = row[x], o = (y * w + x) * 3;
                rgb[o] = (byte) (p >> 16);
                rgb[o + 1] = (byte) (p >> 8);
                rgb[o + 2] = (byte) p;
            }
        }
        return new Media(Kind.RGB, rgb, null, w, h, sha256(rgb));
    }

    /**
     * Mono audio as PCM samples in {@code [-1, 1]}, at the projector's
     * {@link MultimodalProjector#audioSampleRate()}.
     *
     * @param samples the samples (copied)
     * @return the media
     * @throws IllegalArgumentException if there are no samples or one is not finite
     */
    public static Media audio(float[] samples) {
        Objects.requireNonNull(samples, "samples");
        if (samples.length == 0) throw new IllegalArgumentException("the audio has no samples");
        float[] copy = samples.clone();
        ByteBuffer b = ByteBuffer.allocate(copy.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float s : copy) {
            if (!Float.isFinite(s)) throw new IllegalArgumentException("an audio sample is not finite: " + s);
            b.putFloat(s);
        }
        return new Media(Kind.PCM, null, copy, 0, 0, sha256(b.array()));
    }

    /**
     * Whether this is audio given as samples; media from a file may be either, which libmtmd
     * decides when it decodes it.
     *
     * @return true for {@link #audio(float[])}
     */
    public boolean isAudioSamples() {
        return kind == Kind.PCM;
    }

    /**
     * Whether this is an image given as pixels ({@link #rgb}, {@link #image}).
     *
     * @return true for pixels
     */
    public boolean isPixels() {
        return kind == Kind.RGB;
    }

    /**
     * The content's identity: the SHA-256 of the file's bytes, the pixels or the samples, in hex.
     *
     * @return 64 hex digits
     */
    public String id() {
        return id;
    }

    /** A native bitmap of this media for {@code h} (caller frees it); throws when it cannot be decoded. */
    MemorySegment bitmap(MtmdHandle h) {
        MemorySegment b = switch (kind) {
            case FILE -> h.decodeFile(bytes);
            case RGB -> h.rgb(width, height, bytes, id);
            case PCM -> h.pcm(samples, id);
        };
        if (Native.isNull(b)) {
            throw new IllegalArgumentException("cannot decode " + this + ": not an image or audio file that libmtmd reads"
                    + " (or audio for a projector without audio)" + Native.recentLog());
        }
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Media m && m.kind == kind && m.id.equals(id) && m.width == width;
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return switch (kind) {
            case FILE -> "Media[file of " + bytes.length + " bytes, " + id.substring(0, 12) + "]";
            case RGB -> "Media[image " + width + "x" + height + ", " + id.substring(0, 12) + "]";
            case PCM -> "Media[audio of " + samples.length + " samples, " + id.substring(0, 12) + "]";
        };
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Image sizes from file headers, read before any decoder allocates the pixels. */
    static final class ImageHeader {
        private ImageHeader() {
        }

        /** {width, height} for PNG, GIF, BMP and JPEG headers; null when the format is another or unclear. */
        static long[] dimensions(byte[] d) {
            if (d.length >= 24 && (d[0] & 0xFF) == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G') {
                return new long[]{be32(d, 16), be32(d, 20)};
            }
            if (d.length >= 10 && d[0] == 'G' && d[1] == 'I' && d[2] == 'F') {
                return new long[]{le16(d, 6), le16(d, 8)};
            }
            if (d.length >= 26 && d[0] == 'B' && d[1] == 'M') {
                long header = le32(d, 14);
                if (header == 12) return new long[]{le16(d, 18), le16(d, 20)};
                return new long[]{Math.abs((int) le32(d, 18)), Math.abs((int) le32(d, 22))};
            }
            if (d.length >= 4 && (d[0] & 0xFF) == 0xFF && (d[1] & 0xFF) == 0xD8) {
                int i = 2;
                while (i + 9 < d.length) {
                    if ((d[i] & 0xFF) != 0xFF) return null;
                    int marker = d[i + 1] & 0xFF;
                    if (marker == 0xFF) {
                        i++;
                        continue;
                    }
                    int len = (int) be16(d, i + 2);
                    boolean sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
                    if (sof) return new long[]{be16(d, i + 7), be16(d, i + 5)};
                    if (len < 2) return null;
                    i += 2 + len;
                }
            }
            return null;
        }

        private static long be32(byte[] d, int o) {
            return ((d[o] & 0xFFL) << 24) | ((d[o + 1] & 0xFFL) << 16) | ((d[o + 2] & 0xFFL) << 8) | (d[o + 3] & 0xFFL);
        }

        private static long be16(byte[] d, int o) {
            return ((d[o] & 0xFFL) << 8) | (d[o + 1] & 0xFFL);
        }

        private static long le16(byte[] d, int o) {
            return (d[o] & 0xFFL) | ((d[o + 1] & 0xFFL) << 8);
        }

        private static long le32(byte[] d, int o) {
            return (d[o] & 0xFFL) | ((d[o + 1] & 0xFFL) << 8) | ((d[o + 2] & 0xFFL) << 16) | ((d[o + 3] & 0xFFL) << 24);
        }
    }

    /**
     * Audio lengths from file headers, read before libmtmd's decoder (miniaudio) allocates the
     * clip: it sizes its buffer from the frame count and rate the header claims (a WAV "fact" chunk
     * of an ADPCM file, a FLAC STREAMINFO block; neither is held against the file's size), resampled
     * to the projector's rate, so a small file could claim hours, or a rate of 1 Hz.
     */
    static final class AudioHeader {
        private AudioHeader() {
        }

        /** What is wrong with a WAV or FLAC header (as libmtmd recognises them), or null when it passes or is another format. */
        static String problem(byte[] d) {
            if (d.length >= 12 && d[0] == 'R' && d[1] == 'I' && d[2] == 'F' && d[3] == 'F' && d[8] == 'W' && d[9] == 'A' && d[10] == 'V' && d[11] == 'E') {
                return wav(d);
            }
            int at = 0;
            if (d.length >= 10 && d[0] == 'I' && d[1] == 'D' && d[2] == '3') { // dr_flac skips an ID3v2 tag
                at = 10 + ((d[6] & 0x7F) << 21 | (d[7] & 0x7F) << 14 | (d[8] & 0x7F) << 7 | (d[9] & 0x7F));
            }
            if (at >= 0 && d.length >= at + 4 && d[at] == 'f' && d[at + 1] == 'L' && d[at + 2] == 'a' && d[at + 3] == 'C') return flac(d, at + 4);
            return null;
        }

        private static String wav(byte[] d) {
            long rate = -1, frameBits = 0, tag = 0, fact = 0, data = -1;
            int i = 12;
            while (i + 8 <= d.length) {
                long size = le32(d, i + 4);
                int body = i + 8;
                String id = new String(d, i, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
                if (id.equals("fmt ") && body + 16 <= d.length) {
                    tag = le16(d, body);
                    long channels = le16(d, body + 2);
                    rate = le32(d, body + 4);
                    frameBits = channels * le16(d, body + 14);
                    if (tag == 0xFFFE && size >= 26 && body + 26 <= d.length) tag = le16(d, body + 24); // WAVE_FORMAT_EXTENSIBLE
                } else if (id.equals("fact") && body + 4 <= d.length) {
                    fact = le32(d, body);
                } else if (id.equals("data")) {
                    data = Math.min(size, d.length - body); // miniaudio holds the data chunk to the file
                    break;
                }
                long next = body + size + (size & 1);
                if (next > d.length) break;
                i = (int) next;
            }
            if (rate < 0 || data < 0) return null; // miniaudio will not take it as WAV
            if (rate == 0) return "the WAV header has a sample rate of 0";
            // ADPCM takes its length from the fact chunk; other formats from the data (at least 1 bit per frame)
            long frames = tag == 2 && fact != 0 ? fact : data * 8 / Math.max(1, frameBits);
            return tooLong(frames, rate, "WAV");
        }

        private static String flac(byte[] d, int at) {
            // the first metadata block is STREAMINFO: 4 bytes of header, then 34 bytes
            if (d.length < at + 4 + 18 || (d[at] & 0x7F) != 0) return null;
            int s = at + 4 + 10;
            long rate = (d[s] & 0xFFL) << 12 | (d[s + 1] & 0xFFL) << 4 | (d[s + 2] & 0xF0L) >> 4;
            long frames = (d[s + 3] & 0x0FL) << 32 | (d[s + 4] & 0xFFL) << 24 | (d[s + 5] & 0xFFL) << 16 | (d[s + 6] & 0xFFL) << 8 | (d[s + 7] & 0xFFL);
            if (rate == 0) return "the FLAC header has a sample rate of 0";
            return tooLong(frames, rate, "FLAC");
        }

        private static String tooLong(long frames, long rate, String format) {
            if (frames / rate < MAX_AUDIO_SECONDS) return null;
            return "the " + format + " header claims " + frames + " frames at " + rate + " Hz, " + frames / rate
                    + " seconds; at most " + MAX_AUDIO_SECONDS + " are accepted";
        }

        private static long le16(byte[] d, int o) {
            return (d[o] & 0xFFL) | ((d[o + 1] & 0xFFL) << 8);
        }

        private static long le32(byte[] d, int o) {
            return (d[o] & 0xFFL) | ((d[o + 1] & 0xFFL) << 8) | ((d[o + 2] & 0xFFL) << 16) | ((d[o + 3] & 0xFFL) << 24);
        }
    }
}
