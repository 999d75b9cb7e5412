package io.github.llamaffm.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * One platform folder of a natives jar ({@code io/github/llamaffm/natives/<folder>/}), described
 * by its {@code libraries.txt}: {@code load} lines name the libraries to load in dependency
 * order, {@code backend} lines the ggml backend modules; each line carries the file's SHA-256.
 *
 * <p>Extraction happens once per content: the target folder is named by a hash of the index
 * (which holds every file's hash), written under a temporary name while a file lock is held, and
 * renamed atomically, so concurrent JVMs either find a complete folder or wait for one.
 */
record NativeBundle(String folder, String index, List<Entry> entries) {
    static final String ROOT = "io/github/llamaffm/natives/";
    private static final String COMPLETE = ".complete";

    record Entry(String kind, String file, String sha256) {}

    /** Reads the bundle of {@code folder} from the class path, or null when it is not there. */
    static NativeBundle find(ClassLoader loader, String folder) throws IOException {
        try (InputStream in = loader.getResourceAsStream(ROOT + folder + "/libraries.txt")) {
            if (in == null) return null;
            String index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<Entry> entries = new ArrayList<>();
            for (String line : index.split("\n")) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] p = line.split("\\s+");
                if (p.length != 3 || !(p[0].equals("load") || p[0].equals("backend"))
                        || p[1].contains("/") || p[1].contains("\\") || p[1].startsWith(".")) {
                    throw new IOException("malformed line in " + ROOT + folder + "/libraries.txt: " + line);
                }
                entries.add(new Entry(p[0], p[1], p[2]));
            }
            return new NativeBundle(folder, index, entries);
        }
    }

    List<String> loadOrder() {
        return entries.stream().filter(e -> e.kind.equals("load")).map(Entry::file).toList();
    }

    /** Extracts the bundle under {@code cacheRoot} (once per content) and returns its folder. */
    @SuppressWarnings("try") // the lock is held by the try block, never referenced
    Path extract(ClassLoader loader, Path cacheRoot) throws IOException {
        String key = sha256Hex(index.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
        Path target = cacheRoot.resolve(folder + "-" + key);
        if (Files.isRegularFile(target.resolve(COMPLETE))) return target;
        Files.createDirectories(cacheRoot);
        try (FileChannel ch = FileChannel.open(cacheRoot.resolve(folder + "-" + key + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = ch.lock()) {
            if (Files.isRegularFile(target.resolve(COMPLETE))) return target; // another JVM finished it
            Path tmp = Files.createTempDirectory(cacheRoot, folder + "-" + key + ".tmp");
            try {
                for (Entry e : entries) copyVerified(loader, e, tmp.resolve(e.file));
                Files.writeString(tmp.resolve(COMPLETE), index);
                if (Files.exists(target)) deleteTree(target); // a leftover without its marker
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
                    Files.move(tmp, target);
                }
            } finally {
                if (Files.exists(tmp)) deleteTree(tmp);
            }
        }
        return target;
    }

    private void copyVerified(ClassLoader loader, Entry e, Path dest) throws IOException {
        String resource = ROOT + folder + "/" + e.file;
        MessageDigest md = sha256();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) throw new IOException(resource + " is listed but missing from the jar");
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(dest), md)) {
                in.transferTo(out);
            }
        }
        String actual = HexFormat.of().formatHex(md.digest());
        if (!actual.equalsIgnoreCase(e.sha256)) {
            throw new IOException(resource + " has SHA-256 " + actual + ", the index says " + e.sha256
                    + " (a corrupt or mixed-up natives jar)");
        }
        dest.toFile().setExecutable(true, false);
    }

    static String sha256Hex(byte[] data) {
        return HexFormat.of().formatHex(sha256().digest(data));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
