package id.pilar.cases.impl.demo;

import id.pilar.cases.api.CaseSource;
import id.pilar.cases.api.CaseStatus;
import id.pilar.cases.api.ClosureReason;
import id.pilar.cases.api.ServiceKind;
import id.pilar.cases.impl.NumberCounter;
import id.pilar.core.persistence.InstantText;
import id.pilar.core.persistence.Uuids;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Demo and benchmark cases in plain JDBC (batched inserts, one transaction): cases for existing
 * registry persons in every lifecycle state, each with the steps that led there, notes, tasks
 * (some overdue), services, approved plans, pending approvals, and an institution directory.
 */
public final class CasesGenerator {

    private static final CaseStatus[] PATH = {CaseStatus.BARU, CaseStatus.ASESMEN, CaseStatus.RENCANA, CaseStatus.LAYANAN,
        CaseStatus.PEMANTAUAN, CaseStatus.DITUTUP, CaseStatus.DIBUKA_KEMBALI};
    private static final String[] NOTES = {"Klien ditemui di kolong jembatan, bersedia diajak bicara.", // TextRules: data (sample records)
        "Keluarga di daerah asal sudah dihubungi melalui dinas setempat.", "Klien belum punya KTP; surat pengantar RT sedang diurus.", // TextRules: data (sample records)
        "Klien menolak ke panti, memilih tinggal dengan kerabat.", "Kunjungan rumah: kondisi tempat tinggal tidak layak."}; // TextRules: data (sample records)
    private static final String[] TASKS = {"Kunjungan rumah", "Urus KTP ke Dukcapil", "Hubungi keluarga", "Antar ke puskesmas", // TextRules: data (sample records)
        "Cek usulan DTSEN", "Pantau kondisi klien"};
    private static final String[][] INSTITUTIONS = {{"Panti Sosial Bina Insan Bangun Daya 1", "PANTI_SOSIAL", "40"},
        {"Panti Sosial Bina Insan Bangun Daya 2", "PANTI_SOSIAL", "60"}, {"Panti Sosial Tresna Werdha Budi Mulia 1", "PANTI_SOSIAL", "25"},
        {"RSUD Tarakan", "RUMAH_SAKIT", "10"}, {"RSJ Dr. Soeharto Heerdjan", "RUMAH_SAKIT", "5"}, {"LKS Rumah Singgah Senen", "LKS", "15"},
        {"LKS Yayasan Pelita Kasih", "LKS", "2"}, {"Dinas Dukcapil Jakarta Pusat", "INSTANSI_LAIN", "0"}};

    /** @param workers usernames the cases are spread over; {@code kelurahan}, {@code kategori} reference codes */
    public record Plan(int cases, List<String> workers, List<String> kelurahan, List<String> kategori, LocalDate today) {
    }

    public record Result(int cases, int rows) {
    }

    private final Connection c;
    private final String who;
    private int rows;

    public CasesGenerator(Connection c, String who) {
        this.c = c;
        this.who = who;
    }

