package io.github.llamaffm.testkit;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Images made here for tests of multimodal input: seeded, so the same arguments always give the
 * same pixels, and encoded by the JDK's own {@code javax.imageio} (PNG, BMP, JPEG), so that a
 * decoder other than the JDK's (llama.cpp's) reads files nobody downloaded.
 *
 * <p>All methods are static and thread-safe.
 */
public final class TestImages {
    private TestImages() {
    }

    /**
     * An RGB image: a colour gradient that depends on the seed, with seeded noise, so that
     * different seeds give clearly different images.
     *
     * @param width  width in pixels, {@code >= 1}
     * @param height height in pixels, {@code >= 1}
     * @param seed   the seed
     * @return a new image of type {@link BufferedImage#TYPE_INT_RGB}
     * @throws IllegalArgumentException if a side is below 1
     */
    public static BufferedImage pattern(int width, int height, long seed) {
        if (width < 1 || height < 1) throw new IllegalArgumentException("image sides must be >= 1: " + width + "x" + height);
        SplittableRandom r = new SplittableRandom(seed);
        int base = r.nextInt(0x1000000);
        int dx = r.nextInt(1, 8), dy = r.nextInt(1, 8);
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int red = ((base >> 16) + x * dx * 255 / Math.max(1, width) + r.nextInt(32)) & 0xFF;
                int green = ((base >> 8) + y * dy * 255 / Math.max(1, height) + r.nextInt(32)) & 0xFF;
                int blue = (base + (x + y) * 4 + r.nextInt(32)) & 0xFF;
                img.setRGB(x, y, red << 16 | green << 8 | blue);
            }
        }
        return img;
    }

    /**
     * Encodes an image.
     *
     * @param image  the image
     * @param format an ImageIO format name: {@code png}, {@code bmp}, {@code jpg}
     * @return the encoded file's bytes
     * @throws IllegalArgumentException if the JDK has no writer for the format
     */
    public static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) throw new IllegalArgumentException("no ImageIO writer for " + format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A PNG file's bytes of {@link #pattern(int, int, long)}.
     *
     * @param width  width in pixels
     * @param height height in pixels
     * @param seed   the seed
     * @return PNG bytes
     */
    public static byte[] png(int width, int height, long seed) {
        return encode(pattern(width, height, seed), "png");
    }

    /**
     * Writes {@link #pattern(int, int, long)} to a file.
     *
     * @param path   the file (replaced)
     * @param format an ImageIO format name: {@code png}, {@code bmp}, {@code jpg}
     * @param width  width in pixels
     * @param height height in pixels
     * @param seed   the seed
     * @return {@code path}
     * @throws IOException if the file cannot be written
     */
    public static Path write(Path path, String format, int width, int height, long seed) throws IOException {
        Files.write(path, encode(pattern(width, height, seed), format));
        return path;
    }
}
