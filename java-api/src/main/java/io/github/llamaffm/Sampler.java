package io.github.llamaffm;

import io.github.llamaffm.bindings.llama_h;
import io.github.llamaffm.bindings.llama_logit_bias;
import io.github.llamaffm.bindings.llama_sampler_chain_params;
import io.github.llamaffm.internal.Guard;
import io.github.llamaffm.internal.Native;
import io.github.llamaffm.internal.NativeLog;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses the next token from a context's logits: a llama.cpp sampler chain.
 *
 * <p>{@link #greedy()} always takes the most likely token. {@link #builder()} composes llama.cpp's
 * samplers in a fixed, sensible order regardless of the order the builder methods are called in:
 * grammar, logit bias, penalties, DRY, top-n-sigma, top-k, typical, top-p, min-p, XTC,
 * temperature, then a seeded random pick (or mirostat, which replaces the truncating samplers).
 *
 * <p>A sampler is a description until first used with a context; the native chain is then built
 * for that context's model (grammar, DRY, penalties and logit bias need the vocabulary) and kept
 * until the sampler or that model is closed. Each generation resets the chain, so a seeded
 * sampler gives the same output for the same prompt every time. One thread at a time may use a
 * sampler (enforced: a second thread gets an {@link IllegalStateException}).
 */
public final class Sampler implements AutoCloseable {
    private final Builder config;
    private final Guard guard = new Guard("Sampler");
    private MemorySegment chain = MemorySegment.NULL;
    private LlamaModel boundModel;
    private AutoCloseable binding;

    private Sampler(Builder config) {
        this.config = config;
    }

    /**
     * Always picks the most likely token.
     *
     * @return a new greedy sampler; close it when done
     */
    public static Sampler greedy() {
        return builder().greedy().build();
    }

    /**
     * A builder for a sampler chain.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Samples a token from the logits of batch row {@code index} of the context's last decode
     * (-1 for the last row), and records it in the chain's state (penalties, grammar).
     *
     * @param ctx   the context whose logits to use
     * @param index the batch row, or -1 for the last one
     * @return the token id
     * @throws IllegalStateException if this sampler or the context is closed or used by another thread
     * @throws LlamaException        if the chain cannot be built (e.g. an invalid grammar) or the
     *                               row has no logits
     */
    public int sample(LlamaContext ctx, int index) {
        return ctx.sampleWith(this, index);
    }

    /**
     * Resets the chain's state (penalty history, grammar, random generator to its seed).
     *
     * @throws IllegalStateException if this sampler is closed or used by another thread
     */
    public void reset() {
        guard.enter();
        try {
            if (!Native.isNull(chain)) llama_h.llama_sampler_reset(chain);
        } finally {
            guard.exit();
        }
    }

    /** Enters the guard and returns the chain for {@code model}, building it if needed. Caller exits. */
    MemorySegment enter(LlamaModel model) {
        guard.enter();
        try {
            if (boundModel != model || Native.isNull(chain)) bind(model);
            return chain;
        } catch (RuntimeException | Error e) {
            guard.exit();
            throw e;
        }
    }

    void exit() {
        guard.exit();
    }

    private void bind(LlamaModel model) {
        unbind();
        // Registered before building: a model closing now waits for this guard (or, closed from a
        // callback, frees the chain when the running call ends), so the vocabulary stays valid
        // while the chain exists. The sampler stays usable with another model.
        AutoCloseable b = () -> guard.whenIdle(this::unbind);
        model.adopt(b);
        try {
            chain = build(model);
        } catch (RuntimeException | Error e) {
            model.release(b);
            throw e;
        }
        boundModel = model;
        binding = b;
    }

    /** Frees the chain, then lets its model go (the model may be freed now). */
    private void unbind() {
        if (!Native.isNull(chain)) llama_h.llama_sampler_free(chain);
        chain = MemorySegment.NULL;
        LlamaModel m = boundModel;
        AutoCloseable b = binding;
        boundModel = null;
        binding = null;
        if (m != null && b != null) m.release(b);
    }

    private MemorySegment build(LlamaModel model) {
        Builder b = config;
        MemorySegment vocab = model.vocabHandle();
        int nVocab = model.vocab().size();
        try (Arena a = Arena.ofConfined()) {
            MemorySegment params = llama_h.llama_sampler_chain_default_params(a);
            llama_sampler_chain_params.no_perf(params, true);
            MemorySegment c = llama_h.llama_sampler_chain_init(params);
            if (Native.isNull(c)) throw Native.failure("llama_sampler_chain_init failed");
            try {
                NativeLog.clearRecent();
                if (b.grammar != null) {
                    add(c, llama_h.llama_sampler_init_grammar(vocab, a.allocateFrom(b.grammar), a.allocateFrom(b.grammarRoot)),
                            "grammar (root '" + b.grammarRoot + "')");
                }
                if (!b.logitBias.isEmpty()) {
                    MemorySegment biases = llama_logit_bias.allocateArray(b.logitBias.size(), a);
                    int i = 0;
                    for (var e : b.logitBias.entrySet()) {
                        model.vocab().check(e.getKey());
                        MemorySegment el = llama_logit_bias.asSlice(biases, i++);
                        llama_logit_bias.token(el, e.getKey());
                        llama_logit_bias.bias(el, e.getValue());
                    }
                    add(c, llama_h.llama_sampler_init_logit_bias(nVocab, b.logitBias.size(), biases), "logit bias");
                }
                if (b.penaltyLastN != 0) {
                    add(c, llama_h.llama_sampler_init_penalties(nVocab, b.penaltyLastN, b.penaltyRepeat, b.penaltyFreq,
                            b.penaltyPresent), "penalties");
                }
                if (b.dryMultiplier > 0) {
                    MemorySegment breakers = a.allocate(ValueLayout.ADDRESS, Math.max(1, b.dryBreakers.size()));
                    for (int i = 0; i < b.dryBreakers.size(); i++) {
                        breakers.setAtIndex(ValueLayout.ADDRESS, i, a.allocateFrom(b.dryBreakers.get(i)));
                    }
                    add(c, llama_h.llama_sampler_init_dry(vocab, b.dryMultiplier, b.dryBase, b.dryAllowedLength,
                            b.dryLastN, breakers, b.dryBreakers.size()), "DRY");
                }
                int seed = b.seed == null ? llama_h.LLAMA_DEFAULT_SEED() : (int) (long) b.seed;
                if (b.mirostat != 0) {
                    if (b.temperature != null) add(c, llama_h.llama_sampler_init_temp(b.temperature), "temperature");
                    add(c, b.mirostat == 1
                            ? llama_h.llama_sampler_init_mirostat(nVocab, seed, b.mirostatTau, b.mirostatEta, 100)
                            : llama_h.llama_sampler_init_mirostat_v2(seed, b.mirostatTau, b.mirostatEta), "mirostat");
                    return c;
                }
                if (b.topNSigma != null) add(c, llama_h.llama_sampler_init_top_n_sigma(b.topNSigma), "top-n-sigma");
                if (b.topK != null) add(c, llama_h.llama_sampler_init_top_k(b.topK), "top-k");
                if (b.typical != null) add(c, llama_h.llama_sampler_init_typical(b.typical, 1), "typical");
                if (b.topP != null) add(c, llama_h.llama_sampler_init_top_p(b.topP, 1), "top-p");
                if (b.minP != null) add(c, llama_h.llama_sampler_init_min_p(b.minP, 1), "min-p");
                if (b.xtcProbability != null) {
                    add(c, llama_h.llama_sampler_init_xtc(b.xtcProbability, b.xtcThreshold, 1, seed), "XTC");
                }
                if (b.greedy) {
                    add(c, llama_h.llama_sampler_init_greedy(), "greedy");
                } else {
                    if (b.temperature != null && b.dynatempRange > 0) {
                        add(c, llama_h.llama_sampler_init_temp_ext(b.temperature, b.dynatempRange, b.dynatempExponent),
                                "dynamic temperature");
                    } else if (b.temperature != null) {
                        add(c, llama_h.llama_sampler_init_temp(b.temperature), "temperature");
                    }
                    add(c, llama_h.llama_sampler_init_dist(seed), "distribution");
                }
                return c;
            } catch (RuntimeException | Error e) {
                llama_h.llama_sampler_free(c);
                throw e;
            }
        }
    }

    private static void add(MemorySegment chain, MemorySegment sampler, String what) {
        if (Native.isNull(sampler)) throw Native.failure("llama.cpp refused the " + what + " sampler");
        llama_h.llama_sampler_chain_add(chain, sampler);
    }

    /**
     * A new sampler with this one's settings and a GBNF grammar added (for example the grammar
     * of a {@code io.github.llamaffm.json.JsonSchema}). This sampler is unchanged.
     *
     * @param gbnf the grammar text
     * @param root the start rule
     * @return a new sampler; the caller closes it
     * @throws IllegalArgumentException if this sampler already has a grammar
     * @throws NullPointerException     if an argument is null
     */
    public Sampler withGrammar(String gbnf, String root) {
        if (config.grammar != null) throw new IllegalArgumentException("this sampler already has a grammar");
        Sampler s = config.build();
        s.config.grammar(gbnf, root);
        return s;
    }

    /**
     * Frees the native chain. Idempotent; waits for a sampling step running on another thread.
     */
    @Override
    public void close() {
        guard.close(this::unbind);
    }

    /**
     * Builds a {@link Sampler}. Every sampler is off unless set; with nothing set the result
     * samples from the full distribution at temperature 1. Not thread-safe.
     */
    public static final class Builder {
        private Long seed;
        private boolean greedy;
        private Integer topK;
        private Float topP, minP, typical, temperature, topNSigma, xtcProbability;
        private float xtcThreshold = 0.1f, dynatempRange, dynatempExponent = 1f;
        private int penaltyLastN;
        private float penaltyRepeat = 1f, penaltyFreq, penaltyPresent;
        private float dryMultiplier, dryBase = 1.75f;
        private int dryAllowedLength = 2, dryLastN = -1;
        private List<String> dryBreakers = List.of("\n", ":", "\"", "*");
        private int mirostat;
        private float mirostatTau = 5f, mirostatEta = 0.1f;
        private final Map<Integer, Float> logitBias = new LinkedHashMap<>();
        private String grammar, grammarRoot = "root";

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
         * Pick the most likely remaining token instead of a random one.
         *
         * @return this builder
         */
        public Builder greedy() {
            greedy = true;
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
         * Temperature: below 1 sharpens, above 1 flattens the distribution; 0 is greedy.
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
            if (!(range > 0)) throw new IllegalArgumentException("range must be > 0: " + range);
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
         * @throws IllegalArgumentException if {@code repeat <= 0} or a value is not finite
         */
        public Builder penalties(int lastN, float repeat, float frequency, float presence) {
            if (!(repeat > 0) || !Float.isFinite(repeat) || !Float.isFinite(frequency) || !Float.isFinite(presence)) {
                throw new IllegalArgumentException("invalid penalties");
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
         */
        public Builder dry(float multiplier, float base, int allowedLength, int lastN, String... breakers) {
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
         * @param p         probability of applying it
         * @param threshold probability threshold
         * @return this builder
         */
        public Builder xtc(float p, float threshold) {
            xtcProbability = unit(p, "xtc probability");
            xtcThreshold = threshold;
            return this;
        }

        /**
         * Top-n-sigma: keep tokens within {@code n} standard deviations of the top logit.
         *
         * @param n the number of sigmas, {@code > 0}
         * @return this builder
         */
        public Builder topNSigma(float n) {
            topNSigma = n;
            return this;
        }

        /**
         * Mirostat 1.0 (replaces top-k, top-p and the other truncating samplers).
         *
         * @param tau target surprise
         * @param eta learning rate
         * @return this builder
         */
        public Builder mirostat(float tau, float eta) {
            mirostat = 1;
            mirostatTau = tau;
            mirostatEta = eta;
            return this;
        }

        /**
         * Mirostat 2.0 (replaces top-k, top-p and the other truncating samplers).
         *
         * @param tau target surprise
         * @param eta learning rate
         * @return this builder
         */
        public Builder mirostatV2(float tau, float eta) {
            mirostat = 2;
            mirostatTau = tau;
            mirostatEta = eta;
            return this;
        }

        /**
         * Adds {@code bias} to a token's logit ({@code Float.NEGATIVE_INFINITY} bans it).
         *
         * @param token the token id (checked against the vocabulary when the sampler is first used)
         * @param bias  the bias
         * @return this builder
         */
        public Builder logitBias(int token, float bias) {
            logitBias.put(token, bias);
            return this;
        }

        /**
         * Constrains output to a GBNF grammar (llama.cpp's format, see its {@code grammars/}).
         * The grammar is parsed when the sampler is first used; an invalid one throws then.
         *
         * @param gbnf the grammar text
         * @param root the start rule, usually {@code root}
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder grammar(String gbnf, String root) {
            grammar = java.util.Objects.requireNonNull(gbnf, "gbnf");
            grammarRoot = java.util.Objects.requireNonNull(root, "root");
            return this;
        }

        /**
         * Builds the sampler.
         *
         * @return a new sampler; close it when done
         */
        public Sampler build() {
            Builder copy = new Builder();
            copy.seed = seed;
            copy.greedy = greedy;
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
            copy.dryBreakers = new ArrayList<>(dryBreakers);
            copy.mirostat = mirostat;
            copy.mirostatTau = mirostatTau;
            copy.mirostatEta = mirostatEta;
            copy.logitBias.putAll(logitBias);
            copy.grammar = grammar;
            copy.grammarRoot = grammarRoot;
            return new Sampler(copy);
        }

        private static float unit(float p, String name) {
            if (!(p >= 0 && p <= 1)) throw new IllegalArgumentException(name + " must be in [0, 1]: " + p);
            return p;
        }
    }
}
