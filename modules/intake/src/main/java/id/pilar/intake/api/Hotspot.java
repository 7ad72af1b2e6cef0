package id.pilar.intake.api;

/**
 * A named place (titik rawan).
 *
 * @param kodeKelurahan Kemendagri code
 * @param lintang       latitude in degrees, or null
 * @param bujur         longitude in degrees, or null
 */
public record Hotspot(String id, String nama, String kodeKelurahan, Double lintang, Double bujur) {

    @Override
    public String toString() {
        return nama;
    }
}
