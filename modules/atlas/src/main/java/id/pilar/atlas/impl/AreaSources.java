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
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.util.Lookup;
import org.openide.util.RequestProcessor;

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
        return figures(List.of(period)).get(0);
    }

    /**
     * Every source's figures for each of {@code periods}, in that order. Each source's query for
     * each period is one task, and the tasks run on up to {@link #THREADS} pooled connections at
     * once: the index asks for two periods, and over a million people each period's aggregates are
     * seconds of CPU that a second core does in the same time (reads only, each on its own
     * snapshot; the acting user is the signed-in one on every thread).
     */
    List<Figures> figures(List<AreaPeriod> periods) {
        List<? extends AreaIndicatorSource> all = List.copyOf(sources.get());
        List<Callable<Answer>> tasks = new ArrayList<>();
        for (AreaPeriod period : periods) {
            for (AreaIndicatorSource s : all) {
                tasks.add(() -> ask(s, period));
            }
        }
        List<Answer> answers = run(tasks);
        List<Figures> out = new ArrayList<>();
        for (int p = 0; p < periods.size(); p++) {
            List<AreaIndicator> indicators = new ArrayList<>();
            Map<String, String> moduleOf = new LinkedHashMap<>();
            List<AreaFigure> figures = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                Answer a = answers.get(p * all.size() + i);
                if (a == null) {
                    continue;
                }
                for (AreaIndicator ind : a.source().indicators()) {
                    indicators.add(ind);
                    moduleOf.put(ind.id(), a.source().moduleId());
                }
                figures.addAll(a.figures());
            }
            out.add(new Figures(List.copyOf(indicators), moduleOf, List.copyOf(figures)));
        }
        return out;
    }

    /** How many source queries run at once: two cores on an office PC, and the pool has four connections. */
    static final int THREADS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

    /** The platform's pool, as the rest of the product uses; interrupts its threads on cancel. */
    private static final RequestProcessor POOL = new RequestProcessor("Pilar atlas figures", THREADS, true);

    private record Answer(AreaIndicatorSource source, List<AreaFigure> figures) {
    }

    /** One source's figures, or null when it refuses this user or fails (it is left out). */
    private static Answer ask(AreaIndicatorSource s, AreaPeriod period) {
        try {
            return new Answer(s, s.figures(period));
        } catch (AccessDeniedException e) {
            LOG.log(Level.FINE, "atlas: {0} not readable by this user", s.moduleId());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "atlas: figures of " + s.moduleId() + " failed; left out of the index", e);
        }
        return null;
    }

    /** Runs the tasks on the pool ({@link #THREADS} at a time) and waits for all of them. */
    private static List<Answer> run(List<Callable<Answer>> tasks) {
        List<Answer> answers = new ArrayList<>();
        try {
            for (Future<Answer> f : POOL.invokeAll(tasks)) {
                answers.add(f.get());
            }
            return answers;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("atlas figures interrupted");
        } catch (ExecutionException e) {
            // ask() catches every runtime failure; what arrives here is an Error.
            throw new IllegalStateException(e.getCause());
        }
    }
}
