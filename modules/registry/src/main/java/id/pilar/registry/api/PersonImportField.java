package id.pilar.registry.api;

import java.util.List;
import org.openide.util.NbBundle.Messages;

/**
 * The fields of a person list from another system, each with the header names met in such lists
 * (kelurahan spreadsheets, OpenSID's population export and its import template). Names are
 * compared as {@code id.pilar.lib.tables.api.Headers#normalise} reduces them: "No. KK", "no_kk" and
 * "noKK" are one name.
 */
@Messages({
    "PIF_NomorKk=No. KK",
    "PIF_Nik=NIK",
    "PIF_Nama=Nama lengkap",
    "PIF_JenisKelamin=Jenis kelamin",
    "PIF_TempatLahir=Tempat lahir",
    "PIF_TanggalLahir=Tanggal lahir",
    "PIF_Shdk=Hubungan dalam keluarga (SHDK)",
    "PIF_NamaIbu=Nama ibu kandung",
    "PIF_Alamat=Alamat",
    "PIF_Rt=RT",
    "PIF_Rw=RW",
    "PIF_Kelurahan=Kelurahan",
    "PIF_Telepon=Telepon"
})
public enum PersonImportField {
    NOMOR_KK(false, "nokk", "nomorkk", "kk", "nomorkartukeluarga", "nokartukeluarga"),
    NIK(true, "nik", "nomornik", "nonik", "noktp", "nomorindukkependudukan"),
    NAMA(true, "nama", "namalengkap", "namapenduduk", "namaanggota", "namaart"),
    JENIS_KELAMIN(false, "jeniskelamin", "jk", "sex", "kelamin", "lp"),
    TEMPAT_LAHIR(false, "tempatlahir", "tmplahir", "tmptlahir"),
    TANGGAL_LAHIR(false, "tanggallahir", "tgllahir", "tgllhr", "tanggallhr"),
    SHDK(false, "shdk", "hubkeluarga", "hubungankeluarga", "statushubungandalamkeluarga", "hubungan", "kklevel",
            "statushubungan"),
    NAMA_IBU(false, "namaibu", "namaibukandung", "ibukandung", "ibu"),
    ALAMAT(false, "alamat", "alamatjalan", "jalan", "alamatlengkap"),
    RT(false, "rt", "nort"),
    RW(false, "rw", "norw"),
    KELURAHAN(false, "kelurahan", "desakelurahan", "namakelurahan", "kodekelurahan", "desa", "kel"),
    TELEPON(false, "telepon", "telp", "notelp", "nohp", "hp", "notelepon", "nomorhp", "telpon");

    private final boolean required;
    private final List<String> headers;

    PersonImportField(boolean required, String... headers) {
        this.required = required;
        this.headers = List.of(headers);
    }

    /** Without a column for it the file is refused (rows may still leave it blank: people without documents). */
    public boolean required() {
        return required;
    }

    /** Header names recognised, normalised (lower case, letters and digits only). */
    public List<String> headers() {
        return headers;
    }

    /** The field's name as the mapping step shows it. */
    public String label() {
        return switch (this) {
            case NOMOR_KK -> Bundle.PIF_NomorKk();
            case NIK -> Bundle.PIF_Nik();
            case NAMA -> Bundle.PIF_Nama();
            case JENIS_KELAMIN -> Bundle.PIF_JenisKelamin();
            case TEMPAT_LAHIR -> Bundle.PIF_TempatLahir();
            case TANGGAL_LAHIR -> Bundle.PIF_TanggalLahir();
            case SHDK -> Bundle.PIF_Shdk();
            case NAMA_IBU -> Bundle.PIF_NamaIbu();
            case ALAMAT -> Bundle.PIF_Alamat();
            case RT -> Bundle.PIF_Rt();
            case RW -> Bundle.PIF_Rw();
            case KELURAHAN -> Bundle.PIF_Kelurahan();
            case TELEPON -> Bundle.PIF_Telepon();
        };
    }
}
