package io.github.llamaffm.internal;

import java.util.Locale;

/**
 * The running platform as the natives jar names it: {@code <os>-<arch>}, e.g. {@code linux-x86_64},
 * {@code macos-aarch64}, {@code windows-x86_64}. Flavours add a suffix ({@code linux-x86_64-cuda}).
 */
public record Platform(String os, String arch) {

    /** The platform of this JVM. */
    public static Platform current() {
        return of(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    }

    static Platform of(String osName, String osArch) {
        String n = osName.toLowerCase(Locale.ROOT);
        String os = n.startsWith("linux") ? "linux"
                : n.startsWith("mac") || n.startsWith("darwin") ? "macos"
                : n.startsWith("windows") ? "windows"
                : n.replaceAll("[^a-z0-9]", "");
        String a = osArch.toLowerCase(Locale.ROOT);
        String arch = switch (a) {
            case "amd64", "x86_64", "x64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> a.replaceAll("[^a-z0-9_]", "");
        };
        return new Platform(os, arch);
    }

    /** The natives folder name of this platform, e.g. {@code linux-x86_64}. */
    public String folder() {
        return os + "-" + arch;
    }

    /** The file name a shared library {@code name} has on this platform ({@code libllama.so}). */
    public String libraryFileName(String name) {
        return switch (os) {
            case "windows" -> name + ".dll";
            case "macos" -> "lib" + name + ".dylib";
            default -> "lib" + name + ".so";
        };
    }

    /** Whether {@code file} is a build of library {@code name}, versioned or not ({@code libggml.so.0}). */
    public boolean isLibraryFile(String file, String name) {
        String plain = libraryFileName(name);
        if (file.equals(plain)) return true;
        return switch (os) {
            case "windows" -> false;
            case "macos" -> file.startsWith("lib" + name + ".") && file.endsWith(".dylib")
                    && file.substring(name.length() + 4, file.length() - 6).matches("[0-9.]+");
            default -> file.startsWith(plain + ".") && file.substring(plain.length() + 1).matches("[0-9.]+");
        };
    }
}
