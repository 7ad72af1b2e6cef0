package id.pilar.atlas.impl;

import id.pilar.atlas.api.Contribution;
import id.pilar.core.api.reference.Kelurahan;
import id.pilar.core.spi.area.AreaIndicator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The vulnerability index's arithmetic, apart from any database so a test can check it by hand
 * (formula in the module README):
 *
 * <ol>
 * <li>shown value {@code v = count / population × perInhabitants} (or the count itself);
 * <li>min–max across the kelurahan: {@code n = (v − min) / (max − min)}, or {@code (max − v) / (max − min)}
 *     when a higher value is better; 0 everywhere when every kelurahan has the same value;
 * <li>weights of the available indicators rescaled to sum 1 (a missing source takes its weight with it);
 * <li>{@code index = 100 × Σ n × w}; rank 1 = highest index, equal indexes share a rank.
 * </ol>
 */
final class IndexArithmetic {

    /** One kelurahan's result, before the previous period is joined in. */
    record Row(Kelurahan kelurahan, int population, double index, Map<String, Double> values, List<Contribution> drivers) {
    }

    private IndexArithmetic() {
    }

    /** Weights of the indicators present, rescaled to sum 1; all zero when none has a weight. */
    static Map<String, Double> usedWeights(List<AreaIndicator> indicators, Map<String, Double> weights) {
        double sum = 0;
        for (AreaIndicator i : indicators) {
            sum += weights.getOrDefault(i.id(), 0.0);
        }
        Map<String, Double> used = new LinkedHashMap<>();
        for (AreaIndicator i : indicators) {
            used.put(i.id(), sum > 0 ? weights.getOrDefault(i.id(), 0.0) / sum : 0.0);
        }
        return used;
    }

    /** The value shown for a count: per inhabitants when the indicator asks, else the count. */
    static double shown(AreaIndicator indicator, double count, int population) {
        if (indicator.perInhabitants() <= 0) {
            return count;
        }
        return population > 0 ? count / population * indicator.perInhabitants() : 0.0;
    }

    /**
     * @param totals   by indicator id, the count by kelurahan code (a kelurahan left out counts 0)
     * @param weights  the weights asked for (any scale), by indicator id
     * @return one row per kelurahan, highest index first
     */
    static List<Row> compute(List<Kelurahan> kelurahan, Map<String, Integer> population, List<AreaIndicator> indicators,
            Map<String, Map<String, Double>> totals, Map<String, Double> weights) {
        Map<String, Double> used = usedWeights(indicators, weights);
        Map<String, Map<String, Double>> values = new LinkedHashMap<>();
        Map<String, double[]> range = new LinkedHashMap<>();
        for (AreaIndicator ind : indicators) {
            Map<String, Double> counts = totals.getOrDefault(ind.id(), Map.of());
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (Kelurahan k : kelurahan) {
                double v = shown(ind, counts.getOrDefault(k.kode(), 0.0), population.getOrDefault(k.kode(), 0));
                values.computeIfAbsent(k.kode(), x -> new LinkedHashMap<>()).put(ind.id(), v);
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            range.put(ind.id(), new double[] {min, max});
        }
        List<Row> rows = new ArrayList<>();
        for (Kelurahan k : kelurahan) {
            Map<String, Double> v = values.getOrDefault(k.kode(), new LinkedHashMap<>());
            List<Contribution> drivers = new ArrayList<>();
            double index = 0;
            for (AreaIndicator ind : indicators) {
                double w = used.get(ind.id());
                double value = v.get(ind.id());
                double n = normalised(value, range.get(ind.id()), ind.higherIsWorse());
                double points = n * w * 100;
                index += points;
                if (w > 0) {
                    drivers.add(new Contribution(ind.id(), value, n, w, points));
                }
            }
            drivers.sort(Comparator.comparingDouble(Contribution::points).reversed());
            rows.add(new Row(k, population.getOrDefault(k.kode(), 0), index, Map.copyOf(v), List.copyOf(drivers)));
        }
        rows.sort(Comparator.comparingDouble(Row::index).reversed().thenComparing(r -> r.kelurahan().kode()));
        return rows;
    }

    static double normalised(double value, double[] minMax, boolean higherIsWorse) {
        double span = minMax[1] - minMax[0];
        if (span <= 0) {
            return 0.0;
        }
        return higherIsWorse ? (value - minMax[0]) / span : (minMax[1] - value) / span;
    }

    /** Ranks by index (rows in index order): equal indexes, to a millionth, share the better rank. */
    static Map<String, Integer> ranks(List<Row> byIndex) {
        Map<String, Integer> ranks = new LinkedHashMap<>();
        for (int i = 0; i < byIndex.size(); i++) {
            Row r = byIndex.get(i);
            boolean tie = i > 0 && Math.abs(byIndex.get(i - 1).index() - r.index()) < 1e-6;
            ranks.put(r.kelurahan().kode(), tie ? ranks.get(byIndex.get(i - 1).kelurahan().kode()) : i + 1);
        }
        return ranks;
    }
}
