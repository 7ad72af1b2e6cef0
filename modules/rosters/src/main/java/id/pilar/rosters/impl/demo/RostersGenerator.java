package id.pilar.rosters.impl.demo;

import id.pilar.core.api.identity.PersonNames;
import id.pilar.core.api.reference.KategoriKesos;
import id.pilar.core.api.reference.Kecamatan;
import id.pilar.core.api.reference.Kelurahan;
import id.pilar.core.persistence.InstantText;
import id.pilar.core.persistence.Uuids;
import id.pilar.rosters.impl.ShiftTimes;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.concurrent.CancellationException;

/**
 * Writes a deterministic roster data set with plain JDBC: organisations of every PSKS type across
 * Jakarta Pusat, members with valid NIKs and Indonesian names, memberships, certificates, daily
 * duties (apel, penjangkauan at Senen/Tanah Abang/Monas including night shifts across midnight,
 * siaga bencana needing a SAR certificate), assignments and, for shifts already over, attendance
 * with a few corrections. Used by the demo data and by the benchmark (10,000 members, a million
 * attendance rows). Runs inside the caller's transaction: a cancel rolls everything back.
 */
public final class RostersGenerator {

    /**
     * What to generate.
     *
     * @param assignmentsPerDay members on duty per day (each at most once a day, so no double booking)
     * @param now               shifts ending before it get attendance
     */
    public record Plan(int members, int organisations, LocalDate from, LocalDate to, int assignmentsPerDay, Instant now) {
    }

    public record Result(int organisations, int members, int memberships, int certificates, int shifts, long assignments,
            long attendance, long corrections) {
    }

    private static final String[] SKILLS = {"SAR", "P3K", "DAPUR_UMUM", "PSIKOSOSIAL", "TKSK_DASAR"};
    private static final String[][] HOTSPOTS = {
        {"Pasar Senen", "31.71.04.1001"}, {"Stasiun Tanah Abang", "31.71.07.1007"}, {"Monas", "31.71.01.1001"},
        {"Kolong Tol Kemayoran", "31.71.03.1001"}};

    private final Connection c;
    private final String who;
    private final String stamp;

    public RostersGenerator(Connection c, String who) {
        this.c = c;
        this.who = who;
        this.stamp = InstantText.format(Instant.now());
    }

    private Object[] base(Object... rest) {
        Object[] row = new Object[6 + rest.length];
        row[0] = Uuids.newId();
        row[1] = 0;
        row[2] = stamp;
        row[3] = who;
        row[4] = stamp;
        row[5] = who;
        System.arraycopy(rest, 0, row, 6, rest.length);
        return row;
    }

    private static final String[] BASE = {"id", "version", "created_at", "created_by", "updated_at", "updated_by"};

    private static String[] cols(String... rest) {
        String[] all = new String[BASE.length + rest.length];
        System.arraycopy(BASE, 0, all, 0, BASE.length);
        System.arraycopy(rest, 0, all, BASE.length, rest.length);
        return all;
    }

    private record Org(String id, String psks, String kecamatan) {
    }

    private record Mem(String id, String name, String orgId, LocalDate start, boolean sar) {
    }

    public Result generate(Random r, Plan plan, List<Kecamatan> kecamatan, List<Kelurahan> kelurahan, List<KategoriKesos> psks,
            BooleanSupplier cancelled) throws SQLException {
        List<Org> orgs = organisations(r, plan.organisations(), kecamatan, kelurahan, psks);
        check(cancelled);
        List<Mem> members = new ArrayList<>();
        int[] counts = new int[2];
        members(r, plan, orgs, kecamatan, kelurahan, members, counts);
        check(cancelled);
        long[] roster = duties(r, plan, members, cancelled);
        return new Result(orgs.size(), members.size(), counts[0], counts[1], (int) roster[0], roster[1], roster[2], roster[3]);
    }

