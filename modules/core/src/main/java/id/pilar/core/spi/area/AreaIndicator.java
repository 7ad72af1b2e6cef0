package id.pilar.core.spi.area;

/**
 * One figure per kelurahan that a module contributes to the atlas (issue 15).
 *
 * @param id              stable id, {@code <module>.<name>} ({@code registry.ppks_people}); used in
 *                        saved weights, the CSV of {@code --atlas-index} and the monthly report.
 *                        An id ending in {@code _kecamatan} marks a kecamatan's figure that the
 *                        source repeats in each of its kelurahan (TKSK): totals take it once per
 *                        kecamatan
 * @param label           what a user reads (from the owner's bundle)
 * @param perInhabitants  0 when the value is shown as it is; 1,000 or 10,000 when the atlas
 *                        should divide the count by the kelurahan's population and scale it
 * @param higherIsWorse   true when a higher value means more vulnerable (people in need, open
 *                        cases); false for coverage (active pillar members)
 * @param byCategory      true when the source also gives the figure per PPKS category (the
 *                        monthly report breaks those down; the index uses the total)
 * @param inIndexByDefault whether the default weights give it a place in the vulnerability index
 */
public record AreaIndicator(String id, String label, int perInhabitants, boolean higherIsWorse,
        boolean byCategory, boolean inIndexByDefault) {
}
