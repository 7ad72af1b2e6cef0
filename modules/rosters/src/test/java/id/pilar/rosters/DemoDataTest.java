package id.pilar.rosters;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.core.spi.DemoDataContext;
import id.pilar.rosters.api.ReportPeriod;
import id.pilar.rosters.api.ReportTable;
import id.pilar.rosters.api.RosterIssue;
import id.pilar.rosters.api.RosterShift;
import id.pilar.rosters.impl.DutyServiceImpl;
import id.pilar.rosters.impl.demo.RostersDemoData;
import id.pilar.rosters.impl.report.RosterReportsImpl;
import id.pilar.testkit.TestDatabase;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo data: deterministic, valid for the services, and all-or-nothing on cancel. */
class DemoDataTest {

    private static List<String> names(TestDatabase db) {
        return db.transactions().jdbc(c -> {
            List<String> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT nik || full_name FROM ros_member ORDER BY nik")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    private static long count(TestDatabase db, String table) {
        return db.transactions().jdbc(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
                return rs.getLong(1);
            }
        });
    }

    @Test
    void demoDataIsDeterministicAndFeedsTheRosterAndReports() throws Exception {
        List<String> first;
        try (TestDatabase db = TestDatabase.create()) {
            new RostersDemoData(db.transactions()).generate(new DemoDataContext(42, 6_000, DemoDataContext.Progress.NONE));
            first = names(db);
            assertThat(first).hasSize(60);
            assertThat(count(db, "ros_organisation")).isGreaterThanOrEqualTo(24);
            assertThat(count(db, "ros_attendance")).isPositive();
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
            List<RosterShift> week = new DutyServiceImpl(db.transactions()).roster(today.minusDays(6), today);
            assertThat(week).isNotEmpty();
            assertThat(week.stream().flatMap(s -> s.issues().stream()).map(RosterIssue::kind))
                    .as("the demo shows under-staffing").contains(RosterIssue.Kind.UNDER_STAFFED)
                    .as("and never double-books").doesNotContain(RosterIssue.Kind.DOUBLE_BOOKING);
            assertThat(week).anyMatch(s -> s.endsAt().atZone(ZoneId.of("Asia/Jakarta")).toLocalDate().isAfter(s.date()));
            // The start page's figures (plain JDBC) agree with the services the windows use.
            var o = new RosterReportsImpl(db.transactions()).overview(today);
            assertThat(o.activeMembers()).isPositive().isEqualTo(new RosterReportsImpl(db.transactions()).membersPerWilayah(today).rows()
                    .stream().mapToLong(r -> (Long) r.get(r.size() - 1)).sum());
            assertThat(o.organisations()).isEqualTo(count(db, "ros_organisation"));
            var certs = new id.pilar.rosters.impl.TrainingServiceImpl(db.transactions()).expiring(today, 30);
            assertThat(o.certificatesExpiring()).isEqualTo(certs.stream().filter(c -> !c.expiresOn().isBefore(today)).count());
            assertThat(o.certificatesExpired()).isEqualTo(certs.stream()
                    .filter(c -> c.expiresOn().isBefore(today) && c.expiresOn().isAfter(today.minusYears(1))).count());
            LocalDate monday = today.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
            assertThat(o.underStaffedShifts()).isEqualTo(new DutyServiceImpl(db.transactions()).roster(monday, monday.plusDays(6)).stream()
                    .filter(RosterShift::underStaffed).count());
            ReportTable hours = new RosterReportsImpl(db.transactions()).hoursByPillarType(new ReportPeriod(today.minusWeeks(5), today));
            assertThat(hours.rows()).anySatisfy(r -> assertThat(r.get(0)).isEqualTo("Tagana"));
        }
        try (TestDatabase db = TestDatabase.create()) {
            new RostersDemoData(db.transactions()).generate(new DemoDataContext(42, 6_000, DemoDataContext.Progress.NONE));
            assertThat(names(db)).isEqualTo(first);
        }
    }

    @Test
    void aCancelledDemoLeavesNothingBehind() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            int[] asked = {0};
            DemoDataContext.Progress cancelSoon = new DemoDataContext.Progress() {
                @Override
                public void step(String message, int done, int total) {
                }

                @Override
                public boolean cancelled() {
                    return ++asked[0] > 3;
                }
            };
            new RostersDemoData(db.transactions()).generate(new DemoDataContext(7, 6_000, cancelSoon));
            assertThat(asked[0]).isGreaterThan(3);
            assertThat(count(db, "ros_member")).isZero();
            assertThat(count(db, "ros_organisation")).isZero();
        }
    }
}
