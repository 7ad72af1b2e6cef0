package id.pilar.intake.impl;

import id.pilar.core.persistence.InstantText;
import id.pilar.core.persistence.Uuids;
import id.pilar.intake.api.Channel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;

/**
 * Synthetic reports for the demo and the bench: Poisson counts per hotspot, category and day over
 * {@code weeks} weeks ending on {@code lastDay}, optionally a rise (×{@code riseFactor}) of one
 * category at one hotspot in the last 7 days. Plain JDBC, 50-row multi-value inserts, on the
 * caller's transaction (so a cancelled run leaves nothing).
 */
public final class ReportsGenerator {

    /** @param perDay expected reports per hotspot and day, all categories together */
    public record Plan(LocalDate lastDay, int weeks, double perDay, String riseHotspotId, String riseCategory, double riseFactor) {
    }

    static final String[] CATEGORIES = {"PPKS-11", "PPKS-12", "PPKS-04", "PPKS-13"};
    static final double[] SHARES = {0.5, 0.25, 0.15, 0.10};
    private static final int ROWS = 50;
    private static final String COLS = "(id, version, created_at, created_by, updated_at, updated_by, nomor, diterima_at, tanggal, minggu, kanal,"
            + " pelapor_nama, anonim, hotspot_id, kode_kelurahan, kategori_kode, jumlah_orang, uraian, status, lintang_e6, bujur_e6)";
    /** Reports seen on the spot (patrol, walk-in) carry coordinates within about 150 m of the hotspot. */
    private static final int SPREAD_E6 = 1_500;
    private static final String[] REPORTERS = {"Bu Sari", "Pak Joko", "Mbak Rina", "Pak Hendra", "Bu Wati", "Satpam Stasiun", "Ketua RT 05"};

    private final Connection c;
    private final List<Object[]> pending = new ArrayList<>();
    private PreparedStatement full;
    private int written;
    private int seq;

    public ReportsGenerator(Connection c) {
        this.c = c;
    }

    /** Writes the plan's reports; returns how many. */
    public int generate(Random random, Plan plan, BooleanSupplier cancelled) throws SQLException {
        List<String[]> hotspots = new ArrayList<>();
        List<int[]> points = new ArrayList<>(); // micro-degrees, or null when the hotspot has none
        try (PreparedStatement ps = c.prepareStatement("SELECT id, kode_kelurahan, lintang_e6, bujur_e6 FROM intake_hotspot WHERE aktif = 1 ORDER BY id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                hotspots.add(new String[] {rs.getString(1), rs.getString(2)});
                int lat = rs.getInt(3);
                points.add(rs.wasNull() ? null : new int[] {lat, rs.getInt(4)});
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM intake_report"); ResultSet rs = ps.executeQuery()) {
            seq = rs.next() ? rs.getInt(1) : 0;
        }
        Instant generatedAt = Instant.now();
        String now = InstantText.FORMAT.format(generatedAt);
        LocalDate first = plan.lastDay().minusDays(7L * plan.weeks() - 1);
        Channel[] channels = Channel.values();
        for (LocalDate day = first; !day.isAfter(plan.lastDay()); day = day.plusDays(1)) {
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException();
            }
            boolean riseWeek = !day.isBefore(plan.lastDay().minusDays(6));
            for (int h = 0; h < hotspots.size(); h++) {
                // places differ in size: the first ones are the busy stations and markets
                double placeFactor = 1.6 - 1.2 * h / Math.max(1, hotspots.size() - 1);
                for (int k = 0; k < CATEGORIES.length; k++) {
                    double lambda = plan.perDay() * placeFactor * SHARES[k];
                    if (riseWeek && hotspots.get(h)[0].equals(plan.riseHotspotId()) && CATEGORIES[k].equals(plan.riseCategory())) {
                        lambda *= plan.riseFactor();
                    }
                    int n = poisson(random, lambda);
                    for (int i = 0; i < n; i++) {
                        Instant at = day.atTime(6 + random.nextInt(16), random.nextInt(60)).atZone(Jakarta.ZONE).toInstant();
                        if (at.isAfter(generatedAt)) {
                            // today's reports: received before the demo was made, never "from the future"
                            Instant dayStart = day.atStartOfDay(Jakarta.ZONE).toInstant();
                            long span = Math.max(1, java.time.Duration.between(dayStart, generatedAt).getSeconds() - 60);
                            at = dayStart.plusSeconds((long) (random.nextDouble() * span));
                        }
                        boolean anon = random.nextInt(3) == 0;
                        boolean old = day.isBefore(plan.lastDay().minusDays(3));
                        String status = old ? (random.nextInt(5) == 0 ? "DITUTUP" : "DITAUTKAN") : "BARU";
                        seq++;
                        Channel channel = channels[random.nextInt(channels.length)];
                        int[] spot = points.get(h);
                        boolean onTheSpot = spot != null && (channel == Channel.PATROLI || channel == Channel.LANGSUNG);
                        Integer lat = onTheSpot ? spot[0] + random.nextInt(2 * SPREAD_E6 + 1) - SPREAD_E6 : null;
                        Integer lng = onTheSpot ? spot[1] + random.nextInt(2 * SPREAD_E6 + 1) - SPREAD_E6 : null;
                        add(new Object[] {Uuids.newId(), 0, now, "demo", now, "demo",
                            "LSD-" + day.getYear() + "-" + String.format(java.util.Locale.ROOT, "%07d", seq),
                            InstantText.FORMAT.format(at), day.toString(), Jakarta.monday(day).toString(),
                            channel.name(), anon ? null : REPORTERS[random.nextInt(REPORTERS.length)],
                            anon ? 1 : 0, hotspots.get(h)[0], hotspots.get(h)[1], CATEGORIES[k], 1 + random.nextInt(3), null, status, lat, lng});
                    }
                }
            }
        }
        flush(true);
        if (full != null) {
            full.close();
        }
        return written;
    }

    private void add(Object[] row) throws SQLException {
        pending.add(row);
        if (pending.size() == ROWS) {
            flush(false);
        }
    }

    private void flush(boolean last) throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        PreparedStatement ps;
        if (pending.size() == ROWS && full != null) {
            ps = full;
        } else {
            StringBuilder sql = new StringBuilder("INSERT INTO intake_report ").append(COLS).append(" VALUES ");
            for (int i = 0; i < pending.size(); i++) {
                sql.append(i == 0 ? "" : ",").append("(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
            }
            ps = c.prepareStatement(sql.toString());
            if (pending.size() == ROWS) {
                full = ps;
            }
        }
        int p = 1;
        for (Object[] row : pending) {
            for (Object v : row) {
                ps.setObject(p++, v);
            }
        }
        ps.executeUpdate();
        written += pending.size();
        if (ps != full) {
            ps.close();
        }
        pending.clear();
    }

    static int poisson(Random r, double lambda) {
        double l = Math.exp(-lambda);
        int k = 0;
        double p = 1;
        do {
            k++;
            p *= r.nextDouble();
        } while (p > l);
        return k - 1;
    }
}
