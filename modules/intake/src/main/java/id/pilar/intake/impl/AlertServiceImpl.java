package id.pilar.intake.impl;

import id.pilar.core.api.error.ConcurrentChangeException;
import id.pilar.core.api.reference.KategoriKesos;
import id.pilar.core.api.reference.Kelurahan;
import id.pilar.core.api.reference.ReferenceData;
import id.pilar.core.api.security.AccessControl;
import id.pilar.core.persistence.Transactions;
import id.pilar.intake.api.AlertService;
import id.pilar.intake.api.IntakePermissions;
import id.pilar.intake.impl.model.IntakeAlertEntity;
import id.pilar.intake.impl.model.IntakeHotspotEntity;
import id.pilar.intake.impl.warning.EarlyWarningRule;
import id.pilar.intake.impl.warning.EarlyWarningRule.Verdict;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.Session;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/** Early-warning alerts: counts by plain JDBC, the rule in {@link EarlyWarningRule}, alerts through Hibernate. */
@ServiceProvider(service = AlertService.class)
@Messages({
    "# {0} - place", "# {1} - count", "# {2} - category", "# {3} - period", "# {4} - baseline", "# {5} - weeks", "# {6} - limit",
    "ALERT_Text={0}: {1} laporan {2} {3}, rata-rata {4} per minggu dalam {5} minggu sebelumnya (batas {6}) \u2014 naik bermakna",
    "ALERT_ThisWeek=minggu ini",
    "# {0} - date", "ALERT_UntilDate=dalam 7 hari s.d. {0}",
    "# {0} - kelurahan", "ALERT_Kelurahan=Kelurahan {0}"
})
public final class AlertServiceImpl implements AlertService {

    private final Transactions tx;

    public AlertServiceImpl() {
        this(Transactions.get());
    }

    public AlertServiceImpl(Transactions tx) {
        this.tx = tx;
    }

    /** An alert row as the rule wants it for the week. */
    private record Wanted(String tingkat, String tempatKode, String kategoriKode, String tempat, int jumlah, int dasarX10, int batas,
            String keterangan) {
        String key() {
            return tingkat + "|" + tempatKode + "|" + kategoriKode;
        }
    }

    /** An alert row of the week as stored. */
    private record Stored(Alert alert, int aktif) {
    }

