package io.github.llamaffm.internal;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns a stream of token pieces (bytes) into text that is safe to show: whole UTF-8 characters
 * only (a character split over tokens appears once complete; invalid bytes become U+FFFD), and
 * nothing that could be the start of a stop string until it is known not to be one.
 * Buffers are reused from token to token.
 */
public final class TextStream {
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final List<String> stops;
    private ByteBuffer in = ByteBuffer.allocate(256);
    private CharBuffer out = CharBuffer.allocate(256);
    private final StringBuilder held = new StringBuilder();
    private final StringBuilder all = new StringBuilder();
    private boolean stopped;

    /**
     * Creates a stream.
     *
     * @param stops stop strings (non-empty), or an empty list
     */
    public TextStream(List<String> stops) {
        this.stops = stops;
    }

    /** Whether a stop string was found; nothing more is emitted after it. */
    public boolean stopped() {
        return stopped;
    }

    /** All text emitted so far. */
    public String text() {
        return all.toString();
    }

    /**
     * Adds the bytes of one token and returns the text that can be emitted now ("" if none).
     *
     * @param piece the token's bytes
     * @param length how many bytes of {@code piece} to use
     */
    public String push(MemorySegment piece, int length) {
        if (stopped) return "";
        if (in.remaining() < length) {
            ByteBuffer bigger = ByteBuffer.allocate(Math.max(in.capacity() * 2, in.position() + length));
            in.flip();
            bigger.put(in);
            in = bigger;
        }
        MemorySegment.copy(piece, ValueLayout.JAVA_BYTE, 0, in.array(), in.position(), length);
        in.position(in.position() + length);
        decode(false);
        return release();
    }

    /** Ends the stream: an incomplete trailing character becomes U+FFFD; returns the rest of the text. */
    public String finish() {
        if (stopped) return "";
        decode(true);
        String emit = release();
        if (!stopped) { // what was held back for a stop string that never came
            emit += held;
            all.append(held);
            held.setLength(0);
        }
        return emit;
    }

    private void decode(boolean end) {
        in.flip();
        while (true) {
            // UTF-8 never yields more chars than bytes: size by capacity, reuse otherwise.
            if (out.capacity() < in.remaining() + 8) out = CharBuffer.allocate(Math.max(out.capacity() * 2, in.remaining() + 8));
            out.clear();
            decoder.decode(in, out, end);
            if (end) decoder.flush(out);
            out.flip();
            held.append(out);
            if (!in.hasRemaining() || out.length() == 0) break;
        }
        in.compact(); // an incomplete character stays for the next token
        if (end) decoder.reset();
    }

    /** Emits what cannot belong to a stop string; stops at the first complete one. */
    private String release() {
        int cut = -1;
        for (String s : stops) {
            int i = held.indexOf(s);
            if (i >= 0 && (cut < 0 || i < cut)) cut = i;
        }
        String emit;
        if (cut >= 0) {
            stopped = true;
            emit = held.substring(0, cut);
            held.setLength(0);
        } else {
            int keep = 0;
            for (String s : stops) keep = Math.max(keep, overlap(held, s));
            emit = held.substring(0, held.length() - keep);
            held.delete(0, held.length() - keep);
        }
        all.append(emit);
        return emit;
    }

    /** Length of the longest suffix of {@code text} that is a proper prefix of {@code stop}. */
    private static int overlap(CharSequence text, String stop) {
        for (int k = Math.min(text.length(), stop.length() - 1); k > 0; k--) {
            boolean match = true;
            for (int j = 0; j < k && match; j++) match = text.charAt(text.length() - k + j) == stop.charAt(j);
            if (match) return k;
        }
        return 0;
    }
}
