package id.pilar.registry.impl.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * One generated person with their household place and DTSEN values.
 *
 * @param duplicateOf the id of the person this record is a planted near-duplicate of, or null
 */
public record GeneratedPerson(String id, String nik, String nama, String alias, String jenisKelamin, String tempatLahir,
        LocalDate tanggalLahir, Integer tahunPerkiraan, String namaIbu, String alamatJalan, String rt, String rw,
        String kodeKelurahan, boolean tanpaAlamat, String lokasiTerakhir, String telepon, String disabilitas,
        List<String> kategori, String nomorKk, int shdk, String duplicateOf) {
}
