package io.github.llamaffm.internal;

import io.github.llamaffm.LlamaException;

import java.lang.foreign.MemorySegment;
import java.util.List;

/** Small helpers shared by the API classes for calls into llama.cpp. */
public final class Native {
    private Native() {}

    /** Loads the libraries (once) before the first binding is used. */
    public static void ensureLoaded() {
        NativeLoader.libraries();
        NativeAbort.install();
    }

    /** A C string as Java text ("" for NULL). */
    public static String string(MemorySegment cString) {
        return cString.equals(MemorySegment.NULL) ? "" : cString.reinterpret(Long.MAX_VALUE).getString(0);
    }

    /** Whether a pointer is NULL. */
    public static boolean isNull(MemorySegment p) {
        return p.equals(MemorySegment.NULL);
    }

    /**
     * What llama.cpp logged as errors or warnings on this thread since {@link NativeLog#clearRecent()},
     * as one string for an exception message ("" when it said nothing).
     */
    public static String recentLog() {
        List<String> lines = NativeLog.recentProblems();
        return lines.isEmpty() ? "" : " (llama.cpp: " + String.join("; ", lines) + ")";
    }

    /** An exception for a native call that failed, with what llama.cpp logged about it. */
    public static LlamaException failure(String what) {
        return new LlamaException(what + recentLog());
    }
}
