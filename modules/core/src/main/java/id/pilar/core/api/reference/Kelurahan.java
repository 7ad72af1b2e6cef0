package id.pilar.core.api.reference;

/**
 * A kelurahan of Kota Administrasi Jakarta Pusat.
 *
 * @param kode           Kemendagri code, {@code 31.71.01.1001}
 * @param kodeKecamatan  Kemendagri code of its kecamatan
 * @param namaKecamatan  name of its kecamatan
 * @param nama           name
 * @param kodeBps        BPS code, {@code 3173080003}
 * @param kodePos        postal code
 * @param penduduk2024   population in 2024 (0 when unknown)
 * @param luasM2         area in square metres (0 when unknown)
 */
public record Kelurahan(String kode, String kodeKecamatan, String namaKecamatan, String nama,
        String kodeBps, String kodePos, int penduduk2024, long luasM2) {

    @Override
    public String toString() {
        return nama + ", " + namaKecamatan;
    }
}