    /** What the rule says for the week, and the week's alert rows as they are. */
    private record Computed(LocalDate minggu, Map<String, Wanted> wanted, Map<String, Stored> stored) {
        /** True when the stored rows already say what the rule says (a recompute of an unchanged week writes nothing). */
        boolean upToDate() {
            for (Wanted w : wanted.values()) {
                Stored st = stored.get(w.key());
                if (st == null || st.aktif() != 1 || st.alert().jumlah() != w.jumlah() || Math.round(st.alert().dasar() * 10) != w.dasarX10()
                        || st.alert().batas() != w.batas() || !st.alert().keterangan().equals(w.keterangan()) || !st.alert().tempat().equals(w.tempat())) {
                    return false;
                }
            }
            for (Map.Entry<String, Stored> e : stored.entrySet()) {
                if (e.getValue().aktif() == 1 && !wanted.containsKey(e.getKey())) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Counts, rule and the week's stored alerts are read by plain JDBC on one pooled connection
     * (no ORM session: this is most of the work and all of it is reading); only when the rule's
     * answer differs from the stored rows are they written, through Hibernate so that Envers
     * keeps their history.
     */
    @Override
    public List<Alert> recompute(LocalDate hariTerakhir) {
        AccessControl.get().require(IntakePermissions.READ);
        LocalDate last = hariTerakhir == null ? Jakarta.today() : hariTerakhir;
        Computed computed = tx.query(c -> compute(c, last));
        if (computed.upToDate()) {
            return computed.stored().values().stream().filter(st -> st.aktif() == 1).map(Stored::alert).sorted(ORDER).toList();
        }
        return tx.inTransaction(s -> apply(s, computed));
    }

    private static Computed compute(java.sql.Connection c, LocalDate last) throws java.sql.SQLException {
        Thresholds t = thresholds(c);
        EarlyWarningRule rule = new EarlyWarningRule(t.jumlahMinimum(), t.peluang(), t.mingguDasar());
        WeeklyCounts w = WeeklyCounts.read(c, last, t.mingguDasar() + 1, null);
        LocalDate minggu = w.windowStart(0);
        Map<String, String> hotspotNames = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, nama FROM intake_hotspot"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                hotspotNames.put(rs.getString(1), rs.getString(2));
            }
        }
        Map<String, Wanted> wanted = new HashMap<>();
        for (WeeklyCounts.Series series : w.series.values()) {
            int current = series.counts()[0];
            if (current < t.jumlahMinimum()) {
                continue; // cannot alert: spare the baseline
            }
            int[] history = w.history(series, 0, t.mingguDasar());
            Verdict v = rule.evaluate(history, current);
            if (!v.alert()) {
                continue;
            }
            String tempat = placeName(series.tingkat(), series.tempatKode(), hotspotNames);
            Wanted x = new Wanted(series.tingkat(), series.tempatKode(), series.kategoriKode(), tempat, current, (int) Math.round(v.dasar() * 10),
                    v.batas(), explanation(tempat, current, series.kategoriKode(), last, v.dasar(), history.length, v.batas()));
            wanted.put(x.key(), x);
        }
        Map<String, Stored> stored = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, version, tingkat, tempat_kode, kategori_kode, tempat, jumlah, dasar_x10, batas,"
                + " keterangan, aktif, diakui_at, diakui_oleh, catatan_akui FROM intake_alert WHERE minggu = ?")) {
            ps.setString(1, minggu.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String kat = rs.getString(5);
                    Alert a = new Alert(rs.getString(1), rs.getInt(2), minggu, rs.getString(3), rs.getString(4), rs.getString(6), kat, categoryLabel(kat),
                            rs.getInt(7), rs.getInt(8) / 10.0, rs.getInt(9), rs.getString(10), rs.getString(12) != null, rs.getString(13), rs.getString(14));
                    stored.put(a.tingkat() + "|" + a.tempatKode() + "|" + kat, new Stored(a, rs.getInt(11)));
                }
            }
        }
        return new Computed(minggu, wanted, stored);
    }

    /** Writes the rule's answer for the week: new rows, refreshed figures, rows no longer alerting set inactive (acknowledgements kept). */
    private static List<Alert> apply(Session s, Computed computed) {
        Map<String, IntakeAlertEntity> existing = new HashMap<>();
        for (IntakeAlertEntity a : s.createSelectionQuery("from IntakeAlertEntity where minggu = :m", IntakeAlertEntity.class)
                .setParameter("m", computed.minggu()).list()) {
            existing.put(a.tingkat + "|" + a.tempatKode + "|" + a.kategoriKode, a);
            a.aktif = 0;
        }
        List<IntakeAlertEntity> raised = new ArrayList<>();
        for (Wanted w : computed.wanted().values()) {
            IntakeAlertEntity a = existing.get(w.key());
            boolean isNew = a == null;
            if (isNew) {
                a = new IntakeAlertEntity();
                a.minggu = computed.minggu();
                a.tingkat = w.tingkat();
                a.tempatKode = w.tempatKode();
                a.kategoriKode = w.kategoriKode();
            }
            a.tempat = w.tempat();
            a.jumlah = w.jumlah();
            a.dasarX10 = w.dasarX10();
            a.batas = w.batas();
            a.keterangan = w.keterangan();
            a.aktif = 1;
            if (isNew) {
                s.persist(a);
            }
            raised.add(a);
        }
        s.flush();
        return raised.stream().map(AlertServiceImpl::toRecord).sorted(ORDER).toList();
    }

    private static final java.util.Comparator<Alert> ORDER = java.util.Comparator.comparing(Alert::diakui)
            .thenComparing(Alert::minggu, java.util.Comparator.reverseOrder())
            .thenComparing(a -> -(a.jumlah() - a.dasar()));

    static String explanation(String place, int count, String kategoriKode, LocalDate last, double baseline, int weeks, int limit) {
        String period = last.equals(Jakarta.today()) ? Bundle.ALERT_ThisWeek()
                : Bundle.ALERT_UntilDate(last.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        NumberFormat nf = NumberFormat.getNumberInstance(Locale.getDefault().getLanguage().equals("en") ? Locale.US : Locale.forLanguageTag("id-ID"));
        nf.setMinimumFractionDigits(1);
        nf.setMaximumFractionDigits(1);
        return Bundle.ALERT_Text(place, count, categoryName(kategoriKode), period, nf.format(baseline), weeks, limit);
    }

    static String categoryName(String kode) {
        return ReferenceData.get().kategori(kode).map(KategoriKesos::nama).map(n -> n.toLowerCase(Locale.forLanguageTag("id-ID"))).orElse(kode);
    }

    private static Map<String, String> hotspotNames(Session s) {
        Map<String, String> m = new HashMap<>();
        for (IntakeHotspotEntity h : s.createSelectionQuery("from IntakeHotspotEntity", IntakeHotspotEntity.class).list()) {
            m.put(h.getId(), h.nama);
        }
        return m;
    }

    private static String placeName(String tingkat, String kode, Map<String, String> hotspotNames) {
        if (WeeklyCounts.TITIK.equals(tingkat)) {
            return hotspotNames.getOrDefault(kode, kode);
        }
        return Bundle.ALERT_Kelurahan(ReferenceData.get().kelurahan(kode).map(Kelurahan::nama).orElse(kode));
    }

    private static String categoryLabel(String kode) {
        return ReferenceData.get().kategori(kode).map(KategoriKesos::nama).orElse(kode);
    }

    static Alert toRecord(IntakeAlertEntity a) {
        String kat = categoryLabel(a.kategoriKode);
        return new Alert(a.getId(), a.getVersion() == null ? 0 : a.getVersion(), a.minggu, a.tingkat, a.tempatKode, a.tempat, a.kategoriKode, kat,
                a.jumlah, a.dasarX10 / 10.0, a.batas, a.keterangan, a.diakuiAt != null, a.diakuiOleh, a.catatanAkui);
    }

    @Override
    public List<Alert> current() {
        AccessControl.get().require(IntakePermissions.READ);
        // Plain JDBC: the start page asks this while Hibernate may still be starting.
        return tx.query(c -> {
            List<Alert> out = new java.util.ArrayList<>();
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT id, version, minggu, tingkat, tempat_kode, tempat,"
                    + " kategori_kode, jumlah, dasar_x10, batas, keterangan, diakui_at, diakui_oleh, catatan_akui"
                    + " FROM intake_alert WHERE aktif = 1 ORDER BY minggu DESC LIMIT 500")) {
                while (rs.next()) {
                    String kategori = rs.getString(7);
                    out.add(new Alert(rs.getString(1), rs.getInt(2), LocalDate.parse(rs.getString(3)), rs.getString(4), rs.getString(5),
                            rs.getString(6), kategori, categoryLabel(kategori), rs.getInt(8), rs.getInt(9) / 10.0, rs.getInt(10),
                            rs.getString(11), rs.getString(12) != null, rs.getString(13), rs.getString(14)));
                }
            }
            out.sort(ORDER);
            return List.copyOf(out);
        });
    }

    @Override
    public Alert acknowledge(String alertId, int version, String catatan) {
        AccessControl.get().require(IntakePermissions.TRIAGE);
        if (catatan == null || catatan.isBlank()) {
            throw IntakeErrors.of("ERR_AckNote", Bundle.ERR_AckNote());
        }
        return tx.inTransaction(s -> {
            ReportServiceImpl.writeLock(s, "intake_alert", alertId);
            IntakeAlertEntity a = s.find(IntakeAlertEntity.class, alertId);
            if (a == null) {
                throw IntakeErrors.of("ERR_AlertNotFound", Bundle.ERR_AlertNotFound());
            }
            if (a.getVersion() != version) {
                throw new ConcurrentChangeException(null);
            }
            a.diakuiAt = Instant.now();
            a.diakuiOleh = ReportServiceImpl.me();
            a.catatanAkui = catatan.strip();
            s.flush();
            return toRecord(a);
        });
    }

    @Override
    public List<WeekPoint> trend(String hotspotId, String kategoriKode, LocalDate hariTerakhir, int minggu) {
        AccessControl.get().require(IntakePermissions.READ);
        LocalDate last = hariTerakhir == null ? Jakarta.today() : hariTerakhir;
        int weeks = Math.max(1, Math.min(104, minggu));
        return tx.read(s -> {
            Thresholds t = thresholds(s);
            EarlyWarningRule rule = new EarlyWarningRule(t.jumlahMinimum(), t.peluang(), t.mingguDasar());
            WeeklyCounts w = s.doReturningWork(c -> WeeklyCounts.read(c, last, weeks + t.mingguDasar(), hotspotId));
            WeeklyCounts.Series series = w.series.get(WeeklyCounts.TITIK + "|" + hotspotId + "|" + (kategoriKode == null ? "*" : kategoriKode));
            List<WeekPoint> out = new ArrayList<>();
            for (int j = weeks - 1; j >= 0; j--) {
                if (series == null) {
                    out.add(new WeekPoint(w.windowStart(j), 0, null, null));
                    continue;
                }
                int[] history = w.history(series, j, t.mingguDasar());
                Verdict v = rule.evaluate(history, series.counts()[j]);
                boolean known = v.outcome() != EarlyWarningRule.Outcome.TOO_LITTLE_HISTORY;
                out.add(new WeekPoint(w.windowStart(j), series.counts()[j], known ? v.dasar() : null, known ? v.batas() : null));
            }
            return out;
        });
    }

    @Override
    public List<DayCount> daily(LocalDate hariTerakhir) {
        AccessControl.get().require(IntakePermissions.READ);
        LocalDate last = hariTerakhir == null ? Jakarta.today() : hariTerakhir;
        return tx.read(s -> {
            Map<String, String> names = hotspotNames(s);
            return s.doReturningWork(c -> {
                List<DayCount> out = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT tanggal, hotspot_id, COUNT(*) FROM intake_report WHERE tanggal >= ? AND tanggal <= ?"
                        + " AND hotspot_id IS NOT NULL AND status <> 'DUPLIKAT' GROUP BY tanggal, hotspot_id ORDER BY tanggal, hotspot_id")) {
                    ps.setString(1, last.minusDays(6).toString());
                    ps.setString(2, last.toString());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(new DayCount(LocalDate.parse(rs.getString(1)), rs.getString(2), names.getOrDefault(rs.getString(2), rs.getString(2)), rs.getInt(3)));
                        }
                    }
                }
                return out;
            });
        });
    }

    @Override
    public Thresholds thresholds() {
        AccessControl.get().require(IntakePermissions.READ);
        return tx.read(AlertServiceImpl::thresholds);
    }

    private static Thresholds thresholds(java.sql.Connection c) throws java.sql.SQLException {
        Map<String, String> v = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT kunci, nilai FROM intake_setting WHERE kunci IN (?, ?, ?)")) {
            ps.setString(1, Settings.ALERT_MIN);
            ps.setString(2, Settings.ALERT_P);
            ps.setString(3, Settings.ALERT_WEEKS);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    v.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return new Thresholds(Integer.parseInt(v.getOrDefault(Settings.ALERT_MIN, "5")), Double.parseDouble(v.getOrDefault(Settings.ALERT_P, "0.001")),
                Integer.parseInt(v.getOrDefault(Settings.ALERT_WEEKS, "10")));
    }

    static Thresholds thresholds(Session s) {
        return new Thresholds(Integer.parseInt(Settings.get(s, Settings.ALERT_MIN, "5")),
                Double.parseDouble(Settings.get(s, Settings.ALERT_P, "0.001")),
                Integer.parseInt(Settings.get(s, Settings.ALERT_WEEKS, "10")));
    }

    @Override
    public Thresholds setThresholds(Thresholds t) {
        AccessControl.get().require(IntakePermissions.SETTINGS);
        if (t.jumlahMinimum() < 1 || t.jumlahMinimum() > 1000 || !(t.peluang() >= 0.00001 && t.peluang() <= 0.1)
                || t.mingguDasar() < 8 || t.mingguDasar() > 12) {
            throw IntakeErrors.of("ERR_Thresholds", Bundle.ERR_Thresholds());
        }
        return tx.inTransaction(s -> {
            Settings.put(s, Settings.ALERT_MIN, Integer.toString(t.jumlahMinimum()));
            Settings.put(s, Settings.ALERT_P, Double.toString(t.peluang()));
            Settings.put(s, Settings.ALERT_WEEKS, Integer.toString(t.mingguDasar()));
            return t;
        });
    }
}
