package io.github.llamaffm.tests;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tool-call goldens that java-api's ToolCallParserTest compares with are still what
 * llama.cpp's own parser gives: scripts/chat-tool-oracle (our program over llama.cpp's
 * common_chat_templates_apply and common_chat_parse, built against the pinned build's
 * libllama-common) runs on the cases again, and its output must equal the committed file.
 */
class ChatToolOracleTest {

    @Test
    void goldensAreWhatLlamaCppsParserGivesToday() throws Exception {
        Path repo = Path.of(System.getProperty("llama.ffm.native.dir")).toAbsolutePath().getParent();
        Path out = Path.of("target", "chat-tool-golden-live.json").toAbsolutePath();
        Files.deleteIfExists(out);
        Process p = new ProcessBuilder("bash", repo.resolve("scripts/chat-tool-oracle/run.sh").toString(), out.toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the oracle did not finish");
        assertEquals(0, p.exitValue(), log);
        assertTrue(log.contains(" 0 errors"), log);
        assertEquals(Files.readString(repo.resolve("java-api/src/test/resources/chat-tools/golden.json")), Files.readString(out),
                "llama.cpp's parser now gives other results: run 'make chat-tool-golden' and look at the difference");
    }
}
