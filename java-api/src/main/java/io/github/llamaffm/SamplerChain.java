package io.github.llamaffm;

import io.github.llamaffm.internal.SamplerHandle;
import io.github.llamaffm.internal.VocabHandle;

import java.lang.foreign.MemorySegment;
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
    private final SamplerHandle handle = new SamplerHandle(); // the native chain and its guard

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
                c.handle.build(b -> build(b, model, settings));
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
        handle.reset();
    }

    /** Enters the guard and returns the native chain; the caller exits. */
    MemorySegment enter() {
        return handle.enter();
    }

    void exit() {
        handle.guard().exit();
    }

    /**
     * Frees the native chain. Idempotent; waits for a sampling step on another thread, or, called
     * from inside one (a log listener), frees the chain when that step ends.
     */
    @Override
    public void close() {
        handle.close(() -> model.release(this));
    }

    /**
     * Whether {@link #close()} has been called (directly or by closing the model).
     *
     * @return true once closed
     */
    public boolean isClosed() {
        return handle.guard().isClosed();
    }

    /** Adds the samplers of {@code s} to {@code c}; the caller keeps the model alive (its read lock). */
    private static void build(SamplerHandle.Builder c, LlamaModel model, Sampler s) {
        Sampler.Builder b = s.config;
        VocabHandle vocab = model.nativeModel().vocab();
        int nVocab = model.vocab().size();
        if (b.grammar != null && b.grammarTriggers != null) c.lazyGrammar(vocab, b.grammar, b.grammarRoot, b.grammarTriggers);
        else if (b.grammar != null) c.grammar(vocab, b.grammar, b.grammarRoot);
        if (!b.logitBias.isEmpty()) {
            int[] tokens = new int[b.logitBias.size()];
            float[] biases = new float[tokens.length];
            int i = 0;
            for (var e : b.logitBias.entrySet()) {
                model.vocab().check(e.getKey());
                tokens[i] = e.getKey();
                biases[i++] = e.getValue();
            }
            c.logitBias(nVocab, tokens, biases);
        }
        if (b.penaltyLastN != 0) c.penalties(nVocab, b.penaltyLastN, b.penaltyRepeat, b.penaltyFreq, b.penaltyPresent);
        if (b.dryMultiplier > 0) c.dry(vocab, b.dryMultiplier, b.dryBase, b.dryAllowedLength, b.dryLastN, b.dryBreakers);
        int seed = b.seed == null ? SamplerHandle.defaultSeed() : (int) (long) b.seed;
        if (b.mirostat != 0) {
            if (b.temperature != null) c.temperature(b.temperature);
            c.mirostat(b.mirostat, nVocab, seed, b.mirostatTau, b.mirostatEta);
            return;
        }
        if (b.topNSigma != null) c.topNSigma(b.topNSigma);
        if (b.topK != null) c.topK(b.topK);
        if (b.typical != null) c.typical(b.typical);
        if (b.topP != null) c.topP(b.topP);
        if (b.minP != null) c.minP(b.minP);
        if (b.xtcProbability != null) c.xtc(b.xtcProbability, b.xtcThreshold, seed);
        if (s.isGreedy()) {
            c.greedy();
        } else if (b.temperature != null && b.dynatempRange > 0) {
            c.temperature(b.temperature, b.dynatempRange, b.dynatempExponent);
            c.distribution(seed);
        } else {
            if (b.temperature != null) c.temperature(b.temperature);
            c.distribution(seed);
        }
    }

    @Override
    public String toString() {
        return "SamplerChain[" + settings + (isClosed() ? ", closed]" : "]");
    }
}
