package id.pilar.intake.impl.warning;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.intake.impl.warning.EarlyWarningRule.Outcome;
import id.pilar.intake.impl.warning.EarlyWarningRule.Verdict;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Synthetic series where the rule must fire, and where it must not. */
class EarlyWarningRuleTest {

    private final EarlyWarningRule rule = new EarlyWarningRule(5, 0.001, 10);

    @Test
    void firesOnARealRise() {
        Verdict v = rule.evaluate(List.of(5, 4, 6, 5, 7, 3, 5, 6, 4, 5), 14);
        assertThat(v.outcome()).isEqualTo(Outcome.ALERT);
        assertThat(v.dasar()).isBetween(4.9, 5.2);
        assertThat(v.batas()).isLessThanOrEqualTo(14);
    }

    @Test
    void firesOnARiseAtAPlaceWithLittleActivityOnlyAboveTheMinimum() {
        List<Integer> quiet = List.of(0, 1, 0, 0, 1, 0, 0, 1, 0, 0);
        assertThat(rule.evaluate(quiet, 4).alert()).as("4 reports: under the minimum of 5").isFalse();
        assertThat(rule.evaluate(quiet, 9).alert()).isTrue();
    }

    @Test
    void staysQuietOnSteadyNoise() {
        Random random = new Random(20261201);
        int alerts = 0;
        int series = 3000;
        for (int s = 0; s < series; s++) {
            double lambda = 2 + random.nextInt(20);
            int[] history = new int[12];
            for (int w = 0; w < history.length; w++) {
                history[w] = poisson(random, lambda);
            }
            if (rule.evaluate(history, poisson(random, lambda)).alert()) {
                alerts++;
            }
        }
        // the tail probability is 0.001 per week; allow for sampling error but not for a broken rule
        assertThat(alerts).as("false alarms in %d steady weeks", series).isLessThanOrEqualTo(6);
    }

    @Test
    void aSteadyWeekAfterAPastHolidayDipDoesNotAlert() {
        // two empty weeks around Lebaran: a plain mean would drop to 9.6 and make 22 look significant
        List<Integer> withDip = List.of(12, 11, 13, 0, 0, 12, 13, 11, 12, 12);
        Verdict v = rule.evaluate(withDip, 22);
        assertThat(v.outcome()).isEqualTo(Outcome.NORMAL);
        assertThat(v.dasar()).isGreaterThan(11.5);
        assertThat(EarlyWarningRule.poissonLimit(9.6, 0.001)).as("what the plain mean would allow").isLessThanOrEqualTo(22);
    }

    @Test
    void aPastOneOffOutlierNeitherAlertsNorHidesARise() {
        List<Integer> withOutlier = List.of(5, 4, 6, 40, 5, 5, 6, 4, 5, 6);
        assertThat(rule.evaluate(withOutlier, 7).outcome()).isEqualTo(Outcome.NORMAL);
        assertThat(rule.evaluate(withOutlier, 6).dasar()).isBetween(4.8, 5.5);
        assertThat(rule.evaluate(withOutlier, 16).outcome()).as("the outlier does not raise the bar").isEqualTo(Outcome.ALERT);
    }

    @Test
    void noVerdictWithTooLittleHistory() {
        Verdict v = rule.evaluate(List.of(1, 2, 1, 0, 2), 30);
        assertThat(v.outcome()).isEqualTo(Outcome.TOO_LITTLE_HISTORY);
        assertThat(v.alert()).isFalse();
        assertThat(rule.evaluate(List.of(1, 2, 1, 0, 2, 1, 1), 30).alert()).as("7 weeks").isFalse();
        assertThat(rule.evaluate(List.of(1, 2, 1, 0, 2, 1, 1, 2), 30).alert()).as("8 weeks").isTrue();
    }

    @Test
    void aNoisyPlaceNeedsABiggerRiseThanAPoissonOne() {
        List<Integer> noisy = List.of(2, 12, 4, 14, 3, 11, 5, 13, 2, 12);
        Verdict v = rule.evaluate(noisy, 18);
        assertThat(v.dispersi()).isGreaterThan(2);
        assertThat(v.outcome()).isEqualTo(Outcome.NORMAL);
        assertThat(v.batas()).isGreaterThan(EarlyWarningRule.poissonLimit(v.dasar(), 0.001));
    }

    @Test
    void limitsMatchThePoissonTail() {
        // P(X >= 14 | 5) ≈ 0.00070 ≤ 0.001 < P(X >= 13 | 5) ≈ 0.0019
        assertThat(EarlyWarningRule.poissonLimit(5.0, 0.001)).isEqualTo(14);
        assertThat(EarlyWarningRule.poissonLimit(1000.0, 0.001)).isBetween(1090, 1110);
    }

    private static int poisson(Random r, double lambda) {
        double l = Math.exp(-lambda);
        int k = 0;
        double p = 1;
        do {
            k++;
            p *= r.nextDouble();
        } while (p > l);
        return k - 1;
    }
}
