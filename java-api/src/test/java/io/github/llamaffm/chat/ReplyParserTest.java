package io.github.llamaffm.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Streaming: every golden case of llama.cpp's parser (chat-tools/), fed to a {@link ReplyParser}
 * in random pieces, gives events whose content and reasoning deltas join to the final parse and
 * whose call events are the final calls, in order, each once, with ids.
 */
class ReplyParserTest {

    @Test
    void eventsOfEveryGoldenCaseAddUpToItsFinalParse() {
        Random random = new Random(7);
        int checked = 0;
        for (ToolCallParserTest.Case k : ToolCallParserTest.cases()) {
            if (ToolCallParserTest.bool(k.c(), "partial")) continue;
            ToolCallFormat.Syntax syn = ToolCallParserTest.syntax(ToolCallParserTest.str(k.c(), "template"));
            ToolCallParser.Options final0 = ToolCallParserTest.options(k, syn, false);
            String input = ToolCallParserTest.str(k.c(), "input");
            for (int round = 0; round < 3; round++) {
                ReplyParser rp = new ReplyParser((text, partial) -> ToolCallParser.parse(syn, text,
                        new ToolCallParser.Options(partial, final0.parseReasoning(), final0.prefill(), final0.tools())), null);
                List<ChatEvent> events = new ArrayList<>();
                for (int i = 0; i < input.length(); ) {
                    int n = round == 0 ? 1 : 1 + random.nextInt(8);
                    int end = Math.min(input.length(), i + n);
                    // never split a surrogate pair: tokens carry whole characters
                    if (end < input.length() && Character.isHighSurrogate(input.charAt(end - 1))) end++;
                    rp.accept(input.substring(i, end), events::add);
                    i = end;
                }
                ParsedReply done = rp.finish(events::add);
                ParsedReply direct = ToolCallParser.parse(syn, input, final0);
                String where = k.id() + " round " + round;
                assertEquals(direct.content(), done.content(), where);
                assertEquals(direct.reasoning(), done.reasoning(), where);
                StringBuilder content = new StringBuilder();
                StringBuilder reasoning = new StringBuilder();
                List<ToolCall> calls = new ArrayList<>();
                for (ChatEvent e : events) {
                    switch (e) {
                        case ChatEvent.ContentDelta d -> content.append(d.text());
                        case ChatEvent.ReasoningDelta d -> reasoning.append(d.text());
                        case ChatEvent.ToolCallRequested c -> {
                            assertEquals(calls.size(), c.index(), where);
                            calls.add(c.call());
                        }
                        case ChatEvent.ToolResult r -> throw new AssertionError("a parser runs no tools");
                    }
                }
                assertEquals(done.content(), content.toString(), where + ": content deltas");
                assertEquals(done.reasoning(), reasoning.toString(), where + ": reasoning deltas");
                assertEquals(done.toolCalls(), calls, where + ": call events");
                assertEquals(direct.toolCalls().size(), done.toolCalls().size(), where);
                for (int i = 0; i < calls.size(); i++) {
                    assertEquals(direct.toolCalls().get(i).name(), calls.get(i).name(), where);
                    assertEquals(direct.toolCalls().get(i).arguments(), calls.get(i).arguments(), where);
                    assertFalse(calls.get(i).id().isEmpty(), where + ": every call has an id");
                    if (!direct.toolCalls().get(i).id().isEmpty()) assertEquals(direct.toolCalls().get(i).id(), calls.get(i).id(), where);
                }
                checked++;
            }
        }
        assertTrue(checked > 200, "only " + checked + " streams checked");
    }

    @Test
    void idsAreNineLettersOrDigitsAndAFinishedParserRefusesMoreText() {
        for (int i = 0; i < 100; i++) assertTrue(ReplyParser.randomId().matches("[A-Za-z0-9]{9}"));
        ReplyParser rp = new ReplyParser((t, p) -> ParsedReply.text(t), () -> "fixed0001");
        rp.accept("hi", e -> { });
        ParsedReply r = rp.finish(e -> { });
        assertEquals("hi", r.content());
        assertEquals(r, rp.finish(e -> { }), "finish is idempotent");
        assertThrows(IllegalStateException.class, () -> rp.accept("more", e -> { }));
    }
}
