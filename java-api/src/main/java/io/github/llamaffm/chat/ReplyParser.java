package io.github.llamaffm.chat;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Takes a chat reply apart while it streams: feed it the generated text piece by piece
 * ({@link #accept(String, Consumer)}, e.g. each {@code Token.text()}), and it reports
 * {@link ChatEvent}s: answer text and reasoning text as soon as they are certain, and each tool
 * call once it is complete. {@link #finish(Consumer)} parses the whole reply and reports what was
 * still held back (text that could have been the start of a marker but was not).
 *
 * <p>Get one from {@link ChatPrompt#newReplyParser()}, which knows the template's format. Calls
 * without an id of their own get one here (nine letters and digits, which every template
 * accepts). Not thread-safe: one reply, one thread.
 */
public final class ReplyParser {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /** Parses a reply (or the prefix of one, when {@code partial}). */
    interface Parse {
        ParsedReply parse(String text, boolean partial);
    }

    private final Parse parse;
    private final Supplier<String> ids;
    private final StringBuilder text = new StringBuilder();
    private final List<String> callIds = new ArrayList<>();
    private String contentSent = "";
    private String reasoningSent = "";
    private int callsSent;
    private ParsedReply last = ParsedReply.text("");
    private ParsedReply result;

    ReplyParser(Parse parse, Supplier<String> ids) {
        this.parse = parse;
        this.ids = ids != null ? ids : ReplyParser::randomId;
    }

    /** A fresh call id: nine random letters and digits (Mistral's templates insist on exactly nine). */
    static String randomId() {
        char[] c = new char[9];
        for (int i = 0; i < c.length; i++) c[i] = ALNUM.charAt(RANDOM.nextInt(ALNUM.length()));
        return new String(c);
    }

    /**
     * Adds generated text and reports what became certain.
     *
     * @param piece  the next piece of the reply
     * @param events where events go (called on this thread, before this method returns)
     * @throws NullPointerException  if an argument is null
     * @throws IllegalStateException if {@link #finish(Consumer)} was called
     */
    public void accept(String piece, Consumer<? super ChatEvent> events) {
        Objects.requireNonNull(piece, "piece");
        Objects.requireNonNull(events, "events");
        if (result != null) throw new IllegalStateException("the reply is finished");
        if (piece.isEmpty()) return;
        text.append(piece);
        report(parse.parse(text.toString(), true), events);
    }

    /**
     * Ends the reply: parses the whole text and reports the rest.
     *
     * @param events where the last events go
     * @return the reply taken apart (calls carry their ids)
     * @throws NullPointerException if {@code events} is null
     */
    public ParsedReply finish(Consumer<? super ChatEvent> events) {
        Objects.requireNonNull(events, "events");
        if (result != null) return result;
        result = report(parse.parse(text.toString(), false), events);
        return result;
    }

    /**
     * The text received so far.
     *
     * @return the raw reply text
     */
    public String text() {
        return text.toString();
    }

    /**
     * What is certain so far (the last partial parse, calls with their ids), or the final reply
     * after {@link #finish(Consumer)}.
     *
     * @return the reply so far
     */
    public ParsedReply current() {
        return result != null ? result : last;
    }

    private ParsedReply report(ParsedReply p, Consumer<? super ChatEvent> events) {
        // Deltas only extend what was sent: a parse that would take text back (it cannot, by the
        // parsers' contract) sends nothing until it extends it again.
        if (p.reasoning().length() > reasoningSent.length() && p.reasoning().startsWith(reasoningSent)) {
            events.accept(new ChatEvent.ReasoningDelta(p.reasoning().substring(reasoningSent.length())));
            reasoningSent = p.reasoning();
        }
        if (p.content().length() > contentSent.length() && p.content().startsWith(contentSent)) {
            events.accept(new ChatEvent.ContentDelta(p.content().substring(contentSent.length())));
            contentSent = p.content();
        }
        List<ToolCall> calls = new ArrayList<>();
        for (int i = 0; i < p.toolCalls().size(); i++) {
            ToolCall c = p.toolCalls().get(i);
            if (i == callIds.size()) callIds.add(c.id().isEmpty() ? ids.get() : c.id());
            calls.add(c.id().isEmpty() ? c.withId(callIds.get(i)) : c);
        }
        for (; callsSent < calls.size(); callsSent++) events.accept(new ChatEvent.ToolCallRequested(calls.get(callsSent), callsSent));
        last = new ParsedReply(p.content(), p.reasoning(), calls, p.malformedToolCall());
        return last;
    }
}
