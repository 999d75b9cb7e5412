package io.github.llamaffm;

import java.util.List;

/**
 * What one generation does: how many tokens at most, where to stop, how to sample. Immutable and
 * free of native state: one instance may serve any number of generations on any number of threads
 * at once (each generation builds its own sampler chain from {@link #sampler()}).
 *
 * @param maxTokens     most tokens to generate ({@code > 0})
 * @param stop          stop strings: generation ends when one appears (it is not emitted); they
 *                      may span several tokens
 * @param sampler       the sampler settings ({@link Sampler#greedy()} by default)
 * @param renderSpecial render special tokens the model generates (other than end tokens) as text
 * @param addSpecial    add the model's BOS/EOS when tokenizing a text prompt
 * @param parseSpecial  recognise special tokens written in a text prompt; false treats them as
 *                      plain text (use false for text from users or documents)
 * @param cancellation  a handle that cancels the generation, or null for none
 * @param logprobs      -1 (the default): no log-probabilities; 0 to {@link #MAX_LOGPROBS}: each
 *                      generated {@link Token} carries its log-probability and this many most
 *                      likely alternatives with theirs ({@link Token#logprob()},
 *                      {@link Token#topLogprobs()})
 * @param speculation   speculative decoding (a draft model or prompt lookup proposes tokens that
 *                      the model checks several at a time; the output is unchanged), or null for none
 */
