package io.github.llamaffm.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.llamaffm.bindings.ggml_log_callback;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Routes llama.cpp's and ggml's log to SLF4J (logger {@code llama.cpp}). The callback is one
 * upcall stub for the whole process; it assembles the fragments llama.cpp logs ({@code CONT}
 * continuations, messages without a newline) into lines, per native thread.
 *
 * <p>It also keeps the last error lines of each thread, so that a NULL returned by llama.cpp can
 * become an exception carrying llama.cpp's own message.
 */
public final class NativeLog {
    /** ggml_log_level values (ggml.h). */
    static final int LEVEL_DEBUG = 1, LEVEL_INFO = 2, LEVEL_WARN = 3, LEVEL_ERROR = 4, LEVEL_CONT = 5;

    private static final Logger LOG = LoggerFactory.getLogger("llama.cpp");
    private static final Pattern BACKEND_LOADED = Pattern.compile("loaded (\\S+) backend from (.+)$");
    private static final int RECENT_LINES = 16;

    private static final ThreadLocal<LineState> STATE = ThreadLocal.withInitial(LineState::new);
    private static final List<String> BACKENDS = new CopyOnWriteArrayList<>();
    private static final List<Consumer<String>> LISTENERS = new CopyOnWriteArrayList<>();
    private static final MemorySegment CALLBACK;

    static {
        CALLBACK = ggml_log_callback.allocate(NativeLog::onLog, Arena.global());
    }

    private NativeLog() {}

    /** The address of the {@code ggml_log_callback} that forwards to SLF4J. */
    public static MemorySegment callback() {
        return CALLBACK;
    }

    /** Backends ggml reported as loaded, as {@code "CPU: /path/libggml-cpu-zen4.so"}. */
    public static List<String> loadedBackends() {
        return List.copyOf(BACKENDS);
    }

    /** Error and warning lines llama.cpp logged on this thread since the last {@link #clearRecent()}. */
    public static List<String> recentProblems() {
        return List.copyOf(STATE.get().recent);
    }

    /** Forgets this thread's recent error lines, before a call whose failure we want to explain. */
    public static void clearRecent() {
        STATE.get().recent.clear();
    }

    /** Adds a listener that sees every complete log line (tests, diagnostics); returns a remover. */
    public static Runnable addListener(Consumer<String> listener) {
        LISTENERS.add(listener);
        return () -> LISTENERS.remove(listener);
    }

    // Called from C: must never throw.
    private static void onLog(int level, MemorySegment text, MemorySegment userData) {
        try {
            String s = text.equals(MemorySegment.NULL) ? "" : text.reinterpret(Long.MAX_VALUE).getString(0);
            LineState st = STATE.get();
            if (level != LEVEL_CONT) {
                if (!st.pending.isEmpty()) st.flush();
                st.level = level;
            }
            st.pending.append(s);
            int nl;
            while ((nl = st.pending.indexOf("\n")) >= 0) {
                String line = st.pending.substring(0, nl);
                st.pending.delete(0, nl + 1);
                st.emit(line);
            }
        } catch (Throwable t) {
            try { LOG.warn("dropped a llama.cpp log message", t); } catch (Throwable ignored) { /* nothing left to do */ }
        }
    }

    private static final class LineState {
        final StringBuilder pending = new StringBuilder();
        final List<String> recent = new ArrayList<>();
        int level = LEVEL_INFO;

        void flush() {
            String line = pending.toString();
            pending.setLength(0);
            emit(line);
        }

        void emit(String line) {
            if (line.isBlank()) return;
            switch (level) {
                case LEVEL_ERROR -> LOG.error(line);
                case LEVEL_WARN -> LOG.warn(line);
                case LEVEL_INFO -> LOG.info(line);
                default -> LOG.debug(line);
            }
            if (level == LEVEL_ERROR || level == LEVEL_WARN) {
                if (recent.size() == RECENT_LINES) recent.remove(0);
                recent.add(line.strip());
            }
            Matcher m = BACKEND_LOADED.matcher(line);
            if (m.find()) BACKENDS.add(m.group(1) + ": " + m.group(2).strip());
            for (Consumer<String> l : LISTENERS) l.accept(line);
        }
    }
}
