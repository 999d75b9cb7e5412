package io.github.llamaffm.internal;

import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

import java.util.ArrayList;
import java.util.List;

import static io.github.llamaffm.internal.LogLines.LEVEL_CONT;
import static io.github.llamaffm.internal.LogLines.LEVEL_DEBUG;
import static io.github.llamaffm.internal.LogLines.LEVEL_ERROR;
import static io.github.llamaffm.internal.LogLines.LEVEL_INFO;
import static io.github.llamaffm.internal.LogLines.LEVEL_NONE;
import static io.github.llamaffm.internal.LogLines.LEVEL_WARN;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** llama.cpp's log levels as SLF4J levels, and fragments assembled into lines (no native code). */
class LogLinesTest {
    private final List<String> out = new ArrayList<>();
    private final LogLines lines = new LogLines((level, line) -> out.add(level + " " + line));

    @Test
    void infoIsDebugAndDebugIsTrace() {
        assertEquals(Level.ERROR, LogLines.slf4jLevel(LEVEL_ERROR));
        assertEquals(Level.WARN, LogLines.slf4jLevel(LEVEL_WARN));
        assertEquals(Level.DEBUG, LogLines.slf4jLevel(LEVEL_INFO), "llama.cpp's INFO is detail, not an application's INFO");
        assertEquals(Level.TRACE, LogLines.slf4jLevel(LEVEL_DEBUG));
        assertEquals(Level.DEBUG, LogLines.slf4jLevel(LEVEL_NONE));
        assertEquals(Level.DEBUG, LogLines.slf4jLevel(42), "a level a later ggml adds");
    }

    @Test
    void continuationsKeepTheLevelOfTheMessageTheyContinue() {
        lines.accept(LEVEL_INFO, "llama_model_load: loading");
        lines.accept(LEVEL_CONT, ".");
        lines.accept(LEVEL_CONT, ".\n");
        lines.accept(LEVEL_WARN, "n_ctx_seq < n_ctx_train\n");
        lines.accept(LEVEL_CONT, "  (continued)\n");
        lines.accept(LEVEL_ERROR, "first");
        lines.accept(LEVEL_DEBUG, "a new message ends the open line\n");
        lines.accept(LEVEL_CONT, "still debug\n");
        assertEquals(List.of("DEBUG llama_model_load: loading..", "WARN n_ctx_seq < n_ctx_train", "WARN   (continued)",
                "ERROR first", "TRACE a new message ends the open line", "TRACE still debug"), out);
    }

    @Test
    void splitsOnNewlinesAndDropsBlankLines() {
        lines.accept(LEVEL_CONT, "before any message\n");
        lines.accept(LEVEL_WARN, "one\n\n   \ntwo\nthr");
        lines.accept(LEVEL_CONT, "ee\n");
        assertEquals(List.of("DEBUG before any message", "WARN one", "WARN two", "WARN three"), out);
    }
}
