package id.pilar.core.spi.area;

import java.util.List;

/**
 * A module's figures per kelurahan for the atlas (vulnerability index, map, monthly report).
 * Register with {@code @ServiceProvider(service = AreaIndicatorSource.class)}. It lives in core so
 * that the atlas depends on no feature module: a module that is not installed simply contributes
 * nothing, and a module never depends on the atlas.
 *
 * <p>Implementations check their module's read permission first, count with one aggregate query
 * per indicator (no entity loading: the index must take under 2 s over 1,000,000 people) and leave
 * out kelurahan with nothing to count. The atlas asks for several periods at once, so
 * {@link #figures} may run on two threads at the same time (each on its own connection through
 * {@code Transactions.query}; keep no per-call state in fields).
 */
public interface AreaIndicatorSource {

    /** Module id, as in {@code ModuleSchema.moduleId()}. */
    String moduleId();

    /** What this module contributes, in the order it is shown. */
    List<AreaIndicator> indicators();

    /** Every figure of {@link #indicators()} for the period. */
    List<AreaFigure> figures(AreaPeriod period);
}
