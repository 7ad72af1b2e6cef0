package id.pilar.core.spi.area;

import java.util.List;

/**
 * A module's points with coordinates (reports, hotspots) for the atlas map. Register with
 * {@code @ServiceProvider(service = AreaPointSource.class)}; checks the module's read permission.
 */
public interface AreaPointSource {

    /** Module id, as in {@code ModuleSchema.moduleId()}. */
    String moduleId();

    /** Points recorded in the period (hotspots: every active one). */
    List<AreaPoint> points(AreaPeriod period);
}
