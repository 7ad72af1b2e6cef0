package id.pilar.core.spi.area;

/**
 * A value of one indicator in one kelurahan.
 *
 * @param kelurahan Kemendagri code ({@code 31.71.01.1001}), never BPS
 * @param indicator {@link AreaIndicator#id()}
 * @param kategori  PPKS category code when the figure is a category's part, null for the total
 *                  (a source of a {@code byCategory} indicator gives both: the parts and the total,
 *                  the total also counting records without a category)
 * @param value     the raw count or value (not yet divided by population)
 */
public record AreaFigure(String kelurahan, String indicator, String kategori, double value) {
}