    public Result generate(Random rnd, Plan plan, BooleanSupplier cancelled) throws SQLException {
        List<String[]> persons = persons(plan.cases());
        if (persons.isEmpty()) {
            return new Result(0, 0);
        }
        List<String> institutions = institutions();
        String prefix = NumberCounter.prefix(c);
        Map<Integer, Integer> last = new HashMap<>();
        Instant now = plan.today().atTime(8, 0).toInstant(ZoneOffset.ofHours(7));
        try (Inserts in = new Inserts(c)) {
            for (int i = 0; i < plan.cases(); i++) {
                if (i % 1000 == 0 && cancelled.getAsBoolean()) {
                    throw new CancellationException();
                }
                String[] person = persons.get(i % persons.size());
                CaseStatus target = target(rnd);
                LocalDate opened = plan.today().minusDays(5 + rnd.nextInt(720));
                int year = opened.getYear();
                int n = last.computeIfAbsent(year, y -> lastOf(prefix, y)) + 1;
                last.put(year, n);
                String id = Uuids.newId();
                String worker = plan.workers().get(rnd.nextInt(plan.workers().size()));
                Instant t = opened.atTime(9, 0).toInstant(ZoneOffset.ofHours(7));
                boolean closed = target == CaseStatus.DITUTUP;
                int steps = indexOf(target);
                ClosureReason pathReason = steps >= 5 ? ClosureReason.values()[rnd.nextInt(5)] : null; // reopened cases were closed once
                ClosureReason reason = closed ? pathReason : null;
                LocalDate closing = closed ? min(plan.today(), opened.plusDays(steps * 7L + 10)) : null;
                boolean waitingPlan = target == CaseStatus.RENCANA && rnd.nextInt(3) == 0;
                in.file(id, t, NumberCounter.format(prefix, year, n), year, target.name(), CaseSource.values()[rnd.nextInt(5)].name(),
                        plan.kategori().get(rnd.nextInt(plan.kategori().size())), new String[] {"RENDAH", "SEDANG", "TINGGI"}[rnd.nextInt(3)], worker,
                        opened, plan.kelurahan().get(rnd.nextInt(plan.kelurahan().size())), person[1], closing, reason == null ? null : reason.name(),
                        waitingPlan ? "RENCANA" : null);
                in.client(id, person[0], person[1], t);
                CaseStatus from = null;
                Instant when = t;
                for (int s = 0; s <= steps; s++) {
                    in.transition(id, from, PATH[s], when, s == 6 ? "Klien kembali ke jalan" : s == 5 ? pathReason.label() : null); // TextRules: data (sample records)
                    from = PATH[s];
                    // steps spaced some days apart, never in the future
                    when = min(when.plusSeconds(86_400L * (3 + rnd.nextInt(10))), now.minusSeconds(3600L * (steps - s)));
                }
                // every record written by now, like the transitions: a record of a case opened days ago
                // dated days ahead would stay the timeline's last entry after the clerk adds one
                Instant noteAt = t.plusSeconds(3600);
                for (int k = 0; k < 1 + rnd.nextInt(3); k++) {
                    in.note(id, NOTES[rnd.nextInt(NOTES.length)], rnd.nextInt(6) == 0, min(noteAt, now));
                    noteAt = noteAt.plusSeconds(86_400L * (1 + rnd.nextInt(5)));
                }
                if (steps >= 3) {
                    String planId = in.plan(id, min(t.plusSeconds(86_400L * 5), now), "DISETUJUI", worker);
                    in.planItem(planId, 1, "Klien memiliki dokumen identitas", "Urus KTP dan KK ke Dukcapil", worker, opened.plusDays(30)); // TextRules: data (sample records)
                    in.planItem(planId, 2, "Klien tinggal di tempat yang layak", "Rujuk ke panti atau pulangkan ke keluarga", worker, opened.plusDays(60)); // TextRules: data (sample records)
                    in.service(id, ServiceKind.values()[rnd.nextInt(ServiceKind.values().length)].name(), min(plan.today(), opened.plusDays(12)),
                            "Suku Dinas Sosial Jakarta Pusat", "diterima klien", min(t.plusSeconds(86_400L * 12), now));
                    if (rnd.nextInt(4) == 0) {
                        in.referral(id, institutions.get(rnd.nextInt(institutions.size())), closed ? "SELESAI" : "DITERIMA", min(plan.today(), opened.plusDays(14)),
                                min(t.plusSeconds(86_400L * 14), now));
                    }
                }
                if (waitingPlan) {
                    String planId = in.plan(id, min(t.plusSeconds(86_400L * 6), now), "DIAJUKAN", null);
                    in.planItem(planId, 1, "Klien kembali ke keluarga", "Hubungi keluarga di daerah asal", worker, opened.plusDays(40)); // TextRules: data (sample records)
                    in.approval(id, "RENCANA", planId, min(t.plusSeconds(86_400L * 6), now), worker);
                }
                if (!closed) {
                    LocalDate due = plan.today().plusDays(rnd.nextInt(21) - 7);
                    in.task(id, TASKS[rnd.nextInt(TASKS.length)], due.isBefore(opened) ? opened : due, worker, null, t.plusSeconds(7200));
                }
                in.task(id, TASKS[rnd.nextInt(TASKS.length)], opened.plusDays(3), worker, min(t.plusSeconds(86_400L * 3), now), t.plusSeconds(3600));
            }
            rows = in.count;
        }
        for (var e : last.entrySet()) {
            NumberCounter.set(c, prefix, e.getKey(), e.getValue());
        }
        return new Result(plan.cases(), rows);
    }

