package id.pilar.rosters.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Attendance of one assignment.
 *
 * @param minutes          check-out minus check-in (0 while still checked in)
 * @param effectiveMinutes minutes after corrections: what the hour reports count
 * @param enteredLater     entered afterwards by a clerk rather than at the time
 */
public record AttendanceRecord(String attendanceId, String assignmentId, String memberId, String memberName,
        LocalDate workDate, Instant checkIn, Instant checkOut, int minutes, int effectiveMinutes, boolean enteredLater,
        int corrections) {
}
