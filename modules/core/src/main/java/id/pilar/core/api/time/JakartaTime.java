package id.pilar.core.api.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The one place that says which time zone a user's date is in: Asia/Jakarta (WIB), whatever the
 * PC's own zone (office PCs and test boxes are often set to UTC). Instants are stored in UTC; a
 * date a user sees, types or finds in a file name is a Jakarta date.
 */
public final class JakartaTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss");

    /** Replaced only by tests that pin the moment (e.g. 23:30 UTC, already the next day in Jakarta). */
    private static volatile Clock clock = Clock.system(ZONE);

    private JakartaTime() {
    }

    /** The clock in Jakarta time. */
    public static Clock clock() {
        return clock;
    }

    /** Today's date in Jakarta. */
    public static LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Now, as an instant (for storing, in UTC). */
    public static Instant now() {
        return clock.instant();
    }

    /** The Jakarta date of an instant. */
    public static LocalDate dateOf(Instant i) {
        return LocalDate.ofInstant(i, ZONE);
    }

    /** Jakarta wall-clock time of an instant. */
    public static LocalDateTime localOf(Instant i) {
        return LocalDateTime.ofInstant(i, ZONE);
    }

    /** {@code 20261202-032704}: the Jakarta time of now, for file names (sorts by time). */
    public static String fileStamp() {
        return FILE_STAMP.format(localOf(now()));
    }

    /**
     * For tests: pins the clock (any zone; it is read in Jakarta) and returns the previous one
     * to put back.
     */
    public static Clock useClock(Clock c) {
        Clock before = clock;
        clock = c.withZone(ZONE);
        return before;
    }
}
