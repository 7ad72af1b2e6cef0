package id.pilar.rosters.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.openide.util.Lookup;

/** Check-in/out, attendance entered afterwards, and corrections of hours. */
public interface AttendanceService {

    AttendanceRecord checkIn(String assignmentId, Instant at);

    /** Refuses a check-out before the check-in. */
    AttendanceRecord checkOut(String assignmentId, Instant at);

    /** A clerk enters both times afterwards (replacing times entered earlier, not corrections). */
    AttendanceRecord record(String assignmentId, Instant checkIn, Instant checkOut);

    /**
     * As {@link #record}, with wall-clock times on the shift's date in Jakarta; a check-out
     * earlier on the clock than the check-in is the next morning (midnight shifts).
     */
    AttendanceRecord recordClock(String assignmentId, LocalTime checkIn, LocalTime checkOut);

    /**
     * Corrects the hours of an attendance; {@code minutes} is the delta for
     * {@link Correction.Kind#DELTA}, the new total for {@link Correction.Kind#REPLACE}.
     * A reason is required.
     */
    Correction correct(String attendanceId, Correction.Kind kind, int minutes, String reason);

    List<Correction> corrections(String attendanceId);

    /** The attendance sheet: every assignment on shifts starting that day. */
    List<AttendanceRow> sheet(LocalDate day);

    static AttendanceService get() {
        return Lookup.getDefault().lookup(AttendanceService.class);
    }
}
