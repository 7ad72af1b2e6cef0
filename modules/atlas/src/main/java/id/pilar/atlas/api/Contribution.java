package id.pilar.atlas.api;

/**
 * One indicator's part in a kelurahan's score, the "why" shown beside the index.
 *
 * @param indicator  {@link AtlasIndicator#id()}
 * @param value      the value shown (after division by population where the indicator asks)
 * @param normalised 0..1 across the 44 kelurahan (1 = most vulnerable on this indicator)
 * @param weight     the weight used (weights are normalised to sum 1)
 * @param points     {@code normalised × weight × 100}: what it adds to the index
 */
public record Contribution(String indicator, double value, double normalised, double weight, double points) {
}
