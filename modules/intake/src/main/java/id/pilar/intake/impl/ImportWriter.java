package id.pilar.intake.impl;

import id.pilar.core.persistence.Transactions;
import id.pilar.intake.api.ReportDraft;
import id.pilar.intake.api.ReportImport;
import id.pilar.intake.impl.model.IntakeHotspotEntity;
import id.pilar.intake.impl.model.ReportSocialEntity;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Writes imported reports (and the hotspots they add) in one transaction, through Hibernate so Envers audits them. */
public final class ImportWriter {

    private ImportWriter() {
    }

    /** Active hotspots by their lower-case name. */
    public static Map<String, String> hotspotsByKey(Transactions tx) {
        return tx.read(s -> {
            Map<String, String> m = new HashMap<>();
            for (IntakeHotspotEntity h : s.createSelectionQuery("from IntakeHotspotEntity", IntakeHotspotEntity.class).list()) {
                m.put(h.namaKunci, h.getId());
            }
            return m;
        });
    }

    /** What makes two reports the same report. */
    public static String key(ReportDraft d, String place) {
        return d.diterima().toEpochMilli() / 60000 + "|" + d.kanal().name() + "|" + (place == null ? d.kodeKelurahan() : place) + "|"
                + d.kategoriKode() + "|" + d.jumlahOrang() + "|" + (d.uraian() == null ? "" : d.uraian().strip().toLowerCase(Locale.ROOT));
    }

    /** Keys of the reports already recorded (a report list is small next to what an office keeps; the bench measures it). */
    public static Set<String> existingKeys(Transactions tx) {
        return tx.query(c -> {
            Set<String> keys = new HashSet<>();
            try (var ps = c.prepareStatement("SELECT diterima_at, kanal, hotspot_id, kode_kelurahan, kategori_kode, jumlah_orang, uraian FROM intake_report");
                    var rs = ps.executeQuery()) {
                while (rs.next()) {
                    ReportDraft d = new ReportDraft(Instant.parse(rs.getString(1)), id.pilar.intake.api.Channel.valueOf(rs.getString(2)), null, null, true,
                            rs.getString(3), rs.getString(4), null, null, null, rs.getString(5), rs.getInt(6), rs.getString(7));
                    keys.add(key(d, d.hotspotId()));
                }
            }
            return keys;
        });
    }

    public static void write(Transactions tx, List<ReportImport.Row> rows) {
        Instant now = Instant.now();
        tx.run(s -> {
            Map<String, String> created = new HashMap<>();
            for (ReportImport.Row row : rows) {
                if (row.hotspotBaru() != null) {
                    String kel = row.draft().kodeKelurahan();
                    // a new hotspot takes the coordinates of the first row that names it, when it has some
                    created.computeIfAbsent(row.hotspotBaru().toLowerCase(Locale.ROOT),
                            k -> ReportServiceImpl.newHotspot(s, row.hotspotBaru(), kel, row.draft().lintang(), row.draft().bujur()).getId());
                }
            }
            s.flush(); // the hotspots first: Hibernate does not know the reports' hotspot_id refers to them
            Map<Integer, Integer> numbers = new HashMap<>();
            int i = 0;
            for (ReportImport.Row row : rows) {
                ReportDraft d = row.draft();
                if (row.hotspotBaru() != null) {
                    String id = created.get(row.hotspotBaru().toLowerCase(Locale.ROOT));
                    d = new ReportDraft(d.diterima(), d.kanal(), null, null, true, id, null, null, d.lintang(), d.bujur(), d.kategoriKode(),
                            d.jumlahOrang(), d.uraian());
                }
                ReportSocialEntity r = ReportRules.validated(s, d, now, false);
                int year = r.tanggal.getYear();
                int n = numbers.computeIfAbsent(year, y -> Integer.parseInt(ReportServiceImpl.nextNumbers(s, y, 1).get(0).substring(8)) - 1) + 1;
                numbers.put(year, n);
                r.nomor = "LS-" + year + "-" + String.format(Locale.ROOT, "%06d", n);
                s.persist(r);
                if (++i % 500 == 0) {
                    s.flush();
                }
            }
        });
    }

}
