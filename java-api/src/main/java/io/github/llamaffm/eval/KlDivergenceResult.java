package io.github.llamaffm.eval;

import java.util.Locale;

/**
 * What {@link KlDivergence#compute} found: the statistics llama.cpp's
 * {@code llama-perplexity --kl-divergence} prints, computed the same way. Probabilities and
 * their differences are fractions here (llama.cpp prints them in percent; {@link #report()} does
 * too). Immutable.
 *
 * @param tokens        tokens compared
 * @param chunks        chunks compared
 * @param perplexity    the perplexity of the model, {@code PPL(Q)}
 * @param basePerplexity the perplexity of the reference, {@code PPL(base)} (from its stored
 *                      log-probabilities)
 * @param correlation   the correlation of the two models' per-token {@code ln} probabilities
 * @param logPplRatio   {@code ln(PPL(Q)/PPL(base))}
 * @param pplRatio      {@code PPL(Q)/PPL(base)}
 * @param pplDifference {@code PPL(Q) - PPL(base)}
 * @param kld           the mean KL divergence of the model from the reference, per token (nats)
 * @param kldValues     the per-token KL divergences
 * @param meanDeltaP    the mean difference of the probability of the right token, model minus reference
 * @param deltaPValues  the per-token differences of that probability
 * @param rmsDeltaP     the root mean square of those differences
 * @param sameTop       the fraction of tokens where both models rank the same token first
 */
