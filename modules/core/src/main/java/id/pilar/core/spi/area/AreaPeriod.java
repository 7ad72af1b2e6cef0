package id.pilar.core.spi.area;

import java.time.LocalDate;

/**
 * The dates an atlas figure is counted for, in Jakarta's calendar. Counts of events (new cases,
 * reports) take {@code from <= date < toExclusive}; states (open cases, active members, people
 * registered) are taken as of the day before {@code toExclusive}.
 */
public record AreaPeriod(LocalDate from, LocalDate toExclusive) {

    public AreaPeriod {
        if (!from.isBefore(toExclusive)) {
            throw new IllegalArgumentException("empty period " + from + " .. " + toExclusive);
        }
    }

    /** The calendar month of {@code day}. */
    public static AreaPeriod monthOf(LocalDate day) {
        LocalDate first = day.withDayOfMonth(1);
        return new AreaPeriod(first, first.plusMonths(1));
    }

    /** The {@code days} days ending with {@code asOf} (inclusive). */
    public static AreaPeriod daysEndingOn(LocalDate asOf, int days) {
        return new AreaPeriod(asOf.plusDays(1 - days), asOf.plusDays(1));
    }

    /** The last day counted. */
    public LocalDate asOf() {
        return toExclusive.minusDays(1);
    }
}
