package id.pilar.atlas.api;

/**
 * An indicator the atlas can show and weigh: one contributed by an installed module through
 * {@code id.pilar.core.spi.area.AreaIndicatorSource}, or the atlas's own population.
 *
 * @param id             {@code AreaIndicator.id()}
 * @param label          what a user reads
 * @param moduleId       the module it comes from
 * @param unit           what the shown value is ("per 1.000 penduduk", "jumlah"), for legends
 * @param higherIsWorse  direction in the index
 */
public record AtlasIndicator(String id, String label, String moduleId, String unit, boolean higherIsWorse) {
}
