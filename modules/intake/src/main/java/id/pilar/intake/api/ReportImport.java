package id.pilar.intake.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Import of reports from CSV ({@code ,} or {@code ;}, UTF-8 with or without BOM) or XLSX with the
 * columns {@code diterima}, {@code kanal}, {@code titik}, {@code kelurahan}, {@code kategori},
 * {@code jumlah_orang}, {@code uraian}. Good rows go in one transaction; the others to the reject report.
 */
public interface ReportImport {

    Preview preview(Path file) throws IOException;

    Result importValid(Preview preview);

    void writeRejects(Preview preview, Path out) throws IOException;

    /** @param newHotspotNames names of hotspots the import will add */
    record Preview(String file, List<Row> valid, List<String> newHotspotNames, List<Reject> rejects) {
    }

    /** A good row; {@code hotspotBaru} names the new hotspot it is at (the draft's kelurahan is its kelurahan), or null. */
    record Row(int baris, ReportDraft draft, String hotspotBaru) {
    }

    record Reject(int baris, String alasan, List<String> nilai) {
    }

    record Result(int imported, int rejected, List<String> newHotspots) {
        public String line() {
            return "imported " + imported + ", rejected " + rejected;
        }
    }
}
