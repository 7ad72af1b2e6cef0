package id.pilar.registry.impl;

import id.pilar.core.api.identity.IdentityProblem;
import id.pilar.core.api.identity.NikCheck;
import id.pilar.core.api.identity.NikValidator;
import id.pilar.core.api.identity.PhoneNumbers;
import id.pilar.core.api.reference.ReferenceData;
import id.pilar.registry.api.CategoryPeriod;
import id.pilar.registry.api.PersonDraft;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openide.util.NbBundle.Messages;

/**
 * The rules a person record must meet. Errors block a save; warnings (a NIK whose date or sex
 * disagrees with what was entered) are shown and must be confirmed.
 *
 * <p>Codes name the field: {@code NIK_*}, {@code NAMA_*}, {@code LAHIR_*}, {@code ALAMAT_*},
 * {@code TELEPON}, {@code KATEGORI}.
 */
@Messages({
    "VAL_NamaKosong=Nama wajib diisi.",
    "VAL_LahirMasaDepan=Tanggal lahir tidak boleh di masa depan.",
    "VAL_TahunPerkiraan=Perkiraan tahun lahir tidak masuk akal.",
    "# {0} - code",
    "VAL_KelurahanTidakDikenal=Kelurahan dengan kode {0} tidak ada di daftar Jakarta Pusat.",
    "VAL_AlamatAtauLokasi=Isi alamat (kelurahan) atau tandai \"tanpa alamat tetap\" dengan lokasi terakhir.",
    "VAL_RtRw=RT dan RW berupa angka, paling banyak 3 digit.",
    "VAL_AlamatKkTanpaKelurahan=Alamat KK perlu kelurahan. Pilih kelurahannya, kosongkan alamat, atau tandai KK \"tanpa alamat tetap\".",
    "# {0} - phone",
    "VAL_Telepon=Nomor telepon {0} bukan nomor Indonesia yang benar.",
    "# {0} - code",
    "VAL_Kategori=Kategori PPKS {0} tidak dikenal.",
    "# {0} - code",
    "VAL_KategoriTanggal=Tanggal selesai kategori {0} lebih awal dari tanggal mulai.",
    "# {0} - registry number",
    "VAL_NikTerdaftar=NIK ini sudah terdaftar atas nama lain ({0})."
})
final class PersonValidation {

    private PersonValidation() {
    }

    static List<IdentityProblem> check(PersonDraft d, LocalDate today) {
        List<IdentityProblem> p = new ArrayList<>();
        if (d.nama() == null || d.nama().isBlank()) {
            p.add(IdentityProblem.error("NAMA_KOSONG", Bundle.VAL_NamaKosong()));
        }
        if (d.nik() != null && !d.nik().isBlank()) {
            NikCheck nik = NikValidator.check(d.nik(), d.tanggalLahir(), d.jenisKelamin(), today);
            p.addAll(nik.problems());
        }
        if (d.tanggalLahir() != null && d.tanggalLahir().isAfter(today)) {
            p.add(IdentityProblem.error("LAHIR_MASA_DEPAN", Bundle.VAL_LahirMasaDepan()));
        }
        if (d.tahunLahirPerkiraan() != null
                && (d.tahunLahirPerkiraan() < today.getYear() - 120 || d.tahunLahirPerkiraan() > today.getYear())) {
            p.add(IdentityProblem.error("LAHIR_PERKIRAAN", Bundle.VAL_TahunPerkiraan()));
        }
        if (d.kodeKelurahan() != null && !d.kodeKelurahan().isBlank()
                && ReferenceData.get().kelurahan(d.kodeKelurahan()).isEmpty()) {
            p.add(IdentityProblem.error("ALAMAT_KELURAHAN", Bundle.VAL_KelurahanTidakDikenal(d.kodeKelurahan())));
        }
        if (!d.tanpaAlamatTetap() && isBlank(d.kodeKelurahan()) && !isBlank(d.alamatJalan())) {
            p.add(IdentityProblem.error("ALAMAT_KELURAHAN", Bundle.VAL_AlamatAtauLokasi()));
        }
        if (!rtRw(d.rt()) || !rtRw(d.rw())) {
            p.add(IdentityProblem.error("ALAMAT_RTRW", Bundle.VAL_RtRw()));
        }
        if (!isBlank(d.telepon()) && PhoneNumbers.normalise(d.telepon()) == null) {
            p.add(IdentityProblem.error("TELEPON", Bundle.VAL_Telepon(d.telepon())));
        }
        for (CategoryPeriod c : d.kategori()) {
            if (c.kode() == null || ReferenceData.get().kategori(c.kode()).isEmpty()) {
                p.add(IdentityProblem.error("KATEGORI", Bundle.VAL_Kategori(c.kode())));
            } else if (c.mulai() != null && c.selesai() != null && c.selesai().isBefore(c.mulai())) {
                p.add(IdentityProblem.error("KATEGORI", Bundle.VAL_KategoriTanggal(c.kode())));
            }
        }
        return p;
    }

    /**
     * A KK's address: optional (a family may have none, or no fixed one), but a street needs its
     * kelurahan, the kelurahan must be known and RT/RW are numbers.
     */
    static List<IdentityProblem> householdAddress(id.pilar.registry.api.HouseholdAddress a) {
        List<IdentityProblem> p = new ArrayList<>();
        if (a.tanpaAlamatTetap()) {
            return p;
        }
        if (a.kodeKelurahan() != null && ReferenceData.get().kelurahan(a.kodeKelurahan()).isEmpty()) {
            p.add(IdentityProblem.error("ALAMAT_KELURAHAN", Bundle.VAL_KelurahanTidakDikenal(a.kodeKelurahan())));
        }
        if (a.kodeKelurahan() == null && a.alamatJalan() != null) {
            p.add(IdentityProblem.error("ALAMAT_KELURAHAN", Bundle.VAL_AlamatKkTanpaKelurahan()));
        }
        if (!rtRw(a.rt()) || !rtRw(a.rw())) {
            p.add(IdentityProblem.error("ALAMAT_RTRW", Bundle.VAL_RtRw()));
        }
        return p;
    }

    static IdentityProblem nikTaken(String nomorRegistri) {
        return IdentityProblem.error("NIK_TERDAFTAR", Bundle.VAL_NikTerdaftar(nomorRegistri));
    }

    private static boolean rtRw(String v) {
        return isBlank(v) || v.trim().matches("\\d{1,3}");
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
