package io.github.llamaffm.chat;

import io.github.llamaffm.SpecialTokens;
import io.github.llamaffm.Vocab;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;

/**
 * A rendered chat prompt that knows which parts of its text are the messages' own words, so it
 * can be tokenized without special-token injection: the template's markup is tokenized with
 * special tokens recognised ({@code <|im_start|>} becomes one control token), the messages' text
 * as plain text (a user who types {@code <|im_end|>} gets the tokens of those characters).
 *
 * <p>Messages are found in the rendered text by searching, in order, for each message's content
 * (or, since templates often trim it, its stripped form); a match that would cut through a
 * control token's text is skipped. A message that cannot be found (a template that rewrites the
 * text) is harmless unless it contains the text of a control token; then
 * {@link #tokenize(Vocab, SpecialTokens)} refuses rather than guess.
 */
public final class RenderedPrompt {
    /**
     * Where one of a message's plain texts (its content, reasoning, or a string in its tool calls'
     * arguments) lies in the rendered text.
     *
     * @param start   first char index (inclusive)
     * @param end     last char index (exclusive)
     * @param message the index of the message in the conversation
     */
    public record Span(int start, int end, int message) {
    }

    /** A span and which plain text it is. */
    private record Located(Span span, int piece) {
    }

    private final String text;
    private final List<ChatMessage> messages;

    /**
     * Wraps a prompt that was rendered elsewhere (for example by one of llama.cpp's built-in chat
     * formats) so that it can be tokenized safely: the messages' contents are located in the text
     * the same way.
     *
     * @param text     the rendered prompt
     * @param messages the conversation it was rendered from, in order
     * @return the rendered prompt
     * @throws NullPointerException if an argument is null
     */
    public static RenderedPrompt of(String text, List<ChatMessage> messages) {
        return new RenderedPrompt(java.util.Objects.requireNonNull(text, "text"), List.copyOf(messages));
    }

    RenderedPrompt(String text, List<ChatMessage> messages) {
        this.text = text;
        this.messages = messages;
    }

    /**
     * The rendered prompt.
     *
     * @return the text, exactly as the template produced it
     */
    public String text() {
        return text;
    }

    /**
     * The conversation that was rendered.
     *
     * @return the messages, unmodifiable
     */
    public List<ChatMessage> messages() {
        return messages;
    }

    /**
     * Where the messages' plain texts (contents, reasoning, strings inside tool-call arguments)
     * were found in {@link #text()}, without regard to any vocabulary. Empty texts, and texts that
     * could not be found, have no span.
     *
     * @return the spans, ordered by position
     */
    public List<Span> contentSpans() {
        return locate(List.of()).stream().map(Located::span).toList();
    }

    /**
     * Tokenizes the prompt as {@link Vocab#tokenize(String, SpecialTokens) vocab.tokenize(text(), mode)}
     * does, except that special-token text is recognised only in the template's markup: message
     * text can never produce a control token. With harmless message text the result equals
     * {@code vocab.tokenize(text(), mode)} (the spans' boundaries coincide with raw-text boundaries,
     * or with the tokenizer's own pre-tokenization boundaries).
     *
     * <p>Use {@link SpecialTokens#PARSE} when the template writes {@code bos_token} itself (most
     * do), {@link SpecialTokens#ADD_AND_PARSE} to let the vocabulary add its BOS (and EOS) as well.
     * Without parsing ({@link SpecialTokens#NONE}, {@link SpecialTokens#ADD}) the markup is plain
     * text too, which is rarely what a chat model wants.
     *
     * @param vocab the model's vocabulary
     * @param mode  whether to add the vocabulary's BOS/EOS, and whether to parse the markup's special tokens
     * @return the token ids
     * @throws ChatTemplateException if a message contains the text of a control token and could
     *                               not be located in the rendered text (the template rewrote it)
     * @throws NullPointerException  if an argument is null
     * @throws IllegalStateException if the vocabulary's model is closed
     */
    public int[] tokenize(Vocab vocab, SpecialTokens mode) {
        List<Integer> out = tokenize(vocab, mode, false);
        int[] r = new int[out.size()];
        for (int i = 0; i < r.length; i++) r[i] = out.get(i);
        return r;
    }

