package io.github.llamaffm.internal;

import io.github.llamaffm.bindings.llama_h;
import io.github.llamaffm.bindings.llama_logit_bias;
import io.github.llamaffm.bindings.llama_sampler_chain_params;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;
import java.util.function.Consumer;

/**
 * A native {@code llama_sampler} chain and its guard: one thread at a time may use it, and
 * {@link #close(Runnable)} frees it when no call is running (see {@link Guard}).
 */
public final class SamplerHandle {
    private final Guard guard = new Guard("SamplerChain");
    private MemorySegment chain = MemorySegment.NULL; // guarded by guard

    /** The guard of this chain. */
    public Guard guard() {
        return guard;
    }

    /**
     * Builds the native chain (once, under the guard) with the samplers {@code steps} adds; on
     * failure nothing is left allocated.
     *
     * @param steps adds the samplers in order
     * @throws io.github.llamaffm.LlamaException if llama.cpp refuses a sampler
     */
    public void build(Consumer<Builder> steps) {
        guard.enter();
        try (Arena a = Arena.ofConfined()) {
            MemorySegment params = llama_h.llama_sampler_chain_default_params(a);
            llama_sampler_chain_params.no_perf(params, true);
            MemorySegment c = llama_h.llama_sampler_chain_init(params);
            if (Native.isNull(c)) throw Native.failure("llama_sampler_chain_init failed");
            try {
                NativeLog.clearRecent();
                steps.accept(new Builder(c, a));
            } catch (RuntimeException | Error e) {
                llama_h.llama_sampler_free(c);
                throw e;
            }
            chain = c;
        } finally {
            guard.exit();
        }
    }

    /** Enters the guard and returns the native chain; the caller exits the guard. */
    public MemorySegment enter() {
        guard.enter();
        return chain;
    }

    /** Resets the chain's state (guard entered here). */
    public void reset() {
        guard.enter();
        try {
            llama_h.llama_sampler_reset(chain);
        } finally {
            guard.exit();
        }
    }

    /**
     * Closes the guard; frees the chain, then runs {@code after}, once no call is running.
     *
     * @param after what the owner releases after the chain (its model's reference)
     */
    public void close(Runnable after) {
        guard.close(() -> {
            if (!Native.isNull(chain)) llama_h.llama_sampler_free(chain);
            chain = MemorySegment.NULL;
            after.run();
        });
    }

    /** The seed llama.cpp picks at random. */
    public static int defaultSeed() {
        return llama_h.LLAMA_DEFAULT_SEED();
    }

    /** Adds samplers to a chain being built; each refused one throws with llama.cpp's message. */
    public static final class Builder {
        private final MemorySegment c;
        private final Arena a;

        private Builder(MemorySegment c, Arena a) {
            this.c = c;
            this.a = a;
        }

        private Builder add(MemorySegment sampler, String what) {
            if (Native.isNull(sampler)) throw Native.failure("llama.cpp refused the " + what + " sampler");
            llama_h.llama_sampler_chain_add(c, sampler);
            return this;
        }

        /** A GBNF grammar over {@code vocab} (the caller keeps its model alive). */
        public Builder grammar(VocabHandle vocab, String grammar, String root) {
            return add(llama_h.llama_sampler_init_grammar(vocab.segment(), a.allocateFrom(grammar), a.allocateFrom(root)),
                    "grammar (root '" + root + "')");
        }

        /**
         * A lazy GBNF grammar: free text until one of {@code patterns} (checked by
         * {@link TriggerPatterns#check}) matches the output, then the grammar from the pattern's
         * first capture group (or its match).
         */
        public Builder lazyGrammar(VocabHandle vocab, String grammar, String root, java.util.List<String> patterns) {
            MemorySegment array = a.allocate(ValueLayout.ADDRESS, Math.max(1, patterns.size()));
            for (int i = 0; i < patterns.size(); i++) array.setAtIndex(ValueLayout.ADDRESS, i, a.allocateFrom(patterns.get(i)));
            return add(llama_h.llama_sampler_init_grammar_lazy_patterns(vocab.segment(), a.allocateFrom(grammar), a.allocateFrom(root),
                    array, patterns.size(), MemorySegment.NULL, 0), "lazy grammar (root '" + root + "')");
        }

        /** Logit biases of {@code tokens} (checked by the caller). */
        public Builder logitBias(int nVocab, int[] tokens, float[] biases) {
            MemorySegment array = llama_logit_bias.allocateArray(tokens.length, a);
            for (int i = 0; i < tokens.length; i++) {
                MemorySegment el = llama_logit_bias.asSlice(array, i);
                llama_logit_bias.token(el, tokens[i]);
                llama_logit_bias.bias(el, biases[i]);
            }
            return add(llama_h.llama_sampler_init_logit_bias(nVocab, tokens.length, array), "logit bias");
        }

        /** Repetition, frequency and presence penalties. */
        public Builder penalties(int nVocab, int lastN, float repeat, float frequency, float presence) {
            return add(llama_h.llama_sampler_init_penalties(nVocab, lastN, repeat, frequency, presence), "penalties");
        }

        /** DRY over {@code vocab}. */
        public Builder dry(VocabHandle vocab, float multiplier, float base, int allowedLength, int lastN, List<String> breakers) {
            MemorySegment b = a.allocate(ValueLayout.ADDRESS, Math.max(1, breakers.size()));
            for (int i = 0; i < breakers.size(); i++) b.setAtIndex(ValueLayout.ADDRESS, i, a.allocateFrom(breakers.get(i)));
            return add(llama_h.llama_sampler_init_dry(vocab.segment(), multiplier, base, allowedLength, lastN, b, breakers.size()), "DRY");
        }

        /** Temperature. */
        public Builder temperature(float t) {
            return add(llama_h.llama_sampler_init_temp(t), "temperature");
        }

        /** Dynamic temperature. */
        public Builder temperature(float t, float range, float exponent) {
            return add(llama_h.llama_sampler_init_temp_ext(t, range, exponent), "dynamic temperature");
        }

        /** Mirostat 1 ({@code version} 1) or 2. */
        public Builder mirostat(int version, int nVocab, int seed, float tau, float eta) {
            return add(version == 1 ? llama_h.llama_sampler_init_mirostat(nVocab, seed, tau, eta, 100)
                    : llama_h.llama_sampler_init_mirostat_v2(seed, tau, eta), "mirostat");
        }

        /** Top-n-sigma. */
        public Builder topNSigma(float n) {
            return add(llama_h.llama_sampler_init_top_n_sigma(n), "top-n-sigma");
        }

        /** Top-k. */
        public Builder topK(int k) {
            return add(llama_h.llama_sampler_init_top_k(k), "top-k");
        }

        /** Locally typical sampling. */
        public Builder typical(float p) {
            return add(llama_h.llama_sampler_init_typical(p, 1), "typical");
        }

        /** Top-p. */
        public Builder topP(float p) {
            return add(llama_h.llama_sampler_init_top_p(p, 1), "top-p");
        }

        /** Min-p. */
        public Builder minP(float p) {
            return add(llama_h.llama_sampler_init_min_p(p, 1), "min-p");
        }

        /** XTC. */
        public Builder xtc(float probability, float threshold, int seed) {
            return add(llama_h.llama_sampler_init_xtc(probability, threshold, 1, seed), "XTC");
        }

        /** Greedy choice. */
        public Builder greedy() {
            return add(llama_h.llama_sampler_init_greedy(), "greedy");
        }

        /** Random choice from the distribution. */
        public Builder distribution(int seed) {
            return add(llama_h.llama_sampler_init_dist(seed), "distribution");
        }
    }
}
