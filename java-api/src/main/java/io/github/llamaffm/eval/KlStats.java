package io.github.llamaffm.eval;

import io.github.llamaffm.internal.LogitMath;

import java.nio.ByteBuffer;

/**
 * The running sums of llama.cpp's {@code kl_divergence_result} and its per-token computation
 * ({@code log_softmax(n_vocab, logits, base_log_prob, tok, kld)} in
 * {@code tools/perplexity/perplexity.cpp}), with the same float/double mix.
 */
final class KlStats {
    double sumNll, sumNll2, sumNllBase, sumNllBase2, sumNllNllBase, sumKld, sumKld2, sumPDiff, sumPDiff2, sumPDiff4;
    float maxPDiff;
    long sameTop, count;
    final float[] kldValues, pDiffValues;

    KlStats(int capacity) {
        kldValues = new float[capacity];
        pDiffValues = new float[capacity];
    }

    /** One token: {@code logits} of the model, the base row at {@code off} in {@code base}, the token {@code tok}. */
    void add(float[] logits, int nVocab, ByteBuffer base, int off, int tok) {
        float maxLogit = logits[0];
        int imax = 0;
        for (int i = 1; i < nVocab; i++) {
            if (logits[i] > maxLogit) {
                maxLogit = logits[i];
                imax = i;
            }
        }
        double sumExp = 0;
        for (int i = 0; i < nVocab; i++) sumExp += LogitMath.expf(logits[i] - maxLogit);
        float logSumExp = (float) Math.log(sumExp);
        float scale = base.getFloat(off), minLogProb = base.getFloat(off + 4);
        int q0 = off + 8;

        float nll = maxLogit + logSumExp - logits[tok];
        sumNll += nll;
        sumNll2 += nll * nll;
        float nllBase = -(scale * u16(base, q0, tok) + minLogProb);
        sumNllBase += nllBase;
        sumNllBase2 += nllBase * nllBase;
        sumNllNllBase += nll * nllBase;

        maxLogit += logSumExp;
        double sum = 0;
        int imaxBase = -1;
        float pLogBaseMax = 0;
        for (int i = 0; i < nVocab; i++) {
            float pLogBase = scale * u16(base, q0, i) + minLogProb;
            if (i == 0 || pLogBase > pLogBaseMax) {
                pLogBaseMax = pLogBase;
                imaxBase = i;
            }
            if (pLogBase > -16f) {
                float pBase = LogitMath.expf(pLogBase);
                sum += pBase * (pLogBase - logits[i] + maxLogit);
            }
        }
        sumKld += sum;
        sumKld2 += sum * sum;
        int at = (int) count;
        count++;
        if (imax == imaxBase) sameTop++;

        float pBase = LogitMath.expf(-nllBase);
        float p = LogitMath.expf(-nll);
        float pDiff = p - pBase;
        sumPDiff += pDiff;
        double pDiff2 = pDiff * pDiff;
        sumPDiff2 += pDiff2;
        sumPDiff4 += pDiff2 * pDiff2;
        maxPDiff = Math.max(maxPDiff, Math.abs(pDiff));
        kldValues[at] = (float) sum;
        pDiffValues[at] = pDiff;
    }

    private static int u16(ByteBuffer b, int q0, int i) {
        return Short.toUnsignedInt(b.getShort(q0 + 2 * i));
    }

    /** llama.cpp's {@code mean_and_uncertainty}. */
    static Estimate meanAndUncertainty(double sum, double sum2, long count) {
        if (count < 1) return new Estimate(0, 0);
        double f = sum / count;
        double df = sum2 / count - f * f;
        df = df > 0 && count > 10 ? Math.sqrt(df / (count - 1)) : 0.;
        return new Estimate(f, df);
    }

    /** llama.cpp's {@code covariance}. */
    static double covariance(double suma, double sumb, double sumab, long count) {
        if (count < 10) return 0.0;
        double var = sumab / count - (suma / count) * (sumb / count);
        var /= count - 1;
        return var;
    }

    Estimate logPpl() {
        return meanAndUncertainty(sumNll, sumNll2, count);
    }

    Estimate logPplBase() {
        return meanAndUncertainty(sumNllBase, sumNllBase2, count);
    }

    double logPplCovariance() {
        return covariance(sumNll, sumNllBase, sumNllNllBase, count);
    }

    Estimate ppl() {
        Estimate l = logPpl();
        double v = Math.exp(l.value());
        return new Estimate(v, v * l.error());
    }

    Estimate logPplRatio() {
        Estimate a = logPpl(), b = logPplBase();
        return new Estimate(a.value() - b.value(),
                Math.sqrt(a.error() * a.error() + b.error() * b.error() - 2.0 * logPplCovariance()));
    }

    Estimate kld() {
        return meanAndUncertainty(sumKld, sumKld2, count);
    }

    Estimate rmsDeltaP() {
        Estimate mse = meanAndUncertainty(sumPDiff2, sumPDiff4, count);
        double rms = Math.sqrt(mse.value());
        return new Estimate(rms, 0.5 / rms * mse.error());
    }

    Estimate sameTop() {
        double p = 1. * sameTop / count;
        return new Estimate(p, Math.sqrt(p * (1 - p) / (count - 1)));
    }
}
