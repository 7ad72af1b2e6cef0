package id.pilar.intake.impl;

/**
 * The box a coordinate of a report or hotspot must lie in: mainland DKI Jakarta with a margin
 * (a typo such as 6.17 for -6.17, or latitude and longitude swapped, falls outside). The office
 * works in Jakarta Pusat; the margin admits a report just across the province's border.
 */
public final class JakartaBounds {

    public static final double LAT_MIN = -6.4;
    public static final double LAT_MAX = -6.0;
    public static final double LNG_MIN = 106.6;
    public static final double LNG_MAX = 107.0;

    private JakartaBounds() {
    }

    public static boolean contains(double lat, double lng) {
        return !Double.isNaN(lat) && !Double.isNaN(lng) && lat >= LAT_MIN && lat <= LAT_MAX && lng >= LNG_MIN && lng <= LNG_MAX;
    }
}
