package id.pilar.bench.intake;

import id.pilar.bench.BenchSuite;
import id.pilar.bench.Figure;
import id.pilar.bench.Stats;
import id.pilar.core.api.db.DataKernel;
import id.pilar.core.api.db.DatabaseTarget;
import id.pilar.core.persistence.Transactions;
import id.pilar.intake.api.Channel;
import id.pilar.intake.api.ReportDraft;
import id.pilar.intake.impl.AlertServiceImpl;
import id.pilar.intake.impl.ReportServiceImpl;
import id.pilar.intake.impl.ReportsGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Intake figures (issue 14): two years of social reports (500,000 at {@code --size 1000000};
 * {@code size/2} otherwise, at least 10,000; {@code -Dpilar.bench.intake.reports=N} overrides).
 * Recomputing every alert (counts, rule for every hotspot/kelurahan × category, alert rows
 * written) against the plain SQL that counts the same 11 weeks, alternately in the same run; and
 * saving one report through the service, as the form's Save does.
 */
public final class IntakeBench implements BenchSuite {

    private static final long SEED = 20261201L;
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 29); // a Sunday
    private static final int WEEKS = 104;
    private static final int WARMUPS = 3;
    private static final int RUNS = 7;

    @Override
    public String name() {
        return "intake";
    }

    @Override
    public void run(int size, Path workDir, Consumer<Figure> out) throws Exception {
        long reports = Long.getLong("pilar.bench.intake.reports", Math.max(10_000L, Math.min(500_000L, size / 2)));
        Files.createDirectories(workDir);
        Path dbFile = workDir.resolve("intake.db");
        // -Dpilar.bench.intake.reuse=true measures again on the reports of an earlier run (generation takes minutes)
        boolean reuse = Boolean.getBoolean("pilar.bench.intake.reuse") && Files.exists(dbFile);
        if (!reuse) {
            Files.deleteIfExists(dbFile);
        }
        DataKernel.get().open(DatabaseTarget.sqlite(dbFile));
        try {
            Transactions tx = Transactions.get();
            // 12 hotspots, 7 days a week: expected reports per hotspot and day
            double perDay = reports / (WEEKS * 7.0 * 12);
            long t0 = System.nanoTime();
            int n = reuse ? 0 : tx.jdbc(c -> new ReportsGenerator(c).generate(new Random(SEED),
                    new ReportsGenerator.Plan(AS_OF, WEEKS, perDay, "hs-stasiun-gambir", "PPKS-11", 2.0), () -> false));
            double genSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.println("# generated " + n + " reports in " + String.format("%.1f", genSeconds) + " s");
            if (!reuse) {
                out.accept(new Figure("intake.generate.reports_" + n, genSeconds, "s", Double.NaN, ""));
            }

            AlertServiceImpl alerts = new AlertServiceImpl(tx);
            int weeks = alerts.thresholds().mingguDasar() + 1;
            try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + dbFile)) {
                System.out.println("# alerts as of " + AS_OF + ": " + alerts.recompute(AS_OF).size() + " alerts over "
                        + plainCount(plain, weeks) + " (day, place, category) groups");
                double[] r = compare(() -> alerts.recompute(AS_OF).size(), () -> plainCount(plain, weeks));
                out.accept(new Figure("intake.alerts.recompute_all", r[0], "ms", r[1], "<=2000 ms, <=2x"));
            }

            ReportServiceImpl service = new ReportServiceImpl(tx);
            double[] saves = new double[60];
            for (int i = 0; i < saves.length + 10; i++) {
                ReportDraft d = new ReportDraft(Instant.now().minusSeconds(60), Channel.HOTLINE, "Bu Sari", "0812-0000-0000", false,
                        "hs-monas", null, null, null, null, "PPKS-12", 1, "Pengemis di gerbang barat " + i);
                long t = System.nanoTime();
                service.record(d);
                if (i >= 10) {
                    saves[i - 10] = (System.nanoTime() - t) / 1e6;
                }
            }
            // Baseline: one plain INSERT of a report row and its commit on the same file, with the
            // kernel's durability (WAL, synchronous FULL): what any save costs on this disk and load.
            double[] plain = new double[60];
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dbFile)) {
                try (var st = c.createStatement()) {
                    st.execute("PRAGMA synchronous = FULL");
                }
                c.setAutoCommit(false);
                for (int i = 0; i < plain.length + 10; i++) {
                    long t = System.nanoTime();
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO intake_report (id, version, created_at, created_by, updated_at, updated_by,"
                            + " nomor, diterima_at, tanggal, minggu, kanal, anonim, hotspot_id, kode_kelurahan, kategori_kode, jumlah_orang, status)"
                            + " VALUES (?, 0, ?, 'bench', ?, 'bench', ?, ?, ?, ?, 'HOTLINE', 1, 'hs-monas', '31.71.01.1001', 'PPKS-12', 1, 'BARU')")) {
                        String now = Instant.now().toString();
                        ps.setString(1, java.util.UUID.randomUUID().toString());
                        ps.setString(2, now);
                        ps.setString(3, now);
                        ps.setString(4, "BENCH-" + System.nanoTime());
                        ps.setString(5, now);
                        // today, as the service's saves: outside the weeks the alerts count
                        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
                        ps.setString(6, today.toString());
                        ps.setString(7, today.with(java.time.DayOfWeek.MONDAY).toString());
                        ps.executeUpdate();
                    }
                    c.commit();
                    if (i >= 10) {
                        plain[i - 10] = (System.nanoTime() - t) / 1e6;
                    }
                }
            }
            out.accept(new Figure("intake.report.save_p95", Stats.percentile(saves, 95), "ms", Stats.percentile(plain, 95), "<=100 ms"));
        } finally {
            DataKernel.get().close();
        }
    }

    /** The plain SQL: the same day × place × category counts of the same weeks, drained. */
    private static int plainCount(Connection c, int weeks) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("SELECT tanggal, hotspot_id, kode_kelurahan, kategori_kode, COUNT(*) FROM intake_report"
                + " WHERE tanggal >= ? AND tanggal <= ? AND status <> 'DUPLIKAT' GROUP BY tanggal, hotspot_id, kode_kelurahan, kategori_kode")) {
            ps.setString(1, AS_OF.minusDays(7L * weeks - 1).toString());
            ps.setString(2, AS_OF.toString());
            int n = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getString(1);
                    n++;
                }
            }
            return n;
        }
    }

    private static double[] compare(Callable<Integer> pilar, Callable<Integer> baseline) throws Exception {
        return Stats.alternate(pilar::call, baseline::call, WARMUPS, RUNS);
    }
}
