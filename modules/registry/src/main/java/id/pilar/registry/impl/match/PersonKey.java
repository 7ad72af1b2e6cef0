package id.pilar.registry.impl.match;

/**
 * What duplicate detection compares of a person: canonical names (see PersonNames), sex, birth
 * date (ISO text) or estimated year, kelurahan code, canonical mother's name.
 */
public record PersonKey(String id, String nik, String nama, String alias, String jenisKelamin, String tanggalLahir,
        Integer tahunPerkiraan, String kodeKelurahan, String namaIbu, String namaUrut) {

    /** A key with {@code namaUrut}, the name's words sorted, computed once (the scan compares each key many times). */
    public static PersonKey of(String id, String nik, String nama, String alias, String jenisKelamin, String tanggalLahir,
            Integer tahunPerkiraan, String kodeKelurahan, String namaIbu) {
        return new PersonKey(id, nik, nama, alias, jenisKelamin, tanggalLahir, tahunPerkiraan, kodeKelurahan, namaIbu,
                DuplicateScore.sorted(nama));
    }

    /** Birth year from the date or the estimate, or 0. */
    public int birthYear() {
        if (tanggalLahir != null && tanggalLahir.length() >= 4) {
            return Integer.parseInt(tanggalLahir.substring(0, 4));
        }
        return tahunPerkiraan == null ? 0 : tahunPerkiraan;
    }
}
