package id.pilar.bench.awards;

import id.pilar.awards.api.AwardType;
import id.pilar.awards.api.EligibilityFilter;
import id.pilar.awards.api.Judgement;
import id.pilar.awards.api.RecipientKind;
import id.pilar.awards.impl.CatalogueImpl;
import id.pilar.awards.impl.EligibilityImpl;
import id.pilar.awards.impl.demo.AwardsGenerator;
import id.pilar.bench.BenchSuite;
import id.pilar.bench.Figure;
import id.pilar.bench.Stats;
import id.pilar.core.api.db.DataKernel;
import id.pilar.core.api.db.DatabaseTarget;
import id.pilar.core.api.reference.KategoriKesos;
import id.pilar.core.api.reference.ReferenceData;
import id.pilar.core.persistence.Transactions;
import id.pilar.rosters.impl.demo.RostersGenerator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Awards (issue 13): eligibility for every award type of the catalogue over every member (and
 * organisation) with their full roster history, against the plain SQL that reads the same facts
 * (memberships with their organisation, hours and corrections of the 12 months, deployments,
 * valid certificates, members, recorded facts; organisations' hours, members and decrees; past
 * awards) as often as Pilar reads them (once per recipient kind and tolerated break), measured
 * alternately in the same run. Members: {@code --size} up to 10,000; three years of duties.
 */
public final class AwardsBench implements BenchSuite {

