package io.github.llamaffm.internal;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlatformTest {
    @Test
    void namesFoldersAsTheNativesJarDoes() {
        assertEquals("linux-x86_64", Platform.of("Linux", "amd64").folder());
        assertEquals("macos-aarch64", Platform.of("Mac OS X", "aarch64").folder());
        assertEquals("windows-x86_64", Platform.of("Windows 11", "amd64").folder());
        assertEquals("linux-aarch64", Platform.of("Linux", "arm64").folder());
    }

    @Test
    void recognisesVersionedLibraryFiles() {
        Platform linux = Platform.of("Linux", "amd64");
        assertTrue(linux.isLibraryFile("libggml.so", "ggml"));
        assertTrue(linux.isLibraryFile("libggml.so.0", "ggml"));
        assertTrue(linux.isLibraryFile("libggml.so.0.9.4", "ggml"));
        assertFalse(linux.isLibraryFile("libggml-base.so.0", "ggml"));
        assertFalse(linux.isLibraryFile("libggml.so.bak", "ggml"));
        Platform mac = Platform.of("Mac OS X", "aarch64");
        assertTrue(mac.isLibraryFile("libllama.0.dylib", "llama"));
        assertEquals("llama.dll", Platform.of("Windows 10", "amd64").libraryFileName("llama"));
    }
}
