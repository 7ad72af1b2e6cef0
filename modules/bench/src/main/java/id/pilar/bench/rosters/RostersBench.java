package id.pilar.bench.rosters;

import id.pilar.bench.BenchSuite;
import id.pilar.bench.Figure;
import id.pilar.bench.Stats;
import id.pilar.core.api.db.DataKernel;
import id.pilar.core.api.db.DatabaseTarget;
import id.pilar.core.api.reference.KategoriKesos;
import id.pilar.core.api.reference.ReferenceData;
import id.pilar.core.persistence.Transactions;
import id.pilar.rosters.api.ReportPeriod;
import id.pilar.rosters.api.RosterShift;
import id.pilar.rosters.impl.DutyServiceImpl;
import id.pilar.rosters.impl.demo.RostersGenerator;
import id.pilar.rosters.impl.report.RosterReportsImpl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Rosters figures over three years of duties (issue 4): the hours report for a year and the
 * roster week view, each against the plainest JDBC query doing the same aggregate or join on the
 * same file, measured alternately in the same run. At full size ({@code --size 1000000}) that is
 * 10,000 members and a million attendance rows; smaller sizes scale down (one member per hundred
 * people, one attendance row per person), and {@code -Dpilar.bench.rosters.attendance=N} overrides.
 */
public final class RostersBench implements BenchSuite {

