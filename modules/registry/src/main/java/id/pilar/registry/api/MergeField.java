package id.pilar.registry.api;

/** The fields a clerk chooses between when merging two records. */
public enum MergeField {
    NIK, NAMA, ALIAS, JENIS_KELAMIN, TEMPAT_LAHIR, TANGGAL_LAHIR, NAMA_IBU, ALAMAT, TELEPON, DISABILITAS, CATATAN
}