    private int lastOf(String prefix, int year) {
        try {
            return NumberCounter.last(c, prefix, year);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static int indexOf(CaseStatus s) {
        for (int i = 0; i < PATH.length; i++) {
            if (PATH[i] == s) {
                return i;
            }
        }
        return 0;
    }

    /** Every state: a quarter closed, the rest spread over the open states. */
    private static CaseStatus target(Random rnd) {
        int r = rnd.nextInt(100);
        return r < 10 ? CaseStatus.BARU : r < 25 ? CaseStatus.ASESMEN : r < 40 ? CaseStatus.RENCANA : r < 60 ? CaseStatus.LAYANAN
                : r < 70 ? CaseStatus.PEMANTAUAN : r < 95 ? CaseStatus.DITUTUP : CaseStatus.DIBUKA_KEMBALI;
    }

    /** Registry persons to be clients (the registry's table, read only). */
    private List<String[]> persons(int max) throws SQLException {
        List<String[]> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, nama FROM reg_person ORDER BY nomor_registri LIMIT ?")) {
            ps.setInt(1, max);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        return out;
    }

    private List<String> institutions() throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT id FROM case_institution"); ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        if (!ids.isEmpty()) {
            return ids;
        }
        String now = InstantText.format(Instant.now());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO case_institution (id, version, created_at, created_by, updated_at, updated_by, "
                + "nama, jenis, alamat, kontak, kapasitas, aktif) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
            for (String[] i : INSTITUTIONS) {
                String id = Uuids.newId();
                ps.setString(1, id);
                ps.setString(2, now);
                ps.setString(3, who);
                ps.setString(4, now);
                ps.setString(5, who);
                ps.setString(6, i[0]);
                ps.setString(7, i[1]);
                ps.setString(8, "Jakarta");
                ps.setString(9, "021-" + (3000000 + ids.size() * 1111));
                ps.setInt(10, Integer.parseInt(i[2]));
                ps.addBatch();
                ids.add(id);
            }
            ps.executeBatch();
        }
        return ids;
    }

    /** The batched statements, one per table. */
    private final class Inserts implements AutoCloseable {
        private static final String BASE = "id, version, created_at, created_by, updated_at, updated_by";
        private final PreparedStatement file;
        private final PreparedStatement client;
        private final PreparedStatement transition;
        private final PreparedStatement note;
        private final PreparedStatement task;
        private final PreparedStatement service;
        private final PreparedStatement plan;
        private final PreparedStatement planItem;
        private final PreparedStatement approval;
        private final PreparedStatement referral;
        private final List<PreparedStatement> all = new ArrayList<>();
        int count;

        Inserts(Connection c) throws SQLException {
            file = prep(c, "case_file", "nomor, tahun, status, sumber, kategori_kode, risiko, pekerja, tanggal_buka, kode_kelurahan, klien, "
                    + "tanggal_tutup, alasan_tutup, menunggu", 13);
            client = prep(c, "case_client", "case_id, person_id, nama, peran", 4);
            transition = prep(c, "case_transition", "case_id, dari, ke, alasan", 4); // TextRules: data (column names)
            note = prep(c, "case_note", "case_id, teks, kesehatan, koreksi_dari, dikoreksi", 5);
            task = prep(c, "case_task", "case_id, judul, tenggat, pemilik, selesai_at", 5);
            service = prep(c, "case_service", "case_id, jenis, tanggal, penyedia, hasil", 5);
            plan = prep(c, "case_plan", "case_id, revisi, status, catatan, diputus_oleh, diputus_at", 6);
            planItem = prep(c, "case_plan_item", "plan_id, urutan, tujuan, tindakan, penanggung_jawab, tenggat", 6);
            approval = prep(c, "case_approval", "case_id, jenis, ref_id, status", 4);
            referral = prep(c, "case_referral", "case_id, institution_id, status, tanggal, alasan", 5);
        }

