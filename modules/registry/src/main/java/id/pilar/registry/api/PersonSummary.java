package id.pilar.registry.api;

import java.time.LocalDate;

/**
 * One line of a person list. {@code nik} is masked unless the user may see identity numbers.
 *
 * @param status  {@code AKTIF} or {@code GANDA} (merged into another record)
 * @param nomorKk in a search result found only through a household's KK number: that KK (masked
 *                like the NIK), so the list shows why the person matched; otherwise null
 */
public record PersonSummary(String id, String nomorRegistri, String nik, String nama, String jenisKelamin,
        LocalDate tanggalLahir, String kelurahan, String status, String nomorKk) {

    public PersonSummary(String id, String nomorRegistri, String nik, String nama, String jenisKelamin,
            LocalDate tanggalLahir, String kelurahan, String status) {
        this(id, nomorRegistri, nik, nama, jenisKelamin, tanggalLahir, kelurahan, status, null);
    }

    /** The same person with the KK it was found through. */
    public PersonSummary withNomorKk(String kk) {
        return new PersonSummary(id, nomorRegistri, nik, nama, jenisKelamin, tanggalLahir, kelurahan, status, kk);
    }

    public PersonRef ref() {
        return new PersonRef(id, nomorRegistri, nama);
    }
}
