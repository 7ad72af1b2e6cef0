package id.pilar.core.api.reference;

/**
 * A kecamatan of Kota Administrasi Jakarta Pusat.
 *
 * @param kode    Kemendagri code, {@code 31.71.01} (the code in NIK and KK)
 * @param nama    name
 * @param kodeBps BPS code, {@code 3173080} (BPS numbers Jakarta Pusat 3173, not 3171)
 */
public record Kecamatan(String kode, String nama, String kodeBps) {
}
