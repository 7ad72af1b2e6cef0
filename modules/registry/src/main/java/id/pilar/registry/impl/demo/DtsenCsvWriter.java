package id.pilar.registry.impl.demo;

import id.pilar.core.api.reference.Kelurahan;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;

/**
 * Writes a DTSEN-style extract (pipe-separated, the usual export) of any size from the same
 * people the registry generator makes for a seed, so imported rows match registry NIKs.
 * Households marked "not in DTSEN" are left out; when more rows are asked for than the
 * generated registry has, the writer keeps generating. {@code badRate} adds rejectable rows
 * (wrong NIK, unknown kelurahan, bad date) for demonstrations and tests.
 */
public final class DtsenCsvWriter {

    public static final String HEADER = "iddtks|nomor_kk|nomor_nik|nama|tanggal_lahir|tempat_lahir|jenis_kelamin|nama_ibu_kandung|"
            + "hubungan_keluarga|alamat|rt|rw|desa_kelurahan|kecamatan|desil|pkh|bpnt|pbi_jk";
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd-MM-uuuu");

    private DtsenCsvWriter() {
    }

    /** Writes {@code rows} data rows after the header; returns the rows written. */
    public static long write(Path file, long rows, long seed, double badRate, List<Kelurahan> kelurahan) throws IOException {
        PersonFactory factory = new PersonFactory(seed, kelurahan, 0);
        Random bad = new Random(seed ^ 0x5EED);
        java.util.Map<String, Kelurahan> byCode = new java.util.HashMap<>();
        kelurahan.forEach(k -> byCode.put(k.kode(), k));
        long written = 0;
        long id = 1;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            while (written < rows) {
                GeneratedHousehold h = factory.next();
                if (!h.inDtsen() || h.nomorKk() == null) {
                    continue;
                }
                for (GeneratedPerson p : h.members()) {
                    if (written >= rows) {
                        break;
                    }
                    if (p.duplicateOf() != null) {
                        continue;
                    }
                    Kelurahan k = byCode.get(p.kodeKelurahan());
                    String nik = p.nik();
                    String kel = k.nama();
                    String born = p.tanggalLahir().format(DMY);
                    if (bad.nextDouble() < badRate) {
                        switch (bad.nextInt(3)) {
                            case 0 -> nik = "99" + nik.substring(2);
                            case 1 -> kel = "Kebayoran Lama";
                            default -> born = "31-02-" + p.tanggalLahir().getYear();
                        }
                    }
                    StringBuilder b = new StringBuilder(200);
                    b.append("DT").append(String.format("%09d", id++)).append('|').append(h.nomorKk()).append('|').append(nik).append('|')
                            .append(p.nama()).append('|').append(born).append('|').append(p.tempatLahir()).append('|')
                            .append(p.jenisKelamin()).append('|').append(p.namaIbu() == null ? "" : p.namaIbu()).append('|')
                            .append(p.shdk()).append('|').append(p.alamatJalan()).append('|').append(p.rt()).append('|')
                            .append(p.rw()).append('|').append(kel).append('|').append(k.namaKecamatan()).append('|')
                            .append(h.desil()).append('|').append(h.pkh() ? 1 : 0).append('|').append(h.bpnt() ? 1 : 0).append('|')
                            .append(h.pbi() ? 1 : 0).append('\n');
                    w.write(b.toString());
                    written++;
                }
            }
        }
        return written;
    }
}
