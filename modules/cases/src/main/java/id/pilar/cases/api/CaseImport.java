package id.pilar.cases.api;

import id.pilar.core.api.identity.Sex;
import java.io.IOException;
import java.time.LocalDate;
import java.nio.file.Path;
import java.util.List;
import org.openide.util.Lookup;

/**
 * Import of an old case list (CSV with {@code ,} or {@code ;}, UTF-8 with or without BOM, or
 * XLSX) with the columns {@link #COLUMNS}. Every row is checked first ({@link #preview} writes
 * nothing); the good rows then go in one transaction. Each client is found in the registry by
 * NIK or registered (no NIK: a person without documents). The old number is kept and searchable;
 * a number imported before updates that case instead of making a second one.
 */
public interface CaseImport {

    List<String> COLUMNS = List.of("nomor_kasus", "nik", "nama", "jenis_kelamin", "tanggal_lahir", "tanggal_buka", "sumber", "kategori",
            "status", "kelurahan", "tanggal_tutup", "alasan_tutup");

    /** Reads and checks the file. {@code IOException}: the file cannot be read at all (or lacks columns). */
    Preview preview(Path file) throws IOException;

    /** Writes the good rows of {@code preview} in one transaction; cancel or failure keeps nothing of the cases. */
    Result importValid(Preview preview, Progress progress);

    /** The reject report: {@code baris;alasan;<original columns>}, UTF-8 with BOM. */
    void writeRejects(Preview preview, Path file) throws IOException;

    static CaseImport get() {
        return Lookup.getDefault().lookup(CaseImport.class);
    }

    /** A row that will not be imported, with its reason (Indonesian). */
    record Reject(int baris, String alasan, List<String> values) {
        public Reject {
            values = List.copyOf(values);
        }
    }

    /** The checked rows (good ones) and the rejects of one file. */
    record Preview(Path file, List<String> header, List<Row> rows, List<Reject> rejects) {
        public Preview {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
            rejects = List.copyOf(rejects);
        }

        public long baru() {
            return rows.stream().filter(r -> r.existingCaseId() == null).count();
        }
    }

    /** A checked row. {@code existingCaseId}: the case imported before under this old number, or null. */
    record Row(int baris, String nomorLama, String nik, String nama, Sex jenisKelamin, LocalDate tanggalLahir, LocalDate tanggalBuka,
            CaseSource sumber, String kategoriKode, CaseStatus status, String kodeKelurahan, LocalDate tanggalTutup, ClosureReason alasanTutup,
            String existingCaseId) {
    }

    /** What {@code bin/pilar --cases-import} prints: {@code imported N, updated U, rejected R}. */
    record Result(int imported, int updated, int rejected) {
        public String line() {
            return "imported " + imported + ", updated " + updated + ", rejected " + rejected;
        }
    }

    interface Progress {
        void step(int done, int total);

        boolean cancelled();

        Progress NONE = new Progress() {
            @Override
            public void step(int done, int total) {
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
    }
}
