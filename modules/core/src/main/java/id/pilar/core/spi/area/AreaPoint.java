package id.pilar.core.spi.area;

import java.time.LocalDate;

/**
 * Something with coordinates the atlas draws on its map and places in a kelurahan by
 * point-in-polygon when the record has none.
 *
 * @param kind      what it is ({@code intake.report}, {@code intake.hotspot}), for the legend
 * @param id        the owner's id of the record
 * @param label     a line to show in the tooltip (no personal data)
 * @param lat       latitude (WGS84)
 * @param lng       longitude (WGS84)
 * @param kelurahan Kemendagri code the record names, or null
 * @param date      the day it happened or was recorded, or null
 */
public record AreaPoint(String kind, String id, String label, double lat, double lng, String kelurahan, LocalDate date) {
}