        private PreparedStatement prep(Connection c, String table, String columns, int n) throws SQLException {
            PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (" + BASE + ", " + columns + ") VALUES (?, 0, ?, ?, ?, ?"
                    + ", ?".repeat(n) + ")");
            all.add(ps);
            return ps;
        }

        private String base(PreparedStatement ps, Instant at, String by) throws SQLException {
            String id = Uuids.newId();
            String t = InstantText.format(at);
            ps.setString(1, id);
            ps.setString(2, t);
            ps.setString(3, by);
            ps.setString(4, t);
            ps.setString(5, by);
            return id;
        }

        private void add(PreparedStatement ps, Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                ps.setObject(6 + i, v instanceof LocalDate d ? d.toString() : v instanceof Instant x ? InstantText.format(x) : v);
            }
            ps.addBatch();
            if (++count % 2000 == 0) {
                for (PreparedStatement p : all) {
                    p.executeBatch();
                }
            }
        }

        void file(String id, Instant at, String nomor, int year, String status, String source, String kategori, String risk, String worker,
                LocalDate opened, String kel, String klien, LocalDate closing, String reason, String waiting) throws SQLException {
            String t = InstantText.format(at);
            file.setString(1, id);
            file.setString(2, t);
            file.setString(3, who);
            file.setString(4, t);
            file.setString(5, who);
            add(file, nomor, year, status, source, kategori, risk, worker, opened, kel, klien, closing, reason, waiting);
            // the case must exist before its children in the same batch flush order
        }

        void client(String caseId, String personId, String nama, Instant at) throws SQLException {
            base(client, at, who);
            add(client, caseId, personId, nama, "UTAMA");
        }

        void transition(String caseId, CaseStatus from, CaseStatus to, Instant at, String why) throws SQLException {
            base(transition, at, who);
            add(transition, caseId, from == null ? null : from.name(), to.name(), why);
        }

        void note(String caseId, String text, boolean health, Instant at) throws SQLException {
            base(note, at, who);
            add(note, caseId, text, health ? 1 : 0, null, 0);
        }

        void task(String caseId, String title, LocalDate due, String owner, Instant done, Instant at) throws SQLException {
            base(task, at, who);
            add(task, caseId, title, due, owner, done);
        }

        void service(String caseId, String kind, LocalDate date, String provider, String outcome, Instant at) throws SQLException {
            base(service, at, who);
            add(service, caseId, kind, date, provider, outcome);
        }

        String plan(String caseId, Instant at, String status, String decidedBy) throws SQLException {
            String id = base(plan, at, who);
            add(plan, caseId, 1, status, null, decidedBy == null ? null : "supervisor", decidedBy == null ? null : at.plusSeconds(86_400));
            return id;
        }

        void planItem(String planId, int order, String goal, String action, String responsible, LocalDate due) throws SQLException {
            base(planItem, Instant.now(), who);
            add(planItem, planId, order, goal, action, responsible, due);
        }

        void approval(String caseId, String kind, String ref, Instant at, String by) throws SQLException {
            base(approval, at, by);
            add(approval, caseId, kind, ref, "MENUNGGU");
        }

        void referral(String caseId, String institution, String status, LocalDate date, Instant at) throws SQLException {
            base(referral, at, who);
            add(referral, caseId, institution, status, date, "butuh tempat tinggal sementara");
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement p : all) {
                p.executeBatch();
            }
            for (PreparedStatement p : all) {
                p.close();
            }
        }
    }
}
