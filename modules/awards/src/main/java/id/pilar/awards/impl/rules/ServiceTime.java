package id.pilar.awards.impl.rules;

import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.temporal.ChronoUnit;

/**
 * Exact day arithmetic for "N years of service". N years are complete on the N-th anniversary of
 * the start date: a member who started on 01/12/2021 has served 5 years on 01/12/2026 and not on
 * 30/11/2026. A start on 29 February has its anniversary on 1 March in common years (the day after
 * 28 February, as that start was the day after 28 February), so no day is gained or lost.
 */
public final class ServiceTime {

    private ServiceTime() {
    }

    /** The date on which {@code years} whole years since {@code start} are complete. */
    public static LocalDate anniversary(LocalDate start, int years) {
        LocalDate d = start.plusYears(years);
        if (start.getMonth() == Month.FEBRUARY && start.getDayOfMonth() == 29 && d.getDayOfMonth() == 28) {
            return d.plusDays(1);
        }
        return d;
    }

    /** Years, months and days served from {@code start} to {@code asOf} (anniversary-based years). */
    public static Period served(LocalDate start, LocalDate asOf) {
        if (asOf.isBefore(start)) {
            return Period.ZERO;
        }
        int years = asOf.getYear() - start.getYear();
        while (years > 0 && anniversary(start, years).isAfter(asOf)) {
            years--;
        }
        LocalDate base = anniversary(start, years);
        Period rest = Period.between(base, asOf);
        return Period.of(years, rest.getMonths(), rest.getDays());
    }

    /** True when {@code years} whole years are complete on {@code asOf}. */
    public static boolean reached(LocalDate start, int years, LocalDate asOf) {
        return !asOf.isBefore(anniversary(start, years));
    }

    /** Days still missing on {@code asOf} until {@code years} are complete (0 when reached). */
    public static long daysShort(LocalDate start, int years, LocalDate asOf) {
        return Math.max(0, ChronoUnit.DAYS.between(asOf, anniversary(start, years)));
    }
}
