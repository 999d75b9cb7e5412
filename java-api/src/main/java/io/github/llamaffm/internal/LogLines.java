package io.github.llamaffm.internal;

import org.slf4j.event.Level;

import java.util.function.BiConsumer;

/**
 * One native thread's log, assembled into lines: llama.cpp and ggml log fragments (a message may
 * come in several calls, continued at {@code GGML_LOG_LEVEL_CONT}, and need not end with a newline);
 * each complete, non-blank line goes to the sink with its SLF4J level.
 *
 * <p>The levels, {@code ggml_log_level} (ggml.h) to SLF4J:
 * <ul>
 *   <li>{@code ERROR} → {@code ERROR}, {@code WARN} → {@code WARN};</li>
 *   <li>{@code INFO} → {@code DEBUG}: llama.cpp's INFO is chatty (a model load alone logs every
 *       metadata key, the tensor counts, the model's shape, every buffer size), detail for whoever
 *       debugs, not news for an application's INFO log;</li>
 *   <li>{@code DEBUG} → {@code TRACE}, so that it stays below its INFO;</li>
 *   <li>{@code NONE} (0, which the libraries do not use for their own messages) → {@code DEBUG};</li>
 *   <li>{@code CONT} continues the message logged before it on the same native thread, at that
 *       message's level (a CONT with nothing before it on its thread counts as INFO).</li>
 * </ul>
 */
final class LogLines {
    /** ggml_log_level values (ggml.h). */
    static final int LEVEL_NONE = 0, LEVEL_DEBUG = 1, LEVEL_INFO = 2, LEVEL_WARN = 3, LEVEL_ERROR = 4, LEVEL_CONT = 5;

    private final StringBuilder pending = new StringBuilder();
    private final BiConsumer<Level, String> sink;
    private int level = LEVEL_INFO;

    LogLines(BiConsumer<Level, String> sink) {
        this.sink = sink;
    }

    /** The SLF4J level of a {@code ggml_log_level} other than {@code CONT} (see the class comment). */
    static Level slf4jLevel(int ggmlLevel) {
        return switch (ggmlLevel) {
            case LEVEL_ERROR -> Level.ERROR;
            case LEVEL_WARN -> Level.WARN;
            case LEVEL_DEBUG -> Level.TRACE;
            default -> Level.DEBUG; // INFO, NONE, and values a later ggml may add
        };
    }

    /** One call of the log callback: {@code text} at {@code ggmlLevel}. */
    void accept(int ggmlLevel, String text) {
        if (ggmlLevel != LEVEL_CONT) {
            if (!pending.isEmpty()) flush();
            level = ggmlLevel;
        }
        pending.append(text);
        int nl;
        while ((nl = pending.indexOf("\n")) >= 0) {
            String line = pending.substring(0, nl);
            pending.delete(0, nl + 1);
            emit(line);
        }
    }

    private void flush() {
        String line = pending.toString();
        pending.setLength(0);
        emit(line);
    }

    private void emit(String line) {
        if (!line.isBlank()) sink.accept(slf4jLevel(level), line);
    }
}
