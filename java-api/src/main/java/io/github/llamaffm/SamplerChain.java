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
import java.util.Objects;

/**
 * A native llama.cpp sampler chain built from {@link Sampler} settings for one model: the
 * per-call state of sampling (penalty history, grammar position, random generator). Each
 * generation builds one and frees it when it ends; open one yourself with
 * {@link Sampler#newChain(LlamaModel)} to sample in a decode loop of your own.
 *
 * <p><b>Ownership and threads:</b> the caller owns a chain and closes it; its model owns it too
 * (closing the model closes it). One thread at a time may use it (enforced: another thread gets
 * an {@link IllegalStateException}). Use after close throws {@link IllegalStateException}.
 */
public final class SamplerChain implements AutoCloseable {
    private final LlamaModel model;
    private final Sampler settings;
    private final Guard guard = new Guard("SamplerChain");
    private MemorySegment chain = MemorySegment.NULL; // guarded by guard

    private SamplerChain(LlamaModel model, Sampler settings) {
        this.model = model;
        this.settings = settings;
    }

    /** Builds a chain of {@code settings} for {@code model}, adopted by the model. */
    static SamplerChain open(LlamaModel model, Sampler settings) {
        Objects.requireNonNull(settings, "settings");
        SamplerChain c = new SamplerChain(model, settings);
        model.adopt(c); // a model closing from now on closes the chain (after its guard is free)
        try {
            // The read lock keeps the vocabulary alive while the chain is built from it.
            model.read(() -> {
                c.guard.enter();
                try {
                    c.chain = build(model, settings);
                } finally {
                    c.guard.exit();
                }
                return null;
            });
        } catch (RuntimeException | Error e) {
            c.close();
            throw e;
        }
        return c;
    }

    /**
     * The settings this chain was built from.
     *
     * @return the settings
     */
    public Sampler settings() {
        return settings;
    }

    /**
     * The model this chain samples for.
     *
     * @return the model
     */
    public LlamaModel model() {
        return model;
    }

    /**
     * Samples a token from the logits of batch row {@code index} of the context's last decode
     * (-1 for the last row), and records it in the chain's state (penalties, grammar).
     *
     * @param ctx   a context of this chain's model
     * @param index the batch row, or -1 for the last one
     * @return the token id
     * @throws IllegalArgumentException if the context belongs to another model, or the row is not in the last decode
     * @throws IllegalStateException    if this chain or the context is closed or used by another thread
     * @throws LlamaException           if the row has no logits
     */
    public int sample(LlamaContext ctx, int index) {
        Objects.requireNonNull(ctx, "ctx");
        if (ctx.model() != model) throw new IllegalArgumentException("the context belongs to another model than this sampler chain");
        return ctx.core.sampleWith(this, index);
    }

    /**
     * Resets the chain's state (penalty history, grammar, random generator to its seed).
     *
     * @throws IllegalStateException if this chain is closed or used by another thread
     */
    public void reset() {
        guard.enter();
        try {
            llama_h.llama_sampler_reset(chain);
        } finally {
            guard.exit();
        }
    }

    /** Enters the guard and returns the native chain; the caller exits. */
    MemorySegment enter() {
        guard.enter();
        return chain;
    }

    void exit() {
        guard.exit();
    }

    /**
     * Frees the native chain. Idempotent; waits for a sampling step on another thread, or, called
     * from inside one (a log listener), frees the chain when that step ends.
     */
    @Override
    public void close() {
        guard.close(() -> {
            if (!Native.isNull(chain)) llama_h.llama_sampler_free(chain);
            chain = MemorySegment.NULL;
            model.release(this);
        });
    }

    /**
     * Whether {@link #close()} has been called (directly or by closing the model).
     *
     * @return true once closed
     */
    public boolean isClosed() {
        return guard.isClosed();
    }

    /** Builds the native chain of {@code s}; the caller keeps the model alive (its read lock). */
    private static MemorySegment build(LlamaModel model, Sampler s) {
        Sampler.Builder b = s.config;
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
                if (s.isGreedy()) {
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


    @Override
    public String toString() {
        return "SamplerChain[" + settings + (isClosed() ? ", closed]" : "]");
    }
}
