package io.github.llamaffm.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

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
 * continuations, messages without a newline) into lines, per native thread ({@link LogLines}).
 *
 * <p>Levels: llama.cpp's ERROR and WARN stay ERROR and WARN; its INFO, which is chatty (a model
 * load alone logs every metadata key and buffer size), is DEBUG; its DEBUG is TRACE; a CONT line keeps the level
 * of the message it continues. So an application's usual INFO level shows llama.cpp's warnings and
 * errors only, and {@code llama.cpp} at DEBUG shows what llama.cpp's own programs print.
 *
 * <p>It also keeps the last error lines of each thread, so that a NULL returned by llama.cpp can
 * become an exception carrying llama.cpp's own message.
 */
public final class NativeLog {
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

    /** Adds lines to this thread's recent problems: those a call logged on the loader thread that ran it. */
    static void addRecent(List<String> lines) {
        List<String> recent = STATE.get().recent;
        for (String l : lines) {
            if (recent.size() == RECENT_LINES) recent.remove(0);
            recent.add(l);
        }
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
            STATE.get().lines.accept(level, s);
        } catch (Throwable t) {
            try { LOG.warn("dropped a llama.cpp log message", t); } catch (Throwable ignored) { /* nothing left to do */ }
        }
    }

    private static final class LineState {
        final List<String> recent = new ArrayList<>();
        final LogLines lines = new LogLines(this::emit);

        void emit(Level level, String line) {
            switch (level) {
                case ERROR -> LOG.error(line);
                case WARN -> LOG.warn(line);
                case INFO -> LOG.info(line);
                case DEBUG -> LOG.debug(line);
                case TRACE -> LOG.trace(line);
            }
            if (level == Level.ERROR || level == Level.WARN) {
                if (recent.size() == RECENT_LINES) recent.remove(0);
                recent.add(line.strip());
            }
            Matcher m = BACKEND_LOADED.matcher(line);
            if (m.find()) BACKENDS.add(m.group(1) + ": " + m.group(2).strip());
            for (Consumer<String> l : LISTENERS) l.accept(line);
        }
    }
}
