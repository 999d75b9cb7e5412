package io.github.llamaffm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How to choose the next token from a context's logits: the settings of a llama.cpp sampler
 * chain. An immutable value that any number of threads may share, for example in one
 * {@link GenerateParams} used by many virtual threads.
 *
 * <p>{@link #greedy()} always takes the most likely token. {@link #builder()} composes llama.cpp's
 * samplers in a fixed, sensible order regardless of the order the builder methods are called in:
 * grammar, logit bias, penalties, DRY, top-n-sigma, top-k, typical, top-p, min-p, XTC,
 * temperature, then a seeded random pick (or mirostat, which replaces the truncating samplers);
 * temperature 0 picks the most likely remaining token instead.
 *
 * <p>A sampler holds no native state. Each generation builds the native chain it needs from these
 * settings and frees it when it ends, so a seeded sampler gives the same output for the same prompt
 * every time. To sample by hand after {@link LlamaContext#decode(Batch)}, open a
 * {@link SamplerChain} with {@link #newChain(LlamaModel)}: that object carries the per-call state
 * (penalty history, grammar position, random generator) and must be closed.
 */
public final class Sampler {
    private static final Sampler GREEDY = builder().temperature(0).build();

    final Builder config; // a private copy, never changed

    private Sampler(Builder config) {
        this.config = config;
    }

    /**
     * Always picks the most likely token ({@code builder().temperature(0).build()}).
     *
     * @return the greedy sampler
     */
    public static Sampler greedy() {
        return GREEDY;
    }

    /**
     * A builder for sampler settings, with every sampler off.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding these settings, to derive other settings from them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return config.copy();
    }

    /**
     * Opens a native chain of these settings for {@code model}, for sampling by hand with
     * {@link SamplerChain#sample(LlamaContext, int)}. Generation builds its own chains; this is
     * for decode loops of your own.
     *
     * @param model the model whose contexts it samples from (grammar, DRY, penalties and logit
     *              bias need its vocabulary)
     * @return a new chain, owned by the caller and by the model (closing the model closes it)
     * @throws IllegalStateException if the model is closed
     * @throws LlamaException        if llama.cpp refuses a setting (e.g. an invalid grammar)
     * @throws IllegalArgumentException if a logit bias names a token outside the vocabulary
     */
    public SamplerChain newChain(LlamaModel model) {
        return SamplerChain.open(java.util.Objects.requireNonNull(model, "model"), this);
    }

    /**
     * These settings with a GBNF grammar added (for example the grammar of a
     * {@code io.github.llamaffm.json.JsonSchema}).
     *
     * @param gbnf the grammar text
     * @param root the start rule
     * @return new settings; these are unchanged
     * @throws IllegalArgumentException if these settings already have a grammar
     * @throws NullPointerException     if an argument is null
     */
    public Sampler withGrammar(String gbnf, String root) {
        if (config.grammar != null) throw new IllegalArgumentException("this sampler already has a grammar");
        return toBuilder().grammar(gbnf, root).build();
    }

    /**
     * Whether these settings constrain the output with a grammar.
     *
     * @return true if a grammar is set
     */
    public boolean hasGrammar() {
        return config.grammar != null;
    }

    /**
     * Whether the grammar waits for a trigger ({@link Builder#lazyGrammar(String, String, List)}).
     *
     * @return true if a lazy grammar is set
     */
    public boolean hasLazyGrammar() {
        return config.grammar != null && config.grammarTriggers != null;
    }

    /** Whether the final pick is the most likely token (temperature 0, no mirostat). */
    boolean isGreedy() {
        return config.mirostat == 0 && config.temperature != null && config.temperature == 0 && config.dynatempRange == 0;
    }

    @Override
    public String toString() {
        Builder b = config;
        StringBuilder sb = new StringBuilder("Sampler[");
        if (b.grammar != null) sb.append(b.grammarTriggers != null ? "lazy grammar, " : "grammar, ");
        if (!b.logitBias.isEmpty()) sb.append("logitBias=").append(b.logitBias.size()).append(", ");
        if (b.penaltyLastN != 0) sb.append("penalties, ");
        if (b.dryMultiplier > 0) sb.append("dry, ");
        if (b.mirostat != 0) sb.append("mirostat v").append(b.mirostat).append(", ");
        if (b.topNSigma != null) sb.append("topNSigma=").append(b.topNSigma).append(", ");
        if (b.topK != null) sb.append("topK=").append(b.topK).append(", ");
        if (b.typical != null) sb.append("typical=").append(b.typical).append(", ");
        if (b.topP != null) sb.append("topP=").append(b.topP).append(", ");
        if (b.minP != null) sb.append("minP=").append(b.minP).append(", ");
        if (b.xtcProbability != null) sb.append("xtc, ");
        if (b.temperature != null) sb.append("temperature=").append(b.temperature).append(", ");
        if (b.seed != null) sb.append("seed=").append(b.seed).append(", ");
        if (sb.charAt(sb.length() - 1) == ' ') sb.setLength(sb.length() - 2);
        return sb.append(']').toString();
    }

    /**
     * Builds {@link Sampler} settings. Every sampler is off unless set; with nothing set the result
     * samples from the full distribution at temperature 1. Each setting is checked when it is set.
     * Not thread-safe.
     */
    public static final class Builder {
        // Read by SamplerChain when it builds a native chain from a built (frozen) copy.
        Long seed;
        Integer topK;
        Float topP, minP, typical, temperature, topNSigma, xtcProbability;
        float xtcThreshold = 0.1f, dynatempRange, dynatempExponent = 1f;
        int penaltyLastN;
        float penaltyRepeat = 1f, penaltyFreq, penaltyPresent;
        float dryMultiplier, dryBase = 1.75f;
        int dryAllowedLength = 2, dryLastN = -1;
        List<String> dryBreakers = List.of("\n", ":", "\"", "*");
        int mirostat;
        float mirostatTau = 5f, mirostatEta = 0.1f;
        final Map<Integer, Float> logitBias = new LinkedHashMap<>();
        String grammar, grammarRoot = "root";
        List<String> grammarTriggers;

        private Builder() {
        }

        /**
         * Seed of the random pick (and of XTC and mirostat). Without one, every generation differs.
         *
         * @param s the seed (its low 32 bits are used)
         * @return this builder
         */
        public Builder seed(long s) {
            seed = s;
            return this;
        }

        /**
         * Keep the {@code k} most likely tokens.
         *
         * @param k tokens; {@code <= 0} keeps all
         * @return this builder
         */
        public Builder topK(int k) {
            topK = k;
            return this;
        }

        /**
         * Nucleus sampling: keep the most likely tokens whose probabilities add up to {@code p}.
         *
         * @param p in (0, 1]
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder topP(float p) {
            topP = unit(p, "topP");
            return this;
        }

        /**
         * Keep tokens at least {@code p} times as likely as the most likely one.
         *
         * @param p in [0, 1]
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder minP(float p) {
            minP = unit(p, "minP");
            return this;
        }

        /**
         * Locally typical sampling.
         *
         * @param p in (0, 1]
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder typical(float p) {
            typical = unit(p, "typical");
            return this;
        }

        /**
         * Temperature: below 1 sharpens, above 1 flattens the distribution; 0 picks the most likely
         * remaining token (greedy, after the other samplers).
         *
         * @param t {@code >= 0}
         * @return this builder
         * @throws IllegalArgumentException if negative or not finite
         */
        public Builder temperature(float t) {
            if (!(t >= 0) || Float.isInfinite(t)) throw new IllegalArgumentException("temperature must be >= 0: " + t);
            temperature = t;
            return this;
        }

        /**
         * Dynamic temperature (entropy-based) in {@code [t - range, t + range]}.
         *
         * @param t        the base temperature
         * @param range    half-width of the range, {@code > 0}
         * @param exponent the entropy exponent
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder dynamicTemperature(float t, float range, float exponent) {
            temperature(t);
            if (!(range > 0) || Float.isInfinite(range)) throw new IllegalArgumentException("range must be > 0: " + range);
            finite(exponent, "exponent");
            dynatempRange = range;
            dynatempExponent = exponent;
            return this;
        }

        /**
         * Repetition penalties over the last {@code lastN} tokens.
         *
         * @param lastN    tokens to look back (0 disables, -1 the whole context)
         * @param repeat   repetition penalty ({@code > 0}, 1 disables)
         * @param frequency frequency penalty (0 disables)
         * @param presence presence penalty (0 disables)
         * @return this builder
         * @throws IllegalArgumentException if {@code lastN < -1}, {@code repeat <= 0} or a value is not finite
         */
        public Builder penalties(int lastN, float repeat, float frequency, float presence) {
            if (lastN < -1) throw new IllegalArgumentException("penalties' lastN must be >= -1: " + lastN);
            if (!(repeat > 0) || !Float.isFinite(repeat) || !Float.isFinite(frequency) || !Float.isFinite(presence)) {
                throw new IllegalArgumentException("penalties must be finite and repeat > 0: " + repeat + ", " + frequency + ", " + presence);
            }
            penaltyLastN = lastN;
            penaltyRepeat = repeat;
            penaltyFreq = frequency;
            penaltyPresent = presence;
            return this;
        }

        /**
         * DRY ("don't repeat yourself") penalty for repeated sequences.
         *
         * @param multiplier    strength ({@code > 0} enables)
         * @param base          growth base
         * @param allowedLength repeats up to this length are free
         * @param lastN         tokens to look back (-1 the whole context)
         * @param breakers      strings that break sequences (default newline, colon, quote, asterisk)
         * @return this builder
         * @throws IllegalArgumentException if {@code multiplier < 0}, {@code base < 1}, a value is not
         *                                  finite, {@code allowedLength < 0}, {@code lastN < -1} or a breaker is empty
         * @throws NullPointerException     if a breaker is null
         */
        public Builder dry(float multiplier, float base, int allowedLength, int lastN, String... breakers) {
            if (!(multiplier >= 0) || Float.isInfinite(multiplier)) throw new IllegalArgumentException("DRY multiplier must be >= 0: " + multiplier);
            if (!(base >= 1) || Float.isInfinite(base)) throw new IllegalArgumentException("DRY base must be >= 1: " + base);
            if (allowedLength < 0) throw new IllegalArgumentException("DRY allowedLength must be >= 0: " + allowedLength);
            if (lastN < -1) throw new IllegalArgumentException("DRY lastN must be >= -1: " + lastN);
            for (String b : breakers) {
                if (java.util.Objects.requireNonNull(b, "breaker").isEmpty()) throw new IllegalArgumentException("empty DRY breaker");
            }
            dryMultiplier = multiplier;
            dryBase = base;
            dryAllowedLength = allowedLength;
            dryLastN = lastN;
            if (breakers.length > 0) dryBreakers = List.of(breakers);
            return this;
        }

        /**
         * Exclude Top Choices: with probability {@code p}, drop the most likely tokens above {@code threshold}.
         *
         * @param p         probability of applying it, in [0, 1]
         * @param threshold probability threshold, in [0, 1]
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder xtc(float p, float threshold) {
            unit(threshold, "xtc threshold");
            xtcProbability = unit(p, "xtc probability");
            xtcThreshold = threshold;
            return this;
        }

        /**
         * Top-n-sigma: keep tokens within {@code n} standard deviations of the top logit.
         *
         * @param n the number of sigmas, {@code > 0}
         * @return this builder
         * @throws IllegalArgumentException if not positive and finite
         */
        public Builder topNSigma(float n) {
            if (!(n > 0) || Float.isInfinite(n)) throw new IllegalArgumentException("topNSigma must be > 0: " + n);
            topNSigma = n;
            return this;
        }

        /**
         * Mirostat 1.0 (replaces top-k, top-p and the other truncating samplers).
         *
         * @param tau target surprise, {@code > 0}
         * @param eta learning rate, {@code > 0}
         * @return this builder
         * @throws IllegalArgumentException if not positive and finite
         */
        public Builder mirostat(float tau, float eta) {
            positive(tau, "mirostat tau");
            positive(eta, "mirostat eta");
            mirostat = 1;
            mirostatTau = tau;
            mirostatEta = eta;
            return this;
        }

        /**
         * Mirostat 2.0 (replaces top-k, top-p and the other truncating samplers).
         *
         * @param tau target surprise, {@code > 0}
         * @param eta learning rate, {@code > 0}
         * @return this builder
         * @throws IllegalArgumentException if not positive and finite
         */
        public Builder mirostatV2(float tau, float eta) {
            positive(tau, "mirostat tau");
            positive(eta, "mirostat eta");
            mirostat = 2;
            mirostatTau = tau;
            mirostatEta = eta;
            return this;
        }

        /**
         * Adds {@code bias} to a token's logit ({@code Float.NEGATIVE_INFINITY} bans it).
         *
         * @param token the token id, {@code >= 0} (checked against the vocabulary when a chain is built)
         * @param bias  the bias: finite, or negative infinity
         * @return this builder
         * @throws IllegalArgumentException if the id is negative or the bias NaN or positive infinity
         */
        public Builder logitBias(int token, float bias) {
            if (token < 0) throw new IllegalArgumentException("negative token id " + token);
            if (Float.isNaN(bias) || bias == Float.POSITIVE_INFINITY) throw new IllegalArgumentException("logit bias must be finite or -infinity: " + bias);
            logitBias.put(token, bias);
            return this;
        }

        /**
         * Constrains output to a GBNF grammar (llama.cpp's format, see its {@code grammars/}).
         * The grammar is parsed when a chain is built (each generation); an invalid one throws then.
         *
         * @param gbnf the grammar text
         * @param root the start rule, usually {@code root}
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder grammar(String gbnf, String root) {
            java.util.Objects.requireNonNull(gbnf, "gbnf");
            if (java.util.Objects.requireNonNull(root, "root").isEmpty()) throw new IllegalArgumentException("empty grammar root");
            grammar = gbnf;
            grammarRoot = root;
            grammarTriggers = null;
            return this;
        }

        /**
         * Constrains output to a GBNF grammar once the output matches a trigger: until then the
         * text is free; from the match on (the pattern's first non-empty capture group, else the
         * whole match) it must follow the grammar to its end. This is how tool calls are
         * constrained: free text until the call's opening marker. A pattern of the form
         * {@code ^…$} is matched against the whole output so far, any other is searched in it.
         * Patterns are ECMAScript regular expressions as C++ {@code std::regex} reads them; only
         * the common subset is accepted (no lookbehind, named groups, inline flags, possessive or
         * atomic groups, back-references, Unicode properties, nested classes), checked here, since
         * a pattern llama.cpp cannot compile would end the process.
         *
         * @param gbnf     the grammar text
         * @param root     the start rule
         * @param triggers the trigger patterns, at least one
         * @return this builder
         * @throws NullPointerException     if an argument or a pattern is null
         * @throws IllegalArgumentException if there is no pattern, or one is not of the accepted
         *                                  subset (the message names it and why)
         */
        public Builder lazyGrammar(String gbnf, String root, List<String> triggers) {
            List<String> copy = List.copyOf(triggers);
            if (copy.isEmpty()) throw new IllegalArgumentException("a lazy grammar needs at least one trigger pattern");
            for (String p : copy) io.github.llamaffm.internal.TriggerPatterns.check(p);
            grammar(gbnf, root);
            grammarTriggers = copy;
            return this;
        }

        /**
         * Builds the settings.
         *
         * @return immutable settings; this builder may go on changing without affecting them
         */
        public Sampler build() {
            return new Sampler(copy());
        }

        Builder copy() {
            Builder copy = new Builder();
            copy.seed = seed;
            copy.topK = topK;
            copy.topP = topP;
            copy.minP = minP;
            copy.typical = typical;
            copy.temperature = temperature;
            copy.topNSigma = topNSigma;
            copy.xtcProbability = xtcProbability;
            copy.xtcThreshold = xtcThreshold;
            copy.dynatempRange = dynatempRange;
            copy.dynatempExponent = dynatempExponent;
            copy.penaltyLastN = penaltyLastN;
            copy.penaltyRepeat = penaltyRepeat;
            copy.penaltyFreq = penaltyFreq;
            copy.penaltyPresent = penaltyPresent;
            copy.dryMultiplier = dryMultiplier;
            copy.dryBase = dryBase;
            copy.dryAllowedLength = dryAllowedLength;
            copy.dryLastN = dryLastN;
            copy.dryBreakers = List.copyOf(dryBreakers);
            copy.mirostat = mirostat;
            copy.mirostatTau = mirostatTau;
            copy.mirostatEta = mirostatEta;
            copy.logitBias.putAll(logitBias);
            copy.grammar = grammar;
            copy.grammarRoot = grammarRoot;
            copy.grammarTriggers = grammarTriggers;
            return copy;
        }

        private static void positive(float v, String name) {
            if (!(v > 0) || Float.isInfinite(v)) throw new IllegalArgumentException(name + " must be > 0: " + v);
        }

        private static void finite(float v, String name) {
            if (!Float.isFinite(v)) throw new IllegalArgumentException(name + " must be finite: " + v);
        }

        private static float unit(float p, String name) {
            if (!(p >= 0 && p <= 1)) throw new IllegalArgumentException(name + " must be in [0, 1]: " + p);
            return p;
        }
    }
}