public record GenerateParams(int maxTokens, List<String> stop, Sampler sampler, boolean renderSpecial,
                             boolean addSpecial, boolean parseSpecial, Cancellation cancellation, int logprobs,
                             Speculation speculation) {
    /** Most alternatives {@link Builder#logprobs(int)} takes (OpenAI's {@code top_logprobs} limit). */
    public static final int MAX_LOGPROBS = 20;

    /**
     * Parameters without log-probabilities and speculation (the constructor of the first version, kept).
     *
     * @param maxTokens     most tokens to generate
     * @param stop          stop strings
     * @param sampler       the sampler settings
     * @param renderSpecial render special tokens
     * @param addSpecial    add BOS/EOS to a text prompt
     * @param parseSpecial  parse special tokens in a text prompt
     * @param cancellation  a cancellation handle, or null
     * @throws IllegalArgumentException if {@code maxTokens < 1} or a stop string is empty
     * @throws NullPointerException     if {@code stop}, a stop string or {@code sampler} is null
     */
    public GenerateParams(int maxTokens, List<String> stop, Sampler sampler, boolean renderSpecial,
                          boolean addSpecial, boolean parseSpecial, Cancellation cancellation) {
        this(maxTokens, stop, sampler, renderSpecial, addSpecial, parseSpecial, cancellation, -1, null);
    }

    /**
     * Validates and copies the stop list.
     *
     * @throws IllegalArgumentException if {@code maxTokens < 1}, a stop string is empty, or
     *                                  {@code logprobs} is not -1 .. {@link #MAX_LOGPROBS}
     * @throws NullPointerException     if {@code stop}, a stop string or {@code sampler} is null
     */
    public GenerateParams {
        if (maxTokens < 1) throw new IllegalArgumentException("maxTokens must be >= 1: " + maxTokens);
        if (logprobs < -1 || logprobs > MAX_LOGPROBS) {
            throw new IllegalArgumentException("logprobs must be -1 (off) or 0.." + MAX_LOGPROBS + ": " + logprobs);
        }
        java.util.Objects.requireNonNull(sampler, "sampler");
        stop = List.copyOf(stop);
        for (String s : stop) if (s.isEmpty()) throw new IllegalArgumentException("stop strings must not be empty");
    }

    /**
     * Parameters without speculative decoding (the constructor before {@code speculation} existed).
     *
     * @param maxTokens     most tokens to generate ({@code > 0})
     * @param stop          stop strings
     * @param sampler       the sampler settings
     * @param renderSpecial render generated special tokens as text
     * @param addSpecial    add the model's BOS/EOS when tokenizing a text prompt
     * @param parseSpecial  recognise special tokens written in a text prompt
     * @param cancellation  a handle that cancels the generation, or null for none
     * @param logprobs      -1 for none, else alternatives per token (0 to {@link #MAX_LOGPROBS})
     * @throws IllegalArgumentException if {@code maxTokens < 1}, a stop string is empty or
     *                                  {@code logprobs} is out of range
     * @throws NullPointerException     if {@code stop}, a stop string or {@code sampler} is null
     */
    public GenerateParams(int maxTokens, List<String> stop, Sampler sampler, boolean renderSpecial,
                          boolean addSpecial, boolean parseSpecial, Cancellation cancellation, int logprobs) {
        this(maxTokens, stop, sampler, renderSpecial, addSpecial, parseSpecial, cancellation, logprobs, null);
    }

    /**
     * 256 tokens, greedy, no stop strings, special tokens in the prompt parsed, BOS added.
     *
     * @return the defaults
     */
    public static GenerateParams defaults() {
        return builder().build();
    }

    /**
     * A builder starting from {@link #defaults()}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding these parameters, to derive others from them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maxTokens = maxTokens;
        b.stop.addAll(stop);
        b.sampler = sampler;
        b.renderSpecial = renderSpecial;
        b.addSpecial = addSpecial;
        b.parseSpecial = parseSpecial;
        b.cancellation = cancellation;
        b.logprobs = logprobs;
        b.speculation = speculation;
        return b;
    }

    /** Builds {@link GenerateParams}. Not thread-safe. */
    public static final class Builder {
        private int maxTokens = 256;
        private final java.util.ArrayList<String> stop = new java.util.ArrayList<>();
        private Sampler sampler = Sampler.greedy();
        private boolean renderSpecial;
        private boolean addSpecial = true;
        private boolean parseSpecial = true;
        private Cancellation cancellation;
        private int logprobs = -1;
        private Speculation speculation;

        private Builder() {
        }

        /**
         * Most tokens to generate.
         *
         * @param n tokens, {@code >= 1}
         * @return this builder
         * @throws IllegalArgumentException if {@code n < 1}
         */
        public Builder maxTokens(int n) {
            if (n < 1) throw new IllegalArgumentException("maxTokens must be >= 1: " + n);
            maxTokens = n;
            return this;
        }

        /**
         * Adds stop strings.
         *
         * @param strings non-empty strings that end generation (not emitted)
         * @return this builder
         * @throws NullPointerException     if a string is null
         * @throws IllegalArgumentException if a string is empty
         */
        public Builder stop(String... strings) {
            for (String s : List.of(strings)) if (s.isEmpty()) throw new IllegalArgumentException("stop strings must not be empty");
            stop.addAll(List.of(strings));
            return this;
        }

        /**
         * The sampler settings ({@link Sampler#greedy()} unless set).
         *
         * @param s the settings
         * @return this builder
         * @throws NullPointerException if {@code s} is null
         */
        public Builder sampler(Sampler s) {
            sampler = java.util.Objects.requireNonNull(s, "sampler");
            return this;
        }

        /**
         * Render generated special tokens as text.
         *
         * @param on true to render them
         * @return this builder
         */
        public Builder renderSpecial(boolean on) {
            renderSpecial = on;
            return this;
        }

        /**
         * Add the model's BOS/EOS when tokenizing a text prompt.
         *
         * @param on true to add them
         * @return this builder
         */
        public Builder addSpecial(boolean on) {
            addSpecial = on;
            return this;
        }

        /**
         * Recognise special tokens written in a text prompt.
         *
         * @param on true to parse them; false for untrusted text
         * @return this builder
         */
        public Builder parseSpecial(boolean on) {
            parseSpecial = on;
            return this;
        }

        /**
         * A cancellation handle.
         *
         * @param c the handle
         * @return this builder
         * @throws NullPointerException if {@code c} is null
         */
        public Builder cancellation(Cancellation c) {
            cancellation = java.util.Objects.requireNonNull(c, "cancellation");
            return this;
        }

        /**
         * Makes each generated {@link Token} carry its log-probability ({@link Token#logprob()})
         * and the {@code topN} most likely tokens with theirs ({@link Token#topLogprobs()}),
         * computed from the model's raw logits at that step, before the sampler chain changes them
         * (temperature, penalties, grammar and the like do not count): a log-softmax over the whole
         * vocabulary. Off by default, and then it costs nothing; on, it costs a pass over the
         * vocabulary's logits per token.
         *
         * @param topN alternatives per token, 0 to {@link #MAX_LOGPROBS}; -1 turns it off
         * @return this builder
         * @throws IllegalArgumentException if {@code topN} is out of range
         */
        public Builder logprobs(int topN) {
            if (topN < -1 || topN > MAX_LOGPROBS) {
                throw new IllegalArgumentException("logprobs must be -1 (off) or 0.." + MAX_LOGPROBS + ": " + topN);
            }
            logprobs = topN;
            return this;
        }

        /**
         * Speculative decoding: a proposer (a draft model, prompt lookup) guesses several tokens,
         * the model checks them in one decode, and every accepted guess saves a decode. The
         * generated tokens are the same as without it; see {@link Speculation}.
         *
         * @param s the settings, or null for none (the default)
         * @return this builder
         */
        public Builder speculative(Speculation s) {
            speculation = s;
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @return immutable parameters
         * @throws IllegalArgumentException if a value is out of range
         */
        public GenerateParams build() {
            return new GenerateParams(maxTokens, stop, sampler, renderSpecial, addSpecial, parseSpecial, cancellation, logprobs, speculation);
        }
    }
}
