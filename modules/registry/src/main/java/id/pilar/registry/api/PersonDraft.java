package id.pilar.registry.api;

import id.pilar.core.api.identity.Sex;
import java.time.LocalDate;
import java.util.List;

/**
 * What a clerk enters for a person, new or changed.
 *
 * @param nik                  16 digits, or blank for people without documents
 * @param aliases              other names the person is known by
 * @param tahunLahirPerkiraan  estimated year of birth when the date is unknown
 * @param kodeKelurahan        Kemendagri code from the reference list, or null
 * @param tanpaAlamatTetap     no fixed address; {@code lokasiTerakhir} names the last hotspot
 */
public record PersonDraft(String nik, String nama, List<String> aliases, Sex jenisKelamin, String tempatLahir,
        LocalDate tanggalLahir, Integer tahunLahirPerkiraan, String namaIbu, String alamatJalan, String rt, String rw,
        String kodeKelurahan, boolean tanpaAlamatTetap, String lokasiTerakhir, String telepon, String disabilitas,
        String catatan, List<CategoryPeriod> kategori) {

    public PersonDraft {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        kategori = kategori == null ? List.of() : List.copyOf(kategori);
    }

    /** A draft with only a name, for builders and tests. */
    public static PersonDraft named(String nama) {
        return new PersonDraft(null, nama, List.of(), null, null, null, null, null, null, null, null, null,
                false, null, null, null, null, List.of());
    }

    public PersonDraft withNik(String v) {
        return new PersonDraft(v, nama, aliases, jenisKelamin, tempatLahir, tanggalLahir, tahunLahirPerkiraan, namaIbu,
                alamatJalan, rt, rw, kodeKelurahan, tanpaAlamatTetap, lokasiTerakhir, telepon, disabilitas, catatan, kategori);
    }

    public PersonDraft withBirth(Sex sex, String place, LocalDate date) {
        return new PersonDraft(nik, nama, aliases, sex, place, date, tahunLahirPerkiraan, namaIbu,
                alamatJalan, rt, rw, kodeKelurahan, tanpaAlamatTetap, lokasiTerakhir, telepon, disabilitas, catatan, kategori);
    }

    public PersonDraft withAddress(String street, String rtNo, String rwNo, String kelurahan) {
        return new PersonDraft(nik, nama, aliases, jenisKelamin, tempatLahir, tanggalLahir, tahunLahirPerkiraan, namaIbu,
                street, rtNo, rwNo, kelurahan, false, null, telepon, disabilitas, catatan, kategori);
    }

    public PersonDraft homeless(String hotspot) {
        return new PersonDraft(nik, nama, aliases, jenisKelamin, tempatLahir, tanggalLahir, tahunLahirPerkiraan, namaIbu,
                null, null, null, null, true, hotspot, telepon, disabilitas, catatan, kategori);
    }

    public PersonDraft withMother(String mother) {
        return new PersonDraft(nik, nama, aliases, jenisKelamin, tempatLahir, tanggalLahir, tahunLahirPerkiraan, mother,
                alamatJalan, rt, rw, kodeKelurahan, tanpaAlamatTetap, lokasiTerakhir, telepon, disabilitas, catatan, kategori);
    }

    public PersonDraft withAliases(List<String> v) {
        return new PersonDraft(nik, nama, v, jenisKelamin, tempatLahir, tanggalLahir, tahunLahirPerkiraan, namaIbu,
                alamatJalan, rt, rw, kodeKelurahan, tanpaAlamatTetap, lokasiTerakhir, telepon, disabilitas, catatan, kategori);
    }

    public PersonDraft withEstimatedBirthYear(Integer year) {
        return new PersonDraft(nik, nama, aliases, jenisKelamin, tempatLahir, tanggalLahir, year, namaIbu,
                alamatJalan, rt, rw, kodeKelurahan, tanpaAlamatTetap, lokasiTerakhir, telepon, disabilitas, catatan, kategori);
    }

    public PersonDraft withContact(String phone, String disability, String notes) {
        return new PersonDraft(nik, nama, aliases, jenisKelamin, tempatLahir, tanggalLahir, tahunLahirPerkiraan, namaIbu,
                alamatJalan, rt, rw, kodeKelurahan, tanpaAlamatTetap, lokasiTerakhir, phone, disability, notes, kategori);
    }

    public PersonDraft withCategories(List<CategoryPeriod> v) {
        return new PersonDraft(nik, nama, aliases, jenisKelamin, tempatLahir, tanggalLahir, tahunLahirPerkiraan, namaIbu,
                alamatJalan, rt, rw, kodeKelurahan, tanpaAlamatTetap, lokasiTerakhir, telepon, disabilitas, catatan, v);
    }
}
