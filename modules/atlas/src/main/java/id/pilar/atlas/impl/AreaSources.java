package id.pilar.atlas.impl;

import id.pilar.core.api.security.AccessDeniedException;
import id.pilar.core.spi.area.AreaFigure;
import id.pilar.core.spi.area.AreaIndicator;
import id.pilar.core.spi.area.AreaIndicatorSource;
import id.pilar.core.spi.area.AreaPeriod;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.util.Lookup;

/**
 * The installed modules' figures for one period. A module that is not installed is simply not in
 * the lookup; one whose figures the user may not read (its read permission) or whose query fails
 * is left out of this period the same way, so the index is computed over what is there.
 */
final class AreaSources {

    private static final Logger LOG = Logger.getLogger(AreaSources.class.getName());

    /** What one period brought: the indicators that answered, by module, and their figures. */
    record Figures(List<AreaIndicator> indicators, Map<String, String> moduleOf, List<AreaFigure> figures) {

        /** Counts of the whole kelurahan (category null) by indicator id, then kelurahan code. */
        Map<String, Map<String, Double>> totals() {
            Map<String, Map<String, Double>> totals = new LinkedHashMap<>();
            for (AreaIndicator i : indicators) {
                totals.put(i.id(), new LinkedHashMap<>());
            }
            for (AreaFigure f : figures) {
                if (f.kategori() == null && totals.containsKey(f.indicator())) {
                    totals.get(f.indicator()).merge(f.kelurahan(), f.value(), Double::sum);
                }
            }
            return totals;
        }
    }

    private final Supplier<Collection<? extends AreaIndicatorSource>> sources;

    AreaSources() {
        this(() -> Lookup.getDefault().lookupAll(AreaIndicatorSource.class));
    }

    AreaSources(Supplier<Collection<? extends AreaIndicatorSource>> sources) {
        this.sources = sources;
    }

    /** The indicators every installed source declares (no query run). */
    Figures declared() {
        List<AreaIndicator> indicators = new ArrayList<>();
        Map<String, String> moduleOf = new LinkedHashMap<>();
        for (AreaIndicatorSource s : sources.get()) {
            for (AreaIndicator i : s.indicators()) {
                indicators.add(i);
                moduleOf.put(i.id(), s.moduleId());
            }
        }
        return new Figures(List.copyOf(indicators), moduleOf, List.of());
    }

    /** Every source's figures for {@code period}; sources that refuse or fail contribute nothing. */
    Figures figures(AreaPeriod period) {
        List<AreaIndicator> indicators = new ArrayList<>();
        Map<String, String> moduleOf = new LinkedHashMap<>();
        List<AreaFigure> figures = new ArrayList<>();
        for (AreaIndicatorSource s : sources.get()) {
            List<AreaFigure> got;
            try {
                got = s.figures(period);
            } catch (AccessDeniedException e) {
                LOG.log(Level.FINE, "atlas: {0} not readable by this user", s.moduleId());
                continue;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "atlas: figures of " + s.moduleId() + " failed; left out of the index", e);
                continue;
            }
            for (AreaIndicator i : s.indicators()) {
                indicators.add(i);
                moduleOf.put(i.id(), s.moduleId());
            }
            figures.addAll(got);
        }
        return new Figures(List.copyOf(indicators), moduleOf, List.copyOf(figures));
    }
}
