package io.github.llamaffm.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Command-line options: safe defaults, and a clear message for every bad value. */
class ServerOptionsTest {
    @Test
    void defaultsAreSafe() {
        ServerOptions o = ServerOptions.parse();
        assertEquals("127.0.0.1", o.host());
        assertEquals(8080, o.port());
        assertTrue(o.apiKeys().isEmpty());
        assertTrue(o.corsOrigins().isEmpty());
        assertNull(o.model());
        assertTrue(o.maxBodyBytes() > 0 && o.maxTokens() > 0 && o.queue() >= 0);
    }

    @Test
    void optionsAreRead(@TempDir Path dir) throws Exception {
        Path keys = Files.writeString(dir.resolve("keys"), "# keys\nsk-one\n\n  sk-two  \n");
        Path model = Files.writeString(dir.resolve("m.gguf"), "x");
        ServerOptions o = ServerOptions.parse("--model", model.toString(), "--host=0.0.0.0", "--port", "9000", "--parallel", "8",
                "--api-key", "sk-zero", "--api-key-file", keys.toString(), "--cors-origin", "http://localhost:3000", "--timeout", "30");
        assertEquals(model, o.model());
        assertEquals("0.0.0.0", o.host());
        assertEquals(9000, o.port());
        assertEquals(8, o.parallel());
        assertEquals(List.of("sk-zero", "sk-one", "sk-two"), o.apiKeys());
        assertEquals(List.of("http://localhost:3000"), o.corsOrigins());
        assertFalse(o.toString().contains("sk-"), "keys stay out of logs: " + o);
    }

    @Test
    void badOptionsSayWhatIsWrong(@TempDir Path dir) throws Exception {
        assertMessage("unknown option --prot", "--prot", "1");
        assertMessage("--port needs an integer: 'http'", "--port", "http");
        assertMessage("--port must be from 0 to 65535: 70000", "--port", "70000");
        assertMessage("--parallel must be from 1 to 256: 0", "--parallel", "0");
        assertMessage("--max-tokens must be from 1", "--max-tokens", "-1");
        assertMessage("--timeout needs a value", "--timeout");
        assertMessage("--ctx-size 100 gives each of the 4 slots only 25 tokens", "--ctx-size", "100", "--parallel", "4");
        assertMessage("--model: no such file: /nonexistent.gguf", "--model", "/nonexistent.gguf");
        assertMessage("an API key must be non-empty", "--api-key", "has space");
        assertMessage("--cors-origin must be * or scheme://host[:port]", "--cors-origin", "localhost");
        assertMessage("unexpected argument 'model.gguf'", "model.gguf");
        Path empty = Files.writeString(dir.resolve("empty"), "# nothing\n");
        assertMessage("--api-key-file: no key in", "--api-key-file", empty.toString());
        assertMessage("--lookup must be from 1 to 256: 0", "--lookup", "0");
        assertMessage("--lookup must be from 1 to 256: 300", "--lookup", "300");
        assertMessage("--draft-max needs --draft-model", "--draft-max", "4");
        assertMessage("--draft-model: no such file", "--draft-model", dir.resolve("missing.gguf").toString());
        assertMessage("--lookup and --draft-model cannot be combined", "--lookup", "4", "--draft-model", empty.toString());
        assertMessage("--draft-max must be from 1 to 256: 0", "--draft-model", empty.toString(), "--draft-max", "0");
        ServerOptions spec = ServerOptions.parse("--lookup", "5");
        assertEquals(5, spec.lookup());
        assertEquals(null, spec.draftModel());
        ServerOptions d = ServerOptions.parse("--draft-model", empty.toString());
        assertEquals(empty, d.draftModel());
        assertEquals(ServerOptions.DEFAULT_DRAFT_MAX, d.draftMax());
        assertEquals(0, d.lookup());
    }

    private static void assertMessage(String expected, String... args) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ServerOptions.parse(args));
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
    }
}
