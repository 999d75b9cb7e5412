package io.github.llamaffm.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Index parsing and extraction of a platform folder, on files made here (no native code involved),
 * and the checks that keep a folder other users could write from being trusted.
 */
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

    private static final String INDEX = "load liba.so.0 " + sha("A") + "\nbackend libggml-cpu-x.so " + sha("X") + "\n";

    private static ClassLoader genuine(Path root) throws IOException {
        return bundle(root, INDEX, "liba.so.0", "A", "libggml-cpu-x.so", "X");
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
    }

    private static void chmod(Path p, String mode) throws IOException {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(mode));
    }

    private static void assumePosix(Path p) {
        assumeTrue(NativeBundle.Trust.of(p) == NativeBundle.Trust.OWNERSHIP, "no POSIX permissions on this file system");
    }

    /** The genuine content, in a folder of mode 0700. */
    private static void assertGenuine(Path dir) throws IOException {
        assertEquals("A", Files.readString(dir.resolve("liba.so.0")));
        assertEquals("X", Files.readString(dir.resolve("libggml-cpu-x.so")));
        assertFalse(Files.isSymbolicLink(dir), dir + " is a link");
        assertEquals("rwx------", mode(dir));
    }

    @Test
    void foldersAreCreatedPrivate(@TempDir Path root, @TempDir Path cache) throws IOException {
        assumePosix(cache);
        ClassLoader cl = genuine(root);
        Path natives = cache.resolve("llama-ffm-someone").resolve("natives");
        Path dir = NativeBundle.find(cl, "test-os").extract(cl, natives);
        assertEquals("rwx------", mode(natives.getParent()));
        assertEquals("rwx------", mode(natives));
        assertGenuine(dir);
    }

    @Test
    void aTamperedWorldWritableExtractionIsReplaced(@TempDir Path root, @TempDir Path cache) throws IOException {
        assumePosix(cache);
        ClassLoader cl = genuine(root);
        NativeBundle b = NativeBundle.find(cl, "test-os");
        Path dir = b.extract(cl, cache);
        Files.writeString(dir.resolve("liba.so.0"), "EVIL");
        chmod(dir, "rwxrwxrwx");
        Path again = b.extract(cl, cache);
        assertEquals(dir, again);
        assertGenuine(again);
    }

    @Test
    void aPlantedExtraLibraryIsNotTrusted(@TempDir Path root, @TempDir Path cache) throws IOException {
        assumePosix(cache);
        ClassLoader cl = genuine(root);
        NativeBundle b = NativeBundle.find(cl, "test-os");
        Path dir = b.extract(cl, cache);
        Files.writeString(dir.resolve("libggml-evil.so"), "EVIL"); // ggml loads every backend in the folder
        Path again = b.extract(cl, cache);
        assertFalse(Files.exists(again.resolve("libggml-evil.so")));
        assertGenuine(again);
    }

    @Test
    void aWorldWritableCacheRootIsRefused(@TempDir Path root, @TempDir Path cache) throws IOException {
        assumePosix(cache);
        ClassLoader cl = genuine(root);
        NativeBundle b = NativeBundle.find(cl, "test-os");
        Path shared = cache.resolve("shared");
        Path dir = b.extract(cl, shared);
        Files.writeString(dir.resolve("liba.so.0"), "EVIL");
        chmod(shared, "rwxrwxrwx");
        NativeBundle.UntrustedLocationException e = assertThrows(NativeBundle.UntrustedLocationException.class,
                () -> b.extract(cl, shared));
        assertTrue(e.getMessage().contains(shared.toString()) && e.getMessage().contains("rwxrwxrwx"), e.getMessage());
    }

    @Test
    void aFolderOthersCanWriteOnTheWayIsRefused(@TempDir Path root, @TempDir Path cache) throws IOException {
        assumePosix(cache);
        ClassLoader cl = genuine(root);
        NativeBundle b = NativeBundle.find(cl, "test-os");
        Path base = cache.resolve("llama-ffm-someone");
        Path natives = base.resolve("natives");
        Path dir = b.extract(cl, natives);
        Files.writeString(dir.resolve("liba.so.0"), "EVIL");
        chmod(base, "rwxrwxrwx"); // no sticky bit: anyone could swap natives/ for a folder of their own
        NativeBundle.UntrustedLocationException e = assertThrows(NativeBundle.UntrustedLocationException.class,
                () -> b.extract(cl, natives));
        assertTrue(e.getMessage().contains(base.toString()) && e.getMessage().contains("sticky"), e.getMessage());
    }

    @Test
    void aSymbolicLinkAsCacheRootIsRefused(@TempDir Path root, @TempDir Path cache, @TempDir Path elsewhere) throws IOException {
        assumePosix(cache);
        ClassLoader cl = genuine(root);
        NativeBundle b = NativeBundle.find(cl, "test-os");
        Files.writeString(b.extract(cl, elsewhere).resolve("liba.so.0"), "EVIL");
        Path link = Files.createSymbolicLink(cache.resolve("natives"), elsewhere);
        NativeBundle.UntrustedLocationException e = assertThrows(NativeBundle.UntrustedLocationException.class,
                () -> b.extract(cl, link));
        assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
    }

    @Test
    void aSymbolicLinkAsExtractionIsReplaced(@TempDir Path root, @TempDir Path cache, @TempDir Path elsewhere) throws IOException {
        assumePosix(cache);
        ClassLoader cl = genuine(root);
        NativeBundle b = NativeBundle.find(cl, "test-os");
        Path planted = b.extract(cl, elsewhere);
        Files.writeString(planted.resolve("liba.so.0"), "EVIL");
        Path target = cache.resolve(planted.getFileName());
        Files.createSymbolicLink(target, planted);
        assertEquals(target, b.extract(cl, cache));
        assertGenuine(target);
        assertEquals("EVIL", Files.readString(planted.resolve("liba.so.0")), "the link's target is left alone");
    }

    @Test
    void aFileWhereAFolderShouldBe(@TempDir Path root, @TempDir Path cache) throws IOException {
        assumePosix(cache);
        ClassLoader cl = genuine(root);
        NativeBundle b = NativeBundle.find(cl, "test-os");
        Path file = Files.writeString(cache.resolve("natives"), "not a folder");
        NativeBundle.UntrustedLocationException e = assertThrows(NativeBundle.UntrustedLocationException.class,
                () -> b.extract(cl, file));
        assertTrue(e.getMessage().contains("not a folder"), e.getMessage());
        Path other = cache.resolve("other");
        Path dir = b.extract(cl, other);
        NativeBundle.deleteTree(dir);
        Files.writeString(dir, "a file in place of the extraction");
        assertEquals(dir, b.extract(cl, other));
        assertGenuine(dir);
    }

    /** Only root can give a file away, which is how another user's folder is simulated. */
    @Test
    void foldersOfAnotherUserAreNotTrusted(@TempDir Path root, @TempDir Path cache) throws IOException {
        assumePosix(cache);
        assumeTrue(((Integer) Files.getAttribute(cache, "unix:uid")) == 0, "only root can give a file to another user");
        UserPrincipal nobody;
        try {
            nobody = cache.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        } catch (UserPrincipalNotFoundException e) {
            assumeTrue(false, "no user nobody");
            return;
        }
        ClassLoader cl = genuine(root);
        NativeBundle b = NativeBundle.find(cl, "test-os");
        Path base = cache.resolve("llama-ffm-root");
        Path natives = base.resolve("natives");

        // An extraction of another user inside our private root: replaced.
        Path dir = b.extract(cl, natives);
        Files.writeString(dir.resolve("liba.so.0"), "EVIL");
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.toList()) Files.setOwner(p, nobody);
        }
        assertEquals(dir, b.extract(cl, natives));
        assertGenuine(dir);
        assertEquals(Files.getOwner(cache), Files.getOwner(dir.resolve("liba.so.0")));

        // The cache root, or the folder above it (as someone could pre-create /tmp/llama-ffm-root), of another user: refused.
        Files.writeString(dir.resolve("liba.so.0"), "EVIL");
        for (Path p : List.of(natives, base)) {
            Files.setOwner(p, nobody);
            NativeBundle.UntrustedLocationException e = assertThrows(NativeBundle.UntrustedLocationException.class,
                    () -> b.extract(cl, natives));
            assertTrue(e.getMessage().contains(p + " for native libraries: it is owned by " + nobody.getName()), e.getMessage());
            Files.setOwner(p, Files.getOwner(cache));
        }
    }

    /** Without POSIX permissions (Windows), an existing extraction is trusted only after its hashes are checked again. */
    @Test
    void whereThereAreNoPermissionsHashesAreCheckedAgain(@TempDir Path root, @TempDir Path cache) throws IOException {
        ClassLoader cl = genuine(root);
        NativeBundle b = NativeBundle.find(cl, "test-os");
        Path dir = b.extract(cl, cache, NativeBundle.Trust.HASHES);
        long stamp = Files.getLastModifiedTime(dir.resolve("liba.so.0")).toMillis();
        assertEquals(dir, b.extract(cl, cache, NativeBundle.Trust.HASHES));
        assertEquals(stamp, Files.getLastModifiedTime(dir.resolve("liba.so.0")).toMillis(), "intact: not extracted again");
        Files.writeString(dir.resolve("liba.so.0"), "B"); // same size, other bytes
        assertEquals(dir, b.extract(cl, cache, NativeBundle.Trust.HASHES));
        assertEquals("A", Files.readString(dir.resolve("liba.so.0")));
        Files.writeString(dir.resolve("libggml-evil.so"), "EVIL");
        assertEquals(dir, b.extract(cl, cache, NativeBundle.Trust.HASHES));
        assertFalse(Files.exists(dir.resolve("libggml-evil.so")));
    }

    /** The loader goes past a refused cache folder to a fresh private one, and says why. */
    @Test
    void theLoaderExtractsToAFreshPrivateFolderWhenTheCacheIsRefused(@TempDir Path root, @TempDir Path cache) throws IOException {
        assumePosix(cache);
        ClassLoader cl = genuine(root);
        NativeBundle b = NativeBundle.find(cl, "test-os");
        Path hostile = cache.resolve("hostile");
        Files.writeString(b.extract(cl, hostile).resolve("liba.so.0"), "EVIL");
        chmod(hostile, "rwxrwxrwx");
        List<String> tried = new ArrayList<>();
        Path dir = NativeLoader.extractSomewhere(cl, b, List.of(hostile), tried, "test");
        try {
            assertFalse(dir.startsWith(hostile), dir.toString());
            assertGenuine(dir);
            assertEquals("rwx------", mode(dir.getParent()));
            assertTrue(tried.size() == 1 && tried.get(0).contains("refusing to use " + hostile), tried.toString());
        } finally {
            NativeBundle.deleteTree(dir.getParent());
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
