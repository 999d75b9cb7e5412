package io.github.llamaffm.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Index parsing and extraction of a platform folder, on files made here (no native code involved). */
class NativeBundleTest {
    private static ClassLoader bundle(Path root, String index, String... fileAndContent) throws IOException {
        Path dir = root.resolve(NativeBundle.ROOT + "test-os");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("libraries.txt"), index);
        for (int i = 0; i < fileAndContent.length; i += 2) Files.writeString(dir.resolve(fileAndContent[i]), fileAndContent[i + 1]);
        return new URLClassLoader(new URL[]{root.toUri().toURL()}, null);
    }

    private static String sha(String s) {
        return NativeBundle.sha256Hex(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void extractsOnceAndVerifiesHashes(@TempDir Path root, @TempDir Path cache) throws IOException {
        String index = "# test\nload liba.so.0 " + sha("A") + "\nbackend libggml-cpu-x.so " + sha("X") + "\n";
        ClassLoader cl = bundle(root, index, "liba.so.0", "A", "libggml-cpu-x.so", "X");
        NativeBundle b = NativeBundle.find(cl, "test-os");
        assertEquals(List.of("liba.so.0"), b.loadOrder());
        Path dir = b.extract(cl, cache);
        assertEquals("A", Files.readString(dir.resolve("liba.so.0")));
        assertEquals("X", Files.readString(dir.resolve("libggml-cpu-x.so")));
        assertTrue(Files.isExecutable(dir.resolve("liba.so.0")));
        long stamp = Files.getLastModifiedTime(dir.resolve("liba.so.0")).toMillis();
        assertEquals(dir, b.extract(cl, cache), "same content, same folder");
        assertEquals(stamp, Files.getLastModifiedTime(dir.resolve("liba.so.0")).toMillis(), "not extracted again");
    }

    @Test
    void refusesAFileWhoseHashDiffers(@TempDir Path root, @TempDir Path cache) throws IOException {
        ClassLoader cl = bundle(root, "load liba.so.0 " + sha("B") + "\n", "liba.so.0", "A");
        IOException e = assertThrows(IOException.class, () -> NativeBundle.find(cl, "test-os").extract(cl, cache));
        assertTrue(e.getMessage().contains("SHA-256"), e.getMessage());
        try (var s = Files.list(cache)) {
            assertArrayEquals(new Object[0], s.filter(Files::isDirectory).toArray(), "no partial folder left");
        }
    }

    @Test
    void rejectsPathsInTheIndex(@TempDir Path root) throws IOException {
        ClassLoader cl = bundle(root, "load ../evil.so " + sha("A") + "\n");
        assertThrows(IOException.class, () -> NativeBundle.find(cl, "test-os"));
    }

    @Test
    void absentFolderIsNull(@TempDir Path root) throws IOException {
        assertNull(NativeBundle.find(new URLClassLoader(new URL[]{root.toUri().toURL()}, null), "nowhere"));
    }
}
