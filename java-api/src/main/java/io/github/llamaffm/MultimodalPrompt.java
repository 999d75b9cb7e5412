package io.github.llamaffm;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A prompt with images or audio for {@link LlamaContext#generate(MultimodalPrompt, GenerateParams)}:
 * text in which each {@link MultimodalProjector#MARKER} stands for the next {@link Media}, in order,
 * and the projector that encodes them.
 *
 * <pre>{@code
 * MultimodalPrompt p = MultimodalPrompt.of(projector,
 *         "USER: " + MultimodalProjector.MARKER + " and " + MultimodalProjector.MARKER + "\nHow do they differ?\nASSISTANT:",
 *         Media.fromFile(Path.of("a.png")), Media.fromFile(Path.of("b.png")));
 * }</pre>
 *
 * <p>The text between markers is tokenized with the generation's special-token settings (the BOS,
 * when added, goes before the first piece only); what libmtmd puts around each media (image start
 * and end tokens of some models) comes with it. Positions are counted as libmtmd counts them (M-RoPE
 * models fill fewer positions than tokens). Media must be followed by some text: the model's next
 * token is predicted from the prompt's last token.
 *
 * <p>Immutable; any number of threads may share one (the projector serializes the encodes).
 */
public final class MultimodalPrompt {
    private final MultimodalProjector projector;
    private final List<String> texts; // null when tokens are given
    private final List<int[]> tokens; // null when texts are given
    private final List<Media> media;

    private MultimodalPrompt(MultimodalProjector projector, List<String> texts, List<int[]> tokens, List<Media> media) {
        this.projector = projector;
        this.texts = texts;
        this.tokens = tokens;
        this.media = media;
    }

    /**
     * A prompt from text with one marker per media.
     *
     * @param projector the projector that encodes the media
     * @param text      the text, with {@link MultimodalProjector#MARKER} where each media goes
     * @param media     the media, in the order of the markers
     * @return the prompt
     * @throws IllegalArgumentException if the number of markers is not the number of media, or a
     *                                  media given as pixels or samples does not suit the projector
     * @throws NullPointerException     if an argument or a media is null
     */
    public static MultimodalPrompt of(MultimodalProjector projector, String text, List<Media> media) {
        Objects.requireNonNull(projector, "projector");
        Objects.requireNonNull(text, "text");
        List<Media> m = List.copyOf(media);
        List<String> pieces = split(text);
        if (pieces.size() - 1 != m.size()) {
            throw new IllegalArgumentException("the prompt has " + (pieces.size() - 1) + " media markers (" + MultimodalProjector.MARKER
                    + ") and " + m.size() + " media; each media needs one marker, in order");
        }
        checkKinds(projector, m);
        return new MultimodalPrompt(projector, List.copyOf(pieces), null, m);
    }

    /**
     * A prompt from text with one marker per media.
     *
     * @param projector the projector that encodes the media
     * @param text      the text, with {@link MultimodalProjector#MARKER} where each media goes
     * @param media     the media, in the order of the markers
     * @return the prompt
     * @throws IllegalArgumentException as {@link #of(MultimodalProjector, String, List)}
     */
    public static MultimodalPrompt of(MultimodalProjector projector, String text, Media... media) {
        return of(projector, text, List.of(media));
    }

    /**
     * A prompt already tokenized: the tokens before the first media, between media, and after the
     * last (one more piece than media; pieces may be empty). A chat session builds its prompts so.
     *
     * @param projector the projector that encodes the media
     * @param pieces    token ids of the text pieces (copied)
     * @param media     the media
     * @return the prompt
     * @throws IllegalArgumentException if there is not exactly one piece more than media, or a
     *                                  media does not suit the projector
     */
    public static MultimodalPrompt ofTokens(MultimodalProjector projector, List<int[]> pieces, List<Media> media) {
        Objects.requireNonNull(projector, "projector");
        List<Media> m = List.copyOf(media);
        List<int[]> copy = new ArrayList<>();
        for (int[] p : pieces) copy.add(p.clone());
        if (copy.size() != m.size() + 1) {
            throw new IllegalArgumentException(copy.size() + " token pieces for " + m.size() + " media; there must be one piece more than media");
        }
        checkKinds(projector, m);
        return new MultimodalPrompt(projector, null, List.copyOf(copy), m);
    }

    private static void checkKinds(MultimodalProjector projector, List<Media> media) {
        for (Media x : media) {
            if (x.isAudioSamples() && !projector.supportsAudio()) throw new IllegalArgumentException(x + " is audio; " + projector + " takes no audio");
            if (x.isPixels() && !projector.supportsVision()) throw new IllegalArgumentException(x + " is an image; " + projector + " takes no images");
        }
    }

    /** The text around the markers: one piece more than markers. */
    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int at = text.indexOf(MultimodalProjector.MARKER); at >= 0; at = text.indexOf(MultimodalProjector.MARKER, from)) {
            out.add(text.substring(from, at));
            from = at + MultimodalProjector.MARKER.length();
        }
        out.add(text.substring(from));
        return out;
    }

    /**
     * The projector that encodes the media.
     *
     * @return the projector
     */
    public MultimodalProjector projector() {
        return projector;
    }

    /**
     * The media, in prompt order.
     *
     * @return an unmodifiable list
     */
    public List<Media> media() {
        return media;
    }

    /** The text pieces (one more than media), or null when the prompt was given as tokens. */
    List<String> texts() {
        return texts;
    }

    /** The token pieces, or null when the prompt was given as text. */
    List<int[]> tokenPieces() {
        return tokens;
    }

    @Override
    public String toString() {
        return "MultimodalPrompt[" + media.size() + " media, " + projector + "]";
    }
}
