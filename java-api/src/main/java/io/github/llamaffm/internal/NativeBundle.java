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
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One platform folder of a natives jar ({@code io/github/llamaffm/natives/<folder>/}), described
 * by its {@code libraries.txt}: {@code load} lines name the libraries to load in dependency
 * order, {@code backend} lines the ggml backend modules; each line carries the file's SHA-256.
 *
 * <p>Extraction happens once per content: the target folder is named by a hash of the index
 * (which holds every file's hash), written under a temporary name while a file lock is held, and
 * renamed atomically, so concurrent JVMs either find a complete folder or wait for one.
 *
 * <p><b>Trusting what is on disk.</b> A cache folder may sit where other users can write (the
 * fallback under {@code java.io.tmpdir}, whose name anyone can guess and create first), and a
 * library found there is loaded into this process. So, on POSIX file systems:
 * <ul>
 *   <li>Folders are created with mode 0700. The cache root ({@code .../natives}) must be a real
 *       folder (not a symbolic link) owned by the current user with mode 0700; one of ours that
 *       nobody else can write (0755, made by an older version) is tightened to 0700.</li>
 *   <li>Every folder on the path to the cache root, on the path as given and on its real path,
 *       must be owned by the current user or root and be writable by nobody else unless it has
 *       the sticky bit (as {@code /tmp} has); a symbolic link on it must be owned by the current
 *       user or root. Otherwise someone else could rename or replace a folder on the way.</li>
 *   <li>A cache root that fails these checks is <em>refused</em>: {@link #extract} throws an
 *       {@link UntrustedLocationException} naming the folder and the reason, before anything in it
 *       is opened, and the loader goes on to its next place and finally to a fresh private folder
 *       ({@link java.nio.file.Files#createTempDirectory}, mode 0700) used by this process alone.
 *       Hashes are not re-verified in place, because whoever can write the folder could swap a
 *       file between the check and the load.</li>
 *   <li>Inside a private cache root, an existing extraction is used only if it is a real folder
 *       owned by the current user with mode 0700, holding exactly the indexed files (regular
 *       files, not links, owned by the current user) and the completion marker with this index.
 *       Anything else (other owner, 0777, a link, a file in its place, an extra or missing
 *       file) is deleted and extracted again, which is safe because nobody else can write the
 *       root.</li>
 * </ul>
 * On file systems without POSIX permissions (Windows), where the cache lives in the user's own
 * profile, an existing extraction is used only after every file's SHA-256 has been checked
 * against the index again (and the folder holds nothing else); otherwise it is extracted again.
 */
record NativeBundle(String folder, String resourceDir, String index, List<Entry> entries) {
    static final String ROOT = "io/github/llamaffm/natives/";
    private static final String COMPLETE = ".complete";
    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rwx------");
    private static volatile UserPrincipal currentUser;

    record Entry(String kind, String file, String sha256) {}

    /** How an existing extraction earns trust. */
    enum Trust {
        /** Ownership and permissions of the folders (POSIX file systems). */
        OWNERSHIP,
        /** The SHA-256 of every file, checked again before each use (other file systems). */
        HASHES;

        static Trust of(Path p) {
            return p.getFileSystem().supportedFileAttributeViews().contains("posix") ? OWNERSHIP : HASHES;
        }
    }

    /** A cache folder that other users could change, so nothing in it may be trusted or loaded. */
    static final class UntrustedLocationException extends IOException {
        private static final long serialVersionUID = 1L;

        UntrustedLocationException(Path p, String why) {
            super("refusing to use " + p + " for native libraries: " + why
                    + " (another user could plant libraries there)");
        }
    }

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
            return new NativeBundle(folder, ROOT + folder + "/", index, entries);
        }
    }

    /**
     * A bundle of libraries that another jar on the class path carries under {@code resourceDir}
     * (the CUDA runtime of a redistributable CUDA jar), to be extracted like ours. The index is made
     * here, with each file's SHA-256 as read now: that pins the extraction to these exact bytes.
     *
     * @return the bundle, or null when one of {@code files} is not on the class path
     */
    static NativeBundle ofResources(ClassLoader loader, String folder, String resourceDir, List<String> files) throws IOException {
        StringBuilder index = new StringBuilder("# ").append(resourceDir).append(" from the class path\n");
        List<Entry> entries = new ArrayList<>();
        for (String f : files) {
            MessageDigest md = sha256();
            try (InputStream in = loader.getResourceAsStream(resourceDir + f)) {
                if (in == null) return null;
                new DigestInputStream(in, md).transferTo(OutputStream.nullOutputStream());
            }
            Entry e = new Entry("load", f, HexFormat.of().formatHex(md.digest()));
            entries.add(e);
            index.append(e.kind).append(' ').append(e.file).append(' ').append(e.sha256).append('\n');
        }
        return new NativeBundle(folder, resourceDir, index.toString(), List.copyOf(entries));
    }

    List<String> loadOrder() {
        return entries.stream().filter(e -> e.kind.equals("load")).map(Entry::file).toList();
    }

    /**
     * Extracts the bundle under {@code cacheRoot} (once per content) and returns its folder.
     *
     * @throws UntrustedLocationException if {@code cacheRoot} or the path to it could be changed
     *                                    by another user (see the class comment)
     */
    Path extract(ClassLoader loader, Path cacheRoot) throws IOException {
        return extract(loader, cacheRoot, Trust.of(cacheRoot));
    }

    /** {@link #extract(ClassLoader, Path)} with the trust rule chosen (tests use both on one file system). */
    @SuppressWarnings("try") // the lock is held by the try block, never referenced
    Path extract(ClassLoader loader, Path cacheRoot, Trust trust) throws IOException {
        cacheRoot = cacheRoot.toAbsolutePath().normalize();
        boolean posix = trust == Trust.OWNERSHIP;
        if (posix) ensurePrivateRoot(cacheRoot);
        else Files.createDirectories(cacheRoot);
        String key = sha256Hex(index.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
        Path target = cacheRoot.resolve(folder + "-" + key);
        if (usable(target, trust)) return target;
        Set<OpenOption> lockOptions = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        FileAttribute<?>[] lockAttributes = posix
                ? new FileAttribute<?>[]{PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
        try (FileChannel ch = FileChannel.open(cacheRoot.resolve(folder + "-" + key + ".lock"), lockOptions, lockAttributes);
             FileLock ignored = ch.lock()) {
            if (usable(target, trust)) return target; // another JVM finished it
            Path tmp = Files.createTempDirectory(cacheRoot, folder + "-" + key + ".tmp"); // 0700 on POSIX
            try {
                for (Entry e : entries) copyVerified(loader, e, tmp.resolve(e.file));
                Files.writeString(tmp.resolve(COMPLETE), index, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                // Whatever is there failed the checks (a leftover without its marker, or not ours): replace it.
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) deleteTree(target);
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
                    Files.move(tmp, target);
                }
            } finally {
                if (Files.exists(tmp, LinkOption.NOFOLLOW_LINKS)) deleteTree(tmp);
            }
        }
        if (!usable(target, trust)) throw new IOException("the extraction in " + target + " does not check out after writing it");
        return target;
    }

    /**
     * Creates {@code root} (mode 0700) and checks that only the current user (or root) can change
     * it or any folder on the way to it; tightens a folder of ours that nobody else can write to 0700.
     */
    private static void ensurePrivateRoot(Path root) throws IOException {
        try {
            Files.createDirectories(root, PosixFilePermissions.asFileAttribute(PRIVATE));
        } catch (FileAlreadyExistsException e) {
            throw new UntrustedLocationException(e.getFile() == null ? root : Path.of(e.getFile()), "it exists and is not a folder");
        }
        UserPrincipal me = currentUser();
        for (Path q = root.getParent(); q != null; q = q.getParent()) checkAncestor(q, me);
        for (Path q = root.toRealPath().getParent(); q != null; q = q.getParent()) checkAncestor(q, me);
        PosixFileAttributes a = Files.readAttributes(root, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (a.isSymbolicLink()) throw new UntrustedLocationException(root, "it is a symbolic link");
        if (!a.isDirectory()) throw new UntrustedLocationException(root, "it is not a folder");
        if (!a.owner().equals(me)) throw new UntrustedLocationException(root, "it is owned by " + a.owner().getName() + ", not " + me.getName());
        if (!a.permissions().equals(PRIVATE)) {
            if (writableByOthers(a.permissions())) {
                throw new UntrustedLocationException(root, "its mode is " + PosixFilePermissions.toString(a.permissions()) + ", not rwx------");
            }
            Files.setPosixFilePermissions(root, PRIVATE); // ours, and nobody else could write it: tighten
        }
    }

    /** A folder on the path to a cache root: nobody but the current user or root may rename what is in it. */
    private static void checkAncestor(Path q, UserPrincipal me) throws IOException {
        PosixFileAttributes a = Files.readAttributes(q, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!a.owner().equals(me) && !ownedByRoot(q, a)) {
            throw new UntrustedLocationException(q, "it is owned by " + a.owner().getName()
                    + (me.getName().equals("root") ? " (only root may own it)" : " (only " + me.getName() + " or root may own it)"));
        }
        if (a.isSymbolicLink()) return; // only its owner can change it; its target is on the real path, checked too
        if (writableByOthers(a.permissions()) && !sticky(q)) {
            throw new UntrustedLocationException(q, "others can write it (mode " + PosixFilePermissions.toString(a.permissions())
                    + ", no sticky bit)");
        }
    }

    private static boolean writableByOthers(Set<PosixFilePermission> p) {
        return p.contains(PosixFilePermission.GROUP_WRITE) || p.contains(PosixFilePermission.OTHERS_WRITE);
    }

    private static boolean ownedByRoot(Path q, PosixFileAttributes a) throws IOException {
        try {
            return ((Integer) Files.getAttribute(q, "unix:uid", LinkOption.NOFOLLOW_LINKS)) == 0;
        } catch (UnsupportedOperationException | IllegalArgumentException noUnixView) {
            return a.owner().getName().equals("root");
        }
    }

    private static boolean sticky(Path q) throws IOException {
        try {
            return (((Integer) Files.getAttribute(q, "unix:mode", LinkOption.NOFOLLOW_LINKS)) & 01000) != 0;
        } catch (UnsupportedOperationException | IllegalArgumentException noUnixView) {
            return false;
        }
    }

    /** The user this process runs as: the owner of a file it has just created. */
    static UserPrincipal currentUser() throws IOException {
        UserPrincipal u = currentUser;
        if (u == null) {
            Path probe = Files.createTempFile("llama-ffm-owner", ".probe");
            try {
                u = Files.getOwner(probe);
            } finally {
                Files.deleteIfExists(probe);
            }
            currentUser = u;
        }
        return u;
    }

    /** Whether {@code target} is a complete extraction of this index that may be loaded (see the class comment). */
    private boolean usable(Path target, Trust trust) throws IOException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException absent) {
            return false;
        }
        if (!a.isDirectory()) return false; // also a symbolic link
        UserPrincipal me = null;
        if (trust == Trust.OWNERSHIP) {
            me = currentUser();
            PosixFileAttributes p = Files.readAttributes(target, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!p.owner().equals(me) || !p.permissions().equals(PRIVATE)) return false;
        }
        Set<String> expected = new HashSet<>();
        for (Entry e : entries) expected.add(e.file);
        expected.add(COMPLETE);
        Set<String> present = new HashSet<>();
        try (Stream<Path> s = Files.list(target)) {
            for (Path f : s.toList()) present.add(f.getFileName().toString());
        }
        if (!present.equals(expected)) return false; // a leftover, or a planted extra backend
        for (String name : expected) {
            Path f = target.resolve(name);
            if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) return false;
            if (me != null && !Files.getOwner(f, LinkOption.NOFOLLOW_LINKS).equals(me)) return false;
        }
        if (!Files.readString(target.resolve(COMPLETE)).equals(index)) return false;
        if (trust == Trust.HASHES) {
            for (Entry e : entries) {
                if (!sha256Hex(target.resolve(e.file)).equalsIgnoreCase(e.sha256)) return false;
            }
        }
        return true;
    }

    private static String sha256Hex(Path file) throws IOException {
        MessageDigest md = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS), md)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private void copyVerified(ClassLoader loader, Entry e, Path dest) throws IOException {
        String resource = resourceDir + e.file;
        MessageDigest md = sha256();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) throw new IOException(resource + " is listed but missing from the jar");
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(dest, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), md)) {
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

    /** Deletes {@code root} and what it holds; a symbolic link is deleted itself, never followed. */
    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