    private static final long SEED = 20261220L;
    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 20);
    /** Fewer rounds with {@code -Dpilar.bench.awards.runs=N} (warm-ups are a third of it) when the machine is saturated. */
    private static final int RUNS = Integer.getInteger("pilar.bench.awards.runs", 7);
    private static final int WARMUPS = Math.max(1, RUNS / 3);

    @Override
    public String name() {
        return "awards";
    }

    @Override
    public void run(int size, Path workDir, Consumer<Figure> out) throws Exception {
        int members = Math.max(100, Math.min(10_000, size));
        long attendance = Long.getLong("pilar.bench.awards.attendance", members * 30L);
        Files.createDirectories(workDir);
        // -Dpilar.bench.awards.db=FILE measures again on a database an earlier run generated (kept by its --work).
        String reuse = System.getProperty("pilar.bench.awards.db");
        Path dbFile = reuse != null ? Path.of(reuse) : workDir.resolve("awards.db");
        if (reuse == null) {
            Files.deleteIfExists(dbFile);
        }
        DataKernel.get().open(DatabaseTarget.sqlite(dbFile));
        try {
            Transactions tx = Transactions.get();
            long t0 = System.nanoTime();
            if (reuse == null) {
                generate(tx, members, attendance, out, t0);
            }
            measure(tx, dbFile, out);
        } finally {
            DataKernel.get().close();
        }
    }

    private static void generate(Transactions tx, int members, long attendance, Consumer<Figure> out, long t0) throws Exception {
        {
            long days = TO.toEpochDay() - FROM.toEpochDay() + 1;
            int perDay = (int) Math.ceil(attendance / 0.89 / days);
            ReferenceData ref = ReferenceData.get();
            RostersGenerator.Result r = tx.jdbc(c -> new RostersGenerator(c, "bench").generate(new Random(SEED),
                    new RostersGenerator.Plan(members, Math.max(24, members / 10), FROM, TO, perDay, Instant.parse("2027-01-01T00:00:00Z")),
                    ref.kecamatan(), ref.kelurahan(), ref.kategori(KategoriKesos.PSKS, false), () -> false));
            AwardsGenerator.Result a = tx.jdbc(c -> new AwardsGenerator(c, "bench").generate(new Random(SEED), AS_OF.minusYears(1)));
            double genSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.println("# generated " + r + ", " + a + " in " + String.format("%.1f", genSeconds) + " s");
            out.accept(new Figure("awards.generate.members_" + r.members(), genSeconds, "s", Double.NaN, ""));
        }
    }

    private static void measure(Transactions tx, Path dbFile, Consumer<Figure> out) throws Exception {
        List<AwardType> types = new CatalogueImpl(tx).list().stream().filter(AwardType::active).toList();
        // Pilar reads the roster facts once per recipient kind and tolerated break: so does the baseline.
        Set<Integer> memberBreaks = new TreeSet<>();
        boolean organisations = false;
        for (AwardType t : types) {
            if (t.recipientKind() == RecipientKind.ORGANISASI) {
                organisations = true;
            } else {
                memberBreaks.add(t.maxGapDays());
            }
        }
        boolean withOrganisations = organisations;
        EligibilityImpl eligibility = new EligibilityImpl(tx, null);
        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + dbFile)) {
            Callable<Integer> pilar = () -> eligibility.judgeEveryType(AS_OF).values().stream().mapToInt(List::size).sum();
            // What the batch file or a full list needs: every judgement's reason in words as well.
            Callable<Integer> pilarWords = () -> {
                int n = 0;
                for (List<Judgement> list : eligibility.judgeEveryType(AS_OF).values()) {
                    for (Judgement j : list) {
                        n += j.reason().isEmpty() ? 0 : 1;
                    }
                }
                return n;
            };
            Callable<Integer> baseline = () -> {
                int n = 0;
                for (int i = 0; i < memberBreaks.size(); i++) {
                    n += plainMemberFacts(plain);
                }
                if (withOrganisations) {
                    n += plainOrganisationFacts(plain);
                }
                return n + plainPastAwards(plain);
            };
            // The first call of a fresh JVM is what a clerk opening the eligible list meets; the
            // baseline's first call follows at once on its own fresh connection (its driver code is
            // already warm, so the ratio is the conservative one).
            ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            long c1 = cpu.getCurrentThreadCpuTime();
            long t1 = System.nanoTime();
            int judged = pilar.call();
            double first = (System.nanoTime() - t1) / 1e6;
            double firstCpu = (cpu.getCurrentThreadCpuTime() - c1) / 1e6;
            c1 = cpu.getCurrentThreadCpuTime();
            t1 = System.nanoTime();
            baseline.call();
            double firstBase = (System.nanoTime() - t1) / 1e6;
            double firstBaseCpu = (cpu.getCurrentThreadCpuTime() - c1) / 1e6;
            System.out.println("# " + types.size() + " active award types (member breaks " + memberBreaks + (withOrganisations
                    ? ", organisations" : "") + "), " + judged + " judgements as of " + AS_OF);
            out.accept(new Figure("awards.eligibility.all_types.first_call", first, "ms", firstBase, ""));
            out.accept(new Figure("awards.eligibility.all_types.first_call.cpu", firstCpu, "ms", firstBaseCpu, ""));
            double[] all = compare(pilar, baseline);
            out.accept(new Figure("awards.eligibility.all_types", all[0], "ms", all[1], "<=2000 ms, <=3x baseline"));
            out.accept(new Figure("awards.eligibility.all_types.cpu", all[2], "ms", all[3], "<=2000 ms, <=3x baseline"));
            double[] words = compare(pilarWords, baseline);
            out.accept(new Figure("awards.eligibility.all_types.with_reasons", words[0], "ms", words[1], ""));
            out.accept(new Figure("awards.eligibility.all_types.with_reasons.cpu", words[2], "ms", words[3], ""));
            double[] slks = compare(() -> eligibility.judgeAll("SLKS", AS_OF, EligibilityFilter.ALL).size(),
                    () -> plainMemberFacts(plain) + plainPastAwards(plain));
            out.accept(new Figure("awards.eligibility.slks", slks[0], "ms", slks[1], ""));
            out.accept(new Figure("awards.eligibility.slks.cpu", slks[2], "ms", slks[3], ""));
        }
    }

    /** A member's facts read the plainest way (the queries rosters' bulk read issues): every row drained, nothing judged. */
    private static int plainMemberFacts(Connection c) throws Exception {
        String d = AS_OF.toString();
        String from = AS_OF.minusYears(1).plusDays(1).toString();
        int n = 0;
        n += drain(c, "SELECT ms.member_id, ms.start_date, ms.end_date, o.psks_kode FROM ros_membership ms "
                + "JOIN ros_organisation o ON o.id = ms.organisation_id", List.of());
        n += drain(c, "SELECT member_id, SUM(minutes) FROM ros_attendance WHERE work_date BETWEEN ? AND ? GROUP BY member_id", List.of(from, d));
        n += drain(c, "SELECT member_id, SUM(delta_minutes) FROM ros_hours_correction WHERE work_date BETWEEN ? AND ? GROUP BY member_id",
                List.of(from, d));
        n += drain(c, "SELECT a.member_id, COUNT(*) FROM ros_assignment a JOIN ros_shift s ON s.id = a.shift_id "
                + "WHERE s.shift_date BETWEEN ? AND ? GROUP BY a.member_id", List.of(from, d));
        n += drain(c, "SELECT member_id, COUNT(*) FROM ros_certificate WHERE issued_on <= ? AND (expires_on IS NULL OR expires_on >= ?) "
                + "GROUP BY member_id", List.of(d, d));
        n += drain(c, "SELECT m.id, m.nik, m.full_name, m.kelurahan_kode, k.kode_kecamatan, m.tagana_rank FROM ros_member m "
                + "LEFT JOIN ref_kelurahan k ON k.kode = m.kelurahan_kode ORDER BY m.full_name, m.id", List.of());
        n += drain(c, "SELECT member_id, citizenship, blood_donations, prison_years, disqualified FROM awd_member_record", List.of());
        return n;
    }

    private static int plainOrganisationFacts(Connection c) throws Exception {
        String d = AS_OF.toString();
        String from = AS_OF.minusYears(1).plusDays(1).toString();
        int n = 0;
        n += drain(c, "SELECT organisation_id, SUM(minutes) FROM ros_attendance WHERE work_date BETWEEN ? AND ? "
                + "AND organisation_id IS NOT NULL GROUP BY organisation_id", List.of(from, d));
        n += drain(c, "SELECT organisation_id, SUM(delta_minutes) FROM ros_hours_correction WHERE work_date BETWEEN ? AND ? "
                + "AND organisation_id IS NOT NULL GROUP BY organisation_id", List.of(from, d));
        n += drain(c, "SELECT organisation_id, COUNT(DISTINCT member_id) FROM ros_membership "
                + "WHERE start_date <= ? AND (end_date IS NULL OR end_date >= ?) GROUP BY organisation_id", List.of(d, d));
        n += drain(c, "SELECT o.id, o.registration_number, o.name, o.psks_kode, o.kelurahan_kode, k.kode_kecamatan, o.sk_valid_from, "
                + "o.sk_valid_until FROM ros_organisation o LEFT JOIN ref_kelurahan k ON k.kode = o.kelurahan_kode ORDER BY o.name, o.id",
                List.of());
        return n;
    }

    private static int plainPastAwards(Connection c) throws Exception {
        return drain(c, "SELECT recipient_id, type_id, COUNT(*), MAX(conferred_on) FROM awd_award WHERE conferred_on <= ? "
                + "GROUP BY recipient_id, type_id", List.of(AS_OF.toString()));
    }

    private static int drain(Connection c, String sql, List<String> args) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setString(i + 1, args.get(i));
            }
            int n = 0;
            try (ResultSet rs = ps.executeQuery()) {
                int cols = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= cols; i++) {
                        rs.getString(i);
                    }
                    n++;
                }
            }
            return n;
        }
    }

    /** Medians of alternating rounds, wall and CPU time: {@code {pilar, baseline, pilar CPU, baseline CPU}}. */
    private static double[] compare(Callable<Integer> pilar, Callable<Integer> baseline) throws Exception {
        return Stats.alternateWithCpu(pilar::call, baseline::call, WARMUPS, RUNS);
    }
}
