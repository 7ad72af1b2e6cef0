package id.pilar.registry.impl.dtsen;

/** One accepted DTSEN row, in column form ready for insertion. */
record DtsenRow(String iddtks, String nik, String nomorKk, String nama, String tanggalLahir, String tempatLahir,
        String jenisKelamin, String namaIbu, Integer hubungan, String alamat, String rt, String rw, String kodeKelurahan,
        Integer desil, int pkh, int bpnt, int pbiJk) {
}
