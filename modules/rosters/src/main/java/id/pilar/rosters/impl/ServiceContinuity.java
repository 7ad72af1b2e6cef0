package id.pilar.rosters.impl;

import id.pilar.rosters.api.ServicePeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Continuous service from memberships: periods in any organisation that overlap or follow each
 * other within a tolerated gap count as one. Awards count years of the period that still runs.
 */
public final class ServiceContinuity {

    /** A membership's dates; {@code to} null while it runs. */
    public record Span(LocalDate from, LocalDate to) {
    }

    private ServiceContinuity() {
    }

    /** Merged periods, oldest first; spans starting after {@code asOf} are ignored, open ends become {@code asOf}. */
    public static List<ServicePeriod> periods(List<Span> spans, LocalDate asOf, int maxGapDays) {
        List<Span> sorted = spans.stream().filter(s -> !s.from().isAfter(asOf))
                .sorted(Comparator.comparing(Span::from)).toList();
        List<ServicePeriod> out = new ArrayList<>();
        LocalDate from = null;
        LocalDate to = null;
        for (Span s : sorted) {
            LocalDate end = s.to() == null || s.to().isAfter(asOf) ? asOf : s.to();
            if (from != null && !s.from().isAfter(to.plusDays(1L + maxGapDays))) {
                if (end.isAfter(to)) {
                    to = end;
                }
                continue;
            }
            if (from != null) {
                out.add(new ServicePeriod(from, to, to.equals(asOf)));
            }
            from = s.from();
            to = end;
        }
        if (from != null) {
            out.add(new ServicePeriod(from, to, to.equals(asOf)));
        }
        return out;
    }
}
