package id.pilar.atlas.api.geo;

import id.pilar.core.spi.area.AreaPoint;

/**
 * A point of a module placed in a kelurahan.
 *
 * @param point     the module's point
 * @param kelurahan Kemendagri code of the kelurahan it lies in, null when outside Jakarta Pusat
 * @param placement how the kelurahan was found
 */
public record PlacedPoint(AreaPoint point, String kelurahan, Placement placement) {

    /** How a point got its kelurahan. */
    public enum Placement {
        /** The record names its kelurahan (a clerk chose it): kept, as {@code AreaPoint} promises. */
        RECORDED,
        /** Inside an imported polygon (JTS point-in-polygon). */
        POLYGON,
        /** No boundaries imported yet: the nearest shipped centroid (the schematic cell it falls in). */
        NEAREST_CENTROID,
        /** Outside every polygon (or far from Jakarta Pusat): not counted in any kelurahan. */
        OUTSIDE
    }
}
