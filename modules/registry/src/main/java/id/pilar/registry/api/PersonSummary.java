package id.pilar.registry.api;

import java.time.LocalDate;

/**
 * One line of a person list. {@code nik} is masked unless the user may see identity numbers.
 *
 * @param status {@code AKTIF} or {@code GANDA} (merged into another record)
 */
public record PersonSummary(String id, String nomorRegistri, String nik, String nama, String jenisKelamin,
        LocalDate tanggalLahir, String kelurahan, String status) {

    public PersonRef ref() {
        return new PersonRef(id, nomorRegistri, nama);
    }
}
