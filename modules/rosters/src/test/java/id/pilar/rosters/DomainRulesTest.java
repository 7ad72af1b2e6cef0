package id.pilar.rosters;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.rosters.api.RosterIssue;
import id.pilar.rosters.api.ServicePeriod;
import id.pilar.rosters.impl.ConflictDetector;
import id.pilar.rosters.impl.ServiceContinuity;
import id.pilar.rosters.impl.ShiftTimes;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pure rules: shift windows across midnight, continuous service, conflicts. */
class DomainRulesTest {

    private static final LocalDate D = LocalDate.of(2026, 6, 20);

    @Test
    void nightShiftEndsNextMorning() {
        Instant[] w = ShiftTimes.window(D, LocalTime.of(22, 0), LocalTime.of(6, 0));
        assertThat(Duration.between(w[0], w[1]).toHours()).isEqualTo(8);
        assertThat(w[0]).isEqualTo(Instant.parse("2026-06-20T15:00:00Z"));
        assertThat(w[1]).isEqualTo(Instant.parse("2026-06-20T23:00:00Z"));
        Instant[] day = ShiftTimes.window(D, LocalTime.of(7, 0), LocalTime.of(12, 0));
        assertThat(Duration.between(day[0], day[1]).toHours()).isEqualTo(5);
    }

    @Test
    void attendanceClockTimesOnANightShiftRollOverMidnight() {
        Instant[] w = ShiftTimes.window(D, LocalTime.of(22, 0), LocalTime.of(6, 0));
        Instant[] normal = ShiftTimes.attendance(w[0], w[1], LocalTime.of(21, 55), LocalTime.of(6, 5));
        assertThat(Duration.between(normal[0], normal[1]).toMinutes()).isEqualTo(8 * 60 + 10);
        // Came late, after midnight: both times are on the next day.
        Instant[] late = ShiftTimes.attendance(w[0], w[1], LocalTime.of(0, 30), LocalTime.of(6, 0));
        assertThat(late[0]).isEqualTo(Instant.parse("2026-06-20T17:30:00Z"));
        assertThat(Duration.between(late[0], late[1]).toMinutes()).isEqualTo(330);
    }

    @Test
    void continuousServiceMergesOverlapsAndAdjacentMembershipsAcrossOrganisations() {
        List<ServiceContinuity.Span> spans = List.of(
                new ServiceContinuity.Span(LocalDate.of(2010, 1, 1), LocalDate.of(2014, 12, 31)),
                new ServiceContinuity.Span(LocalDate.of(2015, 1, 1), LocalDate.of(2017, 6, 30)),   // adjacent
                new ServiceContinuity.Span(LocalDate.of(2016, 1, 1), null),                         // overlapping, runs
                new ServiceContinuity.Span(LocalDate.of(2003, 3, 1), LocalDate.of(2005, 2, 28)));  // an earlier stint
        List<ServicePeriod> p = ServiceContinuity.periods(spans, LocalDate.of(2026, 6, 1), 0);
        assertThat(p).containsExactly(
                new ServicePeriod(LocalDate.of(2003, 3, 1), LocalDate.of(2005, 2, 28), false),
                new ServicePeriod(LocalDate.of(2010, 1, 1), LocalDate.of(2026, 6, 1), true));
        assertThat(p.get(0).years()).isEqualTo(2);
        assertThat(p.get(1).years()).isEqualTo(16);
    }

    @Test
    void aGapBreaksContinuityUnlessTolerated() {
        List<ServiceContinuity.Span> spans = List.of(
                new ServiceContinuity.Span(LocalDate.of(2018, 1, 1), LocalDate.of(2019, 12, 31)),
                new ServiceContinuity.Span(LocalDate.of(2020, 2, 1), null));
        assertThat(ServiceContinuity.periods(spans, LocalDate.of(2026, 1, 1), 0)).hasSize(2);
        assertThat(ServiceContinuity.periods(spans, LocalDate.of(2026, 1, 1), 60)).singleElement()
                .satisfies(p -> assertThat(p.years()).isEqualTo(8));
    }

    @Test
    void detectsDoubleBookingInvalidMembershipMissingCertificateAndUnderStaffing() {
        Instant[] night = ShiftTimes.window(D, LocalTime.of(22, 0), LocalTime.of(6, 0));
        Instant[] morning = ShiftTimes.window(D.plusDays(1), LocalTime.of(5, 0), LocalTime.of(9, 0));
        var s1 = new ConflictDetector.Shift("s1", "Siaga banjir", D, night[0], night[1], 2, List.of("SAR"));
        var s2 = new ConflictDetector.Shift("s2", "Apel pagi", D.plusDays(1), morning[0], morning[1], 1, List.of());
        var assignments = List.of(
                new ConflictDetector.Assignment("s1", "m1", "Budi"),
                new ConflictDetector.Assignment("s2", "m1", "Budi"),
                new ConflictDetector.Assignment("s1", "m2", "Sari"));
        var memberships = Map.of(
                "m1", List.of(new ConflictDetector.DateSpan(LocalDate.of(2020, 1, 1), null)),
                "m2", List.of(new ConflictDetector.DateSpan(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31))));
        var certs = Map.of(
                "m1", List.of(new ConflictDetector.Cert("SAR", LocalDate.of(2024, 1, 1), LocalDate.of(2027, 1, 1))),
                "m2", List.of(new ConflictDetector.Cert("SAR", LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 1))));

        Map<String, List<RosterIssue>> issues = ConflictDetector.detect(List.of(s1, s2), assignments, memberships, certs);

        assertThat(issues.get("s1")).extracting(RosterIssue::kind, RosterIssue::memberId).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(RosterIssue.Kind.NO_VALID_MEMBERSHIP, "m2"),
                org.assertj.core.groups.Tuple.tuple(RosterIssue.Kind.CERTIFICATE_MISSING, "m2"),
                org.assertj.core.groups.Tuple.tuple(RosterIssue.Kind.DOUBLE_BOOKING, "m1"));
        assertThat(issues.get("s2")).extracting(RosterIssue::kind).containsExactly(RosterIssue.Kind.DOUBLE_BOOKING);
        assertThat(issues.get("s2").get(0).message()).contains("Siaga banjir");
    }

    @Test
    void aFullyStaffedShiftOfValidMembersHasNoIssues() {
        Instant[] w = ShiftTimes.window(D, LocalTime.of(7, 0), LocalTime.of(9, 0));
        var s = new ConflictDetector.Shift("s", "Apel", D, w[0], w[1], 1, List.of());
        var issues = ConflictDetector.detect(List.of(s), List.of(new ConflictDetector.Assignment("s", "m", "Ani")),
                Map.of("m", List.of(new ConflictDetector.DateSpan(D, D))), Map.of());
        assertThat(issues).isEmpty();
        var empty = ConflictDetector.detect(List.of(s), List.of(), Map.of(), Map.of());
        assertThat(empty.get("s")).extracting(RosterIssue::kind).containsExactly(RosterIssue.Kind.UNDER_STAFFED);
    }
}
