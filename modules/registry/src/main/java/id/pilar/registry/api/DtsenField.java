package id.pilar.registry.api;

import java.util.List;

/** The DTSEN columns Pilar reads, with the header names met in real extracts. */
public enum DtsenField {
    IDDTKS(true, "iddtks", "id_dtks", "iddtsen", "id_dtsen", "id"),
    NOMOR_KK(false, "nomor_kk", "no_kk", "nokk", "kk"),
    NIK(false, "nomor_nik", "nik", "no_nik"),
    NAMA(true, "nama", "nama_lengkap", "nama_art"),
    TANGGAL_LAHIR(false, "tanggal_lahir", "tgl_lahir", "tgllahir"),
    TEMPAT_LAHIR(false, "tempat_lahir", "tmp_lahir"),
    JENIS_KELAMIN(false, "jenis_kelamin", "jk", "kelamin"),
    NAMA_IBU(false, "nama_ibu_kandung", "nama_ibu", "ibu_kandung"),
    HUBUNGAN_KELUARGA(false, "hubungan_keluarga", "shdk", "hub_keluarga", "hubungan"),
    ALAMAT(false, "alamat"),
    RT(false, "rt"),
    RW(false, "rw"),
    KELURAHAN(false, "desa_kelurahan", "kelurahan", "desa", "nama_kelurahan"),
    KECAMATAN(false, "kecamatan", "nama_kecamatan"),
    DESIL(false, "desil", "desil_nasional", "peringkat_desil"),
    PKH(false, "pkh", "flag_pkh", "status_pkh"),
    BPNT(false, "bpnt", "sembako", "flag_bpnt", "status_bpnt"),
    PBI_JK(false, "pbi_jk", "pbi", "flag_pbi", "pbijk", "status_pbi");

    private final boolean required;
    private final List<String> headers;

    DtsenField(boolean required, String... headers) {
        this.required = required;
        this.headers = List.of(headers);
    }

    /** Without it no row can be imported. */
    public boolean required() {
        return required;
    }

    /** Header names recognised, lower case with underscores. */
    public List<String> headers() {
        return headers;
    }
}