    private static final long SEED = 20260621L;
    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);
    private static final ReportPeriod YEAR = ReportPeriod.year(2025);
    private static final LocalDate WEEK = LocalDate.of(2025, 6, 2); // a Monday
    private static final int WARMUPS = 5;
    private static final int RUNS = 9;

    @Override
    public String name() {
        return "rosters";
    }

    /** The data set at the scale of {@code size} people: one member per hundred (at most 10,000). */
    public static RostersGenerator.Result generate(Transactions tx, int size) {
        return generate(tx, Math.max(100, Math.min(10_000, size / 100)),
                Long.getLong("pilar.bench.rosters.attendance", Math.max(10_000L, Math.min(1_000_000L, size))));
    }

    private static RostersGenerator.Result generate(Transactions tx, int members, long attendance) {
        long days = TO.toEpochDay() - FROM.toEpochDay() + 1;
        // The generator leaves one shift in ten short and 8 % of assignments unattended.
        int perDay = (int) Math.ceil(attendance / 0.89 / days);
        ReferenceData ref = ReferenceData.get();
        return tx.jdbc(c -> new RostersGenerator(c, "bench").generate(new Random(SEED),
                new RostersGenerator.Plan(members, Math.max(24, members / 10), FROM, TO, perDay, Instant.parse("2027-01-01T00:00:00Z")),
                ref.kecamatan(), ref.kelurahan(), ref.kategori(KategoriKesos.PSKS, false), () -> false));
    }

    @Override
    public void run(int size, Path workDir, Consumer<Figure> out) throws Exception {
        int members = Math.max(100, Math.min(10_000, size / 100));
        long attendance = Long.getLong("pilar.bench.rosters.attendance", Math.max(10_000L, Math.min(1_000_000L, size)));
        Files.createDirectories(workDir);
        Path dbFile = workDir.resolve("rosters.db");
        Files.deleteIfExists(dbFile);
        DataKernel.get().open(DatabaseTarget.sqlite(dbFile));
        try {
            Transactions tx = Transactions.get();
            long t0 = System.nanoTime();
            RostersGenerator.Result r = generate(tx, members, attendance);
            double genSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.println("# generated " + r + " in " + String.format("%.1f", genSeconds) + " s");
            out.accept(new Figure("rosters.generate.attendance_" + r.attendance(), genSeconds, "s", Double.NaN, ""));

            RosterReportsImpl reports = new RosterReportsImpl(tx);
            DutyServiceImpl duties = new DutyServiceImpl(tx);
            try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + dbFile)) {
                double[] hours = compare(() -> reports.hoursByMember(YEAR).rows().size(), () -> plainHours(plain));
                System.out.println("# hours report 2025: " + reports.hoursByMember(YEAR).rows().size() + " members, "
                        + attendanceIn(plain) + " attendance rows in the year");
                out.accept(new Figure("rosters.hours_report.year", hours[0], "ms", hours[1], "<=1000 ms"));
                double[] byOrg = compare(() -> reports.hoursByPillarType(YEAR).rows().size(), () -> plainHoursByType(plain));
                out.accept(new Figure("rosters.hours_by_pillar_type.year", byOrg[0], "ms", byOrg[1], "<=1000 ms"));
                // The first call in a fresh JVM: what a clerk waits for when opening the roster.
                long t1 = System.nanoTime();
                plainWeek(plain);
                double coldBaseline = (System.nanoTime() - t1) / 1e6;
                t1 = System.nanoTime();
                List<RosterShift> week = duties.roster(WEEK, WEEK.plusDays(6));
                out.accept(new Figure("rosters.roster_week.first_call", (System.nanoTime() - t1) / 1e6, "ms", coldBaseline, ""));
                System.out.println("# roster week " + WEEK + ": " + week.size() + " shifts, "
                        + week.stream().mapToInt(s -> s.members().size()).sum() + " assignments, "
                        + week.stream().mapToInt(s -> s.issues().size()).sum() + " issues");
                double[] roster = compare(() -> duties.roster(WEEK, WEEK.plusDays(6)).size(), () -> plainWeek(plain));
                out.accept(new Figure("rosters.roster_week", roster[0], "ms", roster[1], "<=300 ms"));
            }
        } finally {
            DataKernel.get().close();
        }
    }

    /** Medians in ms of Pilar's path and the baseline, both warmed (JIT), then measured alternately. */
    private static double[] compare(Callable<Integer> pilar, Callable<Integer> baseline) throws Exception {
        return Stats.alternate(pilar::call, baseline::call, WARMUPS, RUNS);
    }

    /** The same aggregate as one plain query: minutes per member in the year, with names. */
    private static int plainHours(Connection c) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("SELECT m.full_name, SUM(a.minutes) FROM ros_attendance a "
                + "JOIN ros_member m ON m.id = a.member_id WHERE a.work_date BETWEEN ? AND ? GROUP BY a.member_id")) {
            ps.setString(1, YEAR.from().toString());
            ps.setString(2, YEAR.to().toString());
            return drain(ps);
        }
    }

    private static int plainHoursByType(Connection c) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("SELECT o.psks_kode, SUM(a.minutes) FROM ros_attendance a "
                + "JOIN ros_organisation o ON o.id = a.organisation_id WHERE a.work_date BETWEEN ? AND ? GROUP BY o.psks_kode")) {
            ps.setString(1, YEAR.from().toString());
            ps.setString(2, YEAR.to().toString());
            return drain(ps);
        }
    }

    /** The week's shifts with their members, as one join. */
    private static int plainWeek(Connection c) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("SELECT s.id, s.starts_at, s.ends_at, s.headcount, d.title, m.full_name "
                + "FROM ros_shift s JOIN ros_duty d ON d.id = s.duty_id JOIN ros_assignment a ON a.shift_id = s.id "
                + "JOIN ros_member m ON m.id = a.member_id WHERE s.shift_date BETWEEN ? AND ? ORDER BY s.starts_at")) {
            ps.setString(1, WEEK.toString());
            ps.setString(2, WEEK.plusDays(6).toString());
            return drain(ps);
        }
    }

    private static int drain(PreparedStatement ps) throws Exception {
        int n = 0;
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rs.getString(1);
                n++;
            }
        }
        return n;
    }

    private static long attendanceIn(Connection c) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM ros_attendance WHERE work_date BETWEEN '"
                + YEAR.from() + "' AND '" + YEAR.to() + "'")) {
            return rs.getLong(1);
        }
    }
}