    /**
     * As {@link #tokenize(Vocab, SpecialTokens)}, cut at every media marker
     * ({@link io.github.llamaffm.MultimodalProjector#MARKER}): the tokens before the first marker,
     * between markers and after the last, each piece tokenized on its own (as libmtmd does).
     */
    List<int[]> tokenizePieces(Vocab vocab, SpecialTokens mode) {
        List<Integer> all = tokenize(vocab, mode, true);
        List<int[]> pieces = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= all.size(); i++) {
            if (i == all.size() || all.get(i) == MARKER_SENTINEL) {
                int[] p = new int[i - from];
                for (int k = 0; k < p.length; k++) p[k] = all.get(from + k);
                pieces.add(p);
                from = i + 1;
            }
        }
        return pieces;
    }

    /** Stands for a media marker in {@link #tokenize(Vocab, SpecialTokens, boolean)}'s output. */
    private static final int MARKER_SENTINEL = Integer.MIN_VALUE;

    private List<Integer> tokenize(Vocab vocab, SpecialTokens mode, boolean markers) {
        Objects.requireNonNull(vocab, "vocab");
        Objects.requireNonNull(mode, "mode");
        if (mode == SpecialTokens.NONE || mode == SpecialTokens.ADD) {
            if (markers) throw new IllegalArgumentException("media need the template's markup parsed (PARSE, ADD_AND_PARSE)");
            List<Integer> plain = new ArrayList<>();
            for (int t : vocab.tokenize(text, mode)) plain.add(t);
            return plain;
        }
        boolean addSpecial = mode == SpecialTokens.ADD_AND_PARSE;
        Specials sp = Specials.of(vocab);
        List<int[]> occurrences = sp.occurrences(text);
        List<Piece> pieces = pieces();
        List<Located> spans = locate(occurrences);
        boolean[] located = new boolean[pieces.size()];
        for (Located s : spans) located[s.piece()] = true;
        for (int i = 0; i < pieces.size(); i++) {
            String c = pieces.get(i).text();
            if (located[i] || c.isEmpty()) continue;
            String found = sp.firstIn(c);
            if (found != null) {
                int m = pieces.get(i).message();
                throw new ChatTemplateException("message " + m + " (" + messages.get(m).role()
                        + ") contains the control token text '" + found + "' and the template changed it "
                        + "so that it cannot be located in the prompt; refusing to tokenize it");
            }
        }
        List<Integer> out = new ArrayList<>();
        if (addSpecial && vocab.addsBos() && vocab.bos() != Vocab.NO_TOKEN) out.add(vocab.bos());
        int pos = 0;
        int si = 0;
        for (int[] occ : occurrences) {
            while (si < spans.size() && spans.get(si).span().end() <= occ[0]) si++;
            boolean inContent = si < spans.size() && spans.get(si).span().start() <= occ[0];
            if (inContent) continue;
            raw(vocab, text.substring(pos, occ[0]), out, markers);
            out.add(occ[2]);
            pos = occ[1];
        }
        raw(vocab, text.substring(pos), out, markers);
        if (addSpecial && vocab.addsEos() && vocab.eos() != Vocab.NO_TOKEN) out.add(vocab.eos());
        return out;
    }

    private static void raw(Vocab vocab, String s, List<Integer> out, boolean markers) {
        if (markers) {
            int from = 0;
            String m = io.github.llamaffm.MultimodalProjector.MARKER;
            for (int at = s.indexOf(m); at >= 0; at = s.indexOf(m, from)) {
                raw(vocab, s.substring(from, at), out, false);
                out.add(MARKER_SENTINEL);
                from = at + m.length();
            }
            s = s.substring(from);
        }
        if (s.isEmpty()) return;
        for (int t : vocab.tokenize(s, SpecialTokens.NONE)) out.add(t);
    }

    /** A text of a message that must stay plain. */
    private record Piece(String text, int message) {
    }

    private List<Piece> pieces() {
        List<Piece> out = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            for (String t : messages.get(i).plainTexts()) out.add(new Piece(t, i));
        }
        return out;
    }

    /** Finds the messages' plain texts, in order; a span may not cut through a control-token occurrence. */
    private List<Located> locate(List<int[]> occurrences) {
        List<Located> spans = new ArrayList<>();
        List<Piece> pieces = pieces();
        int cursor = 0;
        for (int i = 0; i < pieces.size(); i++) {
            String c = pieces.get(i).text();
            if (c.isEmpty()) continue;
            int m = pieces.get(i).message();
            Located s = find(c, cursor, m, i, spans, occurrences);
            String stripped = PyStr.strip(c, null);
            if (s == null && !stripped.isEmpty() && !stripped.equals(c)) s = find(stripped, cursor, m, i, spans, occurrences);
            // templates that move a message (a system prompt merged into the last user turn)
            if (s == null) s = find(c, 0, m, i, spans, occurrences);
            if (s == null && !stripped.isEmpty() && !stripped.equals(c)) s = find(stripped, 0, m, i, spans, occurrences);
            if (s != null) {
                spans.add(s);
                cursor = s.span().end();
            }
        }
        spans.sort(Comparator.comparingInt(l -> l.span().start()));
        return Collections.unmodifiableList(spans);
    }

    private Located find(String needle, int from, int message, int piece, List<Located> taken, List<int[]> occurrences) {
        for (int at = text.indexOf(needle, from); at >= 0; at = text.indexOf(needle, at + 1)) {
            int end = at + needle.length();
            if (overlaps(at, end, taken) || cuts(at, end, occurrences)) continue;
            return new Located(new Span(at, end, message), piece);
        }
        return null;
    }

    private static boolean overlaps(int s, int e, List<Located> taken) {
        for (Located l : taken) if (s < l.span().end() && l.span().start() < e) return true;
        return false;
    }

    private static boolean cuts(int s, int e, List<int[]> occurrences) {
        for (int[] o : occurrences) {
            if ((o[0] < s && s < o[1]) || (o[0] < e && e < o[1])) return true;
        }
        return false;
    }

    @Override
    public String toString() {
        return text;
    }

    /** The control tokens of a vocabulary, by text; computed once per vocabulary. */
    private static final class Specials {
        private static final Map<Vocab, Specials> CACHE = Collections.synchronizedMap(new WeakHashMap<>());

        private final Map<String, Integer> ids = new HashMap<>();
        private final Map<Character, List<String>> byFirst = new HashMap<>();

        static Specials of(Vocab vocab) {
            return CACHE.computeIfAbsent(vocab, Specials::new);
        }

        private Specials(Vocab vocab) {
            int n = vocab.size();
            for (int t = 0; t < n; t++) {
                if (!vocab.isControl(t)) continue;
                String s = vocab.tokenText(t);
                if (s == null || s.isEmpty()) continue;
                ids.putIfAbsent(s, t);
            }
            for (String s : ids.keySet()) byFirst.computeIfAbsent(s.charAt(0), k -> new ArrayList<>()).add(s);
            for (List<String> l : byFirst.values()) l.sort(Comparator.comparingInt(String::length).reversed());
        }

        /** Non-overlapping control-token occurrences, leftmost-longest: {start, end, id}. */
        List<int[]> occurrences(String text) {
            List<int[]> out = new ArrayList<>();
            for (int i = 0; i < text.length(); ) {
                List<String> cands = byFirst.get(text.charAt(i));
                String hit = null;
                if (cands != null) {
                    for (String c : cands) {
                        if (text.startsWith(c, i)) {
                            hit = c;
                            break;
                        }
                    }
                }
                if (hit == null) {
                    i++;
                } else {
                    out.add(new int[] {i, i + hit.length(), ids.get(hit)});
                    i += hit.length();
                }
            }
            return out;
        }

        String firstIn(String s) {
            List<int[]> o = occurrences(s);
            return o.isEmpty() ? null : s.substring(o.get(0)[0], o.get(0)[1]);
        }
    }
}
