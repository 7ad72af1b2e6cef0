package id.pilar.atlas.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.pilar.core.api.reference.Kelurahan;
import id.pilar.core.spi.area.AreaIndicator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The formula of the README on three kelurahan, worked out by hand. */
class IndexArithmeticTest {

    static final Kelurahan K1 = new Kelurahan("31.71.09.0001", "31.71.09", "Uji", "Satu", "1", "1", 1000, 0);
    static final Kelurahan K2 = new Kelurahan("31.71.09.0002", "31.71.09", "Uji", "Dua", "2", "2", 2000, 0);
    static final Kelurahan K3 = new Kelurahan("31.71.09.0003", "31.71.09", "Uji", "Tiga", "3", "3", 4000, 0);
    /** Per 1,000 inhabitants, more is worse. */
    static final AreaIndicator NEED = new AreaIndicator("t.need", "need", 1_000, true, false, true);
    /** A plain count, more is better (coverage). */
    static final AreaIndicator COVER = new AreaIndicator("t.cover", "cover", 0, false, false, true);

    static final Map<String, Integer> POP = Map.of(K1.kode(), 1000, K2.kode(), 2000, K3.kode(), 4000);

    @Test
    void normalisedWeightedSumRankedByHand() {
        // need per 1,000: 10, 5, 15 → normalised 0.5, 0, 1; cover 5, 0, 10 (more is better) → 0.5, 1, 0.
        // Weights 3 : 1 → 0.75 : 0.25. Index: K1 = 100 × (0.5×0.75 + 0.5×0.25) = 50, K2 = 25, K3 = 75.
        Map<String, Map<String, Double>> totals = Map.of(
                NEED.id(), Map.of(K1.kode(), 10.0, K2.kode(), 10.0, K3.kode(), 60.0),
                COVER.id(), Map.of(K1.kode(), 5.0, K3.kode(), 10.0));
        List<IndexArithmetic.Row> rows = IndexArithmetic.compute(List.of(K1, K2, K3), POP, List.of(NEED, COVER), totals,
                Map.of(NEED.id(), 3.0, COVER.id(), 1.0));

        assertThat(rows).extracting(r -> r.kelurahan().nama()).containsExactly("Tiga", "Satu", "Dua");
        assertThat(rows).extracting(IndexArithmetic.Row::index).containsExactly(75.0, 50.0, 25.0);
        assertThat(IndexArithmetic.ranks(rows)).containsExactly(Map.entry(K3.kode(), 1), Map.entry(K1.kode(), 2), Map.entry(K2.kode(), 3));

        IndexArithmetic.Row satu = rows.get(1);
        assertThat(satu.values().get(NEED.id())).isCloseTo(10.0, within(1e-9));
        assertThat(satu.drivers()).extracting(c -> c.indicator()).containsExactly(NEED.id(), COVER.id());
        assertThat(satu.drivers().get(0).points()).isCloseTo(37.5, within(1e-9));
        assertThat(satu.drivers().get(0).weight()).isCloseTo(0.75, within(1e-9));
        assertThat(satu.drivers().get(1).normalised()).isCloseTo(0.5, within(1e-9));
        assertThat(rows.get(1).drivers().stream().mapToDouble(c -> c.points()).sum()).isCloseTo(50.0, within(1e-9));
    }

    @Test
    void aMissingIndicatorTakesItsWeightWithIt() {
        // COVER's source is not installed: NEED alone carries the whole index.
        Map<String, Double> used = IndexArithmetic.usedWeights(List.of(NEED), Map.of(NEED.id(), 3.0, COVER.id(), 1.0));
        assertThat(used).containsExactly(Map.entry(NEED.id(), 1.0));
        List<IndexArithmetic.Row> rows = IndexArithmetic.compute(List.of(K1, K2, K3), POP, List.of(NEED),
                Map.of(NEED.id(), Map.of(K1.kode(), 10.0, K2.kode(), 10.0, K3.kode(), 60.0)), Map.of(NEED.id(), 3.0, COVER.id(), 1.0));
        assertThat(rows).extracting(IndexArithmetic.Row::index).containsExactly(100.0, 50.0, 0.0);
    }

    @Test
    void equalValuesEverywhereContributeNothingAndShareTheRank() {
        List<IndexArithmetic.Row> rows = IndexArithmetic.compute(List.of(K1, K2, K3), POP, List.of(COVER),
                Map.of(COVER.id(), Map.of(K1.kode(), 2.0, K2.kode(), 2.0, K3.kode(), 2.0)), Map.of(COVER.id(), 1.0));
        assertThat(rows).extracting(IndexArithmetic.Row::index).containsOnly(0.0);
        assertThat(IndexArithmetic.ranks(rows).values()).containsOnly(1);
    }

    @Test
    void noIndicatorsMeansAZeroIndexNotAnError() {
        List<IndexArithmetic.Row> rows = IndexArithmetic.compute(List.of(K1, K2), POP, List.of(), Map.of(), Map.of());
        assertThat(rows).hasSize(2).allSatisfy(r -> assertThat(r.index()).isZero());
    }
}
