package id.pilar.atlas.impl;

import id.pilar.core.spi.area.AreaIndicator;
import java.util.Map;

/**
 * The weights the index uses until a supervisor saves others; why each one is in the module
 * README ("Bobot bawaan"). They sum to 1 when every source is installed; the index rescales them
 * over the indicators actually available.
 */
final class DefaultWeights {

    /** An indicator a future module adds to the index by default, before anyone weighed it. */
    static final double NEW_INDICATOR = 0.10;

    private static final Map<String, Double> WEIGHTS = Map.of(
            "registry.ppks_people", 0.30,
            "registry.dtsen_d1_4", 0.20,
            "cases.open", 0.15,
            "cases.new", 0.10,
            "intake.reports_30", 0.10,
            "intake.alerts", 0.05,
            "rosters.active_members", 0.10);

    private DefaultWeights() {
    }

    static double of(AreaIndicator indicator) {
        Double w = WEIGHTS.get(indicator.id());
        if (w != null) {
            return w;
        }
        return indicator.inIndexByDefault() ? NEW_INDICATOR : 0.0;
    }
}
