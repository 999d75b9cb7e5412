package io.github.llamaffm.internal;

import org.junit.jupiter.api.Test;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextStreamTest {
    private static List<String> feed(TextStream s, byte[]... pieces) {
        List<String> out = new ArrayList<>();
        try (Arena a = Arena.ofConfined()) {
            for (byte[] p : pieces) {
                MemorySegment seg = a.allocate(Math.max(1, p.length));
                MemorySegment.copy(p, 0, seg, java.lang.foreign.ValueLayout.JAVA_BYTE, 0, p.length);
                out.add(s.push(seg, p.length));
            }
        }
        return out;
    }

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void multiByteCharacterSplitAcrossTokensAppearsWhole() {
        byte[] euro = b("€"); // E2 82 AC
        byte[] emoji = b("🦙"); // 4 bytes, a surrogate pair in Java
        TextStream s = new TextStream(List.of());
        List<String> out = feed(s, b("a"), new byte[]{euro[0]}, new byte[]{euro[1]}, new byte[]{euro[2], emoji[0]},
                new byte[]{emoji[1], emoji[2]}, new byte[]{emoji[3]}, b("z"));
        assertEquals(List.of("a", "", "", "€", "", "🦙", "z"), out);
        assertEquals("", s.finish());
        assertEquals("a€🦙z", s.text());
    }

    @Test
    void invalidBytesBecomeReplacementCharacters() {
        TextStream s = new TextStream(List.of());
        List<String> out = feed(s, new byte[]{(byte) 0xFF}, b("ok"), new byte[]{(byte) 0xE2, (byte) 0x82});
        assertEquals("\uFFFD", out.get(0));
        assertEquals("ok", out.get(1));
        assertEquals("", out.get(2));
        assertEquals("\uFFFD", s.finish(), "an unfinished character at the end");
    }

    @Test
    void stopStringSpanningTokensIsNotEmitted() {
        TextStream s = new TextStream(List.of("\n\nUser:"));
        List<String> out = feed(s, b("Hello"), b("\n"), b("\nUs"), b("er:"), b("more"));
        assertEquals("Hello", String.join("", out));
        assertTrue(s.stopped());
        assertEquals("Hello", s.text());
        assertEquals("", s.finish());
    }

    @Test
    void heldBackPrefixIsReleasedWhenItTurnsOutNotToBeAStop() {
        TextStream s = new TextStream(List.of("STOP"));
        List<String> out = feed(s, b("a ST"), b("O"), b("x"));
        assertEquals(List.of("a ", "", "STOx"), out);
        assertFalse(s.stopped());
        feed(s, b("ST"));
        assertEquals("ST", s.finish(), "a partial stop string at the end is text");
        assertEquals("a STOxST", s.text());
    }

    @Test
    void earliestOfSeveralStopsWins() {
        TextStream s = new TextStream(List.of("bc", "abcd"));
        assertEquals("x", String.join("", feed(s, b("xabcd"))));
        assertTrue(s.stopped());
    }

    @Test
    void buffersAreReusedNotGrownPerToken() throws Exception {
        TextStream s = new TextStream(List.of("never"));
        byte[][] pieces = new byte[5000][];
        java.util.Arrays.fill(pieces, b("ab"));
        feed(s, pieces);
        java.lang.reflect.Field out = TextStream.class.getDeclaredField("out");
        out.setAccessible(true);
        assertTrue(((java.nio.CharBuffer) out.get(s)).capacity() <= 1024, "char buffer grew per token");
        assertEquals(10000, s.text().length());
    }
}
