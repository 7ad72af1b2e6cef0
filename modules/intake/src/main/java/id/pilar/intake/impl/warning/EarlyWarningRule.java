package id.pilar.intake.impl.warning;

import java.util.Arrays;
import java.util.List;

/**
 * The early-warning rule, pure arithmetic (no database, no clock), documented in the module README.
 *
 * <p>Baseline: the trimmed mean of the previous {@code mingguDasar} (8–12) weeks, dropping the
 * lowest and highest fifth of them, so a holiday dip (Lebaran: one or two empty weeks) or a
 * one-off outlier in the past neither lowers nor raises the expected count. Limit: the smallest
 * count whose upper tail probability under that expectation is at most {@code peluang} — Poisson
 * when the trimmed weeks vary no more than Poisson counts do, negative binomial with the observed
 * dispersion when they vary more (so a naturally noisy place does not alert on its own noise).
 * A week alerts only when its count reaches both the limit and {@code jumlahMinimum}; a place with
 * fewer than 8 weeks of history gets no verdict.
 */
public final class EarlyWarningRule {

    /** Weeks of history needed before a baseline is trusted. */
    public static final int MIN_HISTORY = 8;
    /** The expectation is never taken below this, so an empty past does not make one report "significant". */
    static final double MIN_EXPECTATION = 0.5;

    public enum Outcome { ALERT, NORMAL, TOO_LITTLE_HISTORY }

    /** @param dasar the expected count (trimmed mean), NaN without history; {@code batas} the limit, or -1 */
    public record Verdict(Outcome outcome, double dasar, int batas, double dispersi) {
        public boolean alert() {
            return outcome == Outcome.ALERT;
        }
    }

    private final int jumlahMinimum;
    private final double peluang;
    private final int mingguDasar;

    public EarlyWarningRule(int jumlahMinimum, double peluang, int mingguDasar) {
        if (mingguDasar < MIN_HISTORY || mingguDasar > 12) {
            throw new IllegalArgumentException("baseline weeks must be 8-12: " + mingguDasar);
        }
        if (!(peluang > 0 && peluang < 0.5)) {
            throw new IllegalArgumentException("tail probability must be in (0, 0.5): " + peluang);
        }
        this.jumlahMinimum = Math.max(1, jumlahMinimum);
        this.peluang = peluang;
        this.mingguDasar = mingguDasar;
    }

    public int mingguDasar() {
        return mingguDasar;
    }

    /**
     * @param history counts of the weeks before the current one, oldest first, only weeks since
     *                the place was first seen (earlier weeks are unknown, not zero)
     * @param current the count of the current week
     */
    public Verdict evaluate(List<Integer> history, int current) {
        int[] h = history.stream().mapToInt(Integer::intValue).toArray();
        return evaluate(h, current);
    }

    public Verdict evaluate(int[] history, int current) {
        if (history.length < MIN_HISTORY) {
            return new Verdict(Outcome.TOO_LITTLE_HISTORY, Double.NaN, -1, Double.NaN);
        }
        int[] window = Arrays.copyOfRange(history, history.length - Math.min(mingguDasar, history.length), history.length);
        Arrays.sort(window);
        int cut = window.length / 5;
        int n = window.length - 2 * cut;
        double sum = 0;
        for (int i = cut; i < window.length - cut; i++) {
            sum += window[i];
        }
        double mean = sum / n;
        double ss = 0;
        for (int i = cut; i < window.length - cut; i++) {
            ss += (window[i] - mean) * (window[i] - mean);
        }
        // Trimming shrinks the spread; the factor ~1.3 puts a 20%-trimmed variance of Poisson data back near its mean.
        double variance = n > 1 ? 1.3 * ss / (n - 1) : mean;
        double lambda = Math.max(MIN_EXPECTATION, mean);
        double dispersion = Math.max(1.0, variance / lambda);
        int limit = dispersion > 1.0 ? negBinomialLimit(lambda, dispersion, peluang) : poissonLimit(lambda, peluang);
        boolean alert = current >= limit && current >= jumlahMinimum;
        return new Verdict(alert ? Outcome.ALERT : Outcome.NORMAL, mean, limit, dispersion);
    }

    /** Smallest k with P(X ≥ k) ≤ p for X ~ Poisson(λ). */
    static int poissonLimit(double lambda, double p) {
        if (lambda > 400) {
            return normalLimit(lambda, lambda, p);
        }
        double pmf = Math.exp(-lambda);
        double cdf = pmf;
        int k = 0;
        while (1 - cdf > p) {
            k++;
            pmf *= lambda / k;
            cdf += pmf;
        }
        return k + 1;
    }

    /** Smallest k with P(X ≥ k) ≤ p for a negative binomial of mean λ and variance φλ. */
    static int negBinomialLimit(double lambda, double phi, double p) {
        if (lambda > 400) {
            return normalLimit(lambda, phi * lambda, p);
        }
        double r = lambda / (phi - 1);
        double q = r / (r + lambda);
        double pmf = Math.exp(r * Math.log(q));
        double cdf = pmf;
        int k = 0;
        while (1 - cdf > p && k < 100_000) {
            pmf *= (k + r) / (k + 1) * (1 - q);
            k++;
            cdf += pmf;
        }
        return k + 1;
    }

    private static int normalLimit(double mean, double variance, double p) {
        // z of the upper tail by bisection on the complementary error function's approximation
        double lo = 0, hi = 10;
        for (int i = 0; i < 60; i++) {
            double mid = (lo + hi) / 2;
            if (upperTail(mid) > p) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (int) Math.ceil(mean + hi * Math.sqrt(variance) + 0.5);
    }

    /** P(Z > z), Abramowitz–Stegun 7.1.26. */
    private static double upperTail(double z) {
        double x = z / Math.sqrt(2);
        double t = 1 / (1 + 0.3275911 * x);
        double erfc = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-x * x);
        return erfc / 2;
    }
}
