package id.pilar.intake.api;

import java.time.Instant;

/**
 * What a clerk enters for a report. The place is a hotspot, or a kelurahan (with an address), or
 * coordinates (then the kelurahan is still required, for the counts).
 *
 * @param diterima      when it was received (not in the future)
 * @param pelaporNama   reporter, or null; {@code anonim} keeps the report without a reporter
 * @param jumlahOrang   number of people seen, at least 1
 */
public record ReportDraft(Instant diterima, Channel kanal, String pelaporNama, String pelaporTelepon, boolean anonim,
        String hotspotId, String kodeKelurahan, String alamat, Double lintang, Double bujur, String kategoriKode,
        int jumlahOrang, String uraian) {
}