    private static void check(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException();
        }
    }

    private List<Org> organisations(Random r, int count, List<Kecamatan> kecamatan, List<Kelurahan> kelurahan,
            List<KategoriKesos> psks) throws SQLException {
        List<Org> out = new ArrayList<>();
        try (BulkInsert ins = new BulkInsert(c, null, "ros_organisation", cols("name", "psks_kode", "registration_number", "sk_number",
                "sk_valid_from", "sk_valid_until", "address", "kelurahan_kode", "head_name", "status"))) {
            // One Tagana and one TKSK per kecamatan, then the other types round-robin over the kelurahan.
            for (int i = 0; out.size() < Math.max(count, kecamatan.size() * 2 + psks.size()); i++) {
                KategoriKesos type;
                Kelurahan kel;
                if (i < kecamatan.size() * 2) {
                    String wanted = i % 2 == 0 ? "PSKS-03" : "PSKS-11";
                    type = psks.stream().filter(k -> k.kode().equals(wanted)).findFirst().orElse(psks.get(0));
                    Kecamatan kec = kecamatan.get(i / 2);
                    kel = kelurahan.stream().filter(k -> k.kodeKecamatan().equals(kec.kode())).findFirst().orElse(kelurahan.get(0));
                } else {
                    type = psks.get(i % psks.size());
                    kel = kelurahan.get(i % kelurahan.size());
                }
                String name = (type.singkatan() == null ? type.nama() : type.singkatan()) + " " + kel.nama()
                        + (i >= kelurahan.size() ? " " + (i / kelurahan.size() + 1) : "");
                LocalDate skFrom = LocalDate.of(2020 + r.nextInt(5), 1 + r.nextInt(12), 1);
                String status = r.nextInt(40) == 0 ? "NON_AKTIF" : r.nextInt(80) == 0 ? "DIBEKUKAN" : "AKTIF";
                Object[] row = base(name, type.kode(), String.format("%s-%04d", type.kode().replace("PSKS-", "JP"), i + 1),
                        String.format("%d/SK/SUDINSOS-JP/%d", 100 + i, skFrom.getYear()), skFrom.toString(), skFrom.plusYears(5).toString(),
                        "Jl. " + DemoNames.FAMILY.get(r.nextInt(DemoNames.FAMILY.size())) + " No. " + (1 + r.nextInt(120)),
                        kel.kode(), DemoNames.name(r, r.nextBoolean()), status);
                ins.add(row);
                out.add(new Org((String) row[0], type.kode(), kel.kodeKecamatan()));
            }
        }
        return out;
    }

    private void members(Random r, Plan plan, List<Org> orgs, List<Kecamatan> kecamatan, List<Kelurahan> kelurahan, List<Mem> out,
            int[] counts) throws SQLException {
        Set<String> niks = new HashSet<>();
        Set<String> tkskKecamatan = new HashSet<>();
        List<Org> tagana = orgs.stream().filter(o -> o.psks().equals("PSKS-03")).toList();
        LocalDate today = LocalDate.ofInstant(plan.now(), ShiftTimes.JAKARTA);
        try (BulkInsert mem = new BulkInsert(c, null, "ros_member", cols("nik", "full_name", "name_key", "sex", "birth_date", "phone",
                "kelurahan_kode", "tagana_number", "tagana_rank", "tksk_kecamatan_kode", "tksk_sk_number", "tksk_sk_valid_from",
                "tksk_sk_valid_until", "psm_kelurahan_kode"));
                BulkInsert ms = new BulkInsert(c, mem, "ros_membership", cols("member_id", "organisation_id", "role", "start_date", "end_date"));
                BulkInsert cert = new BulkInsert(c, mem, "ros_certificate", cols("member_id", "training_name", "skill_code", "issuer",
                        "certificate_number", "issued_on", "expires_on"))) {
            for (int i = 0; i < plan.members(); i++) {
                boolean female = r.nextInt(100) < 45;
                LocalDate birth = LocalDate.of(1960 + r.nextInt(45), 1 + r.nextInt(12), 1 + r.nextInt(28));
                Kelurahan home = kelurahan.get(r.nextInt(kelurahan.size()));
                String nik;
                do {
                    nik = home.kodeKecamatan().replace(".", "") + String.format("%02d%02d%02d%04d", birth.getDayOfMonth() + (female ? 40 : 0),
                            birth.getMonthValue(), birth.getYear() % 100, 1 + r.nextInt(9999));
                } while (!niks.add(nik));
                String name = DemoNames.name(r, female);
                // A third of the members serve in Tagana: the organisation most duties call on.
                Org org = r.nextInt(3) == 0 ? tagana.get(r.nextInt(tagana.size())) : orgs.get(r.nextInt(orgs.size()));
                boolean isTagana = org.psks().equals("PSKS-03");
                boolean isTksk = org.psks().equals("PSKS-11") && tkskKecamatan.add(org.kecamatan());
                Object[] row = base(nik, name, PersonNames.canonical(name), female ? "P" : "L", birth.toString(),
                        "+628" + (11 + r.nextInt(89)) + String.format("%08d", r.nextInt(100_000_000)), home.kode(),
                        isTagana ? String.format("TGN-3171-%05d", i + 1) : null,
                        isTagana ? (r.nextInt(10) < 6 ? "MUDA" : r.nextInt(10) < 8 ? "MADYA" : "UTAMA") : null,
                        isTksk ? org.kecamatan() : null, isTksk ? "SK-TKSK/" + (2024 + r.nextInt(2)) + "/" + (i + 1) : null,
                        isTksk ? "2024-01-01" : null, isTksk ? "2026-12-31" : null,
                        org.psks().equals("PSKS-02") ? home.kode() : null);
                mem.add(row);
                String id = (String) row[0];
                int startYear = Math.max(birth.getYear() + 17, 2003 + r.nextInt(22));
                LocalDate start = LocalDate.of(Math.min(startYear, today.getYear() - 1), 1 + r.nextInt(12), 1);
                boolean ended = r.nextInt(100) < 12;
                LocalDate end = ended ? start.plusYears(1 + r.nextInt(5)) : null;
                ms.add(base(id, org.id(), r.nextInt(20) == 0 ? "Ketua" : r.nextInt(10) == 0 ? "Koordinator" : "Anggota",
                        start.toString(), end == null ? null : end.toString()));
                counts[0]++;
                if (ended || r.nextInt(100) < 20) {
                    // Someone whose first membership ended usually moved on to another organisation next day.
                    Org other = orgs.get(r.nextInt(orgs.size()));
                    if (!other.id().equals(org.id())) {
                        LocalDate s2 = ended ? end.plusDays(1) : start.plusMonths(r.nextInt(60));
                        if (s2.isBefore(today)) {
                            ms.add(base(id, other.id(), "Anggota", s2.toString(), null));
                            counts[0]++;
                        }
                    }
                }
                boolean sar = false;
                if (r.nextInt(100) < 55 || isTagana) {
                    String skill = isTagana ? "SAR" : SKILLS[r.nextInt(SKILLS.length)];
                    sar = skill.equals("SAR");
                    LocalDate issued = today.minusDays(30 + r.nextInt(3 * 365));
                    cert.add(base(id, trainingName(skill), skill, skill.equals("SAR") ? "Basarnas DKI Jakarta" : "Dinas Sosial DKI Jakarta",
                            skill + "/" + issued.getYear() + "/" + (i + 1), issued.toString(), issued.plusYears(3).toString()));
                    counts[1]++;
                }
                out.add(new Mem(id, name, org.id(), start, sar));
            }
        }
    }

    private static String trainingName(String skill) {
        return switch (skill) {
            case "SAR" -> "Pelatihan SAR dan evakuasi banjir"; // TextRules: data (sample record)
            case "P3K" -> "Pertolongan pertama (P3K)";
            case "DAPUR_UMUM" -> "Pengelolaan dapur umum";
            case "PSIKOSOSIAL" -> "Layanan dukungan psikososial";
            default -> "Bimbingan teknis TKSK";
        };
    }

    /** A duty template: kind, title, place, clock window, headcount, required skill. */
    private record Template(String kind, String title, String place, String kelurahan, LocalTime start, LocalTime end, int headcount,
            String skill) {
    }

    /** The day's duties: the morning apel, then outreach, night and flood-watch shifts until {@code seats} are offered. */
    private List<Template> templates(LocalDate day, int seats) {
        List<Template> t = new ArrayList<>();
        t.add(new Template("APEL", "Apel pagi relawan", "Kantor Sudinsos Jakarta Pusat", "31.71.03.1001", LocalTime.of(7, 0),
                LocalTime.of(9, 0), 10, null));
        for (int i = 0; t.stream().mapToInt(Template::headcount).sum() < seats; i++) {
            String[] spot = HOTSPOTS[i % HOTSPOTS.length];
            switch (i % 5) {
                case 0 -> t.add(new Template("PATROLI", "Penjangkauan " + spot[0], spot[0], spot[1], LocalTime.of(19, 0), LocalTime.of(23, 0), 6, null));
                case 1 -> t.add(new Template("PATROLI", "Penjangkauan malam " + spot[0], spot[0], spot[1], LocalTime.of(22, 0), LocalTime.of(4, 0), 5, null));
                case 2 -> t.add(new Template("SIAGA_BENCANA", "Siaga banjir " + spot[0], spot[0], spot[1], LocalTime.of(8, 0), LocalTime.of(16, 0), 8, "SAR"));
                case 3 -> t.add(new Template("PATROLI", "Penjangkauan siang " + spot[0], spot[0], spot[1], LocalTime.of(10, 0), LocalTime.of(15, 0), 6, null));
                default -> t.add(new Template(day.getDayOfWeek().getValue() == 6 ? "PELATIHAN" : "LAINNYA",
                        day.getDayOfWeek().getValue() == 6 ? "Pelatihan rutin relawan" : "Pendampingan posko sosial", spot[0], spot[1],
                        LocalTime.of(13, 0), LocalTime.of(17, 0), 4, null));
            }
        }
        return t;
    }

    private long[] duties(Random r, Plan plan, List<Mem> members, BooleanSupplier cancelled) throws SQLException {
        long shiftsWritten = 0;
        int[] order = new int[members.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // Flood watch needs SAR: those shifts are staffed from the SAR holders first.
        int[] sarOrder = java.util.stream.IntStream.range(0, members.size()).filter(i -> members.get(i).sar()).toArray();
        boolean[] busy = new boolean[members.size()];
        try (BulkInsert duty = new BulkInsert(c, null, "ros_duty", cols("kind", "title", "duty_date", "kelurahan_kode", "place_name",
                "organisation_id", "required_skills", "notes"));
                BulkInsert shift = new BulkInsert(c, duty, "ros_shift", cols("duty_id", "shift_date", "starts_at", "ends_at", "headcount"));
                BulkInsert asg = new BulkInsert(c, shift, "ros_assignment", cols("shift_id", "member_id", "organisation_id"));
                BulkInsert att = new BulkInsert(c, asg, "ros_attendance", cols("assignment_id", "member_id", "organisation_id", "work_date",
                        "check_in", "check_out", "minutes", "source"));
                BulkInsert cor = new BulkInsert(c, att, "ros_hours_correction", cols("attendance_id", "member_id", "organisation_id",
                        "work_date", "kind", "replacement_minutes", "delta_minutes", "reason"))) {
            for (LocalDate day = plan.from(); !day.isAfter(plan.to()); day = day.plusDays(1)) {
                check(cancelled);
                // Each member at most once a day: walk a fresh shuffle of the members, marking who is busy.
                shuffle(order, r);
                shuffle(sarOrder, r);
                java.util.Arrays.fill(busy, false);
                int cursor = 0;
                int sarCursor = 0;
                for (Template tp : templates(day, plan.assignmentsPerDay())) {
                    Object[] d = base(tp.kind(), tp.title(), day.toString(), tp.kelurahan(), tp.place(), null, tp.skill(), null);
                    duty.add(d);
                    Instant[] w = ShiftTimes.window(day, tp.start(), tp.end());
                    Object[] s = base(d[0], day.toString(), InstantText.format(w[0]), InstantText.format(w[1]), tp.headcount());
                    shift.add(s);
                    shiftsWritten++;
                    // One shift in ten is left short, so the roster shows under-staffing.
                    int staffed = shiftsWritten % 10 == 0 ? tp.headcount() - 1 - r.nextInt(2) : tp.headcount();
                    for (int k = 0; k < staffed; k++) {
                        int pick = -1;
                        while (tp.skill() != null && pick < 0 && sarCursor < sarOrder.length) {
                            int cand = sarOrder[sarCursor++];
                            pick = busy[cand] ? -1 : cand;
                        }
                        while (pick < 0 && cursor < order.length) {
                            int cand = order[cursor++];
                            pick = busy[cand] ? -1 : cand;
                        }
                        if (pick < 0) {
                            break;
                        }
                        busy[pick] = true;
                        Mem m = members.get(pick);
                        Object[] a = base(s[0], m.id(), m.orgId());
                        asg.add(a);
                        if (w[1].isBefore(plan.now()) && r.nextInt(100) < 92) {
                            Instant in = w[0].plusSeconds(60L * (r.nextInt(26) - 10));
                            Instant out = w[1].plusSeconds(60L * (r.nextInt(41) - 20));
                            int minutes = (int) Duration.between(in, out).toMinutes();
                            Object[] t = base(a[0], m.id(), m.orgId(), day.toString(), InstantText.format(in), InstantText.format(out),
                                    minutes, r.nextInt(8) == 0 ? "SUSULAN" : "LANGSUNG");
                            att.add(t);
                            if (r.nextInt(200) == 0) {
                                int delta = r.nextBoolean() ? 30 : -30;
                                cor.add(base(t[0], m.id(), m.orgId(), day.toString(), "DELTA", null, delta,
                                        delta > 0 ? "Serah terima pos lebih lama, menurut buku jaga" : "Izin pulang lebih awal")); // TextRules: data (sample record)
                            }
                        }
                    }
                }
            }
            return new long[] {shiftsWritten, asg.written(), att.written(), cor.written()};
        }
    }

    private static void shuffle(int[] a, Random r) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