public record KlDivergenceResult(long tokens, int chunks, Estimate perplexity, Estimate basePerplexity, double correlation,
                                 Estimate logPplRatio, Estimate pplRatio, Estimate pplDifference, Estimate kld,
                                 Distribution kldValues, Estimate meanDeltaP, Distribution deltaPValues,
                                 Estimate rmsDeltaP, Estimate sameTop) {

    static KlDivergenceResult of(KlStats s, int chunks) {
        Estimate logPpl = s.logPpl(), logBase = s.logPplBase();
        double pplVal = Math.exp(logPpl.value()), pplUnc = pplVal * logPpl.error();
        double baseVal = Math.exp(logBase.value()), baseUnc = baseVal * logBase.error();
        double cov = s.logPplCovariance();
        double cor = cov / (logPpl.error() * logBase.error());
        Estimate ratio = s.logPplRatio();
        double ratioVal = Math.exp(ratio.value());
        double pplCov = pplVal * baseVal * cov;
        Estimate diff = new Estimate(pplVal - baseVal, Math.sqrt(pplUnc * pplUnc + baseUnc * baseUnc - 2.0 * pplCov));
        int n = (int) s.count;
        return new KlDivergenceResult(s.count, chunks, new Estimate(pplVal, pplUnc), new Estimate(baseVal, baseUnc), cor,
                ratio, new Estimate(ratioVal, ratioVal * ratio.error()), diff, s.kld(),
                new Distribution(java.util.Arrays.copyOf(s.kldValues, n)),
                KlStats.meanAndUncertainty(s.sumPDiff, s.sumPDiff2, s.count),
                new Distribution(java.util.Arrays.copyOf(s.pDiffValues, n)), s.rmsDeltaP(), s.sameTop());
    }

    /**
     * The three statistics sections of llama.cpp's output ({@code ====== Perplexity statistics
     * ======}, KL divergence, token probability), line for line in its format. llama.cpp prints them
     * only from 100 tokens on; this prints them always.
     *
     * @return the report, lines ending in {@code \n}
     */
    public String report() {
        StringBuilder b = new StringBuilder();
        b.append("====== Perplexity statistics ======\n");
        f(b, "Mean PPL(Q)                   : %10.6f ± %10.6f\n", perplexity.value(), perplexity.error());
        f(b, "Mean PPL(base)                : %10.6f ± %10.6f\n", basePerplexity.value(), basePerplexity.error());
        f(b, "Cor(ln(PPL(Q)), ln(PPL(base))): %6.2f%%\n", 100.0 * correlation);
        f(b, "Mean ln(PPL(Q)/PPL(base))     : %10.6f ± %10.6f\n", logPplRatio.value(), logPplRatio.error());
        f(b, "Mean PPL(Q)/PPL(base)         : %10.6f ± %10.6f\n", pplRatio.value(), pplRatio.error());
        f(b, "Mean PPL(Q)-PPL(base)         : %10.6f ± %10.6f\n", pplDifference.value(), pplDifference.error());
        b.append('\n');
        b.append("====== KL divergence statistics ======\n");
        f(b, "Mean    KLD: %10.6f ± %10.6f\n", kld.value(), kld.error());
        Distribution k = kldValues;
        f(b, "Maximum KLD: %10.6f\n", k.max());
        f(b, "99.9%%   KLD: %10.6f\n", k.percentile(0.999f));
        f(b, "99.0%%   KLD: %10.6f\n", k.percentile(0.990f));
        f(b, "95.0%%   KLD: %10.6f\n", k.percentile(0.950f));
        f(b, "90.0%%   KLD: %10.6f\n", k.percentile(0.900f));
        f(b, "Median  KLD: %10.6f\n", k.median());
        f(b, "10.0%%   KLD: %10.6f\n", k.percentile(0.100f));
        f(b, " 5.0%%   KLD: %10.6f\n", k.percentile(0.050f));
        f(b, " 1.0%%   KLD: %10.6f\n", k.percentile(0.010f));
        f(b, " 0.1%%   KLD: %10.6f\n", k.percentile(0.001f));
        f(b, "Minimum KLD: %10.6f\n", k.min());
        b.append('\n');
        b.append("====== Token probability statistics ======\n");
        f(b, "Mean    Δp: %6.3f ± %5.3f %%\n", 100.0 * meanDeltaP.value(), 100.0 * meanDeltaP.error());
        Distribution d = deltaPValues;
        f(b, "Maximum Δp: %6.3f%%\n", 100.0 * d.max());
        double[] fr = {0.999f, 0.990f, 0.950f, 0.900f, 0.750f};
        String[] names = {"99.9", "99.0", "95.0", "90.0", "75.0"};
        for (int i = 0; i < fr.length; i++) f(b, names[i] + "%%   Δp: %6.3f%%\n", 100.0 * d.percentile(fr[i]));
        f(b, "Median  Δp: %6.3f%%\n", 100.0 * d.median());
        double[] lo = {0.250f, 0.100f, 0.050f, 0.010f, 0.001f};
        String[] loNames = {"25.0", "10.0", " 5.0", " 1.0", " 0.1"};
        for (int i = 0; i < lo.length; i++) f(b, loNames[i] + "%%   Δp: %6.3f%%\n", 100.0 * d.percentile(lo[i]));
        f(b, "Minimum Δp: %6.3f%%\n", 100.0 * d.min());
        f(b, "RMS Δp    : %6.3f ± %5.3f %%\n", 100.0 * rmsDeltaP.value(), 100.0 * rmsDeltaP.error());
        f(b, "Same top p: %6.3f ± %5.3f %%\n", 100.0 * sameTop.value(), 100.0 * sameTop.error());
        return b.toString();
    }

    private static final java.util.regex.Pattern SPEC = java.util.regex.Pattern.compile("%(\\d*)\\.(\\d+)f");

    /** printf as C prints it: a NaN as {@code -nan} or {@code nan} (by its sign bit), infinities as {@code inf}. */
    private static void f(StringBuilder b, String format, Object... args) {
        java.util.regex.Matcher m = SPEC.matcher(format);
        StringBuilder out = new StringBuilder();
        int i = 0, last = 0;
        while (m.find()) {
            out.append(format, last, m.start());
            double v = (Double) args[i++];
            String text;
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                boolean negative = Double.isNaN(v) ? Double.doubleToRawLongBits(v) < 0 : v < 0;
                text = (negative ? "-" : "") + (Double.isNaN(v) ? "nan" : "inf");
                int width = m.group(1).isEmpty() ? 0 : Integer.parseInt(m.group(1));
                text = " ".repeat(Math.max(0, width - text.length())) + text;
            } else {
                text = String.format(Locale.ROOT, m.group(), v);
            }
            out.append(text.replace("%", "%%"));
            last = m.end();
        }
        out.append(format, last, format.length());
        b.append(String.format(Locale.ROOT, out.toString()));
    }
}
