package id.pilar.intake.impl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts of reports in 7-day windows ending on a given day (window 0 is the last 7 days, window j
 * ends 7·j days earlier; ending on a Sunday they are Monday–Sunday weeks), per hotspot and per
 * kelurahan, each per category, and the first day each place was seen. Duplicates do not count:
 * they are the same situation reported twice. Plain JDBC over the covering index.
 */
final class WeeklyCounts {

    static final String TITIK = "TITIK";
    static final String KELURAHAN = "KELURAHAN";

    /** The SQL that counts the windows (the bench compares the whole recomputation against it). */
    static final String COUNT_SQL = "SELECT tanggal, hotspot_id, kode_kelurahan, kategori_kode, COUNT(*) FROM intake_report"
            + " WHERE tanggal >= ? AND tanggal <= ? AND status <> 'DUPLIKAT' GROUP BY tanggal, hotspot_id, kode_kelurahan, kategori_kode";

    record Series(String tingkat, String tempatKode, String kategoriKode, int[] counts) {
    }

    final LocalDate lastDay;
    final int windows;
    final Map<String, Series> series = new HashMap<>();
    final Map<String, LocalDate> firstSeen = new HashMap<>();

    private WeeklyCounts(LocalDate lastDay, int windows) {
        this.lastDay = lastDay;
        this.windows = windows;
    }

    LocalDate windowStart(int j) {
        return lastDay.minusDays(7L * j + 6);
    }

    LocalDate windowEnd(int j) {
        return lastDay.minusDays(7L * j);
    }

    /**
     * Reads {@code windows} windows ending on {@code lastDay}; {@code onlyHotspot} restricts to one
     * hotspot, as all categories summed (category {@code *}) and per category.
     */
    static WeeklyCounts read(Connection c, LocalDate lastDay, int windows, String onlyHotspot) throws SQLException {
        WeeklyCounts w = new WeeklyCounts(lastDay, windows);
        try (PreparedStatement ps = c.prepareStatement(COUNT_SQL)) {
            ps.setString(1, w.windowStart(windows - 1).toString());
            ps.setString(2, lastDay.toString());
            Map<String, Integer> windowOfDay = new HashMap<>(); // ~80 days, thousands of rows: parse each day once
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int j = windowOfDay.computeIfAbsent(rs.getString(1), d -> (int) (ChronoUnit.DAYS.between(LocalDate.parse(d), lastDay) / 7));
                    String hotspot = rs.getString(2);
                    String kel = rs.getString(3);
                    String kat = rs.getString(4);
                    int n = rs.getInt(5);
                    if (onlyHotspot != null) {
                        if (onlyHotspot.equals(hotspot)) {
                            w.add(TITIK, hotspot, "*", j, n);
                            w.add(TITIK, hotspot, kat, j, n);
                        }
                        continue;
                    }
                    if (hotspot != null) {
                        w.add(TITIK, hotspot, kat, j, n);
                    }
                    w.add(KELURAHAN, kel, kat, j, n);
                }
            }
        }
        // First day each place was seen: one index seek per place (MIN over (place, tanggal)),
        // not a scan of every report grouped by place.
        java.util.Set<String> hotspots = new java.util.HashSet<>();
        java.util.Set<String> kelurahan = new java.util.HashSet<>();
        for (Series s : w.series.values()) {
            (TITIK.equals(s.tingkat()) ? hotspots : kelurahan).add(s.tempatKode());
        }
        firstSeen(c, w, TITIK, "SELECT MIN(tanggal) FROM intake_report WHERE hotspot_id = ?", hotspots);
        firstSeen(c, w, KELURAHAN, "SELECT MIN(tanggal) FROM intake_report WHERE kode_kelurahan = ?", kelurahan);
        return w;
    }

    private static void firstSeen(Connection c, WeeklyCounts w, String tingkat, String sql, java.util.Set<String> places) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (String place : places) {
                ps.setString(1, place);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getString(1) != null) {
                        w.firstSeen.put(tingkat + "|" + place, LocalDate.parse(rs.getString(1)));
                    }
                }
            }
        }
    }

    private void add(String tingkat, String place, String kat, int j, int n) {
        series.computeIfAbsent(tingkat + "|" + place + "|" + kat, k -> new Series(tingkat, place, kat, new int[windows])).counts()[j] += n;
    }

    /**
     * The past windows of a series that lie after its place was first seen, oldest first, for the
     * baseline of window {@code j} (the {@code weeks} windows before it at most).
     */
    int[] history(Series s, int j, int weeks) {
        LocalDate first = firstSeen.get(s.tingkat() + "|" + s.tempatKode());
        int n = 0;
        for (int k = j + 1; k < windows && k <= j + weeks; k++) {
            if (first == null || windowEnd(k).isBefore(first)) {
                break;
            }
            n++;
        }
        int[] h = new int[n];
        for (int i = 0; i < n; i++) {
            h[i] = s.counts()[j + n - i];
        }
        return h;
    }
}
