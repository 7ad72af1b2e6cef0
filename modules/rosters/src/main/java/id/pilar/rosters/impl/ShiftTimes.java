package id.pilar.rosters.impl;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Wall-clock times in Jakarta turned into instants. Shifts and attendance are typed as clock
 * times on a date; an end earlier on the clock than the start is the next day, so a night shift
 * 22.00–06.00 lasts eight hours instead of failing or going negative.
 */
public final class ShiftTimes {

    public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private ShiftTimes() {
    }

    public static Instant at(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(JAKARTA).toInstant();
    }

    /** The instant window of a shift; {@code end} not after {@code start} means the next morning. */
    public static Instant[] window(LocalDate date, LocalTime start, LocalTime end) {
        Instant s = at(date, start);
        Instant e = at(end.isAfter(start) ? date : date.plusDays(1), end);
        return new Instant[] {s, e};
    }

    /**
     * Check-in and check-out typed afterwards as clock times for a shift. On a shift that spans
     * midnight, a check-in typed before the shift's start clock but no later than its end clock
     * is after midnight (someone who came late, at 00.30); a check-out not after the check-in is
     * the next morning.
     */
    public static Instant[] attendance(Instant shiftStart, Instant shiftEnd, LocalTime in, LocalTime out) {
        LocalDate date = LocalDate.ofInstant(shiftStart, JAKARTA);
        LocalTime startClock = LocalTime.ofInstant(shiftStart, JAKARTA);
        LocalTime endClock = LocalTime.ofInstant(shiftEnd, JAKARTA);
        boolean overnight = !LocalDate.ofInstant(shiftEnd, JAKARTA).equals(date);
        LocalDate inDate = overnight && in.isBefore(startClock) && !in.isAfter(endClock) ? date.plusDays(1) : date;
        Instant checkIn = at(inDate, in);
        Instant checkOut = at(out.isAfter(in) ? inDate : inDate.plusDays(1), out);
        return new Instant[] {checkIn, checkOut};
    }
}
